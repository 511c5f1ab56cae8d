#!/usr/bin/env bash
# Quick start, part two: installs what is missing, builds, and runs every test (ctest).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/install-deps.sh"
"$root/tools/build.sh"
# The JavaScript test tools, exactly as package-lock.json pins them: installed again whenever
# the lock file is newer than the last install (npm ci writes node_modules/.package-lock.json).
if [ ! "$root/node_modules/.package-lock.json" -nt "$root/package-lock.json" ]; then
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
cd "${NEWSGRAPH_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j"$(nproc)"
