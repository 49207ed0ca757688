#!/usr/bin/env python3
"""Run the trainplan benchmark suite: every instance, every peer, the same time limit.

    python3 benchmarks/run.py                                   # township, district, county; all peers; 60 s
    python3 benchmarks/run.py --sizes township --cflp cap41,cap71 --time-limit 30
    python3 benchmarks/run.py --sizes "" --cflp all --peers trainplan,highs
    python3 benchmarks/run.py --sizes county,city --peers trainplan,highs,greedy   # city gets 600 s
    options: --seed 1, --gap 1e-4 (generated instances), --cflp-gap 1e-8 (CFLP: the published
             optimum is checked to 1e-6), --city-time-limit 600 (the issue's city goal is 600 s),
             --naive-max-teachers 10000 (larger instances skip the per-teacher model), --no-readme

Builds trainplan in release mode once, generates instances into benchmarks/generated/ and converts
the OR-Library CFLP files into benchmarks/cflp/, runs the peers (see peers.py), checks every plan
trainplan writes with `trainplan check`, writes benchmarks/results/<date>-<host>.json and regenerates
the results table in benchmarks/README.md. Installs what is missing: `time` and `glpk-utils` (apt),
`highspy` (pip).
"""
from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cflp_to_instance  # noqa: E402
import measure  # noqa: E402
import peers as P  # noqa: E402
import results_table  # noqa: E402

PEERS = ("trainplan", "highs", "naive", "greedy")
SIZES = ("township", "district", "county", "city")


def ensure_tools(peers: list[str]) -> None:
    """Installs the programs the chosen peers need, with the system's own package managers."""
    apt = [package for package, program, wanted in (("time", "/usr/bin/time", True),
                                                     ("glpk-utils", "glpsol", "naive" in peers))
           if wanted and shutil.which(program) is None]
    if apt:
        print(f"installing {' '.join(apt)} (apt)", flush=True)
        subprocess.run(["apt-get", "install", "-y", *apt], check=True)
    if "highs" in peers and importlib.util.find_spec("highspy") is None:
        print("installing highspy (pip)", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "highspy"], check=True)


def build_trainplan() -> str:
    """`swift build -c release` once; returns the binary's path."""
    print("building trainplan (release)", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "trainplan"], cwd=REPO, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "trainplan")


def generated_instances(sizes: list[str], seed: int) -> list[dict]:
    instances = []
    for size in sizes:
        folder = os.path.join(HERE, "generated", f"{size}-s{seed}")
        # generate.py is deterministic: an existing folder is the same instance.
        if not os.path.exists(os.path.join(folder, "instance.toml")):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--size", size, "--seed", str(seed),
                            "--out", folder], check=True)
        instances.append({"name": f"{size}-s{seed}", "kind": "generated", "path": folder})
    return instances


def cflp_instances(names: list[str]) -> list[dict]:
    if not names:
        return []
    converter = os.path.join(HERE, "cflp_to_instance.py")
    arguments = ["--all"] if names == ["all"] else names
    subprocess.run([sys.executable, converter, *arguments], check=True, stdout=subprocess.DEVNULL)
    if names == ["all"]:
        names = cflp_to_instance.ALL
    instances = []
    for name in names:
        folder = os.path.join(HERE, "cflp", name)
        published = open(os.path.join(folder, "published_optimum.txt")).read().strip()
        instances.append({"name": name, "kind": "cflp", "path": folder,
                          "published_optimum": float(published) if published else None})
    return instances


def teacher_count(folder: str) -> int:
    with open(os.path.join(folder, "teachers.csv"), encoding="utf-8-sig", errors="replace") as f:
        return sum(1 for _ in f) - 1


def run_instance(binary: str, instance: dict, peers: list[str], time_limit: float, gap: float,
                 naive_max_teachers: int) -> dict:
    work = os.path.join(HERE, "results", "tmp", instance["name"])
    shutil.rmtree(work, ignore_errors=True)
    record = dict(instance, teachers=teacher_count(instance["path"]), gap_requested=gap, time_limit=time_limit,
                  model={}, runs={})
    path = instance["path"]

    def step(peer: str) -> str:
        folder = os.path.join(work, peer)
        os.makedirs(folder, exist_ok=True)
        print(f"  {instance['name']}: {peer}", flush=True)
        return folder

    # Both exports run whatever the peers: their sizes are the "before and after aggregation" columns.
    # Not the naive CFLP models: 58,268 teachers × up to 50 sites make ~3 M columns, 26 s and 1 GB to export
    # each, and GLPK does not finish their root LP in any time limit used here.
    aggregated = P.export_model(binary, path, os.path.join(work, "export-aggregated"), naive=False)
    # Nor above `naive_max_teachers`: a city's per-teacher model is about 5 M columns.
    skip_naive = instance["kind"] == "cflp" or record["teachers"] > naive_max_teachers
    naive = {"mps": None} if skip_naive else P.export_model(binary, path, os.path.join(work, "export-naive"), naive=True)
    record["model"] = {"aggregated": {k: v for k, v in aggregated.items() if k != "mps"},
                       "naive": {k: v for k, v in naive.items() if k != "mps"}}
    if "trainplan" in peers:
        record["runs"]["trainplan"] = P.run_trainplan(binary, path, step("trainplan"), time_limit, gap)
    if "highs" in peers and aggregated["mps"]:
        run = P.run_highs(aggregated["mps"], step("highs"), time_limit, gap)
        record["runs"]["highs"] = run | {"build_seconds": aggregated["export_seconds"]}
    if "naive" in peers and naive["mps"]:
        run = P.run_glpsol(naive["mps"], step("naive"), time_limit, gap)
        record["runs"]["naive"] = run | {"build_seconds": naive["export_seconds"]}
    if "greedy" in peers:
        record["runs"]["greedy"] = P.run_greedy(binary, path, step("greedy"))
    add_comparisons(record)
    # MPS files of large instances run to gigabytes; the results keep everything needed.
    for export in (aggregated, naive):
        if export.get("mps") and os.path.exists(export["mps"]):
            os.remove(export["mps"])
    return record


def add_comparisons(record: dict) -> None:
    """Best bound over all peers, each objective's distance to it, and for CFLP the published check."""
    runs = record["runs"]
    bounds = [run["bound"] for run in runs.values() if run.get("bound") is not None]
    record["best_bound"] = max(bounds) if bounds else None
    for run in runs.values():
        run["gap_to_best_bound"] = P.spec_gap(run.get("objective"), record["best_bound"])
        published = record.get("published_optimum")
        if published and run.get("objective") is not None:
            run["published_error"] = abs(run["objective"] - published) / published
            run["reaches_published_optimum"] = run["published_error"] <= 1e-6
    trainplan, highs = runs.get("trainplan"), runs.get("highs")
    if trainplan and highs and highs.get("gap") is not None and trainplan.get("progress"):
        # HiGHS stops anywhere below the requested gap; reaching that gap is reaching what HiGHS reached.
        target = max(highs["gap"], record["gap_requested"])
        reached = [t for t, incumbent, bound in trainplan["progress"] if P.spec_gap(incumbent, bound) <= target]
        trainplan["seconds_to_highs_gap"] = reached[0] if reached else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="township,district,county", help="comma list of " + ", ".join(SIZES))
    parser.add_argument("--cflp", default="", help="comma list of cap41 … cap134, or 'all'")
    parser.add_argument("--time-limit", type=float, default=60)
    parser.add_argument("--city-time-limit", type=float, default=600)
    parser.add_argument("--naive-max-teachers", type=int, default=10_000)
    parser.add_argument("--peers", default=",".join(PEERS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gap", type=float, default=1e-4)
    parser.add_argument("--cflp-gap", type=float, default=1e-8)
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args()
    sizes = [s for s in args.sizes.split(",") if s]
    peers = [p for p in args.peers.split(",") if p]
    cflp = [c for c in args.cflp.split(",") if c]
    unknown = [s for s in sizes if s not in SIZES] + [p for p in peers if p not in PEERS]
    if unknown:
        parser.error("unknown: " + ", ".join(unknown))

    ensure_tools(peers)
    binary = build_trainplan()
    instances = generated_instances(sizes, args.seed) + cflp_instances(cflp)
    now = datetime.datetime.now().astimezone()
    machine = measure.machine()
    results = {
        "date": now.isoformat(timespec="seconds"), "machine": machine, "time_limit": args.time_limit,
        "city_time_limit": args.city_time_limit, "gap": args.gap, "cflp_gap": args.cflp_gap, "peers": peers,
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                 text=True).stdout.strip(),
        "instances": [],
    }
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    out = os.path.join(HERE, "results", f"{now:%Y-%m-%d}-{machine['host']}.json")
    for instance in instances:
        gap = args.cflp_gap if instance["kind"] == "cflp" else args.gap
        limit = args.city_time_limit if instance["name"].startswith("city-") else args.time_limit
        results["instances"].append(run_instance(binary, instance, peers, limit, gap, args.naive_max_teachers))
        # Written after every instance, so an interrupted run keeps what it measured.
        with open(out, "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False, indent=1)
    print(f"results: {out}")
    if not args.no_readme:
        results_table.update_readme(os.path.join(HERE, "README.md"), results, os.path.relpath(out, HERE))
        print("table: benchmarks/README.md")


if __name__ == "__main__":
    main()
