"""Vietnamese text: NFC normalisation and the folded form used for lookups."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d, punctuation as single spaces.

    "Phòng Nội vụ", "PHONG NOI VU" and the NFD form of the first all fold to
    "phong noi vu", so officers can type names however their keyboard allows.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = _MARKS.sub("", decomposed)  # Vietnamese's marks: what is left is ASCII
    if not bare.isascii():
        bare = "".join(c for c in bare if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", bare.lower()).strip()


_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")
"""The combining diacritical marks (U+0300-U+036F but U+034F, the grapheme
joiner, which `unicodedata.combining` does not count): a fold's first pass,
in C. tests/core/test_fold.py holds it to the character-by-character fold."""


def slug(text: str) -> str:
    """ASCII file-name form: "Phòng Nội vụ" -> "phong-noi-vu"."""
    return fold(text).replace(" ", "-")


def printable(text: str) -> str:
    """Text as it can be shown on one line: unchanged when every character is
    printable, else with the others written as escapes (`a\\nb`, `\\x1b`), as
    Python's repr writes them. For names that come from the file system."""
    return text if text.isprintable() else repr(text)[1:-1]
