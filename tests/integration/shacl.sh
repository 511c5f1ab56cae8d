#!/usr/bin/env bash
# A real SHACL engine (rdf-validate-shacl, pinned in package-lock.json) finds the output of
# every bundled article conforming to ontology/shacl/shapes.ttl, and a deliberately broken
# graph not conforming, with the expected violations.
set -u
bin=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -d "$root/node_modules/rdf-validate-shacl" ]; then
  echo "FAIL: node_modules missing: run 'npm ci' in $root (tools/test.sh does)"
  exit 1
fi
failures=0
passes=0
outputs=()
for article in "$root"/data/articles/*.txt "$root"/tests/data/articles/*.txt; do
  out="$work/$(basename "$article" .txt).ttl"
  "$bin" build -q "$article" -o "$out" || { echo "FAIL: newsgraph failed on $article"; failures=$((failures + 1)); }
  outputs+=("$out")
done
if node "$root/tests/integration/shacl.mjs" "$root/ontology/shacl/shapes.ttl" "${outputs[@]}" >"$work/report" 2>&1; then
  passes=$((passes + 1))
else
  echo "FAIL: outputs do not conform:"; head -20 "$work/report"; failures=$((failures + 1))
fi

# A broken graph: an event without code or status, a claim without claimant, a phrase ending
# after its context ends, a span whose
# begin is after its end, a casualty count below zero.
cat >"$work/broken.ttl" <<'TTL'
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<http://example.org/e> ng:eventCode <https://w3id.org/newsgraph/cameo/072> ; a ng:MilitaryAid .
<http://example.org/c> a ng:Claim ; ng:claimedEvent <http://example.org/e> ; ng:epistemicStatus ng:Claimed ;
  ng:evidence <http://example.org/s> .
<http://example.org/s> nif:beginIndex "9"^^xsd:nonNegativeInteger ; nif:endIndex "3"^^xsd:nonNegativeInteger .
<http://example.org/ctx> a nif:Context ; nif:beginIndex "0"^^xsd:nonNegativeInteger ;
  nif:endIndex "100"^^xsd:nonNegativeInteger .
<http://example.org/p> nif:referenceContext <http://example.org/ctx> ; nif:anchorOf "x" ;
  nif:beginIndex "99"^^xsd:nonNegativeInteger ; nif:endIndex "120"^^xsd:nonNegativeInteger .
<http://example.org/k> a ng:Casualties ; ng:outcome "killed" ; ng:casualtyCount <http://example.org/q> .
<http://example.org/q> a schema:QuantitativeValue ; schema:value "-4"^^xsd:decimal ; ng:qualifier "exact" .
<http://example.org/k2> a ng:Casualties ; ng:outcome "wounded" ; ng:casualtyCount <http://example.org/q2> .
<http://example.org/q2> a schema:QuantitativeValue ; schema:value "2.5"^^xsd:decimal ; ng:qualifier "exact" .
TTL
node "$root/tests/integration/shacl.mjs" "$root/ontology/shacl/shapes.ttl" "$work/broken.ttl" >"$work/broken.report" 2>&1
for expected in "ns#epistemicStatus" "ns#evidence" "ns#trigger" "ns#claimant" "LessThanConstraintComponent" \
                "MinInclusiveConstraintComponent" "PatternConstraintComponent" \
                "LessThanOrEqualsConstraintComponent"; do
  if grep -q "$expected" "$work/broken.report"; then
    passes=$((passes + 1))
  else
    echo "FAIL: the broken graph shows no $expected violation"; failures=$((failures + 1))
  fi
done
grep -q "0 conform, 1 do not" "$work/broken.report" && passes=$((passes + 1)) || { echo "FAIL: the broken graph conforms"; failures=$((failures + 1)); }
echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
