#!/usr/bin/env python3
"""Seeded generator of trainplan benchmark instances (SPEC.md format).

    python3 benchmarks/generate.py --size county --seed 1 --out benchmarks/generated/county-s1
    python3 benchmarks/generate.py --teachers 2500 --seed 7 --out /tmp/x
    python3 benchmarks/generate.py --size district --seed 1 --variant tight-quotas,spring

Size classes (teachers, counties x rural districts, 送教 points):
    township   ~300     1 x 3    3
    district   ~1,500   1 x 4    ~8
    county     ~6,500   1 x 12   ~30
    city       ~45,000  7 x 12   ~210
--teachers N picks the nearest class and scales its districts (or counties)
to N teachers exactly. The same arguments always write byte-identical files.

Structure: a mountain county around 26.5N 107.5E (road_factor 1.4); a county
seat (城关) with the large schools (高中, 中职, 城区初中/小学, 幼儿园) and rural
学区 (乡镇) spread over ~60 km, each with a 中心小学 (送教点), a 乡镇中学, a 中心
幼儿园, 村小 and 教学点; a county 教师发展中心 plus host schools used as centres
in the winter holiday; a provincial 国培 base ~150 km away; an online platform.
Programmes: 国培 short courses (~1 % of teachers, exclusive 国培), 置换脱产 (a
few seats, substitute 0.8), 送教下乡 per county (home_district, district
sub-quotas = 70 % of rural primary teachers, team pool), a winter course for all
junior teachers (quota all), a 骨干 weekend course and an online class for 新任.
--variant (VARIANTS below, comma list) changes one aspect each; without it the
output is the same as before variants existed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import sys
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tplib as T  # noqa: E402

CLASSES = {
    #            teachers, counties, rural districts per county, seat share
    "township": (300, 1, 3, 0.0),
    "district": (1500, 1, 4, 0.25),
    "county": (6500, 1, 12, 0.35),
    "city": (45000, 7, 12, 0.35),
}
ORIGIN = (26.5, 107.5)
SJ_SEATS = 45


@dataclass(frozen=True)
class Term:
    """One term's calendar and the windows the programmes use in it."""
    title: str
    start: str
    end: str
    holidays: list
    workdays: list
    blackouts: list
    long_break: str        # the holiday the all-junior course uses (寒假 or 暑假)
    long_break_name: str
    sj_window: str
    gg_window: str
    gp_window: str
    zh_window: str
    ext_available: str
    leave_shift_days: int  # tplib's leave dates are autumn dates; shifted by whole weeks into this term


AUTUMN = Term(
    title="2026 秋季", start="2026-09-01", end="2027-01-31",
    holidays=["2026-10-01..2026-10-07", "2027-01-01..2027-01-03", "2027-01-20..2027-01-31"],
    workdays=["2026-09-27", "2026-10-10"],
    blackouts=[(["2027-01-10..2027-01-16"], ["初中", "小学"], "期末考试"),
               (["2026-11-10..2026-11-12"], ["高中"], "高中期中考试")],
    long_break="2027-01-20..2027-01-31", long_break_name="寒假",
    sj_window="2026-09-12..2027-01-09", gg_window="2026-10-17..2026-12-27",
    gp_window="2026-10-12..2026-12-25", zh_window="2026-10-12..2026-12-31",
    ext_available="2026-09-07..2027-01-15", leave_shift_days=0)

# Spring term 2027: 清明, 劳动节 and 端午 holidays, two 调休 weekend workdays, three exam blackouts
# (期中 for 小学/初中, 高考, 期末) and the start of the summer holiday as the long break.
SPRING = Term(
    title="2027 春季", start="2027-02-23", end="2027-07-31",
    holidays=["2027-04-03..2027-04-05", "2027-05-01..2027-05-05", "2027-06-09..2027-06-11",
              "2027-07-12..2027-07-31"],
    workdays=["2027-04-25", "2027-05-08"],
    blackouts=[(["2027-04-19..2027-04-23"], ["初中", "小学"], "期中考试"),
               (["2027-06-07..2027-06-09"], ["高中"], "高考"),
               (["2027-06-28..2027-07-02"], ["初中", "小学"], "期末考试")],
    long_break="2027-07-12..2027-07-31", long_break_name="暑假",
    sj_window="2027-03-06..2027-06-27", gg_window="2027-03-13..2027-06-20",
    gp_window="2027-03-08..2027-06-18", zh_window="2027-03-08..2027-06-25",
    ext_available="2027-03-01..2027-07-09", leave_shift_days=175)

# Named variants (--variant, combinable with ","): each changes one aspect of the base instance and
# leaves the rest as the same seed writes it (same schools, teachers, names and sites unless the
# variant is about them). Documented in benchmarks/README.md.
VARIANTS = {
    "tight-quotas": "quotas above what the sites were sized for: 国培 1.5×, 送教 min 95 % of primary, "
                    "骨干 course 80 % of 骨干, online 100 % of 新任, 置换 2×",
    "loose-quotas": "low minimums, wide maximums: 国培 0.6×, 送教 min 40 %, 骨干 course 30 %, online 50 %, "
                    "winter course 60 % of junior teachers instead of all",
    "guopei": "five 国培 short courses (2 % of teachers) at two provincial bases, each with district "
              "sub-quotas for every rural 学区 and school sub-quotas for its two largest rural schools",
    "tight-away": "every school's max_away = max(1, 5 % of staff), soft share 2 %, and a 2-teaching-day "
                  "county 教研 course for 语数英 teachers (10 %) competing with 国培 for days away",
    "sparse-songjiao": "送教 in every other rural 学区 only, one 送教点 each, min 50 % of primary",
    "dense-songjiao": "送教 for primary and junior teachers, up to six 送教点 per 学区, min 85 %",
    "spring": "the spring term 2027 calendar (清明, 劳动节, 端午, 调休, 期中/高考/期末 blackouts; the "
              "all-junior course in the summer holiday)",
}


def sj_patterns(term: Term) -> list[frozenset]:
    """Reference schedules of the 送教 programme (4 × 2 weekend days, gap 14)
    at a site available all term, as sets of dates."""
    hol = T.expand_dates(term.holidays)
    work = T.expand_dates(term.workdays)
    win = T.expand_dates([term.sj_window])
    def ok(x):
        return x in win and x not in hol and x not in work and x.weekday() >= 5
    def block(x):
        return ok(x) and ok(x + dt.timedelta(days=1))
    out = []
    for x0 in sorted(win):
        if not block(x0):
            continue
        blocks = [x0]
        while len(blocks) < 4:
            y = blocks[-1] + dt.timedelta(days=14)
            while y <= max(win) and not block(y):
                y += dt.timedelta(days=1)
            if y > max(win):
                break
            blocks.append(y)
        if len(blocks) == 4:
            out.append(frozenset(b + dt.timedelta(days=k) for b in blocks for k in range(2)))
    return out


def pool_size(cohorts: int, term: Term) -> int:
    """Team pool for `cohorts` 送教 cohorts: spread them greedily over the
    reference schedules, take the peak number active on one date, add 25 %."""
    pats = sj_patterns(term)
    load: dict = {}
    for _ in range(cohorts):
        best = min(pats, key=lambda p: (max(load.get(x, 0) for x in p), sum(load.get(x, 0) for x in p), min(p)))
        for x in best:
            load[x] = load.get(x, 0) + 1
    peak = max(load.values(), default=0)
    return max(1, math.ceil(1.25 * peak))


def max_disjoint(pats: list[frozenset]) -> int:
    """Most pairwise date-disjoint schedules (exact; the list is short)."""
    best = 0
    def rec(i, used, n):
        nonlocal best
        best = max(best, n)
        if i == len(pats) or n + len(pats) - i <= best:
            return
        if not (pats[i] & used):
            rec(i + 1, used | pats[i], n + 1)
        rec(i + 1, used, n)
    rec(0, frozenset(), 0)
    return best


def split_int(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder rounding of total × weights/sum(weights)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def shift_dates(items: str, days: int) -> str:
    """A ';'-separated date list (dates and ranges) moved by `days`."""
    def one(x: str) -> str:
        return T.iso(T.d(x) + dt.timedelta(days=days))
    return ";".join("..".join(one(x) for x in item.split("..")) for item in items.split(";")) if items else items


class Gen:
    def __init__(self, n_teachers: int, counties: int, districts: int, seat_share: float,
                 seed: int, label: str, variants: frozenset = frozenset()):
        self.variants = variants
        self.term = SPRING if "spring" in variants else AUTUMN
        self.rng = random.Random(seed)
        self.N = n_teachers
        self.C = counties
        self.D = districts
        self.seat_share = seat_share
        self.seed = seed
        self.label = label
        self.places = T.PlaceNames(self.rng)
        self.schools = []      # rows
        self.school_info = {}  # id -> dict(county, district, loc, stages, staff)
        self.teachers = []
        self.sites = []
        self.programs = []
        self.quotas = []
        self.distances = []
        self.teams = {}
        self.county_names = []
        self.next_school = 1
        self.next_teacher = 1

    # ------------------------------------------------------------ schools
    def add_school(self, county, district, name, loc, rural, stages):
        rng = self.rng
        sid = f"S{self.next_school:05d}"
        self.next_school += 1
        stages = [(s, n) for s, n in stages if n > 0]
        staff = sum(n for _, n in stages)
        max_away = max(1, int(0.10 * staff)) if rng.random() < 0.03 else None
        self.schools.append([sid, name, district, loc[0], loc[1], rural, max_away])
        rows = T.make_staff(rng, sid, stages, rural, self.next_teacher, "T", 6,
                            p_unavail=0.015, p_tegang=0.10)
        self.next_teacher += len(rows)
        self.teachers += rows
        self.school_info[sid] = dict(county=county, district=district, loc=loc, staff=staff,
                                     stages=stages, name=name)
        return sid

    def rural_district(self, county, cname, centre, budget):
        rng = self.rng
        place = self.places.make()
        town = place + (rng.choice(["镇", "镇", "乡"]))
        dist = place
        def near(r_lo, r_hi):
            ang = rng.random() * 2 * math.pi
            r = rng.uniform(r_lo, r_hi)
            return T.offset(*centre, r * math.sin(ang), r * math.cos(ang))
        ids = []
        if budget >= 60:
            prim = round(0.22 * budget)
            jun = round(0.28 * budget)
            kg = max(3, round(0.05 * budget))
            ids.append(self.add_school(county, dist, f"{town}中心小学", centre, True, [("小学", prim)]))
            ids.append(self.add_school(county, dist, f"{town}中学", near(0.3, 1.0), True, [("初中", jun)]))
            ids.append(self.add_school(county, dist, f"{town}中心幼儿园", near(0.2, 0.8), True, [("幼儿园", kg)]))
            rest = budget - prim - jun - kg
            if budget >= 250:
                n9 = round(0.18 * rest)
                vill = self.places.make()
                ids.append(self.add_school(county, dist, f"{town}{vill}九年一贯制学校", near(4, 9), True,
                                           [("小学", n9 - n9 * 2 // 5), ("初中", n9 * 2 // 5)]))
                rest -= n9
        else:
            n9 = max(4, round(0.55 * budget))
            kg = 3 if budget >= 25 else 0
            ids.append(self.add_school(county, dist, f"{town}中心学校", centre, True,
                                       [("小学", n9 - n9 * 2 // 5), ("初中", n9 * 2 // 5)]))
            if kg:
                ids.append(self.add_school(county, dist, f"{town}中心幼儿园", near(0.2, 0.8), True, [("幼儿园", kg)]))
            rest = budget - n9 - kg
        while rest > 0:
            if rng.random() < 0.25:
                size, kind = rng.randint(2, 4), "教学点"
            else:
                size, kind = rng.randint(5, 18), "小学"
            if rest - size < 2:
                size = rest
            vill = self.places.make()
            kind = "教学点" if size <= 4 else "小学"
            name = f"{town}{vill}村{kind}" if kind == "小学" else f"{town}{vill}{kind}"
            ids.append(self.add_school(county, dist, name, near(2, 12), True, [("小学", size)]))
            rest -= size
        return dist, ids

    def seat_schools(self, county, cname, seat, budget):
        rng = self.rng
        dist = f"{cname[:-1]}城关"
        def near():
            return T.offset(*seat, rng.uniform(-3, 3), rng.uniform(-3, 3))
        plan = []
        hs = round(0.20 * budget)
        plan.append((f"{cname}第一中学", [("高中", hs)]))
        if budget > 800:
            plan.append((f"{cname}民族中学", [("高中", round(0.10 * budget))]))
        if budget > 1200:
            plan.append((f"{cname}中等职业学校", [("中职", round(0.05 * budget))]))
        jun = round(0.25 * budget)
        kj = max(1, round(jun / 120))
        for i, n in enumerate(split_int(jun, [1] * kj)):
            plan.append((f"{cname}城关第{'一二三四五六七八九十'[i % 10]}中学", [("初中", n)]))
        kg = max(4, round(0.06 * budget))
        kk = max(1, round(kg / 30))
        for i, n in enumerate(split_int(kg, [1] * kk)):
            plan.append((f"{cname}第{'一二三四五六七八九十'[i % 10]}幼儿园", [("幼儿园", n)]))
        prim = budget - sum(n for _, st in plan for _, n in st)
        kp = max(1, round(prim / 90))
        for i, n in enumerate(split_int(prim, [1] * kp)):
            nm = f"{cname}实验小学" if i == 0 else f"{cname}城关第{'一二三四五六七八九十'[i % 10]}小学"
            plan.append((nm, [("小学", n)]))
        ids = [self.add_school(county, dist, nm, near(), False, st) for nm, st in plan]
        return dist, ids

    # ------------------------------------------------------------ build
    def build(self):
        rng = self.rng
        per_county = split_int(self.N, [rng.uniform(0.8, 1.2) for _ in range(self.C)])
        if self.C == 1:
            seats = [ORIGIN]
        else:
            seats = [ORIGIN]
            for k in range(1, self.C):
                ang = 2 * math.pi * (k - 1) / (self.C - 1) + rng.uniform(-0.2, 0.2)
                r = rng.uniform(60, 80)
                seats.append(T.offset(*ORIGIN, r * math.sin(ang), r * math.cos(ang)))
        self.county_data = []
        for c in range(self.C):
            cname = self.places.make() + "县"
            self.county_names.append(cname)
            seat = seats[c]
            tc = per_county[c]
            seat_budget = round(self.seat_share * tc)
            rural_budgets = split_int(tc - seat_budget, [rng.uniform(0.6, 1.4) for _ in range(self.D)])
            radius = 32 if self.D >= 8 else 22
            districts = []
            for k in range(self.D):
                for _ in range(200):
                    ang = 2 * math.pi * k / self.D + rng.uniform(-0.35, 0.35)
                    r = rng.uniform(0.35, 1.0) * radius
                    centre = T.offset(*seat, r * math.sin(ang), r * math.cos(ang))
                    if all(T.haversine(*centre, *o) > 7 for _, o, _ in districts):
                        break
                dist, ids = self.rural_district(c, cname, centre, rural_budgets[k])
                districts.append((dist, centre, ids))
            seat_ids = []
            if seat_budget > 0:
                _, seat_ids = self.seat_schools(c, cname, seat, seat_budget)
            self.county_data.append(dict(name=cname, seat=seat, districts=districts, seat_ids=seat_ids))
        self.make_sites()
        self.make_programs()

    def staff_count(self, ids, stage):
        return sum(n for sid in ids for s, n in self.school_info[sid]["stages"] if s == stage)

    def make_sites(self):
        rng = self.rng
        junior_total = sum(1 for t in self.teachers if t[3] == "初中")
        self.centre_main, self.centre_all = [], []
        nsj = 0
        self.sj_sites = {}  # county -> list of (site id, district)
        self.sj_cohorts = {}
        self.sj_per_room = max_disjoint(sj_patterns(self.term))  # 2 with the 2026 autumn calendar
        for c, cd in enumerate(self.county_data):
            cname = cd["name"]
            ids_all = cd["seat_ids"] + [i for _, _, ids in cd["districts"] for i in ids]
            juniors = self.staff_count(ids_all, "初中")
            gugan = sum(1 for t in self.teachers if t[2] in set(ids_all) and "骨干" in t[5]
                        and t[3] in ("小学", "初中"))
            # winter course: 4 disjoint 3-day blocks per room in 12 holiday days, ~40 a cohort
            rooms_winter = max(1, math.ceil(juniors / 130))
            rooms_weekend = max(1, math.ceil(0.5 * gugan / 40 / 4))
            main_rooms = min(4, max(2, rooms_weekend, rooms_winter))
            cid = f"C{c + 1:02d}"
            self.sites.append([cid, f"{cname}教师发展中心", "center", cd["seat"][0], cd["seat"][1],
                               f"{cname[:-1]}城关", 60, main_rooms, None, None, False, 300])
            self.centre_main.append(cid)
            self.centre_all.append(cid)
            rest = rooms_winter - main_rooms
            h = 0
            while rest > 0:
                r = min(8, rest)
                h += 1
                hid = f"C{c + 1:02d}H{h}"
                loc = T.offset(*cd["seat"], rng.uniform(-2, 2), rng.uniform(-2, 2))
                host = ["第一中学", "城关第一中学", "实验小学", "民族中学", "城关第二中学"][(h - 1) % 5]
                self.sites.append([hid, f"{cname}{host}（{self.term.long_break_name}借用）", "center", loc[0],
                                   loc[1], None, 50, r, self.term.long_break, None, False, 0])
                self.centre_all.append(hid)
                rest -= r
            # 送教点
            self.sj_sites[c] = []
            self.sj_cohorts[c] = 0
            for k, (dist, centre, ids) in enumerate(cd["districts"]):
                if not self.sj_covers(k):
                    continue
                prim = sum(self.staff_count(ids, stage) for stage in self.sj_stages())
                need = math.ceil(self.sj_room_share() * prim / (0.8 * SJ_SEATS)) if prim else 0
                npts = max(1, min(3, round(prim / 85)))
                if "sparse-songjiao" in self.variants:
                    npts = 1
                elif "dense-songjiao" in self.variants:
                    npts = max(2, min(6, round(prim / 40)))
                self.sj_cohorts[c] += need
                cand = sorted((i for i in ids if any(s in ("小学", "初中") for s, _ in self.school_info[i]["stages"])),
                              key=lambda i: (-self.school_info[i]["staff"], i))
                pts = cand[:1]
                # further points: the largest schools away from the first
                for i in cand[1:]:
                    if len(pts) >= npts:
                        break
                    if all(T.haversine(*self.school_info[i]["loc"], *self.school_info[j]["loc"]) > 2.5 for j in pts):
                        pts.append(i)
                rooms = max(1, math.ceil(need / (self.sj_per_room * len(pts))))
                for i in pts:
                    nsj += 1
                    sid = f"SJ{nsj:03d}"
                    info = self.school_info[i]
                    self.sites.append([sid, f"{info['name']}送教点", "songjiao", info["loc"][0], info["loc"][1],
                                       dist, SJ_SEATS, rooms, None, None, False, 0])
                    self.sj_sites[c].append((sid, dist))
        # external base ~150 km away; online
        ext = T.offset(*ORIGIN, 30.0, -147.0)
        gp_quota = max(2, round(0.01 * self.N))
        zh_quota = max(1, round(0.0015 * self.N))
        if "guopei" in self.variants:
            gp_quota = max(5, round(0.02 * self.N))
        # Sites are sized for the quotas above; tight and loose quotas change only the quotas.
        ext_cohorts = math.ceil(gp_quota / 40) + 2 + math.ceil(zh_quota / 40)
        self.sites.append(["EXT1", "省教育学院国培基地", "external", ext[0], ext[1], None, 50,
                           max(2, math.ceil(ext_cohorts / 6)), self.term.ext_available, None, True, 0])
        if "guopei" in self.variants:
            # a second, nearer base with one room, open for the middle of the 国培 window only
            ext2 = T.offset(*ORIGIN, -40.0, 75.0)
            start, end = (T.d(x) for x in self.term.gp_window.split(".."))
            middle = T.rng_str(start + dt.timedelta(days=21), end - dt.timedelta(days=21))
            self.sites.append(["EXT2", "市师范学院国培基地", "external", ext2[0], ext2[1], None, 40, 1, middle,
                               None, True, 0])
        scale = {"tight-quotas": (1.5, 2.0), "loose-quotas": (0.6, 1.0)}
        for variant, (gp_scale, zh_scale) in scale.items():
            if variant in self.variants:
                gp_quota = max(2, round(gp_scale * gp_quota))
                zh_quota = max(1, round(zh_scale * zh_quota))
        self.sites.append(["NET1", "国家中小学智慧教育平台研修班", "online", None, None, None, 50, None,
                           None, None, False, 0])
        self.gp_quota, self.zh_quota = gp_quota, zh_quota

    def eligible(self, stages=None, subjects=None, tags_any=None, tags_none=None, schools=None):
        n = 0
        for t in self.teachers:
            tags = t[5].split(";") if t[5] else []
            if stages and t[3] not in stages:
                continue
            if subjects and t[4] not in subjects:
                continue
            if tags_any and not any(x in tags for x in tags_any):
                continue
            if tags_none and any(x in tags for x in tags_none):
                continue
            if schools is not None and t[2] not in schools:
                continue
            n += 1
        return n

    # ------------------------------------------------------------ variant knobs
    def share(self, base: float, tight: float, loose: float) -> float:
        """A quota share: the base value, or the tight-quotas / loose-quotas one."""
        if "tight-quotas" in self.variants:
            return tight
        if "loose-quotas" in self.variants:
            return loose
        return base

    def sj_stages(self) -> list[str]:
        return ["小学", "初中"] if "dense-songjiao" in self.variants else ["小学"]

    def sj_covers(self, district_index: int) -> bool:
        return district_index % 2 == 0 if "sparse-songjiao" in self.variants else True

    def sj_min_share(self) -> float:
        if "sparse-songjiao" in self.variants:
            return 0.5
        if "dense-songjiao" in self.variants:
            return 0.85
        return self.share(0.7, 0.95, 0.4)

    def sj_room_share(self) -> float:
        """The share of teachers 送教点 rooms and the team pool are sized for (not the quota's when the
        quotas are tight or loose: those variants change the quotas alone)."""
        return self.sj_min_share() if self.variants & {"sparse-songjiao", "dense-songjiao"} else 0.7

    def guopei_courses(self) -> list[tuple[str, list[str], list[str] | None]]:
        if "guopei" in self.variants:
            return [("国培计划—乡村小学语数英教师短期集中培训", ["小学"], ["语文", "数学", "英语"]),
                    ("国培计划—乡村小学科学与艺体教师短期集中培训", ["小学"],
                     ["科学", "音乐", "体育", "美术", "信息技术", "道德与法治", "综合实践"]),
                    ("国培计划—乡村初中文科教师短期集中培训", ["初中"], ["语文", "英语", "道德与法治", "历史", "地理"]),
                    ("国培计划—乡村初中理科教师短期集中培训", ["初中"], ["数学", "物理", "化学", "生物", "信息技术"]),
                    ("国培计划—乡村幼儿园教师短期集中培训", ["幼儿园"], None)]
        if self.N < 1000:
            return [("国培计划—乡村中小学骨干教师短期集中培训", ["小学", "初中"], None)]
        if self.N < 20000:
            return [("国培计划—乡村小学语数英教师短期集中培训", ["小学"], ["语文", "数学", "英语"]),
                    ("国培计划—乡村初中学科教师短期集中培训", ["初中"], None)]
        return [("国培计划—乡村小学语数英教师短期集中培训", ["小学"], ["语文", "数学", "英语"]),
                ("国培计划—乡村初中学科教师短期集中培训", ["初中"], None),
                ("国培计划—中小学音体美教师短期集中培训", ["小学", "初中"], ["音乐", "体育", "美术"])]

    def guopei_subquotas(self, pid: str, quota: int, stages, subjects) -> None:
        """District sub-quotas (60 %..160 % of each rural 学区's share of the quota) and school sub-quotas
        (1..3) for the two largest rural schools with at least 3 eligible teachers."""
        rural = [(dist, ids) for cd in self.county_data for dist, _, ids in cd["districts"]]
        counts = [self.eligible(stages, subjects, None, ["新任"], set(ids)) for _, ids in rural]
        total = sum(counts)
        for (dist, _), n in zip(rural, counts):
            expected = quota * n / total if total else 0
            low = math.floor(0.6 * expected)
            if low >= 1:
                self.quotas.append([pid, "district", dist, low, max(low + 1, math.ceil(1.6 * expected))])
        schools = sorted(((self.eligible(stages, subjects, None, ["新任"], {sid}), sid)
                          for _, ids in rural for sid in ids), key=lambda p: (-p[0], p[1]))
        for n, sid in schools[:2]:
            if n >= 3:
                self.quotas.append([pid, "school", sid, 1, 3])

    def make_programs(self):
        P = self.programs
        term = self.term
        # 国培 short courses
        variants = self.guopei_courses()
        gp_sites = ["EXT1", "EXT2"] if "guopei" in self.variants else ["EXT1"]
        elig = [self.eligible(st, sj, None, ["新任"]) for _, st, sj in variants]
        quotas = split_int(self.gp_quota, elig)
        for k, ((name, st, sj), q) in enumerate(zip(variants, quotas)):
            P.append(T.program_row(id=f"GP{k + 1:02d}", name=name, level="国培", mode="centralized",
                                   sessions=1, days=5, day_types=["teaching"], window=term.gp_window, hours=40,
                                   stages=st, subjects=sj, tags_none=["新任"], quota_min=q,
                                   cohort_min=10 if q >= 20 else 1, sites=gp_sites, cohort_cost=2000,
                                   exclusive="国培"))
            if "guopei" in self.variants:
                self.guopei_subquotas(f"GP{k + 1:02d}", q, st, sj)
        # a 国培 project school with a school sub-quota: the largest rural junior school
        cand = sorted((sid for sid, i in self.school_info.items()
                       if self.schools[int(sid[1:]) - 1][5] and any(s == "初中" for s, _ in i["stages"])),
                      key=lambda s: (-self.school_info[s]["staff"], s))
        if cand and "guopei" not in self.variants:
            gp_j = [k for k, (_, st, _) in enumerate(variants) if "初中" in st][0]
            self.quotas.append([f"GP{gp_j + 1:02d}", "school", cand[0], 1, 3])
        P.append(T.program_row(id="ZH01", name="国培计划—乡村骨干教师置换脱产研修", level="国培", mode="offjob",
                               sessions=1, days=14, day_types=["teaching", "weekend"], window=term.zh_window,
                               hours=120, stages=["小学", "初中"], tags_any=["骨干"], quota_min=self.zh_quota,
                               sites=["EXT1"], cohort_cost=3000, exclusive="国培", substitute=0.8))
        # 送教下乡 per county
        dense = "dense-songjiao" in self.variants
        for c, cd in enumerate(self.county_data):
            team = "songjiao" if self.C == 1 else f"songjiao_{c + 1:02d}"
            pool = pool_size(self.sj_cohorts[c], term)
            self.teams[team] = pool
            qmin = qmax = 0
            pid = f"SJ{c + 1:02d}"
            for k, (dist, _, ids) in enumerate(cd["districts"]):
                if not self.sj_covers(k):
                    continue
                prim = sum(self.staff_count(ids, stage) for stage in self.sj_stages())
                lo = round(self.sj_min_share() * prim)
                self.quotas.append([pid, "district", dist, lo, prim])
                qmin += lo
                qmax += prim
            P.append(T.program_row(id=pid, name=f"送教下乡—{cd['name']}乡村{'中小学' if dense else '小学'}教师培训",
                                   level="国培", mode="songjiao", sessions=4, days=2, gap_days=14,
                                   day_types=["weekend"], window=term.sj_window, hours=48, stages=self.sj_stages(),
                                   quota_min=qmin, quota_max=qmax, cohort_min=10,
                                   sites=[s for s, _ in self.sj_sites[c]], home_district=True,
                                   cohort_cost=500, team=team))
        # holiday course for all junior teachers (a share of them with loose quotas)
        juniors = "all" if "loose-quotas" not in self.variants else round(0.6 * self.eligible(["初中"]))
        P.append(T.program_row(id="HJ01", name=f"{term.long_break_name}初中教师全员集中培训", level="县培",
                               mode="centralized", sessions=1, days=3, day_types=["holiday"], window=term.long_break,
                               hours=24, stages=["初中"], quota_min=juniors, cohort_min=15, cohort_max=50,
                               sites=self.centre_all, cohort_cost=300))
        # 骨干 weekend course
        g = self.eligible(["小学", "初中"], None, ["骨干"])
        P.append(T.program_row(id="GG01", name="骨干教师周末研修班", level="市培" if self.C > 1 else "县培",
                               mode="centralized", sessions=2, days=2, gap_days=21, day_types=["weekend"],
                               window=term.gg_window, hours=32, stages=["小学", "初中"], tags_any=["骨干"],
                               quota_min=max(1, round(self.share(0.5, 0.8, 0.3) * g)),
                               cohort_min=min(15, max(1, round(0.5 * g))),
                               cohort_max=50, sites=self.centre_main, cohort_cost=300))
        # online class for new teachers
        nw = self.eligible(None, None, ["新任"])
        q = max(1, round(self.share(0.8, 1.0, 0.5) * nw))
        P.append(T.program_row(id="WL01", name="新任教师网络研修", level="省培", mode="online", sessions=1,
                               days=0, hours=50, tags_any=["新任"], quota_min=q,
                               cohort_min=10 if q >= 30 else 1, cohort_max=50, sites=["NET1"],
                               cohort_cost=1500))
        if "tight-away" in self.variants:
            self.tighten_away()

    def tighten_away(self):
        """Every school may send 5 % of its staff away on a teaching day; a weekday course competes for it."""
        for row in self.schools:
            row[6] = max(1, int(0.05 * self.school_info[row[0]]["staff"]))
        subjects = ["语文", "数学", "英语"]
        n = self.eligible(["小学", "初中"], subjects)
        self.programs.append(T.program_row(
            id="JY01", name="县级语数英学科教研培训", level="县培", mode="centralized", sessions=2, days=1,
            gap_days=14, day_types=["teaching"], window=self.term.gp_window, hours=16, stages=["小学", "初中"],
            subjects=subjects, quota_min=max(1, round(0.10 * n)), cohort_min=15, cohort_max=50,
            sites=self.centre_main, cohort_cost=300))

    def make_distances(self):
        rng = self.rng
        site_loc = {s[0]: (s[3], s[4]) for s in self.sites if s[3] is not None}
        sj_by_dist = {}
        for c in range(self.C):
            for sid, dist in self.sj_sites[c]:
                sj_by_dist.setdefault(dist, []).append(sid)
        for sid_row in self.schools:
            sid = sid_row[0]
            info = self.school_info[sid]
            targets = sj_by_dist.get(info["district"], []) + [f"C{info['county'] + 1:02d}"]
            for t in targets:
                km = T.haversine(*info["loc"], *site_loc[t]) * rng.uniform(1.25, 1.9)
                self.distances.append([sid, t, round(max(0.3, km), 1)])

    def write(self, out):
        T.ensure_dir(out)
        self.make_distances()
        T.write_csv(os.path.join(out, "schools.csv"), T.SCHOOL_HEADER, self.schools)
        if self.term.leave_shift_days:
            for row in self.teachers:
                row[8] = shift_dates(row[8], self.term.leave_shift_days)
        T.write_csv(os.path.join(out, "teachers.csv"), T.TEACHER_HEADER, self.teachers)
        T.write_csv(os.path.join(out, "sites.csv"), T.SITE_HEADER, self.sites)
        T.write_csv(os.path.join(out, "programs.csv"), T.PROGRAM_HEADER, self.programs)
        T.write_csv(os.path.join(out, "quotas.csv"), T.QUOTA_HEADER, self.quotas)
        T.write_csv(os.path.join(out, "distances.csv"), T.DISTANCE_HEADER, self.distances)
        where = "、".join(self.county_names)
        term = self.term
        away = (0.05, 0.02) if "tight-away" in self.variants else (0.15, 0.05)
        T.write_instance_toml(
            os.path.join(out, "instance.toml"), f"{self.label} seed {self.seed}: {where} {term.title}",
            term.start, term.end, term.holidays, term.workdays, term.blackouts,
            dict(weekly_periods=14, max_away_share=away[0], soft_away_share=away[1], road_factor=1.4,
                 target_hours=360),
            dict(shortfall=100000, teaching_day=100, weekend_day=25, holiday_day=10,
                 concentration=200, km=1, priority=50),
            self.teams,
            comment=f"generated by benchmarks/generate.py ({self.label}, seed {self.seed}, "
                    f"{len(self.teachers)} teachers)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", choices=sorted(CLASSES), help="size class (default: from --teachers, else county)")
    ap.add_argument("--teachers", type=int, help="exact number of teachers")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--variant", default="",
                    help="comma list of: " + ", ".join(VARIANTS) + " (see benchmarks/README.md)")
    ap.add_argument("--out", help="output folder (default benchmarks/generated/<size>[-<variant>]-s<seed>)")
    a = ap.parse_args()
    variants = [v for v in a.variant.split(",") if v]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        ap.error("unknown variant: " + ", ".join(unknown) + "; known: " + ", ".join(VARIANTS))
    size = a.size
    if size is None:
        if a.teachers:
            size = min(CLASSES, key=lambda k: abs(math.log(CLASSES[k][0] / a.teachers)))
        else:
            size = "county"
    n0, counties, districts, seat = CLASSES[size]
    n = a.teachers or n0
    if n < 20:
        ap.error("--teachers must be at least 20")
    if n != n0:
        if counties > 1:
            counties = max(2, round(counties * n / n0))
        else:
            districts = max(1, round(districts * n / n0))
    label = size if not a.teachers else f"{size}-{n}"
    if variants:
        label += "-" + "+".join(variants)
    out = a.out or os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated", f"{label}-s{a.seed}")
    g = Gen(n, counties, districts, seat, a.seed, label, frozenset(variants))
    g.build()
    g.write(out)
    nsj = sum(1 for s in g.sites if s[2] == "songjiao")
    print(f"{out}: {len(g.schools)} schools, {len(g.teachers)} teachers, {len(g.sites)} sites "
          f"({nsj} 送教点), {len(g.programs)} programmes, {len(g.quotas)} sub-quotas, teams {g.teams}")


if __name__ == "__main__":
    main()
