"""Word primitives for the report renderer: the page (A4, the margins of
Nghị định 30/2020/NĐ-CP), Times New Roman styles, and the few XML touches
python-docx has no API for (cell shading, a short rule, repeated header rows).

python-docx is imported here and in `word` only; `cchc report --format docx`
loads them.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.styles import styleId_from_name
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

from cchc_plan.render.ziputil import StampedZip

FONT = "Times New Roman"
BAR_FONT = "Courier New"
BODY_PT, HEAD_PT, NATION_PT, TABLE_PT, SMALL_PT = 14, 13, 12, 11, 11
MASTHEAD_LEFT = 68.0
PAGE = (210, 297)
MARGINS = {"top": 20, "bottom": 20, "left": 30, "right": 15}
TEXT_WIDTH = {False: PAGE[0] - 45, True: PAGE[1] - 45}
"""Width of the text area in mm, portrait (False) and landscape (True)."""
HEADER_FILL = "D9D9D9"
GROUP_FILL = "F2F2F2"
CENTERED_KINDS = ("center", "date", "int", "percent")
STYLE_BODY, STYLE_LIST = "CCHC Body", "CCHC List"
STYLE_TABLE, STYLE_TABLE_HEAD = "CCHC Table", "CCHC Table Head"
STYLE_GRID = "Table Grid"
STYLE_IDS: dict[str, str] = {name: styleId_from_name(name)  # type: ignore[no-untyped-call]
             for name in (STYLE_BODY, STYLE_LIST, STYLE_TABLE, STYLE_TABLE_HEAD,
                          "Heading 1", "Heading 2", STYLE_GRID)}
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                   "w:hideMark")
_PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                  "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                  "w:pPrChange")


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


# --- page and styles -----------------------------------------------------------


def page_setup(section: Any, landscape: bool) -> None:
    short, long = Mm(PAGE[0]), Mm(PAGE[1])
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    for side, mm in MARGINS.items():
        setattr(section, f"{side}_margin", Mm(mm))
    section.header_distance = section.footer_distance = Mm(10)


def set_font(element: Any, name: str = FONT) -> None:
    """Set a run or style font for every script, dropping theme fonts that win over it."""
    _set_fonts(element.get_or_add_rPr().get_or_add_rFonts(), name)


def _set_fonts(fonts: Any, name: str) -> None:
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def setup_defaults(doc: Any) -> None:
    """Document defaults: Times New Roman for every script, Vietnamese language."""
    rpr = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = element("w:rFonts")
        rpr.insert(0, fonts)
    _set_fonts(fonts, FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = element("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")


def setup_styles(doc: Any) -> None:
    setup_defaults(doc)
    normal = doc.styles["Normal"]
    set_font(normal.element)
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    _paragraph_style(doc, STYLE_BODY, BODY_PT, after=6, indent=True)
    _paragraph_style(doc, STYLE_LIST, BODY_PT, after=0, indent=True)
    _paragraph_style(doc, STYLE_TABLE, TABLE_PT, after=0)
    _paragraph_style(doc, STYLE_TABLE_HEAD, TABLE_PT, after=0, bold=True)
    for level, italic in ((1, False), (2, True)):
        _heading_style(doc.styles[f"Heading {level}"], italic)


def _paragraph_style(doc: Any, name: str, size: float, after: float, indent: bool = False,
                     bold: bool = False) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.size, style.font.bold = Pt(size), bold
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(after)
    if indent:
        fmt.first_line_indent = Mm(10)
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def _heading_style(style: Any, italic: bool) -> None:
    set_font(style.element)
    font = style.font
    font.size, font.bold, font.italic = Pt(BODY_PT), True, italic
    font.color.rgb = RGBColor(0, 0, 0)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(10), Pt(6)
    fmt.first_line_indent = Mm(10)
    fmt.keep_with_next = True


def page_numbers(section: Any) -> None:
    """Page numbers from page 2, centred in the top margin, Arabic numerals
    (Nghị định 30/2020/NĐ-CP, Phụ lục I): the first page's header is left
    empty and every other page's header holds a PAGE field. Later sections
    inherit the header and number on."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.font.size = Pt(HEAD_PT)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"),
                       ("end", None)):
        if kind:
            run._r.append(element("w:fldChar", fldCharType=kind))
        elif text == "PAGE":
            instr = element("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = " PAGE "
            run._r.append(instr)
        else:
            shown = element("w:t")
            shown.text = text
            run._r.append(shown)
    section.first_page_header.paragraphs[0].text = ""


# --- small XML helpers -------------------------------------------------------------


def styled(paragraph: Any, name: str) -> Any:
    """Give a paragraph a style by its id. `paragraph.style = name` makes
    python-docx search every style of the document by name, each time: that
    search was two thirds of the time to write a report."""
    paragraph._p.get_or_add_pPr().style = STYLE_IDS[name]
    return paragraph


def grid_table(doc: Any, cols: int) -> Any:
    """A one-row table in the "Table Grid" style, given by its id as `styled`
    does (python-docx's `add_table(style=...)` searches every style by name:
    161 searches were 7% of the time of the shipped `report --all`)."""
    table = doc.add_table(rows=1, cols=cols)
    table._tbl.tblStyle_val = STYLE_IDS[STYLE_GRID]
    return table


def element(tag: str, **attrs: str) -> Any:
    """A new WordprocessingML element, its attributes in the w: namespace."""
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


def add_child(parent: Any, tag: str, **attrs: str) -> Any:
    """`element(tag, **attrs)` appended to `parent`."""
    child = element(tag, **attrs)
    parent.append(child)
    return child


def shade(cell: Any, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.insert_element_before(element("w:shd", val="clear", color="auto", fill=fill),
                               *_TCPR_AFTER_SHD)


def short_rule(paragraph: Any, width_mm: float, line_mm: float) -> None:
    """A centred horizontal line `line_mm` long: the bottom border of an empty,
    indented paragraph."""
    ppr = paragraph._p.get_or_add_pPr()
    border = element("w:pBdr")
    border.append(element("w:bottom", val="single", sz="6", space="1", color="auto"))
    ppr.insert_element_before(border, *_PPR_AFTER_BDR)
    side = Mm(max(width_mm - line_mm, 0) / 2)
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = side
    paragraph.paragraph_format.first_line_indent = Mm(0)
    paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(7)


def repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(element("w:cantSplit"))
    trpr.append(element("w:tblHeader", val="true"))


def no_split(row: Any) -> None:
    row._tr.get_or_add_trPr().append(element("w:cantSplit"))


# --- text -------------------------------------------------------------------------


def add_text(paragraph: Any, text: str, bold: bool = False, italic: bool = False,
             underline: bool = False, size: float | None = None) -> Any:
    run = paragraph.add_run(text)
    run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
    if size:
        run.font.size = Pt(size)
    return run


def centered(container: Any, text: str = "", **style: Any) -> Any:
    paragraph = container.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Mm(0)
    if text:
        add_text(paragraph, text, **style)
    return paragraph


def layout_table(doc: Any, widths: list[float]) -> Any:
    """A borderless table for the masthead and the signature block."""
    table = doc.add_table(rows=1, cols=len(widths))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)
    return table


def first_paragraph(cell: Any) -> Any:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def spaced(paragraph: Any, before: float = 0, after: float = 0) -> Any:
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(after)
    return paragraph


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


def xml_escape(text: str) -> str:
    """Text as lxml writes it in an element: &, <, > and CR escaped."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))
