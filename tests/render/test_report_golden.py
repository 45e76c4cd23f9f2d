"""Golden files of the documents as officers get them: the Word text in
reading order (with the page layout of each section and the header holding
the page number), and every Excel cell with the row heights and merged
ranges that make it print. UPDATE_GOLDEN=1 rewrites tests/golden/*.txt;
review the diff before committing."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from helpers import AS_OF, KRONG_PA, assert_golden, run_cli

ISO = AS_OF.isoformat()
DOCUMENTS = {
    "phong-noi-vu": ["--agency", "phong-noi-vu"],
    "tong-hop": [],
    "cong-van-don-doc": ["--reminder"],
}


def produce(name: str, fmt: str, tmp_path: Path) -> bytes:
    target = tmp_path / f"{name}.{fmt}"
    result = run_cli("report", "--root", str(KRONG_PA), "--as-of", ISO, *DOCUMENTS[name],
                     "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    return target.read_bytes()


def docx_text(data: bytes) -> str:
    """The document's paragraphs and table rows in order; a line per section
    break saying how its pages are laid out."""
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    lines = []
    for section in document.sections:
        header = "".join(t.text for t in section.header._element.iter(qn("w:instrText")))
        wide = (section.page_width or 0) > (section.page_height or 0)
        layout = "landscape" if wide else "portrait"
        lines.append(f"[section {layout}"
                     f", first page without header: {section.different_first_page_header_footer}"
                     f", header field: {header.strip() or '-'}]")
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = cell.text.replace("\n", " / ")
                    if not cells or cells[-1] != value:  # a merged cell once
                        cells.append(value)
                lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def xlsx_dump(data: bytes) -> str:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data))
    lines = []
    for ws in book:
        lines.append(f"== {ws.title}: {ws.page_setup.orientation}, print area {ws.print_area}, "
                     f"fit to width {ws.page_setup.fitToWidth}")
        lines.append("merged: " + " ".join(sorted(str(r) for r in ws.merged_cells.ranges)))
        for row in ws.iter_rows():
            height = ws.row_dimensions[row[0].row].height
            values = [f"{c.coordinate}={_value(c)}" for c in row if c.value is not None]
            if values or height:
                lines.append(f"{row[0].row} [{height}] " + " ; ".join(values))
    return "\n".join(lines) + "\n"


def _value(cell: Any) -> str:
    value = cell.value
    kind = type(value).__name__
    shown = str(value).replace("\n", " / ")
    return f"{shown} ({kind})" if kind != "str" else shown


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_docx_text_matches_golden(name: str, tmp_path: Path) -> None:
    assert_golden(f"report-{name}-{ISO}.docx.txt", docx_text(produce(name, "docx", tmp_path)))


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_xlsx_cells_and_heights_match_golden(name: str, tmp_path: Path) -> None:
    assert_golden(f"report-{name}-{ISO}.xlsx.txt", xlsx_dump(produce(name, "xlsx", tmp_path)))


def test_reminder_markdown_matches_golden(tmp_path: Path) -> None:
    text = produce("cong-van-don-doc", "md", tmp_path).decode("utf-8")
    assert_golden(f"report-cong-van-don-doc-{ISO}.md", text)
