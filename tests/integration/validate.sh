#!/usr/bin/env bash
# newsgraph validate: the graph of every bundled article conforms in all four syntaxes; a
# deliberately broken graph does not, with the expected violation lines, the same in Turtle
# and N-Triples; its SHACL results agree with a real engine's (rdf-validate-shacl, pinned in
# package-lock.json) as sets of (focus node, path, constraint component); unsupported
# constraints are named; bad usage exits 2, an unparsable graph 1 with a one-line error.
set -u
bin=$1
root=$2
. "$root/tests/lib.sh"
[ -d "$root/node_modules/rdf-validate-shacl" ] || { echo "FAIL: node_modules missing: run 'npm ci' in $root"; exit 1; }
command -v serdi >/dev/null || { echo "FAIL: serdi is not installed"; exit 1; }

# Every bundled article, in the four syntaxes.
outputs=()
for article in "$root"/data/articles/*.txt "$root"/tests/data/articles/*.txt; do
  [ -e "$article" ] || continue
  for format in turtle:ttl ntriples:nt nquads:nq trig:trig; do
    out="$work/$(basename "$article" .txt).${format#*:}"
    "$bin" build -q -f "${format%%:*}" "$article" -o "$out" || { fail "newsgraph build failed on $article"; continue; }
    outputs+=("$out")
  done
done
if "$bin" validate "${outputs[@]}" >"$work/report" 2>&1; then
  [ "$(grep -c ': conforms (' "$work/report")" = "${#outputs[@]}" ] && pass || fail "summaries: $(head -5 "$work/report")"
else
  fail "bundled outputs do not conform: $(head -10 "$work/report")"
fi

# A broken graph: an event without status, evidence or trigger; a claim without claimant; a
# span whose begin is after its end; a negative casualty count; a quantity with two numbers
# and an unknown qualifier; a phrase with two anchors and a literal context; an entity
# labelled in French; an article with an undeclared property and a date that is no xsd:date.
cat >"$work/broken.ttl" <<'TTL'
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<http://example.org/e> ng:eventCode <https://w3id.org/newsgraph/cameo/072> ; a ng:MilitaryAid .
<http://example.org/c> a ng:Claim ; ng:claimedEvent <http://example.org/e> ; ng:epistemicStatus ng:Claimed ;
  ng:evidence <http://example.org/s> .
<http://example.org/s> nif:beginIndex "9"^^xsd:nonNegativeInteger ; nif:endIndex "3"^^xsd:nonNegativeInteger .
<http://example.org/k> a ng:Casualties ; ng:outcome "killed" ; ng:casualtyCount <http://example.org/q> .
<http://example.org/q> a schema:QuantitativeValue ; schema:value "-4"^^xsd:decimal ; ng:qualifier "exact" .
<http://example.org/q2> a schema:QuantitativeValue ; schema:value "3"^^xsd:decimal ; schema:minValue "2"^^xsd:decimal ;
  ng:qualifier "roughly" .
<http://example.org/m> nif:referenceContext "context" ; nif:anchorOf "one", "two" ;
  itsrdf:taIdentRef <http://example.org/x> .
<http://example.org/x> a schema:Country ; rdfs:label "Arménie"@fr .
<http://example.org/a> a schema:NewsArticle ; schema:datePublished "14.08.2020"^^xsd:date ; ng:noSuchProperty "x" .
TTL
"$bin" validate "$work/broken.ttl" >"$work/broken.report" 2>"$work/broken.err"
status=$?
[ "$status" = 1 ] && pass || fail "the broken graph exits $status, expected 1: $(cat "$work/broken.err")"
ng='https://w3id.org/newsgraph/ns#'
nif='http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#'
for expected in \
  "<http://example.org/e> path <${ng}epistemicStatus> sh:minCount: expected at least 1 value, found 0" \
  "<http://example.org/c> path <${ng}claimant> sh:minCount: " \
  "<http://example.org/s> path <${nif}beginIndex> sh:lessThan: value \"9\"" \
  "<http://example.org/k> path <${ng}casualtyCount>/<http://schema.org/value> sh:minInclusive: value \"-4\"" \
  "<http://example.org/q2> sh:xone: " \
  "<http://example.org/a> <${ng}noSuchProperty> undeclared: property ng:noSuchProperty is not declared" \
  "<http://example.org/a> <http://schema.org/datePublished> datatype: \"14.08.2020\"" \
  "<http://example.org/s> <${nif}beginIndex> domain: subject <http://example.org/s> has no type"; do
  grep -Fq -- "$expected" "$work/broken.report" && pass || fail "no line '$expected' in: $(cat "$work/broken.report")"
done
grep -Eq '^.*broken\.ttl: [0-9]+ violations \(' "$work/broken.report" && pass || fail "no summary of the broken graph"

# The same graph in N-Triples gives the same violations.
serdi -i turtle -o ntriples "$work/broken.ttl" >"$work/broken.nt" 2>/dev/null
"$bin" validate -q "$work/broken.nt" | sed 's/^[^:]*: //' >"$work/nt.lines"
grep -v ' violations (' "$work/broken.report" | sed 's/^[^:]*: //' | diff - "$work/nt.lines" >"$work/diff" &&
  pass || fail "Turtle and N-Triples disagree: $(head -5 "$work/diff")"

# Agreement with rdf-validate-shacl: the same (focus node, path, constraint component) set.
# A complex path, which the engine names by a blank node, becomes "-".
awk '{ if ($3 == "path") { p = $4; c = $5 } else { p = ""; c = $3 }
       if (c !~ /^sh:/) next
       sub(/:$/, "", c); if (p != "" && p !~ /^<[^<>]*>$/) p = "-"
       gsub(/[<>]/, "", $2); gsub(/[<>]/, "", p)
       print $2 "|" p "|" toupper(substr(c, 4, 1)) substr(c, 5) "ConstraintComponent" }' \
  "$work/broken.report" | sort -u >"$work/ours"
node "$root/tests/integration/shacl.mjs" "$root/ontology/shacl/shapes.ttl" "$work/broken.ttl" 2>&1 |
  grep "^$work/broken.ttl: " |
  awk -F'[ ]' '{ p = $3; if (p != "" && p !~ /^[a-z]+:\/\//) p = "-"; c = $4; sub(/.*#/, "", c); print $2 "|" p "|" c }' |
  sort -u >"$work/theirs"
if [ -s "$work/theirs" ] && diff "$work/ours" "$work/theirs" >"$work/diff"; then
  pass
else
  fail "newsgraph validate and rdf-validate-shacl disagree (< ours, > theirs): $(cat "$work/diff")"
fi

# Unsupported constraints are named on standard error and counted in the summary.
cat >"$work/shapes.ttl" <<'TTL'
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:Shape sh:targetSubjectsOf ex:p ; sh:sparql [ sh:select "SELECT $this WHERE { }" ] .
TTL
printf '<http://example.org/a> <http://example.org/p> "1" .\n' >"$work/small.nt"
"$bin" validate --shapes "$work/shapes.ttl" --ontology "$work/shapes.ttl" "$work/small.nt" >"$work/out" 2>"$work/err"
grep -q 'shapes.ttl: unsupported SHACL constraint sh:sparql in shape ex:Shape, not checked' "$work/err" &&
  grep -q '1 constraint unsupported, not checked' "$work/out" && pass ||
  fail "sh:sparql is not reported: $(cat "$work/err" "$work/out")"

# Usage errors exit 2; an unparsable or missing graph exits 1 with one line naming it.
expect() {
  local want=$1 pattern=$2
  shift 2
  "$bin" validate "$@" >/dev/null 2>"$work/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    fail "validate $* exits $got, expected $want"
  elif ! grep -Eq -- "$pattern" "$work/err" || [ "$(wc -l <"$work/err")" != 1 ]; then
    fail "validate $*: error is not one line matching /$pattern/: $(cat "$work/err")"
  else
    pass
  fi
}
printf '<http://example.org/a> <http://example.org/p> .\n' >"$work/bad.ttl"
expect 2 'needs at least one FILE'
expect 2 "invalid value 'xml' for --format" -f xml "$work/bad.ttl"
expect 2 "cannot tell the syntax of" "$root/README.md"
expect 1 "bad\\.ttl:1:[0-9]+: " "$work/bad.ttl"
expect 1 "missing\\.ttl: cannot open" "$work/missing.ttl"
finish
