"""Excel (.xlsx) laid out like the Word document: a "Báo cáo" sheet that
prints as the report's portrait pages (the masthead side by side, the text
in cells merged across the page, tables inline, the signature block), then
each Phụ lục's table on a landscape sheet of its own with real date and
number cells, an autofilter, a frozen and repeated header; the consolidated
report adds a native bar chart. Every row is as tall as its wrapped text.

openpyxl is imported only here, in `excel_grid` and in `xlsx_io`; `cchc report --format
xlsx` loads them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from cchc_plan.core.messages import text
from cchc_plan.render.document.common import text_bar
from cchc_plan.render.document.model import (
    Appendix,
    Block,
    Bullets,
    CellValue,
    Chart,
    Column,
    Heading,
    Masthead,
    Paragraph,
    ReportDoc,
    Row,
    Salutation,
    Signature,
    Table,
)
from cchc_plan.render.excel_grid import (
    DATE_FORMAT,
    GROUP_FILL,
    HEADER_FILL,
    PERCENT_FORMAT,
    Grid,
    Run,
    page_setup,
    spans,
)
from cchc_plan.render.xlsx_io import save, stamp_properties

PAGE_COLUMNS = 24
"""The "Báo cáo" sheet's grid: 24 columns across the 165 mm of a portrait page."""
PORTRAIT_MM, LANDSCAPE_MM = 165.0, 252.0
MASTHEAD_LEFT = 10
"""Grid columns of the masthead's left block (68 mm, as in Word)."""
BODY_PT, HEAD_PT, TABLE_PT = 13, 12, 11
CENTERED = ("center", "date", "int", "percent")
BAR_FONT = "Courier New"


def render_document(rd: ReportDoc) -> bytes:
    wb = Workbook()
    report_sheet(wb.active, rd)
    for part in rd.appendices:
        for item in part.blocks:
            if isinstance(item, Table):
                appendix_sheet(wb.create_sheet(item.sheet), item, part)
    for item in rd.blocks:
        if isinstance(item, Chart):
            chart_sheet(wb.create_sheet(item.sheet), item, rd.title)
    set_properties(wb, rd)
    return save(wb, rd.as_of)


def set_properties(wb: Any, rd: ReportDoc) -> None:
    stamp_properties(wb, rd.as_of, rd.title, rd.masthead.subject, rd.author)


# --- the report sheet ---------------------------------------------------------------


def report_sheet(ws: Any, rd: ReportDoc) -> None:
    ws.title = text("report.sheet-cover", rd.lang)
    ws.sheet_view.showGridLines = False
    grid = Grid(ws, [PORTRAIT_MM / PAGE_COLUMNS] * PAGE_COLUMNS)
    masthead(grid, rd.masthead)
    for item in rd.blocks:
        block(grid, item)
    signature(grid, rd.signature)
    grid.finish()
    page_setup(ws, landscape=False, last_column=PAGE_COLUMNS, last_row=grid.row)


def masthead(grid: Grid, m: Masthead) -> None:
    left, right = (1, MASTHEAD_LEFT), (MASTHEAD_LEFT + 1, PAGE_COLUMNS)
    row = grid.next_row()
    issuer = [Run(f"{m.parent}\n", HEAD_PT)] if m.parent else []
    issuer.append(Run(m.issuer, HEAD_PT, bold=True))
    grid.put(row, *left, issuer, horizontal="center")
    grid.put(row, *right, [Run(m.nation + "\n", HEAD_PT, bold=True),
                           Run(m.motto, BODY_PT, bold=True, underline=True)],
             horizontal="center")
    row = grid.next_row()
    number = [Run(m.number, HEAD_PT)]
    if m.letter:
        number.append(Run("\n" + m.subject, TABLE_PT))
    grid.put(row, *left, number, horizontal="center")
    grid.put(row, *right, Run(m.place_date, BODY_PT, italic=True), horizontal="center")
    grid.gap()
    if m.kind is not None:
        grid.put(grid.next_row(), 1, PAGE_COLUMNS, Run(m.kind, BODY_PT, bold=True),
                 horizontal="center")
        grid.put(grid.next_row(), 1, PAGE_COLUMNS, Run(m.subject, BODY_PT, bold=True),
                 horizontal="center")
        grid.gap()


def block(grid: Grid, item: Block) -> None:
    if isinstance(item, Heading):
        grid.put(grid.next_row(), 1, PAGE_COLUMNS,
                 Run(item.text, BODY_PT, bold=True, italic=item.level > 1))
    elif isinstance(item, Paragraph):
        style = item.style
        grid.put(grid.next_row(), 1, PAGE_COLUMNS,
                 Run(item.text, BODY_PT, bold=style == "warning",
                     italic=style in ("note", "draft", "prompt")), horizontal="justify")
    elif isinstance(item, Bullets):
        for entry in item.items:
            grid.put(grid.next_row(), 1, PAGE_COLUMNS, Run(f"- {entry}", BODY_PT))
    elif isinstance(item, Salutation):
        row = grid.next_row()
        grid.put(row, 1, 7, Run(item.title, BODY_PT), horizontal="right")
        grid.put(row, 8, PAGE_COLUMNS, Run("\n".join(item.names), BODY_PT))
        grid.gap()
    elif isinstance(item, Table):
        inline_table(grid, item)
    elif isinstance(item, Chart):
        inline_chart(grid, item)


def inline_table(grid: Grid, item: Table) -> None:
    if not item.rows:
        grid.put(grid.next_row(), 1, PAGE_COLUMNS, Run(item.empty_text, BODY_PT))
        return
    places = spans([c.width for c in item.columns], PAGE_COLUMNS)
    table_rows(grid, item.columns, item.groups, places)
    grid.gap(6)


def table_rows(grid: Grid, columns: list[Column], groups: list[Any],
               places: list[tuple[int, int]]) -> int:
    """The header row, then each group's title row and rows; the header's row number."""
    header = grid.next_row()
    for column, (first, last) in zip(columns, places, strict=True):
        grid.put(header, first, last, Run(column.title, TABLE_PT, bold=True),
                 horizontal="center", border=True, fill=HEADER_FILL)
    for group in groups:
        if group.title:
            grid.put(grid.next_row(), places[0][0], places[-1][1],
                     Run(group.title, TABLE_PT, bold=True), border=True, fill=GROUP_FILL)
        for values in group.rows:
            data_row(grid, grid.next_row(), columns, values, places)
    return header


def data_row(grid: Grid, row: int, columns: list[Column], values: Row,
             places: list[tuple[int, int]]) -> None:
    for column, value, (first, last) in zip(columns, values, places, strict=True):
        grid.put(row, first, last, cell_value(value),
                 horizontal="center" if column.kind in CENTERED else "left", border=True,
                 number_format=number_format(value), size=TABLE_PT)


def cell_value(value: CellValue) -> Any:
    """Dates as dates, numbers as numbers, text as text; an empty cell for ""."""
    if value == "" or value is None:
        return None
    return value


def number_format(value: CellValue) -> str | None:
    if isinstance(value, date):
        return DATE_FORMAT
    if isinstance(value, float):
        return PERCENT_FORMAT
    return None


def inline_chart(grid: Grid, item: Chart) -> None:
    """The chart as Word prints it: a table of text bars (the native chart has its sheet)."""
    grid.put(grid.next_row(), 1, PAGE_COLUMNS, Run(item.title, BODY_PT, italic=True))
    places = spans([70, 62, 28], PAGE_COLUMNS)
    header = grid.next_row()
    for title, (first, last) in zip((item.label_title, "", item.value_title), places,
                                    strict=True):
        grid.put(header, first, last, Run(title, TABLE_PT, bold=True), horizontal="center",
                 border=True, fill=HEADER_FILL)
    for bar in item.bars:
        row = grid.next_row()
        grid.put(row, *places[0], Run(bar.label, TABLE_PT), border=True)
        grid.put(row, *places[1], Run(text_bar(bar.share), 9, font=BAR_FONT), border=True)
        grid.put(row, *places[2], Run(bar.text, TABLE_PT), horizontal="center", border=True)
    grid.gap(6)


def signature(grid: Grid, s: Signature) -> None:
    grid.gap()
    row = grid.next_row()
    recipients = [Run(s.recipients_title, HEAD_PT, bold=True, italic=True)]
    recipients += [Run("\n" + line, TABLE_PT) for line in s.recipients]
    grid.put(row, 1, 11, recipients)
    lines = [Run("\n".join(s.titles), BODY_PT, bold=True), Run("\n" * 5, BODY_PT),
             Run(s.name, BODY_PT, bold=True)]
    grid.put(row, 12, PAGE_COLUMNS, lines, horizontal="center")


# --- the Phụ lục sheets -----------------------------------------------------------------


def appendix_sheet(ws: Any, item: Table, part: Appendix) -> None:
    """The table on landscape pages, its columns at their printed widths."""
    scale = LANDSCAPE_MM / sum(c.width for c in item.columns)
    grid = Grid(ws, [c.width * min(scale, 1.4) for c in item.columns])
    last = grid.last_column
    for line in part.heading:
        grid.put(grid.next_row(), 1, last, Run(line, BODY_PT, bold=True), horizontal="center")
    grid.put(grid.next_row(), 1, last, Run(part.note, BODY_PT, italic=True),
             horizontal="center")
    index = part.blocks.index(item)
    notes = [(b, i < index) for i, b in enumerate(part.blocks) if isinstance(b, Paragraph)]
    for note in (b for b, above in notes if above):
        grid.put(grid.next_row(), 1, last, Run(note.text, TABLE_PT, italic=True))
    grid.gap()
    if not item.rows:
        grid.put(grid.next_row(), 1, last, Run(item.empty_text, BODY_PT))
        header = grid.row
    else:
        header = table_rows(grid, item.columns, item.groups,
                            [(i, i) for i in range(1, last + 1)])
        ws.auto_filter.ref = f"A{header}:{ws.cell(row=grid.row, column=last).coordinate}"
        ws.freeze_panes = ws.cell(row=header + 1, column=1).coordinate
    for note in (b for b, above in notes if not above):
        grid.put(grid.next_row(), 1, last, Run(note.text, TABLE_PT, italic=True))
    grid.finish()
    page_setup(ws, landscape=part.landscape, last_column=last, last_row=grid.row,
               title_rows=f"{header}:{header}")


# --- chart ---------------------------------------------------------------------------


def chart_sheet(ws: Any, item: Chart, title: str) -> None:
    grid = Grid(ws, [80, 30])
    grid.put(grid.next_row(), 1, 2, Run(title, BODY_PT, bold=True))
    grid.put(grid.next_row(), 1, 2, Run(item.title, TABLE_PT, italic=True))
    header = grid.next_row()
    for index, name in enumerate((item.label_title, item.value_title), 1):
        grid.put(header, index, index, Run(name, TABLE_PT, bold=True), horizontal="center",
                 border=True, fill=HEADER_FILL)
    for bar in item.bars:
        row = grid.next_row()
        grid.put(row, 1, 1, bar.label, border=True, size=TABLE_PT)
        grid.put(row, 2, 2, bar.share, border=True, size=TABLE_PT, horizontal="center",
                 number_format=PERCENT_FORMAT)
    grid.finish()
    ws.freeze_panes = ws.cell(row=header + 1, column=1).coordinate
    page_setup(ws, landscape=False, last_column=2, last_row=grid.row,
               title_rows=f"{header}:{header}")
    if item.bars:
        ws.add_chart(bar_chart(ws, item, header, grid.row), f"D{header}")


def bar_chart(ws: Any, item: Chart, header: int, last_row: int) -> Any:
    chart = BarChart()
    chart.type, chart.style, chart.title = "bar", 10, item.title
    chart.legend = None
    data = Reference(ws, min_col=2, min_row=header, max_row=last_row)
    labels = Reference(ws, min_col=1, min_row=header + 1, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(labels)
    chart.x_axis.scaling.orientation = "maxMin"  # first agency on top, as in the table
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.y_axis.number_format = PERCENT_FORMAT
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.width, chart.height = 24, max(8.0, 0.55 * len(item.bars) + 3)
    return chart
