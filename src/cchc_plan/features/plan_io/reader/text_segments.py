"""Cell text as the deadline parser reads it: folded for matching, with a map
back to the original characters, and cut into sentences and bullets.

Folding here keeps one folded character per letter (no diacritics, đ as d,
lower case) so that a match on the folded text can be cut back out of the
original; `core.text.fold` (for names) also drops punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


def strip_marks(text: str) -> str:
    return "".join(c for c in text if not unicodedata.combining(c))


def fold_char(char: str) -> str:
    """One character as matched: no diacritics, đ as d, lower case (may be empty)."""
    if char in "đĐðÐ":
        return "d"
    bare = strip_marks(unicodedata.normalize("NFD", char)).lower()
    return strip_marks(unicodedata.normalize("NFD", bare))


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


# Document numbers ("số 13/2018/QĐ-UBND ngày 24/4/2018") carry dates that are not
# deadlines; they are blanked out of the folded text (same length, so positions hold).
_REFERENCE = re.compile(
    r"(?:\bso\s+)?\b[0-9]+(?:/[0-9]{2,4})?/[a-z]+(?:-[a-z0-9]+)*"
    r"(?:\s*,?\s*ngay\s+(?:[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}\s*[/.-]\s*[0-9]{4}"
    r"|[0-9]{1,2}\s+thang\s+[0-9]{1,2}\s+nam\s+[0-9]{4}))?",
    re.ASCII,
)


@dataclass(frozen=True)
class Segment:
    """A sentence or bullet of the cell: its text and the folded text matched."""

    text: str
    folded: str
    index: tuple[int, ...]
    """For each folded character, the position of its character in `text`."""
    references: tuple[tuple[int, int], ...]

    def position(self, folded_position: int) -> int:
        if folded_position < len(self.index):
            return self.index[folded_position]
        return len(self.text)

    def original(self, start: int, end: int) -> str:
        """The original words under a folded span."""
        return self.text[self.position(start) : self.position(end)] if start < end else ""


def read_segment(text: str) -> Segment:
    chars: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        for folded in fold_char(char):
            chars.append(folded)
            index.append(position)
    folded, references = mask_references("".join(chars))
    return Segment(text, folded, tuple(index), references)


def mask_references(folded: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    spans = tuple(m.span() for m in _REFERENCE.finditer(folded))
    for start, end in spans:
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded, spans


# ---------------------------------------------------------------- segments

_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_BOUNDARY = re.compile(r"(?<=[.;!?])\s+(?:[-–—•+*]\s+)?|(?<=:)\s+[-–—•+*]\s+")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:tp|tx|tt|p|q|v\.v|vv|ths|ts|đ/c|d/c)\.$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-–—•·+*▪●○◦]+\s*|\(?[0-9]{1,2}[.)]\s+|\(?[a-zA-Zđ]\)\s+)")
_EDGE_PUNCTUATION = " \t.;,:!?-–—•·+*"


def split_segments(text: str) -> list[str]:
    """The cell's paragraphs, bullets and sentences, cleaned; empty ones dropped."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    pieces = [p for para in join_wrapped_lines(text) for p in split_sentences(para)]
    return [clean for piece in pieces if (clean := clean_segment(piece))]


def join_wrapped_lines(text: str) -> list[str]:
    """Paragraphs: a line that goes on in lower case (or a digit) after a line with no
    final stop is the same sentence wrapped (OCR, PDF); a bullet or a blank line, or a
    capital after such a line, starts anew."""
    paragraphs: list[str] = []
    open_line = False
    capitals = not any(c.islower() for c in text)  # ALL CAPS: no case to go by
    for line in _LINE_BREAK.split(text):
        stripped = line.strip()
        goes_on = stripped and not _BULLET.match(stripped) and (capitals or continues(stripped))
        if open_line and goes_on:
            paragraphs[-1] += " " + stripped
        else:
            paragraphs.append(stripped)
        open_line = bool(stripped) and stripped[-1] not in ".;:!?"
    return paragraphs


def continues(line: str) -> bool:
    return line[0].isdigit() or line[0].islower()


def split_sentences(line: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for boundary in _BOUNDARY.finditer(line):
        if _ABBREVIATION.search(line[start : boundary.start()]):
            continue
        pieces.append(line[start : boundary.start()])
        start = boundary.end()
    pieces.append(line[start:])
    return pieces


def clean_segment(piece: str) -> str:
    text = _BULLET.sub("", " ".join(piece.split()))
    text = trim_label(text)
    return text if any(c.isalnum() for c in text) else ""


def trim_label(text: str) -> str:
    return " ".join(text.split()).strip(_EDGE_PUNCTUATION)




def shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
