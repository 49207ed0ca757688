#!/usr/bin/env python3
"""Run the trainplan benchmark suite (benchmarks/suite.toml): every instance, every peer, each class's
time limit, and the issue's goals checked per instance.

    python3 benchmarks/run.py                                    # every class but the optional city; all peers
    python3 benchmarks/run.py --classes all --cflp all           # the whole suite with city, and OR-Library CFLP
    python3 benchmarks/run.py --instances township-s1,district-a --time-limit 20 --no-readme
    python3 benchmarks/run.py --classes "" --cflp all --peers trainplan,highs
    options: --suite FILE (default benchmarks/suite.toml), --classes (comma list or all; optional classes
             such as city run only when named), --instances (comma list of suite names; replaces --classes),
             --trainplan BINARY (or $TRAINPLAN; default: build with swift), --time-limit S (replaces every
             class's limit, for smoke tests), --gap 1e-4, --cflp-gap 1e-8, --cflp-time-limit 60,
             --naive-max-teachers 10000, --no-seat-check, --no-readme

Generates the suite's instances into benchmarks/generated/ (generate.py is deterministic: an existing
folder is the same instance) and converts the OR-Library CFLP files into benchmarks/cflp/, runs the peers
(see peers.py), checks every plan trainplan writes with `trainplan check`, solves the seat-filling problem
with HiGHS (the fewest seats any plan must leave short), writes benchmarks/results/<date>-<host>.json after
every instance and regenerates the results tables in benchmarks/README.md. Installs what is missing:
`time` and `glpk-utils` (apt), `highspy` (pip).
"""
from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import math
import os
import shutil
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cflp_to_instance  # noqa: E402
import measure  # noqa: E402
import peers as P  # noqa: E402
import results_table  # noqa: E402

PEERS = ("trainplan", "highs", "naive", "greedy")
# A run counts as "within the time limit" up to this many seconds past it: loading the instance and writing
# the plan are outside the solver's limit.
WALL_SLACK = 5.0
# The goal: trainplan reaches HiGHS's final gap in at most this share of HiGHS's time.
HIGHS_TIME_SHARE = 0.5
# The seat-filling solve decides whether a plan's short seats are avoidable ("check it against HiGHS given
# long enough"): it gets this many times the solvers' limit. It stops as soon as its bound proves its plan
# (county-a's 9 seats in 29 s); county-tight-quotas-s1's 36 took HiGHS 127 s, more than one 60 s limit.
SEAT_CHECK_FACTOR = 5.0


def ensure_tools(peers: list[str], seat_check: bool) -> None:
    """Installs the programs the chosen peers need, with the system's own package managers."""
    apt = [package for package, program, wanted in (("time", "/usr/bin/time", True),
                                                     ("glpk-utils", "glpsol", "naive" in peers))
           if wanted and shutil.which(program) is None]
    if apt:
        print(f"installing {' '.join(apt)} (apt)", flush=True)
        subprocess.run(["apt-get", "install", "-y", *apt], check=True)
    if ("highs" in peers or seat_check) and importlib.util.find_spec("highspy") is None:
        print("installing highspy (pip)", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "highspy"], check=True)


def trainplan_binary(given: str | None) -> str:
    """The binary to measure: --trainplan or $TRAINPLAN, else `swift build -c release` once."""
    if given:
        if not os.access(given, os.X_OK):
            raise SystemExit(f"{given}: not an executable")
        return os.path.abspath(given)
    print("building trainplan (release)", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "trainplan"], cwd=REPO, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "trainplan")


def load_suite(path: str) -> tuple[dict, list[dict]]:
    """The suite's classes and instances, checked: every instance has a known class and exactly one of
    `generate` and `path`; names are unique."""
    with open(path, "rb") as f:
        suite = tomllib.load(f)
    classes, instances = suite.get("classes", {}), suite.get("instance", [])
    errors, names = [], set()
    for entry in instances:
        name = entry.get("name")
        if not name or name in names:
            errors.append(f"missing or repeated name: {entry}")
        names.add(name)
        if entry.get("class") not in classes:
            errors.append(f"{name}: unknown class {entry.get('class')!r}")
        if ("generate" in entry) == ("path" in entry):
            errors.append(f"{name}: give exactly one of generate and path")
    for name, spec in classes.items():
        if not spec.get("time_limit", 0) > 0 or not 0 <= spec.get("goal_gap", -1) < 1:
            errors.append(f"class {name}: time_limit > 0 and goal_gap in [0, 1) required")
    if errors:
        raise SystemExit(f"{path}:\n  " + "\n  ".join(errors))
    return classes, instances


def select(classes: dict, instances: list[dict], class_list: str | None, names: str | None) -> list[dict]:
    """The instances named, else those of the classes listed ("all": every class), else those of every class
    the suite does not mark optional."""
    if names is not None:
        wanted = [n for n in names.split(",") if n]
        known = {entry["name"] for entry in instances}
        unknown = [n for n in wanted if n not in known]
        if unknown:
            raise SystemExit("not in the suite: " + ", ".join(unknown))
        return [entry for entry in instances if entry["name"] in wanted]
    if class_list is None:
        chosen = {name for name, spec in classes.items() if not spec.get("optional", False)}
    elif class_list == "all":
        chosen = set(classes)
    else:
        chosen = {c for c in class_list.split(",") if c}
        unknown = chosen - set(classes)
        if unknown:
            raise SystemExit("unknown classes: " + ", ".join(sorted(unknown)))
    return [entry for entry in instances if entry["class"] in chosen]


def prepare(entry: dict) -> dict:
    """The instance's folder: generated on first use, or the suite's path (relative to the repository)."""
    if "path" in entry:
        folder = os.path.normpath(os.path.join(REPO, entry["path"]))
        return {"name": entry["name"], "class": entry["class"], "kind": "folder", "path": folder,
                "source": entry["path"]}
    arguments = entry["generate"]
    folder = os.path.join(HERE, "generated", entry["name"])
    argv = ["--size", arguments["size"], "--seed", str(arguments["seed"])]
    if arguments.get("variant"):
        argv += ["--variant", arguments["variant"]]
    if not os.path.exists(os.path.join(folder, "instance.toml")):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), *argv, "--out", folder], check=True)
    return {"name": entry["name"], "class": entry["class"], "kind": "generated", "path": folder,
            "source": "generate.py " + " ".join(argv)}


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
        instances.append({"name": name, "class": "cflp", "kind": "cflp", "path": folder,
                          "source": "cflp_to_instance.py " + name,
                          "published_optimum": float(published) if published else None})
    return instances


def teacher_count(folder: str) -> int:
    with open(os.path.join(folder, "teachers.csv"), encoding="utf-8-sig", errors="replace") as f:
        return sum(1 for _ in f) - 1


def run_instance(binary: str, instance: dict, peers: list[str], time_limit: float, gap: float,
                 naive_max_teachers: int, seat_check: bool, starts: bool, seat_time_limit: float) -> dict:
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

    # The greedy plan is HiGHS's starting solution, so it runs first whenever HiGHS runs.
    greedy_plan = None
    if "greedy" in peers or "highs" in peers or seat_check:
        folder = step("greedy")
        greedy = P.run_greedy(binary, path, folder)
        if "greedy" in peers:
            record["runs"]["greedy"] = greedy
        if greedy.get("check") == "pass":
            greedy_plan = os.path.join(folder, "plan")
            record["greedy_objective"] = greedy.get("objective")
    # Both exports run whatever the peers: their sizes are the "before and after aggregation" columns.
    # Not the naive CFLP models: 58,268 teachers × up to 50 sites make ~3 M columns, 26 s and 1 GB to export
    # each, and GLPK does not finish their root LP in any time limit used here.
    aggregated = P.export_model(binary, path, os.path.join(work, "export-aggregated"), naive=False,
                                start_plan=greedy_plan if starts else None)
    # Nor above `naive_max_teachers`: a city's per-teacher model is about 5 M columns.
    skip_naive = instance["kind"] == "cflp" or record["teachers"] > naive_max_teachers
    naive = {"mps": None} if skip_naive else P.export_model(binary, path, os.path.join(work, "export-naive"), naive=True)
    record["model"] = {"aggregated": {k: v for k, v in aggregated.items() if k not in ("mps", "start")},
                       "naive": {k: v for k, v in naive.items() if k not in ("mps", "start")}}
    record["highs_start"] = ("greedy plan" if aggregated.get("start") else
                             "none: trainplan export lacks --start-plan/--start-out" if not starts else
                             "none: no checked greedy plan")
    if "trainplan" in peers:
        record["runs"]["trainplan"] = P.run_trainplan(binary, path, step("trainplan"), time_limit, gap)
    if "highs" in peers and aggregated["mps"]:
        run = P.run_highs(aggregated["mps"], step("highs"), time_limit, gap, start=aggregated.get("start"))
        record["runs"]["highs"] = run | {"build_seconds": aggregated["export_seconds"]}
    if "naive" in peers and naive["mps"]:
        run = P.run_glpsol(naive["mps"], step("naive"), time_limit, gap)
        record["runs"]["naive"] = run | {"build_seconds": naive["export_seconds"]}
    # Needed only when every plan leaves seats short: a plan that fills every seat settles every verdict.
    shorts = [run["short_seats"] for run in record["runs"].values() if run.get("short_seats") is not None]
    if greedy_plan and greedy.get("short_seats") is not None:
        shorts.append(greedy["short_seats"])
    if seat_check and aggregated["mps"] and shorts and min(shorts) > 1e-6:
        folder = step("seat-check")
        # Started from trainplan's plan when it leaves fewer seats short than the greedy plan: the solve then
        # only has to do better than the plan under test.
        plan, start = trainplan_plan(record, work), aggregated.get("start")
        if starts and plan:
            export = P.export_model(binary, path, folder, naive=False, start_plan=plan)
            start = export.get("start") or start
            if export.get("mps"):
                os.remove(export["mps"])
        record["seat_check"] = P.run_highs(aggregated["mps"], folder, seat_time_limit, gap, start=start, objective="seats")
    add_comparisons(record)
    # MPS files of large instances run to gigabytes; the results keep everything needed.
    for export in (aggregated, naive):
        if export.get("mps") and os.path.exists(export["mps"]):
            os.remove(export["mps"])
    return record


def trainplan_plan(record: dict, work: str) -> str | None:
    """trainplan's plan folder when it passed the check and leaves fewer seats short than the greedy plan."""
    trainplan, greedy = record["runs"].get("trainplan", {}), record["runs"].get("greedy", {})
    if trainplan.get("check") != "pass" or trainplan.get("short_seats") is None:
        return None
    if greedy.get("short_seats") is not None and greedy["short_seats"] <= trainplan["short_seats"]:
        return None
    return os.path.join(work, "trainplan", "plan")


def seat_verdict(short: float | None, fewest_found: tuple[float, str] | None, fewest_bound: float | None) -> str | None:
    """Whether a plan's short seats are shown avoidable: by a plan with fewer (the seat-filling solve's or any
    peer's), or not proven unavoidable by the seat-filling bound."""
    if short is None:
        return None
    if short <= 1e-6:
        return "ok"
    if fewest_found is None and fewest_bound is None:
        return "unchecked: the seat-filling solve found no plan and no bound"
    if fewest_found is not None and short > fewest_found[0] + 1e-6:
        return f"avoidable: {short - fewest_found[0]:g} seats ({fewest_found[1]} leaves {fewest_found[0]:g} short)"
    if fewest_bound is None or short > math.ceil(fewest_bound - 1e-6):
        proven = 0 if fewest_bound is None else math.ceil(fewest_bound - 1e-6)
        return f"not proven: bound proves {proven:g} of {short:g} unavoidable"
    return "ok"


def add_comparisons(record: dict) -> None:
    """Best bound over all peers, each objective's distance to it, the seat check, the time to HiGHS's
    final gap and, for CFLP, the published optimum."""
    runs = record["runs"]
    bounds = [run["bound"] for run in runs.values() if run.get("bound") is not None]
    record["best_bound"] = max(bounds) if bounds else None
    for run in runs.values():
        run["gap_to_best_bound"] = P.spec_gap(run.get("objective"), record["best_bound"])
        published = record.get("published_optimum")
        if published and run.get("objective") is not None:
            run["published_error"] = abs(run["objective"] - published) / published
            run["reaches_published_optimum"] = run["published_error"] <= 1e-6
    seats = record.get("seat_check", {})
    # A plan's short seats are fillable as soon as any plan fills them: trainplan's and greedy's when checked,
    # the solvers' own solutions of the same model, the seat-filling solve's.
    found = [(run["short_seats"], peer) for peer, run in runs.items()
             if run.get("short_seats") is not None and run.get("check", "pass") == "pass"]
    if seats.get("short_seats") is not None:
        found.append((seats["short_seats"], "the seat-filling solve"))
    record["fewest_short_seats"] = min(found) if found else None
    record["fewest_short_seats_bound"] = seats.get("bound")
    for run in runs.values():
        run["seat_verdict"] = seat_verdict(run.get("short_seats"), record["fewest_short_seats"],
                                           record["fewest_short_seats_bound"])
    start = runs.get("highs", {}).get("start") or {}
    if start.get("objective") is not None and record.get("greedy_objective") is not None:
        # The start is the greedy plan mapped onto the model's columns. The grouped model credits a group's
        # priority reward to its most-behind teachers first (the decoder seats those), so it values the greedy
        # plan's counts at most at the plan's own SPEC objective; above it, the model would have a cost the
        # SPEC lacks.
        greedy = record["greedy_objective"]
        record["highs_start_within_greedy"] = start["objective"] <= greedy + 1e-6 * max(1.0, abs(greedy))
    trainplan, highs = runs.get("trainplan"), runs.get("highs")
    for key in ("seconds_to_highs_gap", "highs_reference_seconds", "share_of_highs_time"):
        (trainplan or {}).pop(key, None)
    if trainplan and highs and highs.get("gap") is not None and trainplan.get("progress"):
        # HiGHS stops anywhere below the requested gap; reaching that gap is reaching what HiGHS reached.
        target = max(highs["gap"], record["gap_requested"])
        reached = [t for t, incumbent, bound in trainplan["progress"] if P.spec_gap(incumbent, bound) <= target]
        trainplan["seconds_to_highs_gap"] = reached[0] if reached else None
        # A HiGHS run killed past its limit counts up to its last logged row (HiGHS's own clock, without
        # reading the model): the share is then larger than against the whole overrun, never smaller.
        highs_seconds = highs.get("seconds") if highs.get("status") == "killed" else highs.get("wall_seconds")
        trainplan["highs_reference_seconds"] = highs_seconds
        if reached and highs_seconds:
            trainplan["share_of_highs_time"] = reached[0] / highs_seconds


def add_goals(record: dict, spec: dict) -> None:
    """The issue's goals for the instance's class, judged on trainplan's run."""
    run = record["runs"].get("trainplan")
    if run is None or spec is None:
        return
    gap, wall = run.get("gap"), run.get("wall_seconds")
    goals = {"goal_gap": spec["goal_gap"], "time_limit": record["time_limit"]}
    goals["gap_met"] = (gap is not None and gap <= spec["goal_gap"] + 1e-12 and wall is not None
                        and wall <= record["time_limit"] + WALL_SLACK and run.get("check") == "pass")
    if "memory_mb" in spec:
        goals["memory_mb"] = spec["memory_mb"]
        goals["memory_met"] = run.get("peak_mb") is not None and run["peak_mb"] <= spec["memory_mb"]
    # "Never stop before the time limit while the gap is above --gap."
    goals["stopped_early"] = (gap is not None and gap > record["gap_requested"] and wall is not None
                              and wall < 0.9 * record["time_limit"])
    share = run.get("share_of_highs_time")
    goals["highs_time_met"] = None if "seconds_to_highs_gap" not in run else (share is not None and share <= HIGHS_TIME_SHARE)
    verdict = run.get("seat_verdict")
    goals["seats_met"] = None if verdict is None or verdict.startswith("unchecked") else verdict == "ok"
    record["goals"] = goals


def retable(path: str, write_readme: bool) -> None:
    """The tables of an earlier run again, after a change to how runs are compared or judged."""
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    if "classes" not in results or "suite" not in results:
        sys.exit(f"{path}: no classes or suite (written before 2026-12-02): nothing to retable")
    for record in results["instances"]:
        if record.get("runs"):
            add_comparisons(record)
            add_goals(record, results["classes"].get(record.get("class")))
    save_results(results, path)
    show_results(results, path, write_readme)


def save_results(results: dict, path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False, indent=1)


def show_results(results: dict, path: str, write_readme: bool) -> None:
    """Prints the tables (without the model sizes) and, when asked, writes them into benchmarks/README.md."""
    print(results_table.render(results, os.path.relpath(path, HERE)).split("#### Model sizes")[0])
    if write_readme:
        results_table.update_readme(os.path.join(HERE, "README.md"), results, os.path.relpath(path, HERE))
        print("table: benchmarks/README.md")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", default=os.path.join(HERE, "suite.toml"))
    parser.add_argument("--classes", help="comma list of the suite's classes, or 'all' (default: every class "
                                          "the suite does not mark optional)")
    parser.add_argument("--instances", help="comma list of suite instance names (replaces --classes)")
    parser.add_argument("--cflp", default="", help="comma list of cap41 … cap134, or 'all'")
    parser.add_argument("--trainplan", default=os.environ.get("TRAINPLAN"),
                        help="trainplan binary to measure (default $TRAINPLAN, else swift build -c release)")
    parser.add_argument("--time-limit", type=float, help="seconds per solver for every class (default: the class's)")
    parser.add_argument("--cflp-time-limit", type=float, default=60)
    parser.add_argument("--naive-max-teachers", type=int, default=10_000)
    parser.add_argument("--peers", default=",".join(PEERS))
    parser.add_argument("--gap", type=float, default=1e-4)
    parser.add_argument("--cflp-gap", type=float, default=1e-8)
    parser.add_argument("--no-seat-check", action="store_true",
                        help="skip HiGHS's seat-filling solve (the fewest seats a plan must leave short)")
    parser.add_argument("--seat-check-factor", type=float, default=SEAT_CHECK_FACTOR,
                        help="the seat-filling solve's time limit as a multiple of the solvers' (default %(default)g)")
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument("--retable", metavar="RESULTS_JSON",
                        help="run nothing: re-derive the comparisons and goals of a results file (written since "
                             "2026-12-02: with classes and suite), rewrite it and the tables")
    args = parser.parse_args()
    if args.retable:
        retable(args.retable, write_readme=not args.no_readme)
        return
    peers = [p for p in args.peers.split(",") if p]
    cflp = [c for c in args.cflp.split(",") if c]
    unknown = [p for p in peers if p not in PEERS]
    if unknown:
        parser.error("unknown peers: " + ", ".join(unknown))
    classes, suite = load_suite(args.suite)
    chosen = select(classes, suite, args.classes, args.instances)
    seat_check = not args.no_seat_check

    ensure_tools(peers, seat_check)
    binary = trainplan_binary(args.trainplan)
    starts = P.export_writes_starts(binary)
    if "highs" in peers and not starts:
        print("note: this trainplan's export has no --start-plan/--start-out: HiGHS runs without a start", flush=True)
    now = datetime.datetime.now().astimezone()
    machine = measure.machine()
    results = {
        "date": now.isoformat(timespec="seconds"), "machine": machine, "time_limit": args.time_limit,
        "classes": classes, "suite": os.path.relpath(args.suite, REPO), "gap": args.gap, "cflp_gap": args.cflp_gap,
        "peers": peers, "binary": binary, "seat_check": seat_check, "seat_check_factor": args.seat_check_factor,
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                 text=True).stdout.strip(),
        "instances": [],
    }
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    out = os.path.join(HERE, "results", f"{now:%Y-%m-%d}-{machine['host']}.json")
    todo = [(entry, classes[entry["class"]]) for entry in chosen] + [(c, None) for c in cflp_instances(cflp)]
    for entry, spec in todo:
        instance = prepare(entry) if spec is not None else entry
        if not os.path.exists(os.path.join(instance["path"], "instance.toml")):
            print(f"  {instance['name']}: missing {instance['path']}, skipped", flush=True)
            results["instances"].append(instance | {"missing": True, "runs": {}, "model": {}})
            continue
        gap = args.gap if spec is not None else args.cflp_gap
        limit = args.cflp_time_limit if spec is None else (args.time_limit or spec["time_limit"])
        record = run_instance(binary, instance, peers, limit, gap, args.naive_max_teachers, seat_check, starts,
                              seat_time_limit=args.seat_check_factor * limit)
        add_goals(record, spec)
        results["instances"].append(record)
        # Written after every instance, so an interrupted run keeps what it measured.
        save_results(results, out)
    print(f"results: {out}")
    show_results(results, out, write_readme=not args.no_readme)


if __name__ == "__main__":
    main()
