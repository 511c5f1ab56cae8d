#!/usr/bin/env bash
# The bad-input matrix, as whole articles: each gives a graph that serdi and rapper parse
# (and validate accepts), or one line of error and exit 1, never a crash or a hang.
set -u
bin=$1
root=$2
. "$root/tests/lib.sh"

# build NAME [OPTIONS]: builds $work/NAME.txt to Turtle; status 0 and a graph both tools parse.
parses() {
  local name=$1
  shift
  local out="$work/$name.ttl"
  if ! timeout 120 "$bin" build -q --deterministic "$work/$name.txt" -o "$out" "$@" 2>"$work/err"; then
    fail "$name: exit $?: $(head -c 300 "$work/err")"
    return 1
  fi
  serdi -q -i turtle "$out" >/dev/null 2>&1 || { fail "$name: serdi cannot parse the output"; return 1; }
  rapper -q -i turtle "$out" >/dev/null 2>&1 || { fail "$name: rapper cannot parse the output"; return 1; }
  "$bin" validate -q "$out" >/dev/null 2>&1 || { fail "$name: the output does not validate"; return 1; }
  pass
}
# refused NAME PATTERN [OPTIONS]: exit 1 with one line matching PATTERN, nothing written.
refused() {
  local name=$1 pattern=$2
  shift 2
  timeout 120 "$bin" build -q "$work/$name.txt" -o "$work/$name.ttl" "$@" 2>"$work/err"
  local status=$?
  if [ "$status" != 1 ]; then fail "$name: exit $status, expected 1"
  elif [ "$(wc -l <"$work/err")" != 1 ] || ! grep -Eq -- "$pattern" "$work/err"; then fail "$name: $(cat "$work/err")"
  elif [ -e "$work/$name.ttl" ]; then fail "$name: an output was written"
  else pass; fi
}

python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
def put(name, text, mode="w"):
    with open(f"{w}/{name}.txt", mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        f.write(text)
put("nested", "Deep nesting\n\nRuritania said " + "(" * 50000 + "talks" + ")" * 50000 + " would resume. "
    + "\u201c\u2018" * 20000 + "quoted" + "\u2019\u201d" * 20000 + "\n")
put("bidi", "Bidi \u202etitle\u202c with zero\u200bwidth\n\nPresident Anna\u200b Lind of Ruritania said "
    "\u202eBorduria\u202c had sent 12\u200d tanks to \u2067Valdavia\u2069.\n")
put("hostile", 'A <title> with "quotes", back\\slash and ^^xsd:date\n\n'
    'President <Anna> "Lind" of Ruri\\tania^^ said the <b>Defence</b> Ministry of "Borduria" \\n sent '
    '12 tanks.\nSource: http://example.org/a b<c>"d"\\e^^f\n\n'
    # A quote before a backslash, quotes at line ends, triple quotes: what long strings trip on.
    'He said """ triple quotes """ and ended with a quote" \\\n\nand "quote\\" and ""\\\\"" done".\n')
put("numbers", "Huge numbers\n\nThe ministry said 999999999999999999999 tons of grain and "
    "1e308 soldiers and 0.000000000000001 dollars were sent, with more than 18446744073709551617 shells.\n")
put("dates", "Impossible dates\n\nFebruary 30, 2021\n\nThe talks on February 30 and on 31.04.2020 "
    "and on 2021-13-45 were held, said Ruritania on February 29, 2023.\n")
put("sentences", "Ten thousand sentences\n\n" + "Yes. " * 10000)
put("million", "A million sentences\n\n" + "Yes. " * 1000000)
put("bom", "\ufeffA title after a byte order mark\n\nRuritania said it sent 5 tanks.\n")
put("surrogate", b"Lone surrogate \xed\xa0\x80 in text\n", "wb")
put("overlong", b"Overlong \xc0\xaf slash\n", "wb")
PY
head -c 200000000 /dev/zero | tr '\0' 'a' >"$work/huge-line.txt"

parses nested
parses bidi
parses hostile
parses numbers
parses dates
parses sentences
parses bom
# A million one-word sentences: every stage runs (the graph of a million sentence nodes
# would be a gigabyte of output, which the linearity test shows costs what it should).
check timeout 120 "$bin" build -q --analyse-only "$work/million.txt" -- "a million sentences failed or hung"
refused surrogate 'surrogate.txt: byte 15: invalid UTF-8'
refused overlong 'overlong.txt: byte 9: invalid UTF-8'
refused huge-line 'huge-line.txt: input larger than the limit of 67108864 bytes'

# What the hostile text may not do: escape its literal or IRI.
serdi -i turtle "$work/hostile.ttl" >"$work/hostile.nt" 2>/dev/null
check grep -qF '<http://schema.org/headline> "A <title> with \"quotes\", back\\slash and ^^xsd:date"@en .' \
  "$work/hostile.nt" -- "the hostile title is not one escaped literal: $(grep headline "$work/hostile.nt")"
# An impossible date is no date: no xsd:date literal of February 30 or of month 13.
check bash -c "! grep -Eq '\"(2021-02-30|2020-04-31|2021-13-45)\"' '$work/dates.ttl'" -- "an impossible date was written"
# A number beyond any count is no quantity of 1e21 written as an integer overflow.
check bash -c "! grep -Eq 'casualtyCount|\"-[0-9]' '$work/numbers.ttl'" -- "a huge number became a negative or a casualty count"
finish
