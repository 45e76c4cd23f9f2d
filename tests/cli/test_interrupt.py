"""Ctrl-C with --jobs (issue 12, defect 10): SIGINT to the process group of a
parallel `validate` always ends it with exit 130, quietly, workers gone; with
the platform's start method and with `spawn` (Windows' and macOS' default, issue 23)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import EXAMPLES, MINI, REPO

FILES = 2000


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("interrupt") / "repo"
    shutil.copytree(MINI / "plan", root / "plan")
    folder = root / "assignments"
    folder.mkdir()
    content = (EXAMPLES / "positive" / "phong-noi-vu.yaml").read_bytes() * 3
    for index in range(FILES):
        (folder / f"ubnd-xa-{index:04d}.yaml").write_bytes(content)
    return root


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="ascii")
    except OSError:
        return []
    return [int(p) for p in text.split()]


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def as_from_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: a test run started in the background
    by a non-interactive shell (`.ci/run &`) has SIGINT ignored, and Python
    then never raises KeyboardInterrupt; a user's command never starts so."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.linux
@pytest.mark.parametrize("start", ["", "spawn"])  # the platform's default, and Windows'/macOS'
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.2, 0.5])
def test_ctrl_c_with_jobs_exits_130_quietly(many: Path, delay: float, start: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CCHC_NO_CACHE": "1",
           "CCHC_MP_START": start or os.environ.get("CCHC_MP_START", "")}
    proc = subprocess.Popen([sys.executable, "-m", "cchc_plan", "validate", "--no-cache",
                             "--jobs", "4", "--root", str(many)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, start_new_session=True,
                            preexec_fn=as_from_a_terminal)
    deadline = time.monotonic() + 60
    while not children(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # until the workers have started
    assert proc.poll() is None, "the run ended before the workers started"
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("cchc hung after Ctrl-C")
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert b"KeyboardInterrupt" not in err
    for _ in range(500):
        if not group_alive(proc.pid):
            break
        time.sleep(0.01)
    assert not group_alive(proc.pid), "a worker outlived cchc"
