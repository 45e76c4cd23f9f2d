"""Time `cchc` as users run it: whole processes, from start to exit.

    python bench/run.py [--sizes shipped,1,17,700] [--runs 5] [--keep DIR]

Sizes: `shipped` is the repository's own plan (a copy of its plan/ and
assignments/ in the scratch folder, so that a cache `cchc` may write under
`<root>/.cchc-cache/` never lands in the working tree); a number N is a
repository of N districts written by bench/generate.py (1 = one district of 40
agencies, 17 = a province, 700 = the whole country). Generated repositories go
to a temporary folder, or to --keep DIR, where a later run reuses them.

Per size it runs, each --runs times (round-robin: run 1 of every command, then
run 2, ...), and prints the median and range of the wall-clock time
(time.perf_counter around spawn and wait) and the peak resident memory of the
child (ru_maxrss from os.wait4, the largest over the runs; Linux reports the
largest single process among the child and the workers it reaped, not their
sum, so with --jobs N the total may be up to N+1 times that):

    cchc validate --root R                  (warm cache, when cchc has one)
    cchc validate --root R --no-cache       (cold: parse everything; if supported)
    cchc validate --root R --jobs 1 --no-cache   (one core; if supported)
    cchc status --root R --format json --as-of D        (stdout to /dev/null;
                                            warm, and --no-cache if supported)
    cchc report --root R --format md -o - --as-of D     (stdout to /dev/null;
                                            warm, and --no-cache if supported)
    parse floor: python -c 'import yaml; yaml.load(f, Loader=yaml.CSafeLoader)' over
                 the same files (plan/*.yaml and assignments/*.yaml), one process

and once, independent of size:

    cchc --help
    import floor: python -c 'import typer, rich, pydantic, yaml, dateutil'

How to read the ratio column: it divides a command's median by its floor, the
least any Python tool built on these libraries could take for the same job.
For the shipped repository (and --help) the floor is the import floor: what is
above 1x is cchc's own start-up and work. For generated sizes the floor is the
parse floor (interpreter start, `import yaml` and libyaml parsing all files into
Python objects): a ratio near 1-2x means cchc is bound by reading YAML; a
ratio that grows with size means work that grows faster than the input.
Floors themselves show 1.00x.

`cpu s` is the median user + system time of the child and the worker processes
it waited for. For a one-process command, cpu well below the wall time means the
machine was busy with something else (compare the load average printed at the
end); cpu above the wall time means work ran in parallel.

Children run with XDG_CACHE_HOME in the scratch folder (cchc keeps its cache
signing key there) and without CCHC_NO_CACHE. Unless --no-snapshot is given,
src/cchc_plan is copied to the scratch folder at the start and put first on
PYTHONPATH of every child (the installed `cchc` is an editable install of src/),
so edits to the working tree during a run cannot mix versions; the header
prints a fingerprint of the source that was measured.

`--jobs` and `--no-cache` variants are measured only if the command's --help
lists those options; otherwise they are skipped with a note. A "(warm cache)"
row is preceded by one untimed run that fills the cache; a command without
--no-cache runs with cchc's defaults only (after validate, so it may use the
per-file cache that validate filled).
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
MARKER = ".bench-generated.json"

IMPORT_FLOOR = "import typer, rich, pydantic, yaml, dateutil"
PARSE_FLOOR = """\
import sys
from pathlib import Path
import yaml
root = Path(sys.argv[1])
files = [root / "plan" / "appendix.yaml", root / "plan" / "agencies.yaml"]
folder = root / "assignments"
if folder.is_dir():
    files += sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
for path in files:
    with open(path, "rb") as f:
        yaml.load(f, Loader=yaml.CSafeLoader)
"""


@dataclass
class Run:
    seconds: float
    cpu: float  # user + system seconds of the child and the workers it reaped
    peak_kb: int
    code: int
    stderr: str


@dataclass
class Row:
    size: str
    files: int
    megabytes: float
    label: str
    runs: list[Run]
    floor: str  # "import", "parse" or "" for a floor itself

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def low(self) -> float:
        return min(r.seconds for r in self.runs)

    @property
    def high(self) -> float:
        return max(r.seconds for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.peak_kb for r in self.runs) / 1024


@dataclass
class Repo:
    size: str
    root: Path
    files: int
    megabytes: float
    generated_in: float | None = None


@dataclass
class Options:
    cchc: str = "cchc"
    jobs: set[str] = field(default_factory=set)  # commands that take --jobs
    no_cache: set[str] = field(default_factory=set)  # commands that take --no-cache
    notes: list[str] = field(default_factory=list)


# --- running one child ---------------------------------------------------------------


def child_env(scratch: Path, snapshot: Path | None) -> dict[str, str]:
    """The environment of every child: cchc's cache signing key goes to the scratch
    folder instead of ~/.cache, a CCHC_NO_CACHE of the caller cannot turn the
    warm-cache variant cold, and a source snapshot comes first on the path."""
    env = {k: v for k, v in os.environ.items() if k != "CCHC_NO_CACHE"}
    env["XDG_CACHE_HOME"] = str(scratch / "xdg-cache")
    if snapshot is not None:
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(snapshot), os.environ.get("PYTHONPATH")) if p)
    return env


def snapshot_source(scratch: Path) -> Path:
    """A frozen copy of src/, so that edits to the working tree during a long run
    do not mix versions (the installed `cchc` is an editable install of src/)."""
    target = scratch / "src-snapshot"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(REPO_ROOT / "src" / "cchc_plan", target / "cchc_plan",
                    ignore=shutil.ignore_patterns("__pycache__"))
    # Bytecode, as an installed package has it (pip compiles on install, and a
    # checkout's first run writes it): without it every child compiles every
    # module again (PYTHONDONTWRITEBYTECODE is often set), 50 ms a start.
    compileall.compile_dir(target, quiet=1)
    return target


def source_fingerprint(package: Path) -> str:
    """sha256 of the package's .py files (names and bytes): which code was measured."""
    digest = hashlib.sha256()
    files = sorted(package.rglob("*.py"))
    for path in files:
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{digest.hexdigest()[:16]} ({len(files)} files in {package})"


def run_child(argv: list[str], timeout: float, env: dict[str, str]) -> Run:
    """Spawn, wait with os.wait4 for the child's own rusage, time the whole thing."""
    with tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err, env=env)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - began
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read(4000).decode("utf-8", "replace")
    peak = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, peak, proc.returncode, stderr)


def measure_commands(commands: list[tuple[str, list[str], bool]], size: str,
                     args: argparse.Namespace) -> list[list[Run]]:
    """Runs of each command, taken round-robin (run 1 of every command, then run 2,
    ...) so that a slow spell of the machine does not land on one command only.
    Commands flagged for warm-up get one untimed run first."""
    for label, argv, warmup in commands:
        if warmup:
            print(f"  {size:>7}: warm-up {label}", file=sys.stderr, flush=True)
            run_child(argv, args.timeout, args.env)
    runs: list[list[Run]] = [[] for _ in commands]
    for number in range(1, args.runs + 1):
        print(f"  {size:>7}: run {number}/{args.runs} of {len(commands)} commands",
              file=sys.stderr, flush=True)
        for (_, argv, _), done in zip(commands, runs, strict=True):
            done.append(run_child(argv, args.timeout, args.env))
    return runs


# --- repositories ----------------------------------------------------------------------


def data_files(root: Path) -> list[Path]:
    """The files cchc reads: the two plan files and every agency file."""
    files = [root / "plan" / "appendix.yaml", root / "plan" / "agencies.yaml"]
    folder = root / "assignments"
    if folder.is_dir():
        files += sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    return files


def describe_repo(size: str, root: Path, generated_in: float | None = None) -> Repo:
    files = data_files(root)
    total = sum(p.stat().st_size for p in files)
    return Repo(size, root, len(files), total / 1e6, generated_in)


def copy_shipped(scratch: Path) -> Repo:
    target = scratch / "shipped"
    if target.exists():
        shutil.rmtree(target)
    for sub in ("plan", "assignments"):
        shutil.copytree(REPO_ROOT / sub, target / sub)
    return describe_repo("shipped", target)


def generated_repo(scratch: Path, districts: int, args: argparse.Namespace) -> Repo:
    """Reuse a repository generated earlier with the same parameters, or write one."""
    seed, years = args.seed, args.years
    target = scratch / f"d{districts}"
    marker = target / MARKER
    if marker.is_file():
        found = json.loads(marker.read_text())
        if (found.get("districts"), found.get("seed"), found.get("years")) == (
            districts, seed, years):
            return describe_repo(str(districts), target)
    began = time.perf_counter()
    subprocess.run([sys.executable, str(BENCH_DIR / "generate.py"), str(target),
                    "--districts", str(districts), "--seed", str(seed),
                    "--years", str(years)], check=True, stdout=subprocess.DEVNULL,
                   env=args.env)
    return describe_repo(str(districts), target, time.perf_counter() - began)


# --- what to measure -------------------------------------------------------------------

COMMANDS = ("validate", "status", "report")


def detect_options(cchc: str, env: dict[str, str]) -> Options:
    """Which of --jobs and --no-cache each command lists in its --help."""
    options = Options()
    for command in COMMANDS:
        text = subprocess.run([cchc, command, "--help"], capture_output=True,
                              text=True, env=env).stdout
        if "--jobs" in text:
            options.jobs.add(command)
        if "--no-cache" in text:
            options.no_cache.add(command)
    if "validate" not in options.no_cache:
        options.notes.append("`cchc validate` has no --no-cache: cold and warm-cache "
                             "variants skipped (plain validate is measured)")
    if "validate" not in options.jobs:
        options.notes.append("`cchc validate` has no --jobs: single-core variant skipped")
    cached = [c for c in COMMANDS if c in options.no_cache]
    if cached:
        options.notes.append(f"'(warm cache)': one untimed run first fills the cache "
                             f"({', '.join(cached)}); --no-cache rows are cold")
    uncached = [c for c in COMMANDS if c not in options.no_cache]
    if uncached:
        options.notes.append(f"no --no-cache on {', '.join(uncached)}: measured with "
                             "defaults only")
    return options


def command_variants(command: str, shown: str, tail: list[str],
                     options: Options) -> list[tuple[str, list[str], bool]]:
    """(label, argv, warm-up first) for each variant of one command cchc supports;
    `shown` is the part of `tail` worth showing in the label."""
    label = f"cchc {command} {shown}".rstrip()
    argv = [options.cchc, command, *tail]
    if command not in options.no_cache:
        return [(label, argv, False)]
    variants = [(f"{label} (warm cache)", argv, True),
                (f"{label} --no-cache", [*argv, "--no-cache"], False)]
    if command == "validate" and command in options.jobs:
        variants.append((f"{label} --jobs 1 --no-cache", [*argv, "--jobs", "1", "--no-cache"],
                         False))
    return variants


def size_commands(repo: Repo, options: Options,
                  as_of: str) -> list[tuple[str, list[str], bool]]:
    root = ["--root", str(repo.root)]
    commands = command_variants("validate", "", root, options)
    commands += command_variants("status", "--format json",
                                 [*root, "--format", "json", "--as-of", as_of], options)
    commands += command_variants("report", "--format md -o -",
                                 [*root, "--format", "md", "-o", "-", "--as-of", as_of], options)
    commands.append(("parse floor (CSafeLoader)", [sys.executable, "-c", PARSE_FLOOR,
                                                   str(repo.root)], False))
    return commands


def measure_size(repo: Repo, options: Options, args: argparse.Namespace) -> list[Row]:
    floor = "import" if repo.size == "shipped" else "parse"
    commands = size_commands(repo, options, args.as_of)
    return [Row(repo.size, repo.files, repo.megabytes, label, runs,
                "" if label.startswith("parse floor") else floor)
            for (label, _, _), runs in zip(commands, measure_commands(commands, repo.size, args),
                                           strict=True)]


def measure_fixed(cchc: str, args: argparse.Namespace) -> list[Row]:
    commands = [("import floor", [sys.executable, "-c", IMPORT_FLOOR], False),
                ("cchc --help", [cchc, "--help"], False)]
    import_runs, help_runs = measure_commands(commands, "-", args)
    return [Row("-", 0, 0.0, "import floor", import_runs, ""),
            Row("-", 0, 0.0, "cchc --help", help_runs, "import")]


# --- output ------------------------------------------------------------------------------


def floor_of(row: Row, rows: list[Row]) -> float | None:
    if not row.floor:
        return row.median
    name = "import floor" if row.floor == "import" else "parse floor (CSafeLoader)"
    size = "-" if row.floor == "import" else row.size
    found = [r.median for r in rows if r.label == name and r.size == size]
    return found[0] if found else None


def format_table(rows: list[Row]) -> str:
    header = ("size", "files", "MB", "command", "median s", "min-max s", "ratio", "cpu s",
              "peak MB", "exit")
    lines = []
    for row in rows:
        floor = floor_of(row, rows)
        ratio = f"{row.median / floor:.2f}x {row.floor}".strip() if floor else "-"
        codes = sorted({r.code for r in row.runs})
        lines.append((row.size, str(row.files) if row.files else "-",
                      f"{row.megabytes:.1f}" if row.files else "-", row.label,
                      f"{row.median:.3f}", f"{row.low:.2f}-{row.high:.2f}", ratio,
                      f"{row.cpu:.2f}", f"{row.peak_mb:.0f}",
                      ",".join(str(c) for c in codes)))
    widths = [max(len(str(x)) for x in column) for column in zip(header, *lines, strict=True)]
    right = {1, 2, 4, 5, 6, 7, 8}

    def fmt(cells: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True)))

    return "\n".join([fmt(header), "  ".join("-" * w for w in widths), *map(fmt, lines)])


def failures(rows: list[Row]) -> list[str]:
    out = []
    for row in rows:
        bad = [r for r in row.runs if r.code != 0]
        if bad:
            first = bad[0].stderr.strip().splitlines()[-5:]
            out.append(f"{row.size} / {row.label}: exit {bad[0].code} in {len(bad)} of "
                       f"{len(row.runs)} runs; stderr ends: " + " | ".join(first))
    return out


def machine_line() -> str:
    return (f"machine: {os.cpu_count()} cores, {platform.platform()}, "
            f"{platform.machine()}, Python {platform.python_version()} ({sys.executable})")


def reproduce_line() -> str:
    argv = [sys.executable, str(Path(sys.argv[0]).resolve()), *sys.argv[1:]]
    return "reproduce: " + shlex.join(argv)


def print_report(rows: list[Row], repos: list[Repo], options: Options, args: argparse.Namespace,
                 elapsed: float) -> None:
    print(machine_line())
    print(reproduce_line())
    print(f"cchc source: {args.source}")
    print(f"runs per command: {args.runs} (median shown; peak MB is the largest of the runs); "
          f"--as-of {args.as_of}; generated with --seed {args.seed} --years {args.years}")
    for repo in repos:
        made = (f", generated in {repo.generated_in:.1f} s" if repo.generated_in is not None
                else ", reused" if repo.size != "shipped" else "")
        print(f"size {repo.size}: {repo.files} files, {repo.megabytes:.2f} MB at {repo.root}{made}")
    print()
    print(format_table(rows))
    for note in options.notes:
        print(f"note: {note}")
    for line in failures(rows):
        print(f"FAILED: {line}")
    before, after = args.load_before, os.getloadavg()
    print(f"\nwhole run: {elapsed:.1f} s; load average (1 min) {before[0]:.2f} before, "
          f"{after[0]:.2f} after")


# --- main --------------------------------------------------------------------------------


def find_cchc(given: str | None) -> str:
    if given:
        return given
    beside = Path(sys.executable).with_name("cchc")
    found = str(beside) if beside.exists() else shutil.which("cchc")
    if not found:
        sys.exit("run: no `cchc` next to this Python or on PATH; pass --cchc")
    return found


def parse_sizes(text: str) -> list[str]:
    sizes = [s.strip() for s in text.split(",") if s.strip()]
    for size in sizes:
        if size != "shipped" and not (size.isdigit() and int(size) > 0):
            raise argparse.ArgumentTypeError(f"bad size {size!r}: use shipped or a number")
    return sizes


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=parse_sizes, default=parse_sizes("shipped,1,17"),
                        help="comma list of `shipped` and district counts "
                             "(default shipped,1,17; 700 is the national size)")
    parser.add_argument("--runs", type=int, default=5, help="runs per command (default 5)")
    parser.add_argument("--keep", type=Path, help="generate into (and reuse from) this folder")
    parser.add_argument("--as-of", default="2022-12-31", help="--as-of for status and report")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--years", type=int, default=3, help="generator years (default 3)")
    parser.add_argument("--timeout", type=float, default=1800,
                        help="seconds before a child is killed (default 1800)")
    parser.add_argument("--cchc", help="the cchc executable (default: next to this Python)")
    parser.add_argument("--no-snapshot", action="store_true",
                        help="run the working tree's src/ in place instead of a copy taken "
                             "at the start (edits during the run then mix versions)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def measure_all(args: argparse.Namespace, scratch: Path) -> tuple[list[Row], list[Repo], Options]:
    cchc = find_cchc(args.cchc)
    snapshot = None if args.no_snapshot else snapshot_source(scratch)
    args.env = child_env(scratch, snapshot)
    options = detect_options(cchc, args.env)
    options.cchc = cchc
    package = (snapshot or REPO_ROOT / "src") / "cchc_plan"
    args.source = source_fingerprint(package) + ("" if snapshot else ", measured in place")
    rows = measure_fixed(cchc, args)
    repos = []
    for size in args.sizes:
        if size == "shipped":
            repo = copy_shipped(scratch)
        else:
            print(f"  {size:>7}: generating ...", file=sys.stderr, flush=True)
            repo = generated_repo(scratch, int(size), args)
        repos.append(repo)
        rows += measure_size(repo, options, args)
    return rows, repos, options


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.load_before = os.getloadavg()
    began = time.perf_counter()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        rows, repos, options = measure_all(args, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="cchc-bench-") as tmp:
            rows, repos, options = measure_all(args, Path(tmp))
    print_report(rows, repos, options, args, time.perf_counter() - began)
    return 1 if failures(rows) else 0


if __name__ == "__main__":
    sys.exit(main())
