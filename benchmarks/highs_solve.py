#!/usr/bin/env python3
"""Solve an MPS file with HiGHS (highspy) and print one JSON line: status, objective, bound, gap,
seconds, short seats. Run as its own process by run.py so that /usr/bin/time measures HiGHS alone.

    python3 benchmarks/highs_solve.py MODEL.mps --time-limit 60 --gap 1e-4 [--threads 1]
            [--start START.txt] [--objective spec|seats]

--start: a starting solution, one `column_name value` line per non-zero column (names as in the
MPS; lines starting with # are comments), as `trainplan export --start-plan PLAN --start-out FILE`
writes it for a plan folder. Columns it does not name start at 0.
--solution-out: write the final solution in the same format (for comparing plans column by column).
--log-file: HiGHS's own log (presolve, the B&B table), so that a run killed past its time limit still
shows where it was.
--objective seats: minimise the short seats alone (the sum of the `shortfall_*` columns, every
other cost 0) instead of the SPEC objective: the fewest seats any plan must leave short, with
HiGHS's bound on that number. run.py uses it to tell avoidable shortfall from unavoidable.
"""
from __future__ import annotations

import argparse
import json
import math
import time

import highspy

# trainplan's quota rows give each quota and sub-quota a continuous column "shortfall_<row name>"
# (Sources/TrainPlanCore/Model/BuildContext+Quotas.swift); their sum is the SPEC's shortfall_total.
SHORTFALL_PREFIX = "shortfall_"


def column_names(highs: highspy.Highs) -> list[str]:
    lp = highs.getLp()
    return list(lp.col_names_)


def read_start(path: str, names: list[str]) -> tuple[list[float], int]:
    """The start as a full column vector, and how many of its names the model does not have."""
    index = {name: i for i, name in enumerate(names)}
    values = [0.0] * len(names)
    unknown = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, value = line.rsplit(None, 1)
            if name in index:
                values[index[name]] = float(value)
            else:
                unknown += 1
    return values, unknown


def seats_objective(highs: highspy.Highs, names: list[str]) -> None:
    """Cost 1 on every shortfall column, 0 elsewhere."""
    costs = [1.0 if name.startswith(SHORTFALL_PREFIX) else 0.0 for name in names]
    highs.changeColsCost(len(costs), list(range(len(costs))), costs)
    highs.changeObjectiveOffset(0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mps")
    parser.add_argument("--time-limit", type=float, required=True)
    parser.add_argument("--gap", type=float, required=True)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--start", help="starting solution file (see above)")
    parser.add_argument("--objective", choices=("spec", "seats"), default="spec")
    parser.add_argument("--solution-out", help="write the final solution here, in the --start format")
    parser.add_argument("--log-file", help="write HiGHS's log here (not to the console)")
    args = parser.parse_args()

    start = time.monotonic()
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", args.log_file is not None)
    if args.log_file:
        highs.setOptionValue("log_to_console", False)
        highs.setOptionValue("log_file", args.log_file)
    # One thread, like GLPK: the comparison is of algorithms and models, not of cores.
    highs.setOptionValue("threads", args.threads)
    highs.setOptionValue("time_limit", args.time_limit)
    highs.setOptionValue("mip_rel_gap", args.gap)
    highs.readModel(args.mps)
    names = column_names(highs)
    if args.objective == "seats":
        seats_objective(highs, names)
        # A seat count is an integer: a bound within 1 of the plan proves it.
        highs.setOptionValue("mip_abs_gap", 0.999)
    costs = list(highs.getLp().col_cost_)
    start_record = None
    if args.start:
        values, unknown = read_start(args.start, names)
        solution = highspy.HighsSolution()
        solution.col_value = values
        solution.value_valid = True
        accepted = highs.setSolution(solution) == highspy.HighsStatus.kOk
        start_record = {"nonzeros": sum(1 for v in values if v != 0), "unknown_names": unknown,
                        "objective": sum(c * v for c, v in zip(costs, values)) + highs.getLp().offset_,
                        "accepted": accepted}
    read_seconds = time.monotonic() - start
    highs.run()
    info = highs.getInfo()
    status = highs.modelStatusToString(highs.getModelStatus())
    has_solution = info.primal_solution_status == 2  # kSolutionStatusFeasible
    objective = info.objective_function_value if has_solution else None
    short_seats = None
    if has_solution:
        values = highs.getSolution().col_value
        short_seats = round(sum(v for name, v in zip(names, values) if name.startswith(SHORTFALL_PREFIX)), 6)
        if args.solution_out:
            with open(args.solution_out, "w", encoding="utf-8") as f:
                f.write(f"# HiGHS {highs.version()} {status}, objective {objective}\n")
                f.writelines(f"{name} {value:.12g}\n" for name, value in zip(names, values) if abs(value) > 1e-9)
    bound = info.mip_dual_bound
    if bound is None or not math.isfinite(bound):
        bound = None
    print(json.dumps({
        "status": status, "objective": objective, "bound": bound, "highs_gap": info.mip_gap if has_solution else None,
        "short_seats": short_seats, "start": start_record, "objective_kind": args.objective,
        "seconds": time.monotonic() - start, "read_seconds": read_seconds, "nodes": info.mip_node_count,
        "version": highs.version(),
    }))


if __name__ == "__main__":
    main()
