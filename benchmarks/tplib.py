"""Shared helpers for the trainplan instance writers (standard library only).

Used by make_demo.py, generate.py and cflp_to_instance.py. Everything that
draws randomness takes an explicit random.Random so output is reproducible.
"""
from __future__ import annotations

import datetime as dt
import math
import os

# ---------------------------------------------------------------- writing

def write_csv(path: str, header: list[str], rows) -> int:
    """UTF-8 without BOM, '\\n' line ends, minimal RFC 4180 quoting."""
    def cell(v) -> str:
        if v is None:
            return ""
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            s = repr(v)
            return s[:-2] if s.endswith(".0") else s
        s = str(v)
        if any(c in s for c in ',"\n\r') or s != s.strip():
            s = '"' + s.replace('"', '""') + '"'
        return s

    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(cell(v) for v in r) + "\n")
            n += 1
    return n


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_list(items) -> str:
    return "[" + ", ".join(toml_str(x) for x in items) + "]"


def toml_num(x) -> str:
    return repr(x)  # ints stay ints, floats keep their point (1.0, 1.4)


def write_instance_toml(path: str, name: str, start: str, end: str,
                        holidays: list[str], workdays: list[str],
                        blackouts: list[tuple[list[str], list[str], str]],
                        defaults: dict, weights: dict, teams: dict,
                        comment: str = "") -> None:
    out = []
    if comment:
        out += ["# " + line for line in comment.splitlines()]
    out.append(f"name = {toml_str(name)}")
    out.append("")
    out.append("[calendar]")
    out.append(f"start = {toml_str(start)}")
    out.append(f"end   = {toml_str(end)}")
    out.append(f"holidays = {toml_list(holidays)}")
    out.append(f"workdays = {toml_list(workdays)}")
    for dates, stages, note in blackouts:
        out.append("")
        out.append("[[calendar.blackouts]]" + (f"  # {note}" if note else ""))
        out.append(f"dates  = {toml_list(dates)}")
        out.append(f"stages = {toml_list(stages)}")
    out.append("")
    out.append("[defaults]")
    for k, v in defaults.items():
        out.append(f"{k} = {toml_num(v)}")
    out.append("")
    out.append("[weights]")
    for k, v in weights.items():
        out.append(f"{k} = {toml_num(v)}")
    if teams:
        out.append("")
        out.append("[teams]")
        for k, v in teams.items():
            out.append(f"{k} = {v}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


SCHOOL_HEADER = ["id", "name", "district", "lat", "lon", "rural", "max_away"]
TEACHER_HEADER = ["id", "name", "school", "stage", "subject", "tags",
                  "weekly_periods", "cycle_hours", "unavailable"]
SITE_HEADER = ["id", "name", "kind", "lat", "lon", "district", "seats", "rooms",
               "available", "max_cohorts", "lodging", "cohort_cost"]
PROGRAM_HEADER = ["id", "name", "level", "mode", "sessions", "days", "gap_days",
                  "day_types", "window", "hours", "stages", "subjects",
                  "tags_any", "tags_none", "quota_min", "quota_max",
                  "cohort_min", "cohort_max", "sites", "home_district",
                  "cohort_cost", "exclusive", "substitute", "team"]
QUOTA_HEADER = ["program", "scope", "scope_id", "min", "max"]
DISTANCE_HEADER = ["school", "site", "km"]


def program_row(**kw) -> list:
    """A programs.csv row from keyword arguments; lists are joined with ';'."""
    unknown = set(kw) - set(PROGRAM_HEADER)
    if unknown:
        raise KeyError(unknown)
    row = []
    for h in PROGRAM_HEADER:
        v = kw.get(h)
        if isinstance(v, (list, tuple)):
            v = ";".join(str(x) for x in v)
        row.append(v)
    return row


def ensure_dir(path: str) -> None:
    os.makedirs(path, exist_ok=True)


# ---------------------------------------------------------------- geography

def haversine(lat1, lon1, lat2, lon2) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def offset(lat: float, lon: float, km_north: float, km_east: float) -> tuple[float, float]:
    dlat = km_north / 111.195
    dlon = km_east / (111.195 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


# ---------------------------------------------------------------- calendar

def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def iso(x: dt.date) -> str:
    return x.isoformat()


def rng_str(a: dt.date, b: dt.date) -> str:
    return f"{iso(a)}..{iso(b)}"


def expand_dates(items: list[str]) -> set[dt.date]:
    out = set()
    for it in items:
        it = it.strip()
        if not it:
            continue
        if ".." in it:
            a, b = it.split("..")
            x, y = d(a), d(b)
            while x <= y:
                out.add(x)
                x += dt.timedelta(days=1)
        else:
            out.add(d(it))
    return out


# ---------------------------------------------------------------- names

# Surnames with rough weights for south-west China (Guizhou: many 杨, 吴, 龙, 石, 潘, 罗).
SURNAMES = (
    "王12 李11 张9 刘7 陈7 杨9 黄5 赵4 吴7 周4 徐3 孙2 马3 朱3 胡3 郭2 何3 高2 林2 罗6 郑2 梁2 "
    "谢2 宋2 唐3 许1 韩1 冯2 邓3 曹2 彭2 曾2 肖2 田3 董1 袁2 潘4 于1 蒋2 蔡1 余2 杜2 叶1 程1 "
    "苏1 魏1 吕1 丁1 任1 沈1 姚1 卢2 姜1 崔1 钟1 谭2 陆2 汪1 范1 金1 石4 廖2 贾1 夏1 韦3 付1 "
    "方1 白1 邹1 孟1 熊2 秦1 邱1 江1 尹1 薛1 段1 雷2 侯1 龙4 史1 陶1 黎1 贺1 顾1 毛1 郝1 龚1 "
    "邵1 万1 严1 覃2 武1 戴1 莫2 蒙2 岑1 欧阳1 令狐1"
)
_SUR = []
for tok in SURNAMES.split():
    name = tok.rstrip("0123456789")
    _SUR.append((name, int(tok[len(name):])))
_SUR_CUM = []
_acc = 0
for _n, _w in _SUR:
    _acc += _w
    _SUR_CUM.append(_acc)

GIVEN_F = list("丽娟敏静燕芳霞红艳玲婷雪梅兰琴倩慧颖莉萍洁琳佳悦欣怡瑶晶蓉露丹娜思雨梦诗秀英桂凤春")
GIVEN_M = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆亮龙林峰建国文志海东成江阳航晨旭昊泽")
GIVEN_ANY = list("小晓子文雨一嘉振永学德世光正家玉金庆松天云思")


def person_name(rng, female: bool) -> str:
    x = rng.random() * _acc
    lo = 0
    while _SUR_CUM[lo] < x:
        lo += 1
    sur = _SUR[lo][0]
    pool = GIVEN_F if female else GIVEN_M
    if rng.random() < 0.4:
        return sur + rng.choice(pool)
    first = rng.choice(GIVEN_ANY + pool)
    second = rng.choice(pool)
    if second == first:
        second = rng.choice(pool)
    return sur + first + second


PLACE_A = list("平龙石高新大马牛白红青金长沙水河云凤岩坝花桃杨柳茶竹松梅兰安乐福永兴和德仁望朝三五六八双冷响洛者摆拉翁纳猫羊鸡黑铜银甲丙九碧木麻苗")
PLACE_B = list("寨坪桥坝溪场口江河阳山田水塘湾岗坡关营堡屯洞冲沟岭林庄头里渡岩庙哨铺垭湖源滩")


class PlaceNames:
    """Unique made-up place names (乡镇, 村) drawn from syllable lists."""

    def __init__(self, rng):
        self.rng = rng
        self.used: set[str] = set()

    def make(self) -> str:
        for _ in range(10000):
            n = self.rng.choice(PLACE_A) + self.rng.choice(PLACE_B)
            if n not in self.used:
                self.used.add(n)
                return n
        # fall back to three characters
        while True:
            n = self.rng.choice(PLACE_A) + self.rng.choice(PLACE_A) + self.rng.choice(PLACE_B)
            if n not in self.used:
                self.used.add(n)
                return n


# ---------------------------------------------------------------- subjects

SUBJECT_MIX = {
    "幼儿园": [("学前教育", 100)],
    "小学": [("语文", 35), ("数学", 28), ("英语", 8), ("科学", 5), ("道德与法治", 4),
            ("音乐", 5), ("体育", 6), ("美术", 5), ("信息技术", 2), ("综合实践", 2)],
    "初中": [("语文", 16), ("数学", 16), ("英语", 14), ("物理", 7), ("化学", 5),
            ("道德与法治", 7), ("历史", 6), ("地理", 5), ("生物", 5), ("体育", 7),
            ("音乐", 3), ("美术", 3), ("信息技术", 3), ("心理健康", 1)],
    "高中": [("语文", 13), ("数学", 13), ("英语", 13), ("物理", 9), ("化学", 8),
            ("生物", 7), ("思想政治", 7), ("历史", 7), ("地理", 7), ("体育", 6),
            ("信息技术", 3), ("音乐", 2), ("美术", 2), ("通用技术", 2), ("心理健康", 1)],
    "中职": [("语文", 12), ("数学", 12), ("英语", 10), ("思想政治", 6), ("体育", 6),
            ("计算机应用", 14), ("电子商务", 12), ("汽车运用与维修", 10), ("旅游服务与管理", 10),
            ("现代农艺技术", 8)],
}
MAIN_SUBJECTS = {"语文", "数学", "英语"}
FEMALE_SHARE = {"幼儿园": 0.97, "小学": 0.68, "初中": 0.55, "高中": 0.45, "中职": 0.45}


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def subject_list(rng, stage: str, n: int) -> list[str]:
    """n subjects for a school's staff of one stage: the mix, rounded, with
    the main subjects first (so small schools are mostly 语文/数学)."""
    mix = SUBJECT_MIX[stage]
    tot = sum(w for _, w in mix)
    counts = {s: int(n * w / tot) for s, w in mix}
    rest = n - sum(counts.values())
    # hand out the remainder by largest weight first, then randomly
    order = sorted(mix, key=lambda p: -p[1])
    i = 0
    while rest > 0:
        if i < len(order):
            counts[order[i][0]] += 1
        else:
            counts[weighted(rng, mix)] += 1
        rest -= 1
        i += 1
    out = []
    for s, _ in order:
        out += [s] * counts[s]
    return out


def weekly_periods(rng, stage: str, subject: str, tags: list[str]) -> int | None:
    if stage == "幼儿园":
        return None
    if rng.random() < 0.10:
        return None  # empty: the default load
    if "校长" in tags:
        return rng.choice([8, 8, 9, 10])
    if stage == "小学":
        lo, hi = (12, 16) if subject in ("语文", "数学") else (13, 18)
    elif stage == "初中":
        lo, hi = (10, 14) if subject in MAIN_SUBJECTS else (12, 18)
    else:
        lo, hi = (10, 14) if subject in MAIN_SUBJECTS else (10, 16)
    return rng.randint(lo, hi)


# ---------------------------------------------------------------- staff

HORIZON_START = dt.date(2026, 9, 1)


def unavailable_for(rng, female: bool) -> str:
    """A realistic 不可参训日期 list; all leave ends before the winter holiday."""
    kind = rng.random()
    if female and kind < 0.45:  # 产假 98 days
        a = HORIZON_START + dt.timedelta(days=rng.randint(0, 35))
        return rng_str(a, a + dt.timedelta(days=97))
    if kind < 0.75:  # 病假
        a = dt.date(2026, 9, 7) + dt.timedelta(days=rng.randint(0, 104))
        return rng_str(a, a + dt.timedelta(days=rng.randint(6, 20)))
    # 借调 / 外出监考 / 赛课: a few single dates and perhaps a week
    items = []
    for _ in range(rng.randint(1, 3)):
        x = dt.date(2026, 9, 7) + dt.timedelta(days=rng.randint(0, 110))
        items.append(x)
    items = [iso(x) for x in sorted(set(items))]
    if rng.random() < 0.5:
        a = dt.date(2026, 10, 12) + dt.timedelta(days=7 * rng.randint(0, 8))
        items.append(rng_str(a, a + dt.timedelta(days=4)))
    return ";".join(items)


def make_staff(rng, school_id: str, stage_counts: list[tuple[str, int]], rural: bool,
               first_id: int, id_prefix: str = "T", id_width: int = 5,
               p_unavail: float = 0.015, p_tegang: float = 0.08) -> list[list]:
    """teachers.csv rows for one school. stage_counts e.g. [("小学", 17), ("初中", 13)]."""
    rows = []
    tid = first_id
    head_given = False
    for stage, n in stage_counts:
        subjects = subject_list(rng, stage, n)
        for k, subject in enumerate(subjects):
            female = rng.random() < FEMALE_SHARE[stage]
            tags: list[str] = []
            if not head_given and k == 0:
                tags.append("校长")
                head_given = True
            new = "校长" not in tags and rng.random() < (0.07 if rural else 0.05)
            if new:
                tags.append("新任")
            if rural and "校长" not in tags and rng.random() < (0.45 if new else p_tegang):
                tags.append("特岗")
            if not new and rng.random() < (0.10 if rural else 0.14) + (0.3 if "校长" in tags else 0):
                tags.append("骨干")
            if stage != "幼儿园" and "校长" not in tags:
                if rng.random() < (0.55 if subject in MAIN_SUBJECTS else 0.08):
                    tags.append("班主任")
            if new:
                ch = 4 * rng.randint(0, 12)
            elif "骨干" in tags:
                ch = min(360, 6 * rng.randint(20, 60))
            elif rng.random() < 0.07:
                ch = 360
            else:
                ch = 2 * rng.randint(0, 180)
            wp = weekly_periods(rng, stage, subject, tags)
            un = unavailable_for(rng, female) if rng.random() < p_unavail else ""
            rows.append([f"{id_prefix}{tid:0{id_width}d}", person_name(rng, female), school_id,
                         stage, subject, ";".join(tags), wp, ch, un])
            tid += 1
    return rows
