"""A report as a format-neutral document: a masthead, the body's blocks, the
signature, then appendices (Phụ lục) on pages of their own.

The builders (`agency`, `district`, `reminder`) decide every text once; the
Markdown, HTML, Word and Excel renderers only lay these blocks out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeVar

from cchc_plan.core.lang import Lang

ColumnKind = Literal["text", "center", "date", "int", "percent"]
CellValue = str | int | float | date | None
Row = list[CellValue]
T = TypeVar("T")


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


@dataclass(frozen=True)
class Table:
    columns: list[Column]
    groups: list[Group]
    sheet: str
    """Excel sheet name."""
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


ParagraphStyle = Literal["body", "note", "warning", "draft", "prompt"]
"""`prompt`: what the officer is to write there (italic), in place of text
the agency's file does not give yet."""


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


@dataclass(frozen=True)
class Salutation:
    """"Kính gửi:" and the addressees of a letter."""

    title: str
    names: list[str]


Block = Heading | Paragraph | Bullets | Table | Chart | Salutation


@dataclass(frozen=True)
class Masthead:
    """The header of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP)."""

    parent: str | None
    """The governing body, in capitals (printed regular)."""
    issuer: str
    """The issuing agency, in capitals (printed bold, a short line under it);
    a line break where a long name is best broken."""
    number: str
    place_date: str
    kind: str | None
    """The kind of document as its title ("BÁO CÁO"); None for a letter (công
    văn), whose subject ("V/v …") stands under its number."""
    subject: str
    nation: str
    motto: str

    @property
    def letter(self) -> bool:
        return self.kind is None


@dataclass(frozen=True)
class Signature:
    recipients_title: str
    recipients: list[str]
    titles: list[str]
    """The authority lines, in capitals: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]."""
    name: str


@dataclass(frozen=True)
class Appendix:
    """A Phụ lục: its own pages after the signature (landscape for wide tables)."""

    heading: list[str]
    """Centred bold lines: "PHỤ LỤC", then what it holds."""
    note: str
    """The italic line under it: "(Kèm theo Báo cáo số …)"."""
    blocks: list[Block]
    landscape: bool = True


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
    appendices: list[Appendix] = field(default_factory=list)


def map_text(value: T, clean: Callable[[str], str]) -> T:
    """`value` with every text in it passed through `clean`: the whole document,
    down to each cell (dataclasses are rebuilt, other values kept)."""
    if isinstance(value, str):
        return clean(value)  # type: ignore[return-value]
    if isinstance(value, list):
        return [map_text(item, clean) for item in value]  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: map_text(getattr(value, f.name), clean)
                   for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value
