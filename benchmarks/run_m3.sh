#!/bin/sh
# Side-by-side M3 monthly benchmark, one core (core 1), same session.
# Run from the package root: sh benchmarks/run_m3.sh [ids-file]
set -e
DATA=${DATA:-../shared/data/forecast/m3_monthly.csv}
IDS=${1:+--ids $1}
OUT=${OUT:-benchmarks/results}
mkdir -p "$OUT"
swift build -j 1 -c release --product leerpad
echo "== Leerpad (release, taskset -c 1)"
taskset -c 1 .build/release/leerpad bench forecast --m3 "$DATA" $IDS --out "$OUT/leerpad.csv"
echo "== statsforecast $(python3 -c 'import statsforecast; print(statsforecast.__version__)') (taskset -c 1)"
taskset -c 1 python3 benchmarks/anchors_m3.py "$DATA" $IDS --out "$OUT"
