#!/usr/bin/env python3
"""Loading a 45,000-teacher instance from a workbook against the same instance as a folder.

    swift build -c release --product trainplan
    python3 benchmarks/workbook_load.py                  # city size class, seed 1, 3 runs each
    python3 benchmarks/workbook_load.py --teachers 6500 --runs 5

Generates the instance with generate.py (city class: ~45,000 teachers), writes it as a workbook with
`trainplan template --from`, and times `trainplan validate` on the folder and on the workbook under
/usr/bin/time -v (wall seconds, peak resident memory). With --xls and LibreOffice installed it also converts
the workbook to .xls (Excel 97-2003 holds at most 65,536 rows) and times that. Both loads must give the same
instance: the script checks that the validate summaries are identical. Prints a Markdown table for
benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "trainplan")


def timed(argv: list[str], runs: int) -> tuple[float, float, str]:
    """Median wall seconds and peak MB over `runs` runs, and the output of the last."""
    walls, peaks, output = [], [], ""
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as work:
            result = measure.run_measured(argv, work, hard_timeout=600)
        if result.returncode != 0:
            sys.exit(f"{' '.join(argv)} failed:\n{result.stdout}\n{result.stderr}")
        walls.append(result.wall_seconds)
        peaks.append(result.peak_mb or 0.0)
        output = result.stdout
    return statistics.median(walls), statistics.median(peaks), output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--teachers", type=int, help="exact number of teachers (default: the city class)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--xls", action="store_true", help="also time an .xls made by LibreOffice")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build first: swift build -c release --product trainplan")

    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "instance")
        size = ["--teachers", str(args.teachers)] if args.teachers else ["--size", "city"]
        subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks", "generate.py"), *size,
                        "--seed", str(args.seed), "--out", folder], check=True, stdout=subprocess.DEVNULL)
        workbook = os.path.join(work, "instance.xlsx")
        subprocess.run([BINARY, "template", "--from", folder, "--out", workbook], check=True,
                       stdout=subprocess.DEVNULL)
        sources = [("folder (CSV + TOML)", folder), (".xlsx (written by trainplan template)", workbook)]
        if args.xls:
            soffice = shutil.which("soffice")
            if soffice is None:
                sys.exit("--xls needs LibreOffice (apt-get install libreoffice-calc)")
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{work}/profile",
                            "--convert-to", "xls", "--outdir", work, workbook], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            sources.append((".xls (LibreOffice)", os.path.join(work, "instance.xls")))

        rows = []
        summaries = []
        for label, path in sources:
            wall, peak, output = timed([BINARY, "validate", path, "--lang", "en"], args.runs)
            # Warnings differ (an .xls always warns that it cannot read formulas), and so does their count.
            summaries.append([line for line in output.strip().splitlines()[:-1] if not line.startswith("warning:")])
            size_mb = (sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
                       if os.path.isdir(path) else os.path.getsize(path)) / 1e6
            rows.append((label, size_mb, wall, peak))
        teachers = next((line for line in summaries[0] if line.startswith("Teachers")), "")
        if any(summary != summaries[0] for summary in summaries):
            sys.exit("the loads differ:\n" + "\n".join("\n".join(s) for s in summaries))

    info = measure.machine()
    print(f"{teachers.strip()}; median of {args.runs} runs of `trainplan validate` (release) on "
          f"{info.get('nproc')} cores of {info.get('cpu')}\n")
    print("| source | size on disk | wall | peak memory |")
    print("|---|---:|---:|---:|")
    for label, size_mb, wall, peak in rows:
        print(f"| {label} | {size_mb:.1f} MB | {wall:.2f} s | {peak:.0f} MB |")


if __name__ == "__main__":
    main()
