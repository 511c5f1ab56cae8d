#!/usr/bin/env bash
# Work grows linearly with the input, counted, not timed: callgrind counts the instructions
# of whole runs (the same count whatever else the machine does) on articles of k, 2k and
# 4k copies of a text. Start-up costs the same in every run, so the extra work from 2k to
# 4k must be about twice the extra from k to 2k; a stage quadratic in the article, or in a
# sentence, makes it about four times. Two shapes: ordinary paragraphs, and the same words
# as one endless sentence (no full stops, no line breaks).
set -u
bin=$1
root=$2
. "$root/tests/lib.sh"
command -v valgrind >/dev/null || { echo "valgrind is missing (tools/install-deps.sh installs it)"; exit 1; }

python3 - "$root/data/articles/seed-avim-2020-08-14.txt" "$work" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
body = text[text.index("Azerbaijani President"):text.index("deadly-border-clashes/3078")]
one_sentence = re.sub(r"[.!?]", ",", body).replace("\n", " ")
for shape, unit in (("paragraphs", body), ("sentence", one_sentence)):
    for copies in (3, 6, 12):
        with open(f"{sys.argv[2]}/{shape}-{copies}.txt", "w", encoding="utf-8") as out:
            out.write("A title for the linearity test\n\n" + unit * copies)
PY

instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" build -q --deterministic -f nquads \
    "$1" -o "$work/out.nq" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

for shape in paragraphs sentence; do
  i1=$(instructions "$work/$shape-3.txt")
  i2=$(instructions "$work/$shape-6.txt")
  i4=$(instructions "$work/$shape-12.txt")
  if [ -z "$i1" ] || [ -z "$i2" ] || [ -z "$i4" ]; then
    fail "$shape: callgrind gave no count ($i1 / $i2 / $i4)"
    continue
  fi
  ratio=$(python3 -c "print(round(($i4 - $i2) / ($i2 - $i1), 2))")
  echo "$shape: $i1, $i2, $i4 instructions; extra work doubling 6->12 copies / 3->6 copies = $ratio"
  check python3 -c "import sys; sys.exit(0 if 1.6 <= $ratio <= 2.5 else 1)" -- \
    "$shape: doubling the input multiplied the extra work by $ratio (linear: about 2)"
done
finish
