#!/bin/sh
# Prediction intervals on M3 monthly (h = 18), Leerpad and statsforecast side by side in one run:
# Leerpad on core 0, statsforecast on core 1, at the same time. Prints sMAPE, MASE, OWA and
# coverage / MSIS at 80 and 95 %; writes F.csv, F-lo95.csv, F-hi95.csv, … to $OUT.
# Run from the package root: sh benchmarks/run_m3_intervals.sh [ids-file]
set -e
DATA=${DATA:-../shared/data/forecast/m3_monthly.csv}
IDS=${1:+--ids $1}
OUT=${OUT:-benchmarks/results-intervals}
PY=${PY:-python3}
CALIBRATION=${CALIBRATION:-rolling}
mkdir -p "$OUT"
taskset -c 0 .build/release/leerpad bench forecast --m3 "$DATA" $IDS --level 80 --level 95 \
  --calibration "$CALIBRATION" --out "$OUT/leerpad.csv" > "$OUT/leerpad.txt" &
taskset -c 1 "$PY" benchmarks/anchors_m3.py "$DATA" $IDS --level 80 --level 95 --out "$OUT" > "$OUT/statsforecast.txt"
wait
echo "== Leerpad (calibration: $CALIBRATION)"; cat "$OUT/leerpad.txt"
echo "== statsforecast"; cat "$OUT/statsforecast.txt"
