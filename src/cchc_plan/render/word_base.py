"""Word primitives for the report renderer: the page (A4, the margins of
Nghị định 30/2020/NĐ-CP), Times New Roman styles, the few XML touches
python-docx has no API for (cell shading, a short rule, repeated header rows),
and the template's parts: what no report carries (`drop_template_extras`) and
the styles part read only when asked (`LazyStylesPart`).

python-docx is imported here, in `word_rows` and in `word` only; `cchc report
--format docx` loads them.
"""

from __future__ import annotations

from typing import Any

from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import Part, PartFactory
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.oxml.styles import styleId_from_name
from docx.parts.styles import StylesPart
from docx.shared import Mm, Pt, RGBColor

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


# --- the template ------------------------------------------------------------------

THUMBNAIL = RT.THUMBNAIL
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def drop_template_extras(doc: Any) -> None:
    """Two parts of python-docx's default template that no report should carry:
    its thumbnail, a picture of the template's own empty page that a file
    browser would show as the report's preview, and Word 2010's
    `stylesWithEffects.xml` (438 KB that Word does not need: `styles.xml`
    holds the styles; LibreOffice never writes it). Compressing it again was
    2.5 ms of every report."""
    for rels, reltype in ((doc.part.package.rels, THUMBNAIL),
                          (doc.part.rels, STYLES_WITH_EFFECTS)):
        for rid in [rid for rid, rel in rels.items() if rel.reltype == reltype]:
            del rels[rid]


# --- the styles part, read only when asked -----------------------------------------


class LazyStylesPart(StylesPart):
    """The styles part (350 KB of XML in python-docx's default template),
    parsed only when something asks for a style. Nothing does once the
    template is made (styles are given by id: `styled`, `STYLE_IDS`), so a
    report opened from the template neither parses it nor writes it again:
    its bytes are the template's (parsing and writing it again were about a
    quarter of a small report's time). Once parsed, it is written from the
    tree, as python-docx's own part is."""

    def __init__(self, partname: Any, content_type: str, blob: bytes, package: Any) -> None:
        Part.__init__(self, partname, content_type, blob=blob, package=package)
        self._raw = blob
        self._parsed: Any = None

    @classmethod
    def load(cls, partname: Any, content_type: str, blob: bytes,
             package: Any) -> LazyStylesPart:
        return cls(partname, content_type, blob, package)

    @property  # XmlPart's attribute, made on first use
    def _element(self) -> Any:  # type: ignore[override]
        if self._parsed is None:
            self._parsed = parse_xml(self._raw)
        return self._parsed

    @property
    def blob(self) -> bytes:
        return self._raw if self._parsed is None else serialize_part_xml(self._parsed)


PartFactory.part_type_for[CT.WML_STYLES] = LazyStylesPart


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
    table = new_table(doc, cols)
    table._tbl.tblStyle_val = STYLE_IDS[STYLE_GRID]
    return table


def new_table(doc: Any, cols: int) -> Any:
    """A one-row table with no style: `doc.add_table` without its style step,
    which asks the styles part for the default (and so parses it:
    `LazyStylesPart`). The same XML."""
    return doc._body.add_table(1, cols, doc._block_width)


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
    table = new_table(doc, len(widths))
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
