#!/usr/bin/env bash
# An interrupted run (SIGINT, SIGTERM) at any moment leaves nothing partial at the target
# path, keeps an existing file there untouched, and leaves no temporary file behind.
set -u
bin=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
# A long article: the seed's body many times over, so that a run lasts long enough to be
# interrupted while it reads, analyses or writes.
python3 - "$root/data/articles/seed-avim-2020-08-14.txt" "$work/long.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
body = text[text.index("Azerbaijani President"):text.index("deadly-border-clashes/3078")]
open(sys.argv[2], "w", encoding="utf-8").write("A long article for interrupt tests\n\n" + body * 600)
PY
# The whole graph, for comparison with what an interrupted run leaves.
"$bin" build -q --deterministic "$work/long.txt" -o "$work/whole.ttl" || { echo "FAIL: the reference run failed"; exit 1; }
for signal in INT TERM; do
  for delay in 0.2 0.6 1.2 2.0; do
    echo "previous graph" >"$work/out.ttl"
    timeout -s "$signal" "$delay" "$bin" build -q --deterministic "$work/long.txt" -o "$work/out.ttl" 2>/dev/null
    status=$?
    leftovers=$(ls -a "$work" | grep -c '\.tmp-')
    content=$(head -c 14 "$work/out.ttl")
    if [ "$leftovers" != 0 ]; then
      echo "FAIL: SIG$signal after ${delay}s left a temporary file"; failures=$((failures + 1))
    elif [ "$content" = "previous graph" ] || cmp -s "$work/out.ttl" "$work/whole.ttl"; then
      # Untouched, or the run got to rename its finished output into place (the signal may
      # still have come before it exited): then the output is the whole graph, byte for byte.
      passes=$((passes + 1))
    else
      echo "FAIL: SIG$signal after ${delay}s (exit $status) left a changed, incomplete output"; failures=$((failures + 1))
    fi
  done
done
# The moment that matters most: while the temporary file is being written.
for signal in INT TERM; do
  echo "previous graph" >"$work/out.ttl"
  "$bin" build -q --deterministic "$work/long.txt" -o "$work/out.ttl" 2>/dev/null &
  pid=$!
  while ! ls -a "$work" | grep -q '\.tmp-' && kill -0 "$pid" 2>/dev/null; do sleep 0.005; done
  kill -s "$signal" "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if ls -a "$work" | grep -q '\.tmp-'; then
    echo "FAIL: SIG$signal while writing left the temporary file"; failures=$((failures + 1))
  elif [ "$(head -c 14 "$work/out.ttl")" != "previous graph" ] && ! cmp -s "$work/out.ttl" "$work/whole.ttl"; then
    echo "FAIL: SIG$signal while writing changed the existing output"; failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
done
echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
