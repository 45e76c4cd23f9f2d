"""A filled form is untrusted: the zip is checked before openpyxl reads it, and
every cell is checked before a value reaches an agency file."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from cchc_plan import app as lib
from cchc_plan.features.progress_form import form_xlsx
from cchc_plan.features.progress_form.form_input import read_form
from cchc_plan.features.progress_form.form_layout import (
    META_KEYS,
    META_SHEET,
    META_TABLE_COLUMNS,
    META_TABLE_ROW,
)
from cchc_plan.features.progress_form.form_seal import seal, seal_key
from cchc_plan.features.progress_form.workbook import read_book
from formtools import CONTACT, PROGRESS, cell, export, fill, import_forms, row_of
from helpers import KRONG_PA

AGENCY = "phong-tu-phap"


@pytest.fixture(scope="module")
def form_bytes() -> bytes:
    project = lib.open_plan(KRONG_PA, use_cache=False)
    return form_xlsx.render(lib.form_view(project, AGENCY, date(2020, 9, 15)))


def rezip(raw: bytes, *, add: dict[str, bytes] | None = None,
          change: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = (change or {}).get(info.filename, source.read(info.filename))
            target.writestr(info.filename, data)
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return out.getvalue()


def codes(raw: bytes) -> list[str]:
    book, problems = read_book(raw, "f.xlsx")
    if book is not None:
        problems += read_form(book).problems
    return [p.code for p in problems]


def test_a_sound_form_reads_without_problems(form_bytes: bytes) -> None:
    assert codes(form_bytes) == []


CONTENT_TYPES = "[Content_Types].xml"


@pytest.mark.parametrize(("attack", "code"), [
    ("macro", "form-macro"),
    ("macro-content-type", "form-macro"),
    ("external-link", "form-external-link"),
    ("dtd", "form-unsafe-xml"),
    ("zip-bomb", "form-too-large"),
    ("many-members", "form-too-large"),
])
def test_the_archive_is_refused_before_openpyxl_reads_it(form_bytes: bytes, attack: str,
                                                         code: str) -> None:
    with zipfile.ZipFile(io.BytesIO(form_bytes)) as z:
        types = z.read(CONTENT_TYPES)
        sheet = z.read("xl/worksheets/sheet1.xml")
    raw = {
        "macro": lambda: rezip(form_bytes, add={"xl/vbaProject.bin": b"\0" * 100}),
        "macro-content-type": lambda: rezip(form_bytes, change={CONTENT_TYPES: types.replace(
            b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml")}),
        "external-link": lambda: rezip(form_bytes, add={
            "xl/externalLinks/externalLink1.xml": b"<externalLink/>"}),
        "dtd": lambda: rezip(form_bytes, change={
            "xl/worksheets/sheet1.xml": b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + sheet}),
        "zip-bomb": lambda: rezip(form_bytes, add={"xl/media/big.xml": b" " * (8 << 20)}),
        "many-members": lambda: rezip(form_bytes, add={f"x/{i}.txt": b"" for i in range(500)}),
    }[attack]()
    assert codes(raw) == [code]


def test_what_is_not_an_xlsx_says_so(form_bytes: bytes) -> None:
    assert codes(b"not a zip at all") == ["form-not-xlsx"]
    assert codes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) == ["form-encrypted"]
    assert codes(form_bytes[: len(form_bytes) // 2]) == ["form-not-xlsx"]
    plain = io.BytesIO()
    Workbook().save(plain)
    assert codes(plain.getvalue()) == ["form-not-a-form"]


def _edited(form_bytes: bytes, edit: object) -> bytes:
    wb = load_workbook(io.BytesIO(form_bytes))
    edit(wb)  # type: ignore[operator]
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_an_oversized_sheet_is_refused(form_bytes: bytes) -> None:
    raw = _edited(form_bytes, lambda wb: wb[PROGRESS].cell(30_000, 1, "x"))
    assert codes(raw) == ["form-too-large"]


def test_edited_metadata_is_refused(form_bytes: bytes) -> None:
    raw = _edited(form_bytes, lambda wb: wb[META_SHEET].cell(3, 2, "phong-noi-vu"))
    assert codes(raw) == ["form-metadata"]


def test_merged_cells_and_added_rows_are_named(form_bytes: bytes) -> None:
    def edit(wb: Workbook) -> None:
        ws = wb[PROGRESS]
        ws.merge_cells("P5:P7")
        ws.cell(ws.max_row + 2, 16, "một dòng thêm")
        ws.cell(5, 16, "x" * 10_001)

    book, _ = read_book(_edited(form_bytes, edit), "f.xlsx")
    assert book is not None
    found = [(p.code, p.where()) for p in read_form(book).problems]
    assert ("form-merged-cell", f"f.xlsx:{PROGRESS}!P5") in found
    assert ("form-cell-too-long", f"f.xlsx:{PROGRESS}!P5") in found
    assert [c for c, _ in found if c == "form-extra-row"] == ["form-extra-row"]


def test_an_unknown_agency_is_refused(repo_copy: Path, tmp_path: Path) -> None:
    form = export(repo_copy, AGENCY, tmp_path)
    wb = load_workbook(form)
    ws = wb[META_SHEET]
    ws.cell(3, 2, "so-khong-co")
    values = [str(ws.cell(i, 2).value) for i in range(1, len(META_KEYS))]
    table = [str(ws.cell(r, c).value or "") for r in range(META_TABLE_ROW, ws.max_row + 1)
             for c in range(1, META_TABLE_COLUMNS + 1)]
    ws.cell(len(META_KEYS), 2, seal(values + table, seal_key()))  # the coordinator's key
    wb.save(form)
    result = import_forms(repo_copy, form)
    assert result.exit_code == 1
    assert f"{form}:{CONTACT}!B3: error[form-unknown-agency]" in result.stderr


def test_a_formula_gives_its_saved_value_or_is_refused(repo_copy: Path, tmp_path: Path) -> None:
    form = export(repo_copy, AGENCY, tmp_path)
    row = row_of(form, "9")
    fill(form, {(PROGRESS, cell("notes", row)): '=CONCAT("a","b")'})
    result = import_forms(repo_copy, form)
    assert result.exit_code == 1
    assert f"{form}:{PROGRESS}!{cell('notes', row)}: error[form-formula]" in result.stderr
    # a formula whose result the spreadsheet saved: the result is taken, never evaluated
    ref = cell("notes", row)
    with zipfile.ZipFile(form) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    saved = re.sub(rf'<c r="{ref}"( s="\d+")?[^>]*>.*?</c>',
                   rf'<c r="{ref}"\1 t="str"><f>1/0</f><v>kết quả đã lưu</v></c>', sheet)
    assert saved != sheet
    form.write_bytes(rezip(form.read_bytes(), change={"xl/worksheets/sheet1.xml":
                                                      saved.encode("utf-8")}))
    result = import_forms(repo_copy, form, options=("--dry-run",))
    assert result.exit_code == 0, result.stderr
    assert "Ghi chú (trống) → kết quả đã lưu" in result.stdout
