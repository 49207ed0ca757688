#!/usr/bin/env bash
# Load benchmark of `trainplan serve` on loopback: school users read their notice page (wrk, from Debian) while a
# generated county solve runs in the same server. Prints wrk's requests/s and latency percentiles, then the
# county solve's result. Usage: bash benchmarks/serve/load.sh [seconds of load, default 20] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
connections="${2:-16}"
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -x .build/release/trainplan ] || swift build -c release --product trainplan
bin=.build/release/trainplan
work="$(mktemp -d)"
port=$((20000 + RANDOM % 10000))
site="http://127.0.0.1:$port"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo 'load-password' | "$bin" user add planner --role planner --data "$work/data" >/dev/null
echo 'load-password' | "$bin" user add school --role school --school S01 --data "$work/data" >/dev/null
"$bin" serve --data "$work/data" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "$site/health" >/dev/null && break; sleep 0.2; done

login() { # user → session cookie value
  curl -sf -c "$work/jar-$1" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"load-password\"}" "$site/api/login" >/dev/null
  awk '$6 == "trainplan_session" { print $7 }' "$work/jar-$1"
}
wait_for() { # solve id → waits until it is over, prints its JSON
  local answer=""
  for _ in $(seq 1200); do
    answer="$(curl -sf -b "$work/jar-planner" "$site/api/solves/$1")"
    echo "$answer" | grep -q '"status":"\(finished\|stopped\|failed\)"' && break
    sleep 0.5
  done
  echo "$answer"
}
planner="$(login planner)"

# The demo term, solved and published: the school's notice exists.
(cd instances && python3 -c "import shutil; shutil.make_archive('$work/demo', 'zip', '.', 'demo-county')")
curl -sf -b "$work/jar-planner" -H 'Content-Type: application/zip' --data-binary "@$work/demo.zip" "$site/api/instances?name=demo" >/dev/null
curl -sf -b "$work/jar-planner" -H 'Content-Type: application/json' -d '{"time_limit":60}' "$site/api/instances/1/solves" >/dev/null
wait_for 1 >/dev/null
curl -sf -b "$work/jar-planner" -X POST -H 'Content-Type: application/json' "$site/api/plans/1/publish" >/dev/null
school="$(login school)"

# A county (~6,500 teachers) solving meanwhile.
python3 benchmarks/generate.py --size county --seed 1 --out "$work/county" >/dev/null
python3 -c "import shutil; shutil.make_archive('$work/county', 'zip', '$work/county')"
curl -sf -b "$work/jar-planner" -H 'Content-Type: application/zip' --data-binary "@$work/county.zip" "$site/api/instances?name=county" >/dev/null
curl -sf -b "$work/jar-planner" -H 'Content-Type: application/json' -d '{"time_limit":60}' "$site/api/instances/2/solves" >/dev/null
for _ in $(seq 600); do
  curl -sf -b "$work/jar-planner" "$site/api/solves/2" | grep -q '"status":"running"' && break
  sleep 0.2
done

echo "== wrk: $connections connections, $seconds s, GET /api/notices/1 as a school user, county solve running"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: trainplan_session=$school" "$site/api/notices/1"
echo "== the county solve (60 s limit)"
wait_for 2 | python3 -c "import json,sys; s=json.load(sys.stdin); print({k: s.get(k) for k in ['status','incumbent','bound','gap','seconds']})"
