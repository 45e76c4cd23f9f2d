"""One Session per run: the language and --debug travel in it, wherever on
the command line they are written, and errors print in the command's language."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from helpers import KRONG_PA, MINI, REPO, run_cli


def test_an_option_is_not_a_value() -> None:
    """`--agency --debug`: "--debug" is taken as the agency name, a usage
    error; it does not turn debugging on."""
    result = run_cli("status", "--root", str(MINI), "--agency", "--debug")
    assert result.exit_code == 2
    assert "không có cơ quan '--debug'" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("place", ["before", "after"])
def test_debug_before_or_after_the_command(place: str) -> None:
    args = ["--debug", "validate"] if place == "before" else ["validate", "--debug"]
    code = ("import cchc_plan.app as a\n"
            "def boom(*_, **__): raise RuntimeError('boom')\n"
            "a._checked = boom\n"
            "from cchc_plan.cli import invoke\n"
            f"raise SystemExit(invoke({[*args, '--root', str(MINI)]!r}))\n")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CCHC_NO_CACHE": "1"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          check=False)
    assert done.returncode == 3
    assert "RuntimeError: boom" in done.stderr


def test_global_lang_before_the_command() -> None:
    result = run_cli("--lang", "en", "status", "--root", str(KRONG_PA), "--agency", "khong-co")
    assert result.exit_code == 2
    assert result.stderr.startswith("cchc: error: no agency 'khong-co'")


def test_calendar_follows_lang() -> None:
    args = ("calendar", "--root", str(KRONG_PA), "--agency", "phong-noi-vu", "--as-of",
            "15/9/2020", "-o", "-")
    english = run_cli(*args, "--lang", "en")
    vietnamese = run_cli(*args)
    assert b"Task " in english.stdout_bytes
    assert b"Deadline:" in english.stdout_bytes
    assert "Nhiệm vụ".encode() not in english.stdout_bytes
    assert "Thời hạn:".encode() in vietnamese.stdout_bytes
