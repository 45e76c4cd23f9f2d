"""How much room text takes in Times New Roman: line breaks for the masthead
and row heights for Excel, which stores a row's height but never computes
it for wrapped text (openpyxl writes none; LibreOffice and Excel do not grow
a merged or wrapped row on opening).

Widths are the advance widths of Adobe's Times-Roman and Times-Bold metrics
(thousandths of an em); Times New Roman and Liberation Serif share them
closely. A Vietnamese letter is as wide as its base letter (the diacritics
sit above or below), so text is measured after NFD decomposition.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache

MM_PER_PT = 25.4 / 72
_ASCII = "".join(chr(c) for c in range(32, 127))
_REGULAR = dict(zip(
    _ASCII,
    (250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
     *(500,) * 10, 278, 278, 564, 564, 564, 444, 921,
     722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722,
     667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333,
     444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500,
     333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541),
    strict=True))
_BOLD = dict(zip(
    _ASCII,
    (250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
     *(500,) * 10, 333, 333, 570, 570, 570, 500, 930,
     722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778,
     722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333,
     500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556,
     444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520),
    strict=True))
_EXTRA = {"đ": "d", "Đ": "D", "ơ": "o", "Ơ": "O", "ư": "u", "Ư": "U", "…": "...", "–": "-",
          "—": "M", "“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ", "█": "M", "░": "M"}
_DEFAULT = 556


@cache
def _char_width(char: str, bold: bool) -> int:
    table = _BOLD if bold else _REGULAR
    if char in table:
        return table[char]
    base = _EXTRA.get(char) or unicodedata.normalize("NFD", char)[:1]
    if base and all(c in table for c in base):
        return sum(table[c] for c in base) + (40 if char in "ơƠưƯ" else 0)
    return _DEFAULT


def text_width(text: str, size_pt: float, bold: bool = False) -> float:
    """Width of one line of text in millimetres."""
    return _millimetres(_units(text, bold), size_pt)


def _units(text: str, bold: bool) -> int:
    return sum(_char_width(c, bold) for c in text)


def _millimetres(units: int, size_pt: float) -> float:
    return units / 1000 * size_pt * MM_PER_PT


def wrap(text: str, width_mm: float, size_pt: float, bold: bool = False) -> list[str]:
    """The lines a word-wrapping renderer makes of `text` in a box `width_mm`
    wide; explicit line breaks are kept. A paragraph's last word wider than
    the box is split. Linear in the length of `text` (widths are summed as
    words are added, never measured again), whatever the text."""
    lines: list[str] = []
    space = _char_width(" ", bold)
    for paragraph in text.split("\n"):
        current, used = "", 0
        for word in paragraph.split(" "):
            units = _units(word, bold)
            if not current:
                current, used = word, units
            elif _millimetres(used + space + units, size_pt) <= width_mm:
                current, used = f"{current} {word}", used + space + units
            else:
                lines.append(current)
                current, used = word, units
        lines += _split_word(current, width_mm, size_pt, bold)
    return lines


def _split_word(word: str, width_mm: float, size_pt: float, bold: bool) -> list[str]:
    """`word` cut into the longest prefixes that fit (at least one character
    each), scanning each character once."""
    pieces: list[str] = []
    start, used = 0, 0
    for end, char in enumerate(word):
        units = _char_width(char, bold)
        if end > start and _millimetres(used + units, size_pt) > width_mm:
            pieces.append(word[start:end])
            start, used = end, 0
        used += units
    pieces.append(word[start:])
    return pieces


def balanced(text: str, width_mm: float, size_pt: float, bold: bool = False) -> str:
    """`text` broken into as few lines as fit `width_mm`, the lines as even as
    possible ("ỦY BAN NHÂN DÂN" / "HUYỆN KRÔNG PA", not "ỦY BAN NHÂN DÂN
    HUYỆN" / "KRÔNG PA"), joined by line breaks."""
    lines = wrap(text, width_mm, size_pt, bold)
    if len(lines) < 2:
        return text
    low, high = width_mm / len(lines), width_mm
    for _ in range(24):  # bisect the narrowest box that still gives as few lines
        middle = (low + high) / 2
        if len(wrap(text, middle, size_pt, bold)) <= len(lines):
            high = middle
        else:
            low = middle
    return "\n".join(wrap(text, high, size_pt, bold))


def row_height(lines: int, size_pt: float) -> float:
    """Points for `lines` lines of text in a spreadsheet row, with its padding."""
    return math.ceil(lines * size_pt * 1.27 + 3)
