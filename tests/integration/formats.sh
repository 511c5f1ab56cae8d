#!/usr/bin/env bash
# Every output format parses with two independent parsers (serdi and rapper), both count
# the same triples, and all four formats hold the same triples (round trip).
set -u
bin=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
for tool in serdi rapper; do
  command -v $tool >/dev/null || { echo "FAIL: $tool is not installed"; exit 1; }
done

articles=("$root"/data/articles/*.txt "$root"/tests/data/articles/*.txt)
for article in "${articles[@]}"; do
  [ -e "$article" ] || continue
  name=$(basename "$article" .txt)
  for format in turtle ntriples nquads trig; do
    out="$work/$name.$format"
    if ! "$bin" build -q --deterministic -f $format "$article" -o "$out"; then
      fail "$name: newsgraph failed for $format"
      continue
    fi
    serdi -i $format -o ntriples "$out" 2>"$work/serdi.err" | LC_ALL=C sort -u >"$work/$name.$format.serdi.nt"
    [ -s "$work/serdi.err" ] && fail "$name.$format: serdi: $(head -c 300 "$work/serdi.err")"
    rapper -q -i $format -o ntriples "$out" 2>"$work/rapper.err" >"$work/$name.$format.rapper.nt" ||
      fail "$name.$format: rapper: $(head -c 300 "$work/rapper.err")"
    serdi_count=$(wc -l <"$work/$name.$format.serdi.nt")
    rapper_count=$(LC_ALL=C sort -u "$work/$name.$format.rapper.nt" | wc -l)
    if [ "$serdi_count" != "$rapper_count" ] || [ "$serdi_count" = 0 ]; then
      fail "$name.$format: serdi counts $serdi_count triples, rapper $rapper_count"
    else
      passes=$((passes + 1))
    fi
  done
  # Round trip: the same triples in every format (N-Quads and TriG less their graph name).
  for format in turtle nquads trig; do
    if ! cmp -s "$work/$name.ntriples.serdi.nt" "$work/$name.$format.serdi.nt"; then
      fail "$name: $format holds other triples than ntriples"
    else
      passes=$((passes + 1))
    fi
  done
  # Quad formats put every statement in the article's named graph.
  graphs=$(awk '{print $(NF-1)}' "$work/$name.nquads" | sort -u | wc -l)
  [ "$graphs" = 1 ] && passes=$((passes + 1)) || fail "$name: N-Quads use $graphs graph names"
done
echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
