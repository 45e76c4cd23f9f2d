"""The progress form as an Excel workbook (`cchc form export`).

Sheets: "Tiến độ" (one row per obligation; locked grey columns from the plan,
white cells to fill in, a status drop-down and date-checked cells), "Liên hệ"
(contact person, date of the update), "Hướng dẫn" (how to fill it in) and the
very hidden metadata sheet of `form_layout`. Every sheet is protected
without a password (only the white cells take input), prints on A4 landscape
with its header row repeated, and has row heights worked out from the text
and the column widths: openpyxl computes none, and neither Excel nor
LibreOffice grows a row of a file that states no height.

The rows of the form (the progress sheet's, and the metadata sheet's table of
them) are written as text (`render.xlsx_rows`) and spliced in when the
workbook is saved; openpyxl builds the rest. As openpyxl cells they were most
of the time of `cchc form export --all`: a cell object each, a style object
hashed at every set, an lxml element each when saved (for the shipped 31
forms, 1,409 rows of 16 cells and 6 in the metadata). Each kind of cell is
styled once a workbook (`xlsx_rows.Styles`): the rows carry its index, the
cells openpyxl keeps a copy of its indexes. The workbook read back is the
one the cells made, each styled on its own (tests/render/test_form_rows.py
keeps that version).

openpyxl is imported only here and in the reader; `cchc form export` loads
this module.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from cchc_plan.core.dates import vn_date
from cchc_plan.core.messages import text
from cchc_plan.features.progress_form.form_layout import (
    COLUMN_INDEX,
    COLUMNS,
    CONTACT_FIELDS,
    CONTACT_LOCKED,
    CONTACT_ROW,
    CONTACT_VALUE_COLUMN,
    FIRST_ROW,
    FORM_KIND,
    FORM_LANG,
    FORM_VERSION,
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
from cchc_plan.features.progress_form.form_seal import seal, seal_key
from cchc_plan.features.progress_form.rows import Cell, FormRow, FormView, doc_digest
from cchc_plan.render.xlsx_io import save, stamp_properties
from cchc_plan.render.xlsx_rows import SheetRows, Style, Styles

FONT_NAME = "Times New Roman"
FONT_SIZE = 11
DATE_FORMAT = "dd/mm/yyyy"
TEXT_FORMAT = "@"
GENERAL = "General"
LINE_HEIGHT = 15.0
"""Points per line of 11 pt Times New Roman, with Excel's leading."""
CHARS_PER_UNIT = 1.15
"""Characters of 11 pt Times New Roman per unit of column width (a unit is the
width of a digit of the default font): measured on Vietnamese text with
diacritics, rounded down so that a computed row is never too short."""
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LOCKED_FILL = PatternFill("solid", fgColor="E7E6E6")
HEADER_FILL = PatternFill("solid", fgColor="BFBFBF")
BODY = Font(name=FONT_NAME, size=FONT_SIZE)
BOLD = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
TITLE = Font(name=FONT_NAME, size=13, bold=True)
NOTE = Font(name=FONT_NAME, size=FONT_SIZE, italic=True)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAP_LEFT = Alignment(wrap_text=True, vertical="top", horizontal="left")
WRAP_CENTER = Alignment(wrap_text=True, vertical="top", horizontal="center")
OPEN = Protection(locked=False)
CENTERED = ("number", "role", "period", "due", "status", "completed", "deadline", "doc_date")
TITLE_CELL = Style(font=TITLE, alignment=WRAP)
SUBTITLE_CELL = Style(font=NOTE, alignment=WRAP)
HEADER_CELL = Style(font=BOLD, fill=HEADER_FILL, border=BORDER, alignment=WRAP_CENTER)
HEADING = Style(font=TITLE)
LABEL = Style(font=BOLD, fill=LOCKED_FILL, border=BORDER, alignment=WRAP)
LOCKED_VALUE = Style(font=BODY, fill=LOCKED_FILL, border=BORDER, alignment=WRAP_LEFT)
TEXT_VALUE = Style(font=BODY, border=BORDER, alignment=WRAP_LEFT, protection=OPEN,
                   number_format=TEXT_FORMAT)
DATE_VALUE = Style(font=BODY, border=BORDER, alignment=WRAP_LEFT, protection=OPEN,
                   number_format=DATE_FORMAT)
HELP_LINE = Style(font=BODY, alignment=WRAP)


def contact_labels() -> dict[str, str]:
    return {
        "agency": text("form.contact.agency", FORM_LANG),
        "plan": text("form.contact.plan", FORM_LANG),
        "name": text("form.contact.name", FORM_LANG),
        "position": text("form.contact.position", FORM_LANG),
        "phone": text("form.contact.phone", FORM_LANG),
        "email": text("form.contact.email", FORM_LANG),
        "updated": text("form.contact.updated", FORM_LANG),
    }


def render(view: FormView, key: bytes | None = None) -> bytes:
    """The form's workbook, sealed under `key` (default: this computer's `seal_key`)."""
    wb = Workbook()
    styles = Styles(wb.active)
    progress = progress_sheet(wb.active, view, styles)
    contact_sheet(wb.create_sheet(contact_sheet_name()), view, styles)
    help_sheet(wb.create_sheet(text("form.sheet.help", FORM_LANG)), view, styles)
    meta = meta_sheet(wb.create_sheet(META_SHEET), view, seal_key() if key is None else key)
    wb.security = WorkbookProtection(lockStructure=True)
    stamp_properties(wb, view.as_of, text("form.title", FORM_LANG, plan=view.plan_name),
                     view.agency_name, "cchc")
    return save(wb, view.as_of, [progress, meta])


# --- the progress sheet -----------------------------------------------------------------


def progress_sheet(ws: Any, view: FormView, styles: Styles) -> SheetRows:
    """The sheet's title and column titles as cells; its rows as text (returned)."""
    ws.title = progress_sheet_name()
    last = get_column_letter(len(COLUMNS))
    styles.apply(ws.cell(TITLE_ROW, 1, text("form.title", FORM_LANG,
                                            plan=view.plan_name.upper())), TITLE_CELL)
    styles.apply(ws.cell(SUBTITLE_ROW, 1, text("form.subtitle", FORM_LANG,
                                               agency=view.agency_name,
                                               date=vn_date(view.as_of))), SUBTITLE_CELL)
    for row in (TITLE_ROW, SUBTITLE_ROW):
        ws.merge_cells(f"A{row}:{last}{row}")
    ws.row_dimensions[TITLE_ROW].height = 2 * LINE_HEIGHT
    titles = column_titles(FORM_LANG)
    for column in COLUMNS:
        letter = get_column_letter(COLUMN_INDEX[column.key])
        ws.column_dimensions[letter].width = column.width
        styles.apply(ws.cell(HEADER_ROW, COLUMN_INDEX[column.key], titles[column.key]),
                     HEADER_CELL)
    ws.row_dimensions[HEADER_ROW].height = row_height(dict(titles), bold=True)
    labels = status_labels()
    rows, style = SheetRows(ws), data_styles(styles)
    for form_row in view.rows:
        write_row(rows, form_row, labels, style)
    end = max(FIRST_ROW, FIRST_ROW + len(view.rows) - 1)
    validations(ws, end, labels)
    finish(ws, f"A{TITLE_ROW}:{last}{end}", f"{HEADER_ROW}:{HEADER_ROW}")
    ws.freeze_panes = f"{get_column_letter(COLUMN_INDEX['content'])}{FIRST_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{end}"
    ws.protection.autoFilter = False
    return rows


def row_cells(row: FormRow, labels: dict[str, str]) -> dict[str, Cell]:
    v, t = row.values, row.task_values
    cells: dict[str, Cell] = dict(row.locked)
    cells.update(status=labels[v.status], completed=v.completed, doc_number=v.doc_number,
                 doc_date=v.doc_date, doc_title=v.doc_title, doc_link=v.doc_link,
                 notes=v.notes)
    if row.first_of_task:
        cells.update(assignee=t.assignee, position=t.position, deadline=t.deadline)
    return cells


StyleKey = tuple[bool, bool, str]
"""What a data cell's style is: centred, editable, its number format."""
CellKind = tuple[int, bool, bool]
"""What a data cell's style depends on: its column (A = 0), editable, holds a date."""


def write_row(rows: SheetRows, row: FormRow, labels: dict[str, str],
              style: Callable[[CellKind], int]) -> None:
    """One row of the progress sheet, as text: each cell's value and the
    index of its style (`data_styles`), the row's height."""
    cells = row_cells(row, labels)
    line: list[tuple[Cell, int]] = []
    for index, column in enumerate(COLUMNS):
        value = cells.get(column.key)
        line.append((value, style((index, is_editable(column, row), isinstance(value, date)))))
    rows.add(row.row, line, row_height(cells))


def is_editable(column: FormColumn, row: FormRow) -> bool:
    """White and open: a column to fill in (a task's own fields on its first row only)."""
    return not column.locked and (row.first_of_task or not column.per_task)


def data_styles(styles: Styles) -> Callable[[CellKind], int]:
    """The style index of each kind of data cell (`Styles.index`), worked out
    the first time a workbook's rows ask for it."""
    by_kind: dict[CellKind, int] = {}

    def style(kind: CellKind) -> int:
        if kind not in by_kind:
            key = style_key(COLUMNS[kind[0]], kind[1], is_date=kind[2])
            by_kind[kind] = styles.index(data_style(key))
        return by_kind[kind]

    return style


def style_key(column: FormColumn, editable: bool, *, is_date: bool) -> StyleKey:
    if is_date or column.kind == "date":
        number_format = DATE_FORMAT
    elif column.kind == "text" and editable:
        number_format = TEXT_FORMAT  # digits stay text: 0905..., 12/BC
    else:
        number_format = GENERAL
    return (column.key in CENTERED, editable, number_format)


@cache  # one `Style` a key: `Styles` knows a style by its identity
def data_style(key: StyleKey) -> Style:
    """A data cell's style: white and open to input if editable, else grey and locked."""
    centered, editable, number_format = key
    return Style(font=BODY, fill=None if editable else LOCKED_FILL, border=BORDER,
                 alignment=WRAP_CENTER if centered else WRAP,
                 protection=OPEN if editable else None,
                 number_format=None if number_format == GENERAL else number_format)


def validations(ws: Any, end: int, labels: dict[str, str]) -> None:
    status = DataValidation(
        type="list", formula1='"' + ",".join(labels.values()) + '"', allow_blank=True,
        showErrorMessage=True, errorStyle="stop", showInputMessage=True,
        promptTitle=text("form.col.status", FORM_LANG),
        prompt=text("form.prompt.status", FORM_LANG),
        errorTitle=text("form.col.status", FORM_LANG),
        error=text("form.prompt.status", FORM_LANG))
    ws.add_data_validation(status)
    letter = get_column_letter(COLUMN_INDEX["status"])
    status.add(f"{letter}{FIRST_ROW}:{letter}{end}")
    dates = date_validation()
    ws.add_data_validation(dates)
    for key in ("completed", "deadline", "doc_date"):
        letter = get_column_letter(COLUMN_INDEX[key])
        dates.add(f"{letter}{FIRST_ROW}:{letter}{end}")


def date_validation() -> DataValidation:
    """Dates from 2000 to 2100; a warning, not a stop, so that a date typed as
    text ("17/8/2020" on an English Excel) is still taken and read by cchc."""
    return DataValidation(
        type="date", operator="between", formula1="36526", formula2="73051", allow_blank=True,
        showErrorMessage=True, errorStyle="warning", showInputMessage=True,
        promptTitle=text("form.prompt.date-title", FORM_LANG),
        prompt=text("form.prompt.date", FORM_LANG),
        errorTitle=text("form.prompt.date-title", FORM_LANG),
        error=text("form.prompt.date", FORM_LANG))


def row_height(cells: dict[str, Cell], *, bold: bool = False,
               columns: tuple[FormColumn, ...] = COLUMNS) -> float:
    """Points for a row to show every cell's wrapped text in full."""
    lines = 1
    for column in columns:
        value = cells.get(column.key)
        if value is None or isinstance(value, int | date):
            continue
        lines = max(lines, wrapped_lines(str(value), column.width, bold=bold))
    return lines * LINE_HEIGHT + 3


def wrapped_lines(words: str, width: float, *, bold: bool = False) -> int:
    """Lines a text takes in a column, wrapping at spaces as Excel does."""
    per_line = max(int((width - 1) * CHARS_PER_UNIT * (0.9 if bold else 1.0)), 1)
    total = 0
    for paragraph in words.split("\n"):
        used, count = 0, 1
        for word in paragraph.split(" "):
            size = len(word)
            if used and used + 1 + size > per_line:
                count, used = count + 1, 0
            if size > per_line:  # a word longer than the line breaks anywhere
                count += math.ceil(size / per_line) - 1
                size %= per_line
            used += size + (1 if used else 0)
        total += count
    return total


def finish(ws: Any, area: str, titles: str | None) -> None:
    """Print on A4 landscape, one page wide, the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "&P/&N"
    ws.print_area = area
    if titles:
        ws.print_title_rows = titles
    protect(ws)


def protect(ws: Any) -> None:
    """Protected without a password: the white cells take input, rows and
    columns may be resized, nothing else changes by accident."""
    ws.protection.sheet = True
    ws.protection.formatRows = False
    ws.protection.formatColumns = False


# --- contact, instructions, metadata ------------------------------------------------------


def contact_sheet(ws: Any, view: FormView, styles: Styles) -> None:
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 70
    styles.apply(ws.cell(1, 1, text("form.contact.heading", FORM_LANG)), HEADING)
    ws.merge_cells("A1:B1")
    c, labels = view.contact, contact_labels()
    values: dict[str, Cell] = {
        "agency": view.agency_name, "plan": view.plan_name, "name": c.name,
        "position": c.position, "phone": c.phone, "email": c.email,
        # the form reports progress as of its date (`--as-of`, else today): that is
        # the day it is filled for, not the day the agency's file last changed
        "updated": view.as_of}
    for key in CONTACT_FIELDS:
        styles.apply(ws.cell(CONTACT_ROW[key], 1, labels[key]), LABEL)
        value = (LOCKED_VALUE if key in CONTACT_LOCKED else
                 DATE_VALUE if key == "updated" else TEXT_VALUE)
        styles.apply(ws.cell(CONTACT_ROW[key], CONTACT_VALUE_COLUMN, values[key]), value)
        ws.row_dimensions[CONTACT_ROW[key]].height = row_height(
            {"value": values[key] if isinstance(values[key], str) else None},
            columns=(FormColumn("value", 70, False, "text"),))
    dates = date_validation()
    ws.add_data_validation(dates)
    dates.add(f"B{CONTACT_ROW['updated']}")
    finish(ws, f"A1:B{CONTACT_ROW[CONTACT_FIELDS[-1]]}", None)


def help_sheet(ws: Any, view: FormView, styles: Styles) -> None:
    width = 110
    ws.column_dimensions["A"].width = width
    styles.apply(ws.cell(1, 1, text("form.help.title", FORM_LANG)), HEADING)
    coordinator = view.coordinator or text("form.help.coordinator", FORM_LANG)
    body = text("form.help.body", FORM_LANG, coordinator=coordinator).split("\n")
    for index, line in enumerate(body, 3):
        styles.apply(ws.cell(index, 1, line), HELP_LINE)
        ws.row_dimensions[index].height = wrapped_lines(line, width) * LINE_HEIGHT + 6
    finish(ws, f"A1:A{2 + len(body)}", None)


def meta_sheet(ws: Any, view: FormView, key: bytes) -> SheetRows:
    """The `key | value` rows as cells; the table of form rows as text (returned)."""
    values = meta_values(view)
    table = meta_rows(view)
    values.append(seal(values + [v for r in table for v in r], key))
    for index, (name, value) in enumerate(zip(META_KEYS, values, strict=True), 1):
        ws.cell(index, 1, name)
        ws.cell(index, 2, value)
    rows = SheetRows(ws)
    for index, row in enumerate(table, META_TABLE_ROW):
        rows.add(index, [(value, 0) for value in row])
    ws.sheet_state = "veryHidden"
    protect(ws)
    return rows


def meta_values(view: FormView) -> list[str]:
    return [FORM_KIND, str(FORM_VERSION), view.agency, view.plan_identity,
            view.plan_fingerprint, view.as_of.isoformat(), str(len(view.rows))]


def meta_rows(view: FormView) -> list[list[str]]:
    return [[str(r.row), r.task.id, r.part.name, r.period or "", view.task_digests[r.task.id],
             doc_digest(r.values)] for r in view.rows]


FORM_NAME = "phieu-tien-do-{agency}.xlsx"


def form_filename(view: FormView) -> str:
    return FORM_NAME.format(agency=view.agency)
