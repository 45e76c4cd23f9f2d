"""Time `cchc plan export` and `cchc plan import` on the shipped plan, as users
run them (whole processes, median of --runs), and the import alone in-process.

    python bench/plan_import.py [--runs 5]

The shipped plan/ is copied to a scratch folder first; nothing is written in
the working tree. Rows: export (plan -> .docx), import with the records the
export carries, import of the table alone (--ignore-embedded, what a Word file
typed by hand costs), and `deadline parse` of one phrase (start-up cost).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CCHC = [sys.executable, "-m", "cchc_plan"]


def timed(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run([*CCHC, *args], cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def in_process(docx: Path, registry: Path, runs: int) -> list[float]:
    from cchc_plan.features.plan_io import api as app

    app.import_plan(docx, agencies=registry, lang="vi")  # models built once, as a CLI run does
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        app.import_plan(docx, agencies=registry, lang="vi", use_embedded=False)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "repo"
        shutil.copytree(REPO / "plan", root / "plan")
        docx = Path(scratch) / "phu-luc.docx"
        out = Path(scratch) / "out.yaml"
        commands = {
            "cchc plan export": ["plan", "export", "--root", str(root), "-o", str(docx),
                                 "--force"],
            "cchc plan import (records carried)": ["plan", "import", str(docx), "-o", str(out),
                                                   "--force"],
            "cchc plan import --ignore-embedded": ["plan", "import", str(docx), "-o", str(out),
                                                   "--force", "--ignore-embedded"],
            "cchc deadline parse": ["deadline", "parse", "trước ngày 17/8/2020"],
        }
        results: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, args in commands.items():
                results[name].append(timed(args, root))
        results["import_plan() in-process, table alone"] = in_process(
            docx, root / "plan" / "agencies.yaml", runs)
    print(f"shipped plan (59 tasks), median of {runs} runs, Python {sys.version.split()[0]}")
    for name, times in results.items():
        print(f"{name:45s} {statistics.median(times):6.3f} s  "
              f"(min {min(times):.3f}, max {max(times):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
