"""Shared test helpers: run the CLI in-process, copy repositories to tmp."""

from __future__ import annotations

import io
import os
import shutil
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from cchc_plan.cli import _invoke
from cchc_plan.core.errors import run_guarded

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini"
AS_OF = date(2020, 9, 15)


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    stdout_bytes: bytes


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run `cchc ARGS` in this process, as main() would, capturing output."""
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", write_through=True)
    saved = sys.argv, sys.stdout, sys.stderr, Path.cwd(), dict(os.environ)
    sys.argv, sys.stdout, sys.stderr = ["cchc", *args], out, err
    os.environ.setdefault("COLUMNS", "200")
    os.environ.setdefault("CCHC_NO_CACHE", "1")  # tests of the cache turn it on
    os.environ.update(env or {})
    try:
        if cwd:
            os.chdir(cwd)
        code = run_guarded(_invoke, debug=False)
    finally:
        out.flush()
        err.flush()
        sys.argv, sys.stdout, sys.stderr = saved[0], saved[1], saved[2]
        os.chdir(saved[3])
        os.environ.clear()
        os.environ.update(saved[4])
    raw = out_bytes.getvalue()
    err_text = err_bytes.getvalue().decode("utf-8", "replace")
    return Run(code, raw.decode("utf-8", "replace"), err_text, raw)


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the shipped repository's plan and assignments."""
    target = tmp_path / "repo"
    shutil.copytree(REPO / "plan", target / "plan")
    if (REPO / "assignments").is_dir():
        shutil.copytree(REPO / "assignments", target / "assignments")
    else:
        (target / "assignments").mkdir()
    return target


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


GOLDEN = Path(__file__).resolve().parent / "golden"


def assert_golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")
