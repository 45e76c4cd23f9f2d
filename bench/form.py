"""Time the progress form round trip on the shipped test fixture, as users run it.

    python bench/form.py [--runs 3] [--as-of 2020-09-15]

In a scratch copy of tests/fixtures/krong-pa (31 agency files: 6 filled, 25
blank), whole processes, median of --runs:

    cchc form export --all -o DIR --as-of D      (31 workbooks)
    cchc form import DIR/*.xlsx --dry-run        (read, check, merge, validate)
    cchc form import DIR/*.xlsx                  (and write; nothing changes)

and once: the size of each form (rows, bytes), and whether every agency file
is byte-identical after export and import with no edits.
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

from openpyxl import load_workbook

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "krong-pa"


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--as-of", default="2020-09-15")
    options = parser.parse_args()
    cchc = [sys.executable, "-m", "cchc_plan"]
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "repo"
        shutil.copytree(FIXTURE / "plan", root / "plan")
        shutil.copytree(FIXTURE / "assignments", root / "assignments")
        before = {p.name: p.read_bytes() for p in (root / "assignments").glob("*.yaml")}
        forms = Path(scratch) / "forms"
        forms.mkdir()
        export = [*cchc, "form", "export", "--root", str(root), "--all", "-o", str(forms),
                  "--as-of", options.as_of, "--force", "--no-cache"]
        results: dict[str, list[float]] = {"export --all": [], "import --dry-run": [],
                                           "import": []}
        for _ in range(options.runs):
            results["export --all"].append(timed(export))
            paths = [str(p) for p in sorted(forms.glob("*.xlsx"))]
            base = [*cchc, "form", "import", "--root", str(root), "--no-cache"]
            results["import --dry-run"].append(timed([*base, "--dry-run", *paths]))
            results["import"].append(timed([*base, *paths]))
        after = {p.name: p.read_bytes() for p in (root / "assignments").glob("*.yaml")}
        sizes = []
        for path in sorted(forms.glob("*.xlsx")):
            rows = load_workbook(path)["cchc"].cell(7, 2).value
            sizes.append((path.stat().st_size, int(rows)))
    print(f"forms: {len(sizes)}; rows per form: min {min(r for _, r in sizes)}, "
          f"median {statistics.median(r for _, r in sizes):.0f}, max {max(r for _, r in sizes)}"
          f"; bytes: min {min(b for b, _ in sizes):,}, max {max(b for b, _ in sizes):,}, "
          f"total {sum(b for b, _ in sizes):,}")
    for name, times in results.items():
        print(f"cchc form {name:18} median {statistics.median(times):.2f} s "
              f"(range {min(times):.2f}-{max(times):.2f}, {options.runs} runs, 31 forms)")
    same = sum(before[name] == after.get(name) for name in before)
    print(f"round trip with no edits: {same}/{len(before)} agency files byte-identical")


if __name__ == "__main__":
    main()
