"""Table rows are written as text and spliced into document.xml when the
document is saved (`word_rows.append_row`): the text is what lxml would
write for the same elements, and no marker is left behind."""

from __future__ import annotations

import io
import zipfile
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import cchc_plan.app as lib
from cchc_plan.render import render_report
from cchc_plan.render.safe import xml
from cchc_plan.render.word_rows import row_xml
from helpers import KRONG_PA

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT = st.text(max_size=40).map(xml)


def lxml_written(row: str) -> str:
    """The row parsed and written again by lxml (in a w: root, as in document.xml)."""
    root = etree.fromstring(f'<w:body xmlns:w="{W}">{row}</w:body>')
    body: str = etree.tostring(root, encoding="unicode")
    return body[body.index(">") + 1:body.rindex("<")]


@given(st.lists(st.tuples(st.lists(st.tuples(TEXT, st.booleans()), max_size=3),
                          st.sampled_from(["left", "center"]),
                          st.floats(1, 200)), min_size=1, max_size=4),
       st.integers(0, 6), st.sampled_from([None, "F2F2F2"]), st.booleans())
def test_a_row_is_what_lxml_writes(cells: list[tuple[list[tuple[str, bool]], str, float]],
                                   span: int, fill: str | None, keep_next: bool) -> None:
    row = row_xml(cells, span, fill, keep_next)
    assert lxml_written(row) == row


def test_a_report_has_its_rows_and_no_marker() -> None:
    project = lib.open_plan(KRONG_PA, use_cache=False)
    report = lib.district_report(project, date(2020, 9, 15))
    with zipfile.ZipFile(io.BytesIO(render_report(report, "docx", "vi"))) as archive:
        document = archive.read("word/document.xml")
    assert b"cchc-rows" not in document
    root = etree.fromstring(document)
    rows = root.findall(f".//{{{W}}}tr")
    assert len(rows) > 40
    texts = ["".join(t.text or "" for t in row.iter(f"{{{W}}}t")) for row in rows]
    assert any("Phòng Nội vụ" in text for text in texts)


def test_a_report_carries_no_template_extras_and_its_styles() -> None:
    """No thumbnail of python-docx's own empty page, no stylesWithEffects;
    styles.xml as the template has it, though no report parses it
    (`LazyStylesPart`)."""
    from cchc_plan.render import word

    project = lib.open_plan(KRONG_PA, use_cache=False)
    report = lib.agency_report(project, "phong-noi-vu", date(2020, 9, 15))
    with zipfile.ZipFile(io.BytesIO(render_report(report, "docx", "vi"))) as archive:
        names = set(archive.namelist())
        styles = archive.read("word/styles.xml")
        relations = archive.read("_rels/.rels") + archive.read("word/_rels/document.xml.rels")
    assert not {n for n in names if "thumbnail" in n or "stylesWithEffects" in n}
    assert b"thumbnail" not in relations
    assert b"stylesWithEffects" not in relations
    with zipfile.ZipFile(io.BytesIO(word.template())) as template:
        assert styles == template.read("word/styles.xml")
    assert etree.fromstring(styles).tag == f"{{{W}}}styles"
