"""A worksheet laid out like a printed page: columns of known millimetre
widths, text in cells merged across them, and every row as tall as its
wrapped text needs (Excel and LibreOffice do not grow a merged or wrapped row
by themselves, and openpyxl writes no height).

openpyxl is imported here and in `excel` only; `cchc report --format xlsx`
loads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from cchc_plan.render.textfit import row_height, wrap

FONT_NAME = "Times New Roman"
PX_PER_MM = 96 / 25.4
CELL_PADDING_MM = 2.2
"""What a cell keeps clear of text on its left and right, together."""
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
DATE_FORMAT = "dd/mm/yyyy"
PERCENT_FORMAT = "0%"
INCH_PER_MM = 1 / 25.4


def excel_width(mm: float) -> float:
    """Column width in Excel's units (characters of the default font's digit,
    7 px, plus 5 px of padding) for a width in millimetres."""
    return round(max((mm * PX_PER_MM - 5) / 7, 0.5), 2)


def column_mm(width: float) -> float:
    """The millimetres a column of Excel width `width` takes (inverse of the above)."""
    return (int(width * 7 + 5)) / PX_PER_MM


@dataclass(frozen=True)
class Run:
    """Part of a cell's text in one style."""

    text: str
    size: float = 11
    bold: bool = False
    italic: bool = False
    underline: bool = False
    font: str = FONT_NAME

    def inline(self) -> InlineFont:
        return InlineFont(rFont=self.font, sz=self.size, b=self.bold or None,
                          i=self.italic or None, u="single" if self.underline else None)

    def plain(self) -> Font:
        return Font(name=self.font, size=self.size, bold=self.bold, italic=self.italic,
                    underline="single" if self.underline else None)


@dataclass
class Grid:
    """A sheet whose columns are `widths` millimetres wide."""

    ws: Any
    widths: list[float]
    row: int = 0
    """The last row written."""
    heights: dict[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for index, mm in enumerate(self.widths, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = excel_width(mm)

    @property
    def last_column(self) -> int:
        return len(self.widths)

    def span_mm(self, first: int, last: int) -> float:
        return sum(column_mm(excel_width(mm)) for mm in self.widths[first - 1:last])

    def next_row(self) -> int:
        self.row += 1
        return self.row

    def gap(self, points: float = 8) -> None:
        """An empty row `points` high."""
        self.heights[self.next_row()] = points

    def put(self, row: int, first: int, last: int, runs: list[Run] | Run | object, *,
            horizontal: str = "left", vertical: str = "top", border: bool = False,
            fill: PatternFill | None = None, number_format: str | None = None,
            size: float = 11, bold: bool = False) -> None:
        """Write one cell spanning columns first..last; grow the row to fit."""
        cell = self.ws.cell(row=row, column=first)
        if isinstance(runs, Run):
            runs = [runs]
        if isinstance(runs, list):
            cell.value = rich(runs)
            if len(runs) == 1:
                cell.font = runs[0].plain()
            need = sum(_lines(r.text, self.span_mm(first, last), r) * r.size for r in runs)
        else:
            cell.value = runs
            cell.font = Font(name=FONT_NAME, size=size, bold=bold)
            if isinstance(runs, str):
                cell.data_type = "s"  # text is text: a leading "=" is never a formula
            shown = display(runs)
            need = _lines(shown, self.span_mm(first, last), Run(shown, size, bold)) * size
        if number_format:
            cell.number_format = number_format
        cell.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=True)
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        for column in range(first, last + 1):
            target = self.ws.cell(row=row, column=column)
            if border:
                target.border = BORDER
            if fill is not None:
                target.fill = fill
        self.heights[row] = max(self.heights.get(row, 0), _height(need))

    def finish(self) -> None:
        for row, height in self.heights.items():
            self.ws.row_dimensions[row].height = height


def _lines(text: str, width_mm: float, run: Run) -> int:
    if not text:
        return 1
    return len(wrap(text, max(width_mm - CELL_PADDING_MM, 4), run.size, run.bold))


def _height(line_points: float) -> float:
    """Points for text whose lines add up to `line_points` (lines x size)."""
    return row_height(1, line_points) if line_points else 0


def rich(runs: list[Run]) -> Any:
    if len(runs) == 1:
        return runs[0].text or None
    return CellRichText([TextBlock(r.inline(), r.text) for r in runs if r.text])


def display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return "00/00/0000"
    if isinstance(value, float):
        return "100%"
    return str(value)


def spans(widths: list[float], columns: int) -> list[tuple[int, int]]:
    """Split `columns` grid columns among table columns in proportion to their
    widths (each at least one): (first, last) of each, 1-based."""
    total = sum(widths)
    counts = [max(1, int(w / total * columns)) for w in widths]
    remainders = sorted(range(len(widths)), key=lambda i: -(widths[i] / total * columns % 1))
    index = 0
    while sum(counts) < columns:
        counts[remainders[index % len(widths)]] += 1
        index += 1
    while sum(counts) > columns:
        widest = max(range(len(counts)), key=lambda i: counts[i])
        counts[widest] -= 1
    out, start = [], 1
    for count in counts:
        out.append((start, start + count - 1))
        start += count
    return out


def page_setup(ws: Any, *, landscape: bool, last_column: int, last_row: int,
               title_rows: str | None = None) -> None:
    """A4, the margins of Nghị định 30/2020 (top/bottom 20 mm, left 30 mm,
    right 15 mm), fitted to the page width, printed area set, page numbers
    centred in the header from page 2."""
    setup = ws.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.paperSize = ws.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    margins = ws.page_margins
    margins.left, margins.right = 30 * INCH_PER_MM, 15 * INCH_PER_MM
    margins.top = margins.bottom = 20 * INCH_PER_MM
    margins.header = margins.footer = 10 * INCH_PER_MM
    ws.print_options.horizontalCentered = True
    ws.print_area = f"A1:{get_column_letter(last_column)}{max(last_row, 1)}"
    if title_rows:
        ws.print_title_rows = title_rows
    ws.HeaderFooter.differentFirst = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = FONT_NAME
    ws.oddHeader.center.size = 13
