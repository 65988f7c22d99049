#!/usr/bin/env python3
"""Streaming catalogue validation, Leerpad against xmllint, measured together.

Usage (from the package root, after `swift build -c release --product leerpad`):
  python3 benchmarks/stream_vs_xmllint.py /tmp/catalogue-10k.xml /tmp/catalogue-50k.xml [--runs 5] [--cpu 1]

For each file the two commands run alternately (`leerpad catalogue validate FILE --stream` and
`xmllint --noout --stream --schema Content/schema/catalogue.xsd FILE`), `--runs` times each, pinned to
one core with taskset when --cpu is given. Prints per run and the medians of wall time and peak
resident set size (from wait4's rusage), the median CPU time (user + system, which load on a
shared machine disturbs less than wall time), and the ratios of the medians.
"""
import argparse, os, statistics, subprocess, time


def measure(cmd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    err = p.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {err}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime  # s, MiB, CPU s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cpu", type=int)
    ap.add_argument("--leerpad", default=".build/release/leerpad")
    ap.add_argument("--schema", default="Content/schema/catalogue.xsd")
    args = ap.parse_args()
    pin = ["taskset", "-c", str(args.cpu)] if args.cpu is not None else []
    tools = {
        "leerpad --stream": lambda f: pin + [args.leerpad, "catalogue", "validate", f, "--stream"],
        "xmllint --stream": lambda f: pin + ["xmllint", "--noout", "--stream", "--schema", args.schema, f],
    }
    print(f"{'file':<22}{'tool':<18}{'wall per run (s)':<40}{'median s':>9}{'median MiB':>11}{'CPU s':>8}")
    for f in args.files:
        results = {name: [] for name in tools}
        for _ in range(args.runs):
            for name, cmd in tools.items():
                results[name].append(measure(cmd(f)))
        med = {}
        for name, runs in results.items():
            walls = [w for w, _, _ in runs]
            rss = [r for _, r, _ in runs]
            cpu = [c for _, _, c in runs]
            med[name] = (statistics.median(walls), statistics.median(rss), statistics.median(cpu))
            shown = " ".join(f"{w:.2f}" for w in walls)
            m = med[name]
            print(f"{os.path.basename(f):<22}{name:<18}{shown:<40}{m[0]:9.3f}{m[1]:11.1f}{m[2]:8.3f}")
        a, b = med["leerpad --stream"], med["xmllint --stream"]
        print(f"{os.path.basename(f):<22}{'ratio':<18}{'':<40}{a[0] / b[0]:9.2f}{a[1] / b[1]:11.2f}{a[2] / b[2]:8.2f}")


if __name__ == "__main__":
    main()
