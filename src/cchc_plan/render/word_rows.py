"""Word table rows written as text, and the save that splices them in.

A report's tables are most of its XML: a row is written as WordprocessingML
text (`append_row`, `row_xml`) and a marker comment holds its place in the
table until `save_docx` writes `document.xml` with the rows in place. The
text is what lxml would write for the same elements (a property test).
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from lxml import etree

from cchc_plan.render.safe import xml_escape
from cchc_plan.render.word_base import STYLE_IDS, STYLE_TABLE
from cchc_plan.render.ziputil import StampedZip

# --- saving ---------------------------------------------------------------------


class _Members:
    """python-docx's physical writer, over a `StampedZip`."""

    def __init__(self, archive: StampedZip) -> None:
        self.archive = archive

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self.archive.writestr(pack_uri.membername, splice_rows(blob))


def save_docx(doc: Any, day: date) -> bytes:
    """The document's bytes, every zip member stamped with `day`, in one pass:
    what `doc.save` does (python-docx's `OpcPackage.save`), into a zip that
    stamps as it writes instead of one re-stamped after (`ziputil`). The same
    bytes as `stable_zip(<doc.save>, day)` (tests/render/test_office_zip.py)."""
    from docx.opc.pkgwriter import PackageWriter

    writer: Any = PackageWriter  # its steps, each given our member writer
    package = doc.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    out = io.BytesIO()
    with StampedZip(out, day) as archive:
        members = _Members(archive)
        writer._write_content_types_stream(members, parts)
        writer._write_pkg_rels(members, package.rels)
        writer._write_parts(members, parts)
    return out.getvalue()



# --- table rows, written as XML directly ----------------------------------------------

TWIPS_PER_MM = 1440 / 25.4
Line = tuple[str, bool]
"""One line of a cell: its text, bold or not."""


def append_row(table: Any, cells: list[tuple[list[Line], str, float]], *,
               span: bool = False, fill: str | None = None, keep_next: bool = False) -> None:
    """A row that never splits across pages, written as XML text and spliced
    into document.xml when the document is saved (`save_docx`): a marker
    comment holds its place in the table. Built as lxml elements, a
    province's consolidated report (3.4 MB of document.xml, mostly rows)
    took 57 MB of memory; as text, what the text takes. python-docx's
    add_row/cell/paragraph API is slower still (it walks the table for every
    cell). Each cell: its lines, "center" or "left", its width in mm; with
    `span`, one cell across all columns."""
    rows = _pending(table._tbl)
    columns = len(table.columns) if span else 0
    rows.append(row_xml(cells, columns, fill, keep_next))


_ROWS: dict[str, list[str]] = {}
"""Rows waiting to be spliced in, by the text of their marker comment."""
_MARK = "cchc-rows:"


def _pending(tbl: Any) -> list[str]:
    """The rows of the marker that ends `tbl`, or of a new one put there."""
    last = tbl[-1] if len(tbl) else None
    if last is not None and last.tag is etree.Comment and last.text in _ROWS:
        return _ROWS[last.text]
    key = f"{_MARK}{len(_ROWS)}-{id(tbl)}"
    tbl.append(etree.Comment(key))
    return _ROWS.setdefault(key, [])


def forget_rows() -> None:
    """Drop the rows of a document that was never saved (a new one starts)."""
    _ROWS.clear()


def splice_rows(blob: bytes) -> bytes:
    """A part's XML with each marker comment replaced by its rows."""
    if f"<!--{_MARK}".encode() not in blob:
        return blob
    pieces = re.split(f"<!--({re.escape(_MARK)}[0-9]+-[0-9]+)-->".encode(), blob)
    out = [pieces[0]]
    for index in range(1, len(pieces), 2):
        out.append("".join(_ROWS.pop(pieces[index].decode())).encode("utf-8"))
        out.append(pieces[index + 1])
    return b"".join(out)


TCPR = '<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
PARAGRAPH = '<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}<w:jc w:val="{align}"/></w:pPr>'


def row_xml(cells: list[tuple[list[Line], str, float]], span_columns: int,
            fill: str | None, keep_next: bool) -> str:
    """One table row as WordprocessingML, the bytes lxml would write for it."""
    out = ["<w:tr><w:trPr><w:cantSplit/></w:trPr>"]
    keep = "<w:keepNext/>" if keep_next else ""
    style = STYLE_IDS[STYLE_TABLE]
    for lines, align, width in cells:
        out.append(TCPR.format(width=round(width * TWIPS_PER_MM)))
        if span_columns:
            out.append(f'<w:gridSpan w:val="{span_columns}"/>')
        if fill:
            out.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
        out.append("</w:tcPr>")
        for text, bold in lines or [("", False)]:
            out.append(PARAGRAPH.format(style=style, keep=keep, align=align))
            if text:
                out.append("<w:r><w:rPr><w:b/></w:rPr>" if bold else "<w:r>")
                out.append(f'<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>')
            out.append("</w:p>")
        out.append("</w:tc>")
    out.append("</w:tr>")
    return "".join(out)
