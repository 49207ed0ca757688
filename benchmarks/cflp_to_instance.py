#!/usr/bin/env python3
"""Convert OR-Library capacitated warehouse location files (Beasley 1988) into
trainplan instances whose optimum equals the published optimum (see
/work/shared/external/orlib-cflp/README.md).

    python3 benchmarks/cflp_to_instance.py cap41                 # -> benchmarks/cflp/cap41/
    python3 benchmarks/cflp_to_instance.py capa --capacity 8000   # -> benchmarks/cflp/capa-8000/
    python3 benchmarks/cflp_to_instance.py --all                  # cap41 .. cap134 (37 files)
    options: --src DIR (default ../shared/external/orlib-cflp relative to the repo,
             i.e. /work/shared/external/orlib-cflp), --out DIR (default benchmarks/cflp)

Mapping: customer j -> school C{j} with demand_j identical teachers (stage 小学,
subject 全科, cycle_hours = target_hours, no tags); warehouse i -> centre W{i}
with seats = capacity, rooms 1, max_cohorts 1, cohort_cost = fixed cost, available
on the single horizon date (a holiday); one programme (centralized, 1 session of
1 day, holiday, quota_min = all); distances.csv km = c_ij / (2 demand_j), so a
teacher's travel 2 × km × 1 trip summed over the demand_j teachers equals c_ij.
Every other cost term is zero (holiday_day 0, concentration 0, priority 0).
shortfall is set above any per-teacher saving (at least 1e7).
"""
from __future__ import annotations

import argparse
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tplib as T  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_SRC = os.path.normpath(os.path.join(REPO, "..", "shared", "external", "orlib-cflp"))
if not os.path.isdir(DEFAULT_SRC):
    DEFAULT_SRC = "/work/shared/external/orlib-cflp"
DATE = "2027-01-25"
ALL = [f"cap{a}{b}" for a in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13) for b in (1, 2, 3, 4)]
ALL = [n for n in ALL if n not in ("cap52", "cap53", "cap54")]  # cap5 has only cap51


def parse(path: str, capacity: float | None):
    tok = open(path).read().split()
    m, n = int(tok[0]), int(tok[1])
    i = 2
    caps, fixed = [], []
    for _ in range(m):
        c = tok[i]
        if c == "capacity":
            if capacity is None:
                raise SystemExit(f"{path}: capacities are the word 'capacity'; give --capacity")
            caps.append(capacity)
        else:
            caps.append(float(c))
        fixed.append(float(tok[i + 1]))
        i += 2
    demand, cost = [], []
    for _ in range(n):
        demand.append(float(tok[i]))
        cost.append([float(x) for x in tok[i + 1:i + 1 + m]])
        i += 1 + m
    if i != len(tok):
        raise SystemExit(f"{path}: {len(tok) - i} tokens left over")
    return m, n, caps, fixed, demand, cost


def published(src: str) -> dict[str, str]:
    """capopt.txt -> {'cap41': '1040444.375', 'capa-8000': '19240822.449', ...}"""
    out = {}
    last = None
    for line in open(os.path.join(src, "capopt.txt")):
        mm = re.match(r"\s*(cap\w+)?\s+([0-9.]+)(?:\s*\(capacity\s+(\d+)\))?", line)
        if not mm or not mm.group(2):
            continue
        name = mm.group(1) or last
        if name is None:
            continue
        last = name
        key = f"{name}-{mm.group(3)}" if mm.group(3) else name
        out[key] = mm.group(2)
    return out


def num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


def convert(name: str, src: str, out_root: str, capacity: int | None, opt: dict[str, str]) -> str:
    m, n, caps, fixed, demand, cost = parse(os.path.join(src, name + ".txt"), capacity)
    label = f"{name}-{capacity}" if capacity is not None else name
    out = os.path.join(out_root, label)
    T.ensure_dir(out)
    for j, dj in enumerate(demand):
        if not float(dj).is_integer() or dj <= 0:
            raise SystemExit(f"{name}: customer {j + 1} demand {dj} not a positive integer")
    demand_i = [int(x) for x in demand]
    total = sum(demand_i)
    unit_max = max(cost[j][i] / demand[j] for j in range(n) for i in range(m))
    shortfall = max(10 ** 7, 10 ** math.ceil(math.log10(2 * (unit_max + max(fixed)) + 1)))

    # schools: dummy coordinates on a grid; every distance used is in distances.csv
    with open(os.path.join(out, "schools.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id,name,district,lat,lon,rural,max_away\n")
        for j in range(n):
            lat = 26.0 + (j // 40) * 0.01
            lon = 107.0 + (j % 40) * 0.01
            f.write(f"C{j + 1},客户{j + 1},D1,{lat:.2f},{lon:.2f},false,{demand_i[j]}\n")
    with open(os.path.join(out, "teachers.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id,name,school,stage,subject,tags,weekly_periods,cycle_hours,unavailable\n")
        k = 0
        lines = []
        for j in range(n):
            for _ in range(demand_i[j]):
                k += 1
                lines.append(f"T{k},教师{k},C{j + 1},小学,全科,,,360,\n")
        f.write("".join(lines))
    with open(os.path.join(out, "sites.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id,name,kind,lat,lon,district,seats,rooms,available,max_cohorts,lodging,cohort_cost\n")
        for i in range(m):
            f.write(f"W{i + 1},仓库{i + 1},center,25.5,{106.0 + i * 0.01:.2f},,{num(caps[i])},1,{DATE},1,false,"
                    f"{num(fixed[i])}\n")
    with open(os.path.join(out, "programs.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(T.PROGRAM_HEADER) + "\n")
        row = T.program_row(id="P1", name=f"{label} 全员培训", level="县培", mode="centralized", sessions=1, days=1,
                            day_types=["holiday"], window=DATE, hours=8, quota_min="all", cohort_min=1)
        f.write(",".join("" if v is None else str(v) for v in row) + "\n")
    with open(os.path.join(out, "distances.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("school,site,km\n")
        f.write("".join(f"C{j + 1},W{i + 1},{cost[j][i] / (2 * demand[j])!r}\n"
                        for j in range(n) for i in range(m)))
    T.write_instance_toml(
        os.path.join(out, "instance.toml"), f"OR-Library {label}", DATE, DATE, [DATE], [], [],
        dict(weekly_periods=14, max_away_share=0.15, soft_away_share=0.05, road_factor=1.0, target_hours=360),
        dict(shortfall=shortfall, teaching_day=0, weekend_day=0, holiday_day=0, concentration=0, km=1,
             priority=0),
        {}, comment=f"converted from OR-Library {name}.txt by benchmarks/cflp_to_instance.py")
    best = opt.get(label, "")
    with open(os.path.join(out, "published_optimum.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"{best}\n")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {label}\n\nOR-Library capacitated warehouse location `{name}.txt`"
                + (f" with capacity {capacity}" if capacity is not None else "")
                + f": {m} warehouses (sites W1..W{m}), {n} customers (schools C1..C{n}), {total} teachers.\n\n"
                f"Published optimum (capopt.txt): **{best or 'unknown'}**. The plan's objective must equal it "
                f"(up to rounding) with zero shortfall.\n")
    return f"{label}: {m} sites, {n} schools, {total} teachers, published optimum {best or '?'} -> {out}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="cap41 ... cap134, capa, capb, capc")
    ap.add_argument("--all", action="store_true", help="convert cap41 .. cap134 (37 files)")
    ap.add_argument("--capacity", type=int, action="append",
                    help="capacity for capa/capb/capc (repeatable); default: all values in capopt.txt")
    ap.add_argument("--src", default=DEFAULT_SRC)
    ap.add_argument("--out", default=os.path.join(HERE, "cflp"))
    a = ap.parse_args()
    names = list(a.names) + (ALL if a.all else [])
    if not names:
        ap.error("name a file or give --all")
    opt = published(a.src)
    for name in names:
        name = os.path.basename(name).removesuffix(".txt")
        if name in ("capa", "capb", "capc"):
            caps = a.capacity or sorted(int(k.split("-")[1]) for k in opt if k.startswith(name + "-"))
            for c in caps:
                print(convert(name, a.src, a.out, c, opt))
        else:
            print(convert(name, a.src, a.out, None, opt))


if __name__ == "__main__":
    main()
