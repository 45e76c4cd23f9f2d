"""Time building every report of the shipped repository: each agency's
submission plus the consolidated report, as `cchc report --all` does.

    python bench/reports.py [--runs 3] [--format docx] [--profile]

It copies tests/fixtures/krong-pa (the shipped plan with six agencies'
progress) to a scratch folder, then prints:

- in one process: the time to read and check the repository, to work out
  the status and the report data of all documents (once), and to render
  them, in total and per document;
- whole processes: `cchc report --all -o DIR --format F` from start to exit,
  median and range over --runs runs (each into a fresh folder), with the
  child's cpu time (well below the wall time: the machine was busy) and the
  load average;
- with --profile, the functions that took the most time while rendering.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from cchc_plan import app as lib
from cchc_plan.render import ReportFormat, render_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "krong-pa"
AS_OF = date(2020, 9, 15)
CCHC = shutil.which("cchc") or str(Path(sys.executable).parent / "cchc")
"""The installed command (the venv's, when it is not on the PATH)."""


def in_process(repo: Path, fmt: ReportFormat, profile: bool) -> None:
    start = time.perf_counter()
    project = lib.open_plan(repo, use_cache=False)
    loaded = time.perf_counter()
    reports = lib.all_reports(project, AS_OF)
    viewed = time.perf_counter()
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    sizes = [len(render_report(r, fmt, "vi")) for r in reports]
    if profiler:
        profiler.disable()
    rendered = time.perf_counter()
    print(f"documents            {len(reports)} ({fmt}, {sum(sizes) / 1024:.0f} KiB in all)")
    print(f"read and check       {loaded - start:6.2f} s")
    print(f"status + report data {viewed - loaded:6.2f} s (once for all documents)")
    print(f"render               {rendered - viewed:6.2f} s "
          f"({(rendered - viewed) / len(reports) * 1000:.0f} ms a document)")
    print(f"total in-process     {rendered - start:6.2f} s")
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(18)
        print(out.getvalue())


def whole_process(repo: Path, fmt: str, runs: int) -> None:
    times, cpu = [], []
    for index in range(runs):
        target = repo.parent / f"out-{index}"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([CCHC, "report", "--root", str(repo),
                        "--all", "--as-of", AS_OF.isoformat(), "--format", fmt, "-o",
                        str(target), "--no-cache"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        count = len(list(target.iterdir()))
    print(f"cchc report --all    {statistics.median(times):6.2f} s median "
          f"({min(times):.2f}-{max(times):.2f} over {runs} runs, {count} files; "
          f"cpu {statistics.median(cpu):.2f} s; load average {os.getloadavg()[0]:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", default="docx", choices=["docx", "xlsx", "md", "html"])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cchc-bench-reports-") as scratch:
        repo = Path(scratch) / "repo"
        shutil.copytree(FIXTURE / "plan", repo / "plan")
        shutil.copytree(FIXTURE / "assignments", repo / "assignments")
        in_process(repo, args.format, args.profile)
        whole_process(repo, args.format, args.runs)


if __name__ == "__main__":
    main()
