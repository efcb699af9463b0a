#!/usr/bin/env bash
# The main job on the embedded default data. Usage: demo.sh <path to credmatch>
set -euo pipefail
cli="$1"
cd "$(dirname "$0")/../.."
"$cli" normalize --format text data/examples/*.json data/examples/*.yaml
