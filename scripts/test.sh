#!/usr/bin/env bash
# Runs every test (installs libglpk-dev, libxlsxwriter-dev, libfreexl-dev and the test tools (glpk-utils, Chromium) first when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test-tools
swift build --build-tests
swift test --skip-build
