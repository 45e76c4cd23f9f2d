"""Physical tables out of .docx and .xlsx files: rows of cells placed on the grid.

Both formats end up as the same model, so the logical reading (read_tables.py)
does not care where a table came from:

- a cell knows its first grid column and how many it covers (w:gridSpan, an
  Excel range's width);
- a cell that continues the one above (w:vMerge without "restart", an Excel
  range below its top row) is `merged_up` and carries the text of the cell it
  continues;
- a block is one Word table or one Excel sheet; `follows` says whether a Word
  table comes straight after the previous one (only blank or page-number
  paragraphs between), i.e. is the same table continued on the next page.

Word is read from the XML and not through python-docx's `table.rows[i].cells`,
which repeats a merged cell once per grid column and drops gridBefore/gridAfter.
openpyxl is imported only when an .xlsx is read.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from lxml import etree

from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.features.plan_io.reader.package import W_NS, Package, docx_body

# Elements that only wrap rows, cells or paragraphs (content controls, custom XML).
WRAPPERS = frozenset({"sdt", "sdtContent", "customXml", "smartTag"})
# Plain paragraphs this long or shorter between two tables (page numbers,
# "- 2 -") do not stop the second from continuing the first.
GAP_TEXT_LIMIT = 8
# Stop reading a sheet after this many empty rows in a row (formatted but empty
# rows can make max_row a million).
EMPTY_ROWS_LIMIT = 200
_SPACES = re.compile(r"[\s\u00a0\u200b\ufeff]+")


@dataclass(frozen=True)
class GridCell:
    col: int  # first grid column, 0-based
    span: int  # grid columns covered
    text: str  # lines joined with "\n"; for a merged_up cell, the text of the cell above
    merged_up: bool = False  # continues the cell above (vertical merge)

    @property
    def end(self) -> int:
        return self.col + self.span


@dataclass(frozen=True)
class GridRow:
    cells: tuple[GridCell, ...]
    source: Msg  # "bảng 2, dòng 14" or "Sheet1!A14"
    repeat_header: bool = False  # w:tblHeader: Word repeats it on each page


@dataclass(frozen=True)
class Block:
    rows: tuple[GridRow, ...]
    width: int  # grid columns
    follows: bool  # comes straight after the previous block (same table, next page)
    name: str  # "2" (the document's second table), "Sheet1"


def clean_text(lines: list[str]) -> str:
    """NFC, runs of blanks as one space, blank lines dropped, lines joined by "\\n"."""
    kept = (_SPACES.sub(" ", unicodedata.normalize("NFC", line)).strip() for line in lines)
    return "\n".join(line for line in kept if line)


# --- Word ----------------------------------------------------------------------------


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _children(element: etree._Element, name: str) -> Iterator[etree._Element]:
    """Children named `name`, looking through content controls and custom XML."""
    for child in element:
        local = _local(child)
        if local == name:
            yield child
        elif local in WRAPPERS:
            yield from _children(child, name)


def paragraph_text(paragraph: etree._Element) -> str:
    """Visible text of a paragraph: w:t, tabs as spaces, w:br/w:cr as line breaks.

    Deleted text (w:delText), field codes (w:instrText) and text boxes anchored
    in the paragraph are left out.
    """
    parts: list[str] = []
    for element in paragraph.iter():
        local = _local(element)
        if local == "t" and not _in_text_box(element, paragraph):
            parts.append(element.text or "")
        elif local in ("br", "cr"):
            parts.append("\n")
        elif local in ("tab", "ptab"):
            parts.append(" ")
        elif local == "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _in_text_box(element: etree._Element, stop: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if _local(parent) in ("txbxContent", "Fallback"):
            return True
        parent = parent.getparent()
    return False


def cell_paragraphs(cell: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs of a cell in order, nested tables included."""
    for child in cell:
        local = _local(child)
        if local == "p":
            yield child
        elif local in WRAPPERS or local in ("tbl", "tr", "tc"):
            yield from cell_paragraphs(child)


def cell_text(cell: etree._Element) -> str:
    lines: list[str] = []
    for paragraph in cell_paragraphs(cell):
        lines.extend(paragraph_text(paragraph).split("\n"))
    return clean_text(lines)


def _int_val(parent: etree._Element | None, name: str, default: int) -> int:
    element = None if parent is None else parent.find(_w(name))
    if element is None:
        return default
    try:
        return max(int(element.get(_w("val"), default)), 0)
    except ValueError:
        return default


def _on(parent: etree._Element | None, name: str) -> bool:
    """A w:ST_OnOff flag such as w:tblHeader: present and not "false"/"0"/"off"."""
    element = None if parent is None else parent.find(_w(name))
    return element is not None and element.get(_w("val"), "true") not in ("false", "0", "off")


def _merge_state(tc_pr: etree._Element | None, name: str) -> str | None:
    """"restart", "continue" or None for w:vMerge / w:hMerge."""
    element = None if tc_pr is None else tc_pr.find(_w(name))
    if element is None:
        return None
    return "restart" if element.get(_w("val")) == "restart" else "continue"


@dataclass
class _RawCell:
    col: int
    span: int
    text: str
    vmerge: str | None


def raw_cells(tr: etree._Element) -> list[_RawCell]:
    """The cells of a w:tr on the grid; legacy w:hMerge folded into the span."""
    col = _int_val(tr.find(_w("trPr")), "gridBefore", 0)
    cells: list[_RawCell] = []
    for tc in _children(tr, "tc"):
        tc_pr = tc.find(_w("tcPr"))
        span = max(_int_val(tc_pr, "gridSpan", 1), 1)
        if _merge_state(tc_pr, "hMerge") == "continue" and cells:
            cells[-1].span += span
        else:
            cells.append(_RawCell(col, span, cell_text(tc), _merge_state(tc_pr, "vMerge")))
        col += span
    return cells


def resolve_vmerge(cells: list[_RawCell], above: dict[int, GridCell]) -> tuple[GridCell, ...]:
    """GridCells for one row; `above` (start column -> cell) is updated in place."""
    row: list[GridCell] = []
    for raw in cells:
        anchor = above.get(raw.col)
        if raw.vmerge == "continue" and anchor is not None:
            cell = GridCell(raw.col, raw.span, anchor.text, merged_up=True)
        else:
            cell = GridCell(raw.col, raw.span, raw.text)
        for col in range(raw.col, raw.col + raw.span):
            above.pop(col, None)
        above[raw.col] = cell
        row.append(cell)
    return tuple(row)


def read_docx_table(tbl: etree._Element, number: int) -> Block:
    above: dict[int, GridCell] = {}
    rows: list[GridRow] = []
    grid = tbl.find(_w("tblGrid"))
    width = 0 if grid is None else len(grid.findall(_w("gridCol")))
    for index, tr in enumerate(_children(tbl, "tr"), start=1):
        cells = resolve_vmerge(raw_cells(tr), above)
        width = max([width, *(cell.end for cell in cells)])
        header = _on(tr.find(_w("trPr")), "tblHeader")
        rows.append(GridRow(cells, msg("import.where-table", table=number, row=index), header))
    return Block(tuple(rows), width, follows=False, name=str(number))


def _gap_is_blank(previous: etree._Element, table: etree._Element) -> bool:
    """True when only blank or page-number paragraphs sit between two sibling tables."""
    if previous.getparent() is not table.getparent():
        return False
    sibling = previous.getnext()
    while sibling is not None and sibling is not table:
        local = _local(sibling)
        if local == "tbl":
            return False
        if local == "p" and len(clean_text([paragraph_text(sibling)])) > GAP_TEXT_LIMIT:
            return False
        sibling = sibling.getnext()
    return sibling is table


def read_docx_blocks(package: Package) -> list[Block]:
    """Every table of the document, nested ones included, in document order."""
    blocks: list[Block] = []
    previous: etree._Element | None = None
    for number, tbl in enumerate(docx_body(package).iter(_w("tbl")), start=1):
        block = read_docx_table(tbl, number)
        follows = previous is not None and _gap_is_blank(previous, tbl)
        blocks.append(Block(block.rows, block.width, follows, block.name))
        previous = tbl
    return blocks


# --- Excel ---------------------------------------------------------------------------


def format_value(value: Any) -> str:
    """An Excel cell value as the text a reader sees (dates day first)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        shown = value.strftime("%d/%m/%Y")
        return shown if value.time() == time(0) else f"{shown} {value:%H:%M}"
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    text = str(value).replace("_x000D_", "").replace("\r\n", "\n").replace("\r", "\n")
    return clean_text(text.split("\n"))


def _merge_plan(sheet: Any) -> tuple[dict[tuple[int, int], tuple[int, bool, tuple[int, int]]],
                                     set[tuple[int, int]]]:
    """Merged ranges as (row, col) -> (span, merged_up, anchor) for each row's first
    cell, and the set of the other covered cells."""
    starts: dict[tuple[int, int], tuple[int, bool, tuple[int, int]]] = {}
    covered: set[tuple[int, int]] = set()
    for rng in sheet.merged_cells.ranges:
        span = rng.max_col - rng.min_col + 1
        for row in range(rng.min_row, rng.max_row + 1):
            starts[(row, rng.min_col)] = (span, row > rng.min_row, (rng.min_row, rng.min_col))
            covered.update((row, col) for col in range(rng.min_col + 1, rng.max_col + 1))
    return starts, covered


def read_sheet(sheet: Any) -> Block:
    from openpyxl.utils import get_column_letter

    starts, covered = _merge_plan(sheet)
    first_col, last_col = sheet.min_column, sheet.max_column
    letter = get_column_letter(first_col)
    rows: list[GridRow] = []
    empty_run = 0
    for r in range(sheet.min_row, sheet.max_row + 1):
        cells: list[GridCell] = []
        for c in range(first_col, last_col + 1):
            if (r, c) in covered:
                continue
            span, merged_up, anchor = starts.get((r, c), (1, False, (r, c)))
            text = format_value(sheet.cell(*anchor).value)
            cells.append(GridCell(c - first_col, span, text, merged_up))
        empty_run = 0 if any(cell.text for cell in cells) else empty_run + 1
        if empty_run > EMPTY_ROWS_LIMIT:
            break
        where = msg("import.where-sheet", cell=f"{sheet.title}!{letter}{r}")
        rows.append(GridRow(tuple(cells), where))
    return Block(tuple(rows), last_col - first_col + 1, follows=False, name=sheet.title)


def read_xlsx_blocks(package: Package, sheet: str | None = None) -> list[Block]:
    """One block per worksheet (or only the named one), in workbook order."""
    import openpyxl

    # Not read_only: read-only worksheets do not know their merged ranges.
    try:
        book = openpyxl.load_workbook(io.BytesIO(package.data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken workbook
        raise InputError(msg("import.bad-xml", reason=str(exc) or type(exc).__name__)) \
            from None
    try:
        if sheet is not None:
            if sheet not in book.sheetnames:
                raise InputError(msg("import.no-sheet", sheet=quoted(sheet),
                                     sheets=", ".join(book.sheetnames)))
            return [read_sheet(book[sheet])]
        return [read_sheet(ws) for ws in book.worksheets]
    finally:
        book.close()
