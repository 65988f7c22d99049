#!/bin/sh
# Automatic ETS speed on M3 monthly: Leerpad's whole process (start-up, reading the file, fitting,
# writing the forecasts) against the time statsforecast spends inside AutoETS(...).forecast (point
# forecasts, warmed up, reading excluded). Both at the same time, one core each (Leerpad core 0,
# statsforecast core 1). Run from the package root: sh benchmarks/run_m3_speed.sh [ids-file]
set -e
DATA=${DATA:-../shared/data/forecast/m3_monthly.csv}
IDS=${1:+--ids $1}
OUT=${OUT:-benchmarks/results-speed}
PY=${PY:-python3}
RUNS=${RUNS:-3}
mkdir -p "$OUT"
for i in $(seq "$RUNS"); do
  (/usr/bin/time -f "leerpad whole process: %e s wall, %U s user, %M KB" \
     taskset -c 0 .build/release/leerpad bench forecast --m3 "$DATA" $IDS --method ets --out "$OUT/leerpad-ets.csv" \
     > "$OUT/leerpad-$i.txt") 2> "$OUT/leerpad-time-$i.txt" &
  taskset -c 1 "$PY" benchmarks/anchors_m3.py "$DATA" $IDS --methods ets --out "$OUT" > "$OUT/statsforecast-$i.txt"
  wait
  echo "== run $i"; cat "$OUT/leerpad-time-$i.txt" "$OUT/leerpad-$i.txt" "$OUT/statsforecast-$i.txt"
done
