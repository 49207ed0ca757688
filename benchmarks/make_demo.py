#!/usr/bin/env python3
"""Writes the hand-designed sample instances instances/demo-county (示例县,
about 300 teachers, six programmes) and instances/township-small (龙坪乡,
60 teachers, two programmes, Chinese headers in some files).

The school list, sites and programmes are fixed below; the teachers' names,
subjects, tags and hours are drawn with a fixed seed, so rerunning this script
rewrites byte-identical files.

    python3 benchmarks/make_demo.py            # writes into ./instances
    python3 benchmarks/make_demo.py --out DIR
"""
from __future__ import annotations

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tplib as T  # noqa: E402

SEAT = (26.50, 107.50)  # 示例县城关 (a mountain county in 黔南)

HOLIDAYS = ["2026-10-01..2026-10-07", "2027-01-01..2027-01-03", "2027-01-20..2027-01-31"]
WORKDAYS = ["2026-09-27", "2026-10-10"]
EXAM = ["2027-01-10..2027-01-16"]
WEIGHTS = dict(shortfall=100000, teaching_day=100, weekend_day=25, holiday_day=10,
               concentration=200, km=1, priority=50)


def km_road(a, b, factor):
    return round(T.haversine(a[0], a[1], b[0], b[1]) * factor, 1)


# ------------------------------------------------------------------ demo-county

def demo_county(out: str) -> None:
    rng = random.Random(20260901)
    T.ensure_dir(out)
    P = {  # district centres
        "城关": SEAT,
        "平寨": T.offset(*SEAT, 14.0, 17.0),
        "龙坪": T.offset(*SEAT, 6.0, -27.0),
        "石桥": T.offset(*SEAT, -17.0, 4.0),
    }
    # id, name, district, (km north, km east) from the district centre, rural, max_away, stages
    schools = [
        ("S01", "示例县第一中学", "城关", (0.8, 1.1), False, None, [("高中", 35)]),
        ("S02", "示例县实验小学", "城关", (-0.6, 0.3), False, 4, [("小学", 38)]),
        ("S03", "城关镇中学", "城关", (1.5, -0.9), False, None, [("初中", 35)]),
        ("S04", "示例县第一幼儿园", "城关", (-1.2, -0.7), False, None, [("幼儿园", 12)]),
        ("S05", "平寨镇中心小学", "平寨", (0.0, 0.0), True, None, [("小学", 28)]),
        ("S06", "平寨镇中学", "平寨", (0.6, 0.4), True, None, [("初中", 30)]),
        ("S07", "平寨镇大坡村小学", "平寨", (3.1, 2.6), True, None, [("小学", 8)]),
        ("S08", "龙坪乡中心小学", "龙坪", (0.0, 0.0), True, None, [("小学", 24)]),
        ("S09", "龙坪乡中学", "龙坪", (-0.5, 0.7), True, None, [("初中", 22)]),
        ("S10", "龙坪乡高寨村小学", "龙坪", (4.2, -3.5), True, None, [("小学", 7)]),
        ("S11", "龙坪乡麻窝教学点", "龙坪", (-6.3, -4.1), True, None, [("小学", 3)]),
        ("S12", "石桥镇中心小学", "石桥", (0.0, 0.0), True, None, [("小学", 26)]),
        ("S13", "石桥镇九年一贯制学校", "石桥", (1.1, -1.6), True, None, [("小学", 16), ("初中", 13)]),
        ("S14", "石桥镇新寨村小学", "石桥", (-3.8, 2.9), True, None, [("小学", 9)]),
        ("S15", "石桥镇中心幼儿园", "石桥", (0.4, 0.5), True, None, [("幼儿园", 8)]),
    ]
    loc = {}
    srows, trows = [], []
    tid = 1
    for sid, name, dist, (n, e), rural, max_away, stages in schools:
        lat, lon = T.offset(*P[dist], n, e)
        loc[sid] = (lat, lon)
        srows.append([sid, name, dist, lat, lon, rural, max_away])
        rows = T.make_staff(rng, sid, stages, rural, tid, "T", 4, p_unavail=0.03, p_tegang=0.2)
        tid += len(rows)
        trows += rows
    # a few hand-set leaves so the demo shows them whatever the draw
    by_id = {r[0]: r for r in trows}
    by_id["T0012"][8] = "2026-09-01..2026-12-07"            # 产假
    by_id["T0100"][8] = "2026-11-16..2026-11-27"            # 借调县教研室
    by_id["T0157"][8] = "2026-10-19;2026-10-26;2026-11-02"  # 送课下校
    T.write_csv(os.path.join(out, "schools.csv"), T.SCHOOL_HEADER, srows)
    T.write_csv(os.path.join(out, "teachers.csv"), T.TEACHER_HEADER, trows)

    ext = T.offset(*SEAT, 30.0, -147.0)  # 省城国培基地, about 150 km
    sites = [
        ["C01", "示例县教师发展中心", "center", SEAT[0], SEAT[1], "城关", 50, 2, None, None, False, 300],
        ["SJ01", "平寨镇中心小学送教点", "songjiao", *loc["S05"], "平寨", 40, 1, None, None, False, 0],
        ["SJ02", "龙坪乡中心小学送教点", "songjiao", *loc["S08"], "龙坪", 40, 1, None, None, False, 0],
        ["SJ03", "石桥镇中心小学送教点", "songjiao", *loc["S12"], "石桥", 40, 1, None, None, False, 0],
        ["EXT1", "省教育学院国培基地", "external", ext[0], ext[1], None, 50, 2,
         "2026-09-07..2027-01-15", None, True, 0],
        ["NET1", "国家中小学智慧教育平台县级研修班", "online", None, None, None, 60, None, None, 3, False, 800],
    ]
    T.write_csv(os.path.join(out, "sites.csv"), T.SITE_HEADER, sites)

    # eligibility counts for the quotas
    school_of = {r[0]: r for r in srows}
    prim_by_dist = {}
    for r in trows:
        if r[3] == "小学":
            dist = school_of[r[2]][2]
            prim_by_dist[dist] = prim_by_dist.get(dist, 0) + 1
    sj_min = {k: round(0.75 * prim_by_dist[k]) for k in ("平寨", "龙坪", "石桥")}
    sj_max = {k: prim_by_dist[k] for k in ("平寨", "龙坪", "石桥")}

    progs = [
        T.program_row(id="GP01", name="国培计划—乡村骨干教师短期集中培训", level="国培", mode="centralized",
                      sessions=1, days=5, day_types=["teaching"], window="2026-10-12..2026-12-25",
                      hours=40, stages=["小学", "初中"], tags_none=["新任"], quota_min=6,
                      cohort_min=1, sites=["EXT1"], cohort_cost=2000, exclusive="国培"),
        T.program_row(id="GP02", name="国培计划—乡村小学骨干教师置换脱产研修", level="国培", mode="offjob",
                      sessions=1, days=14, day_types=["teaching", "weekend"],
                      window="2026-10-12..2026-12-31", hours=120, stages=["小学"], tags_any=["骨干"],
                      quota_min=2, sites=["EXT1"], cohort_cost=3000, exclusive="国培", substitute=0.8),
        T.program_row(id="SJ01", name="送教下乡—乡村小学教师全员培训", level="国培", mode="songjiao",
                      sessions=4, days=2, gap_days=14, day_types=["weekend"],
                      window="2026-09-12..2027-01-09", hours=48, stages=["小学"],
                      quota_min=sum(sj_min.values()), quota_max=sum(sj_max.values()),
                      cohort_min=10, home_district=True, cohort_cost=500, team="songjiao"),
        T.program_row(id="HJ01", name="寒假初中教师全员集中培训", level="县培", mode="centralized",
                      sessions=1, days=3, day_types=["holiday"], window="2027-01-20..2027-01-31",
                      hours=24, stages=["初中"], quota_min="all", cohort_min=15, sites=["C01"],
                      cohort_cost=300),
        T.program_row(id="GG01", name="骨干教师周末研修班", level="县培", mode="centralized",
                      sessions=1, days=2, day_types=["weekend"], window="2026-10-17..2026-12-27",
                      hours=16, stages=["小学", "初中"], tags_any=["骨干"], quota_min=20,
                      cohort_min=10, cohort_max=40, cohort_cost=300),
        T.program_row(id="WL01", name="新任与特岗教师网络研修", level="省培", mode="online",
                      sessions=1, days=0, hours=50, tags_any=["新任", "特岗"], quota_min=40,
                      cohort_min=10, cohort_max=50, sites=["NET1"], cohort_cost=1500),
    ]
    T.write_csv(os.path.join(out, "programs.csv"), T.PROGRAM_HEADER, progs)

    quotas = [["SJ01", "district", k, sj_min[k], sj_max[k]] for k in ("平寨", "龙坪", "石桥")]
    quotas += [["GP01", "school", "S06", 1, 2],   # 平寨镇中学 is a 国培 project school
               ["GP01", "school", "S02", None, 2]]  # 城关 schools: at most 2
    T.write_csv(os.path.join(out, "quotas.csv"), T.QUOTA_HEADER, quotas)

    site_loc = {s[0]: (s[3], s[4]) for s in sites if s[3] is not None}
    pairs = [("S07", "SJ01", 1.7), ("S10", "SJ02", 1.9), ("S11", "SJ02", 2.1), ("S14", "SJ03", 1.6),
             ("S13", "SJ03", 1.5), ("S05", "C01", 1.5), ("S08", "C01", 1.8), ("S09", "C01", 1.8),
             ("S11", "C01", 1.9), ("S12", "C01", 1.4), ("S06", "EXT1", 1.25), ("S12", "EXT1", 1.25)]
    drows = [[s, t, km_road(loc[s], site_loc[t], f)] for s, t, f in pairs]
    T.write_csv(os.path.join(out, "distances.csv"), T.DISTANCE_HEADER, drows)

    T.write_instance_toml(
        os.path.join(out, "instance.toml"), "示例县 2026 秋季学期教师培训", "2026-09-01", "2027-01-31",
        HOLIDAYS, WORKDAYS, [(EXAM, ["初中", "小学"], "期末考试")],
        dict(weekly_periods=14, max_away_share=0.15, soft_away_share=0.05, road_factor=1.4,
             target_hours=360),
        WEIGHTS, {"songjiao": 2},
        comment="示例县：城关 + 平寨、龙坪、石桥三个乡村学区；生成脚本 benchmarks/make_demo.py")
    print(f"{out}: {len(srows)} schools, {len(trows)} teachers, {len(sites)} sites, {len(progs)} programmes")


# ------------------------------------------------------------------ township-small

ZH_SCHOOL = ["学校编号", "学校名称", "学区", "纬度", "经度", "乡村", "最多外出"]
ZH_TEACHER = ["工号", "姓名", "学校编号", "学段", "学科", "标签", "周课时", "已修学时", "不可参训日期"]
ZH_PROGRAM = ["项目编号", "项目名称", "级别", "形式", "次数", "每次天数", "间隔天数", "日期类型", "时间窗",
              "学时", "学段", "学科", "需含标签", "排除标签", "最少名额", "最多名额", "开班人数下限",
              "开班人数上限", "培训点", "本学区", "开班费用", "互斥组", "顶岗替代", "培训团队"]


def township_small(out: str) -> None:
    rng = random.Random(20260902)
    T.ensure_dir(out)
    centre = T.offset(*SEAT, 6.0, -27.0)
    schools = [
        ("L01", "龙坪乡中心小学", (0.0, 0.0), [("小学", 18)]),
        ("L02", "龙坪乡中学", (-0.5, 0.7), [("初中", 22)]),
        ("L03", "龙坪乡高寨村小学", (4.2, -3.5), [("小学", 7)]),
        ("L04", "龙坪乡坝湾村小学", (-2.8, 3.9), [("小学", 5)]),
        ("L05", "龙坪乡麻窝教学点", (-6.3, -4.1), [("小学", 3)]),
        ("L06", "龙坪乡中心幼儿园", (0.3, -0.4), [("幼儿园", 5)]),
    ]
    srows, trows, loc = [], [], {}
    tid = 1
    for sid, name, (n, e), stages in schools:
        lat, lon = T.offset(*centre, n, e)
        loc[sid] = (lat, lon)
        srows.append([sid, name, "龙坪", lat, lon, "是", None])
        rows = T.make_staff(rng, sid, stages, True, tid, "L", 3, p_unavail=0.03)
        tid += len(rows)
        trows += rows
    for r in trows:
        r[3] = r[3]  # stages stay Chinese
    T.write_csv(os.path.join(out, "schools.csv"), ZH_SCHOOL, srows)
    T.write_csv(os.path.join(out, "teachers.csv"), ZH_TEACHER, trows)
    sites = [
        ["C01", "示例县教师发展中心", "center", SEAT[0], SEAT[1], "城关", 40, 1, None, None, False, 200],
        ["SJ01", "龙坪乡中心小学送教点", "songjiao", *loc["L01"], "龙坪", 40, 1, None, None, False, 0],
    ]
    T.write_csv(os.path.join(out, "sites.csv"), T.SITE_HEADER, sites)
    primary = sum(1 for r in trows if r[3] == "小学")
    progs = [
        T.program_row(id="SJ01", name="送教下乡—龙坪乡小学教师培训", level="国培", mode="送教",
                      sessions=4, days=2, gap_days=14, day_types=["周末"],
                      window="2026-09-12..2027-01-09", hours=48, stages=["小学"],
                      quota_min=round(0.8 * primary), quota_max=primary, cohort_min=10,
                      home_district="是", cohort_cost=500, team="songjiao"),
        T.program_row(id="HJ01", name="寒假初中教师集中培训", level="县培", mode="集中",
                      sessions=1, days=3, day_types=["假期"], window="2027-01-20..2027-01-31",
                      hours=24, stages=["初中"], quota_min="all", cohort_min=10, cohort_cost=300),
    ]
    T.write_csv(os.path.join(out, "programs.csv"), ZH_PROGRAM, progs)
    T.write_instance_toml(
        os.path.join(out, "instance.toml"), "龙坪乡 2026 秋季（小算例）", "2026-09-01", "2027-01-31",
        HOLIDAYS, WORKDAYS, [(EXAM, ["初中", "小学"], "期末考试")],
        dict(weekly_periods=14, max_away_share=0.15, soft_away_share=0.05, road_factor=1.4,
             target_hours=360),
        WEIGHTS, {"songjiao": 1},
        comment="龙坪乡小算例：60 名教师、两个项目；schools/teachers/programs 用中文表头。")
    print(f"{out}: {len(srows)} schools, {len(trows)} teachers, {len(sites)} sites, {len(progs)} programmes")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(here), "instances"))
    a = ap.parse_args()
    demo_county(os.path.join(a.out, "demo-county"))
    township_small(os.path.join(a.out, "township-small"))


if __name__ == "__main__":
    main()
