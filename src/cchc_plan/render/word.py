"""Word (.docx) in the layout of Vietnamese administrative documents
(Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, Times New Roman, the two-column
masthead, "Nơi nhận" and the signature block. Wide tables get landscape pages.

python-docx is imported only here; `cchc report --format docx` loads this module.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.styles import styleId_from_name
from docx.shared import Mm, Pt, RGBColor

from cchc_plan.render.document.common import cell_text, text_bar
from cchc_plan.render.document.model import (
    Block,
    Bullets,
    Chart,
    Column,
    Group,
    Heading,
    Masthead,
    Paragraph,
    ReportDoc,
    Row,
    Signature,
    Table,
)
from cchc_plan.render.ziputil import stable_zip

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
STYLE_IDS: dict[str, str] = {name: styleId_from_name(name)  # type: ignore[no-untyped-call]
             for name in (STYLE_BODY, STYLE_LIST, STYLE_TABLE, STYLE_TABLE_HEAD,
                          "Heading 1", "Heading 2")}
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



def render_document(rd: ReportDoc) -> bytes:
    doc = Document()
    setup_styles(doc)
    page_setup(doc.sections[0], landscape=False)
    masthead(doc, rd.masthead)
    landscape = False
    for index, item in enumerate(rd.blocks):
        wanted = wants_landscape(rd.blocks, index)
        if wanted != landscape:
            page_setup(doc.add_section(WD_SECTION.NEW_PAGE), wanted)
            landscape = wanted
        add_block(doc, item, landscape)
    signature(doc, rd.signature, landscape)
    set_properties(doc, rd)
    out = io.BytesIO()
    doc.save(out)
    return stable_zip(out.getvalue(), rd.as_of)


# --- page and styles -----------------------------------------------------------


def page_setup(section: Any, landscape: bool) -> None:
    short, long = Mm(PAGE[0]), Mm(PAGE[1])
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    for side, mm in MARGINS.items():
        setattr(section, f"{side}_margin", Mm(mm))
    section.header_distance = section.footer_distance = Mm(10)


def wants_landscape(blocks: list[Block], index: int) -> bool:
    """Wide tables need landscape; a heading goes with what follows it."""
    for item in blocks[index:]:
        if not isinstance(item, Heading):
            return isinstance(item, Table) and item.wide and bool(item.rows)
    return False


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
        fonts = _element("w:rFonts")
        rpr.insert(0, fonts)
    _set_fonts(fonts, FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = _element("w:lang")
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


def clip(text: str, limit: int = 255) -> str:
    """Word's core properties hold at most 255 characters."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def set_properties(doc: Any, rd: ReportDoc) -> None:
    props = doc.core_properties
    stamp = datetime(rd.as_of.year, rd.as_of.month, rd.as_of.day)
    props.title, props.subject = clip(rd.title), clip(rd.masthead.subject)
    props.author = props.last_modified_by = clip(rd.author)
    props.comments, props.keywords, props.category = "", "", rd.masthead.kind
    props.language = "vi-VN"
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1


# --- small XML helpers -------------------------------------------------------------


def styled(paragraph: Any, name: str) -> Any:
    """Give a paragraph a style by its id. `paragraph.style = name` makes
    python-docx search every style of the document by name, each time: that
    search was two thirds of the time to write a report."""
    paragraph._p.get_or_add_pPr().style = STYLE_IDS[name]
    return paragraph


def _element(tag: str, **attrs: str) -> Any:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


def shade(cell: Any, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.insert_element_before(_element("w:shd", val="clear", color="auto", fill=fill),
                               *_TCPR_AFTER_SHD)


def short_rule(paragraph: Any, width_mm: float, line_mm: float) -> None:
    """A centred horizontal line `line_mm` long: the bottom border of an empty,
    indented paragraph."""
    ppr = paragraph._p.get_or_add_pPr()
    border = _element("w:pBdr")
    border.append(_element("w:bottom", val="single", sz="6", space="1", color="auto"))
    ppr.insert_element_before(border, *_PPR_AFTER_BDR)
    side = Mm(max(width_mm - line_mm, 0) / 2)
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = side
    paragraph.paragraph_format.first_line_indent = Mm(0)
    paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(7)


def repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_element("w:cantSplit"))
    trpr.append(_element("w:tblHeader", val="true"))


def no_split(row: Any) -> None:
    row._tr.get_or_add_trPr().append(_element("w:cantSplit"))


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


# --- masthead, signature ------------------------------------------------------------


def masthead(doc: Any, m: Masthead) -> None:
    widths = [MASTHEAD_LEFT, TEXT_WIDTH[False] - MASTHEAD_LEFT]
    table = layout_table(doc, widths)
    left, right = table.rows[0].cells
    top = first_paragraph(left)
    if m.parent:
        add_text(top, m.parent, size=HEAD_PT)
        top = centered(left)
    add_text(top, m.issuer, bold=True, size=HEAD_PT)
    short_rule(left.add_paragraph(), widths[0], widths[0] / 3)
    add_text(first_paragraph(right), m.nation, bold=True, size=NATION_PT)
    centered(right, m.motto, bold=True, underline=True, size=BODY_PT)
    number, place = table.add_row().cells
    for cell, width in zip((number, place), widths, strict=True):
        cell.width = Mm(width)
    spaced(first_paragraph(number), before=6)
    add_text(number.paragraphs[0], m.number, size=HEAD_PT)
    add_text(spaced(first_paragraph(place), before=6), m.place_date, italic=True, size=BODY_PT)
    add_text(spaced(centered(doc), before=18), m.kind, bold=True, size=BODY_PT)
    add_text(centered(doc), m.subject, bold=True, size=BODY_PT)
    short_rule(doc.add_paragraph(), TEXT_WIDTH[False], 40)
    spaced(doc.add_paragraph(), after=6)


def spaced(paragraph: Any, before: float = 0, after: float = 0) -> Any:
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(after)
    return paragraph


def signature(doc: Any, s: Signature, landscape: bool) -> None:
    if doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    spaced(doc.add_paragraph(), after=6).paragraph_format.keep_with_next = True
    total = TEXT_WIDTH[landscape]
    table = layout_table(doc, [total - 90.0, 90.0])
    no_split(table.rows[0])
    left, right = table.rows[0].cells
    heading = left.paragraphs[0]
    add_text(heading, s.recipients_title, bold=True, italic=True, size=12)
    for line in s.recipients:
        add_text(left.add_paragraph(), line, size=SMALL_PT)
    add_text(first_paragraph(right), s.title, bold=True, size=BODY_PT)
    for _ in range(4):
        centered(right)
    centered(right, s.name, bold=True, size=BODY_PT)


# --- blocks --------------------------------------------------------------------------


def add_block(doc: Any, item: Block, landscape: bool) -> None:
    if isinstance(item, Heading):
        styled(doc.add_paragraph(item.text), f"Heading {min(item.level, 2)}")
    elif isinstance(item, Paragraph):
        paragraph(doc, item)
    elif isinstance(item, Bullets):
        for entry in item.items:
            styled(doc.add_paragraph(f"- {entry}"), STYLE_LIST)
    elif isinstance(item, Table):
        table(doc, item, landscape)
    else:
        chart(doc, item)


def paragraph(doc: Any, item: Paragraph) -> None:
    p = styled(doc.add_paragraph(), STYLE_BODY)
    add_text(p, item.text, bold=item.style == "warning",
             italic=item.style in ("note", "draft"))


def fit(columns: list[Column], landscape: bool) -> list[float]:
    """Column widths in mm, scaled down when they exceed the text area."""
    total = sum(c.width for c in columns)
    scale = min(1.0, TEXT_WIDTH[landscape] / total)
    return [c.width * scale for c in columns]


def table(doc: Any, item: Table, landscape: bool) -> None:
    if not item.rows:
        styled(doc.add_paragraph(item.empty_text), STYLE_BODY)
        return
    widths = fit(item.columns, landscape)
    grid = doc.add_table(rows=1, cols=len(widths), style="Table Grid")
    grid.autofit = False
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = Mm(width)
    header_row(grid.rows[0], item.columns, widths)
    for group in item.groups:
        if group.title:
            group_row(grid, group, widths)
        for values in group.rows:
            data_row(grid, item.columns, values, widths)
    spaced(doc.add_paragraph(), after=4)


def header_row(row: Any, columns: list[Column], widths: list[float]) -> None:
    repeat_header(row)
    for cell, column, width in zip(row.cells, columns, widths, strict=True):
        cell.width = Mm(width)
        shade(cell, HEADER_FILL)
        p = cell.paragraphs[0]
        styled(p, STYLE_TABLE_HEAD)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(column.title)


def group_row(grid: Any, group: Group, widths: list[float]) -> None:
    row = grid.add_row()
    no_split(row)
    for cell, width in zip(row.cells, widths, strict=True):
        cell.width = Mm(width)
    merged = row.cells[0].merge(row.cells[-1])
    shade(merged, GROUP_FILL)
    p = merged.paragraphs[0]
    styled(p, STYLE_TABLE_HEAD)
    p.paragraph_format.keep_with_next = True
    p.add_run(group.title)


def data_row(grid: Any, columns: list[Column], values: Row, widths: list[float]) -> None:
    row = grid.add_row()
    no_split(row)
    for cell, column, value, width in zip(row.cells, columns, values, widths, strict=True):
        cell.width = Mm(width)
        fill_cell(cell, column, cell_text(value))


def fill_cell(cell: Any, column: Column, text: str) -> None:
    align = (WD_ALIGN_PARAGRAPH.CENTER if column.kind in CENTERED_KINDS
             else WD_ALIGN_PARAGRAPH.LEFT)
    for index, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        styled(p, STYLE_TABLE).alignment = align
        if line:
            p.add_run(line).bold = (column.strong_first_line and index == 0) or None


def chart(doc: Any, item: Chart) -> None:
    """Word has no native chart here: a table with text bars."""
    p = styled(doc.add_paragraph(), STYLE_BODY)
    add_text(p, item.title, italic=True)
    columns = [Column(item.label_title, 70), Column("", 62), Column(item.value_title, 28,
                                                                     "percent")]
    widths = fit(columns, False)
    grid = doc.add_table(rows=1, cols=3, style="Table Grid")
    grid.autofit = False
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(grid.rows[0], columns, widths)
    for bar in item.bars:
        row = grid.add_row()
        no_split(row)
        cells = row.cells
        for cell, width in zip(cells, widths, strict=True):
            cell.width = Mm(width)
        fill_cell(cells[0], columns[0], bar.label)
        bar_run = cells[1].paragraphs[0].add_run(text_bar(bar.share))
        set_font(bar_run._r, BAR_FONT)
        bar_run.font.size = Pt(9)
        styled(cells[1].paragraphs[0], STYLE_TABLE)
        fill_cell(cells[2], columns[2], bar.text)
    spaced(doc.add_paragraph(), after=4)
