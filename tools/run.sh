#!/usr/bin/env bash
# First README command: installs what is missing, builds credmatch (release) and runs the main job
# on the embedded default data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release --target credmatch
exec bash tools/scripts/demo.sh build/release/tools/credmatch/credmatch
