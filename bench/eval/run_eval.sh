#!/bin/sh
# Evaluation of the mapping on ../shared/data/eval-dev beside a TF-IDF baseline (bench/eval/eval.py).
# Builds the Release CLI if needed, imports a full ESCO snapshot (v1.1.1 + v1.0 fr/es labels) into
# build/eval/esco.cmtx once, then prints Markdown tables for bench/RESULTS.md.
# Usage: bench/eval/run_eval.sh [eval.py options, e.g. --only skills; --detect: no --lang en, the
# language of each line detected as a user without --lang would have it; --split test: the test
# files, decorte/{tech,house}_test_annotations.csv and jobbert/titles.test.csv, where you have them]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
data=${CREDMATCH_SHARED_DATA_DIR:-$root/../shared/data}
if [ ! -d "$data/eval-dev" ] || [ ! -d "$data/esco/v1.1.1" ]; then
  echo "run_eval.sh: $data/eval-dev or $data/esco/v1.1.1 not found (set CREDMATCH_SHARED_DATA_DIR)" >&2
  exit 3
fi
cli=$root/build/release/tools/credmatch/credmatch
if [ ! -x "$cli" ]; then
  cmake --preset release >/dev/null
  cmake --build --preset release --target credmatch -j2
fi
snapshot=$root/build/eval/esco.cmtx
. "$root/bench/snapshot.sh"
ensure_esco_snapshot "$cli" "$data" "$snapshot"
exec /usr/bin/python3 "$root/bench/eval/eval.py" --cli "$cli" --taxonomy "$snapshot" --data "$data" "$@"
