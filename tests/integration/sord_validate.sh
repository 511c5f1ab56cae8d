#!/usr/bin/env bash
# sord_validate, with the ontology and the W3C schemas Debian's lv2-dev ships, reports no
# error on the output of every bundled article; a deliberately broken graph fails it.
set -u
bin=$1
root=$2
schemas=/usr/lib/lv2/schemas.lv2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
command -v sord_validate >/dev/null || { echo "FAIL: sord_validate is not installed"; exit 1; }
[ -d $schemas ] || { echo "FAIL: $schemas is missing (apt-get install lv2-dev)"; exit 1; }

validate() { sord_validate "$schemas"/*.ttl "$root"/ontology/*.ttl "$@" 2>&1; }

for article in "$root"/data/articles/*.txt "$root"/tests/data/articles/*.txt; do
  [ -e "$article" ] || continue
  out="$work/$(basename "$article" .txt).ttl"
  "$bin" build -q "$article" -o "$out" || { fail "newsgraph failed on $article"; continue; }
  report=$(validate "$out")
  if echo "$report" | grep -q "Found 0 errors"; then
    passes=$((passes + 1))
  else
    fail "$(basename "$article"): $(echo "$report" | head -c 1500)"
  fi
done

# The ontology itself, alone, is valid.
validate | grep -q "Found 0 errors" && passes=$((passes + 1)) || fail "ontology: $(validate | tail -c 1500)"

# A broken graph must fail: an undeclared property and a literal where a node belongs.
cat >"$work/broken.ttl" <<'TTL'
@prefix schema: <http://schema.org/> .
@prefix ng: <https://w3id.org/newsgraph/ns#> .
<http://example.org/a> a schema:NewsArticle ;
  ng:noSuchProperty "x" ;
  schema:publisher "not a node" .
TTL
report=$(validate "$work/broken.ttl")
if echo "$report" | grep -q "Use of undefined property" && ! echo "$report" | grep -q "Found 0 errors"; then
  passes=$((passes + 1))
else
  fail "a broken graph passed sord_validate: $report"
fi
echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
