"""Worksheet rows written as SpreadsheetML text, and spliced into the sheet's
XML when the workbook is saved.

openpyxl makes an object for every cell, hashes a style object for every
style set on one, and when it saves writes every cell through lxml: for a
sheet of many rows that is most of the time it takes. A row added to
`SheetRows` is text at once (`row_xml`), each cell's style given as its
index in the workbook's cell formats (`Styles.index`, what openpyxl's
`cell.style_id` does); `xlsx_io.save` puts the rows at the end of the
sheet's `<sheetData>` as it writes the sheet (`SheetRows.splice`) and widens
its `<dimension>` to cover them.

A cell is written as openpyxl writes the same value (tests/render/
test_xlsx_rows.py reads both back): text always as an inline string, never
a formula or an error value, `xml:space="preserve"` when it starts or ends
with white space, cut to 32,767 characters; a date as its serial number
(its cell's style gives the date format: openpyxl sets one on a cell given
a date, rows written as text know no formats); a number as openpyxl
formats it; None as an empty cell that keeps its style (none at all without
one). The characters XML 1.0 cannot hold raise what they raise through
openpyxl: its IllegalCharacterError for the controls, lxml's ValueError for
U+FFFE and U+FFFF, UnicodeEncodeError for a lone surrogate. The text is
UTF-8 where openpyxl writes character references: the same characters once
parsed.

`Styles` also styles the cells openpyxl keeps: each kind of cell styled
once a workbook, its style indexes copied to the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.compat import safe_string
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.exceptions import IllegalCharacterError

from cchc_plan.render.safe import XML_INVALID, xml_escape

Value = str | int | float | date | None
"""What a cell holds (a datetime is a date)."""
MAX_TEXT = 32_767
"""Characters of a cell's text: openpyxl cuts a longer text to this (Excel's limit)."""
NONCHARACTERS = re.compile("[\ufffe\uffff]")
LXML_REFUSES = ("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or "
                "control characters")


def style_index(wb: Any, style: Any) -> int:
    """The index of a cell style (an openpyxl `StyleArray`) among the
    workbook's cell formats, added if new: what a cell's `style_id` does."""
    return int(wb._cell_styles.add(style))


@dataclass(frozen=True, eq=False)
class Style:
    """A cell's style as openpyxl's style objects (None: the default). Known
    by identity, not by value: a module's constant, or one kept by a cache,
    is looked up at the cost of a pointer, where openpyxl hashes each of its
    style objects each time one is set on a cell."""

    font: Any = None
    fill: Any = None
    border: Any = None
    alignment: Any = None
    protection: Any = None
    number_format: str | None = None


class Styles:
    """The styles of the cells of one workbook: each `Style` set once, on a
    cell of no sheet row, and its style indexes copied to every cell that
    has it (`apply`) or given as its index to rows written as text (`index`)."""

    def __init__(self, ws: Any) -> None:
        self.sheet = ws
        self._arrays: dict[Style, Any] = {}
        self._indexes: dict[Style, int] = {}

    def array(self, style: Style) -> Any:
        """The style's indexes in the workbook (an openpyxl `StyleArray`)."""
        if style not in self._arrays:
            cell = SheetCell(self.sheet)
            for name in ("font", "fill", "border", "alignment", "protection", "number_format"):
                if getattr(style, name) is not None:
                    setattr(cell, name, getattr(style, name))
            self._arrays[style] = cell._style
        return self._arrays[style]

    def apply(self, cell: Any, style: Style) -> Any:
        """`cell` with exactly this style (a number format its value set is replaced)."""
        cell._style = copy(self.array(style))
        return cell

    def index(self, style: Style) -> int:
        """The style's index among the workbook's cell formats (`style_index`)."""
        if style not in self._indexes:
            self._indexes[style] = style_index(self.sheet.parent, self.array(style))
        return self._indexes[style]


@dataclass
class SheetRows:
    """Rows of one worksheet written as text, below every row openpyxl holds
    for it, in ascending order; `xlsx_io.save` splices them in."""

    sheet: Any
    rows: list[str] = field(default_factory=list)
    first: int = 0
    last: int = 0
    columns: int = 0
    spliced: bool = False

    def add(self, row: int, cells: Sequence[tuple[Value, int]],
            height: float | None = None) -> None:
        """Row `row`: (value, style index) of each cell from column A on; its
        height in points (None: the sheet's default)."""
        if row <= self.last:
            raise ValueError(f"row {row} after row {self.last}: rows go in ascending order")
        self.rows.append(row_xml(row, cells, height))
        self.first = self.first or row
        self.last = row
        self.columns = max(self.columns, len(cells))

    def check_below(self) -> None:
        """The sheet's own rows (openpyxl cells, row heights) all come first."""
        ws = self.sheet
        above = max([r for r, _ in ws._cells] + list(ws.row_dimensions), default=0)
        if self.rows and above >= self.first:
            raise ValueError(f"sheet {ws.title!r} has row {above} among the rows written "
                             f"as text (from {self.first})")

    def splice(self, xml: bytes) -> bytes:
        """The sheet's XML as openpyxl wrote it, with these rows at the end of
        its `<sheetData>` and its `<dimension>` covering them."""
        self.spliced = True
        if not self.rows:
            return xml
        xml = xml.replace(b"<sheetData/>", b"<sheetData></sheetData>", 1)
        end = xml.rindex(b"</sheetData>")
        xml = xml[:end] + "".join(self.rows).encode("utf-8") + xml[end:]
        return DIMENSION.sub(lambda m: self.dimension(m).encode("ascii"), xml, count=1)

    def dimension(self, found: re.Match[bytes]) -> str:
        left, top, right, bottom = (g.decode("ascii") if g else "" for g in found.groups())
        right = right or left
        last_column = max(column_index_from_string(right), self.columns)
        last_row = max(int(bottom or top), self.last)
        return f'<dimension ref="{left}{top}:{get_column_letter(last_column)}{last_row}"/>'


DIMENSION = re.compile(rb'<dimension ref="([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?"/>')


def row_xml(row: int, cells: Sequence[tuple[Value, int]], height: float | None) -> str:
    """One `<row>` of cells from column A on, as openpyxl writes it (no
    `spans`; `ht` and `customHeight` when the height is set)."""
    head = (f'<row r="{row}">' if height is None else
            f'<row r="{row}" ht="{safe_string(height)}" customHeight="1">')
    body = "".join(cell_xml(f"{get_column_letter(column)}{row}", value, style)
                   for column, (value, style) in enumerate(cells, 1))
    return f"{head}{body}</row>"


def cell_xml(ref: str, value: Value, style: int) -> str:
    """One `<c>`; "" for an empty cell without style (openpyxl writes none)."""
    s = f' s="{style}"' if style else ""
    if value is None:
        return f'<c r="{ref}"{s}/>' if style else ""
    if isinstance(value, str):
        return text_cell(ref, s, checked_text(value))
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{safe_string(value)}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}"{s} t="n"><v>{safe_string(serial(value))}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"{s} t="n"><v>{safe_string(value)}</v></c>'
    raise TypeError(f"cannot write {value!r} in a cell")


def text_cell(ref: str, s: str, text: str) -> str:
    if not text:
        return f'<c r="{ref}"{s} t="inlineStr"/>'
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{xml_escape(text)}</t></is></c>'


def checked_text(value: str) -> str:
    """A cell's text as openpyxl takes it (cut to MAX_TEXT, no control XML
    cannot hold) and lxml writes it (no noncharacter, no lone surrogate)."""
    text = value[:MAX_TEXT]
    if XML_INVALID.search(text) is None:
        return text
    if ILLEGAL_CHARACTERS_RE.search(text):
        raise IllegalCharacterError(f"{text} cannot be used in worksheets.")
    if NONCHARACTERS.search(text):
        raise ValueError(LXML_REFUSES)
    text.encode("utf-8")  # a lone surrogate: UnicodeEncodeError, as lxml raises
    return text


def serial(day: date) -> float:
    """A date's serial number, as openpyxl writes a date (in the 1900 system)."""
    if isinstance(day, datetime) and day.tzinfo is not None:
        raise TypeError("Excel does not support timezones in datetimes. "
                        "The tzinfo in the datetime/time object must be set to None.")
    return float(to_excel(day))
