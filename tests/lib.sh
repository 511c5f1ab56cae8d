# Shared by the shell tests: a scratch folder removed on exit, and pass/fail counting.
# Source it after setting nothing; call `finish` last.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
pass() { passes=$((passes + 1)); }
# check COMMAND... -- MESSAGE: passes when the command succeeds, else fails with MESSAGE.
check() {
  local command=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    command+=("$1")
    shift
  done
  shift
  if "${command[@]}"; then pass; else fail "$*"; fi
}
finish() {
  echo "$passes passed, $failures failed"
  [ "$failures" = 0 ]
}
