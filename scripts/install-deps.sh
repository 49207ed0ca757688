#!/usr/bin/env bash
# Installs the Debian packages trainplan builds against, only when they are missing.
# With --test-tools also glpk-utils (glpsol reads the exported MPS/LP files back in ModelExportTests),
# unzip (WorkbookTests look inside the xlsx), and Chromium, chromedriver and a CJK font for the headless-browser
# tests of the report and of `trainplan serve` (those tests are skipped when the tools cannot be had).
set -euo pipefail
missing=()
[ -f /usr/include/glpk.h ] || missing+=(libglpk-dev)
[ -f /usr/include/xlsxwriter.h ] || missing+=(libxlsxwriter-dev)
[ -f /usr/include/freexl.h ] || missing+=(libfreexl-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)   # GRDB, the web app's store
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)          # ZIPFoundation
tools=()
if [ "${1:-}" = "--test-tools" ]; then
  command -v glpsol >/dev/null 2>&1 || tools+=(glpk-utils)
  command -v unzip >/dev/null 2>&1 || tools+=(unzip)
  command -v chromium >/dev/null 2>&1 || tools+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || tools+=(chromium-driver)
  fc-list 2>/dev/null | grep -qi "CJK" || tools+=(fonts-noto-cjk)
fi
if [ ${#missing[@]} -gt 0 ] || [ ${#tools[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} ..."
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [ ${#tools[@]} -gt 0 ]; then
    echo "Installing ${tools[*]} (test tools) ..."
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${tools[@]}" >/dev/null \
      || echo "Could not install ${tools[*]}: the tests that need them will be skipped."
  fi
fi
