"""Finding the appendix table's header: which physical column holds which
logical column (STT, nhiệm vụ, sản phẩm, chủ trì, phối hợp, thời gian, ghi
chú), in any common wording and order, with or without diacritics, in one row
or two ("Cơ quan thực hiện" over "Chủ trì | Phối hợp")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from cchc_plan.core.text import fold
from cchc_plan.features.plan_io.reader.grid import Block, GridCell, GridRow

COLUMNS = ("number", "task", "outputs", "lead", "coordinating", "deadline", "note")
# (folded keyword, weight) per logical column. A keyword found in the part of a
# header before any "(" counts double: "Cơ quan chủ trì (Giao người đứng đầu …
# có trách nhiệm thực hiện)" is about "chủ trì", not "thực hiện".
KEYWORDS: dict[str, tuple[tuple[str, float], ...]] = {
    "number": (("stt", 3), ("so tt", 3), ("so thu tu", 3), ("thu tu", 2), ("tt", 2)),
    "task": (("nhiem vu", 3), ("noi dung", 3), ("cong viec", 2), ("hoat dong", 2),
             ("giai phap", 2), ("ten nhiem vu", 3)),
    "outputs": (("san pham", 3), ("ket qua", 2), ("dau ra", 2)),
    "lead": (("chu tri", 4), ("chiu trach nhiem", 2), ("co quan thuc hien", 1.5),
             ("don vi thuc hien", 1.5), ("thuc hien", 0.5)),
    "coordinating": (("phoi hop", 4),),
    "deadline": (("thoi gian", 3), ("thoi han", 3), ("tien do", 3), ("han hoan thanh", 3.5),
                 ("moc thoi gian", 3), ("hoan thanh", 1), ("thoi gian hoan thanh", 4),
                 ("ngay cham nhat", 4), ("cham nhat", 4), ("ngay hoan thanh", 4),
                 ("han chot", 3.5), ("thoi diem", 2), ("so ngay", 1)),
    "note": (("ghi chu", 4),),
}
MIN_HEADER_COLUMNS = 3  # a header names at least this many logical columns, task among them
HEADER_SEARCH_ROWS = 25  # the header is among the first rows of the first table
CONTINUED_HEADER_ROWS = 3  # ... and at the very top of a table continuing it
MAX_HEADER_LABEL = 200  # characters; longer cells are data
_ROMAN = re.compile(r"[IVXLC]+")
_SECTION_LETTER = re.compile(r"[A-H]")
_LEADING_SECTION = re.compile(r"(?:(?:PHẦN|Phần|MỤC|Mục)\s+)?([IVXLC]+)\s*[.:)\-–]\s*(\S.*)", re.S)
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_OCR_NUMBER = re.compile(r"\d+(?:\s*[.,\-–]\s*\d+|\s+\d+)+\s*[.,]?")
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters or more: text, not a row number
_COLUMN_NUMBER = re.compile(r"\(\s*[A-Za-z]\s*\)|\(?\s*(\d{1,2})\s*\)?")


@dataclass(frozen=True)
class Header:
    ranges: dict[str, tuple[int, int]]  # logical column -> [first, end) grid columns
    texts: dict[str, str]
    extra: dict[int, str]
    height: int  # physical rows it takes
    others: tuple[str, ...] = ()
    """Headers of other columns that could have been the deadline ("Thời gian triển
    khai" beside "Ngày chậm nhất phải hoàn thành")."""


# --- words -----------------------------------------------------------------------


def score_label(label: str) -> dict[str, float]:
    """How strongly a header cell names each logical column."""
    main = fold(label.split("(", 1)[0])
    whole = fold(label)
    scores: dict[str, float] = {}
    for column, keywords in KEYWORDS.items():
        best = 0.0
        for keyword, weight in keywords:
            if f" {keyword} " in f" {main} ":
                best = max(best, 2 * weight)
            elif f" {keyword} " in f" {whole} ":
                best = max(best, weight)
        if best:
            scores[column] = best
    return scores


def assign_columns(labels: Sequence[tuple[GridCell, str]]) -> Header:
    """Each logical column to the header cell naming it best, each cell used once."""
    candidates = sorted(
        ((score, -index, column) for index, (_, label) in enumerate(labels)
         for column, score in score_label(label).items()),
        reverse=True,
    )
    ranges: dict[str, tuple[int, int]] = {}
    texts: dict[str, str] = {}
    used: set[int] = set()
    for _, negative_index, column in candidates:
        index = -negative_index
        if column in ranges or index in used:
            continue
        cell, label = labels[index]
        ranges[column] = (cell.col, cell.end)
        texts[column] = label
        used.add(index)
    extra = {cell.col: label for i, (cell, label) in enumerate(labels)
             if i not in used and label}
    others = tuple(label for label in extra.values() if "deadline" in score_label(label))
    return Header(dict(sorted(ranges.items(), key=lambda kv: kv[1])), texts, extra, 1,
                  others if "deadline" in ranges else ())


def is_header(header: Header) -> bool:
    return "task" in header.ranges and len(header.ranges) >= MIN_HEADER_COLUMNS


# --- header rows -------------------------------------------------------------------


def is_column_number_row(row: GridRow) -> bool:
    """The "(1) (2) (3) …" row some tables have under the header: at least three
    cells, each a number (increasing left to right) or a letter in brackets."""
    own = [cell.text for cell in row.cells if cell.text and not cell.merged_up]
    matches = [_COLUMN_NUMBER.fullmatch(text) for text in own]
    if len(own) < MIN_HEADER_COLUMNS or not all(matches):
        return False
    numbers = [int(m.group(1)) for m in matches if m and m.group(1)]
    return all(a < b for a, b in pairwise(numbers))


def is_subheader_row(top: GridRow, sub: GridRow) -> bool:
    """A second header row: under merged header cells, and only header words in it.

    "Cơ quan thực hiện" merged over "Chủ trì | Phối hợp", with STT merged down.
    """
    own = [cell.text for cell in sub.cells if cell.text and not cell.merged_up]
    split = any(cell.span > 1 and sum(cell.col <= s.col < cell.end for s in sub.cells) > 1
                for cell in top.cells)
    return (split or any(cell.merged_up for cell in sub.cells)) and bool(own) \
        and looks_like_header_row(sub) and not is_column_number_row(sub) \
        and all(score_label(t) for t in own)


def _covering(row: GridRow, col: int) -> GridCell | None:
    return next((cell for cell in row.cells if cell.col <= col < cell.end), None)


def combine_header_rows(top: GridRow, sub: GridRow) -> list[tuple[GridCell, str]]:
    """Labels of a two-row header: "Cơ quan thực hiện" over "Chủ trì" -> both words."""
    labels: list[tuple[GridCell, str]] = []
    for cell in sub.cells:
        parent = _covering(top, cell.col)
        parent_text = parent.text if parent else ""
        if cell.merged_up or not cell.text or parent_text == cell.text:
            labels.append((cell, parent_text))
        else:
            labels.append((cell, f"{parent_text} {cell.text}".strip()))
    for cell in top.cells:
        if _covering(sub, cell.col) is None:
            labels.append((cell, cell.text))
    return labels


def looks_like_header_row(row: GridRow) -> bool:
    """No row number (data rows have one in STT) and no long paragraph of text."""
    texts = [cell.text for cell in row.cells if cell.text]
    return not any(_PLAIN_NUMBER.fullmatch(t.rstrip(".")) or _ROMAN.fullmatch(t) for t in texts) \
        and all(len(t) <= MAX_HEADER_LABEL for t in texts)


def match_header(rows: Sequence[GridRow], index: int) -> Header | None:
    """The header starting at rows[index] (one or two rows), or None."""
    top = rows[index]
    if not looks_like_header_row(top):
        return None
    single = assign_columns([(cell, cell.text) for cell in top.cells])
    if not is_header(single):
        return None
    if index + 1 < len(rows) and is_subheader_row(top, rows[index + 1]):
        double = assign_columns(combine_header_rows(top, rows[index + 1]))
        if is_header(double):
            return replace(double, height=2)
    return single


def find_header(block: Block, limit: int = HEADER_SEARCH_ROWS) -> tuple[int, Header] | None:
    for index in range(min(len(block.rows), limit)):
        header = match_header(block.rows, index)
        if header is not None:
            return index, header
    return None


