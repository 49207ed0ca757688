#!/usr/bin/env bash
# Installs the Debian packages trainplan builds against, only when they are missing.
# With --test-tools also Chromium, chromedriver and a CJK font for the headless-browser tests of the report
# and of `trainplan serve` (those tests are skipped when they cannot be had).
set -euo pipefail
missing=()
[ -f /usr/include/glpk.h ] || missing+=(libglpk-dev)
[ -f /usr/include/xlsxwriter.h ] || missing+=(libxlsxwriter-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)   # GRDB, the web app's store
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)          # ZIPFoundation
browser=()
if [ "${1:-}" = "--test-tools" ]; then
  command -v chromium >/dev/null 2>&1 || browser+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || browser+=(chromium-driver)
  fc-list 2>/dev/null | grep -qi "CJK" || browser+=(fonts-noto-cjk)
fi
if [ ${#missing[@]} -gt 0 ] || [ ${#browser[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} ..."
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [ ${#browser[@]} -gt 0 ]; then
    echo "Installing ${browser[*]} (for the browser tests) ..."
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${browser[@]}" >/dev/null \
      || echo "Could not install ${browser[*]}: the browser test will be skipped."
  fi
fi
