#!/usr/bin/env python3
"""Anchor run: statsforecast AutoETS and AutoTheta on M3 monthly (h = 18), M4 metrics.

Usage (one core, same session as the Leerpad run):
  taskset -c 1 python3 benchmarks/anchors_m3.py ../shared/data/forecast/m3_monthly.csv \
      [--ids ../shared/data/forecast/m3_monthly_sample200_seed0.txt] [--out benchmarks/results]

Writes <out>/statsforecast_{ets,theta,combo}.csv (sn then h values) and prints a table of
sMAPE, MASE, OWA (vs Naive2, M4 definitions) and seconds per series.
"""
import argparse, csv, os, sys, time
import numpy as np
from statsforecast.models import AutoETS, AutoTheta


def read_m3(path, ids=None):
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            if ids is not None and r["sn"] not in ids:
                continue
            m = {"yearly": 1, "quarterly": 4, "monthly": 12}.get(r["kind"], 1)
            rows.append((r["sn"], m, int(r["h"]), np.array(r["x"].split(), float), np.array(r["xx"].split(), float)))
    return rows


def acf(x, k):
    m = x.mean(); d = x - m
    return float((d[k:] * d[:-k]).sum() / (d * d).sum())


def naive2(x, m, h):
    idx = np.ones(m)
    if m > 1 and len(x) >= 3 * m:
        r = [acf(x, k) for k in range(1, m + 1)]
        limit = 1.645 * np.sqrt((1 + 2 * sum(v * v for v in r[:-1])) / len(x))
        if abs(r[-1]) > limit:
            w = np.r_[0.5, np.ones(m - 1), 0.5] / m if m % 2 == 0 else np.ones(m) / m
            tr = np.convolve(x, w, mode="valid"); off = len(w) // 2
            ratio = np.full(len(x), np.nan); ratio[off:off + len(tr)] = x[off:off + len(tr)] / tr
            idx = np.array([np.nanmean(ratio[i::m]) for i in range(m)]); idx /= idx.mean()
    n = len(x)
    adj = x / idx[np.arange(n) % m]
    return adj[-1] * idx[(n + np.arange(h)) % m]


def smape(a, f):
    return float(np.mean(200 * np.abs(a - f) / (np.abs(a) + np.abs(f))))


def mase(x, a, f, m):
    lag = m if len(x) > m else 1
    return float(np.mean(np.abs(a - f)) / np.mean(np.abs(x[lag:] - x[:-lag])))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("m3"); ap.add_argument("--ids"); ap.add_argument("--out", default="benchmarks/results")
    args = ap.parse_args()
    ids = set(open(args.ids).read().split()) if args.ids else None
    data = read_m3(args.m3, ids)
    os.makedirs(args.out, exist_ok=True)
    # warm-up so library loading is not timed
    AutoETS(season_length=12).forecast(data[0][3], 18); AutoTheta(season_length=12).forecast(data[0][3], 18)
    fc = {"naive2": {}, "ets": {}, "theta": {}}
    times = {"ets": 0.0, "theta": 0.0, "naive2": 0.0}
    for sn, m, h, x, xx in data:
        t0 = time.perf_counter(); fc["naive2"][sn] = naive2(x, m, h); times["naive2"] += time.perf_counter() - t0
        t0 = time.perf_counter(); fc["ets"][sn] = AutoETS(season_length=m).forecast(x, h)["mean"]; times["ets"] += time.perf_counter() - t0
        t0 = time.perf_counter(); fc["theta"][sn] = AutoTheta(season_length=m).forecast(x, h)["mean"]; times["theta"] += time.perf_counter() - t0
    fc["combo"] = {sn: (fc["ets"][sn] + fc["theta"][sn]) / 2 for sn in fc["ets"]}
    times["combo"] = times["ets"] + times["theta"]
    scores = {}
    for name, f in fc.items():
        s = np.mean([smape(xx, f[sn]) for sn, m, h, x, xx in data])
        q = np.mean([mase(x, xx, f[sn], m) for sn, m, h, x, xx in data])
        scores[name] = (s, q)
        if name != "naive2":
            with open(os.path.join(args.out, f"statsforecast_{name}.csv"), "w") as out:
                for sn, *_ in data:
                    out.write(sn + "," + ",".join(f"{v:.6f}" for v in f[sn]) + "\n")
    n2 = scores["naive2"]
    print(f"series: {len(data)}")
    print(f"{'method':<22}{'sMAPE':>8}{'MASE':>8}{'OWA':>8}{'s/series':>11}")
    for name, label in [("ets", "statsforecast AutoETS"), ("theta", "statsforecast AutoTheta"),
                        ("combo", "mean(AutoETS,AutoTheta)"), ("naive2", "Naive2 (python)")]:
        s, q = scores[name]
        owa = 0.5 * (s / n2[0] + q / n2[1])
        print(f"{label:<22}{s:8.3f}{q:8.3f}{owa:8.3f}{times[name] / len(data):11.4f}")


if __name__ == "__main__":
    main()
