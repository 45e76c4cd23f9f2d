"""Aligned text columns for the terminal, fitted to a width.

- With a width (a terminal, or `COLUMNS` set), the table never passes it:
  optional columns are dropped first, then columns that may be cut give way
  (keeping the end that tells values apart: a title's start, a name's end,
  so "UBND xã Ia Rmok" becomes "…xã Ia Rmok", not "UBND xã Ia …"), then
  columns that may wrap get narrower. A row's `below` text (a task's title) goes on its own line(s)
  under the row when it cannot sit in a last column of useful width.
- Without a width (a pipe), every value is written whole, aligned, one row a
  line: what scripts and `grep` want.

Laid out here rather than with rich.Table: rich measures every cell and took
longer than all the rest of `cchc status` (90 ms for 225 rows).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rich.cells import cell_len, set_cell_size
from rich.text import Text

GAP = "  "
SEPARATORS = ("·", "—", "›")
ELLIPSIS = "…"
BELOW_MIN = 40
"""A last column narrower than this goes below the row instead."""


@dataclass(frozen=True)
class Col:
    header: str
    wrap: bool = False
    """May wrap onto more lines inside its cell."""
    keep: Literal["head", "tail"] | None = None
    """May be cut to fit, keeping this end (None: never cut: dates, numbers, days)."""
    min: int = 6
    right: bool = False
    optional: bool = False
    """May be left out when the width is too small."""


@dataclass(frozen=True)
class Cell:
    text: str
    style: str = ""


@dataclass
class Row:
    cells: list[Cell]
    below: list[Cell] = field(default_factory=list)
    """Lines under the row (indented under the second column), or a last column."""


def wrap(text: str, width: int) -> list[str]:
    """Word wrap by terminal cells; a word longer than the width is split."""
    width = max(width, 1)
    words: list[str] = []
    for word in _tokens(text):
        while cell_len(word) > width:
            head = set_cell_size(word, width).rstrip() or word[0]
            words.append(head)
            word = word[len(head):]
        words.append(word)
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if cell_len(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    return [*lines, current] if current or not lines else lines


def _tokens(text: str) -> list[str]:
    """Words, with a separator ("·", "—") kept at the end of the word before it."""
    out: list[str] = []
    for word in text.split():
        if word in SEPARATORS and out:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def cut(text: str, width: int, keep: Literal["head", "tail"] = "head") -> str:
    """`text` in at most `width` cells, with "…" where it was cut."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    if keep == "tail":
        tail = text
        while cell_len(tail) > width - 1:
            tail = tail[1:]
        return ELLIPSIS + tail.lstrip()
    return set_cell_size(text, width - 1).rstrip() + ELLIPSIS


def pad(text: str, width: int, right: bool = False) -> str:
    space = " " * max(width - cell_len(text), 0)
    return space + text if right else text + space


def header_width(header: str) -> int:
    """The narrowest width that writes a column title in two lines at most,
    never splitting a word."""
    words = header.split()
    width = max((cell_len(w) for w in words), default=0)
    while len(wrap(header, width)) > 2:
        width += 1
    return width


def data_widths(cols: list[Col], rows: list[Row]) -> list[int]:
    widths = [0] * len(cols)
    for row in rows:
        for index, item in enumerate(row.cells):
            widths[index] = max(widths[index], cell_len(item.text))
    return widths


def total(widths: list[int]) -> int:
    return sum(widths) + len(GAP) * (len(widths) - 1)


def fit(cols: list[Col], data: list[int], width: int) -> tuple[list[Col], list[int]]:
    """Column widths for `width`: each column as wide as its title and values;
    then, while too wide, titles wrap (two lines at most, never inside a
    word), optional columns go, cut columns are cut, wrapping columns narrow
    (no narrower than their `min` and two lines of their title). A table wider
    than every squeeze stays so."""
    cols, data = list(cols), list(data)
    widths = [max(cell_len(c.header), d) for c, d in zip(cols, data, strict=True)]

    def squeeze(index: int, floor: int) -> None:
        excess = total(widths) - width
        if excess > 0:
            widths[index] = max(min(floor, widths[index]), widths[index] - excess)

    for index in reversed(range(len(cols))):
        squeeze(index, max(data[index], header_width(cols[index].header)))
    while total(widths) > width and any(c.optional for c in cols):
        index = max(i for i, c in enumerate(cols) if c.optional)
        del cols[index], widths[index], data[index]
    for wrapping in (False, True):
        for index in reversed(range(len(cols))):
            col = cols[index]
            narrows = col.wrap if wrapping else (col.keep is not None and not col.wrap)
            if narrows:
                squeeze(index, max(col.min, header_width(col.header), 1))
    return cols, widths


def table(cols: list[Col], rows: list[Row], width: int | None, *,
          header_style: str = "bold", below_header: str = "",
          below_lines: int | None = None) -> list[Text]:
    """The rows as lines of text. Each row's `below` is a last column (titled
    `below_header`) when it has room (always, without a width), else lines
    under the row, at most `below_lines` of them (the last one cut)."""
    keep_index = list(range(len(cols)))
    data = data_widths(cols, rows)
    widths = [max(cell_len(c.header), d) for c, d in zip(cols, data, strict=True)]
    below_width = max((cell_len(b.text) for r in rows for b in r.below), default=0)
    inline = bool(below_width)
    if width is not None:
        fitted, fitted_widths = fit(cols, data, width)
        keep_index = [cols.index(c) for c in fitted]
        cols, widths = fitted, fitted_widths
        if inline and width - total(widths) - len(GAP) < min(BELOW_MIN, below_width):
            inline = False
    rows = [Row([r.cells[i] for i in keep_index], r.below) for r in rows]
    indent = (widths[0] + len(GAP)) if widths else 0
    last_width = None if width is None else width - total(widths) - len(GAP)
    out = _header(cols, widths, header_style)
    if below_header and out:
        if inline:
            out[0].append(" " * (total(widths) - cell_len(out[0].plain)) + GAP + below_header)
        else:
            out.append(Text(" " * indent + below_header, style=header_style))
    for row in rows:
        out.extend(_row_lines(cols, widths, row, last_width if inline else None, inline))
        if not inline:
            room = None if width is None else width - indent
            for item in row.below:
                lines = [item.text] if room is None else wrap(item.text, room)
                if below_lines and len(lines) > below_lines and room is not None:
                    rest = " ".join(lines[below_lines - 1:])
                    lines = [*lines[: below_lines - 1], cut(rest, room)]
                out.extend(Text(" " * indent + line, style=item.style) for line in lines)
    return out


def _header(cols: list[Col], widths: list[int], style: str) -> list[Text]:
    cells = [wrap(col.header, w) for col, w in zip(cols, widths, strict=True)]
    height = max((len(c) for c in cells), default=0)
    lines = []
    for n in range(height):
        parts = [pad(c[n] if n < len(c) else "", w, col.right)
                 for c, w, col in zip(cells, widths, cols, strict=True)]
        lines.append(Text(GAP.join(parts).rstrip(), style=style))
    return lines


def _row_lines(cols: list[Col], widths: list[int], row: Row, last_width: int | None,
               inline: bool) -> list[Text]:
    columns: list[tuple[list[str], str, int, bool]] = []
    for col, w, item in zip(cols, widths, row.cells, strict=True):
        lines = wrap(item.text, w) if col.wrap and cell_len(item.text) > w else [
            cut(item.text, w, col.keep or "head")]
        columns.append((lines, item.style, w, col.right))
    if inline and row.below:
        text = " · ".join(b.text for b in row.below if b.text)
        lines = [text] if last_width is None else wrap(text, max(last_width, 1))
        columns.append((lines, row.below[0].style, 0, False))
    height = max(len(c[0]) for c in columns)
    out = []
    for n in range(height):
        line = Text()
        for index, (lines, style, w, right) in enumerate(columns):
            value = lines[n] if n < len(lines) else ""
            if index:
                line.append(GAP)
            line.append(value if index == len(columns) - 1 and not right
                        else pad(value, w, right), style=style)
        line.rstrip()
        out.append(line)
    return out
