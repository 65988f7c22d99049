#!/usr/bin/env bash
# The team page and the progress API beside /health of the same server, and the team page while
# 8 route-demo requests run, each under `wrk -t2 -c50`; RUNS runs, then the medians and the
# ratios to /health of the same run:
#
#   bash scripts/bench/web-pages.sh [SECONDS] [RUNS]      (default 10 3)
#
# Release build, a fresh SQLite file with the sample teams of Vlietdam, the log at its default
# (info: one access line per request) to a file. Needs wrk (Debian's package) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
runs="${2:-3}"
bin=.build/release/leerpad
[ -x "$bin" ] || swift build -c release --product leerpad
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
dir="$(mktemp -d)"
port=8098
base="http://127.0.0.1:$port"
LEERPAD_COORDINATOR_PASSWORD="bench-wachtwoord-1" "$bin" serve --port "$port" --db "$dir/db.sqlite" \
    >"$dir/serve.out" 2>"$dir/serve.log" &
server=$!
trap 'touch "$dir/stop"; kill $server 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 150); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.2; done
code=$(awk '/Sample team Afvalbeheer:/ {sub(".*/t/", ""); print; exit}' "$dir/serve.out")
[ -n "$code" ] || { echo "no sample team code in the server's output" >&2; exit 1; }
demo="$base/demos/route?scenario=afvalinzameling-hoeverveld&must=80&optional=60"

# One wrk run: "req/s p50_ms p99_ms errors" on one line.
measure() {
    wrk -t2 -c50 -d"${seconds}s" --timeout 20s --latency "$1" 2>&1 | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: .*timeout (\d+)", text)
print(rps, p50, p99, (int(bad.group(1)) if bad else 0) + (int(errors.group(1)) if errors else 0))'
}

# Keeps 8 route-demo requests running until $dir/stop exists; each status code goes to a file.
demos() {
    rm -f "$dir/stop" "$dir"/demo-*.txt
    for worker in 1 2 3 4 5 6 7 8; do
        (while [ ! -e "$dir/stop" ]; do
            curl -s -o "$dir/demo-page-$worker.html" -w '%{http_code} %{time_total}\n' "$demo" >>"$dir/demo-$worker.txt"
        done) &
    done
    sleep 1
}

: >"$dir/results.txt"
for run in $(seq 1 "$runs"); do
    echo "run $run of $runs" >&2
    echo "health $(measure "$base/health")" >>"$dir/results.txt"
    echo "team $(measure "$base/t/$code")" >>"$dir/results.txt"
    echo "progress $(measure "$base/api/teams/$code/progress")" >>"$dir/results.txt"
    demos
    echo "team-demos $(measure "$base/t/$code")" >>"$dir/results.txt"
    touch "$dir/stop"
    wait $(jobs -p | grep -v "^$server\$") 2>/dev/null || true
    cat "$dir"/demo-*.txt >>"$dir/demo-statuses.txt"
done
python3 - "$dir/results.txt" "$dir/demo-statuses.txt" "$seconds" "$runs" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, *values = line.split()
    rows.setdefault(name, []).append([float(v) for v in values])
def median(name, index):
    return statistics.median(run[index] for run in rows[name])
health_rps, health_p99 = median("health", 0), median("health", 2)
print(f"`bash scripts/bench/web-pages.sh {sys.argv[3]} {sys.argv[4]}` — medians of {sys.argv[4]} runs of wrk -t2 -c50 -d{sys.argv[3]}s")
print()
print("| route | req/s | p50 | p99 | non-2xx/timeouts | req/s ÷ /health | p99 ÷ /health |")
print("|---|---:|---:|---:|---:|---:|---:|")
labels = {
    "health": "`GET /health`", "team": "`GET /t/{code}` (team page)",
    "progress": "`GET /api/teams/{code}/progress`",
    "team-demos": "`GET /t/{code}` while 8 route demos run",
}
for name in ["health", "team", "progress", "team-demos"]:
    rps, p50, p99, bad = (median(name, i) for i in range(4))
    print(f"| {labels[name]} | {rps:,.0f} | {p50:.2f} ms | {p99:.2f} ms | {bad:.0f} | "
          f"{100 * rps / health_rps:.0f} % | {p99 / health_p99:.1f} × |")
statuses = [line.split() for line in open(sys.argv[2]) if line.strip()]
done = [s for s in statuses if s[0] == "200"]
busy = [s for s in statuses if s[0] == "503"]
if statuses:
    seconds = sorted(float(s[1]) for s in done) or [0]
    print()
    print(f"Route demos during those runs: {len(statuses)} answered, {len(done)} × 200 "
          f"(median {statistics.median(seconds):.1f} s, longest {seconds[-1]:.1f} s), {len(busy)} × 503.")
print()
print("Every run per route (req/s p50 p99 errors):")
for name, values in rows.items():
    print(f"- {name}: " + "; ".join(" ".join(f"{v:g}" for v in run) for run in values))
PY
