#!/usr/bin/python3
"""Evaluation of `credmatch skills` and `credmatch occupations` on the development sets in
../shared/data/eval-dev (read in place), each beside a TF-IDF cosine baseline over the same ESCO
labels (scikit-learn), computed in the same run. See bench/eval/README.md.

Decorte TECH/HOUSE validation: sentences grouped, gold = labelled ESCO skills of the sentence
(LABEL NOT PRESENT / UNDERSPECIFIED excluded; sentences without gold skipped); R-Precision@5 and
MRR over the ranked skills (skills and knowledge, English labels).
JobBERT validation titles: MRR, top-1 and top-5 accuracy of the ranked occupations.
--split test reads the test files of both sets instead, where you have them (same layout).
"""
import argparse, collections, csv, json, os, subprocess, sys, time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

NOT_GOLD = {'LABEL NOT PRESENT', 'UNDERSPECIFIED'}
DEPTH = 100  # ranks beyond this count as a miss for MRR, for both systems


def read_esco(path):
    """conceptUri -> (preferredLabel, [all labels]) for skills_en.csv / occupations_en.csv."""
    out = collections.OrderedDict()
    with open(path, encoding='utf-8-sig', newline='') as f:
        for r in csv.DictReader(f):
            labels = [r['preferredLabel']]
            for col in ('altLabels', 'hiddenLabels'):
                labels += [l.strip() for l in (r.get(col) or '').split('\n') if l.strip()]
            out[r['conceptUri']] = (r['preferredLabel'], labels)
    return out


def decorte_sets(data_dir, skills, split):
    """The TECH and HOUSE sets of the split that exist (a missing file is reported and skipped)."""
    by_label = {pref: uri for uri, (pref, _) in skills.items()}
    sets = {}
    for name in ('tech', 'house'):
        sentences = collections.OrderedDict()
        path = os.path.join(data_dir, 'eval-dev', 'decorte', f'{name}_{split}_annotations.csv')
        if not os.path.exists(path):
            print(f'eval.py: no {path}; Decorte {name.upper()} skipped', file=sys.stderr)
            continue
        unknown = set()
        with open(path, encoding='utf-8', newline='') as f:
            for r in csv.DictReader(f):
                gold = sentences.setdefault(r['sentence'], set())
                if r['label'] in NOT_GOLD:
                    continue
                if r['label'] in by_label:
                    gold.add(by_label[r['label']])
                else:
                    unknown.add(r['label'])
        if unknown:
            print(f'eval.py: {path}: {len(unknown)} gold labels are no ESCO v1.1.1 preferred '
                  f'label and are left out (e.g. {sorted(unknown)[0]!r})', file=sys.stderr)
        sets[name.upper()] = [(s, g) for s, g in sentences.items() if g]
    return sets


def jobbert_set(data_dir, split):
    path = os.path.join(data_dir, 'eval-dev', 'jobbert', f'titles.{split}.csv')
    if not os.path.exists(path):
        print(f'eval.py: no {path}; JobBERT skipped', file=sys.stderr)
        return []
    with open(path, encoding='utf-8', newline='') as f:
        return [(r['vacancyTitle'], r['conceptUri']) for r in csv.DictReader(f)]


def run_cli(cli, taxonomy, command, texts, extra):
    texts = [t.replace('\r', ' ').replace('\n', ' ') for t in texts]
    start = time.perf_counter()
    out = subprocess.run([cli, '-q', '--taxonomy', taxonomy, command, '--top', str(DEPTH)] + extra,
                         input='\n'.join(texts) + '\n', capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    key = 'skills' if command == 'skills' else 'occupations'
    rows = [json.loads(line)[key] for line in out.stdout.splitlines()]
    assert len(rows) == len(texts), (len(rows), len(texts))
    ranked = [[m['uri'] for m in row] for row in rows]
    scores = [[m['score'] for m in row] for row in rows]
    return ranked, seconds, scores


def tfidf_rankings(concepts, texts):
    uris = list(concepts)
    docs = ['\n'.join(labels) for _, labels in concepts.values()]
    vectorizer = TfidfVectorizer(sublinear_tf=True)
    matrix = vectorizer.fit_transform(docs)
    ranked = []
    for start in range(0, len(texts), 2000):
        sims = linear_kernel(vectorizer.transform(texts[start:start + 2000]), matrix)
        for row in sims:
            top = np.argsort(-row, kind='stable')[:DEPTH]
            ranked.append([uris[j] for j in top if row[j] > 0])
    return ranked


def rp_mrr(ranked, gold, k=5):
    r = min(k, len(gold))
    rp = sum(1 for u in ranked[:r] if u in gold) / r
    mrr = next((1.0 / (i + 1) for i, u in enumerate(ranked) if u in gold), 0.0)
    return rp, mrr


def occupation_metrics(ranked, gold):
    mrr = top1 = top5 = 0.0
    for r, g in zip(ranked, gold):
        rank = next((i + 1 for i, u in enumerate(r) if u == g), None)
        if rank:
            mrr += 1.0 / rank
            top1 += rank == 1
            top5 += rank <= 5
    n = len(gold)
    return mrr / n, top1 / n, top5 / n


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--cli', default=os.path.join(root, 'build', 'release', 'tools', 'credmatch',
                                                 'credmatch'))
    p.add_argument('--taxonomy', required=True, help='full ESCO snapshot (.cmtx)')
    p.add_argument('--data', default=os.environ.get('CREDMATCH_SHARED_DATA_DIR',
                                                    os.path.join(root, '..', 'shared', 'data')))
    p.add_argument('--split', default='validation',
                   help='which files of eval-dev: decorte/{tech,house}_SPLIT_annotations.csv and '
                        'jobbert/titles.SPLIT.csv (default: validation)')
    p.add_argument('--extra', default='', help='extra options for the credmatch commands')
    p.add_argument('--only', choices=['skills', 'occupations'], help='run one task only')
    p.add_argument('--show', type=int, default=0, help='print N examples per set')
    p.add_argument('--detect', action='store_true',
                   help='let credmatch detect the language of each line (default: --lang en)')
    args = p.parse_args()
    esco = os.path.join(args.data, 'esco', 'v1.1.1', 'en')
    extra = ([] if args.detect else ['--lang', 'en']) + args.extra.split()
    rows = []
    calibration = [[0, 0] for _ in range(5)]  # per score bucket: matches, correct
    if args.only != 'occupations':
        skills = read_esco(os.path.join(esco, 'skills_en.csv'))
        for name, items in decorte_sets(args.data, skills, args.split).items():
            texts = [s for s, _ in items]
            ours, seconds, scores = run_cli(args.cli, args.taxonomy, 'skills', texts, extra)
            context, _, _ = run_cli(args.cli, args.taxonomy, 'skills', texts, extra + ['--context'])
            base = tfidf_rankings(skills, texts)
            mo = np.mean([rp_mrr(r, g) for r, (_, g) in zip(ours, items)], axis=0)
            mc = np.mean([rp_mrr(r, g) for r, (_, g) in zip(context, items)], axis=0)
            mb = np.mean([rp_mrr(r, g) for r, (_, g) in zip(base, items)], axis=0)
            rows.append((f'Decorte {name} ({len(items)} sentences)', 'RP@5', mo[0], mb[0], mc[0]))
            rows.append((f'Decorte {name} ({len(items)} sentences)', 'MRR', mo[1], mb[1], mc[1]))
            for r, sc, (_, g) in zip(ours, scores, items):
                for uri, score in zip(r[:10], sc[:10]):
                    bucket = min(int(score * 5), 4)
                    calibration[bucket][0] += 1
                    calibration[bucket][1] += uri in g
            for (s, g), r in list(zip(items, ours))[:args.show]:
                print(f'{s[:80]!r}: gold {[skills[u][0] for u in g]} ours '
                      f'{[skills[u][0] for u in r[:5] if u in skills]}', file=sys.stderr)
    if args.only != 'skills':
        occupations = read_esco(os.path.join(esco, 'occupations_en.csv'))
        items = jobbert_set(args.data, args.split)
    if args.only != 'skills' and items:
        texts = [t for t, _ in items]
        gold = [u for _, u in items]
        ours, seconds, _ = run_cli(args.cli, args.taxonomy, 'occupations', texts, extra)
        base = tfidf_rankings(occupations, texts)
        mo, mb = occupation_metrics(ours, gold), occupation_metrics(base, gold)
        for i, metric in enumerate(('MRR', 'top-1', 'top-5')):
            rows.append((f'JobBERT titles ({len(items)})', metric, mo[i], mb[i], None))
        print(f'occupations: {len(texts)} titles in {seconds:.2f} s (CLI, incl. loading)',
              file=sys.stderr)
    print('| set | metric | credmatch | TF-IDF baseline | difference (points) | with --context |')
    print('|---|---|---|---|---|---|')
    for name, metric, ours, base, context in rows:
        c = '' if context is None else f'{context:.3f}'
        print(f'| {name} | {metric} | {ours:.3f} | {base:.3f} | {100 * (ours - base):+.1f} | {c} |')
    if calibration[0][0] + calibration[4][0] > 0:
        print()
        print('Calibration check (Decorte TECH + HOUSE, top-10 skills of each sentence; a match is '
              'correct when it is a gold skill of the sentence):')
        print()
        print('| score | matches | correct | precision |')
        print('|---|---|---|---|')
        for i, (n, correct) in enumerate(calibration):
            if n:
                print(f'| {i / 5:.1f}-{(i + 1) / 5:.1f} | {n} | {correct} | {correct / n:.2f} |')


if __name__ == '__main__':
    main()
