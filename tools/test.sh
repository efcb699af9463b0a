#!/usr/bin/env bash
# Second README command: installs what is missing (with the test extras), builds everything and
# runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/bootstrap.sh --test
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci
