"""The solvers the benchmark compares, each run as its own process under /usr/bin/time -v:

- trainplan: `trainplan solve` (aggregated model, GLPK, its own strategy choice);
- highs:     HiGHS (highspy, 1 thread) on the same aggregated model, exported as MPS, started from the
             greedy plan when `trainplan export` can write a start (--start-plan/--start-out);
- naive:     glpsol on the per-teacher model (`trainplan export --naive`), with trainplan's GLPK settings;
- greedy:    `trainplan greedy`, the hand-made baseline.

Each function returns one result record (see README "Results file")."""
from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys

from measure import Measured, run_measured

HERE = os.path.dirname(os.path.abspath(__file__))
# Slack past the time limit before a process is killed: GLPK overruns tm_lim by up to ~30 s.
OVERRUN = 60.0
# glpsol's options matching trainplan's GLPK settings (Sources/GLPKSolver/GLPKSettings.swift), so the
# naive run differs from trainplan's only in the model: dual simplex with the long-step ratio test, no
# presolve, Driebeck–Tomlin branching, best-local-bound backtracking.
GLPSOL_SETTINGS = ["--nopresol", "--dual", "--flip", "--drtom", "--bestb"]


def spec_gap(objective: float | None, bound: float | None) -> float | None:
    """SPEC gap: (objective − bound) / max(1, |objective|)."""
    if objective is None or bound is None:
        return None
    return max(0.0, objective - bound) / max(1.0, abs(objective))


def base_record(measured: Measured) -> dict:
    return {"exit_code": measured.returncode, "wall_seconds": round(measured.wall_seconds, 3),
            "peak_mb": measured.peak_mb, "killed": measured.killed}


def check_plan(binary: str, instance: str, plan: str) -> str:
    """`trainplan check`: 'pass' or 'fail: <first lines>'."""
    result = subprocess.run([binary, "check", instance, plan, "--lang", "en"], capture_output=True, text=True)
    if result.returncode == 0:
        return "pass"
    return "fail: " + " | ".join(result.stdout.strip().splitlines()[:3])


def from_summary(summary: dict) -> dict:
    keys = ("status", "objective", "bound", "gap", "seconds", "kpis", "model")
    record = {key: summary.get(key) for key in keys}
    record["short_seats"] = (summary.get("kpis") or {}).get("shortfall_total")
    return record


# GLPK's branch-and-bound log: "+  1234: mip =   1.2e+05 >=   1.1e+05   8.3% (12; 0)", or ">>>>>" in place
# of "mip =" when the line reports a new incumbent.
GLPK_PROGRESS = re.compile(r"\+\s*\d+: (?:mip =|>>>>>)\s+([-+0-9.eE]+|not found yet)\s+>=\s+([-+0-9.eE]+|-inf|tree is empty)")
# The decomposed path logs "[  12.3 s] progress: incumbent 794357.6 bound 789419.7" (bound "none" before it has one).
DECOMPOSED_PROGRESS = re.compile(r"\[\s*([0-9.]+) s\] progress: incumbent ([-+0-9.eE]+) bound ([-+0-9.eE]+)")
MODEL_BUILT = re.compile(r"\[\s*([0-9.]+) s\] whole model built")


def glpk_bound(text: str) -> float | None:
    """GLPK's bound in a progress message; an empty tree means the incumbent is proven."""
    match = GLPK_PROGRESS.search(text)
    if not match or match.group(2) == "-inf":
        return None
    return float(match.group(1) if match.group(2) == "tree is empty" else match.group(2))


def glpk_progress(chunks: list[tuple[float, str]]) -> list[list[float]]:
    """[seconds, incumbent, bound] for each GLPK progress message that has an incumbent and a bound."""
    points = []
    for seconds, chunk in chunks:
        for match in GLPK_PROGRESS.finditer(chunk):
            if match.group(1) != "not found yet" and (bound := glpk_bound(match.group(0))) is not None:
                points.append([round(seconds, 3), float(match.group(1)), bound])
    return points


def run_trainplan(binary: str, instance: str, work: str, time_limit: float, gap: float) -> dict:
    plan = os.path.join(work, "plan")
    measured = run_measured([binary, "solve", instance, "--out", plan, "--time-limit", str(time_limit),
                             "--gap", str(gap), "--json", "--verbose", "--lang", "en"],
                            work, hard_timeout=time_limit + OVERRUN)
    record = base_record(measured)
    if measured.returncode != 0:
        return record | {"status": "error", "error": measured.stderr.strip().splitlines()[-3:]}
    record |= from_summary(json.loads(measured.stdout))
    built = MODEL_BUILT.search(measured.stderr)
    record["build_seconds"] = float(built.group(1)) if built else None
    # The GLPK log describes the whole model only when no decomposition ran; a decomposed solve logs its own.
    whole = "block " not in measured.stderr
    record["progress"] = glpk_progress(measured.stderr_chunks) if whole else [
        [float(t), float(incumbent), float(bound)] for t, incumbent, bound in DECOMPOSED_PROGRESS.findall(measured.stderr)]
    record["check"] = check_plan(binary, instance, plan)
    return record


def run_greedy(binary: str, instance: str, work: str) -> dict:
    plan = os.path.join(work, "plan")
    measured = run_measured([binary, "greedy", instance, "--out", plan, "--json", "--lang", "en"], work, hard_timeout=None)
    record = base_record(measured)
    if measured.returncode != 0:
        return record | {"status": "error", "error": measured.stderr.strip().splitlines()[-3:]}
    record |= from_summary(json.loads(measured.stdout))
    record["check"] = check_plan(binary, instance, plan)
    return record


MODEL_LINE = re.compile(r"(\d+) rows × (\d+) columns, (\d+) integer, (\d+) nonzeros")


# The flags `trainplan export` needs to write a plan as a starting solution of the exported model (one
# `column_name value` line per non-zero column, from PlanningModel.startingValues(for:)); see README.
START_FLAGS = ("--start-plan", "--start-out")


def export_writes_starts(binary: str) -> bool:
    """Whether this trainplan's `export` takes START_FLAGS (older binaries do not)."""
    result = subprocess.run([binary, "export", "--help"], capture_output=True, text=True)
    return all(flag in result.stdout for flag in START_FLAGS)


def export_model(binary: str, instance: str, work: str, naive: bool, start_plan: str | None = None) -> dict:
    """Writes the model as free MPS (work/model.mps) and returns its size and the export time,
    which is trainplan's build time for that model. With start_plan (a plan folder), also writes that
    plan as a starting solution of the model (work/start.txt)."""
    os.makedirs(work, exist_ok=True)
    mps = os.path.join(work, "model.mps")
    start = os.path.join(work, "start.txt") if start_plan else None
    argv = [binary, "export", instance, "--mps", mps, "--lang", "en"] + (["--naive"] if naive else [])
    if start:
        argv += [START_FLAGS[0], start_plan, START_FLAGS[1], start]
    measured = run_measured(argv, work, hard_timeout=None)
    match = MODEL_LINE.search(measured.stdout)
    if measured.returncode != 0 or not match:
        return {"error": (measured.stderr or measured.stdout).strip().splitlines()[-3:], "mps": None}
    rows, columns, integers, nonzeros = (int(x) for x in match.groups())
    return {"rows": rows, "columns": columns, "integers": integers, "nonzeros": nonzeros,
            "export_seconds": round(measured.wall_seconds, 3), "export_peak_mb": measured.peak_mb, "mps": mps,
            "start": start if start and os.path.exists(start) else None}


def last_lines(path: str, count: int) -> list[str]:
    """The last `count` non-empty lines of a text file ([] when it does not exist)."""
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.rstrip() for line in f if line.strip()][-count:]


# A row of HiGHS's branch-and-bound table: an optional source letter, then
# Proc. InQueue | Leaves Expl.% | BestBound BestSol Gap% | Cuts InLp Confl. | LpIters Time, e.g.
# "         0       0         0   0.00%   785813.351598   4531931.967644    82.66%      944     26      3     14203    51.6s".
# Counts of a million and more print with a suffix (1234k, 12m).
HIGHS_TABLE_ROW = re.compile(r"^\s*[A-Za-z]?\s+\d+[km]?\s+\d+[km]?\s+\d+[km]?\s+[0-9.]+%\s+(?P<bound>\S+)\s+(?P<objective>\S+)"
                             r"\s+\S+\s+\d+\s+\d+\s+\d+\s+\d+[km]?\s+(?P<seconds>[0-9.]+)s\s*$")


def killed_highs_from_log(record: dict, log: str) -> dict:
    """For a HiGHS run killed past its time limit (it overruns it inside long root phases): its last
    branch-and-bound row, as HiGHS's result at that row's time; {} when the log has none."""
    if not record.get("killed") or not os.path.exists(log):
        return {}
    with open(log, encoding="utf-8", errors="replace") as f:
        rows = [match for line in f if (match := HIGHS_TABLE_ROW.match(line))]
    if not rows:
        return {}

    def value(text: str) -> float | None:
        try:
            number = float(text)
        except ValueError:
            return None
        return number if math.isfinite(number) else None

    last = rows[-1]
    bound, objective, seconds = value(last["bound"]), value(last["objective"]), float(last["seconds"])
    return {"status": "killed", "objective": objective, "bound": bound, "gap": spec_gap(objective, bound),
            "seconds": seconds, "from_log": f"last table row at {seconds:g} s, killed at {record['wall_seconds']:g} s"}


def run_highs(mps: str, work: str, time_limit: float, gap: float, start: str | None = None,
              objective: str = "spec") -> dict:
    """HiGHS on the exported model, from `start` when given; objective "seats" minimises short seats alone."""
    log = os.path.join(work, "highs.log")
    argv = [sys.executable, os.path.join(HERE, "highs_solve.py"), mps, "--time-limit", str(time_limit),
            "--gap", str(gap), "--threads", "1", "--objective", objective, "--log-file", log] + \
        (["--start", start] if start else [])
    measured = run_measured(argv, work, hard_timeout=time_limit + OVERRUN)
    record = base_record(measured)
    if measured.returncode != 0:
        # Killed past its limit, HiGHS prints nothing: its log's last lines say which phase it was in.
        record |= {"status": "error", "error": measured.stderr.strip().splitlines()[-3:] + last_lines(log, 3)}
        return record | killed_highs_from_log(record, log)
    solved = json.loads(measured.stdout.strip().splitlines()[-1])
    status = {"Optimal": "optimal", "Time limit reached": "feasible" if solved["objective"] is not None else "timeout",
              "Infeasible": "infeasible"}.get(solved["status"], solved["status"])
    record |= {"status": status, "highs_status": solved["status"], "objective": solved["objective"],
               "bound": solved["bound"], "gap": spec_gap(solved["objective"], solved["bound"]),
               "seconds": solved["seconds"], "read_seconds": solved["read_seconds"], "nodes": solved["nodes"],
               "version": solved["version"], "threads": 1, "short_seats": solved["short_seats"],
               "start": solved["start"]}
    return record


# A column line of glpsol's report: "  7819 name  [*]  activity ..."; a long name stands alone on its line
# and the activity opens the next one.
GLPSOL_COLUMN = re.compile(r"^\s*\d+ (\S+)(?:\s+\*?\s*(\S+))?")


def glpsol_short_seats(report: str) -> float | None:
    """The sum of the shortfall_* columns' activities in glpsol's report (-o)."""
    total, found, pending = 0.0, False, False
    for line in report.splitlines():
        if pending:
            total += float(line.split()[0])
            pending = False
            continue
        match = GLPSOL_COLUMN.match(line)
        if match and match.group(1).startswith("shortfall_"):
            found = True
            if match.group(2) is None:
                pending = True
            else:
                total += float(match.group(2))
    return round(total, 6) if found else None


GLPSOL_OBJECTIVE = re.compile(r"Objective:\s+\S+ = ([-+0-9.eE]+)")
GLPSOL_STATUS = re.compile(r"Status:\s+(INTEGER OPTIMAL|INTEGER NON-OPTIMAL|INTEGER UNDEFINED|INTEGER EMPTY)")


def run_glpsol(mps: str, work: str, time_limit: float, gap: float) -> dict:
    solution = os.path.join(work, "solution.txt")
    argv = ["glpsol", "--freemps", mps, "--tmlim", str(max(1, int(time_limit))), "--mipgap", str(gap),
            *GLPSOL_SETTINGS, "-o", solution]
    measured = run_measured(argv, work, hard_timeout=time_limit + OVERRUN)
    record = base_record(measured) | {"settings": " ".join(GLPSOL_SETTINGS)}
    log = measured.stdout
    progress = [match.group(0) for match in GLPK_PROGRESS.finditer(log)]
    bound = glpk_bound(progress[-1]) if progress else None
    objective = status_word = short_seats = None
    if os.path.exists(solution):
        text = open(solution).read()
        found_objective, found_status = GLPSOL_OBJECTIVE.search(text), GLPSOL_STATUS.search(text)
        status_word = found_status.group(1) if found_status else None
        if found_objective and status_word in ("INTEGER OPTIMAL", "INTEGER NON-OPTIMAL"):
            objective = float(found_objective.group(1))
            short_seats = glpsol_short_seats(text)
    if status_word == "INTEGER OPTIMAL":
        status = "optimal"
        bound = objective if bound is None else min(bound, objective)
    elif objective is not None:
        status = "feasible"
    elif measured.killed or "TIME LIMIT EXCEEDED" in log or status_word == "INTEGER UNDEFINED" or not status_word:
        status = "timeout"
    else:
        status = "infeasible" if "NO INTEGER FEASIBLE" in log or "NO PRIMAL FEASIBLE" in log else "error"
    return record | {"status": status, "objective": objective, "bound": bound, "gap": spec_gap(objective, bound),
                     "seconds": round(measured.wall_seconds, 3), "short_seats": short_seats}
