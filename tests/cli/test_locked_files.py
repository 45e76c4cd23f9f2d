"""A file open in Word or Excel (issue 23): on Windows, replacing or reading it
raises PermissionError (WinError 32, a sharing violation, or 5). cchc says
which file and "đóng tệp trong Word/Excel rồi chạy lại", exits 1, leaves the
old file intact and nothing half-written. Simulated here on both backends."""

from __future__ import annotations

import os
import pathlib
from pathlib import Path
from typing import Any

import pytest

from cchc_plan.core.fsafe import is_locked
from formtools import PROGRESS, cell, export, fill, import_forms, row_of
from helpers import MINI, run_cli

pytestmark = pytest.mark.usefixtures("fs_backend")
CLOSE_IT = "đóng tệp trong Word/Excel rồi chạy lại"


def locked_error(path: object) -> PermissionError:
    exc = PermissionError(13, "The process cannot access the file because it is being used "
                              "by another process", str(path))
    exc.winerror = 32  # type: ignore[attr-defined]  # as CPython on Windows sets it
    return exc


def lock_replacing(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """`os.replace` onto `name` fails as when Word or Excel holds it open."""
    real = os.replace

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if os.path.basename(os.fspath(dst)) == name:
            raise locked_error(dst)
        real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".new")))


@pytest.mark.parametrize(("lang", "said"), [("vi", CLOSE_IT),
                                            ("en", "close it in Word/Excel and run again")])
def test_a_report_open_in_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                               said: str) -> None:
    target = tmp_path / "bao-cao.docx"
    args = ("report", "--root", str(MINI), "--as-of", "2020-09-15", "--format", "docx",
            "-o", str(target), "--lang", lang)
    assert run_cli(*args).exit_code == 0
    old = target.read_bytes()
    lock_replacing(monkeypatch, target.name)
    result = run_cli(*args, "--force", "--as-of", "2020-09-16")
    assert result.exit_code == 1
    assert said in result.stderr
    assert str(target) in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == old
    assert leftovers(tmp_path) == []


def test_a_form_open_in_excel_is_not_exported_over(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    form = export(MINI, "phong-noi-vu", tmp_path)
    old = form.read_bytes()
    lock_replacing(monkeypatch, form.name)
    result = run_cli("form", "export", "--root", str(MINI), "--agency", "phong-noi-vu",
                     "--as-of", "2020-09-16", "-o", str(form), "--force")
    assert result.exit_code == 1
    assert CLOSE_IT in result.stderr
    assert form.name in result.stderr
    assert form.read_bytes() == old
    assert leftovers(tmp_path) == []


def test_an_agency_file_open_elsewhere_is_not_imported_over(
        repo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    agency = "phong-tu-phap"
    form = export(repo_copy, agency, tmp_path / "forms")
    fill(form, {(PROGRESS, cell("notes", row_of(form, "8"))): "Đã rà soát 40 văn bản"})
    target = repo_copy / "assignments" / f"{agency}.yaml"
    old = target.read_bytes()
    lock_replacing(monkeypatch, target.name)
    result = import_forms(repo_copy, form)
    assert result.exit_code == 1
    assert CLOSE_IT in result.stdout + result.stderr
    assert f"{agency}.yaml" in result.stdout + result.stderr
    assert target.read_bytes() == old
    assert leftovers(target.parent) == []


def test_a_returned_form_still_open_in_excel(repo_copy: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    form = export(repo_copy, "phong-tu-phap", tmp_path / "forms")
    real_open = pathlib.Path.open

    def open_(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == form.name:
            raise locked_error(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", open_)
    before = {p.name: p.read_bytes() for p in (repo_copy / "assignments").iterdir()}
    result = import_forms(repo_copy, form)
    assert result.exit_code == 1
    assert CLOSE_IT in result.stdout + result.stderr
    assert form.name in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in (repo_copy / "assignments").iterdir()} == before


def test_a_site_page_open_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    args = ("site", "--root", str(MINI), "-o", str(site), "--as-of")
    assert run_cli(*args, "2020-09-15").exit_code == 0
    old = (site / "index.html").read_bytes()
    lock_replacing(monkeypatch, "index.html")
    result = run_cli(*args, "2020-09-16")
    assert result.exit_code == 1
    assert CLOSE_IT in result.stderr
    assert (site / "index.html").read_bytes() == old
    assert leftovers(site) == []


@pytest.mark.parametrize(("exc", "locked"), [
    (PermissionError(13, "denied"), True),  # no winerror: EACCES
    (OSError(28, "no space"), False),
    (FileNotFoundError(2, "missing"), False),
])
def test_what_counts_as_locked(exc: OSError, locked: bool) -> None:
    assert is_locked(exc) is locked


@pytest.mark.parametrize(("winerror", "locked"), [(32, True), (33, True), (5, True), (2, False)])
def test_what_counts_as_locked_on_windows(winerror: int, locked: bool) -> None:
    exc = PermissionError(13, "x")
    exc.winerror = winerror  # type: ignore[attr-defined]
    assert is_locked(exc) is locked
