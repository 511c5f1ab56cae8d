#!/usr/bin/env bash
# Golden test: each bundled article's graph, as sorted N-Triples, equals the reviewed
# file in tests/golden/. To update after a reviewed change:
#   tests/golden/run.sh BUILD/src/app/newsgraph . --update
set -u
bin=$1
root=$2
update=${3:-}
failures=0
passes=0
for article in "$root"/data/articles/*.txt; do
  name=$(basename "$article" .txt)
  golden="$root/tests/golden/$name.nt"
  actual=$("$bin" build -q --deterministic -f ntriples "$article" | LC_ALL=C sort)
  if [ "$update" = --update ]; then
    printf '%s\n' "$actual" >"$golden"
    echo "updated $golden"
    continue
  fi
  if [ ! -f "$golden" ]; then
    echo "FAIL: $golden is missing"
    failures=$((failures + 1))
  elif ! diff -u "$golden" <(printf '%s\n' "$actual") >/tmp/golden-$$.diff; then
    echo "FAIL: $name differs from its golden file:"
    head -n 60 /tmp/golden-$$.diff
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
  rm -f /tmp/golden-$$.diff
done
echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
