#!/usr/bin/env python3
"""Regenerates the workbook fixtures from instances/demo-county (run from the repository root):

    pip install openpyxl            # once
    apt-get install libreoffice-calc  # once, for the LibreOffice and .xls fixtures
    python3 Tests/InstanceTests/Fixtures/workbooks/make_workbooks.py

Writes, next to this script:
- demo-county-openpyxl.xlsx: written by openpyxl, Chinese sheet names and headers, typed cells (integers,
  floats, booleans, real date cells with Chinese and custom date formats), the 1904 date system, a
  rich-text name, a hidden sheet, a notes sheet, sparse rows and styled empty cells far to the right/below.
- demo-county-libreoffice.xlsx: the same workbook with a few cells as formulas (=7*2 for 14) and
  booleans as the text 是/否, opened and saved by LibreOffice (`soffice --headless --convert-to`), which
  stores the formulas' results, its own shared strings and styles, and the 1900 date system.
- demo-county.xls: the same without formulas, saved by LibreOffice as Excel 97-2003. libfreexl 1.0.6
  reads formula and logical (TRUE/FALSE) cells of an .xls as empty, so this one has neither.
Each must load to the same instance as instances/demo-county.
"""
import csv
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join("instances", "demo-county")

SHEETS = [  # (csv file, Chinese sheet name)
    ("schools.csv", "学校"), ("teachers.csv", "教师"), ("sites.csv", "培训点"),
    ("programs.csv", "培训项目"), ("quotas.csv", "名额"), ("distances.csv", "距离"),
]
CHINESE_HEADERS = {
    "schools.csv": {"id": "学校编号", "name": "学校名称", "district": "学区", "lat": "纬度", "lon": "经度",
                    "rural": "乡村", "max_away": "最多外出"},
    "teachers.csv": {"id": "工号", "name": "姓名", "school": "学校编号", "stage": "学段", "subject": "学科",
                     "tags": "标签", "weekly_periods": "周课时", "cycle_hours": "已修学时",
                     "unavailable": "不可参训日期"},
    "sites.csv": {"id": "培训点编号", "kind": "类型", "seats": "座位", "lodging": "住宿"},
    "programs.csv": {"id": "项目编号", "mode": "形式", "days": "每次天数", "window": "时间窗", "hours": "学时"},
}
NUMBER_COLUMNS = {"lat", "lon", "max_away", "weekly_periods", "cycle_hours", "seats", "rooms", "max_cohorts",
                  "cohort_cost", "sessions", "days", "gap_days", "hours", "quota_min", "quota_max",
                  "cohort_min", "cohort_max", "substitute", "min", "max", "km"}
BOOLEAN_COLUMNS = {"rural", "lodging", "home_district"}
CHINESE_DATE = 'yyyy"年"m"月"d"日"'


def typed(column, text, formulas, text_booleans):
    """The cell value openpyxl should write for a CSV cell."""
    if text == "":
        return None
    if column in BOOLEAN_COLUMNS:
        value = text.lower() in ("true", "yes", "1", "是")
        # libfreexl 1.0.6 reads logical cells of an .xls as empty, so the LibreOffice/.xls source says 是/否.
        return ("是" if value else "否") if text_booleans else value
    if column in NUMBER_COLUMNS:
        try:
            number = float(text)
        except ValueError:
            return text  # quota_min "all"

        if number.is_integer():
            if formulas and int(number) == 14:
                return "=7*2"
            return int(number)
        return number
    return text


def date_cell(cell, text, number_format):
    cell.value = datetime.date.fromisoformat(text)
    cell.number_format = number_format


def build(path, formulas=False, text_booleans=False):
    workbook = openpyxl.Workbook()
    if not (formulas or text_booleans):
        workbook.epoch = CALENDAR_MAC_1904
    settings = workbook.active
    settings.title = "设置"
    with open(os.path.join(SOURCE, "instance.toml"), "rb") as handle:
        toml = tomllib.load(handle)
    settings.append(["键", "值", "说明"])
    name = CellRichText([TextBlock(InlineFont(b=True), toml["name"][:3]), toml["name"][3:]])
    settings.append(["name", toml["name"] if text_booleans else name, "实例名称"])
    settings.append(["calendar.start", None, "计划开始"])
    date_cell(settings.cell(row=3, column=2), toml["calendar"]["start"], CHINESE_DATE)
    settings.append(["calendar.end", None])
    date_cell(settings.cell(row=4, column=2), toml["calendar"]["end"], "yyyy/m/d;@")
    for section in ("defaults", "weights"):
        for key, value in toml[section].items():
            settings.append([f"{section}.{key}", value])

    calendar = workbook.create_sheet("日历")
    calendar.append(["类型", "日期", "学段"])
    for item in toml["calendar"]["holidays"]:
        calendar.append(["假期", item])
    for item in toml["calendar"]["workdays"]:
        row = calendar.max_row + 1
        calendar.cell(row=row, column=1, value="workday")
        date_cell(calendar.cell(row=row, column=2), item, "yyyy-mm-dd")
    for blackout in toml["calendar"]["blackouts"]:
        calendar.append(["禁训", ";".join(blackout["dates"]), "、".join(blackout["stages"])])

    teams = workbook.create_sheet("培训团队")
    teams.append(["团队", "数量"])
    for team, size in toml["teams"].items():
        teams.append([team, size])

    for file_name, sheet_name in SHEETS:
        sheet = workbook.create_sheet(sheet_name)
        with open(os.path.join(SOURCE, file_name), encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
        header = rows[0]
        headers = CHINESE_HEADERS.get(file_name, {})
        sheet.append([headers.get(column, column) for column in header])
        for row_number, row in enumerate(rows[1:], start=2):
            for column_number, (column, text) in enumerate(zip(header, row), start=1):
                value = typed(column, text, formulas, text_booleans)
                if value is None:
                    continue  # sparse: openpyxl writes no element for the cell
                cell = sheet.cell(row=row_number, column=column_number)
                if column == "unavailable" and ".." not in text and ";" not in text:
                    date_cell(cell, text, "yyyy年m月d日")
                else:
                    cell.value = value
        sheet.freeze_panes = "A2"
        # Styled empty cells far below and to the right, as left behind by formatting whole columns.
        sheet.cell(row=len(rows) + 40, column=len(header) + 6).fill = PatternFill("solid", fgColor="FFFF00")

    notes = workbook.create_sheet("说明")
    notes.append(["本工作簿由 make_workbooks.py 生成"])
    lists = workbook.create_sheet("lists")
    lists.append(["集中", "送教", "脱产", "网络"])
    lists.sheet_state = "hidden"
    workbook.save(path)


def libreoffice(source, target_format, target):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("soffice not found: apt-get install libreoffice-calc")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
                        "--convert-to", target_format, "--outdir", folder, source], check=True)
        produced = os.path.join(folder, os.path.splitext(os.path.basename(source))[0] + "." + target_format)
        shutil.move(produced, target)


def main():
    build(os.path.join(HERE, "demo-county-openpyxl.xlsx"))
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "demo-county-formulas.xlsx")
        build(source, formulas=True, text_booleans=True)
        libreoffice(source, "xlsx", os.path.join(HERE, "demo-county-libreoffice.xlsx"))
        source = os.path.join(folder, "demo-county-values.xlsx")
        build(source, text_booleans=True)
        libreoffice(source, "xls", os.path.join(HERE, "demo-county.xls"))


if __name__ == "__main__":
    main()
