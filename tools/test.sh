#!/usr/bin/env bash
# Quick start, part two: installs what is missing, builds, and runs every test (ctest).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/install-deps.sh"
"$root/tools/build.sh"
# The JavaScript test tools, exactly as package-lock.json pins them.
if [ ! -d "$root/node_modules/rdf-validate-shacl" ]; then
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
cd "${NEWSGRAPH_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j"$(nproc)"
