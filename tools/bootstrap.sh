#!/usr/bin/env bash
# Installs the Debian 12 packages credmatch needs, when missing. Idempotent and quiet when all is
# there. Usage: tools/bootstrap.sh [--test]   (--test adds what the test suite and benchmarks use)
set -euo pipefail

packages=(build-essential cmake ninja-build pkg-config
  libboost-graph-dev libeigen3-dev nlohmann-json3-dev libyaml-cpp-dev libcli11-dev
  libutf8proc-dev libstemmer-dev libtbb-dev libgtest-dev libgmock-dev libbenchmark-dev)
if [[ "${1:-}" == "--test" ]]; then
  # chromium renders the HTML report in a test; python3 with scikit-learn runs the baselines.
  packages+=(chromium python3 python3-sklearn python3-pil python3-yaml)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    echo "credmatch bootstrap: these Debian packages are missing: ${missing[*]}" >&2
    echo "Install them as root:  apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=()
fi
echo "credmatch bootstrap: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq >/dev/null
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
