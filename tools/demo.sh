#!/usr/bin/env bash
# Quick start, part one: installs what is missing, builds, and turns the bundled seed
# article into a graph. Usage: tools/demo.sh [ARTICLE] [OUTPUT]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/install-deps.sh"
"$root/tools/build.sh"
article=${1:-$root/data/articles/seed-avim-2020-08-14.txt}
output=${2:-$root/out/$(basename "$article" .txt).ttl}
mkdir -p "$(dirname "$output")"
"$root/build/src/app/newsgraph" build "$article" -o "$output"
