#!/usr/bin/env bash
# Runs every test (installs libglpk-dev, libxlsxwriter-dev, libfreexl-dev and the test tools (glpk-utils, Chromium) first when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test-tools
swift build --build-tests
# The tests write plan folders, workbooks and browser profiles under TMPDIR: one directory per run,
# removed at the end (a run used to leave about 900 directories in /tmp).
test_tmp=$(mktemp -d "${TMPDIR:-/tmp}/tp.XXXXXX")
trap 'rm -rf "$test_tmp" || true' EXIT
TMPDIR="$test_tmp" swift test --skip-build
