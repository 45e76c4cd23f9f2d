"""The progress form's rows are written as text (`render.xlsx_rows`), its
cells styled once a kind: the workbook read back is the one openpyxl made
when every cell was an openpyxl cell styled on its own, as `form_xlsx` did
until then (kept here as the reference), compared cell by cell on every
sheet of the forms of every agency of the shipped repository and of the
fixtures, and of forms with odd values and no rows."""

from __future__ import annotations

import dataclasses
import io
from copy import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.functions import tostring

import cchc_plan.app as lib
from cchc_plan.core.dates import vn_date
from cchc_plan.core.messages import text
from cchc_plan.features.progress_form import form_xlsx as fx
from cchc_plan.features.progress_form.form_layout import (
    COLUMN_INDEX,
    COLUMNS,
    CONTACT_FIELDS,
    CONTACT_LOCKED,
    CONTACT_ROW,
    CONTACT_VALUE_COLUMN,
    FIRST_ROW,
    FORM_LANG,
    HEADER_ROW,
    META_KEYS,
    META_SHEET,
    META_TABLE_ROW,
    SUBTITLE_ROW,
    TITLE_ROW,
    FormColumn,
    column_titles,
    contact_sheet_name,
    progress_sheet_name,
    status_labels,
)
from cchc_plan.features.progress_form.form_seal import seal
from cchc_plan.features.progress_form.rows import Cell, FormRow, FormView
from cchc_plan.render.xlsx_io import stamp_properties
from cchc_plan.render.ziputil import StampedZip
from helpers import KRONG_PA, MINI, REPO

KEY = b"a seal key of the tests"

# --- the reference: every cell an openpyxl cell ---------------------------------------------


def reference(view: FormView) -> bytes:
    wb = Workbook()
    progress_sheet(wb.active, view)
    contact_sheet(wb.create_sheet(contact_sheet_name()), view)
    help_sheet(wb.create_sheet(text("form.sheet.help", FORM_LANG)), view)
    meta_sheet(wb.create_sheet(META_SHEET), view)
    wb.security = WorkbookProtection(lockStructure=True)
    stamp_properties(wb, view.as_of, text("form.title", FORM_LANG, plan=view.plan_name),
                     view.agency_name, "cchc")
    for ws in wb.worksheets:  # what `xlsx_io.save` did: text is text, via openpyxl's writer
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    wb.calculation.fullCalcOnLoad = False
    out = io.BytesIO()
    with StampedZip(out, view.as_of) as archive:
        ExcelWriter(wb, archive).write_data()
    return out.getvalue()


def progress_sheet(ws: Any, view: FormView) -> None:
    ws.title = progress_sheet_name()
    last = get_column_letter(len(COLUMNS))
    ws.cell(TITLE_ROW, 1, text("form.title", FORM_LANG, plan=view.plan_name.upper())).font = \
        fx.TITLE
    ws.cell(SUBTITLE_ROW, 1, text("form.subtitle", FORM_LANG, agency=view.agency_name,
                                  date=vn_date(view.as_of))).font = fx.NOTE
    for row in (TITLE_ROW, SUBTITLE_ROW):
        ws.merge_cells(f"A{row}:{last}{row}")
        ws.cell(row, 1).alignment = fx.WRAP
    ws.row_dimensions[TITLE_ROW].height = 2 * fx.LINE_HEIGHT
    titles = column_titles(FORM_LANG)
    for column in COLUMNS:
        letter = get_column_letter(COLUMN_INDEX[column.key])
        ws.column_dimensions[letter].width = column.width
        cell = ws.cell(HEADER_ROW, COLUMN_INDEX[column.key], titles[column.key])
        cell.font, cell.fill, cell.border, cell.alignment = \
            fx.BOLD, fx.HEADER_FILL, fx.BORDER, fx.WRAP_CENTER
    ws.row_dimensions[HEADER_ROW].height = fx.row_height(dict(titles), bold=True)
    labels = status_labels()
    for form_row in view.rows:
        write_row(ws, form_row, labels)
    end = max(FIRST_ROW, FIRST_ROW + len(view.rows) - 1)
    fx.validations(ws, end, labels)
    fx.finish(ws, f"A{TITLE_ROW}:{last}{end}", f"{HEADER_ROW}:{HEADER_ROW}")
    ws.freeze_panes = ws.cell(FIRST_ROW, COLUMN_INDEX["content"]).coordinate
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{end}"
    ws.protection.autoFilter = False


def write_row(ws: Any, row: FormRow, labels: dict[str, str]) -> None:
    cells = fx.row_cells(row, labels)
    for column in COLUMNS:
        value = cells.get(column.key)
        cell = ws.cell(row.row, COLUMN_INDEX[column.key], value)
        editable = not column.locked and (row.first_of_task or not column.per_task)
        style_cell(cell, column, editable, is_date=isinstance(value, date))
    ws.row_dimensions[row.row].height = fx.row_height(cells)


def style_cell(cell: Any, column: FormColumn, editable: bool, *, is_date: bool) -> None:
    cell.font, cell.border = fx.BODY, fx.BORDER
    cell.alignment = fx.WRAP_CENTER if column.key in fx.CENTERED else fx.WRAP
    if editable:
        cell.protection = fx.OPEN
    else:
        cell.fill = fx.LOCKED_FILL
    if is_date or column.kind == "date":
        cell.number_format = fx.DATE_FORMAT
    elif column.kind == "text" and editable:
        cell.number_format = fx.TEXT_FORMAT


def contact_sheet(ws: Any, view: FormView) -> None:
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 70
    ws.cell(1, 1, text("form.contact.heading", FORM_LANG)).font = fx.TITLE
    ws.merge_cells("A1:B1")
    c, labels = view.contact, fx.contact_labels()
    values: dict[str, Cell] = {
        "agency": view.agency_name, "plan": view.plan_name, "name": c.name,
        "position": c.position, "phone": c.phone, "email": c.email, "updated": view.as_of}
    for key in CONTACT_FIELDS:
        label = ws.cell(CONTACT_ROW[key], 1, labels[key])
        label.font, label.fill, label.border, label.alignment = \
            fx.BOLD, fx.LOCKED_FILL, fx.BORDER, fx.WRAP
        cell = ws.cell(CONTACT_ROW[key], CONTACT_VALUE_COLUMN, values[key])
        cell.font, cell.border, cell.alignment = fx.BODY, fx.BORDER, fx.WRAP_LEFT
        if key in CONTACT_LOCKED:
            cell.fill = fx.LOCKED_FILL
        else:
            cell.protection = fx.OPEN
            cell.number_format = fx.DATE_FORMAT if key == "updated" else fx.TEXT_FORMAT
        ws.row_dimensions[CONTACT_ROW[key]].height = fx.row_height(
            {"value": values[key] if isinstance(values[key], str) else None},
            columns=(FormColumn("value", 70, False, "text"),))
    dates = fx.date_validation()
    ws.add_data_validation(dates)
    dates.add(f"B{CONTACT_ROW['updated']}")
    fx.finish(ws, f"A1:B{CONTACT_ROW[CONTACT_FIELDS[-1]]}", None)


def help_sheet(ws: Any, view: FormView) -> None:
    width = 110
    ws.column_dimensions["A"].width = width
    ws.cell(1, 1, text("form.help.title", FORM_LANG)).font = fx.TITLE
    coordinator = view.coordinator or text("form.help.coordinator", FORM_LANG)
    body = text("form.help.body", FORM_LANG, coordinator=coordinator).split("\n")
    for index, line in enumerate(body, 3):
        cell = ws.cell(index, 1, line)
        cell.font, cell.alignment = fx.BODY, fx.WRAP
        ws.row_dimensions[index].height = fx.wrapped_lines(line, width) * fx.LINE_HEIGHT + 6
    fx.finish(ws, f"A1:A{2 + len(body)}", None)


def meta_sheet(ws: Any, view: FormView) -> None:
    values = fx.meta_values(view)
    table = fx.meta_rows(view)
    values.append(seal(values + [v for r in table for v in r], KEY))
    for index, (name, value) in enumerate(zip(META_KEYS, values, strict=True), 1):
        ws.cell(index, 1, name)
        ws.cell(index, 2, value)
    for index, row in enumerate(table, META_TABLE_ROW):
        for column, value in enumerate(row, 1):
            ws.cell(index, column, value)
    ws.sheet_state = "veryHidden"
    fx.protect(ws)


# --- the comparison -------------------------------------------------------------------------


def cell_facts(ws: Any, rows: int, columns: int) -> list[tuple[Any, ...]]:
    """Each cell's value, type and style: number format, font, fill, border,
    alignment and protection (`style_facts`)."""
    styles: dict[tuple[int, ...], tuple[str, ...]] = {}
    facts = []
    for row in ws.iter_rows(1, rows, 1, columns):
        for c in row:
            array = tuple(c._style or ())
            if array not in styles:
                styles[array] = style_facts(c)
            facts.append((c.coordinate, c.value, c.data_type, styles[array]))
    return facts


def style_facts(cell: Any) -> tuple[str, ...]:
    """A cell's style as text: its number format and its style objects' XML."""
    parts = (cell.font, cell.fill, cell.border, cell.alignment, cell.protection)
    return (cell.number_format, *(tostring(copy(p).to_tree()).decode() for p in parts))


def sheet_facts(ws: Any) -> list[Any]:
    return [ws.title, ws.sheet_state, ws.max_row, ws.max_column, ws.freeze_panes,
            ws.print_area, ws.print_title_rows, ws.auto_filter.ref, copy(ws.protection),
            copy(ws.page_setup), copy(ws.page_margins), copy(ws.print_options),
            sorted(str(r) for r in ws.merged_cells.ranges),
            [copy(v) for v in ws.data_validations.dataValidation],
            [ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)],
            {k: d.width for k, d in ws.column_dimensions.items()}]


def assert_same_workbook(made: bytes, expected: bytes) -> None:
    new, old = load_workbook(io.BytesIO(made)), load_workbook(io.BytesIO(expected))
    assert new.sheetnames == old.sheetnames
    assert copy(new.security) == copy(old.security)
    for name in old.sheetnames:
        ws, reference_ws = new[name], old[name]
        assert sheet_facts(ws) == sheet_facts(reference_ws), name
        size = (reference_ws.max_row, reference_ws.max_column)
        assert cell_facts(ws, *size) == cell_facts(reference_ws, *size), name


def views_of(root: Path, as_of: date) -> list[FormView]:
    result = lib.open_status(root, as_of=as_of, window_end=lib.form_window(as_of)).result
    return list(lib.form_views(result, lib.form_agencies(result), as_of))


@pytest.mark.parametrize(("root", "as_of"), [
    (REPO, date(2020, 12, 31)), (KRONG_PA, date(2020, 9, 15)), (MINI, date(2020, 9, 15)),
    (MINI, date(2020, 12, 31))], ids=["shipped", "krong-pa", "mini", "mini-december"])
def test_every_agencys_form_is_the_workbook_of_cells(root: Path, as_of: date) -> None:
    views = views_of(root, as_of)
    assert views
    for view in views:
        assert_same_workbook(fx.render(view, KEY), reference(view))


ODD = ["=HYPERLINK(\"http://x.vn\")", "#N/A", "  hai đầu  ", "dòng 1\r\ndòng 2", "<a & b>",
       "0905123456", "𝔘𝔫𝔦 ✓ 😀", "x" * 40_000, "", " "]


def odd_view() -> FormView:
    """A form whose cells hold what a spreadsheet could misread: formulas,
    error values, white space at either end, CR, XML's characters, digits,
    characters beyond the BMP, text over Excel's limit, empty text."""
    [view] = views_of(KRONG_PA, date(2020, 12, 31))[1:2]
    rows = []
    for index, row in enumerate(view.rows):
        odd = ODD[index % len(ODD)]
        values = dataclasses.replace(row.values, notes=odd, doc_title=odd, doc_number=odd,
                                     doc_date=date(2020, 1 + index % 12, 1 + index % 28))
        tasks = dataclasses.replace(row.task_values, assignee=odd, deadline=date(2021, 1, 5))
        rows.append(dataclasses.replace(row, values=values, task_values=tasks))
    return dataclasses.replace(view, rows=rows)


def test_odd_values_are_the_workbook_of_cells() -> None:
    view = odd_view()
    assert_same_workbook(fx.render(view, KEY), reference(view))


def test_a_form_of_no_rows_is_the_workbook_of_cells() -> None:
    view = dataclasses.replace(views_of(MINI, date(2020, 12, 31))[0], rows=[], task_digests={})
    assert_same_workbook(fx.render(view, KEY), reference(view))
