"""Worksheet rows written as text (`render.xlsx_rows`) read back as the
values they were given, and as the same cells openpyxl writes for them:
value, type, number format and style, row heights."""

from __future__ import annotations

import io
import zipfile
from copy import copy
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils.exceptions import IllegalCharacterError

from cchc_plan.render.safe import xml
from cchc_plan.render.xlsx_io import save
from cchc_plan.render.xlsx_rows import MAX_TEXT, SheetRows, Value, style_index

DAY = date(2021, 3, 4)
FIRST = 3
"""The first row written as text; rows 1 and 2 are openpyxl's."""
SPECIAL = " \t\n\r<>&\"'=#;"
TEXT = st.text(st.sampled_from(SPECIAL) | st.characters(), max_size=30).map(xml)
"""Any text XML can hold: XML's own characters, white space at either end,
characters beyond the BMP."""
VALUE: st.SearchStrategy[Value] = st.one_of(
    st.none(), TEXT, st.sampled_from(["=HYPERLINK(\"x\")", "#N/A", "=1+1", "0905", " ", ""]),
    st.integers(-10**15, 10**15), st.dates(date(1900, 3, 1), date(9999, 12, 31)))
WORKBOOKS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
"""Each example writes and reads workbooks: slower than hypothesis's
deadline on a busy machine."""
ROWS = st.lists(st.tuples(st.lists(VALUE, min_size=1, max_size=5),
                          st.one_of(st.none(), st.sampled_from([15.0, 18.0, 33.0, 63.5]))),
                max_size=6)


def unstyled(value: Value, column: int) -> bool:
    """Column 4 has no style, but for dates (a date's cell carries a date format)."""
    return column == 4 and not isinstance(value, date)


def style_of(wb: Any, value: Value, column: int) -> Any:
    """A style a cell of this value and column could have: dates with a date format."""
    cell = SheetCell(wb.active)
    cell.font = Font(name="Times New Roman", bold=column % 2 == 0)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if column % 3 == 0:
        cell.fill = PatternFill("solid", fgColor="E7E6E6")
    else:
        cell.protection = Protection(locked=False)
    if isinstance(value, date):
        cell.number_format = "dd/mm/yyyy"
    elif column == 2:
        cell.number_format = "@"
    return cell._style


def heading(wb: Any) -> None:
    """Rows 1 and 2 as openpyxl cells, as a sheet's title and column titles are."""
    ws = wb.active
    ws.cell(1, 1, "Tiêu đề").font = Font(bold=True)
    ws.cell(2, 2, "cột")
    ws.row_dimensions[1].height = 30


def as_text(rows: list[tuple[list[Value], float | None]]) -> bytes:
    wb = Workbook()
    heading(wb)
    sheet_rows = SheetRows(wb.active)
    for number, (values, height) in enumerate(rows, FIRST):
        sheet_rows.add(number, [(v, 0 if unstyled(v, c) else style_index(wb, style_of(wb, v, c)))
                                for c, v in enumerate(values, 1)], height)
    return save(wb, DAY, [sheet_rows])


def as_cells(rows: list[tuple[list[Value], float | None]]) -> bytes:
    """The same rows as openpyxl cells, saved as every cchc workbook is."""
    wb = Workbook()
    heading(wb)
    ws = wb.active
    for number, (values, height) in enumerate(rows, FIRST):
        for column, value in enumerate(values, 1):
            cell = ws.cell(number, column, value)
            if not unstyled(value, column):
                cell._style = style_of(wb, value, column)
        if height is not None:
            ws.row_dimensions[number].height = height
    return save(wb, DAY)


def expected(value: Value) -> Any:
    if isinstance(value, str):
        return value[:MAX_TEXT] or None
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return value


def cells_of(ws: Any, rows: int, columns: int) -> list[tuple[Any, ...]]:
    """Each cell's coordinate, value, type, number format and style objects
    (copied out of openpyxl's proxies, which compare equal to nothing)."""
    return [(c.coordinate, c.value, c.data_type, c.number_format, copy(c.font), copy(c.fill),
             copy(c.border), copy(c.alignment), copy(c.protection))
            for row in ws.iter_rows(1, rows, 1, columns) for c in row]


@WORKBOOKS
@given(ROWS)
def test_rows_read_back_as_their_values(rows: list[tuple[list[Value], float | None]]) -> None:
    ws = load_workbook(io.BytesIO(as_text(rows))).active
    assert ws.cell(1, 1).value == "Tiêu đề"
    for number, (values, height) in enumerate(rows, FIRST):
        assert [ws.cell(number, c).value for c in range(1, len(values) + 1)] == \
            [expected(v) for v in values]
        assert ws.row_dimensions[number].height == height
        assert all(ws.cell(number, c).data_type == "s" for c, v in enumerate(values, 1)
                   if isinstance(v, str) and v)


@WORKBOOKS
@given(ROWS)
def test_rows_are_the_cells_openpyxl_writes(rows: list[tuple[list[Value], float | None]]) -> None:
    text = load_workbook(io.BytesIO(as_text(rows))).active
    cells = load_workbook(io.BytesIO(as_cells(rows))).active
    size = (FIRST + len(rows), max([len(v) for v, _ in rows] + [2]))
    assert cells_of(text, *size) == cells_of(cells, *size)
    assert [text.row_dimensions[r].height for r in range(1, size[0])] == \
        [cells.row_dimensions[r].height for r in range(1, size[0])]
    assert text.dimensions == cells.dimensions


def sheet_xml(raw: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def cell_elements(raw: bytes) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    """Each `<c>` of the sheet: its type, its text's xml:space, its text, its value."""
    cells = {}
    for c in etree.fromstring(sheet_xml(raw)).iter(f"{MAIN}c"):
        t = c.find(f"{MAIN}is/{MAIN}t")
        v = c.find(f"{MAIN}v")
        cells[c.get("r")] = (c.get("t", "n"), None if t is None else t.get(SPACE),
                             None if t is None else t.text, None if v is None else v.text)
    return cells


@WORKBOOKS
@given(ROWS)
def test_cells_are_written_as_openpyxl_writes_them(
        rows: list[tuple[list[Value], float | None]]) -> None:
    """Text with white space at either end keeps it (`xml:space="preserve"`,
    which Excel needs and openpyxl's reader does not)."""
    assert cell_elements(as_text(rows)) == cell_elements(as_cells(rows))


def test_the_dimension_covers_the_rows() -> None:
    raw = as_text([(["a"], None), (["b", None, 7], 18.0)])
    assert b'<dimension ref="A1:C4"/>' in sheet_xml(raw)


def test_text_that_looks_like_a_formula_stays_text() -> None:
    raw = as_text([(["=HYPERLINK(\"http://x.vn\")", "#N/A", "+1", "@x"], None)])
    ws = load_workbook(io.BytesIO(raw)).active
    assert [(c.value, c.data_type) for c in ws[FIRST]] == [
        ("=HYPERLINK(\"http://x.vn\")", "s"), ("#N/A", "s"), ("+1", "s"), ("@x", "s")]
    assert b"<f>" not in sheet_xml(raw)


def test_a_long_text_is_cut_as_openpyxl_cuts_it() -> None:
    ws = load_workbook(io.BytesIO(as_text([(["x" * 40_000], None)]))).active
    assert ws.cell(FIRST, 1).value == "x" * MAX_TEXT


@pytest.mark.parametrize(("text", "error"), [
    ("a\x01b", IllegalCharacterError), ("a\x0bb", IllegalCharacterError),
    ("a\ufffeb", ValueError), ("a\uffffb", ValueError), ("a\ud800b", UnicodeEncodeError)])
def test_characters_xml_cannot_hold_raise_what_openpyxl_raises(
        text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        as_cells([([text], None)])
    with pytest.raises(error):
        as_text([([text], None)])


def test_rows_go_below_the_sheets_own_rows_in_order() -> None:
    wb = Workbook()
    heading(wb)
    rows = SheetRows(wb.active)
    rows.add(2, [("x", 0)])
    with pytest.raises(ValueError, match="among the rows"):
        save(wb, DAY, [rows])
    with pytest.raises(ValueError, match="ascending"):
        rows.add(2, [("y", 0)])
