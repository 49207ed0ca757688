#!/usr/bin/env python3
"""Quick consistency check of a trainplan instance folder (not a full SPEC
validator): references, unique ids, programme sites and schedules, quotas
versus eligible and placeable teachers, rough capacity of sites and team pools.

    python3 benchmarks/sanity_check.py instances/demo-county [more folders...]

Exit status 1 if an error was found; warnings do not fail.
"""
from __future__ import annotations

import csv
import datetime as dt
import math
import os
import sys
import tomllib

ALIASES = {
    "学校编号": "id", "学校名称": "name", "学区": "district", "纬度": "lat", "经度": "lon", "乡村": "rural",
    "最多外出": "max_away", "工号": "id", "姓名": "name", "学段": "stage", "学科": "subject", "标签": "tags",
    "周课时": "weekly_periods", "已修学时": "cycle_hours", "不可参训日期": "unavailable",
    "培训点编号": "id", "名称": "name", "类型": "kind", "服务学区": "district", "座位": "seats", "教室": "rooms",
    "可用日期": "available", "最多班次": "max_cohorts", "住宿": "lodging", "开班费用": "cohort_cost",
    "项目编号": "id", "项目名称": "name", "级别": "level", "形式": "mode", "次数": "sessions",
    "每次天数": "days", "间隔天数": "gap_days", "日期类型": "day_types", "时间窗": "window", "学时": "hours",
    "需含标签": "tags_any", "排除标签": "tags_none", "最少名额": "quota_min", "最多名额": "quota_max",
    "开班人数下限": "cohort_min", "开班人数上限": "cohort_max", "培训点": "sites", "本学区": "home_district",
    "互斥组": "exclusive", "顶岗替代": "substitute", "培训团队": "team",
    "范围": "scope", "范围编号": "scope_id", "最少": "min", "最多": "max", "公里": "km",
}
FILE_ALIASES = {"teachers.csv": {"学校编号": "school"}, "distances.csv": {"学校编号": "school", "培训点编号": "site"},
                "quotas.csv": {"项目编号": "program"}, "programs.csv": {"学段": "stages", "学科": "subjects"}}
VALUE = {"集中": "centralized", "送教": "songjiao", "脱产": "offjob", "网络": "online",
         "县级培训中心": "center", "送教点": "songjiao", "县外基地": "external",
         "教学日": "teaching", "周末": "weekend", "假期": "holiday", "学区": "district", "学校": "school",
         "kindergarten": "幼儿园", "primary": "小学", "junior": "初中", "senior": "高中", "vocational": "中职"}
MODE_KINDS = {"centralized": {"center"}, "songjiao": {"songjiao"}, "offjob": {"center", "external"},
              "online": {"online"}}

errors: list[str] = []
warnings: list[str] = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def read(folder, name, required=True):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        if required:
            err(f"{name} missing")
        return []
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    rows = list(csv.reader(text.splitlines()))
    fa = FILE_ALIASES.get(name, {})
    header = [fa.get(h.strip(), ALIASES.get(h.strip(), h.strip())) for h in rows[0]]
    out = []
    for r in rows[1:]:
        if not any(c.strip() for c in r):
            continue
        out.append({h: (r[i].strip() if i < len(r) else "") for i, h in enumerate(header)})
    return out


def lst(s):
    s = s.replace("；", ";").replace("、", ";")
    return [VALUE.get(x.strip(), x.strip()) for x in s.split(";") if x.strip()]


def boolean(s, default=False):
    if not s:
        return default
    return s.strip().lower() in ("true", "yes", "1", "是")


def dates(items, lo=None, hi=None):
    out = set()
    for it in items:
        if ".." in it:
            a, b = (dt.date.fromisoformat(x) for x in it.split(".."))
        else:
            a = b = dt.date.fromisoformat(it)
        while a <= b:
            out.add(a)
            a += dt.timedelta(days=1)
    return out


def check(folder):
    errors.clear()
    warnings.clear()
    conf = tomllib.load(open(os.path.join(folder, "instance.toml"), "rb"))
    cal = conf["calendar"]
    start, end = dt.date.fromisoformat(cal["start"]), dt.date.fromisoformat(cal["end"])
    horizon = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    hol = dates(cal.get("holidays", []))
    work = dates(cal.get("workdays", []))
    def dtype(x):
        if x in hol:
            return "holiday"
        if x in work or x.weekday() < 5:
            return "teaching"
        return "weekend"
    blackouts = [(dates(b.get("dates", [])), set(VALUE.get(s, s) for s in b.get("stages", [])))
                 for b in cal.get("blackouts", [])]
    teams = conf.get("teams", {})
    defaults = conf.get("defaults", {})
    share = defaults.get("max_away_share", 0.15)

    schools = read(folder, "schools.csv")
    teachers = read(folder, "teachers.csv")
    sites = read(folder, "sites.csv")
    progs = read(folder, "programs.csv")
    quotas = read(folder, "quotas.csv", False)
    dists = read(folder, "distances.csv", False)

    for nm, rows in (("schools", schools), ("teachers", teachers), ("sites", sites), ("programs", progs)):
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids):
            err(f"{nm}: duplicate ids")
        if any(not i for i in ids):
            err(f"{nm}: empty id")
    school = {s["id"]: s for s in schools}
    site = {s["id"]: s for s in sites}
    prog = {p["id"]: p for p in progs}
    staff = {}
    for t in teachers:
        if t["school"] not in school:
            err(f"teacher {t['id']}: unknown school {t['school']}")
        staff[t["school"]] = staff.get(t["school"], 0) + 1
        t["stage"] = VALUE.get(t["stage"], t["stage"])
        t["_tags"] = set(lst(t.get("tags", "")))
        t["_un"] = dates(lst(t.get("unavailable", "")))
        t["_dist"] = school.get(t["school"], {}).get("district", "")
    for s in schools:
        if s["id"] not in staff:
            warn(f"school {s['id']} has no teachers")
        try:
            la, lo = float(s["lat"]), float(s["lon"])
            assert -90 <= la <= 90 and -180 <= lo <= 180
        except Exception:
            err(f"school {s['id']}: bad lat/lon")
    for s in sites:
        s["kind"] = VALUE.get(s["kind"], s["kind"])
        if s["kind"] not in ("center", "songjiao", "external", "online"):
            err(f"site {s['id']}: kind {s['kind']}")
        if s["kind"] != "online" and not (s.get("lat") and s.get("lon")):
            err(f"site {s['id']}: needs lat/lon")
        s["_avail"] = dates(lst(s.get("available", ""))) if s.get("available") else set(horizon)
    for q in quotas:
        q["scope"] = VALUE.get(q["scope"], q["scope"])
        if q["program"] not in prog:
            err(f"quota: unknown programme {q['program']}")
        if q["scope"] == "school" and q["scope_id"] not in school:
            err(f"quota: unknown school {q['scope_id']}")
        if q["scope"] == "district" and q["scope_id"] not in {s['district'] for s in schools}:
            err(f"quota: unknown district {q['scope_id']}")
    for r in dists:
        if r["school"] not in school or r["site"] not in site:
            err(f"distance: unknown pair {r['school']},{r['site']}")
        elif float(r["km"]) < 0:
            err("distance: negative km")

    report = []
    for p in progs:
        pid = p["id"]
        mode = VALUE.get(p["mode"], p["mode"])
        sessions = int(p.get("sessions") or 1)
        days = int(p["days"]) if p.get("days") else (0 if mode == "online" else 1)
        gap = int(p.get("gap_days") or 7)
        dts = set(lst(p.get("day_types", ""))) or {"teaching", "weekend", "holiday"}
        window = dates(lst(p["window"])) if p.get("window") else set(horizon)
        if window and (min(window) < start or max(window) > end):
            warn(f"{pid}: window reaches outside the horizon")
        if (mode == "online") != (days == 0):
            err(f"{pid}: mode {mode} with days {days}")
        allowed = lst(p.get("sites", "")) or [s["id"] for s in sites if s["kind"] in MODE_KINDS[mode]]
        for a in allowed:
            if a not in site:
                err(f"{pid}: unknown site {a}")
        allowed = [a for a in allowed if a in site]
        if not allowed:
            err(f"{pid}: no allowed site")
        team = p.get("team", "")
        if team and team not in teams:
            err(f"{pid}: undeclared team {team}")
        hd = boolean(p.get("home_district", ""))
        stages = set(lst(p.get("stages", "")))
        subjects = set(lst(p.get("subjects", "")))
        tany, tnone = set(lst(p.get("tags_any", ""))), set(lst(p.get("tags_none", "")))
        elig = [t for t in teachers if (not stages or t["stage"] in stages)
                and (not subjects or t["subject"] in subjects)
                and (not tany or t["_tags"] & tany) and not (t["_tags"] & tnone)]
        # reference schedules per site
        scheds = {}
        for a in allowed:
            s = site[a]
            ok = {x for x in horizon if x in window and x in s["_avail"] and dtype(x) in dts}
            if mode == "online":
                scheds[a] = [frozenset()]
                continue
            def block_ok(x):
                return all(x + dt.timedelta(days=k) in ok for k in range(days))
            res = []
            for x0 in horizon:
                if not block_ok(x0):
                    continue
                blocks = [x0]
                while len(blocks) < sessions:
                    prev = blocks[-1]
                    y = max(prev + dt.timedelta(days=gap), prev + dt.timedelta(days=days))
                    while y <= end and not block_ok(y):
                        y += dt.timedelta(days=1)
                    if y > end:
                        break
                    blocks.append(y)
                if len(blocks) == sessions:
                    res.append(frozenset(b + dt.timedelta(days=k) for b in blocks for k in range(days)))
            scheds[a] = res
            if not res:
                warn(f"{pid}: no valid schedule at site {a}")
        if not any(scheds.values()):
            err(f"{pid}: no valid schedule at any site")
        # placeable teachers: some schedule at some allowed site fits
        def fits(t, a):
            if hd and site[a].get("district", "") != t["_dist"]:
                return False
            bl = set()
            for bd, bs in blackouts:
                if not bs or t["stage"] in bs:
                    bl |= bd
            bad = t["_un"] | bl
            return any(not (sc & bad) for sc in scheds[a])
        cache = {}
        placeable = 0
        for t in elig:
            key = (t["stage"], t["_dist"] if hd else "")
            if not t["_un"] and key in cache:
                ok = cache[key]
            else:
                ok = any(fits(t, a) for a in allowed)
                if not t["_un"]:
                    cache[key] = ok
            placeable += ok
        qmin_raw = p.get("quota_min", "")
        qmin = len(elig) if qmin_raw.lower() in ("all", "全部") else int(qmin_raw or 0)
        qmax = int(p["quota_max"]) if p.get("quota_max") else (qmin if qmin > 0 else None)
        if qmax is not None and qmax < qmin:
            err(f"{pid}: quota_max < quota_min")
        if qmin > placeable:
            warn(f"{pid}: quota_min {qmin} > placeable {placeable} (eligible {len(elig)}): shortfall unavoidable")
        # capacity: per site, greedy disjoint schedules × rooms × size
        cmax = int(p["cohort_max"]) if p.get("cohort_max") else None
        cap = 0
        for a in allowed:
            s = site[a]
            size = min(x for x in (cmax, int(s["seats"]) if s.get("seats") else None, 10**9) if x is not None)
            if mode == "online":
                n = int(s["max_cohorts"]) if s.get("max_cohorts") else math.ceil(max(qmin, 1) / size) + 1
            else:
                n, used = 0, set()  # greedy date-disjoint schedules in one room
                for sc in sorted(scheds[a], key=lambda z: (max(z), min(z))):
                    if not (sc & used):
                        n += 1
                        used |= sc
                n *= int(s.get("rooms") or 1)
                if s.get("max_cohorts"):
                    n = min(n, int(s["max_cohorts"]))
            cap += n * size
        if cap < qmin:
            warn(f"{pid}: rough site capacity {cap} < quota_min {qmin}")
        report.append(f"  {pid:6s} {mode:11s} sites {len(allowed):3d} schedules/site "
                      f"{max((len(v) for v in scheds.values()), default=0):4d}  eligible {len(elig):6d} "
                      f"placeable {placeable:6d}  quota {qmin}..{qmax if qmax is not None else '-'}  cap≈{cap}")
        # sub-quotas
        for q in quotas:
            if q["program"] != pid:
                continue
            inscope = [t for t in elig if (t["_dist"] if q["scope"] == "district" else t["school"]) == q["scope_id"]]
            lo = int(q["min"] or 0)
            hi = int(q["max"]) if q.get("max") else None
            if hi is not None and hi < lo:
                err(f"{pid}/{q['scope_id']}: max < min")
            if lo > len(inscope):
                warn(f"{pid}/{q['scope_id']}: min {lo} > eligible {len(inscope)}")
            if hd and q["scope"] == "district":
                pts = [a for a in allowed if site[a].get("district") == q["scope_id"]]
                c2 = sum(len(scheds[a]) and 1 for a in pts)
                if not c2 and lo:
                    warn(f"{pid}/{q['scope_id']}: no site in district")
    # team pools: rough load
    for team, n in teams.items():
        load = 0
        for p in progs:
            if p.get("team") == team:
                load += math.ceil(int(p.get("quota_min") or 0) / 45) * int(p.get("sessions") or 1) * int(p.get("days") or 1)
        report.append(f"  team {team}: pool {n}, ~{load} cohort-days needed at 45 a cohort")
    caps = [max(int(s["max_away"]), 0) if s.get("max_away") else max(1, math.floor(share * staff.get(s["id"], 0)))
            for s in schools]
    print(f"{folder}: {len(schools)} schools, {len(teachers)} teachers, {len(sites)} sites, {len(progs)} programmes, "
          f"{len(quotas)} sub-quotas, {len(dists)} distances; horizon {start}..{end}; "
          f"max_away min {min(caps) if caps else '-'}")
    print("\n".join(report))
    for w in warnings:
        print("  WARN", w)
    for e in errors:
        print("  ERROR", e)
    return not errors


def main():
    ok = True
    for f in sys.argv[1:] or ["instances/demo-county"]:
        ok &= check(f)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
