#!/usr/bin/env bash
# Installs the Debian packages trainplan builds against, only when they are missing.
# With --test-tools also glpk-utils (glpsol reads the exported MPS/LP files back in ModelExportTests),
# unzip (WorkbookTests look inside the xlsx) and Chromium and a CJK font for the report's headless-browser test (those tests are skipped when
# the tools cannot be had).
set -euo pipefail
missing=()
[ -f /usr/include/glpk.h ] || missing+=(libglpk-dev)
[ -f /usr/include/xlsxwriter.h ] || missing+=(libxlsxwriter-dev)
[ -f /usr/include/freexl.h ] || missing+=(libfreexl-dev)
tools=()
if [ "${1:-}" = "--test-tools" ]; then
  command -v glpsol >/dev/null 2>&1 || tools+=(glpk-utils)
  command -v unzip >/dev/null 2>&1 || tools+=(unzip)
  command -v chromium >/dev/null 2>&1 || tools+=(chromium)
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
