"""The performance targets of issue 17, measured in one run, each as a ratio to
its floor, beside its target.

    python bench/targets.py [--runs 5] [--keep DIR] [--national] [--markdown]

Rows (whole processes, medians of --runs runs taken round-robin, so a slow
spell of the machine spreads over every row; see bench/run.py for how a child
is spawned, timed and its peak memory read):

    shipped  validate --no-cache            / import floor      target <= 2.0x
    shipped  status (table), cached          / import floor      target <= 1.2x
    shipped  calendar (all agencies)         / import floor      target <= 3x
    shipped  report --agency (docx)          / import floor      target <= 6x
    shipped  report (consolidated, docx)     / import floor      target <= 15x
    shipped  report --all (docx)             / import floor      target <= 10x
    shipped  form export --all               / import floor      target <= 8x
    shipped  validate --no-cache             / pydantic floor    target <= 1.5x
    province status --format json --no-cache / parse floor (1 core)  <= 1.0x
    province status (table), cached          / parse floor (1 core)  <= 0.25x
    province validate --no-cache peak memory                     <= 120 MB
    province peak memory of status --format json --no-cache, the
             consolidated report, report --all, form export --all
             and site (--batch-runs runs each)                   <= 150 MB
    national validate --no-cache             / parse floor (2 cores) <= 1.0x,
             and its peak memory                                 <= 300 MB
    national status --format json --no-cache / parse floor (2 cores) <= 1.2x,
             and its peak memory                                 <= 1 GB

"province" is 17 districts of bench/generate.py, "national" 700 (generating
it takes minutes and its rows take minutes a run: only with --national).
The import floor is `python -c 'import typer, rich, pydantic, yaml, dateutil'`;
the parse floor loads every data file with yaml.CSafeLoader in one process, or
split over two processes for "2 cores"; the pydantic floor is the import floor
that also imports `pydantic.BaseModel` and parses the same files (the least a
pydantic-based validator can take: issue 28). Peak memory is the largest resident
set of the process (Linux ru_maxrss); with workers, the largest of them.

`--markdown` prints the table as Markdown too, for the README's performance
section.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import (  # bench/ is not a package: run.py is found beside this file
    IMPORT_FLOOR,
    PARSE_FLOOR,
    Repo,
    Run,
    child_env,
    copy_shipped,
    find_cchc,
    generated_repo,
    machine_line,
    measure_commands,
    snapshot_source,
    source_fingerprint,
)

PARSE_FLOOR_2 = """\
import sys
from multiprocessing import Pool
from pathlib import Path
import yaml


def load(path):
    with open(path, "rb") as f:
        yaml.load(f, Loader=yaml.CSafeLoader)


if __name__ == "__main__":
    root = Path(sys.argv[1])
    files = [root / "plan" / "appendix.yaml", root / "plan" / "agencies.yaml"]
    folder = root / "assignments"
    files += sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    with Pool(2) as pool:
        pool.map(load, files, chunksize=max(len(files) // 16, 1))
"""


PYDANTIC_FLOOR = """\
import typer, rich, pydantic, yaml, dateutil
from pydantic import BaseModel
""" + PARSE_FLOOR


@dataclass
class Target:
    where: str
    label: str
    argv: list[str]
    floor: str  # label of the floor row, "" for a floor, "memory" for a memory target
    limit: float  # the target ratio, or MB for a memory target
    warm: bool = False
    same_runs_as: str = ""  # a memory row read from another row's runs (not run again)


@dataclass
class Result:
    target: Target
    runs: list[Run]

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.peak_kb for r in self.runs) / 1024


def shipped_targets(cchc: str, repo: Repo, as_of: str) -> list[Target]:
    root = ["--root", str(repo.root)]
    return [
        Target("-", "import floor", [sys.executable, "-c", IMPORT_FLOOR], "", 0),
        Target("shipped", "validate --no-cache", [cchc, "validate", *root, "--no-cache"],
               "import floor", 2.0),
        Target("shipped", "status (table), cached", [cchc, "status", *root, "--as-of", as_of],
               "import floor", 1.2, warm=True),
        Target("shipped", "calendar (all agencies)",
               [cchc, "calendar", *root, "--as-of", as_of, "-o", "-"], "import floor", 3.0),
        Target("shipped", "report --agency phong-noi-vu (docx)",
               [cchc, "report", *root, "--agency", "phong-noi-vu", "--as-of", as_of,
                "--format", "docx", "-o", "-"], "import floor", 6.0),
        Target("shipped", "report, consolidated (docx)",
               [cchc, "report", *root, "--as-of", as_of, "--format", "docx", "-o", "-"],
               "import floor", 15.0),
        Target("shipped", "report --all (docx)",
               [cchc, "report", *root, "--all", "--as-of", as_of, "--format", "docx",
                "-o", str(repo.root.parent / "out-shipped" / "reports"), "--force"],
               "import floor", 10.0),
        Target("shipped", "form export --all",
               [cchc, "form", "export", *root, "--all", "--as-of", as_of,
                "-o", str(repo.root.parent / "out-shipped" / "forms"), "--force"],
               "import floor", 8.0),
        Target("shipped", "pydantic floor", [sys.executable, "-c", PYDANTIC_FLOOR,
                                              str(repo.root)], "", 0),
        Target("shipped", "validate --no-cache (vs pydantic floor)",
               [cchc, "validate", *root, "--no-cache"], "pydantic floor", 1.5,
               same_runs_as="validate --no-cache"),
    ]


def province_targets(cchc: str, repo: Repo, as_of: str) -> list[Target]:
    root = ["--root", str(repo.root)]
    floor = f"parse floor, 1 core ({repo.size})"
    return [
        Target(repo.size, floor, [sys.executable, "-c", PARSE_FLOOR, str(repo.root)], "", 0),
        Target(repo.size, "status --format json --no-cache, 2 cores",
               [cchc, "status", *root, "--format", "json", "--as-of", as_of, "--no-cache"],
               floor, 1.0),
        Target(repo.size, "status (table), cached", [cchc, "status", *root, "--as-of", as_of],
               floor, 0.25, warm=True),
        Target(repo.size, "validate --no-cache: peak MB",
               [cchc, "validate", *root, "--no-cache"], "memory", 120),
    ]


def province_memory_targets(cchc: str, repo: Repo, as_of: str) -> list[Target]:
    """Peak memory of the commands that read every file and write a lot
    (issue 28): each run --batch-runs times (report --all writes 681 files)."""
    given = ["--root", str(repo.root), "--as-of", as_of]
    out = repo.root.parent / f"out-{repo.size}"
    commands = {
        "status --format json --no-cache": ["status", *given, "--format", "json", "--no-cache"],
        "report, consolidated (docx)": ["report", *given, "--format", "docx", "-o", "-"],
        "report --all (docx)": ["report", *given, "--all", "-o", str(out / "reports"),
                                "--force"],
        "form export --all": ["form", "export", *given, "--all", "-o", str(out / "forms"),
                              "--force"],
        "site": ["site", *given, "-o", str(out / "site"), "--force"],
    }
    return [Target(repo.size, f"{label}: peak MB", [cchc, *argv], "memory", 150)
            for label, argv in commands.items()]


def national_targets(cchc: str, repo: Repo, as_of: str) -> list[Target]:
    root = ["--root", str(repo.root)]
    floor = f"parse floor, 2 cores ({repo.size})"
    run = [cchc, "validate", *root, "--no-cache"]
    status = [cchc, "status", *root, "--format", "json", "--as-of", as_of, "--no-cache"]
    return [
        Target(repo.size, floor, [sys.executable, "-c", PARSE_FLOOR_2, str(repo.root)], "", 0),
        Target(repo.size, "validate --no-cache, 2 cores", run, floor, 1.0),
        Target(repo.size, "validate --no-cache: peak MB", run, "memory", 300,
               same_runs_as="validate --no-cache, 2 cores"),
        Target(repo.size, "status --format json --no-cache, 2 cores", status, floor, 1.2),
        Target(repo.size, "status --format json --no-cache: peak MB", status, "memory", 1024,
               same_runs_as="status --format json --no-cache, 2 cores"),
    ]


def measure(targets: list[Target], where: str, args: argparse.Namespace) -> list[Result]:
    run = [t for t in targets if not t.same_runs_as]
    commands = [(t.label, t.argv, t.warm) for t in run]
    measured = dict(zip((t.label for t in run), measure_commands(commands, where, args),
                        strict=True))
    return [Result(t, measured[t.same_runs_as or t.label]) for t in targets]


def row_cells(result: Result, results: list[Result]) -> tuple[str, ...]:
    target = result.target
    if target.floor == "memory":
        value, limit = result.peak_mb, target.limit
        shown, wanted = f"{value:.0f} MB", f"<= {limit:.0f} MB"
    elif target.floor:
        floors = [r.median for r in results if r.target.label == target.floor]
        value, limit = (result.median / floors[0] if floors else float("nan")), target.limit
        shown, wanted = f"{value:.2f}x", f"<= {limit:g}x"
    else:
        return (target.where, target.label, f"{result.median:.3f}", "1.00x", "", "",
                f"{result.peak_mb:.0f}")
    met = "yes" if value <= limit else "NO"
    return (target.where, target.label, f"{result.median:.3f}", shown, wanted, met,
            f"{result.peak_mb:.0f}")


HEADER = ("size", "command", "median s", "ratio", "target", "met", "peak MB")


def text_table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(c) for c in column) for column in zip(HEADER, *rows, strict=True)]
    right = {2, 3, 6}

    def fmt(cells: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True)))

    return "\n".join([fmt(HEADER), "  ".join("-" * w for w in widths), *map(fmt, rows)])


def markdown_table(rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="generate into (and reuse from) this folder")
    parser.add_argument("--national", action="store_true", help="also the 700-district rows")
    parser.add_argument("--national-runs", type=int, default=1,
                        help="runs of each national row (default 1: minutes a run)")
    parser.add_argument("--batch-runs", type=int, default=1,
                        help="runs of each province peak-memory row of a batch command "
                             "(default 1: report --all writes 681 files)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table too")
    parser.add_argument("--as-of", default="2020-12-31")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--cchc", help="the cchc executable (default: next to this Python)")
    return parser.parse_args(argv)


def run_all(args: argparse.Namespace, scratch: Path) -> list[Result]:
    cchc = find_cchc(args.cchc)
    snapshot = snapshot_source(scratch)
    args.env = child_env(scratch, snapshot)
    args.source = source_fingerprint(snapshot / "cchc_plan")
    shipped = copy_shipped(scratch)
    results = measure(shipped_targets(cchc, shipped, args.as_of), "shipped", args)
    province = generated_repo(scratch, 17, args)
    results += measure(province_targets(cchc, province, args.as_of), "17", args)
    runs, args.runs = args.runs, args.batch_runs
    results += measure(province_memory_targets(cchc, province, args.as_of), "17", args)
    args.runs = runs
    if args.national:
        national = generated_repo(scratch, 700, args)
        runs, args.runs = args.runs, args.national_runs
        results += measure(national_targets(cchc, national, args.as_of), "700", args)
        args.runs = runs
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    began = time.perf_counter()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = run_all(args, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="cchc-targets-") as tmp:
            results = run_all(args, Path(tmp))
    rows = [row_cells(r, results) for r in results]
    print(machine_line())
    print(f"cchc source: {args.source}; {args.runs} runs a row; --as-of {args.as_of}; "
          f"load average {os.getloadavg()[0]:.2f}; {time.perf_counter() - began:.0f} s in all")
    if not args.national:
        print("national rows (700 districts) not measured: pass --national")
    print()
    print(text_table(rows))
    failed = [r for r in results if any(run.code not in (0, 1) for run in r.runs)]
    for result in failed:
        print(f"FAILED: {result.target.label}: exit {[r.code for r in result.runs]}")
    if args.markdown:
        print()
        print(markdown_table(rows))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
