#!/usr/bin/env bash
# Command-line tests: good and bad argument sets, and bad inputs. Each case checks the
# exit status, that errors are one line naming the problem, and that no output file is
# left behind on failure.
set -u
bin=$1
root=$2
seed="$root/data/articles/seed-avim-2020-08-14.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect STATUS PATTERN ARGS...: exit status STATUS, stderr (or stdout for 0) matching PATTERN.
expect() {
  local status=$1 pattern=$2
  shift 2
  "$bin" "$@" >"$work/out" 2>"$work/err"
  local got=$?
  local stream="$work/err"
  [ "$status" = 0 ] && stream="$work/out"
  if [ "$got" != "$status" ]; then
    fail "newsgraph $* exited $got, expected $status: $(head -c 300 "$work/err")"
  elif ! grep -Eq -- "$pattern" "$stream"; then
    fail "newsgraph $*: output does not match /$pattern/: $(head -c 300 "$stream")"
  elif [ "$status" != 0 ] && [ "$(wc -l <"$work/err")" != 1 ]; then
    fail "newsgraph $*: error is not one line: $(cat "$work/err")"
  else
    passes=$((passes + 1))
  fi
}

# Good argument sets.
expect 0 '^Usage: newsgraph COMMAND' --help
expect 0 '^Usage: newsgraph build' build --help
expect 0 '^newsgraph [0-9]+\.[0-9]+\.[0-9]+' --version
expect 0 'data/text/metadata.tsv  sha256:[0-9a-f]{12}' --version
expect 0 'data/gazetteer/countries.tsv  sha256:[0-9a-f]{12}' --version
expect 0 '^@prefix' build "$seed" --deterministic
expect 0 '^<https://w3id.org/newsgraph/id/' build -f ntriples "$seed" --deterministic
expect 0 'data.example.org/g/graph/' build --format nquads --base http://data.example.org/g/ "$seed"
expect 0 '^@prefix' build -f trig -q "$seed"
expect 0 '^@prefix' build --date 2020-01-01 "$seed"
expect 0 '^@prefix' build - <"$seed"

# Bad usage: exit 2, one line naming the problem.
expect 2 "unrecognised option '--frobnicate'" build --frobnicate "$seed"
expect 2 "invalid value 'xml' for --format" build -f xml "$seed"
expect 2 "invalid value 'not an iri' for --base" build --base "not an iri" "$seed"
expect 2 "invalid value 'http://x.org/no-end' for --base" build --base http://x.org/no-end "$seed"
expect 2 "invalid value '2020-02-30' for --date" build --date 2020-02-30 "$seed"
expect 2 "invalid value '14.08.2020' for --date" build --date 14.08.2020 "$seed"
expect 2 "build needs at least one INPUT" build
expect 2 "unknown command 'frob'" frob
expect 2 "unrecognised option '--frob'" --frob
expect 2 "the required argument for option '--output' is missing" build "$seed" -o
expect 2 "invalid value '0' for --max-size" build --max-size 0 "$seed"
expect 2 "invalid value '0' for --jobs" build -j 0 "$seed"
expect 2 "the argument \('x'\) for option '--jobs' is invalid" build -j x "$seed"

# Bad inputs: exit 1, one line, nothing written at the output path.
: >"$work/empty.txt"
printf ' \n\t \n' >"$work/blank.txt"
printf 'Valid start \xff\xfe then junk' >"$work/invalid.txt"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' >"$work/image.png"
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' >"$work/doc.pdf"
printf 'Text then a NUL \x00 byte' >"$work/nul.txt"
head -c 3000 /dev/zero | tr '\0' 'a' >"$work/large.txt"
bad_input() {
  local pattern=$1 input=$2
  shift 2
  rm -f "$work/graph.ttl"
  expect 1 "$pattern" build "$input" -o "$work/graph.ttl" "$@"
  if ls -a "$work" | grep -q 'graph.ttl'; then fail "output left behind for $input"; fi
}
bad_input 'empty.txt: empty input' "$work/empty.txt"
bad_input 'blank.txt: no text' "$work/blank.txt"
bad_input 'invalid.txt: byte 12: invalid UTF-8' "$work/invalid.txt"
bad_input 'image.png: byte 0: invalid UTF-8' "$work/image.png"
bad_input 'doc.pdf: byte 10: invalid UTF-8' "$work/doc.pdf"
bad_input 'nul.txt: byte 16: binary content' "$work/nul.txt"
bad_input 'missing.txt: No such file or directory' "$work/missing.txt"
mkdir -p "$work/empty-folder/.hidden" && : >"$work/empty-folder/.hidden/note.txt"
bad_input 'empty-folder: no files in the folder' "$work/empty-folder"
bad_input 'large.txt: input larger than the limit of 1000 bytes' "$work/large.txt" --max-size 1000

# A failing input leaves an existing output untouched.
echo "previous graph" >"$work/keep.ttl"
"$bin" build "$work/empty.txt" -o "$work/keep.ttl" 2>/dev/null
[ "$(cat "$work/keep.ttl")" = "previous graph" ] || fail "existing output was changed by a failed run"
# A bad article among good ones is named and left out; the run fails, the others land.
"$bin" build "$seed" "$work/invalid.txt" -o "$work/two.ttl" 2>"$work/err" && fail "a bad second input was accepted"
grep -q 'invalid.txt: byte 12: invalid UTF-8' "$work/err" || fail "the bad article is not named: $(cat "$work/err")"
grep -q '1 of 2 articles failed' "$work/err" || fail "the summary does not count the failure: $(cat "$work/err")"
serdi -i turtle "$work/two.ttl" >/dev/null 2>&1 || fail "the good article's graph was not written"
# With --fail-fast nothing is written and an existing output stays as it was.
"$bin" build "$work/invalid.txt" "$seed" --fail-fast -o "$work/keep.ttl" 2>"$work/err" && fail "--fail-fast accepted a bad input"
[ "$(cat "$work/keep.ttl")" = "previous graph" ] || fail "--fail-fast changed an existing output"
grep -q 'fail-fast' "$work/err" || fail "--fail-fast does not say it stopped: $(cat "$work/err")"

echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
