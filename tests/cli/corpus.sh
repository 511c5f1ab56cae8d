#!/usr/bin/env bash
# Corpus mode: folders, JSON Lines and standard input as inputs; output byte-identical
# whatever the number of jobs; failing articles isolated; shards built apart (with GNU
# parallel, as docs/corpus.md shows) union to the whole; a progress line on terminals only.
set -u
bin=$1
root=$2
. "$root/tests/lib.sh"
seed="$root/data/articles/seed-avim-2020-08-14.txt"
other=$(ls "$root"/tests/data/articles/*.txt | head -n 1)

# A small corpus: two plain articles in nested folders, a hidden file that must be
# skipped, and JSON Lines records that vary the two texts (new ids, dates and numbers).
mkdir -p "$work/corpus/a/b" "$work/corpus/.hidden"
cp "$seed" "$work/corpus/a/seed.txt"
cp "$other" "$work/corpus/a/b/other.txt"
echo "never read" >"$work/corpus/.hidden/skip.txt"
python3 - "$seed" "$other" "$work/corpus/records.jsonl" <<'PY'
import json, sys
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:3]]
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for i in range(8):
        text = texts[i % 2] + f"\n\nOfficials said {i + 3} more soldiers were wounded on Tuesday.\n"
        out.write(json.dumps({"id": f"r{i}", "url": f"https://news.example.org/{i}", "date": f"2021-05-{i + 10}",
                              "title": f"Record {i}", "text": text, "lang": "en"}) + "\n")
PY
build() { "$bin" build --deterministic -q "$@"; }

# Folders are read recursively in path order, hidden files skipped.
build "$work/corpus" -f nquads -j 1 -o "$work/j1.nq"
check [ "$(awk '{print $(NF-1)}' "$work/j1.nq" | sort -u | wc -l)" = 10 ] -- "a folder of 2 files and 8 records gives 10 graphs"
check grep -q '"r7"' "$work/j1.nq" -- "the last JSON Lines record is in the output"

# Byte-identical output whatever the number of jobs, in every syntax.
for format in nquads trig ntriples turtle; do
  build "$work/corpus" -f "$format" -j 1 -o "$work/one.$format"
  for jobs in 2 3 8; do
    build "$work/corpus" -f "$format" -j "$jobs" -o "$work/many.$format"
    check cmp -s "$work/one.$format" "$work/many.$format" -- "$format with $jobs jobs differs from 1 job"
  done
  check serdi -q -i "$format" "$work/one.$format" -- "$format output of the corpus does not parse" >/dev/null
done
# Turtle is one graph: an entity named in several articles is described once.
check [ "$(grep -c '^wd:Q227$' "$work/one.turtle")" -le 1 ] -- "an entity is described more than once in Turtle"

# JSON Lines metadata overrides what the text says.
check grep -q '"Record 3"@en' "$work/one.nquads" -- "the record's title is not the headline"
check grep -q '"2021-05-13"^^<http://www.w3.org/2001/XMLSchema#date>' "$work/one.nquads" -- "the record's date is not used"
check grep -q '<http://schema.org/url> <https://news.example.org/3>' "$work/one.nquads" -- "the record's url is missing"

# Standard input: text, or JSON Lines with --jsonl.
check [ "$("$bin" build --deterministic -q -f nquads - <"$seed" | awk '{print $(NF-1)}' | sort -u | wc -l)" = 1 ] -- "- reads one article"
check [ "$("$bin" build --deterministic -q -f nquads --jsonl - <"$work/corpus/records.jsonl" | awk '{print $(NF-1)}' | sort -u | wc -l)" = 8 ] -- "--jsonl - reads every record"

# A failing article is named and skipped; the run goes on and says how many failed.
cp -r "$work/corpus" "$work/mixed"
printf 'bad \xff byte' >"$work/mixed/a/bad.txt"
printf '{"text": "no closing brace"\n{"id": "no text"}\n' >"$work/mixed/z.jsonl"
"$bin" build --deterministic -q -f nquads "$work/mixed" -o "$work/mixed.nq" 2>"$work/err"
check [ $? = 1 ] -- "a run with failing articles exits 0"
check grep -q 'a/bad.txt: byte 4: invalid UTF-8' "$work/err" -- "the bad file is not named: $(cat "$work/err")"
check grep -q 'z.jsonl:1: invalid JSON' "$work/err" -- "the bad record is not named by line: $(cat "$work/err")"
check grep -q "z.jsonl:2: the record has no 'text' string" "$work/err" -- "the record without text is not named"
check grep -q '; 3 of 13 articles failed' "$work/err" -- "the summary does not count: $(cat "$work/err")"
check cmp -s "$work/mixed.nq" "$work/j1.nq" -- "the good articles' output changed because others failed"

# Shards built apart, here by GNU parallel (see docs/corpus.md), hold exactly the whole.
mkdir -p "$work/shard1" "$work/shard2"
cp -r "$work/corpus/a" "$work/shard1/"
cp "$work/corpus/records.jsonl" "$work/shard2/"
parallel --will-cite -j 2 "$bin" build --deterministic -q -f nquads -o "$work/{/}.nq" {} ::: "$work/shard1" "$work/shard2"
check cmp -s <(cat "$work/shard1.nq" "$work/shard2.nq" | sort) <(sort "$work/j1.nq") -- "the shards' union is not the whole"

# A progress line on a terminal (script(1) gives one), none when stderr is a file or with -q.
script -qec "'$bin' build --deterministic -f nquads -j 2 '$work/corpus' -o '$work/p.nq'" /dev/null >"$work/tty" 2>&1
check grep -q 'articles/s' "$work/tty" -- "no progress line on a terminal: $(head -c 300 "$work/tty")"
script -qec "'$bin' build --deterministic -q -f nquads '$work/corpus' -o '$work/p.nq'" /dev/null >"$work/tty" 2>&1
check [ ! -s "$work/tty" ] -- "-q printed something on a terminal: $(head -c 300 "$work/tty")"
"$bin" build --deterministic -f nquads "$work/corpus" -o "$work/p.nq" 2>"$work/err"
check [ "$(grep -c 'articles/s' "$work/err")" = 0 ] -- "a progress line went to a file"

# A large output is handed to the disk while it is written, so the fsync before the rename
# finds little left to do: the write-out of each 8 MiB is started as it goes.
python3 - "$seed" "$work/big.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(150):
        out.write(json.dumps({"id": f"big{i}", "text": text}) + "\n")
PY
strace -f -qq -e trace=sync_file_range,fsync -o "$work/big.trace" \
  "$bin" build --deterministic -q -f nquads -j 2 "$work/big.jsonl" -o "$work/big.nq"
check [ "$(stat -c %s "$work/big.nq")" -gt $((16 << 20)) ] -- "the large output is smaller than 16 MiB"
check grep -q 'sync_file_range(' "$work/big.trace" -- "no write-out started before the fsync of a large output"
check grep -q 'fsync(' "$work/big.trace" -- "the output was not synced before its rename"

finish
