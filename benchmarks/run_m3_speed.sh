#!/bin/sh
# Automatic ETS speed on M3 monthly: Leerpad's whole process (start-up, reading the file, fitting,
# writing the forecasts) against the time statsforecast spends inside AutoETS(...).forecast (point
# forecasts, warmed up, reading excluded; wall and CPU time are printed). Same session, the same
# core ($CPU, default 1), one after the other: Leerpad $RUNS times (default 3), then statsforecast.
# (Running the two at the same time on cores 0 and 1 was tried; the other load on the machine fell
# unevenly on the two cores, so that ratio said more about the neighbours than about the tools.)
# Run from the package root: sh benchmarks/run_m3_speed.sh [ids-file]
set -e
DATA=${DATA:-../shared/data/forecast/m3_monthly.csv}
IDS=${1:+--ids $1}
OUT=${OUT:-benchmarks/results-speed}
PY=${PY:-python3}
RUNS=${RUNS:-3}
CPU=${CPU:-1}
mkdir -p "$OUT"
for i in $(seq "$RUNS"); do
  /usr/bin/time -f "leerpad whole process: %e s wall, %U s user, %S s system, %M KB" \
    taskset -c "$CPU" .build/release/leerpad bench forecast --m3 "$DATA" $IDS --method ets --out "$OUT/leerpad-ets.csv"
done
taskset -c "$CPU" "$PY" benchmarks/anchors_m3.py "$DATA" $IDS --methods ets --out "$OUT"
