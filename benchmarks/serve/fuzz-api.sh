#!/usr/bin/env bash
# Schema-driven fuzzing of `trainplan serve`'s API: schemathesis (PyPI) generates requests from /openapi.yaml
# against a server on loopback with the demo term solved, and fails on any 5xx or any response that breaks
# the schema. Usage: bash benchmarks/serve/fuzz-api.sh [max-examples per operation, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
examples="${1:-30}"
command -v schemathesis >/dev/null 2>&1 || pip install -q schemathesis
[ -x .build/debug/trainplan ] || swift build --product trainplan
bin=.build/debug/trainplan
work="$(mktemp -d)"
port=$((20000 + RANDOM % 10000))
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo 'fuzz-password' | "$bin" user add fuzz --role planner --data "$work/data" >/dev/null
"$bin" serve --data "$work/data" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

# A term with a finished solve, so that ids 1 exist for the path parameters.
curl -sf -c "$work/jar" -H 'Content-Type: application/json' \
  -d '{"username":"fuzz","password":"fuzz-password"}' "http://127.0.0.1:$port/api/login" >/dev/null
(cd instances && python3 -c "import shutil; shutil.make_archive('$work/demo', 'zip', '.', 'demo-county')")
curl -sf -b "$work/jar" -H 'Content-Type: application/zip' --data-binary "@$work/demo.zip" \
  "http://127.0.0.1:$port/api/instances?name=demo" >/dev/null
curl -sf -b "$work/jar" -H 'Content-Type: application/json' -d '{"time_limit":60}' \
  "http://127.0.0.1:$port/api/instances/1/solves" >/dev/null
for _ in $(seq 600); do
  curl -sf -b "$work/jar" "http://127.0.0.1:$port/api/solves/1" | grep -q '"status":"finished"' && break
  sleep 0.5
done
cookie="$(awk '$6 == "trainplan_session" { print $7 }' "$work/jar")"

# Logging out or in again would end or replace the session the run uses; login is covered by the route tests.
schemathesis run "http://127.0.0.1:$port/openapi.yaml" \
  --header "Cookie: trainplan_session=$cookie" \
  --checks not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance \
  --exclude-path /api/logout --exclude-path /api/login \
  --max-examples "$examples" --workers 1
