"""`--open` (issue 23): the file written, in the computer's default program.
The opener is replaced by a recorder; nothing is really opened."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cchc_plan.cli import opener
from helpers import run_cli

AS_OF = ("--as-of", "2020-09-15")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths cchc asked the system to open."""
    seen: list[Path] = []
    monkeypatch.setattr(opener, "system_opener", lambda: seen.append)
    return seen


def test_report_opens_the_file_it_wrote(repo_copy: Path, tmp_path: Path,
                                        opened: list[Path]) -> None:
    target = tmp_path / "báo cáo.docx"
    done = run_cli("report", "--root", str(repo_copy), *AS_OF, "--agency", "phong-noi-vu",
                   "-o", str(target), "--open")
    assert done.exit_code == 0, done.stderr
    assert opened == [target]
    assert target.read_bytes().startswith(b"PK")


def test_report_all_opens_the_folder(repo_copy: Path, tmp_path: Path,
                                     opened: list[Path]) -> None:
    out = tmp_path / "bao-cao"
    done = run_cli("report", "--root", str(repo_copy), *AS_OF, "--all", "--format", "md",
                   "-o", str(out), "--open")
    assert done.exit_code == 0, done.stderr
    assert opened == [out]


@pytest.mark.parametrize(("args", "name"), [
    (("form", "export", "--agency", "phong-noi-vu"), "form.xlsx"),
    (("plan", "export"), "phu-luc.docx"),
    (("calendar",), "lich.ics"),
])
def test_writing_commands_open_their_file(repo_copy: Path, tmp_path: Path, opened: list[Path],
                                          args: tuple[str, ...], name: str) -> None:
    target = tmp_path / name
    done = run_cli(*args, "--root", str(repo_copy), *(AS_OF if "plan" not in args else ()),
                   "-o", str(target), "--open")
    assert done.exit_code == 0, done.stderr
    assert opened == [target]


def test_site_opens_its_front_page(repo_copy: Path, tmp_path: Path, opened: list[Path]) -> None:
    done = run_cli("site", "--root", str(repo_copy), *AS_OF, "-o", str(tmp_path / "site"),
                   "--open")
    assert done.exit_code == 0, done.stderr
    assert opened == [tmp_path / "site" / "index.html"]


def test_nothing_is_opened_for_stdout(repo_copy: Path, opened: list[Path]) -> None:
    done = run_cli("calendar", "--root", str(repo_copy), *AS_OF, "-o", "-", "--open")
    assert done.exit_code == 0, done.stderr
    assert done.stdout.startswith("BEGIN:VCALENDAR")
    assert opened == []


def test_without_an_opener_the_command_still_succeeds(repo_copy: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "startfile", raising=False)
    monkeypatch.setattr("shutil.which", lambda _name: None)
    target = tmp_path / "lich.ics"
    done = run_cli("calendar", "--root", str(repo_copy), *AS_OF, "-o", str(target), "--open")
    assert done.exit_code == 0, done.stderr
    assert target.is_file()
    program = "open" if sys.platform == "darwin" else "xdg-open"
    assert f"không có {program} để mở" in done.stderr


def test_an_opener_that_fails_is_a_sentence(repo_copy: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> None:
        raise PermissionError(13, "Access is denied", str(path))

    monkeypatch.setattr(opener, "system_opener", lambda: refuse)
    done = run_cli("calendar", "--root", str(repo_copy), *AS_OF, "-o", str(tmp_path / "l.ics"),
                   "--open", "--lang", "en")
    assert done.exit_code == 0, done.stderr
    assert "could not be opened: Access is denied; open it yourself" in done.stderr


def test_each_platform_has_its_opener(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[list[str]] = []
    monkeypatch.delattr(os, "startfile", raising=False)
    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr("subprocess.Popen", lambda args, **_kw: started.append(args))
    for platform in ("darwin", "linux"):
        found = opener.system_opener(platform)
        assert callable(found)
        found(Path("/tmp/x.docx"))
    shown = str(Path("/tmp/x.docx").resolve())
    assert started == [["/usr/bin/open", shown], ["/usr/bin/xdg-open", shown]]
    windows: list[object] = []
    monkeypatch.setattr(os, "startfile", windows.append, raising=False)
    assert opener.system_opener("win32") == windows.append
