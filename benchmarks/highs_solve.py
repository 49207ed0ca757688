#!/usr/bin/env python3
"""Solve an MPS file with HiGHS (highspy) and print one JSON line: status, objective, bound, gap,
seconds. Run as its own process by run.py so that /usr/bin/time measures HiGHS alone.

    python3 benchmarks/highs_solve.py MODEL.mps --time-limit 60 --gap 1e-4 [--threads 1]
"""
from __future__ import annotations

import argparse
import json
import math
import time

import highspy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mps")
    parser.add_argument("--time-limit", type=float, required=True)
    parser.add_argument("--gap", type=float, required=True)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    start = time.monotonic()
    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    # One thread, like GLPK: the comparison is of algorithms and models, not of cores.
    highs.setOptionValue("threads", args.threads)
    highs.setOptionValue("time_limit", args.time_limit)
    highs.setOptionValue("mip_rel_gap", args.gap)
    highs.readModel(args.mps)
    read_seconds = time.monotonic() - start
    highs.run()
    info = highs.getInfo()
    status = highs.modelStatusToString(highs.getModelStatus())
    has_solution = info.primal_solution_status == 2  # kSolutionStatusFeasible
    objective = info.objective_function_value if has_solution else None
    bound = info.mip_dual_bound
    if bound is None or not math.isfinite(bound):
        bound = None
    print(json.dumps({
        "status": status, "objective": objective, "bound": bound, "highs_gap": info.mip_gap if has_solution else None,
        "seconds": time.monotonic() - start, "read_seconds": read_seconds, "nodes": info.mip_node_count,
        "version": highs.version(),
    }))


if __name__ == "__main__":
    main()
