"""The appendix table (Phụ lục) of a plan, read into logical rows.

`read_appendix(package)` finds the header (`header`), then turns every row
below it into a section or an item. Merged cells keep their meaning: a
vertically merged cell gives its text to every row it covers and those rows
list the column in `shared`; a cell merged across several logical columns
gives its text to the first and is listed in `spans`. A table continued on the
next page (a second table straight after the first, its header repeated or
not) goes on with the first; a row split over the page break is joined again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.features.plan_io.reader.grid import (
    Block,
    GridCell,
    GridRow,
    read_docx_blocks,
    read_xlsx_blocks,
)
from cchc_plan.features.plan_io.reader.header import (
    COLUMNS,
    CONTINUED_HEADER_ROWS,
    Header,
    find_header,
    is_column_number_row,
    match_header,
)
from cchc_plan.features.plan_io.reader.package import Package

Kind = Literal["section", "item"]
_ROMAN = re.compile(r"[IVXLC]+")
_SECTION_LETTER = re.compile(r"[A-H]")
_LEADING_SECTION = re.compile(
    r"(?:(?:PHẦN|Phần|MỤC|Mục)\s+)?([IVXLC]+|[A-H])\s*[.:)\-–]\s*(\S.*)", re.S)
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_OCR_NUMBER = re.compile(r"\d+(?:\s*[.,\-–]\s*\d+|\s+\d+)+\s*[.,]?")
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters or more: text, not a row number


@dataclass
class SourceRow:
    kind: Kind
    number: str  # "I", "2", "2.1" (normalised); "" when the row has none
    cells: dict[str, str]  # logical column -> text (non-empty only; never "number")
    source: Msg  # where it was read: "bảng 2, dòng 14", "Sheet1!A14"
    shared: frozenset[str] = frozenset()  # columns whose cell is merged with the row above
    spans: dict[str, tuple[str, ...]] = field(default_factory=dict)  # cell across columns
    notes: list[Msg] = field(default_factory=list)  # for review: what was guessed or fixed

    @property
    def parent(self) -> str | None:
        """"2" for "2.1"; None for a top-level row."""
        head, dot, _ = self.number.rpartition(".")
        return head if dot and self.kind == "item" else None

    def text(self, column: str) -> str:
        return self.number if column == "number" else self.cells.get(column, "")


@dataclass
class AppendixTable:
    rows: list[SourceRow]
    columns: dict[str, int]  # logical column -> first physical (grid) column, 0-based
    headers: dict[str, str]  # logical column -> header text as written
    extra: dict[int, str]  # physical column -> header text of columns not understood
    source: list[str]  # the tables or sheet it was read from: ["3", "4"], ["Sheet1"]
    preamble: list[str] = field(default_factory=list)  # text of the rows above the header
    deadline_others: tuple[str, ...] = ()  # other columns that could be the deadline


# --- numbers -----------------------------------------------------------------------


def is_section_number(number: str) -> bool:
    return bool(_ROMAN.fullmatch(number) or _SECTION_LETTER.fullmatch(number))


def normalise_number(raw: str) -> tuple[str, Msg | None]:
    """("2.4", note) for "2 .4", "2-4", "2,4 ."; the note says what was changed."""
    text = " ".join(raw.split())
    base = text.rstrip(".)").strip()
    if not text or _PLAIN_NUMBER.fullmatch(base) or is_section_number(base):
        return base, None
    if _OCR_NUMBER.fullmatch(text):
        number = ".".join(re.findall(r"\d+", text))
        return number, msg("import.number-read-as", raw=quoted(raw), number=quoted(number))
    if re.fullmatch(r"[a-zđ]", base):
        return base, None
    return text, msg("import.number-kept", raw=quoted(raw))


def split_leading_section(title: str) -> tuple[str, str]:
    """("II", "Lĩnh vực …") for "II. Lĩnh vực …"; ("", title) when there is none."""
    match = _LEADING_SECTION.fullmatch(title)
    return (match.group(1), match.group(2).strip()) if match else ("", title)


# --- rows --------------------------------------------------------------------------


def logical_columns(cell: GridCell, header: Header) -> list[str]:
    """Logical columns a physical cell covers, left to right."""
    return [column for column, (first, end) in header.ranges.items()
            if first < cell.end and cell.col < end]


def _number_cell_text(row: GridRow, header: Header) -> str:
    cells = [c for c in row.cells if logical_columns(c, header) == ["number"]]
    return "\n".join(c.text for c in cells if c.text)


def section_of(row: GridRow, header: Header) -> tuple[str, str] | None:
    """(number, title) when the row is a section heading, else None.

    "I" in STT; or one cell across the row ("II. Lĩnh vực …" or a bare title);
    or "II. Lĩnh vực …" typed into the STT cell (or the task cell) alone.
    """
    number = _number_cell_text(row, header).strip()
    others = [c for c in row.cells if c.text and logical_columns(c, header) not in ([], ["number"])]
    if is_section_number(number.rstrip(".")):
        task = [c.text for c in others if "task" in logical_columns(c, header)]
        return number.rstrip("."), "\n".join(task or [c.text for c in others])
    if number and not others and _WORD.search(number):
        return split_leading_section(number)
    if number or len(others) != 1:
        return None
    wide = len(logical_columns(others[0], header)) >= max(2, len(header.ranges) - 1)
    leading, title = split_leading_section(others[0].text)
    return (leading, title) if wide or leading else None


def order_cells(cells: dict[str, str]) -> dict[str, str]:
    """Non-empty cells in the usual column order."""
    return {column: cells[column] for column in COLUMNS if cells.get(column)}


def item_of(row: GridRow, header: Header) -> SourceRow:
    texts: dict[str, list[str]] = {}
    merged: dict[str, list[bool]] = {}
    spans: dict[str, tuple[str, ...]] = {}
    for cell in row.cells:
        columns = logical_columns(cell, header)
        if not columns:
            continue
        texts.setdefault(columns[0], []).append(cell.text)
        merged.setdefault(columns[0], []).append(cell.merged_up)
        if len(columns) > 1:
            spans[columns[0]] = tuple(columns)
    cells = {k: "\n".join(t for t in v if t) for k, v in texts.items()}
    raw_number = cells.pop("number", "")
    number, note = normalise_number(raw_number)
    notes = [note] if note else []
    shared = frozenset(k for k, flags in merged.items() if all(flags))
    return SourceRow("item", number, order_cells(cells), row.source, shared, spans, notes)


def has_own_text(row: GridRow) -> bool:
    return any(cell.text and not cell.merged_up for cell in row.cells)


def append_continuation(previous: SourceRow, row: SourceRow) -> None:
    """A row split over two pages (two tables): its second half joins the first."""
    for column, text in row.cells.items():
        before = previous.cells.get(column, "")
        previous.cells[column] = f"{before}\n{text}" if before else text
    previous.notes.append(msg("import.continued", where=row.source.text("vi")))


@dataclass
class _Reader:
    header: Header
    rows: list[SourceRow] = field(default_factory=list)
    after_repeat: bool = False  # the next data row comes right after a repeated header

    def take_block(self, block: Block, start: int) -> None:
        index = start
        while index < len(block.rows):
            index = self.take_row(block.rows, index)

    def take_row(self, rows: Sequence[GridRow], index: int) -> int:
        row = rows[index]
        repeat = match_header(rows, index)
        if repeat is not None and set(repeat.ranges) != set(self.header.ranges):
            repeat = None
        if repeat is not None or row.repeat_header:
            self.after_repeat = True
            return index + (repeat.height if repeat else 1)
        if is_column_number_row(row) or not has_own_text(row):
            return index + 1
        self.add_row(row)
        return index + 1

    def add_row(self, row: GridRow) -> None:
        section = section_of(row, self.header)
        after_repeat, self.after_repeat = self.after_repeat, False
        if section is not None:
            number, title = section
            cells = {"task": title} if title else {}
            self.rows.append(SourceRow("section", number, cells, row.source))
            return
        item = item_of(row, self.header)
        previous = self.rows[-1] if self.rows else None
        if after_repeat and not item.number and previous and previous.kind == "item":
            append_continuation(previous, item)
        else:
            self.rows.append(item)


def continuation_header(block: Block, width: int, current: Header) -> tuple[int, Header] | None:
    """Where a following block's rows start and which header they fall under."""
    found = find_header(block, CONTINUED_HEADER_ROWS)
    if found is not None:
        return found
    return (0, current) if block.width == width else None


def rows_from_blocks(blocks: Sequence[Block], name: str) -> AppendixTable:
    """The format-independent part: blocks (tables/sheets) -> AppendixTable.

    The first block with a header starts the appendix; blocks straight after it
    that repeat the header, or have no header and as many grid columns, go on
    with it. Their repeated header rows are skipped by `_Reader.take_row`.
    """
    for first, block in enumerate(blocks):
        found = find_header(block)
        if found is None:
            continue
        reader = _Reader(found[1])
        reader.take_block(block, found[0])
        used = [block.name]
        for following in blocks[first + 1:]:
            nxt = continuation_header(following, block.width, reader.header)
            if not following.follows or nxt is None:
                break
            reader.header, reader.after_repeat = nxt[1], True
            reader.take_block(following, nxt[0])
            used.append(following.name)
        table = table_of(reader.rows, found[1], used)
        table.preamble = [cell.text for row in block.rows[:found[0]] for cell in row.cells
                          if cell.text and not cell.merged_up]
        return table
    raise InputError(msg("import.no-table", file=name), msg("hint.import-header"))


def table_of(rows: list[SourceRow], header: Header, source: list[str]) -> AppendixTable:
    columns = {column: first for column, (first, _) in header.ranges.items()}
    return AppendixTable(rows, columns, dict(header.texts), dict(header.extra), source,
                         deadline_others=header.others)


# --- sub-items written inside one cell ------------------------------------------------


def _keyed_lines(text: str, number: str) -> tuple[list[str], dict[str, list[str]]]:
    """Lines before the first "3.1 …", and the lines under each "3.k" key."""
    key = re.compile(rf"{re.escape(number)}\s*[.,]\s*(\d+)\s*[:.)\-–]?\s*(.*)", re.S)
    head: list[str] = []
    parts: dict[str, list[str]] = {}
    current: list[str] = head
    for line in text.split("\n"):
        match = key.fullmatch(line)
        if match:
            current = parts.setdefault(f"{number}.{match.group(1)}", [])
            if match.group(2):
                current.append(match.group(2))
        else:
            current.append(line)
    return head, parts


def split_inline_subitems(row: SourceRow, rows_numbered: frozenset[str] = frozenset()
                          ) -> list[SourceRow]:
    """A row whose task cell lists "3.1 …", "3.2 …" becomes a heading and sub-items.

    Columns keyed the same way ("3.1 Phòng Nội vụ / 3.2 Phòng Tư pháp") are split
    by key; the other cells stay on the heading and are shared by the sub-items.
    """
    if row.kind != "item" or not _PLAIN_NUMBER.fullmatch(row.number):
        return [row]
    head, keys = _keyed_lines(row.cells.get("task", ""), row.number)
    if len(keys) < 2 or rows_numbered & set(keys):
        return [row]
    split = {c: _keyed_lines(t, row.number) for c, t in row.cells.items() if c != "task"}
    split = {c: parts for c, parts in split.items() if parts[1]}
    heading = replace(row, cells={**row.cells, "task": "\n".join(head)},
                      notes=[*row.notes, msg("import.split-inline", keys=", ".join(keys))])
    for column, (before, _) in split.items():
        heading.cells[column] = "\n".join(before)
    heading.cells = order_cells(heading.cells)
    shared = frozenset(c for c in row.cells if c not in split and c != "task")
    subitems = [
        SourceRow("item", key, _subitem_cells(row, key, lines, split), row.source,
                  shared, {}, [msg("import.split-from", number=row.number)])
        for key, lines in keys.items()
    ]
    return [heading, *subitems]


def _subitem_cells(row: SourceRow, key: str, lines: list[str],
                   split: dict[str, tuple[list[str], dict[str, list[str]]]]) -> dict[str, str]:
    cells = {c: t for c, t in row.cells.items() if c not in split and c != "task"}
    cells["task"] = "\n".join(lines)
    for column, (_, parts) in split.items():
        cells[column] = "\n".join(parts.get(key, []))
    return order_cells(cells)


def split_all_inline(rows: Sequence[SourceRow]) -> list[SourceRow]:
    """Rows with their inline sub-items split out; sub-items that are rows of their
    own below (3.1 listed in row 3's cell and a row 3.1) are not made twice."""
    numbered = frozenset(row.number for row in rows if row.number)
    return [part for row in rows for part in split_inline_subitems(row, numbered)]


# --- entry point -------------------------------------------------------------------


def read_appendix(package: Package, *, sheet: str | None = None,
                  split_inline: bool = True) -> AppendixTable:
    """The appendix table of a .docx or .xlsx package.

    `sheet` picks an Excel sheet (default: the first with a header row).
    `split_inline` turns a row whose cells list "3.1 …", "3.2 …" into sub-items
    (unless those sub-items are rows of their own). InputError when no table
    has a header row.
    """
    blocks = (read_docx_blocks(package) if package.kind == "docx"
              else read_xlsx_blocks(package, sheet))
    table = rows_from_blocks(blocks, package.name)
    if split_inline:
        table.rows = split_all_inline(table.rows)
    return table
