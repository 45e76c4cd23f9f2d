"""Fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run_cli


@pytest.fixture
def new_repo(tmp_path: Path) -> Path:
    """A repository made by `cchc new` for Krông Pa's 2021 plan."""
    target = tmp_path / "krong-pa-2021"
    result = run_cli("new", str(target), "--district", "Krông Pa", "--province", "Gia Lai",
                     "--year", "2021")
    assert result.exit_code == 0, result.stderr
    assert "đã tạo kho kế hoạch" in result.stderr
    return target
