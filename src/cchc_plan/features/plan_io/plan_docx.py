"""The plan's appendix as a Word table, laid out the way the plans print it:
A4 landscape, Times New Roman, the header row repeated on every page
(w:tblHeader), section rows in bold with the title merged across the table,
headings over sub-items in bold, and the cells a heading shares with its
sub-items merged down over them (`views.plan_table`).

The plan's records go along in a custom XML part (`EMBEDDED_NS`), so that
`cchc plan import` gives back every title, key, label and note the table does
not show, for each row that is not changed in Word. The bytes depend only on
the plan. python-docx is imported by `cchc plan export` only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Cm, Pt

from cchc_plan.core.dates import vn_date
from cchc_plan.core.messages import text
from cchc_plan.features.plan_io.plan_table import COLUMNS, AppendixView
from cchc_plan.features.plan_io.reader.appendix import SourceRow
from cchc_plan.features.plan_io.reader.package import EMBEDDED_NS
from cchc_plan.render.word_base import add_child, element, set_font
from cchc_plan.render.word_rows import save_docx

TABLE_PT, TITLE_PT = 12, 13
PAGE_W, PAGE_H = Cm(29.7), Cm(21.0)
MARGINS = {"top": Cm(2.0), "bottom": Cm(2.0), "left": Cm(2.0), "right": Cm(1.5)}
WEIGHTS = {"number": 1.3, "task": 7.5, "outputs": 3.8, "lead": 3.6, "coordinating": 4.6,
           "deadline": 3.7}
"""Relative widths of the columns, scaled to the page's text width."""
CENTERED = frozenset({"number"})
ITEM_ID = "{5C1B5E0A-18C4-4B65-9A0E-CCAC18000001}"
"""A fixed id for the custom XML part, so the same plan gives the same bytes."""
CUSTOM_XML_PROPS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    "customXmlProps")
DATASTORE_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


@dataclass(frozen=True)
class Layout:
    columns: tuple[str, ...]
    widths: tuple[int, ...]  # twips
    headers: tuple[str, ...]


def make_layout(text_width: int) -> Layout:
    weights = [WEIGHTS[c] for c in COLUMNS]
    widths = [round(text_width * w / sum(weights)) for w in weights]
    widths[-1] += text_width - sum(widths)
    headers = (text("plan.col-number", "vi"), text("plan.col-task", "vi"),
               text("plan.col-outputs", "vi"), text("plan.col-lead", "vi"),
               text("plan.col-coordinating", "vi"), text("plan.col-deadline", "vi"))
    return Layout(COLUMNS, tuple(widths), headers)



def make_paragraph(text: str, *, bold: bool, center: bool) -> Any:
    p = element("w:p")
    p_pr = add_child(p, "w:pPr")
    add_child(p_pr, "w:spacing", before="40", after="40")
    add_child(p_pr, "w:jc", val="center" if center else "left")
    if text:
        r = add_child(p, "w:r")
        if bold:
            add_child(add_child(r, "w:rPr"), "w:b")
        t = add_child(r, "w:t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return p


@dataclass(frozen=True)
class CellSpec:
    text: str
    width: int
    span: int = 1
    vmerge: str | None = None  # "restart" | "continue"
    bold: bool = False
    center: bool = False


def make_cell(spec: CellSpec) -> Any:
    tc = element("w:tc")
    tc_pr = add_child(tc, "w:tcPr")
    add_child(tc_pr, "w:tcW", w=str(spec.width), type="dxa")
    if spec.span > 1:
        add_child(tc_pr, "w:gridSpan", val=str(spec.span))
    if spec.vmerge == "restart":
        add_child(tc_pr, "w:vMerge", val="restart")
    elif spec.vmerge == "continue":
        add_child(tc_pr, "w:vMerge")
    add_child(tc_pr, "w:vAlign", val="center" if spec.center else "top")
    lines = [] if spec.vmerge == "continue" else spec.text.split("\n")
    for line in lines or [""]:
        tc.append(make_paragraph(line, bold=spec.bold, center=spec.center))
    return tc


def make_row(cells: Sequence[CellSpec], *, header: bool = False) -> Any:
    tr = element("w:tr")
    if header:
        tr_pr = add_child(tr, "w:trPr")
        add_child(tr_pr, "w:cantSplit")
        add_child(tr_pr, "w:tblHeader")
    for spec in cells:
        tr.append(make_cell(spec))
    return tr


def make_table_properties(total: int) -> Any:
    tbl_pr = element("w:tblPr")
    add_child(tbl_pr, "w:tblW", w=str(total), type="dxa")
    add_child(tbl_pr, "w:jc", val="center")
    borders = add_child(tbl_pr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        add_child(borders, f"w:{side}", val="single", sz="4", space="0", color="000000")
    add_child(tbl_pr, "w:tblLayout", type="fixed")
    margins = add_child(tbl_pr, "w:tblCellMar")
    for side in ("left", "right"):
        add_child(margins, f"w:{side}", w="85", type="dxa")
    add_child(tbl_pr, "w:tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="1",
              lastColumn="0", noHBand="0", noVBand="1")
    return tbl_pr


# --- rows ----------------------------------------------------------------------------


def header_cells(layout: Layout) -> list[CellSpec]:
    return [CellSpec(label, width, bold=True, center=True)
            for label, width in zip(layout.headers, layout.widths, strict=True)]


def section_cells(row: SourceRow, layout: Layout) -> list[CellSpec]:
    title = row.cells.get("task", "")
    if row.number and layout.columns[0] == "number" and len(layout.columns) > 1:
        rest = sum(layout.widths[1:])
        return [CellSpec(row.number, layout.widths[0], bold=True, center=True),
                CellSpec(title, rest, span=len(layout.columns) - 1, bold=True)]
    text = f"{row.number}. {title}" if row.number else title
    return [CellSpec(text, sum(layout.widths), span=len(layout.columns), bold=True)]


def vmerge_of(rows: Sequence[SourceRow], i: int, column: str) -> str | None:
    """"continue" for a cell merged with the one above, "restart" for the top of
    a merge; the view (`plan_table`) makes merged cells' texts equal."""
    below = rows[i + 1] if i + 1 < len(rows) else None
    if column in rows[i].shared:
        return "continue"
    if below is not None and below.kind == "item" and column in below.shared:
        return "restart"
    return None


def item_cells(rows: Sequence[SourceRow], i: int, layout: Layout, heading: bool) -> list[CellSpec]:
    row = rows[i]
    return [CellSpec(row.text(column), width, 1, vmerge_of(rows, i, column),
                     bold=heading and column in ("number", "task"), center=column in CENTERED)
            for column, width in zip(layout.columns, layout.widths, strict=True)]


def build_table(view: AppendixView, layout: Layout) -> Any:
    tbl = element("w:tbl")
    tbl.append(make_table_properties(sum(layout.widths)))
    grid = add_child(tbl, "w:tblGrid")
    for width in layout.widths:
        add_child(grid, "w:gridCol", w=str(width))
    tbl.append(make_row(header_cells(layout), header=True))
    for i, row in enumerate(view.rows):
        if row.kind == "section":
            tbl.append(make_row(section_cells(row, layout)))
        else:
            tbl.append(make_row(item_cells(view.rows, i, layout, i in view.headings)))
    return tbl


# --- document ------------------------------------------------------------------------


def render(view: AppendixView) -> bytes:
    """The .docx of the appendix, with the plan's records embedded."""
    document = Document()
    style = document.styles["Normal"]
    set_font(style.element)
    style.font.size = Pt(TABLE_PT)
    style.paragraph_format.space_after = Pt(0)
    layout = make_layout(set_page(document))
    add_titles(document, title_lines(view))
    body = document.element.body
    body.insert(len(body) - 1, build_table(view, layout))  # before the final w:sectPr
    body.insert(len(body) - 1, make_paragraph("", bold=False, center=False))
    embed_records(document, view)
    props = document.core_properties
    props.author = props.last_modified_by = "cchc"
    props.title = view.plan.document.title[:255]
    props.comments = ""
    props.revision = 1
    when = view.plan.document.date or view.plan.settings.start
    stamp = datetime(when.year, when.month, when.day)
    props.created = props.modified = props.last_printed = stamp
    return save_docx(document, when)


def set_page(document: Any) -> int:
    """A4 landscape; the text width in twips."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = PAGE_W, PAGE_H
    for side, value in MARGINS.items():
        setattr(section, f"{side}_margin", value)
    return round((PAGE_W - MARGINS["left"] - MARGINS["right"]) / 635)  # EMU -> twips


def title_lines(view: AppendixView) -> list[str]:
    info = view.plan.document
    when = f"ngày {vn_date(info.date)}" if info.date else f"năm {info.year}"
    number = f"{info.number} {when}" if info.number else None
    basis = (text("plan.appendix-basis", "vi", number=number, issuer=info.issuer_short)
             if number else text("plan.appendix-basis-unnumbered", "vi", when=when,
                                 issuer=info.issuer_short))
    return [text("plan.appendix-title", "vi"), info.title, basis]


def add_titles(document: Any, lines: Sequence[str]) -> None:
    for i, line in enumerate(lines):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(line)
        run.font.size = Pt(TITLE_PT)
        run.bold = i < 2
        run.italic = line.startswith("(")
    document.add_paragraph()


def embed_records(document: Any, view: AppendixView) -> None:
    """The plan as JSON in a custom XML part of the main document."""
    package = document.part.package
    records = json.dumps(view.plan.model_dump(mode="json"), ensure_ascii=False,
                         sort_keys=True)
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<plan xmlns="{EMBEDDED_NS}">{escape(records)}</plan>').encode()
    name = package.next_partname("/customXml/item%d.xml")
    part = Part(PackURI(name), "application/xml", blob, package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_XML)
    props = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
             f'<ds:datastoreItem ds:itemID="{ITEM_ID}" xmlns:ds="{DATASTORE_NS}">'
             f'<ds:schemaRefs><ds:schemaRef ds:uri="{EMBEDDED_NS}"/></ds:schemaRefs>'
             f"</ds:datastoreItem>").encode()
    props_name = name.replace("item", "itemProps", 1)
    props_part = Part(PackURI(props_name),
                      "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                      props, package)
    part.relate_to(props_part, CUSTOM_XML_PROPS)
