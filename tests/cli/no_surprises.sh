#!/usr/bin/env bash
# No surprises: under strace, a build (and a validate) makes no network call at all, and
# opens nothing but its inputs, its output's folder, its own data/ and ontology/, and what
# the loader and the C libraries read (shared libraries, CPU count, OpenSSL's config).
set -u
bin=$1
root=$2
. "$root/tests/lib.sh"
command -v strace >/dev/null || { echo "strace is missing (tools/install-deps.sh installs it)"; exit 1; }
seed="$root/data/articles/seed-avim-2020-08-14.txt"
cp "$seed" "$work/article.txt"
mkdir -p "$work/out"

# traced NAME COMMAND...: the file and network system calls of COMMAND and its threads.
traced() {
  local name=$1
  shift
  strace -f -qq -e trace=%network,open,openat,creat,execve -o "$work/$name.trace" "$@" >/dev/null 2>&1
}
# Paths a run may open besides its own arguments.
allowed="^($root/(data|ontology)(/|$)|/etc/ld\.so\.|/lib/|/lib64/|/usr/lib/|/sys/devices/system/cpu/|/proc/self/|/dev/(null|urandom|tty)$)"

check_trace() {
  local name=$1
  shift
  local extra=$*
  if grep -Eq '\b(socket|connect|bind|sendto|recvfrom|getaddrinfo)\(' "$work/$name.trace"; then
    fail "$name made a network call: $(grep -Em1 '\b(socket|connect|bind|sendto)\(' "$work/$name.trace")"
  else
    pass
  fi
  local opened
  opened=$(grep -oE '(open|openat|creat)\((AT_FDCWD, )?"[^"]*"' "$work/$name.trace" | sed -E 's/.*"([^"]*)"/\1/' | sort -u)
  local stray=""
  while IFS= read -r path; do
    [ -z "$path" ] && continue
    [[ "$path" =~ $allowed ]] && continue
    local ok=0
    for e in $extra; do [[ "$path" == "$e"* ]] && ok=1; done
    [ "$ok" = 1 ] || stray="$stray $path"
  done <<<"$opened"
  if [ -n "$stray" ]; then fail "$name opened files it was not given:$stray"; else pass; fi
}

traced build "$bin" build --deterministic -j 2 "$work/article.txt" -o "$work/out/graph.ttl"
check test -s "$work/out/graph.ttl" -- "the traced build wrote nothing"
check_trace build "$work/article.txt" "$work/out/"
traced validate "$bin" validate "$work/out/graph.ttl"
check_trace validate "$work/out/graph.ttl"
# The checker itself must see a stray read: a build that is given the file reads it.
traced control cat "$root/README.md"
grep -q "README.md" "$work/control.trace" && pass || fail "strace saw no open of a file the command read"
finish
