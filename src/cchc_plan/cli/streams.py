"""The text streams a run prints on: UTF-8 to a pipe or a file, whatever the
code page.

On Windows a redirected stdout (`cchc status > tinh-hinh.txt`, a pipe into
another program) takes the ANSI code page, cp1252 or cp1258, which cannot
write Vietnamese; a console is written through WriteConsoleW and shows it.
So: a stream that is not a console and not UTF-8 becomes UTF-8; a console
whose encoding cannot write Vietnamese (an old terminal, PYTHONIOENCODING=ascii
on a terminal) prints '?' for what it cannot show instead of failing.
"""

from __future__ import annotations

import codecs
import io
import sys
from typing import TextIO

PROBE = "Quá hạn — Phòng Nội vụ, huyện Krông Pa: đ ơ ư ế ộ"
"""Text a stream must be able to write for cchc's output to be whole."""
CSV_BOM = "\ufeff"
"""Put first in CSV for Excel: without it Excel reads UTF-8 as the ANSI code page."""


def use_utf8_streams() -> None:
    """Make stdout and stderr able to write Vietnamese (see the module's text)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            fix_stream(stream)


def fix_stream(stream: io.TextIOWrapper) -> None:
    if not _is_console(stream):
        if not _is_utf8(stream.encoding):
            stream.reconfigure(encoding="utf-8", errors="replace")
    elif not can_write(stream, PROBE):
        stream.reconfigure(errors="replace")


def can_write(stream: TextIO, sample: str) -> bool:
    try:
        sample.encode(stream.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def csv_for_excel(text: str, stream: TextIO) -> str:
    """CSV text as it goes out: with a byte order mark when it goes to a file
    or a pipe (to be opened in Excel), without on a console."""
    return text if _is_console(stream) else CSV_BOM + text


def _is_utf8(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "ascii").name == "utf-8"
    except LookupError:
        return False


def _is_console(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, OSError):  # closed or detached
        return False
