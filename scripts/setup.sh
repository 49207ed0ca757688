#!/usr/bin/env bash
# One command from a fresh clone: install what is missing, build, and solve the demo county.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product trainplan
.build/release/trainplan solve instances/demo-county --out plans/demo-county "$@"
