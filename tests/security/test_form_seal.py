"""Issue 25, defect 4: a form writes only the agency it was made for. The
hidden metadata is sealed with HMAC-SHA256 under the coordinator's key (kept
outside the repository), so an agency that edits the hidden sheet to name
another agency and recomputes a digest is caught; the summary says which
agency each form writes, and a file name that names another agency is
pointed out. Reproduced first: on main, Phòng Nội vụ's form edited to say
phong-tu-phap with a recomputed SHA-256 seal rewrote phong-tu-phap.yaml."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cchc_plan.features.progress_form.form_import import named_agency
from cchc_plan.features.progress_form.form_layout import (
    META_KEYS,
    META_SHEET,
    META_TABLE_COLUMNS,
    META_TABLE_ROW,
)
from cchc_plan.features.progress_form.form_seal import seal, verify
from formtools import export, import_forms
from helpers import KRONG_PA, copy_repo

Sealer = Callable[[list[str]], str]


def old_seal(values: list[str]) -> str:
    """The unkeyed seal of main before issue 25: anyone could recompute it."""
    return hashlib.sha256("\x1f".join(values).encode("utf-8")).hexdigest()[:16]


def other_key_seal(values: list[str]) -> str:
    return seal(values, b"k" * 32)  # a key that is not the coordinator's


def forge(form: Path, agency: str, sealer: Sealer) -> None:
    """Change the agency of the hidden sheet and seal it again with `sealer`."""
    wb = load_workbook(form)
    ws = wb[META_SHEET]
    ws.cell(3, 2, agency)
    values = [str(ws.cell(i, 2).value) for i in range(1, len(META_KEYS))]
    table = [str(ws.cell(r, c).value or "") for r in range(META_TABLE_ROW, ws.max_row + 1)
             for c in range(1, META_TABLE_COLUMNS + 1)]
    ws.cell(len(META_KEYS), 2, sealer(values + table))
    wb.save(form)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_repo(KRONG_PA, tmp_path / "repo")


@pytest.mark.parametrize("sealer", [old_seal, other_key_seal], ids=["sha256", "other-key"])
def test_a_forged_seal_is_refused_and_nothing_is_written(repo: Path, tmp_path: Path,
                                                         sealer: Sealer) -> None:
    form = export(repo, "phong-noi-vu", tmp_path / "out")
    forge(form, "phong-tu-phap", sealer)
    before = {p.name: p.read_bytes() for p in (repo / "assignments").iterdir()}
    result = import_forms(repo, form)
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "error[form-metadata]" in result.stderr
    assert "niêm phong" in result.stderr
    assert {p.name: p.read_bytes() for p in (repo / "assignments").iterdir()} == before


def test_a_form_sealed_on_another_computer_is_refused(repo: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other-computer"
    other.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(other))
    form = export(repo, "phong-tu-phap", tmp_path / "out")
    assert (other / "cchc" / "form-key").is_file()  # made on the first export
    monkeypatch.delenv("XDG_CACHE_HOME")
    result = import_forms(repo, form)
    assert result.exit_code == 1
    assert "error[form-metadata]" in result.stderr


def test_the_summary_says_which_agency_a_form_writes(repo: Path, tmp_path: Path) -> None:
    form = export(repo, "phong-noi-vu", tmp_path / "out")
    renamed = form.with_name("phieu-tien-do-phong-tu-phap.xlsx")
    form.rename(renamed)
    tu_phap = (repo / "assignments" / "phong-tu-phap.yaml").read_bytes()
    result = import_forms(repo, renamed)
    assert result.exit_code == 0, result.stderr
    assert ("phiếu của Phòng Nội vụ (phong-noi-vu), ghi vào assignments/phong-noi-vu.yaml"
            in result.stdout)
    assert "cảnh báo: tên tệp nói 'phong-tu-phap'" in result.stdout
    assert (repo / "assignments" / "phong-tu-phap.yaml").read_bytes() == tu_phap


@pytest.mark.parametrize(("name", "named"), [
    ("phieu-tien-do-phong-tu-phap.xlsx", "phong-tu-phap"),
    ("phieu-tien-do-phong-tu-phap (1).xlsx", "phong-tu-phap"),
    ("Phiếu tiến độ phong-tu-phap đã điền.xlsx", "phong-tu-phap"),
    ("phieu-tien-do-phong-noi-vu.xlsx", None),  # its own agency
    ("phieu.xlsx", None),
    ("phieu-tien-do-phong-tu-phap-va-phong-noi-vu.xlsx", None),
])
def test_the_agency_a_file_name_names(name: str, named: str | None) -> None:
    agencies = ["phong-noi-vu", "phong-tu-phap", "phong"]
    assert named_agency(name, agencies, "phong-noi-vu") == named


def test_the_seal_binds_every_value() -> None:
    key = b"s" * 32
    values = ["cchc-progress-form", "1", "phong-noi-vu", "34/KH-UBND", "abc", "2020-09-15"]
    mark = seal(values, key)
    assert verify(values, mark, key) == "sound"
    assert verify([*values[:2], "phong-tu-phap", *values[3:]], mark, key) == "forged"
    assert verify(values, mark, b"t" * 32) == "forged"
    assert verify(values, old_seal(values), key) == "legacy"


def test_no_place_for_the_key_is_a_sentence(repo: Path, tmp_path: Path) -> None:
    from helpers import run_cli

    done = run_cli("form", "export", "--root", str(repo), "--agency", "phong-tu-phap", "-o",
                   str(tmp_path / "f.xlsx"), env={"HOME": "", "XDG_CACHE_HOME": "",
                                                  "LOCALAPPDATA": ""})
    assert done.exit_code == 2, done.stderr
    assert "khóa niêm phong" in done.stderr
    assert not (tmp_path / "f.xlsx").exists()


def test_the_key_folder_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc_plan.load.cache import key_dir

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert key_dir(windows=True) == tmp_path / "cchc"  # where Windows keeps per-user data
    assert key_dir(windows=False) is None  # elsewhere HOME it is, and there is none
