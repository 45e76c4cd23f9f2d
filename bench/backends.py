"""Time the two file-safety backends (core.fsafe) on the shipped test fixture.

    python bench/backends.py [--runs 5] [--files 2000]

In-process, best of --runs, for the posix backend (dir_fd, O_NOFOLLOW) and the
portable one (Windows' way: lstat, open, fstat; each folder re-checked):

    snapshot(root)                  list and read every input of tests/fixtures/krong-pa
    snapshot(root)                  the same with --files generated agency files
    write_atomic(x, force=True)     100 small files replaced, each with its .bak

and `cchc validate --jobs 2` as a whole process with each start method
(the platform's default and spawn), CCHC_NO_CACHE=1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "krong-pa"


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def in_process(backend: str, runs: int, big: Path, scratch: Path) -> list[str]:
    os.environ["CCHC_FS_BACKEND"] = backend
    from cchc_plan.core.writeout import write_atomic
    from cchc_plan.load.inputs import snapshot

    folder = scratch / backend
    folder.mkdir()

    def writes() -> None:
        for index in range(100):
            write_atomic(folder / f"f{index}.md", lambda s: s.write(b"x" * 2048), force=True)

    fixture = best(runs, lambda: snapshot(FIXTURE))
    return [f"{backend:9} snapshot krong-pa    {fixture * 1000:8.1f} ms",
            f"{backend:9} snapshot {len(list((big / 'assignments').iterdir())):5} files  "
            f"{best(runs, lambda: snapshot(big)) * 1000:8.1f} ms",
            f"{backend:9} 100 replacements   {best(runs, writes) * 1000:8.1f} ms"]


def whole_process(start_method: str, runs: int, big: Path) -> str:
    env = {**os.environ, "CCHC_NO_CACHE": "1", "CCHC_MP_START": start_method}
    command = [sys.executable, "-m", "cchc_plan", "validate", "--jobs", "2", "--root", str(big)]
    took = best(runs, lambda: subprocess.run(command, env=env, capture_output=True, check=False))
    return f"validate --jobs 2 ({start_method or 'default'}) {took:8.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        big = Path(scratch) / "big"
        shutil.copytree(FIXTURE / "plan", big / "plan")
        (big / "assignments").mkdir()
        sample = (FIXTURE / "assignments" / "phong-noi-vu.yaml").read_bytes()
        for index in range(args.files):
            (big / "assignments" / f"ubnd-xa-{index:04d}.yaml").write_bytes(sample)
        for backend in ("posix", "portable"):
            print("\n".join(in_process(backend, args.runs, big, Path(scratch))))
        for method in ("", "spawn"):
            print(whole_process(method, max(args.runs // 2, 1), big))


if __name__ == "__main__":
    main()
