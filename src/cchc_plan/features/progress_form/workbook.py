"""Reading an .xlsx workbook that came back from outside: never trusted.

Before openpyxl sees a byte, the file goes through the package checker the
imported plans use too (`load.office_zip`): the zip's sizes and ratios,
encryption, every XML part parsed with DTDs refused whatever its name and
encoding, every cell and range reference within MAX_ROWS x MAX_COLUMNS and
merged or linked ranges within a budget (openpyxl makes an object per covered
cell). Then macros (`vbaProject.bin`, macro-enabled content types or
relationships) and external links are refused. Then openpyxl reads the
whole workbook (not read-only: merged cells and cell protection are needed,
and the bounds above keep the memory small) with `data_only=True`: a formula
gives the value the spreadsheet program last computed and saved, and is never
evaluated; a formula with no saved value is a problem of its cell. Each
sheet's rows and columns are bounded.

The result is plain data: each sheet's non-empty cells by (row, column), its
merged ranges and the cells that held formulas. openpyxl is imported only
when a workbook is read (`cchc form import`).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from typing import Any

from cchc_plan.core.messages import msg, quoted
from cchc_plan.core.problems import Problem
from cchc_plan.features.progress_form.form_layout import (
    MAX_COLUMNS,
    MAX_FORM_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
)
from cchc_plan.load.office_zip import Limits, check_package
from cchc_plan.load.office_zip import Refused as PackageRefused

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""An old .xls, or an .xlsx encrypted with a password (both are OLE containers)."""
FORM_LIMITS = Limits(MAX_FORM_BYTES, MAX_MEMBERS, MAX_MEMBER_BYTES, MAX_UNPACKED_BYTES,
                     MAX_RATIO, rows=MAX_ROWS, columns=MAX_COLUMNS)
Position = tuple[int, int]


@dataclass
class Sheet:
    name: str
    state: str
    cells: dict[Position, Any] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    """(first row, first column, last row, last column) of each merged range."""
    formulas: set[Position] = field(default_factory=set)
    """Cells that hold a formula; their value in `cells` is the saved result."""

    def value(self, row: int, column: int) -> Any:
        return self.cells.get((row, column))


@dataclass
class Book:
    path: str
    sheets: dict[str, Sheet]


class Refused(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


def read_book(raw: bytes, path: str) -> tuple[Book | None, list[Problem]]:
    """The workbook's cells, or the problem that stops it being read."""
    try:
        formulas = check_archive(raw, path)
        return Book(path, load_sheets(raw, path, formulas)), []
    except Refused as exc:
        return None, [exc.problem]


def _refuse(path: str, code: str, message: Any, hint: Any = None) -> Refused:
    return Refused(Problem(path, 1, 1, code, message, hint))


def check_archive(raw: bytes, path: str) -> bool:
    """Check the zip before anything parses it; whether any sheet holds formulas."""
    if len(raw) > MAX_FORM_BYTES:
        raise _too_large(path, "bytes", len(raw), MAX_FORM_BYTES)
    if raw.startswith(OLE_MAGIC):
        raise _refuse(path, "form-encrypted", msg("form-encrypted"), msg("hint.form-save-xlsx"))
    try:
        contents = check_package(raw, FORM_LIMITS, sheets=True)
    except PackageRefused as exc:
        raise _refused_package(exc, path) from None
    for name in contents.parts:
        _check_name(name, path)
    kinds = contents.content_types | contents.relationship_types
    if any("macroEnabled" in k or k.endswith(("/vbaProject", ".vbaProject")) for k in kinds):
        raise _refuse(path, "form-macro", msg("form-macro"), msg("hint.form-save-xlsx"))
    if any(k.endswith(("/externalLink", ".externalLink+xml")) for k in kinds):
        raise _refuse(path, "form-external-link",
                      msg("form-external-link", name=quoted("externalLink")),
                      msg("hint.form-values-only"))
    return contents.formulas


def _check_name(name: str, path: str) -> None:
    if name.lower().endswith("vbaproject.bin") or name.lower().startswith("xl/activex"):
        raise _refuse(path, "form-macro", msg("form-macro"), msg("hint.form-save-xlsx"))
    if name.startswith("xl/externalLinks/"):
        raise _refuse(path, "form-external-link", msg("form-external-link", name=quoted(name)),
                      msg("hint.form-values-only"))


def _refused_package(exc: PackageRefused, path: str) -> Refused:
    """The shared package checker's refusal, in the form's own words."""
    save, part = msg("hint.form-save-xlsx"), quoted(exc.part)
    sheet = quoted(exc.sheet)
    if exc.reason in ("members", "member", "unpacked", "ratio"):
        return _too_large(path, exc.reason, exc.size, exc.limit)
    refusals = {
        "not-zip": ("form-not-xlsx", msg("form-not-xlsx"), save),
        "encrypted": ("form-encrypted", msg("form-encrypted"), save),
        "dtd": ("form-unsafe-xml", msg("form-unsafe-xml", name=part), save),
        "xml": ("form-not-xlsx", msg("package.part-not-xml", name=part, reason=exc.ref), save),
        "range": ("form-too-large", msg("package.range", sheet=sheet, ref=exc.ref,
                                        rows=MAX_ROWS, columns=MAX_COLUMNS),
                  msg("hint.package-ranges")),
        "range-cells": ("form-too-large", msg("package.range-cells", sheet=sheet, ref=exc.ref,
                                              limit=exc.limit), msg("hint.package-ranges")),
    }
    code, message, hint = refusals.get(
        exc.reason, ("form-too-large", msg("package.cells", sheet=sheet, limit=exc.limit), None))
    return _refuse(path, code, message, hint)


def _too_large(path: str, what: str, size: int, limit: int) -> Refused:
    messages = {
        "bytes": msg("form-too-large.bytes", size=size, limit=limit),
        "members": msg("form-too-large.members", size=size, limit=limit),
        "member": msg("form-too-large.member", size=size, limit=limit),
        "unpacked": msg("form-too-large.unpacked", size=size, limit=limit),
        "ratio": msg("form-too-large.ratio", size=size, limit=limit),
        "rows": msg("form-too-large.rows", size=size, limit=limit),
        "columns": msg("form-too-large.columns", size=size, limit=limit),
    }
    return _refuse(path, "form-too-large", messages[what])


def load_sheets(raw: bytes, path: str, formulas: bool) -> dict[str, Sheet]:
    values = _open(raw, path, data_only=True)
    sheets = {ws.title: _sheet(ws, path) for ws in values.worksheets}
    if formulas:  # which cells hold formulas: only the formula view of the book says
        for ws in _open(raw, path, data_only=False).worksheets:
            sheets[ws.title].formulas = {
                (c.row, c.column) for row in ws.iter_rows() for c in row if c.data_type == "f"}
    return sheets


def _open(raw: bytes, path: str, *, data_only: bool) -> Any:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of extensions it drops
            return load_workbook(io.BytesIO(raw), data_only=data_only, keep_vba=False,
                                 keep_links=False, rich_text=False)
    except Exception:  # openpyxl raises many kinds of error on a damaged file
        raise _refuse(path, "form-not-xlsx", msg("form-not-xlsx"),
                      msg("hint.form-save-xlsx")) from None


def _sheet(ws: Any, path: str) -> Sheet:
    if ws.max_row > MAX_ROWS:
        raise _too_large(path, "rows", ws.max_row, MAX_ROWS)
    if ws.max_column > MAX_COLUMNS:
        raise _too_large(path, "columns", ws.max_column, MAX_COLUMNS)
    sheet = Sheet(ws.title, ws.sheet_state)
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None and cell.value != "":
                sheet.cells[(cell.row, cell.column)] = cell.value
    sheet.merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
    return sheet
