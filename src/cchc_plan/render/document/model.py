"""A report as a format-neutral document: a masthead, blocks and a signature.

The builders (`doc_agency`, `doc_district`) decide every text once; the
Markdown, HTML, Word and Excel renderers only lay these blocks out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from cchc_plan.core.lang import Lang

ColumnKind = Literal["text", "center", "date", "int", "percent"]
CellValue = str | int | float | date | None
Row = list[CellValue]


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    """Millimetres on the printed page; other formats use it as a proportion."""
    kind: ColumnKind = "text"
    strong_first_line: bool = False
    """The first line of the cell is a title (printed bold where the format allows)."""


@dataclass(frozen=True)
class Group:
    """Rows under one group title (e.g. one agency); a plain table has one
    group with an empty title."""

    title: str
    rows: list[Row]
    label: str = ""
    """The group as Excel prints it in the group column (default: the title)."""


@dataclass(frozen=True)
class Table:
    columns: list[Column]
    groups: list[Group]
    sheet: str
    """Excel sheet name."""
    group_column: str = ""
    """Excel prints group titles in a first column with this title."""
    wide: bool = False
    """Needs a landscape page in Word."""
    empty_text: str = ""
    """Printed instead of the table when it has no rows."""

    @property
    def rows(self) -> list[Row]:
        return [row for group in self.groups for row in group.rows]

    @property
    def grouped(self) -> bool:
        return any(g.title for g in self.groups)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


ParagraphStyle = Literal["body", "note", "warning", "draft"]


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: ParagraphStyle = "body"


@dataclass(frozen=True)
class Bullets:
    items: list[str]


@dataclass(frozen=True)
class Bar:
    label: str
    share: float | None
    """0..1, or None when there is nothing to measure."""
    text: str
    """The share as printed (e.g. "40%", "—")."""


@dataclass(frozen=True)
class Chart:
    title: str
    label_title: str
    value_title: str
    bars: list[Bar]
    sheet: str


Block = Heading | Paragraph | Bullets | Table | Chart


@dataclass(frozen=True)
class Masthead:
    """The header of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP)."""

    parent: str | None
    """The governing body, in capitals (printed regular)."""
    issuer: str
    """The issuing agency, in capitals (printed bold, a short line under it)."""
    number: str
    place_date: str
    kind: str
    subject: str
    nation: str
    motto: str


@dataclass(frozen=True)
class Signature:
    recipients_title: str
    recipients: list[str]
    title: str
    name: str


@dataclass
class ReportDoc:
    masthead: Masthead
    blocks: list[Block]
    signature: Signature
    as_of: date
    title: str
    """A one-line name of the document (HTML title, Excel title rows, file properties)."""
    author: str
    lang: Lang
