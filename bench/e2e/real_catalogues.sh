#!/usr/bin/env bash
# Real-data demo (docs/batch.md): the UCLouvain master courses 2024-25 (French and English)
# matched against the University of Glasgow Computing Science and Deakin IT courses, from
# ../shared/data/catalogues, converted on the fly to JSONL in $WORK (never committed: third-party
# data) by convert_catalogues.py, with the full-ESCO snapshot.
#
# Usage: bench/e2e/real_catalogues.sh
# Environment: CREDMATCH_SHARED_DATA_DIR, CREDMATCH (binary), WORK (/tmp/credmatch_real),
#   SNAPSHOT (an ESCO .cmtx; made here when missing), THREADS (2), TOP (5), PURPOSE (credit-transfer;
#   equivalence ranks by both directions)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${CREDMATCH_SHARED_DATA_DIR:-$ROOT/../shared/data}
CREDMATCH=${CREDMATCH:-$ROOT/build/bench/tools/credmatch/credmatch}
WORK=${WORK:-/tmp/credmatch_real}
SNAPSHOT=${SNAPSHOT:-$WORK/esco.cmtx}
THREADS=${THREADS:-2}
TOP=${TOP:-5}
PURPOSE=${PURPOSE:-credit-transfer}  # equivalence: rank by both directions
PY=/usr/bin/python3
mkdir -p "$WORK"

. "$ROOT/bench/snapshot.sh"
ensure_esco_snapshot "$CREDMATCH" "$SHARED" "$SNAPSHOT"

$PY "$ROOT/bench/e2e/convert_catalogues.py" --shared "$SHARED" uclouvain -o "$WORK/uclouvain.jsonl"
$PY "$ROOT/bench/e2e/convert_catalogues.py" --shared "$SHARED" glasgow deakin -o "$WORK/glasgow_deakin.jsonl"

rc=0
/usr/bin/time -f "wall %e s, peak RSS %M KB" "$CREDMATCH" --taxonomy "$SNAPSHOT" match \
  --source "$WORK/uclouvain.jsonl" --target "$WORK/glasgow_deakin.jsonl" --top "$TOP" \
  --threads "$THREADS" --purpose "$PURPOSE" -o "$WORK/uclouvain_vs_glasgow_deakin.jsonl" || rc=$?
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

# Ranking on the same data: three "candidates", each the courses one student could have taken
# (a JSONL file per person), against the ESCO occupation "data scientist".
$PY - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
ucl = [json.loads(l) for l in open(f"{work}/uclouvain.jsonl", encoding="utf-8")]
gd = [json.loads(l) for l in open(f"{work}/glasgow_deakin.jsonl", encoding="utf-8")]
def pick(rows, words, n):
    out = [r for r in rows if any(w in r["title"].lower() for w in words)]
    return out[:n]
people = {
    "ucl-statistics-student": pick(ucl, ["statisti", "data", "apprentissage"], 6),
    "glasgow-cs-student": pick([r for r in gd if r["id"].startswith("GLA")], ["machine learning", "data", "algorithm", "database", "programming"], 6),
    "deakin-it-student": pick([r for r in gd if r["id"].startswith("DEA")], ["web", "network", "security", "cloud"], 6),
}
for name, rows in people.items():
    with open(f"{work}/{name}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)} courses", file=sys.stderr)
PY
"$CREDMATCH" -q --taxonomy "$SNAPSHOT" rank \
  --job http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30 --format text \
  "$WORK/ucl-statistics-student.jsonl" "$WORK/glasgow-cs-student.jsonl" "$WORK/deakin-it-student.jsonl" \
  | sed -n '1,40p'
