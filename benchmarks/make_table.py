#!/usr/bin/env python3
"""Builds the side-by-side routing tables of docs/BENCHMARKS.md from benchmarks/results/*.tsv."""
import csv, os, statistics, sys

here = os.path.join(os.path.dirname(__file__), "results")
rows = {}  # (solver, seconds) -> {instance: gap}
for secs in ("2", "10"):
    path = os.path.join(here, f"leerpad-{secs}s.tsv")
    for line in open(path):
        if line.startswith(("instance", "#")) or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        rows.setdefault(("Leerpad", secs), {})[f[0]] = float(f[3])
    for line in open(os.path.join(here, f"anchors-{secs}s.tsv")):
        if line.startswith(("solver", "#")) or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        name = {"pyvrp": "PyVRP", "vroom": "VROOM", "ortools": "OR-Tools"}[f[0]]
        rows.setdefault((name, secs), {})[f[1]] = float(f[4]) if f[6] == "True" else float("nan")

solvers = ["Leerpad", "PyVRP", "VROOM", "OR-Tools"]
def fam(i): return "X" if i.startswith("X-") else "A/B/P"
print("| solver | A/B/P, 2 s | A/B/P, 10 s | X, 2 s | X, 10 s |")
print("|---|---|---|---|---|")
for s in solvers:
    cells = []
    for family in ("A/B/P", "X"):
        for secs in ("2", "10"):
            g = [v for k, v in rows.get((s, secs), {}).items() if fam(k) == family]
            cells.append(f"{statistics.mean(g):.2f} %" if g else "—")
    print(f"| {s} | {cells[0]} | {cells[1]} | {cells[2]} | {cells[3]} |")
print()
instances = sorted(rows[("Leerpad", "2")])
print("| instance | " + " | ".join(f"{s} 2 s | {s} 10 s" for s in solvers) + " |")
print("|---|" + "---|" * (2 * len(solvers)))
for i in instances:
    cells = []
    for s in solvers:
        for secs in ("2", "10"):
            v = rows.get((s, secs), {}).get(i)
            cells.append("—" if v is None else f"{v:.2f}")
    print(f"| {i} | " + " | ".join(cells) + " |")
