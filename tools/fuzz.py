#!/usr/bin/python3
"""Mutation fuzzing of the credmatch CLI: bad input must give an error naming the place, never a
crash, a hang or a lost record.

Modes (each run is one CLI call on a mutated copy of a real or demo input):
  normalize  credential files (native JSON/YAML, ELM, Open Badges 3.0, CTDL, JSONL, CSV): values
             replaced by odd ones (null, [], {}, 1e308, long strings ...) at random JSON paths,
             keys deleted, bytes edited; a failure must name the file on stderr.
  match      JSONL catalogues with mutated records and CSV catalogues with edited bytes (half of
             them read with --encoding windows-1252): rows in = rows out (JSONL) and every
             output row valid JSON in UTF-8.
  compare    two mutated credentials in every output format and purpose; `rank` with a mutated
             job profile.
  text       `skills` and `occupations` on lines of random text (words of the demo catalogues
             with odd characters, gender marks and hyphens spliced in, symbols, long runs, other
             scripts, lone surrogates, lines in Windows-1252): rows in = rows out, an error row
             and exit 2 for each line that is not UTF-8, every output UTF-8.
A case is kept in OUT (default /tmp/credmatch_fuzz/found) when the CLI dies of a signal, prints
a sanitizer report, exits with a code outside 0-3, times out, or breaks the mode's rule.

Use the AddressSanitizer build (cmake --preset asan && cmake --build --preset asan --target
credmatch). Seeds come from data/ and, when present, ../shared/data/samples (read in place).
Never part of ctest; nothing it writes belongs in the repository.

Usage: tools/fuzz.py [--cli build/asan/tools/credmatch/credmatch]
                     [--mode normalize|match|compare|text]
                     [--cases 500] [--seed 1] [--out DIR]
"""
import argparse
import concurrent.futures
import glob
import json
import os
import random
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('CREDMATCH_SHARED_DATA_DIR', os.path.join(ROOT, '..', 'shared', 'data'))
ODD = [None, True, False, 0, -1, 3.5, 1e308, -1e308, '', 'x', 'NaN', '-5', '9' * 30, [], {}, [[]],
       [None], {'': None}, 'a' * 100000, [0] * 5000, '\u0000', {'@value': 3}, {'@id': None},
       'http://', '2025-13-45', 'P-1D', '1e400']
BYTES = [b'\xff\xfe', b'\xc3', b'\x00', b'"', b'{', b'[', b'\n', b',', b'\\u', b'&a x', b'*a',
         b': ', b'- ', b'\t', b'\r', b'null', b'-1', b'1e308', b'[]', b'{}']


def seeds_for_normalize():
    patterns = [os.path.join(ROOT, 'data', 'examples', '*'),
                os.path.join(ROOT, 'data', 'catalogues', '*.jsonl'),
                os.path.join(ROOT, 'data', 'catalogues', '*.csv'),
                os.path.join(SHARED, 'samples', 'openbadges-3.0', '**', '*.json'),
                os.path.join(SHARED, 'samples', 'ctdl', '**', '*.json'),
                os.path.join(SHARED, 'samples', 'elm-edc', 'Credentials', '**', '*.json*')]
    files = []
    for p in patterns:
        files += [f for f in glob.glob(p, recursive=True)
                  if os.path.isfile(f) and os.path.getsize(f) < 300000 and not f.endswith('.md')]
    return sorted(files)


class Fuzzer:
    def __init__(self, args):
        self.args = args
        self.env = dict(os.environ, ASAN_OPTIONS='detect_leaks=0')
        os.makedirs(args.out, exist_ok=True)
        self.work = os.path.join(args.out, '..', 'work')
        os.makedirs(self.work, exist_ok=True)

    def mutate_json(self, rng, doc):
        doc = json.loads(json.dumps(doc))
        for _ in range(rng.choice([1, 1, 2, 3])):
            paths = []

            def walk(node, prefix):
                paths.append(prefix)
                items = node.items() if isinstance(node, dict) else \
                    enumerate(node) if isinstance(node, list) else []
                for k, v in items:
                    walk(v, prefix + (k,))
            walk(doc, ())
            path = rng.choice(paths)
            if not path:
                continue
            parent = doc
            for k in path[:-1]:
                parent = parent[k]
            r = rng.random()
            if r < 0.6:
                parent[path[-1]] = json.loads(json.dumps(rng.choice(ODD)))
            elif r < 0.8:
                del parent[path[-1]]
            else:
                parent[path[-1]] = [parent[path[-1]]] * 2
        return json.dumps(doc, ensure_ascii=rng.random() < 0.5).encode()

    def mutate_bytes(self, rng, data):
        b = bytearray(data)
        for _ in range(rng.choice([1, 2, 4])):
            i = rng.randrange(len(b) + 1)
            r = rng.random()
            if r < 0.3 and b:
                b[min(i, len(b) - 1)] = rng.randrange(256)
            elif r < 0.5:
                del b[i:i + rng.randrange(1, 40)]
            elif r < 0.8:
                b[i:i] = rng.choice(BYTES)
            else:
                del b[i:]
        return bytes(b)

    def mutate_file(self, rng, src, i, tag):
        data = open(src, 'rb').read()
        ext = os.path.splitext(src)[1]
        if ext in ('.json', '.jsonld') and rng.random() < 0.75:
            try:
                data = self.mutate_json(rng, json.loads(data))
            except ValueError:
                data = self.mutate_bytes(rng, data)
        else:
            data = self.mutate_bytes(rng, data)
        path = os.path.join(self.work, f'{tag}_{self.args.seed}_{i}{ext}')
        open(path, 'wb').write(data)
        return path

    def run(self, cmd):
        try:
            p = subprocess.run(cmd, capture_output=True, timeout=120, env=self.env)
        except subprocess.TimeoutExpired:
            return None, '', 'timeout'
        err = p.stderr.decode('utf-8', 'replace')
        if p.returncode < 0 or p.returncode > 3:
            return p, err, f'exit {p.returncode}'
        if 'AddressSanitizer' in err or 'runtime error' in err:
            return p, err, 'sanitizer report'
        return p, err, None

    def case_normalize(self, i, seeds):
        rng = random.Random(f'{self.args.seed}:{i}')  # the same case whatever thread runs it
        path = self.mutate_file(rng, rng.choice(seeds), i, 'n')
        p, err, bad = self.run([self.args.cli, '-q', 'normalize', path])
        if not bad and p.returncode != 0 and os.path.basename(path) not in err:
            bad = 'the error does not name the file'
        return [path], bad, err

    def case_match(self, i, _):
        rng = random.Random(f'{self.args.seed}:{i}')  # the same case whatever thread runs it
        target = os.path.join(ROOT, 'data', 'catalogues', 'home-modules.jsonl')
        expected = None
        if rng.random() < 0.5:
            lines = open(os.path.join(ROOT, 'data', 'catalogues', 'partner-courses.jsonl'),
                         encoding='utf-8').read().splitlines()
            out = []
            for line in lines:
                if rng.random() < 0.3:
                    try:
                        line = self.mutate_json(rng, json.loads(line)).decode()
                    except ValueError:
                        line = self.mutate_bytes(rng, line.encode()).decode('utf-8', 'replace')
                    line = line.replace('\n', ' ')
                out.append(line)
            expected = sum(1 for line in out if line.strip())
            path = os.path.join(self.work, f'm_{self.args.seed}_{i}.jsonl')
            open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
        encoding = []
        if expected is None:
            path = self.mutate_file(rng, os.path.join(ROOT, 'data', 'catalogues', 'partner-courses.csv'),
                                    i, 'm')
            if rng.random() < 0.5:  # edited bytes read as Windows-1252 are never a byte error
                encoding = ['--encoding', 'windows-1252']
        p, err, bad = self.run([self.args.cli, '-q', 'match', '--source', path, '--target', target,
                                '--top', '2'] + encoding)
        if not bad:
            try:
                rows = p.stdout.decode('utf-8').splitlines()
            except UnicodeDecodeError:
                return [path], 'the output is not UTF-8', err
            if expected is not None and len(rows) != expected:
                bad = f'{len(rows)} rows out for {expected} in'
            for row in rows:
                try:
                    json.loads(row)
                except ValueError:
                    bad = 'an output row is not JSON'
                    break
        return [path], bad, err

    def case_compare(self, i, _):
        rng = random.Random(f'{self.args.seed}:{i}')  # the same case whatever thread runs it
        if rng.random() < 0.6:
            a, b = rng.sample(sorted(glob.glob(os.path.join(ROOT, 'data', 'examples', '*'))), 2)
            pa, pb = self.mutate_file(rng, a, i, 'ca'), self.mutate_file(rng, b, i, 'cb')
            cmd = [self.args.cli, '-q', 'compare', pa, pb, '--format',
                   rng.choice(['text', 'json', 'html']), '--purpose',
                   rng.choice(['credit-transfer', 'equivalence', 'employment', 'further-study'])]
            files = [pa, pb]
        else:
            job = rng.choice(sorted(glob.glob(os.path.join(ROOT, 'data', 'catalogues', 'jobs', '*'))))
            pj = self.mutate_file(rng, job, i, 'j')
            cmd = [self.args.cli, '-q', 'rank', '--job', pj] + \
                sorted(glob.glob(os.path.join(ROOT, 'data', 'catalogues', 'candidates', '*')))
            files = [pj]
        _, err, bad = self.run(cmd)
        return files, bad, err

    def case_text(self, i, _):
        rng = random.Random(f'{self.args.seed}:{i}')  # the same case whatever thread runs it
        words = []
        for f in sorted(glob.glob(os.path.join(ROOT, 'data', 'catalogues', '*.jsonl'))):
            words += open(f, encoding='utf-8').read().split()
        odd = ['(', ')', '-', ' - ', '/', '(e)', '\u00b7e', "l'", 'd\u2019', '1.2.3', 'C++', '.NET',
               'A/B', '\t', '\u2028', '\xa0', '\x00', 'cutting-edge', 'ges-tion']

        def text():
            r = rng.random()
            if r < 0.35:
                return ' '.join(rng.choice(words) for _ in range(rng.randint(0, 60)))
            if r < 0.55:
                return ''.join(chr(rng.choice([rng.randint(32, 126), rng.randint(0x80, 0x2FFF),
                                               rng.randint(0x1F300, 0x1F6FF)]))
                               for _ in range(rng.randint(0, 300)))
            if r < 0.7:
                return rng.choice(odd) * rng.randint(1, 50)
            if r < 0.8:
                return 'x' * rng.randint(1, 5000)
            t = ' '.join(rng.choice(words) for _ in range(rng.randint(1, 30)))
            at = rng.randrange(len(t) + 1)
            return t[:at] + rng.choice(odd) + t[at:]
        lines = [text().replace('\n', ' ').replace('\r', ' ') for _ in range(10)]
        # Lone surrogates pass into the bytes (not UTF-8), and now and then a line is written as
        # Windows-1252: such lines must give error rows and exit 2, the others their matches.
        data = []
        for line in lines:
            if rng.random() < 0.1:
                data.append(line.encode('cp1252', errors='replace'))
            else:
                data.append(line.encode('utf-8', errors='surrogatepass'))
        not_utf8 = 0
        for b in data:
            try:
                b.decode('utf-8')
            except UnicodeDecodeError:
                not_utf8 += 1
        path = os.path.join(self.work, f't_{self.args.seed}_{i}.txt')
        open(path, 'wb').write(b'\n'.join(data) + b'\n')
        command = rng.choice(['skills', 'occupations'])
        cmd = [self.args.cli, '-q', command, '--top', str(rng.randint(1, 20))] + \
            rng.choice([[], ['--lang', 'fr'], ['--lang', 'en'], ['--explain']])
        try:
            with open(path, 'rb') as f:
                p = subprocess.run(cmd, stdin=f, capture_output=True, timeout=120, env=self.env)
        except subprocess.TimeoutExpired:
            return [path], 'timeout', ''
        err = p.stderr.decode('utf-8', 'replace')
        bad = None
        if p.returncode != (2 if not_utf8 else 0):
            bad = f'exit {p.returncode} with {not_utf8} lines not UTF-8'
        elif 'AddressSanitizer' in err or 'runtime error' in err:
            bad = 'sanitizer report'
        else:
            try:
                rows = [r for r in p.stdout.decode('utf-8').split('\n') if r]
            except UnicodeDecodeError:
                return [path], 'the output is not UTF-8', err
            errors = sum(1 for r in rows if r.startswith('{"line": ') and '"error": ' in r[:30])
            if len(rows) != len(lines):
                bad = f'{len(rows)} rows out for {len(lines)} in'
            elif errors != not_utf8:
                bad = f'{errors} error rows for {not_utf8} lines not UTF-8'
        return [path], bad, err

    def main(self):
        case = {'normalize': self.case_normalize, 'match': self.case_match,
                'compare': self.case_compare, 'text': self.case_text}[self.args.mode]
        seeds = seeds_for_normalize()
        # Each case draws from its own generator: the same cases at any thread count.
        jobs = []
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            for i in range(self.args.cases):
                jobs.append(pool.submit(case, i, seeds))
            found = 0
            for job in jobs:
                files, bad, err = job.result()
                if bad:
                    found += 1
                    kept = [os.path.join(self.args.out, os.path.basename(f)) for f in files]
                    for f, k in zip(files, kept):
                        os.replace(f, k)
                    print(f'FOUND {bad}: {" ".join(kept)}\n    {err[-400:]}', flush=True)
                else:
                    for f in files:
                        os.remove(f)
        print(f'{self.args.mode}: {self.args.cases} cases, {found} kept in {self.args.out}')
        return 1 if found else 0


if __name__ == '__main__':
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--cli', default=os.path.join(ROOT, 'build', 'asan', 'tools', 'credmatch',
                                                      'credmatch'))
    parser.add_argument('--mode', choices=['normalize', 'match', 'compare', 'text'],
                        default='normalize')
    parser.add_argument('--cases', type=int, default=500)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--out', default='/tmp/credmatch_fuzz/found')
    raise SystemExit(Fuzzer(parser.parse_args()).main())
