#!/usr/bin/env bash
# Real-data demo (docs/batch.md): the UCLouvain master courses 2024-25 (French and English)
# matched against the University of Glasgow Computing Science and Deakin IT courses, from
# ../shared/data/catalogues, converted on the fly to JSONL in $WORK (never committed: third-party
# data) by convert_catalogues.py, with the full-ESCO snapshot.
#
# Usage: bench/e2e/real_catalogues.sh
# Environment: CREDMATCH_SHARED_DATA_DIR, CREDMATCH (binary), WORK (/tmp/credmatch_real),
#   SNAPSHOT (an ESCO .cmtx; made here when missing), THREADS (2), TOP (5)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${CREDMATCH_SHARED_DATA_DIR:-$ROOT/../shared/data}
CREDMATCH=${CREDMATCH:-$ROOT/build/bench/tools/credmatch/credmatch}
WORK=${WORK:-/tmp/credmatch_real}
SNAPSHOT=${SNAPSHOT:-$WORK/esco.cmtx}
THREADS=${THREADS:-2}
TOP=${TOP:-5}
PY=/usr/bin/python3
mkdir -p "$WORK"

[ -f "$SNAPSHOT" ] || "$CREDMATCH" -q taxonomy import "$SHARED/esco/v1.1.1" \
  --labels "$SHARED/esco/v1.0-fr-es" -o "$SNAPSHOT"

$PY "$ROOT/bench/e2e/convert_catalogues.py" --shared "$SHARED" uclouvain -o "$WORK/uclouvain.jsonl"
$PY "$ROOT/bench/e2e/convert_catalogues.py" --shared "$SHARED" glasgow deakin -o "$WORK/glasgow_deakin.jsonl"

rc=0
/usr/bin/time -f "wall %e s, peak RSS %M KB" "$CREDMATCH" --taxonomy "$SNAPSHOT" match \
  --source "$WORK/uclouvain.jsonl" --target "$WORK/glasgow_deakin.jsonl" --top "$TOP" \
  --threads "$THREADS" -o "$WORK/uclouvain_vs_glasgow_deakin.jsonl" || rc=$?
echo "output: $WORK/uclouvain_vs_glasgow_deakin.jsonl (exit $rc)"

# A few computing courses and their best matches, with titles.
$PY - "$WORK/uclouvain.jsonl" "$WORK/glasgow_deakin.jsonl" "$WORK/uclouvain_vs_glasgow_deakin.jsonl" <<'PY'
import json, sys
titles = {}
for path in sys.argv[1:3]:
    for line in open(path, encoding="utf-8"):
        r = json.loads(line); titles[r["id"]] = r["title"]
rows = [json.loads(l) for l in open(sys.argv[3], encoding="utf-8")]
wanted = ["LINFO", "LSINF", "LINGI", "LDATA", "LSTAT"]
shown = 0
scores = [m["score"] for r in rows for m in r.get("matches", [])[:1]]
print(f"{len(rows)} source rows; best-match score: median {sorted(scores)[len(scores)//2]:.3f}" if scores else "no matches")
for r in rows:
    sid = r.get("sourceId", "")
    if not any(sid.startswith("UCL-" + w) for w in wanted) or not r.get("matches"):
        continue
    print(f"\n{sid} {titles.get(sid, '')}")
    for m in r["matches"][:3]:
        print(f"  {m['score']:.3f} {m['decision']:<22} {m['targetId']} {titles.get(m['targetId'], '')}"
              f"  (outcomes {m['dimensions']['outcomes']})")
    shown += 1
    if shown == 8:
        break
PY
