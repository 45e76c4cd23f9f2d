"""`--pdf` finds LibreOffice where its installers put it on Windows and macOS
(they do not add it to the PATH), and says how to install it when it is not
there, with Word's "Save as PDF" as the other way (issue 23)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cchc_plan.core.errors import InputError
from cchc_plan.render import pdf


@pytest.fixture
def no_soffice_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pdf.SOFFICE_ENV, raising=False)
    monkeypatch.setattr("shutil.which", lambda _name: None)


def test_windows_places_both_program_folders() -> None:
    places = pdf.install_places("win32", {"ProgramFiles": r"D:\Apps",
                                          "ProgramFiles(x86)": r"C:\Program Files (x86)"})
    assert places == [r"D:\Apps\LibreOffice\program\soffice.exe",
                      r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
                      r"C:\Program Files\LibreOffice\program\soffice.exe"]


def test_macos_places_the_applications_folders() -> None:
    assert pdf.install_places("darwin", {"HOME": "/Users/lan"}) == [
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        "/Users/lan/Applications/LibreOffice.app/Contents/MacOS/soffice"]
    assert pdf.install_places("linux", {"HOME": "/home/lan"}) == []


@pytest.mark.usefixtures("no_soffice_on_path")
def test_an_installed_libreoffice_off_the_path_is_found(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "Applications" / pdf.MACOS_APP
    program.parent.mkdir(parents=True)
    program.write_bytes(b"")
    monkeypatch.setenv("HOME", str(tmp_path))
    found = pdf.soffice("darwin")
    assert found is not None
    assert Path(found) == program
    assert pdf.soffice("linux") is None


@pytest.mark.usefixtures("no_soffice_on_path")
@pytest.mark.parametrize(("platform", "said"), [
    ("win32", r"C:\Program Files\LibreOffice"),
    ("darwin", "/Applications"),
])
def test_absent_it_says_how_to_install_it_and_about_word(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path, platform: str,
                                                         said: str) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(pdf, "install_places", lambda *_: [])
    with pytest.raises(InputError) as refused:
        pdf.require_soffice(platform)
    assert refused.value.hint is not None
    hint = refused.value.hint.text("vi")
    assert said in hint
    assert "Lưu dưới dạng › PDF" in hint
    assert "Save As › PDF" in refused.value.hint.text("en")
