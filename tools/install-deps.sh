#!/usr/bin/env bash
# Installs, with apt-get, the Debian 12 packages newsgraph needs to build and test, when
# any is missing. Prints nothing when everything is there already.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libserd-dev libsord-dev libutf8proc-dev libssl-dev libboost-program-options-dev libsimdjson-dev
  libgtest-dev libgmock-dev
  serdi sordi raptor2-utils lv2-dev python3 python3-rdflib virtuoso-opensource-7-bin clang-format
  clang-14 libclang-rt-14-dev parallel time valgrind strace
)
# Node.js runs the SHACL engine and Oxigraph of the tests; a machine that has it already keeps its own.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "newsgraph: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
