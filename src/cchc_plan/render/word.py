"""Word (.docx) in the layout of Vietnamese administrative documents
(Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, Times New Roman, the two-column
masthead, "Nơi nhận" and the signature block, page numbers from page 2
centred in the top margin; the body on portrait pages, each Phụ lục in a
section of its own (landscape for its wide table).

python-docx is imported only here; `cchc report --format docx` loads this module.
"""

from __future__ import annotations

import io
from datetime import datetime
from functools import cache
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from cchc_plan.render.document.common import cell_text, text_bar
from cchc_plan.render.document.model import (
    Appendix,
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
    Salutation,
    Signature,
    Table,
)
from cchc_plan.render.textfit import text_width
from cchc_plan.render.word_base import (
    BAR_FONT,
    BODY_PT,
    CENTERED_KINDS,
    GROUP_FILL,
    HEAD_PT,
    HEADER_FILL,
    MASTHEAD_LEFT,
    NATION_PT,
    SMALL_PT,
    STYLE_BODY,
    STYLE_LIST,
    STYLE_TABLE,
    STYLE_TABLE_HEAD,
    TEXT_WIDTH,
    add_text,
    centered,
    drop_template_extras,
    first_paragraph,
    grid_table,
    layout_table,
    no_split,
    page_numbers,
    page_setup,
    repeat_header,
    set_font,
    setup_styles,
    shade,
    short_rule,
    spaced,
    styled,
)
from cchc_plan.render.word_rows import Line, append_row, forget_rows, save_docx


def styled_document() -> Any:
    """python-docx's default document with cchc's styles, the first page's
    setup and its page numbers."""
    doc = Document()
    drop_template_extras(doc)
    setup_styles(doc)
    page_setup(doc.sections[0], landscape=False)
    page_numbers(doc.sections[0])
    return doc


@cache
def template() -> bytes:
    """The starting document every report after the first is opened from,
    made once a run (setting up the styles is half of a small report's time:
    17.0 -> 7.7 ms a document). Each report opens these bytes and gets its
    own objects, so nothing one adds reaches the next."""
    out = io.BytesIO()
    styled_document().save(out)
    return out.getvalue()


_started: list[bool] = []


def new_document() -> Any:
    """The first document of a run is built directly (one report pays for no
    template); the others are opened from the template. Same bytes either way."""
    forget_rows()
    if not _started:
        _started.append(True)
        return styled_document()
    return Document(io.BytesIO(template()))


def render_document(rd: ReportDoc) -> bytes:
    doc = new_document()
    masthead(doc, rd.masthead)
    for item in rd.blocks:
        add_block(doc, item, False)
    signature(doc, rd.signature, False)
    for part in rd.appendices:
        appendix(doc, part)
    set_properties(doc, rd)
    return save_docx(doc, rd.as_of)


def appendix(doc: Any, part: Appendix) -> None:
    """A new section: its pages keep numbering on (no different first page)."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(section, part.landscape)
    section.different_first_page_header_footer = False
    for index, line in enumerate(part.heading):
        add_text(spaced(centered(doc), after=0 if index < len(part.heading) - 1 else 2), line,
                 bold=True, size=BODY_PT)
    add_text(spaced(centered(doc), after=8), part.note, italic=True, size=BODY_PT)
    for item in part.blocks:
        add_block(doc, item, part.landscape)


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


# --- masthead, signature ------------------------------------------------------------


def masthead(doc: Any, m: Masthead) -> None:
    widths = [MASTHEAD_LEFT, TEXT_WIDTH[False] - MASTHEAD_LEFT]
    table = layout_table(doc, widths)
    left, right = table.rows[0].cells
    top = first_paragraph(left)
    if m.parent:
        add_text(top, m.parent, size=HEAD_PT)
        top = centered(left)
    for index, line in enumerate(m.issuer.split("\n")):
        add_text(top if index == 0 else centered(left), line, bold=True, size=HEAD_PT)
    short_rule(left.add_paragraph(), widths[0], widths[0] / 3)
    add_text(first_paragraph(right), m.nation, bold=True, size=NATION_PT)
    centered(right, m.motto, bold=True, size=BODY_PT)
    short_rule(right.add_paragraph(), widths[1], text_width(m.motto, BODY_PT, bold=True))
    number, place = table.add_row().cells
    for cell, width in zip((number, place), widths, strict=True):
        cell.width = Mm(width)
    spaced(first_paragraph(number), before=6)
    add_text(number.paragraphs[0], m.number, size=HEAD_PT)
    if m.letter:  # a công văn: its subject stands under the number
        add_text(spaced(centered(number), before=2), m.subject, size=NATION_PT)
    add_text(spaced(first_paragraph(place), before=6), m.place_date, italic=True, size=BODY_PT)
    if m.kind is not None:
        add_text(spaced(centered(doc), before=18), m.kind, bold=True, size=BODY_PT)
        add_text(centered(doc), m.subject, bold=True, size=BODY_PT)
        short_rule(doc.add_paragraph(), TEXT_WIDTH[False], 40)
    spaced(doc.add_paragraph(), after=6)


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
    for index, line in enumerate(s.titles):
        add_text(first_paragraph(right) if index == 0 else centered(right), line, bold=True,
                 size=BODY_PT)
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
    elif isinstance(item, Salutation):
        salutation(doc, item)
    else:
        chart(doc, item)


def paragraph(doc: Any, item: Paragraph) -> None:
    p = styled(doc.add_paragraph(), STYLE_BODY)
    add_text(p, item.text, bold=item.style == "warning",
             italic=item.style in ("note", "draft", "prompt"))


def salutation(doc: Any, item: Salutation) -> None:
    """"Kính gửi:" and the addressees beside it, one a line."""
    grid = layout_table(doc, [52.0, TEXT_WIDTH[False] - 52.0])
    left, right = grid.rows[0].cells
    title = left.paragraphs[0]
    title.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_text(title, item.title, size=BODY_PT)
    for index, name in enumerate(item.names):
        p = right.paragraphs[0] if index == 0 else right.add_paragraph()
        add_text(p, name, size=BODY_PT)
    spaced(doc.add_paragraph(), after=6)


def fit(columns: list[Column], landscape: bool) -> list[float]:
    """Column widths in mm, scaled down when they exceed the text area."""
    total = sum(c.width for c in columns)
    scale = min(1.0, TEXT_WIDTH[landscape] / total)
    return [c.width * scale for c in columns]


def table(doc: Any, item: Table, landscape: bool) -> None:
    if not item.rows:
        styled(doc.add_paragraph(item.empty_text), STYLE_BODY)
        return
    keep_with_table(doc)
    widths = fit(item.columns, landscape)
    grid = grid_table(doc, len(widths))
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


def keep_with_table(doc: Any) -> None:
    """The paragraph that introduces a table stays on the table's page."""
    last = doc.element.body[-2] if len(doc.element.body) > 1 else None  # [-1]: the sectPr
    if last is not None and last.tag == qn("w:p"):
        last.get_or_add_pPr().keepNext_val = True


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
    append_row(grid, [([(group.title, True)], "left", sum(widths))], span=True,
               fill=GROUP_FILL, keep_next=True)


def data_row(grid: Any, columns: list[Column], values: Row, widths: list[float]) -> None:
    append_row(grid, [cell_lines(column, cell_text(value), width)
                      for column, value, width in zip(columns, values, widths, strict=True)])


def cell_lines(column: Column, text: str, width: float) -> tuple[list[Line], str, float]:
    align = "center" if column.kind in CENTERED_KINDS else "left"
    lines = [(line, column.strong_first_line and index == 0)
             for index, line in enumerate(text.split("\n"))]
    return lines, align, width


def fill_cell(cell: Any, column: Column, text: str) -> None:
    styled(cell.paragraphs[0], STYLE_TABLE).alignment = (
        WD_ALIGN_PARAGRAPH.CENTER if column.kind in CENTERED_KINDS else WD_ALIGN_PARAGRAPH.LEFT)
    cell.paragraphs[0].add_run(text)


def chart(doc: Any, item: Chart) -> None:
    """Word has no native chart here: a table with text bars."""
    p = styled(doc.add_paragraph(), STYLE_BODY)
    add_text(p, item.title, italic=True)
    p.paragraph_format.keep_with_next = True
    columns = [Column(item.label_title, 70), Column("", 62), Column(item.value_title, 28,
                                                                     "percent")]
    widths = fit(columns, False)
    grid = grid_table(doc, 3)
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
