#!/usr/bin/python3
"""How often catalogue matching finds a course of the same occupation, on generated catalogues.

bench/e2e/gen_catalogue.py builds each credential from one ESCO occupation and titles it with
that occupation's preferred label in the credential's language ("Course: hand brick moulder",
"Cours : ..."). A target counts as relevant to a source when both were generated from the same
occupation (read back from the titles through ESCO's occupation labels in en/fr/es). The
generator's outcomes are ESCO skill labels of the occupation, and credmatch's skill kernel is
built from ESCO's occupation-skill relations, so this check favours skill evidence: use it to see
what a change does to clean, label-like outcomes, beside the real-course silver check
(catalogue_silver.py), not as an accuracy.

Prints, per MATCHES file, MRR@10 and top-1 over the sources that have a relevant target, then
MRR@10 by source language and by whether a relevant target is in the source's language.

Usage: synthetic_relevance.py --esco ../shared/data/esco SOURCE.jsonl TARGET.jsonl MATCHES.jsonl...
(MATCHES: `credmatch match` output or bench/e2e/baseline_tfidf.py output.)
"""
import argparse
import csv
import json
import sys
from collections import defaultdict

csv.field_size_limit(sys.maxsize)
PREFIX = {"en": "Course: ", "fr": "Cours : ", "es": "Curso: "}  # gen_catalogue.py TITLE


def occupation_labels(esco):
    out = {}
    for lang, path in [("en", f"{esco}/v1.1.1/en/occupations_en.csv"),
                       ("fr", f"{esco}/v1.0-fr-es/occupations_fr.csv"),
                       ("es", f"{esco}/v1.0-fr-es/occupations_es.csv")]:
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                out[(lang, row["preferredLabel"])] = row["conceptUri"]
    return out


def read(path, labels):
    """id -> (language, occupation URI or None)"""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            lang = r.get("language", "")
            title = r.get("title", "")
            prefix = PREFIX.get(lang, "")
            occ = labels.get((lang, title[len(prefix):])) if title.startswith(prefix) else None
            out[r["id"]] = (lang, occ)
    return out


def main():
    a = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    a.add_argument("--esco", required=True, help="folder with v1.1.1/ and v1.0-fr-es/")
    a.add_argument("source")
    a.add_argument("target")
    a.add_argument("matches", nargs="+")
    args = a.parse_args()
    labels = occupation_labels(args.esco)
    src, tgt = read(args.source, labels), read(args.target, labels)
    targets_of = defaultdict(list)
    for t, (_, occ) in tgt.items():
        if occ:
            targets_of[occ].append(t)
    for path in args.matches:
        rr, top1 = [], 0
        parts = defaultdict(list)
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                sid = r.get("sourceId")
                lang, occ = src.get(sid, ("", None))
                if not occ or occ not in targets_of:
                    continue
                ids = [m["targetId"] for m in r.get("matches", [])][:10]
                rank = next((i + 1 for i, t in enumerate(ids) if tgt.get(t, ("", None))[1] == occ),
                            None)
                v = 1.0 / rank if rank else 0.0
                rr.append(v)
                top1 += rank == 1
                same = any(tgt[t][0] == lang for t in targets_of[occ])
                parts[f"{lang}/{'same' if same else 'other'}"].append(v)
        n = max(len(rr), 1)
        detail = " ".join(f"{k} {len(v)} {sum(v) / len(v):.3f}" for k, v in sorted(parts.items()))
        print(f"{path}: {len(rr)} sources, MRR@10 {sum(rr) / n:.3f}, top-1 {top1 / n:.3f}; "
              f"by language/relevant target in it: {detail}")


if __name__ == "__main__":
    main()
