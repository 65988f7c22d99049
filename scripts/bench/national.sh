#!/usr/bin/env bash
# National scale, for SQLite and PostgreSQL in one run: fills each database with 340
# municipalities × 30 teams and 1,000,000 events (`leerpad bench store`, which also times the
# leaderboard, team reports and dashboard pages), then serves it and measures under wrk, beside
# /health of the same server: a team page, the progress API and the admin's dashboard.
#
#   bash scripts/bench/national.sh [TEAMS] [EVENTS] [SECONDS]     (default 10200 1000000 10)
#
# PostgreSQL: uses $LEERPAD_BENCH_POSTGRES_URL (a server URL whose user may CREATE DATABASE), else
# starts a throwaway cluster with scripts/services/postgres.sh. Needs wrk and a release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
teams="${1:-10200}"
events="${2:-1000000}"
seconds="${3:-10}"
bin=.build/release/leerpad
[ -x "$bin" ] || swift build -c release --product leerpad
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
dir="$(mktemp -d)"
exit_steps=("rm -rf '$dir'")
on_exit() { exit_steps=("$*" "${exit_steps[@]}"); }
run_exit_steps() { for step in "${exit_steps[@]}"; do eval "$step" || true; done; }
trap run_exit_steps EXIT
apt_install() {
    local runner=()
    [ "$(id -u)" -eq 0 ] || runner=(sudo)
    "${runner[@]}" apt-get update -qq && "${runner[@]}" apt-get install -y -qq "$@"
}
if [ -z "${LEERPAD_BENCH_POSTGRES_URL:-}" ]; then
    # shellcheck source=/dev/null
    source scripts/services/postgres.sh
    LEERPAD_BENCH_POSTGRES_URL="$LEERPAD_TEST_POSTGRES_URL"
fi
psql_bin="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | head -1)"
national="leerpad_national_$$"
"$psql_bin" "$LEERPAD_BENCH_POSTGRES_URL" -q -c "CREATE DATABASE $national"
on_exit "'$psql_bin' '$LEERPAD_BENCH_POSTGRES_URL' -q -c 'DROP DATABASE IF EXISTS $national WITH (FORCE)'"
postgres_db="${LEERPAD_BENCH_POSTGRES_URL%/*}/$national"
case "$LEERPAD_BENCH_POSTGRES_URL" in *\?*) postgres_db="$postgres_db?${LEERPAD_BENCH_POSTGRES_URL#*\?}" ;; esac

measure() {
    local name="$1"; shift
    local out rps p50 p99 non2xx
    out=$(wrk -t2 -c50 -d"${seconds}s" --timeout 20s --latency "$@" 2>&1)
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")
    printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

port=8098
for db in "$dir/national.sqlite" "$postgres_db"; do
    kind=SQLite
    [[ "$db" == postgres* ]] && kind=PostgreSQL
    echo "## $kind: $teams teams, $events events"
    "$bin" bench store --municipalities 340 --teams "$teams" --events "$events" --db "$db" | tee "$dir/bench.txt"
    code=$(awk -F'/t/' '/sample team/ {print $2}' "$dir/bench.txt")
    password="bench-wachtwoord-1"
    LEERPAD_COORDINATOR_PASSWORD="$password" "$bin" serve --port "$port" --db "$db" >"$dir/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.2; done
    base="http://127.0.0.1:$port"
    curl -s -c "$dir/jar" "$base/signin" >/dev/null
    csrf=$(awk '/leerpad_csrf/ {print $7}' "$dir/jar")
    curl -s -b "$dir/jar" -c "$dir/jar" --data "name=coordinator&password=$password&csrf=$csrf" "$base/signin" >/dev/null
    cookies=$(sed 's/^#HttpOnly_//' "$dir/jar" | awk 'NF >= 7 && $1 !~ /^#/ {printf "%s=%s; ", $6, $7}')
    printf 'wrk.headers["Cookie"] = "%s"\n' "$cookies" >"$dir/cookie.lua"
    curl -s -o /dev/null -w 'first dashboard: %{http_code} in %{time_total} s\n' -b "$dir/jar" "$base/coordinator"
    echo "| route | req/s | p50 | p99 | non-2xx/3xx |"
    echo "|---|---:|---:|---:|---:|"
    measure 'GET /health' "$base/health"
    measure 'GET /t/{code} (team page)' "$base/t/$code"
    measure 'GET /api/teams/{code}/progress' "$base/api/teams/$code/progress"
    measure 'GET /coordinator (admin dashboard, page 1 of all)' -s "$dir/cookie.lua" "$base/coordinator"
    measure 'GET /coordinator?gemeente=Gemeente%207 (one municipality)' -s "$dir/cookie.lua" "$base/coordinator?gemeente=Gemeente%207"
    kill "$server"
    wait "$server" 2>/dev/null || true
done
