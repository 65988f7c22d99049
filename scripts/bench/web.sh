#!/usr/bin/env bash
# Measures the sign-in and round endpoints of a release build under wrk, beside /health of the
# same server in the same run:  bash scripts/bench/web.sh [SECONDS] [CONNECTIONS]
# Needs wrk (Debian's package) and a release build (swift build -c release --product leerpad).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
connections="${2:-50}"
bin=.build/release/leerpad
[ -x "$bin" ] || swift build -c release --product leerpad
dir="$(mktemp -d)"
port=8097
base="http://127.0.0.1:$port"
password="bench-wachtwoord-1"
LEERPAD_COORDINATOR_PASSWORD="$password" "$bin" serve --port "$port" --db "$dir/db.sqlite" >"$dir/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 100); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.2; done
token=$("$bin" round open Informatievoorziening --instrument quickscan --db "$dir/db.sqlite" --format json |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

# A respondent's draft: its cookie, for the page of the first dimension.
curl -s -c "$dir/jar" "$base/r/$token" >/dev/null
csrf=$(awk '/leerpad_csrf/ {print $7}' "$dir/jar")
curl -s -b "$dir/jar" -c "$dir/jar" --data "role=beleid&csrf=$csrf" "$base/r/$token" >/dev/null
cookies=$(sed 's/^#HttpOnly_//' "$dir/jar" | awk 'NF >= 7 && $1 !~ /^#/ {printf "%s=%s; ", $6, $7}')
answers=$(python3 - "$token" <<'PY'
import json, sys
ids = [f"q{n:02d}" for n in range(1, 18)]
print(json.dumps({"role": "beleid", "answers": {i: 4 for i in ids}}))
PY
)

cat >"$dir/signin.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "leerpad_csrf=$csrf"
wrk.body = "name=coordinator&password=$password&csrf=$csrf"
LUA
cat >"$dir/page.lua" <<LUA
wrk.headers["Cookie"] = "$cookies"
LUA
cat >"$dir/response.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$answers'
LUA

measure() {
    local name="$1"; shift
    local out
    out=$(wrk -t2 -c"${CONNECTIONS:-$connections}" -d"${seconds}s" --timeout 20s --latency "$@" 2>&1)
    [ -z "${DEBUG:-}" ] || echo "$out" >&2
    local rps p50 p99 non2xx
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")
    printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}"
}
echo "| route | req/s | p50 | p99 | non-2xx/3xx |"
echo "|---|---:|---:|---:|---:|"
measure 'GET /health' "$base/health"
measure 'GET /r/{token} (start page)' "$base/r/$token"
measure 'GET /r/{token}/1 (a draft page)' -s "$dir/page.lua" "$base/r/$token/1"
CONNECTIONS=4 measure 'POST /signin (right password, bcrypt cost 12; 4 connections)' -s "$dir/signin.lua" "$base/signin"
measure 'POST /api/r/{token}/responses (30 a minute per address, then 429)' -s "$dir/response.lua" "$base/api/r/$token/responses"
