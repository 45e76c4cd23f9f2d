"""Time `cchc site` on a repository (default: this one, with its git history)
and print the numbers: whole-process wall time (median and range over
--runs, each into a fresh folder), the stages of one run in-process, and the
site's page count and sizes.

    python bench/site.py [--root DIR] [--as-of 2020-09-15] [--runs 5] [--days N]

With --days N the repository is first copied into a new git repository with N
days of history (one commit a day, each changing one agency's file), so the
trend has N points: what a year of daily commits costs.

Children run the installed `cchc` with the same Python, XDG_CACHE_HOME in the
scratch folder (the cache key lives there) and the repository's own cache as
it is; `--no-cache` rows parse every file again.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def whole_process(root: Path, as_of: str | None, runs: int, scratch: Path,
                  extra: list[str]) -> list[float]:
    env = {**os.environ, "XDG_CACHE_HOME": str(scratch / "xdg")}
    env.pop("CCHC_NO_CACHE", None)
    times = []
    for run in range(runs + 1):  # the first run fills the cache and is not counted
        out = scratch / f"site-{len(extra)}-{run}"
        command = [sys.executable, "-m", "cchc_plan", "site", "--root", str(root), "-o",
                   str(out), *(["--as-of", as_of] if as_of else []), *extra]
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        if run:
            times.append(time.perf_counter() - start)
    return times


def stages(root: Path, as_of: date, out: Path) -> list[tuple[str, float]]:
    """Seconds of each stage of one build, in this process (imports excluded)."""
    from cchc_plan import app
    from cchc_plan.core.outfolder import write_folder
    from cchc_plan.engine.obligations import compute_status
    from cchc_plan.features.site.data import site_view
    from cchc_plan.features.site.pages import render_site

    marks = [("start", time.perf_counter())]
    project = app.open_plan(root, use_cache=False)
    marks.append(("read and check the files (no cache)", time.perf_counter()))
    result = compute_status(project, as_of)
    marks.append(("status", time.perf_counter()))
    trend = app.site_trend(project, as_of)
    marks.append((f"trend ({len(trend.points)} points from git)", time.perf_counter()))
    view = site_view(result, trend)
    marks.append(("site view", time.perf_counter()))
    files = render_site(view, "vi")
    marks.append((f"render {len(files)} files", time.perf_counter()))
    write_folder(out, files, generator="cchc site")
    marks.append(("write (atomic, fsync per file)", time.perf_counter()))
    return [(name, t - marks[i][1]) for i, (name, t) in enumerate(marks[1:])]


def sizes(folder: Path) -> tuple[int, int, int, str]:
    """(pages, files, total bytes, the largest page and its size)."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    return (len(pages), len(files), sum(p.stat().st_size for p in files),
            f"{largest.relative_to(folder)} ({largest.stat().st_size:,} bytes)")


def with_history(root: Path, days: int, scratch: Path) -> Path:
    """A copy of `root`'s plan and agency files in a new git repository with one
    commit a day from the plan's start (a file's `updated:` line changes)."""
    import shutil
    from datetime import timedelta

    copy = scratch / "history"
    shutil.copytree(root / "plan", copy / "plan")
    shutil.copytree(root / "assignments", copy / "assignments")
    files = sorted((copy / "assignments").glob("*.yaml"))
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(scratch)}

    def git(*args: str, when: str | None = None) -> None:
        extra = {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when} if when else {}
        subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=b@example.org",
                        *args], cwd=copy, env=env | extra, check=True, capture_output=True)

    git("init", "-q")
    start = date(2020, 7, 10)
    for n in range(days):
        day = start + timedelta(days=n)
        target = files[n % len(files)]
        text = target.read_text(encoding="utf-8")
        lines = [f"updated: {day.isoformat()}" if line.startswith("updated:") else line
                 for line in text.splitlines()]
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        git("add", "-A")
        git("commit", "-q", "-m", f"day {n}", when=f"{day.isoformat()}T10:00:00+07:00")
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument("--as-of", default=None, help="default: today")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--days", type=int, default=0, help="a git history of N days")
    args = parser.parse_args()
    as_of = date.fromisoformat(args.as_of) if args.as_of else date.today()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        if args.days:
            args.root = with_history(args.root, args.days, scratch)
        print(f"cchc site --root {args.root} --as-of {as_of.isoformat()}  ({args.runs} runs, "
              f"Python {sys.version.split()[0]}, {os.cpu_count()} cores)")
        for label, extra in (("whole process", []), ("whole process, --no-cache",
                                                     ["--no-cache"])):
            times = whole_process(args.root, as_of.isoformat(), args.runs, scratch, extra)
            print(f"  {label:28} median {statistics.median(times):.3f} s  "
                  f"(min {min(times):.3f}, max {max(times):.3f})")
        print("  stages of one build, in-process:")
        for name, seconds in stages(args.root, as_of, scratch / "in-process"):
            print(f"    {name:40} {seconds:.3f} s")
        pages, count, total, largest = sizes(scratch / "in-process")
        print(f"  {pages} pages, {count} files, {total / 1024:.0f} KiB in all; "
              f"largest page {largest}")


if __name__ == "__main__":
    main()
