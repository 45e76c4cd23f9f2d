"""Usage problems are usage errors, not internal ones (issue 12, defect 12):
each exits 2 (or 1 when writing failed) with a sentence, never 3."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import MINI, REPO, run_cli


@pytest.mark.parametrize("args", [
    ("status", "--as-of", "0000-01-01"),
    ("status", "--as-of", "9999-12-31"),
    ("report", "--as-of", "31/12/9999", "--format", "md", "-o", "-"),
    ("calendar", "--horizon", "9999-12-31", "-o", "-"),
    ("calendar", "--as-of", "1/1/0001", "-o", "-"),
])
def test_dates_out_of_range_are_usage_errors(args: tuple[str, ...]) -> None:
    result = run_cli(*args, "--root", str(MINI))
    assert result.exit_code == 2, result.stderr
    assert "1900–2199" in result.stderr
    assert result.stderr.startswith("cchc: lỗi: --")


def test_a_root_with_a_too_long_name(tmp_path: Path) -> None:
    result = run_cli("validate", "--root", str(tmp_path / ("x" * 300)))
    assert result.exit_code == 2
    assert "quá dài" in result.stderr


def test_an_output_with_a_too_long_name(tmp_path: Path) -> None:
    result = run_cli("report", "--root", str(MINI), "--format", "md",
                     "-o", str(tmp_path / ("x" * 300 + ".md")))
    assert result.exit_code == 2
    assert "quá dài" in result.stderr


@pytest.mark.linux
@pytest.mark.parametrize("args", [
    ("status", "--as-of", "2020-09-15", "--all", "--root", str(MINI)),
    ("schema",),
    ("validate", "--format", "json", "--root", str(MINI)),
])
def test_stdout_on_a_full_disk(args: tuple[str, ...]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "cchc_plan", *args],
                              stdout=full, stderr=subprocess.PIPE, check=False,
                              env={**os.environ, "PYTHONPATH": str(REPO / "src"),
                                   "CCHC_NO_CACHE": "1"})
    assert done.returncode == 1, done.stderr
    assert b"Traceback" not in done.stderr
    assert "không ghi được" in done.stderr.decode("utf-8")
    assert len(done.stderr.decode("utf-8").strip().splitlines()) == 1
