#!/usr/bin/env bash
# The main job on the embedded default data (the demo taxonomy and data/examples/): a French
# databases module is assessed against an Irish one for credit transfer; the recognition report is
# printed and written as a self-contained HTML page. Usage: demo.sh <path to credmatch>
set -euo pipefail
cli="$1"
cd "$(dirname "$0")/../.."
source=data/examples/fr-bases-de-donnees-licence.yaml
target=data/examples/ie-databases-module.json
out=build/report.html
echo "== The two credentials, normalised (EQF, ECTS, ISCED-F, ESCO skills)"
"$cli" normalize --format text "$source" "$target"
echo
echo "== Recognition report: $source assessed against $target"
"$cli" compare "$source" "$target" --purpose credit-transfer
"$cli" --quiet compare "$source" "$target" --purpose credit-transfer --format html -o "$out"
echo
echo "HTML report: $(pwd)/$out"
