#!/usr/bin/env bash
# Catalogue matching on real courses against the TF-IDF baseline, scored by the title-topic silver
# check of catalogue_silver.py (read its docstring for what it can and cannot tell). Converts the
# catalogues of ../shared/data/catalogues on the fly into $WORK (never committed: third-party
# data); needs a full-ESCO snapshot (made into $WORK when SNAPSHOT is not given).
#
# Usage: bench/eval/run_catalogue_silver.sh
# Environment: CREDMATCH_SHARED_DATA_DIR, CREDMATCH (default build/release/...), SNAPSHOT,
#   WORK (/tmp/credmatch_silver)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${CREDMATCH_SHARED_DATA_DIR:-$ROOT/../shared/data}
CREDMATCH=${CREDMATCH:-$ROOT/build/release/tools/credmatch/credmatch}
WORK=${WORK:-/tmp/credmatch_silver}
SNAPSHOT=${SNAPSHOT:-$WORK/esco.cmtx}
PY=/usr/bin/python3
[ -x "$CREDMATCH" ] || { echo "build it first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
mkdir -p "$WORK"
. "$ROOT/bench/snapshot.sh"
ensure_esco_snapshot "$CREDMATCH" "$SHARED" "$SNAPSHOT"
conv() { $PY "$ROOT/bench/e2e/convert_catalogues.py" --shared "$SHARED" "$@" 2>/dev/null; }
conv glasgow -o "$WORK/glasgow.jsonl"
conv deakin -o "$WORK/deakin.jsonl"
conv glasgow deakin -o "$WORK/glasgow_deakin.jsonl"
conv uclouvain --lang fr -o "$WORK/uclouvain_fr.jsonl"
conv uclouvain --lang en -o "$WORK/uclouvain_en.jsonl"

echo "| sources → targets | scored sources | credmatch MRR@10 | credmatch hits@5 | --purpose equivalence MRR@10 | equivalence hits@5 | TF-IDF MRR@10 | TF-IDF hits@5 |"
echo "|---|---|---|---|---|---|---|---|"
for pair in "glasgow deakin" "deakin glasgow" "uclouvain_fr glasgow_deakin" "glasgow_deakin uclouvain_fr" \
  "uclouvain_en glasgow_deakin" "glasgow_deakin uclouvain_en"; do
  set -- $pair
  s=$WORK/$1.jsonl t=$WORK/$2.jsonl
  # Exit 2 is a partial failure (error rows in the output, counted as misses); anything else stops.
  for purpose in credit-transfer equivalence; do
    rc=0
    "$CREDMATCH" -q --taxonomy "$SNAPSHOT" match -s "$s" -t "$t" --top 10 --purpose "$purpose" \
      -o "$WORK/cm_${purpose}_$1.jsonl" || rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
      echo "run_catalogue_silver.sh: credmatch match --purpose $purpose $1 -> $2 failed (exit $rc)" >&2
      exit "$rc"
    fi
  done
  $PY "$ROOT/bench/e2e/baseline_tfidf.py" --source "$s" --target "$t" --top 10 -o "$WORK/tfidf_$1.jsonl" 2>/dev/null
  read -r n cm_mrr cm_hit < <($PY "$ROOT/bench/eval/catalogue_silver.py" "$s" "$t" "$WORK/cm_credit-transfer_$1.jsonl")
  read -r _ eq_mrr eq_hit < <($PY "$ROOT/bench/eval/catalogue_silver.py" "$s" "$t" "$WORK/cm_equivalence_$1.jsonl")
  read -r _ tf_mrr tf_hit < <($PY "$ROOT/bench/eval/catalogue_silver.py" "$s" "$t" "$WORK/tfidf_$1.jsonl")
  echo "| $1 → $2 | $n | $cm_mrr | $cm_hit | $eq_mrr | $eq_hit | $tf_mrr | $tf_hit |"
done
