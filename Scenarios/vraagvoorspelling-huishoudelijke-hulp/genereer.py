"""Generates aanvragen.csv (fictional data). Run: python3 genereer.py  (numpy required)."""
import numpy as np

rng = np.random.default_rng(2024)
season = np.array([1.12, 0.98, 1.08, 1.02, 0.97, 0.95, 0.86, 0.84, 1.03, 1.10, 1.06, 0.99])
season /= season.mean()
with open("aanvragen.csv", "w", encoding="utf-8-sig", newline="") as f:
    f.write("maand;nieuwe aanvragen\r\n")
    for i in range(120):
        year, month = 2015 + i // 12, i % 12 + 1
        trend = 70 * (1.035 ** (i / 12))  # vergrijzing: ~3,5 % per jaar
        shift = 1.0
        if year >= 2019:  # abonnementstarief per 1-1-2019, ingroei over een half jaar
            shift = 1 + 0.28 * min(1.0, ((year - 2019) * 12 + month) / 6)
        f.write(f"{year}-{month:02d}-01;{int(rng.poisson(trend * shift * season[month - 1]))}\r\n")
