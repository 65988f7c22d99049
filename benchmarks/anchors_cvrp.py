#!/usr/bin/env python3
"""Side-by-side anchors for BENCHMARKS-routing.md: PyVRP, VROOM and OR-Tools on CVRPLIB files.

Usage (one core each, as in shared/docs/anchors.md):
    taskset -c 1 python benchmarks/anchors_cvrp.py --instances ../shared/data/cvrp --seconds 2 \
        --solvers pyvrp,vroom,ortools > anchors-2s.tsv

Prints one tab-separated line per (solver, instance): solver, instance, cost, best-known,
gap %, seconds, feasible; then mean gaps per family (A/B/P vs X).
Distances are CVRPLIB's: Euclidean rounded to the nearest integer; fleet unlimited
(VROOM and OR-Tools get enough vehicles: the k in the instance name plus 50 %).
"""
import argparse
import math
import os
import sys
import time
from datetime import timedelta

import numpy as np
import vrplib


def load(path):
    inst = vrplib.read_instance(path)
    coords = np.asarray(inst["node_coord"], dtype=float)
    diff = coords[:, None, :] - coords[None, :, :]
    dist = np.floor(np.sqrt((diff ** 2).sum(-1)) + 0.5).astype(int)
    demand = np.asarray(inst["demand"], dtype=int)
    cap = int(inst["capacity"])
    name = os.path.basename(path)[:-4]
    k = int(name.split("-k")[-1])
    vehicles = max(k, math.ceil(demand.sum() / cap)) * 3 // 2 + 1
    return name, dist, demand, cap, vehicles


def check(routes, dist, demand, cap):
    n = len(demand)
    seen = sorted(c for r in routes for c in r)
    ok = seen == list(range(1, n)) and all(sum(demand[c] for c in r) <= cap for r in routes)
    cost = 0
    for r in routes:
        path = [0] + list(r) + [0]
        cost += sum(int(dist[a, b]) for a, b in zip(path, path[1:]))
    return cost, ok


def run_pyvrp(path, seconds, seed):
    import pyvrp
    from pyvrp.stop import MaxRuntime
    data = pyvrp.read(path, round_func="round")
    res = pyvrp.solve(data, stop=MaxRuntime(seconds), seed=seed, display=False)
    routes = [[int(a.idx) for a in r if a.is_client()] for r in res.best.routes()]
    return routes, int(res.best.distance())


def run_vroom(name, dist, demand, cap, vehicles, seconds):
    import vroom
    problem = vroom.Input()
    problem.set_durations_matrix(profile="car", matrix_input=dist.tolist())
    for v in range(vehicles):
        problem.add_vehicle(vroom.Vehicle(id=v + 1, start=0, end=0, capacity=[cap]))
    for c in range(1, len(demand)):
        problem.add_job(vroom.Job(id=c, location=c, delivery=[int(demand[c])]))
    sol = problem.solve(exploration_level=5, nb_threads=1, timeout=timedelta(seconds=seconds))
    routes = []
    df = sol.routes
    for vid, group in df.groupby("vehicle_id", sort=False):
        jobs = [int(j) for j, t in zip(group["id"], group["type"]) if t == "job"]
        if jobs:
            routes.append(jobs)
    return routes


def run_ortools(dist, demand, cap, vehicles, seconds):
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2
    n = len(demand)
    manager = pywrapcp.RoutingIndexManager(n, vehicles, 0)
    routing = pywrapcp.RoutingModel(manager)
    d = dist.tolist()
    transit = routing.RegisterTransitCallback(
        lambda i, j: d[manager.IndexToNode(i)][manager.IndexToNode(j)])
    routing.SetArcCostEvaluatorOfAllVehicles(transit)
    dem = demand.tolist()
    demand_cb = routing.RegisterUnaryTransitCallback(lambda i: dem[manager.IndexToNode(i)])
    routing.AddDimensionWithVehicleCapacity(demand_cb, 0, [cap] * vehicles, True, "Capacity")
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(int(seconds * 1000))
    sol = routing.SolveWithParameters(params)
    routes = []
    if sol is None:
        return routes
    for v in range(vehicles):
        idx = routing.Start(v)
        r = []
        while not routing.IsEnd(idx):
            node = manager.IndexToNode(idx)
            if node != 0:
                r.append(node)
            idx = sol.Value(routing.NextVar(idx))
        if r:
            routes.append(r)
    return routes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--instances", required=True)
    ap.add_argument("--seconds", type=float, required=True)
    ap.add_argument("--solvers", default="pyvrp,vroom,ortools")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default="", help="substring filter on instance names")
    args = ap.parse_args()
    files = sorted(f for f in os.listdir(args.instances) if f.endswith(".vrp") and args.only in f)
    gaps = {}
    print("solver\tinstance\tcost\tbest_known\tgap_pct\tseconds\tfeasible", flush=True)
    for solver in args.solvers.split(","):
        for f in files:
            path = os.path.join(args.instances, f)
            name, dist, demand, cap, vehicles = load(path)
            bks = vrplib.read_solution(path[:-4] + ".sol")["cost"]
            t0 = time.perf_counter()
            if solver == "pyvrp":
                routes, reported = run_pyvrp(path, args.seconds, args.seed)
                if check(routes, dist, demand, cap)[0] != reported:  # client-relative indices
                    routes = [[c + 1 for c in r] for r in routes]
            elif solver == "vroom":
                routes = run_vroom(name, dist, demand, cap, vehicles, args.seconds)
            elif solver == "ortools":
                routes = run_ortools(dist, demand, cap, vehicles, args.seconds)
            else:
                sys.exit(f"unknown solver {solver}")
            secs = time.perf_counter() - t0
            cost, ok = check(routes, dist, demand, cap)
            gap = 100.0 * (cost - bks) / bks
            family = "X" if name.startswith("X-") else "A/B/P"
            gaps.setdefault((solver, family), []).append(gap if ok else float("nan"))
            print(f"{solver}\t{name}\t{cost}\t{bks}\t{gap:.2f}\t{secs:.2f}\t{ok}", flush=True)
    for (solver, family), g in sorted(gaps.items()):
        print(f"# mean gap {solver} {family} {args.seconds:g}s: {np.mean(g):.2f} % over {len(g)}", flush=True)


if __name__ == "__main__":
    main()
