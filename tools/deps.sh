#!/bin/sh
# Installs the Debian packages Krait's build and tests need; idempotent.
# `tools/deps.sh --check` only reports (exit 1) whether something is missing.
#   python3.11               the oracle the tests compare Krait against
#   libpython3.11-stdlib     /usr/lib/python3.11, the library Krait parses and runs
#   libpython3.11-testsuite  /usr/lib/python3.11/test, CPython's regression tests
#   unicode-data             the UCD files the Unicode table generator reads
#   clang, libclang-rt-14-dev  the second compiler and libFuzzer/sanitizer runtimes
set -e
PKGS="python3.11 libpython3.11-stdlib libpython3.11-testsuite unicode-data clang libclang-rt-14-dev"
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
if [ "$1" = "--check" ]; then
    echo "missing Debian packages:$missing" >&2
    exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "installing:$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
