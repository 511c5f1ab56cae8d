#!/usr/bin/env bash
# Oxigraph (npm oxigraph, in-process, pinned in package-lock.json) loads the seed article in
# each of the four output formats and answers every question of seed_questions.json.
set -u
bin=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -d "$root/node_modules/oxigraph" ]; then
  echo "FAIL: node_modules/oxigraph missing: run 'npm ci' in $root (tools/test.sh does)"
  exit 1
fi
outputs=()
for format in turtle ntriples nquads trig; do
  out="$work/seed.$format"
  "$bin" build -q --deterministic -f $format "$root/data/articles/seed-avim-2020-08-14.txt" -o "$out" ||
    { echo "FAIL: newsgraph failed for $format"; exit 1; }
  outputs+=("$out")
done
node "$root/tests/integration/oxigraph.mjs" "$root/tests/integration/seed_questions.json" "${outputs[@]}"
