#!/usr/bin/env bash
# README command 2: run the whole test suite (arguments go to pytest, e.g. ./test.sh -m browser).
# Installs the Python packages, and Debian's chromium for the browser tests when it can.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/venv.sh

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests ..."
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "No /usr/bin/chromium: the browser tests will be skipped (sudo apt-get install chromium)." >&2
  fi
fi
exec .venv/bin/python -m pytest "$@"
