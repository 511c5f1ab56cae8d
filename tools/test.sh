#!/usr/bin/env bash
# Quick start, part two: installs what is missing, builds, and runs every test (ctest).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/install-deps.sh"
"$root/tools/build.sh"
cd "${NEWSGRAPH_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j"$(nproc)"
