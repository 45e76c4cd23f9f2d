"""Time and peak memory of reading hostile returned forms (issue 25), each in
its own process with an address-space cap, as `cchc form import` reads them.

    python bench/hostile_forms.py [--src PATH] [--cap-mb 2500] [--timeout 120]

--src runs another checkout's source (e.g. the main branch's src/) to show
the "before" numbers. Prints one line per attack: seconds, peak RSS in MB,
and the outcome (refused with CODE, read, or killed/out of memory).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent / "tests"
ATTACKS = {
    "merge C20:XFD1048576": ("merge", "C20:XFD1048576"),
    "merge C20:BL20000 (inside limits)": ("merge", "C20:BL20000"),
    "hyperlink A1:BL20000 (inside limits)": ("hyperlink", "A1:BL20000"),
    "dimension A1:XFD1048576": ("dimension", "A1:XFD1048576"),
    "UTF-16 entity in the contact sheet": ("entity", "UTF-16"),
    "sound form": ("sound", ""),
}
CHILD = """
import resource, sys, time, json
sys.path.insert(0, sys.argv[3])
from cchc_plan.features.progress_form.workbook import read_book
from cchc_plan.features.progress_form.form_input import read_form
raw = open(sys.argv[1], "rb").read()
start = time.perf_counter()
book, problems = read_book(raw, "f.xlsx")
if book is not None:
    problems += read_form(book).problems
print(json.dumps({"seconds": time.perf_counter() - start,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "codes": sorted({p.code for p in problems})}))
"""


def build(kind: str, value: str) -> bytes:
    sys.path.insert(0, str(TESTS))
    import hostile

    form = hostile.sound_form()
    if kind == "sound":
        return form
    if kind == "entity":
        return hostile.with_entity(form, value)
    return hostile.with_sheet_xml(form, kind, value)


def run(path: Path, src: str | None, cap_mb: int, timeout: int) -> str:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    def cap() -> None:
        import resource
        limit = cap_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, str(path), "", str(TESTS)],
                              capture_output=True, text=True, env=env, timeout=timeout,
                              preexec_fn=cap if hasattr(os, "fork") else None)
    except subprocess.TimeoutExpired:
        return f"{time.perf_counter() - start:7.1f} s          killed after {timeout} s"
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["?"])[-1][:60]
        return f"{time.perf_counter() - start:7.1f} s          failed: {tail}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return (f"{result['seconds']:7.2f} s {result['rss_mb']:7.0f} MB  "
            f"{', '.join(result['codes']) or 'read'}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src")
    parser.add_argument("--cap-mb", type=int, default=2500)
    parser.add_argument("--timeout", type=int, default=120)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for name, (kind, value) in ATTACKS.items():
            path = Path(folder) / "form.xlsx"
            path.write_bytes(build(kind, value))
            size = path.stat().st_size // 1024
            print(f"{name:40} {size:5} KB {run(path, args.src, args.cap_mb, args.timeout)}",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
