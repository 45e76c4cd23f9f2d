"""Excel (.xlsx): a cover sheet with the report's text, then one sheet per table
with real date cells, an autofilter and a frozen header; the consolidated
report adds a native bar chart of completion by agency.

openpyxl is imported only here; `cchc report --format xlsx` loads this module.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.render.document.model import (
    Bullets,
    CellValue,
    Chart,
    Column,
    Heading,
    Masthead,
    Paragraph,
    ReportDoc,
    Signature,
    Table,
)
from cchc_plan.render.ziputil import stable_zip

FONT_NAME = "Times New Roman"
DATE_FORMAT = "dd/mm/yyyy"
PERCENT_FORMAT = "0%"
HEADER_ROW = 3
"""Row 1: the document title; row 2: the table's heading; row 3: column titles."""
GROUP_WIDTH_MM = 55
CENTERED = ("center", "date", "int", "percent")
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
BODY_FONT = Font(name=FONT_NAME, size=11)
BOLD_FONT = Font(name=FONT_NAME, size=11, bold=True)
TITLE_FONT = Font(name=FONT_NAME, size=13, bold=True)
NOTE_FONT = Font(name=FONT_NAME, size=11, italic=True)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTER = Alignment(wrap_text=True, vertical="top", horizontal="center")



def render_document(rd: ReportDoc) -> bytes:
    wb = Workbook()
    cover(wb.active, rd)
    heading = ""
    for item in rd.blocks:
        if isinstance(item, Heading):
            heading = item.text
        elif isinstance(item, Table):
            table_sheet(wb.create_sheet(item.sheet), item, rd.title, heading)
        elif isinstance(item, Chart):
            chart_sheet(wb.create_sheet(item.sheet), item, rd.title)
    set_properties(wb, rd)
    return save(wb, rd.as_of)


def save(wb: Any, day: date) -> bytes:
    """Write without openpyxl's `save`, which stamps the current time as modified."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()
    return stable_zip(out.getvalue(), day)


def set_properties(wb: Any, rd: ReportDoc) -> None:
    stamp = datetime(rd.as_of.year, rd.as_of.month, rd.as_of.day)
    props = wb.properties
    props.title, props.subject = rd.title, rd.masthead.subject
    props.creator = props.lastModifiedBy = rd.author
    props.created = props.modified = stamp
    props.language = "vi-VN"


# --- the cover sheet -------------------------------------------------------------


def cover(ws: Any, rd: ReportDoc) -> None:
    ws.title = text("report.sheet-cover", rd.lang)
    ws.column_dimensions["A"].width = 110
    for words, font in masthead_lines(rd.masthead):
        line(ws, words, font)
    for item in rd.blocks:
        for words, font in block_lines(item, rd.lang):
            line(ws, words, font)
    for words, font in signature_lines(rd.signature):
        line(ws, words, font)


def line(ws: Any, words: str, font: Font) -> None:
    row = ws.max_row + 1 if ws.max_row > 1 or ws["A1"].value else 1
    cell = ws.cell(row=row, column=1, value=words or None)
    cell.font, cell.alignment = font, WRAP_TOP


def masthead_lines(m: Masthead) -> list[tuple[str, Font]]:
    return [
        *([(m.parent, BODY_FONT)] if m.parent else []),
        (m.issuer, BOLD_FONT),
        (m.number, BODY_FONT),
        (m.nation, BOLD_FONT),
        (m.motto, BOLD_FONT),
        (m.place_date, NOTE_FONT),
        ("", BODY_FONT),
        (m.kind, TITLE_FONT),
        (m.subject, BOLD_FONT),
        ("", BODY_FONT),
    ]


def block_lines(item: object, lang: Lang) -> list[tuple[str, Font]]:
    if isinstance(item, Heading):
        return [(item.text, BOLD_FONT)]
    if isinstance(item, Paragraph):
        return [(item.text, BODY_FONT if item.style == "body" else NOTE_FONT)]
    if isinstance(item, Bullets):
        return [(f"- {entry}", BODY_FONT) for entry in item.items]
    if isinstance(item, Table | Chart):
        return [(text("report.see-sheet", lang, sheet=item.sheet), NOTE_FONT)]
    return []


def signature_lines(s: Signature) -> list[tuple[str, Font]]:
    return [("", BODY_FONT), (s.recipients_title, NOTE_FONT),
            *((r, BODY_FONT) for r in s.recipients), ("", BODY_FONT), (s.title, BOLD_FONT)]


# --- tables ------------------------------------------------------------------------


def table_sheet(ws: Any, item: Table, title: str, heading: str) -> None:
    columns = list(item.columns)
    if item.grouped:
        columns.insert(0, Column(item.group_column, GROUP_WIDTH_MM))
    title_rows(ws, title, heading if item.rows else f"{heading}: {item.empty_text}")
    header(ws, columns)
    row_index = HEADER_ROW
    for group in item.groups:
        prefix: list[CellValue] = [group.label or group.title] if item.grouped else []
        for values in group.rows:
            row_index += 1
            write_row(ws, row_index, columns, [*prefix, *values])
    finish(ws, len(columns), row_index)


def title_rows(ws: Any, title: str, subtitle: str) -> None:
    ws.cell(row=1, column=1, value=title).font = TITLE_FONT
    ws.cell(row=2, column=1, value=subtitle or None).font = NOTE_FONT


def header(ws: Any, columns: list[Column]) -> None:
    for index, column in enumerate(columns, 1):
        cell = ws.cell(row=HEADER_ROW, column=index, value=column.title or None)
        cell.font, cell.fill, cell.border = BOLD_FONT, HEADER_FILL, BORDER
        cell.alignment = WRAP_CENTER
        ws.column_dimensions[get_column_letter(index)].width = excel_width(column.width)


def excel_width(mm: float) -> float:
    """Column width in Excel's character units for a width in millimetres."""
    return round(max(6.0, mm * 0.55), 1)


def write_row(ws: Any, row: int, columns: list[Column], values: list[CellValue]) -> None:
    for index, (column, value) in enumerate(zip(columns, values, strict=True), 1):
        cell = ws.cell(row=row, column=index, value=cell_value(column, value))
        cell.font, cell.border = BODY_FONT, BORDER
        cell.alignment = WRAP_CENTER if column.kind in CENTERED else WRAP_TOP
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
        elif isinstance(value, float):
            cell.number_format = PERCENT_FORMAT


def cell_value(column: Column, value: CellValue) -> Any:
    if value == "" or value is None:
        return None
    if isinstance(value, str) and column.strong_first_line and "\n" in value:
        first, rest = value.split("\n", 1)
        return CellRichText([TextBlock(InlineFont(rFont=FONT_NAME, b=True, sz=11), first),
                             TextBlock(InlineFont(rFont=FONT_NAME, sz=11), "\n" + rest)])
    return value


def finish(ws: Any, width: int, last_row: int) -> None:
    last = get_column_letter(width)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(last_row, HEADER_ROW)}"
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1).coordinate
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


# --- chart -------------------------------------------------------------------------


def chart_sheet(ws: Any, item: Chart, title: str) -> None:
    title_rows(ws, title, item.title)
    columns = [Column(item.label_title, 80), Column(item.value_title, 30, "percent")]
    header(ws, columns)
    for index, bar in enumerate(item.bars, HEADER_ROW + 1):
        write_row(ws, index, columns, [bar.label, bar.share])
    last = HEADER_ROW + len(item.bars)
    finish(ws, len(columns), last)
    if item.bars:
        ws.add_chart(bar_chart(ws, item, last), f"D{HEADER_ROW}")


def bar_chart(ws: Any, item: Chart, last_row: int) -> Any:
    chart = BarChart()
    chart.type, chart.style, chart.title = "bar", 10, item.title
    chart.legend = None
    data = Reference(ws, min_col=2, min_row=HEADER_ROW, max_row=last_row)
    labels = Reference(ws, min_col=1, min_row=HEADER_ROW + 1, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(labels)
    chart.x_axis.scaling.orientation = "maxMin"  # first agency on top, as in the table
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.y_axis.number_format = PERCENT_FORMAT
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.width, chart.height = 24, max(8.0, 0.55 * len(item.bars) + 3)
    return chart
