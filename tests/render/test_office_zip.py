"""Office files are written in one pass (`render.ziputil.StampedZip`) from a
template made once a run (`render.word.template`): the same bytes as saving
normally and re-stamping the finished archive (`stable_zip` here), and no report
opened from the template sees another's content."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest

from cchc_plan.render.ziputil import StampedZip

DAY = date(2020, 9, 15)


def stable_zip(data: bytes, day: date) -> bytes:
    """The reference: a finished archive with every member re-stamped (how
    cchc wrote office files before it stamped them as written)."""
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def test_stamped_zip_is_what_restamping_gives() -> None:
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.xml", b"<a/>" * 100)
        archive.writestr("docProps/core.xml", "Tiếng Việt")
    stamped = io.BytesIO()
    with StampedZip(stamped, DAY) as archive:
        archive.writestr("a.xml", b"<a/>" * 100)
        archive.writestr(zipfile.ZipInfo("docProps/core.xml"), "Tiếng Việt")
    assert stamped.getvalue() == stable_zip(plain.getvalue(), DAY)
    with zipfile.ZipFile(io.BytesIO(stamped.getvalue())) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2020, 9, 15, 0, 0, 0)}
        assert {i.external_attr for i in archive.infolist()} == {0o644 << 16}


def test_a_dated_before_1980_is_stamped_1980() -> None:
    out = io.BytesIO()
    with StampedZip(out, date(1975, 3, 4)) as archive:
        archive.writestr("a", b"x")
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        assert archive.infolist()[0].date_time == (1980, 3, 4, 0, 0, 0)


def test_a_workbook_is_the_bytes_of_a_restamped_save() -> None:
    pytest.importorskip("openpyxl")
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    from cchc_plan.render.xlsx_io import save, stamp_properties

    def book() -> Workbook:
        wb = Workbook()
        stamp_properties(wb, DAY, "Phiếu", "Tiến độ", "cchc")  # not the time it was made
        wb.active.append(["Phòng Nội vụ", "=1+1", 3])
        wb.create_sheet("Hai").append(["x"])
        return wb

    plain = io.BytesIO()
    wb = book()
    # what save() does to the cells first
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    wb.calculation.fullCalcOnLoad = False
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()
    assert save(book(), DAY) == stable_zip(plain.getvalue(), DAY)


def test_a_document_is_the_bytes_of_a_restamped_save() -> None:
    pytest.importorskip("docx")
    from docx import Document

    from cchc_plan.render.word import template
    from cchc_plan.render.word_rows import save_docx

    def doc() -> object:
        made = Document(io.BytesIO(template()))
        made.add_paragraph("Báo cáo")
        return made

    plain = io.BytesIO()
    doc().save(plain)  # type: ignore[attr-defined]
    assert save_docx(doc(), DAY) == stable_zip(plain.getvalue(), DAY)


def test_reports_from_the_template_do_not_share_content() -> None:
    pytest.importorskip("docx")
    from cchc_plan.render.document.model import Masthead, Paragraph, ReportDoc, Signature
    from cchc_plan.render.word import render_document

    def report(words: str) -> ReportDoc:
        return ReportDoc(
            masthead=Masthead(parent="UBND", issuer="PHÒNG", number="Số: 1",
                              place_date="Krông Pa", kind="BÁO CÁO", subject=words,
                              nation="CỘNG HÒA", motto="Độc lập"),
            blocks=[Paragraph(words)],
            signature=Signature(recipients_title="Nơi nhận:", recipients=["Lưu"],
                                titles=["TRƯỞNG PHÒNG"], name="A"),
            as_of=DAY, title=words, author="cchc", lang="vi")

    first = render_document(report("một"))
    render_document(report("hai"))
    assert render_document(report("một")) == first


def test_the_template_gives_the_bytes_of_a_document_built_directly() -> None:
    pytest.importorskip("docx")
    from docx import Document

    from cchc_plan.render.word import styled_document, template
    from cchc_plan.render.word_rows import save_docx

    direct = styled_document()
    direct.add_paragraph("Báo cáo")
    opened = Document(io.BytesIO(template()))
    opened.add_paragraph("Báo cáo")
    assert save_docx(direct, DAY) == save_docx(opened, DAY)
