"""Fixtures: copies of the fixture repositories in a temporary folder.

Tests never read or write the live `plan/` and `assignments/`: agencies commit
real progress there. `tests/check/test_live.py` alone validates them."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import KRONG_PA, MINI, copy_repo, run_cli


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
