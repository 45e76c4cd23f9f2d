"""Text from agency files made safe for where it goes: one place for every
output that could interpret what it is given.

The loader already refuses control characters in data (`load.builder`), so
these are the second line: they also cover file names, the repository path
and anything a library user builds by hand.

- terminals: control characters (C0 but TAB and LF, DEL, C1) and the bidi
  controls that reorder a line are replaced, so no escape sequence (colours,
  OSC 8 links, OSC 52 clipboard writes, cursor moves) reaches the terminal;
  rich markup is never parsed from data (data goes in as `Text`);
- Markdown: `<`, `>`, `&` become entities and `\\`, `|`, `[`, `]`, backticks,
  `*` and `_` are escaped with a backslash, so data cannot open raw HTML, a
  link or an image; `javascript:`-like schemes are defused (`javascript&#58;`)
  in case a viewer autolinks;
- spreadsheets and CSV: a field starting with `=`, `+`, `-`, `@`, TAB or CR
  is prefixed with a single quote, as OWASP advises against formula
  injection (CSV); in xlsx, text is always written as a text cell;
- XML (docx, xlsx): characters XML 1.0 cannot hold are dropped; text
  written as XML directly (table rows) is escaped as lxml escapes it;
- GitHub workflow commands: properties and messages escaped as the
  runner's rules say (`%`, CR, LF, and `:` `,` in properties).
"""

from __future__ import annotations

import re

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069\ufeff\ufff9-\ufffb]")
"""What a terminal may act on: C0 (but TAB, LF), DEL, C1, bidi marks and
controls, BOM, interlinear annotation."""
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""What XML 1.0 cannot hold (its Char production)."""
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|])")
SCHEME = re.compile(r"\b(javascript|vbscript|data|file)\s*:", re.IGNORECASE)


def terminal(text: str) -> str:
    """Text for a terminal, on one line or several: every character a
    terminal could act on shows as U+FFFD instead."""
    return CONTROL.sub("\ufffd", text)


def terminal_line(text: str) -> str:
    """Like `terminal`, for one table cell or line: line breaks become spaces."""
    return terminal(text.replace("\r\n", " ").replace("\n", " "))


def markdown(text: str) -> str:
    """Text for a Markdown document: no raw HTML, link, image or code span can
    come from it; line breaks become <br> (the caller's tables need one line)."""
    text = xml(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = SCHEME.sub(lambda m: m.group(1) + "&#58;", text)
    return text.replace("\r\n", "\n").replace("\n", "<br>")


def spreadsheet(text: str) -> str:
    """A CSV field that a spreadsheet will not take for a formula (OWASP)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def xml(text: str) -> str:
    """Text that XML 1.0 can hold (docx, xlsx)."""
    return XML_INVALID.sub("", text)


def xml_escape(text: str) -> str:
    """Text as lxml writes it in an element: &, <, > and CR escaped."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def workflow_property(text: str) -> str:
    """A property of a GitHub workflow command (file=, title=)."""
    return (workflow_data(text).replace(":", "%3A").replace(",", "%2C"))


def workflow_data(text: str) -> str:
    """The message of a GitHub workflow command: one line, nothing it can end early."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
