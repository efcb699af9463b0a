#!/usr/bin/env bash
# Whole-run benchmark of `credmatch match` and of the baseline a data scientist would write
# (scikit-learn TF-IDF over the outcome texts, cosine, top-k: baseline_tfidf.py), on synthetic
# catalogues generated from the real ESCO (gen_catalogue.py), file to file: snapshot load,
# outcome mapping, scoring, writing. Timed with /usr/bin/time -v (wall clock, peak RSS).
# Never part of ctest. Writes only under $WORK (never commit what it generates: ESCO-derived).
#
# Usage: bench/e2e/run_match_bench.sh [N...]            (default sizes: 1000 10000 100000)
# Environment:
#   CREDMATCH_SHARED_DATA_DIR  real data (default: ../shared/data next to the repository)
#   CREDMATCH                  the binary (default: build/bench/tools/credmatch/credmatch)
#   WORK                       scratch folder (default: /tmp/credmatch_match_bench)
#   THREADS (2)  TOP (10)  BASELINE_LIMIT (600 seconds)  BASELINE_SIZES (all sizes)
#   DECISIONS  all (default) | best | none: which matches get a recognition decision
#   MODE    mapped (default): outcome texts only, mapped to ESCO skills by credmatch;
#           declared: the generator declares each outcome's ESCO skill and credmatch runs with
#           --no-text-mapping (the matching alone)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${CREDMATCH_SHARED_DATA_DIR:-$ROOT/../shared/data}
CREDMATCH=${CREDMATCH:-$ROOT/build/bench/tools/credmatch/credmatch}
WORK=${WORK:-/tmp/credmatch_match_bench}
THREADS=${THREADS:-2}
TOP=${TOP:-10}
BASELINE_LIMIT=${BASELINE_LIMIT:-600}
MODE=${MODE:-mapped}
DECISIONS=${DECISIONS:-all}
SIZES=${*:-1000 10000 100000}
BASELINE_SIZES=${BASELINE_SIZES:-$SIZES}
PY=/usr/bin/python3

[ -x "$CREDMATCH" ] || { echo "build it first: cmake --preset bench && cmake --build --preset bench --target credmatch" >&2; exit 1; }
[ -d "$SHARED/esco/v1.1.1" ] || { echo "no ESCO data in $SHARED (set CREDMATCH_SHARED_DATA_DIR)" >&2; exit 1; }
mkdir -p "$WORK"

# Runs a command under /usr/bin/time -v; prints "<wall seconds> <peak RSS MB> <exit code>".
timed() {
  local log=$WORK/time.log rc=0
  /usr/bin/time -v -o "$log" "$@" >&2 || rc=$?  # its own stdout (a summary) is not ours
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  echo "${wall:-nan} ${rss:-nan} $rc"
}

# 1. The full-ESCO snapshot, once (with the fr/es labels of v1.0).
# Made again when it lacks the mapper index of this build (bench/snapshot.sh); the import is timed.
. "$ROOT/bench/snapshot.sh"
SNAPSHOT=$WORK/esco.cmtx
if ! esco_snapshot_current "$CREDMATCH" "$SNAPSHOT"; then
  echo "== taxonomy import -> $SNAPSHOT" >&2
  read -r wall rss rc < <(timed "$CREDMATCH" -q taxonomy import "$SHARED/esco/v1.1.1" \
    --labels "$SHARED/esco/v1.0-fr-es" -o "$SNAPSHOT")
  echo "snapshot: ${wall}s, ${rss} MB (exit $rc)" >&2
fi

declare_flag=""; match_flag=""
if [ "$MODE" = declared ]; then declare_flag="--declare-skills 1"; match_flag="--no-text-mapping"; fi

echo "| size | credmatch wall | credmatch peak RSS | baseline wall | baseline peak RSS | speed-up |"
echo "|---|---|---|---|---|---|"
for n in $SIZES; do
  src=$WORK/src_${n}_${MODE}.jsonl tgt=$WORK/tgt_${n}_${MODE}.jsonl
  [ -f "$src" ] || $PY "$ROOT/bench/e2e/gen_catalogue.py" --esco "$SHARED/esco" --n "$n" --seed 1 --prefix S $declare_flag -o "$src"
  [ -f "$tgt" ] || $PY "$ROOT/bench/e2e/gen_catalogue.py" --esco "$SHARED/esco" --n "$n" --seed 2 --prefix T $declare_flag -o "$tgt"

  read -r cw cr crc < <(timed "$CREDMATCH" --taxonomy "$SNAPSHOT" match --source "$src" --target "$tgt" \
    --top "$TOP" --threads "$THREADS" --decisions "$DECISIONS" $match_flag -o "$WORK/out_${n}_${MODE}.jsonl")
  rows=$(wc -l < "$WORK/out_${n}_${MODE}.jsonl")
  [ "$rows" -eq "$n" ] || echo "WARNING: $rows output rows for $n sources" >&2

  bw="—"; br="—"; ratio="—"
  if [[ " $BASELINE_SIZES " == *" $n "* ]]; then
    read -r bw br brc < <(timed timeout "$BASELINE_LIMIT" $PY "$ROOT/bench/e2e/baseline_tfidf.py" \
      --source "$src" --target "$tgt" --top "$TOP" -o "$WORK/base_${n}_${MODE}.jsonl")
    if [ "$brc" -ne 0 ]; then bw="> ${BASELINE_LIMIT} (stopped)"; br="—"; else
      ratio=$(awk -v a="$bw" -v b="$cw" 'BEGIN {printf "%.1fx", a/b}'); bw="${bw} s"; br="${br} MB"; fi
  fi
  echo "| ${n} x ${n} | ${cw} s | ${cr} MB | ${bw} | ${br} | ${ratio} |"
done

# 2. Recall of the candidate index against the exhaustive scorer, on the smallest size (the
#    exhaustive run is quadratic: skipped above 10k).
n=$(echo $SIZES | awk '{print $1}')
if [ "$n" -gt 10000 ]; then echo; echo "machine: $(nproc) cores, $(date -u +%Y-%m-%d); mode: $MODE; decisions: $DECISIONS"; exit 0; fi
src=$WORK/src_${n}_${MODE}.jsonl tgt=$WORK/tgt_${n}_${MODE}.jsonl
read -r ew er erc < <(timed "$CREDMATCH" -q --taxonomy "$SNAPSHOT" match --source "$src" --target "$tgt" \
  --top "$TOP" --threads "$THREADS" --decisions "$DECISIONS" $match_flag --exhaustive -o "$WORK/exhaustive_${n}_${MODE}.jsonl")
$PY - "$WORK/out_${n}_${MODE}.jsonl" "$WORK/exhaustive_${n}_${MODE}.jsonl" "$ew" <<'PY'
import json, sys
fast = [json.loads(l) for l in open(sys.argv[1])]
full = [json.loads(l) for l in open(sys.argv[2])]
found = expected = same = 0
for a, b in zip(fast, full):
    ta = [m["targetId"] for m in a.get("matches", [])]
    tb = [m["targetId"] for m in b.get("matches", [])]
    expected += len(tb); found += len(set(ta) & set(tb)); same += ta == tb
print(f"\nrecall@K of the index vs --exhaustive ({len(full)} sources): {found / max(expected, 1):.4f}; "
      f"identical lists: {same}/{len(full)}; byte-identical output: {open(sys.argv[1]).read() == open(sys.argv[2]).read()}; "
      f"exhaustive run: {sys.argv[3]} s")
PY
echo
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), $(date -u +%Y-%m-%d); mode: $MODE; decisions: $DECISIONS; threads: $THREADS; top $TOP"
