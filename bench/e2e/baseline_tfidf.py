#!/usr/bin/python3
"""The baseline a data scientist would write for catalogue matching: scikit-learn TF-IDF vectors
over each credential's title and learning-outcome texts, cosine similarity, top-k per source.

Reads the same JSONL catalogues as `credmatch match` and writes one JSON line per source line
({"line", "sourceId", "matches": [{"targetId", "score"}]} or {"line", "error"}), so that the runs
are comparable file to file. Similarities are computed in blocks of sources (a dense
sources x targets matrix would not fit in memory at 100k x 100k).

Usage: baseline_tfidf.py --source S.jsonl --target T.jsonl --top 10 -o out.jsonl
Run with Debian's python3-sklearn: /usr/bin/python3.
"""
import argparse
import json
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def outcome_text(outcome):
    return outcome.get("text", "") if isinstance(outcome, dict) else str(outcome)


def read(path):
    """Returns (rows, texts): rows are (line, id or None, error or None)."""
    rows, texts = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("not an object")
                title = rec.get("title", "")
                if isinstance(title, dict):
                    title = " ".join(str(v) for v in title.values())
                text = " ".join([str(title)] + [outcome_text(o) for o in rec.get("learningOutcomes", [])])
                rows.append((n, str(rec.get("id", f"{path}:{n}")), None))
                texts.append(text)
            except (ValueError, TypeError, AttributeError) as e:
                rows.append((n, None, str(e)))
    return rows, texts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", required=True)
    ap.add_argument("--target", required=True)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--block", type=int, default=1000)
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()

    source_rows, source_texts = read(a.source)
    target_rows, target_texts = read(a.target)
    target_ids = [r[1] for r in target_rows if r[2] is None]
    vectorizer = TfidfVectorizer(sublinear_tf=True, min_df=1)
    vectorizer.fit(source_texts + target_texts)
    S = vectorizer.transform(source_texts)  # rows are L2-normalised: dot product = cosine
    T = vectorizer.transform(target_texts).T.tocsr()
    k = min(a.top, len(target_ids))

    with open(a.output, "w", encoding="utf-8") as out:
        good = 0  # index into S of the next readable source
        pending = [r for r in source_rows]
        i = 0
        while i < len(pending):
            # The next block of readable sources, with the error rows in between.
            block_rows, block_idx = [], []
            while i < len(pending) and len(block_idx) < a.block:
                block_rows.append(pending[i])
                if pending[i][2] is None:
                    block_idx.append(good)
                    good += 1
                i += 1
            if block_idx:
                sims = (S[block_idx[0]:block_idx[-1] + 1] @ T).toarray()
                top = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k > 0 else None
            b = 0
            for line, sid, err in block_rows:
                if err is not None:
                    out.write(json.dumps({"line": line, "error": err}) + "\n")
                    continue
                row = sims[b]
                idx = sorted(top[b], key=lambda j: (-row[j], j)) if k > 0 else []
                out.write(json.dumps({"line": line, "sourceId": sid, "matches": [
                    {"targetId": target_ids[j], "score": round(float(row[j]), 4)} for j in idx]},
                    ensure_ascii=False) + "\n")
                b += 1
    print(f"baseline: {len(source_rows)} sources x {len(target_ids)} targets, top {k}", file=sys.stderr)


if __name__ == "__main__":
    main()
