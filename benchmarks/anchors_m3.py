#!/usr/bin/env python3
"""Anchor run: statsforecast AutoETS and AutoTheta on M3 monthly (h = 18), M4 metrics.

Usage (one core, same session as the Leerpad run):
  taskset -c 1 python3 benchmarks/anchors_m3.py ../shared/data/forecast/m3_monthly.csv \
      [--ids ../shared/data/forecast/m3_monthly_sample200_seed0.txt] [--out benchmarks/results]

Writes <out>/statsforecast_{ets,theta,combo}.csv (sn then h values) and prints a table of
sMAPE, MASE, OWA (vs Naive2, M4 definitions) and seconds per series.

With --level 80 --level 95 the forecasting calls ask for intervals too
(`forecast(y, h, level=[80, 95])`, timed with them), the bounds are written to
statsforecast_{ets,theta}-lo95.csv / -hi95.csv, and coverage and MSIS (M4 definitions) are
printed per level. The combination's row then uses the mean of the two methods' bounds.
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


def msis(x, a, lo, hi, m, level):
    lag = m if len(x) > m else 1
    scale = np.mean(np.abs(x[lag:] - x[:-lag]))
    alpha = 1 - level / 100
    s = (hi - lo) + 2 / alpha * (lo - a) * (a < lo) + 2 / alpha * (a - hi) * (a > hi)
    return float(np.mean(s) / scale) if scale > 0 else None


def write(path, data, f):
    with open(path, "w") as out:
        for sn, *_ in data:
            out.write(sn + "," + ",".join(f"{v:.6f}" for v in f[sn]) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("m3"); ap.add_argument("--ids"); ap.add_argument("--out", default="benchmarks/results")
    ap.add_argument("--level", type=int, action="append", default=[])
    ap.add_argument("--methods", default="ets,theta", help="comma separated subset of ets,theta")
    args = ap.parse_args()
    levels = sorted(args.level)
    wanted = args.methods.split(",")
    ids = set(open(args.ids).read().split()) if args.ids else None
    data = read_m3(args.m3, ids)
    os.makedirs(args.out, exist_ok=True)
    # warm-up so library loading is not timed
    AutoETS(season_length=12).forecast(data[0][3], 18); AutoTheta(season_length=12).forecast(data[0][3], 18)
    if levels:
        AutoETS(season_length=12).forecast(data[0][3], 18, level=levels); AutoTheta(season_length=12).forecast(data[0][3], 18, level=levels)
    fc = {"naive2": {}}
    times = {"naive2": 0.0}
    cpu = {}
    bounds = {}
    models = {"ets": AutoETS, "theta": AutoTheta}
    for name in wanted:
        fc[name] = {}; times[name] = 0.0; cpu[name] = 0.0
        for l in levels:
            bounds[(name, "lo", l)] = {}; bounds[(name, "hi", l)] = {}
    for sn, m, h, x, xx in data:
        t0 = time.perf_counter(); fc["naive2"][sn] = naive2(x, m, h); times["naive2"] += time.perf_counter() - t0
        for name in wanted:
            t0 = time.perf_counter(); c0 = time.process_time()
            r = models[name](season_length=m).forecast(x, h, level=levels) if levels else models[name](season_length=m).forecast(x, h)
            times[name] += time.perf_counter() - t0; cpu[name] += time.process_time() - c0
            fc[name][sn] = r["mean"]
            for l in levels:
                bounds[(name, "lo", l)][sn] = r[f"lo-{l}"]; bounds[(name, "hi", l)][sn] = r[f"hi-{l}"]
    if "ets" in wanted and "theta" in wanted:
        fc["combo"] = {sn: (fc["ets"][sn] + fc["theta"][sn]) / 2 for sn in fc["ets"]}
        times["combo"] = times["ets"] + times["theta"]
        for side in ("lo", "hi"):
            for l in levels:
                bounds[("combo", side, l)] = {sn: (bounds[("ets", side, l)][sn] + bounds[("theta", side, l)][sn]) / 2 for sn in fc["ets"]}
    scores = {}
    for name, f in fc.items():
        s = np.mean([smape(xx, f[sn]) for sn, m, h, x, xx in data])
        q = np.mean([mase(x, xx, f[sn], m) for sn, m, h, x, xx in data])
        scores[name] = (s, q)
        if name != "naive2":
            write(os.path.join(args.out, f"statsforecast_{name}.csv"), data, f)
            for l in levels:
                for side in ("lo", "hi"):
                    write(os.path.join(args.out, f"statsforecast_{name}-{side}{l}.csv"), data, bounds[(name, side, l)])
    n2 = scores["naive2"]
    for name in wanted:
        print(f"{name}: forecasting calls {times[name]:.2f} s wall, {cpu[name]:.2f} s CPU in total")
    print(f"series: {len(data)}")
    header = "".join(f"{'cover' + str(l):>9}{'MSIS' + str(l):>9}" for l in levels)
    print(f"{'method':<24}{'sMAPE':>8}{'MASE':>8}{'OWA':>8}{'s/series':>11}{header}")
    for name, label in [("ets", "statsforecast AutoETS"), ("theta", "statsforecast AutoTheta"),
                        ("combo", "mean(AutoETS,AutoTheta)"), ("naive2", "Naive2 (python)")]:
        if name not in scores:
            continue
        s, q = scores[name]
        owa = 0.5 * (s / n2[0] + q / n2[1])
        cols = ""
        if name != "naive2":
            for l in levels:
                lo, hi = bounds[(name, "lo", l)], bounds[(name, "hi", l)]
                inside = sum(int(((xx >= lo[sn]) & (xx <= hi[sn])).sum()) for sn, m, h, x, xx in data)
                points = sum(len(xx) for *_, xx in data)
                ms = [v for v in (msis(x, xx, lo[sn], hi[sn], m, l) for sn, m, h, x, xx in data) if v is not None]
                cols += f"{100 * inside / points:8.1f}%{np.mean(ms):9.3f}"
        print(f"{label:<24}{s:8.3f}{q:8.3f}{owa:8.3f}{times[name] / len(data):11.4f}{cols}")


if __name__ == "__main__":
    main()
