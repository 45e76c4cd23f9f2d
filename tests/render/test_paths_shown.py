"""Paths in what cchc prints (issue 23): the platform's separator for people
(`assignments\\phong-noi-vu.yaml` on Windows), '/' in the machine formats on
every platform. Windows is simulated by setting the separator cchc reads."""

from __future__ import annotations

import json
from pathlib import Path, PureWindowsPath

import pytest

from cchc_plan.core import pathtext
from cchc_plan.core.pathtext import for_machines, for_people
from helpers import run_cli

AGENCY_FILE = "assignments/phong-noi-vu.yaml"


def test_people_read_the_platform_separator() -> None:
    assert for_people(AGENCY_FILE, "\\") == str(PureWindowsPath(AGENCY_FILE))
    assert for_people(AGENCY_FILE, "/") == AGENCY_FILE


def test_machines_read_slashes() -> None:
    typed = str(PureWindowsPath("C:/Users/Lan/Biểu mẫu/phong-noi-vu.xlsx"))
    assert for_machines(typed, "\\") == "C:/Users/Lan/Biểu mẫu/phong-noi-vu.xlsx"
    assert for_machines("a\\b.yaml", "/") == "a\\b.yaml"  # a POSIX name may hold one


@pytest.fixture
def broken(repo_copy: Path) -> Path:
    target = repo_copy / AGENCY_FILE
    target.write_text(target.read_text(encoding="utf-8").replace("status: done", "status: dnoe",
                                                                 1), encoding="utf-8")
    return repo_copy


def test_on_windows_text_shows_backslashes_and_ci_slashes(broken: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pathtext, "SEP", "\\")
    text = run_cli("validate", "--root", str(broken))
    assert text.exit_code == 1
    assert "assignments\\phong-noi-vu.yaml:" in text.stdout
    github = run_cli("validate", "--root", str(broken), "--format", "github").stdout
    assert f"file={AGENCY_FILE}," in github
    assert "\\" not in github.split("::")[1]
    records = json.loads(run_cli("validate", "--root", str(broken), "--format", "json").stdout)
    errors = [r for r in records if r["severity"] == "error"]  # the plan's review notes warn
    assert {r["path"] for r in errors} == {AGENCY_FILE}
    assert all("\\" not in r["path"] for r in records)
    gitlab = json.loads(run_cli("validate", "--root", str(broken), "--format", "gitlab").stdout)
    assert AGENCY_FILE in {i["location"]["path"] for i in gitlab}
    assert all("\\" not in i["location"]["path"] for i in gitlab)


def test_on_posix_text_shows_slashes(broken: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pathtext, "SEP", "/")
    text = run_cli("validate", "--root", str(broken))
    assert f"{AGENCY_FILE}:" in text.stdout


def test_init_names_the_file_it_wrote_the_windows_way(blank_copy: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pathtext, "SEP", "\\")
    done = run_cli("init", "--root", str(blank_copy), "--agency", "phong-noi-vu")
    assert done.exit_code == 0, done.stderr
    assert "đã ghi assignments\\phong-noi-vu.yaml" in done.stderr
    assert (blank_copy / AGENCY_FILE).is_file()
