"""`cchc report`: the agency and consolidated documents in every format.

Golden Markdown: set UPDATE_GOLDEN=1 to rewrite tests/golden/report-*.md from
the current output, then review the diff before committing.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from cchc_plan.app import open_project
from cchc_plan.core.messages import text as catalog_text
from cchc_plan.engine.obligations import Obligation, compute_status
from helpers import AS_OF, GOLDEN, KRONG_PA, MINI, REPO, Run, run_cli

AGENCY = "phong-noi-vu"
ISO = AS_OF.isoformat()
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

PROGRESS = """\
schema_version: 1
agency: phong-noi-vu
contact: {name: Nguyễn Thị Hoa, position: Chuyên viên, phone: "0269 3853 123"}
updated: 2020-09-10
tasks:
  - task: "7"
    status: done
    completed: 2020-08-14
    assignee: {name: Trần Văn Nam, position: Phó Trưởng phòng}
    deadline: 2020-08-12
    evidence:
      - {number: 123/QĐ-UBND, date: 2020-08-14, title: "Quyết định ban hành Bộ tiêu chí | cấp xã"}
  - task: "2.6"
    status: done
    completed: 2020-08-20
    assignee: {name: Lê Thị Mai, position: Chuyên viên}
    notes: In bổ sung 2.000 tờ
    evidence:
      - {number: 45/BC-PNV, date: 2020-08-20, title: Báo cáo in ấn, link: "https://example.vn/45.pdf"}
  - task: IV.1
    status: done
    completed: 2020-08-17
    assignee: {name: Trần Văn Nam, position: Phó Trưởng phòng}
    evidence:
      - {number: 50/BC-PNV, date: 2020-08-17, title: Báo cáo kết quả khắc phục}
"""


# --- helpers -------------------------------------------------------------------------


def report(root: Path, *args: str, agency: str | None = AGENCY, cwd: Path | None = None) -> Run:
    who = ["--agency", agency] if agency else []
    return run_cli("report", "--root", str(root), "--as-of", ISO, *who, *args, cwd=cwd)


def stdout_of(root: Path, fmt: str, agency: str | None = AGENCY) -> str:
    result = report(root, "--format", fmt, "-o", "-", agency=agency)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def file_of(root: Path, tmp: Path, fmt: str, agency: str | None = AGENCY) -> bytes:
    target = tmp / f"{agency or 'tong-hop'}.{fmt}"
    result = report(root, "--format", fmt, "-o", str(target), agency=agency)
    assert result.exit_code == 0, result.stderr
    return target.read_bytes()


def submit(root: Path, agency: str = AGENCY, text: str = PROGRESS) -> None:
    (root / "assignments").mkdir(exist_ok=True)
    (root / "assignments" / f"{agency}.yaml").write_text(text, encoding="utf-8")


def obligations(root: Path, agency: str = AGENCY) -> list[Obligation]:
    result = compute_status(open_project(root), AS_OF)
    return [o for o in result.obligations if o.agency == agency]


def docx_of(data: bytes) -> Any:
    import docx

    return docx.Document(io.BytesIO(data))


def table_with(document: Any, *titles: str, exact: bool = False) -> Any:
    """The table whose header row holds all these column titles (exactly these, in
    this order, with `exact`)."""
    for table in document.tables:
        header = [c.text for c in table.rows[0].cells]
        if header == list(titles) if exact else all(t in header for t in titles):
            return table
    raise AssertionError(f"no table with columns {titles}")


OVERDUE_HEADER = ("STT", "Nội dung nhiệm vụ", "Vai trò", "Kỳ", "Hạn", "Số ngày trễ")


def column(table: Any, title: str) -> list[str]:
    index = [c.text for c in table.rows[0].cells].index(title)
    return [row.cells[index].text for row in table.rows[1:]]


def all_text(document: Any) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


# --- golden Markdown ---------------------------------------------------------------------


@pytest.mark.parametrize(("agency", "name"), [(AGENCY, AGENCY), (None, "tong-hop")])
def test_markdown_matches_golden(repo_copy: Path, agency: str | None, name: str) -> None:
    text = stdout_of(repo_copy, "md", agency)
    golden = GOLDEN / f"report-{name}-{ISO}.md"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"{golden} missing: run with UPDATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8")


def test_markdown_tables_and_escapes(repo_copy: Path) -> None:
    submit(repo_copy)
    text = stdout_of(repo_copy, "md")
    assert "## I. Kết quả đạt được" in text
    assert "## II. Tồn tại, hạn chế" in text
    assert "**BẢNG PHÂN CÔNG NHIỆM VỤ VÀ KẾT QUẢ THỰC HIỆN**" in text
    assert "Bộ tiêu chí \\| cấp xã" in text  # a pipe in a cell is escaped
    assert "| 7 | " in text
    assert "14/08/2020" in text
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert all(line.endswith(" |") for line in rows)
    assert "Trần Văn Nam - Phó Trưởng phòng" in text


def test_agencies_report_through_the_coordinator(repo_copy: Path) -> None:
    text = stdout_of(repo_copy, "md", "phong-tu-phap")
    assert "- UBND huyện (qua Phòng Nội vụ);" in text
    assert "**PHÒNG TƯ PHÁP**" in text
    assert "/BC-PTP" in text


def test_markdown_says_when_no_file(repo_copy: Path) -> None:
    for path in (repo_copy / "assignments").glob("*.yaml"):
        path.unlink()
    text = stdout_of(repo_copy, "md")
    assert "Phòng Nội vụ chưa cập nhật kết quả" in text
    assert "*(Nêu những tồn tại, hạn chế chưa khắc phục được.)*" in text  # the prompts
    district = stdout_of(repo_copy, "md", agency=None)
    assert "Chưa cập nhật" in district
    assert "## V. Đề xuất" in district


def test_unreadable_file_is_reported(repo_copy: Path) -> None:
    submit(repo_copy, "phong-tu-phap", "agency: [phong-tu-phap\nupdated: 1/1/2020\n")
    text = stdout_of(repo_copy, "md", "phong-tu-phap")
    assert "có lỗi, không đọc được" in text
    district = stdout_of(repo_copy, "md", agency=None)
    assert "Tệp lỗi" in district
    assert "gửi lại báo cáo do tệp đã gửi có lỗi" in district


# --- JSON ---------------------------------------------------------------------------------


def test_json_agency_report(repo_copy: Path) -> None:
    submit(repo_copy)
    data = json.loads(stdout_of(repo_copy, "json"))
    expected = obligations(repo_copy)
    assert data["kind"] == "agency"
    assert data["as_of"] == ISO
    assert data["agency"] == {"id": AGENCY, "name": "Phòng Nội vụ"}
    assert data["submitted"] is True
    assert data["updated"] == "2020-09-10"
    assert len(data["obligations"]) == len(expected)
    assert data["summary"]["total"] == len(expected)
    assert sum(data["summary"]["counts"].values()) == len(expected)
    seven = next(o for o in data["obligations"] if o["task"] == "7")
    assert seven["status"] == "done_on_time"
    assert seven["days_late"] is None
    assert seven["completed"] == "2020-08-14"
    assert seven["due"] == "2020-08-17"
    assert seven["internal_deadline"] == "2020-08-12"
    assert seven["evidence"][0]["number"] == "123/QĐ-UBND"
    late = next(o for o in data["obligations"] if o["task"] == "2.6" and o["due"])
    assert late["status"] == "done_late"
    assert late["due"] == "2020-08-17"  # "trước 15/8/2020", a Saturday: Điều 148 moves it
    assert late["days_late"] == 3
    assert seven["evidence"][0]["date"] == "2020-08-14"
    keys = {"task", "agency", "role", "part", "period", "due", "status", "due_soon",
            "reported", "days_late", "completed", "evidence"}
    assert keys <= set(seven)
    assert {o["status"] for o in data["overdue"]} == {"overdue"}


def test_json_district_report(repo_copy: Path) -> None:
    data = json.loads(stdout_of(repo_copy, "json", agency=None))
    assert data["kind"] == "district"
    assert data["coordinator"]["id"] == AGENCY
    milestones = {m["task"]: m for m in data["milestones"]}
    assert milestones["IV.1"]["due"] == "2020-08-17"
    assert milestones["IV.2"]["due"] == "2020-08-21"
    assert milestones["IV.1"]["met"] is False
    result = compute_status(open_project(repo_copy), AS_OF)
    assert sum(a["summary"]["total"] for a in data["agencies"]) == len(result.obligations)
    assert data["summary"]["total"] == len(result.obligations)


# --- HTML ---------------------------------------------------------------------------------


@pytest.mark.parametrize("agency", [AGENCY, None])
def test_html_is_self_contained(repo_copy: Path, agency: str | None) -> None:
    submit(repo_copy)
    text = stdout_of(repo_copy, "html", agency)
    assert text.startswith("<!DOCTYPE html>")
    assert "<style>" in text
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", text)
    assert not re.search(r"url\(|@import|<script|<link|<img|<iframe", text)
    assert NATION in text
    assert MOTTO in text
    if agency is None:
        assert 'class="fill"' in text
        assert "Biểu đồ tỷ lệ đúng hạn" in text
    else:
        assert "https://example.vn/45.pdf" in text  # as text, never as a resource


# --- Word -----------------------------------------------------------------------------------


def test_docx_agency_report(repo_copy: Path, tmp_path: Path) -> None:
    submit(repo_copy)
    document = docx_of(file_of(repo_copy, tmp_path, "docx"))
    mast = document.tables[0]
    left, right = (cell.text for cell in mast.rows[0].cells)
    assert left.splitlines()[:2] == ["UBND HUYỆN KRÔNG PA", "PHÒNG NỘI VỤ"]
    assert right.splitlines() == [NATION, MOTTO]
    number, place = (cell.text for cell in mast.rows[1].cells)
    assert re.fullmatch(r"Số:\s+/BC-PNV", number)
    assert place == "Krông Pa, ngày 15 tháng 9 năm 2020"
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts
    assert any(t.startswith("Kết quả thực hiện Kế hoạch số 34/KH-UBND") for t in texts)
    expected = sorted(obligations(repo_copy), key=lambda o: o.task.id)
    parts = table_with(document, "Kết quả thực hiện", "Thời hạn")
    data = [r for r in parts.rows[1:] if len({c._tc for c in r.cells}) > 1]
    assert len(data) == len({(o.task.id, o.part.name) for o in expected})
    results = "\n".join(column(parts, "Kết quả thực hiện"))
    for code in ("done_on_time", "done_late", "overdue", "pending", "ongoing", "awaiting"):
        label = catalog_text("status." + code, "vi")
        assert results.count(label) == sum(o.status == code for o in expected), code
    roles = {catalog_text("role.lead", "vi"), catalog_text("role.coordinating", "vi")}
    assert {r.cells[2].text for r in data} <= roles
    assert "Hoàn thành đúng hạn, ngày 14/08/2020" in results
    assert any("Số 123/QĐ-UBND, ngày 14/08/2020" in t for t in column(parts, column_title(
        parts, "Sản phẩm")))
    assert "Trần Văn Nam - Phó Trưởng phòng" in column(parts, "Cá nhân phụ trách (họ tên, chức vụ)")
    assert "17/08/2020\nHạn nội bộ: 12/08/2020" in column(parts, "Thời hạn")
    overdue = table_with(document, *OVERDUE_HEADER, exact=True)
    assert len(overdue.rows) - 1 == sum(o.status == "overdue" for o in expected)
    text = all_text(document)
    assert "Nơi nhận:" in text
    assert "TRƯỞNG PHÒNG" in text
    assert "- UBND huyện;" in text
    assert "- Lưu: VT." in text
    assert "Cách tính thời hạn:" in text
    assert "Tỷ lệ đúng hạn:" in text
    for heading in ("I. Kết quả đạt được", "II. Tồn tại, hạn chế", "III. Nguyên nhân, trách nhiệm",
                    "IV. Giải pháp khắc phục", "V. Kiến nghị, đề xuất", "PHỤ LỤC"):
        assert heading in texts


def column_title(table: Any, start: str) -> str:
    return str(next(c.text for c in table.rows[0].cells if c.text.startswith(start)))


def test_docx_layout(repo_copy: Path, tmp_path: Path) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Mm

    document = docx_of(file_of(repo_copy, tmp_path, "docx"))
    orientations = []
    for section in document.sections:
        size = sorted((round(section.page_width.mm), round(section.page_height.mm)))
        assert size == [210, 297]
        orientations.append(section.page_width > section.page_height)
        assert 19.9 <= section.top_margin.mm <= 25
        assert 19.9 <= section.bottom_margin.mm <= 25
        assert 29.9 <= section.left_margin.mm <= 35
        assert 14.9 <= section.right_margin.mm <= 20
    assert orientations == [False, True]  # the body portrait, the Phụ lục landscape
    first, appendix = document.sections
    assert first.different_first_page_header_footer  # no number on page 1
    assert not appendix.different_first_page_header_footer  # numbers go on
    assert not first.first_page_header.paragraphs[0].text
    header = first.header._element
    assert "PAGE" in "".join(t.text for t in header.iter(qn("w:instrText")))
    assert first.header.paragraphs[0].alignment == 1  # centred
    assert appendix.header.is_linked_to_previous
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size.pt in (13, 14)
    parts = table_with(document, "Kết quả thực hiện", "Thời hạn")
    assert parts.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert sum(c.width for c in parts.columns) <= Mm(297 - 45) + Mm(1)
    props = document.core_properties
    assert props.created.date() == AS_OF
    assert props.author == "Phòng Nội vụ"


def test_docx_district_report(repo_copy: Path, tmp_path: Path) -> None:
    submit(repo_copy)
    document = docx_of(file_of(repo_copy, tmp_path, "docx", agency=None))
    left = document.tables[0].rows[0].cells[0].text
    assert left.splitlines()[:2] == ["UBND HUYỆN KRÔNG PA", "PHÒNG NỘI VỤ"]
    summary = table_with(document, "Cơ quan, đơn vị", "Cập nhật kết quả", "Tỷ lệ đúng hạn")
    result = compute_status(open_project(repo_copy), AS_OF)
    assert len(summary.rows) - 1 == len({o.agency for o in result.obligations})
    names = column(summary, "Cơ quan, đơn vị")
    states = column(summary, "Cập nhật kết quả")
    assert states.index("Đã cập nhật") > states.index("Chưa cập nhật")  # not submitted first
    assert column(summary, "Ngày cập nhật")[names.index("Phòng Nội vụ")] == "10/09/2020"
    milestones = table_with(document, "Mục", "Kết quả")
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in milestones.rows[1:]}
    assert rows["IV.1"][2] == "17/08/2020"
    assert rows["IV.2"][2] == "21/08/2020"
    assert rows["IV.1"][3] == "Không đạt"
    assert "Phòng Tư pháp" in rows["IV.1"][4]
    text = all_text(document)
    assert "V. Đề xuất" in text
    assert "Dự thảo" in text
    assert "█" in text
    assert "░" in text
    overdue = table_with(document, "Mục", "Cơ quan, đơn vị chưa hoàn thành")
    late = {(o.task.id, o.part.name, o.period) for o in result.obligations
            if o.status == "overdue"}
    assert len(overdue.rows) - 1 == len(late)  # each overdue task part once
    assert "Phòng Tư pháp" in "\n".join(column(overdue, "Cơ quan, đơn vị chưa hoàn thành"))
    assert "TRƯỞNG PHÒNG" in text
    assert "- Lãnh đạo UBND huyện (b/c);" in text


# --- Excel -----------------------------------------------------------------------------------


def workbook(data: bytes) -> Any:
    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(data))


def test_xlsx_agency_report(repo_copy: Path, tmp_path: Path) -> None:
    submit(repo_copy)
    book = workbook(file_of(repo_copy, tmp_path, "xlsx"))
    assert book.sheetnames == ["Báo cáo", "Phụ lục"]
    sheet = book["Phụ lục"]
    header_row = next(r for r in range(1, 10) if sheet.cell(row=r, column=1).value == "STT")
    header = [c.value for c in sheet[header_row]]
    assert header[:3] == ["STT", "Nội dung nhiệm vụ", "Vai trò"]
    expected = obligations(repo_copy)
    rows = [r for r in sheet.iter_rows(min_row=header_row + 1)
            if r[1].value is not None]
    assert len(rows) == len({(o.task.id, o.part.name) for o in expected})
    assert sheet.auto_filter.ref == f"A{header_row}:G{sheet.max_row - 1}"
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert sheet.print_title_rows == f"${header_row}:${header_row}"
    assert sheet.page_setup.orientation == "landscape"
    numbers = [r[0].value for r in rows]
    assert 7 in numbers
    assert "2.1" in numbers
    dated = [r[4] for r in rows if isinstance(r[4].value, datetime)]
    assert dated
    assert all(c.number_format == "dd/mm/yyyy" for c in dated)
    results = "\n".join(str(r[5].value) for r in rows)
    assert catalog_text("status.done_late", "vi") in results
    cover = book["Báo cáo"]
    texts = [str(c.value) for row in cover.iter_rows() for c in row if c.value]
    assert any("PHÒNG NỘI VỤ" in t for t in texts)
    assert any(NATION in t for t in texts)
    assert cover.page_setup.orientation == "portrait"
    assert cover.print_area == "'Báo cáo'!$A$1:$X$" + str(cover.max_row)


def test_xlsx_district_has_chart(repo_copy: Path, tmp_path: Path) -> None:
    data = file_of(repo_copy, tmp_path, "xlsx", agency=None)
    book = workbook(data)
    # the leaders' tables (issue 27) are sheets of their own
    assert book.sheetnames == ["Báo cáo", "Tổng hợp", "Theo lĩnh vực", "Xếp hạng", "Biểu đồ"]
    result = compute_status(open_project(repo_copy), AS_OF)
    summary = book["Tổng hợp"]
    header_row = next(r for r in range(1, 10) if summary.cell(row=r, column=1).value == "STT")
    assert summary.max_row - header_row == len({o.agency for o in result.obligations})
    assert summary.cell(row=header_row + 1, column=1).value == 1
    cover = book["Báo cáo"]
    texts = [str(c.value) for row in cover.iter_rows() for c in row if c.value]
    assert "IV.1" in texts
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert charts
        assert b"<barChart>" in archive.read(charts[0])


# --- files, determinism, nothing district-specific --------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_binary_output_is_deterministic(repo_copy: Path, tmp_path: Path, fmt: str) -> None:
    submit(repo_copy)
    runs = []
    for name in ("first", "second"):
        (tmp_path / name).mkdir()
        runs.append(file_of(repo_copy, tmp_path / name, fmt, agency=None))
    assert runs[0] == runs[1]


def test_second_write_needs_force(repo_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    assert report(repo_copy, "--format", "md", "-o", str(target)).exit_code == 0
    target.write_text("do not touch", encoding="utf-8")
    again = report(repo_copy, "--format", "md", "-o", str(target))
    assert again.exit_code == 2
    assert "đã tồn tại" in again.stderr
    assert "--force" in again.stderr
    english = report(repo_copy, "--format", "md", "-o", str(target), "--lang", "en")
    assert english.exit_code == 2
    assert "already exists" in english.stderr
    assert target.read_text(encoding="utf-8") == "do not touch"
    forced = report(repo_copy, "--format", "md", "-o", str(target), "--force")
    assert forced.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("| UBND")
    assert forced.stderr == f"đã ghi {target}\n"


def test_missing_folder_is_made(repo_copy: Path, tmp_path: Path) -> None:
    """The output-folder rule (app.writes): the missing folders of -o are made."""
    result = report(repo_copy, "-o", str(tmp_path / "no-such-folder" / "x.docx"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "no-such-folder" / "x.docx").is_file()


def test_a_file_on_the_way_is_a_clear_error(repo_copy: Path, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    result = report(repo_copy, "-o", str(tmp_path / "a-file" / "x.docx"))
    assert result.exit_code == 2
    assert "không phải là thư mục" in result.stderr
    assert "Traceback" not in result.stderr


def test_default_file_name(repo_copy: Path, tmp_path: Path) -> None:
    """Without -o, reports go to the repository's reports/ folder (git-ignored)."""
    here = tmp_path / "out"
    here.mkdir()
    result = report(repo_copy, "--format", "md", cwd=here)
    assert result.exit_code == 0, result.stderr
    assert (repo_copy / "reports" / f"bao-cao-{AGENCY}-{ISO}.md").is_file()
    assert not list(here.iterdir())
    result = report(repo_copy, "--format", "xlsx", agency="phong-tu-phap", cwd=here)
    assert (repo_copy / "reports" / f"bao-cao-phong-tu-phap-{ISO}.xlsx").is_file()
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "reports/" in ignored


def test_other_plans_print_their_own_names(mini_copy: Path, tmp_path: Path) -> None:
    """Nothing about Krông Pa is in the code: a different plan, different names."""
    for agency in ("phong-tu-phap", None):
        for fmt in ("md", "html", "json"):
            assert "Krông Pa" not in stdout_of(mini_copy, fmt, agency)
        document = docx_of(file_of(mini_copy, tmp_path, "docx", agency))
        text = all_text(document)
        assert "Krông Pa" not in text
        assert "Mẫu, ngày 15 tháng 9 năm 2020" in text
        assert "UBND HUYỆN MẪU" in text
    book = workbook(file_of(mini_copy, tmp_path, "xlsx", None))
    cells = [str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value]
    assert not any("Krông Pa" in c for c in cells)


def test_milestone_not_yet_due(mini_copy: Path) -> None:
    result = run_cli("report", "--root", str(mini_copy), "--as-of", "2020-08-01", "--format",
                     "md", "-o", "-")
    assert result.exit_code == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if line.startswith("| IV.1 "))
    assert "| 17/08/2020 | Chưa đến hạn |" in row


def test_validate_does_not_load_office_libraries() -> None:
    code = (
        "import sys\n"
        "from cchc_plan.cli import invoke\n"
        f"invoke(['validate', '--root', {str(MINI)!r}, '--no-cache'])\n"
        "import cchc_plan.render\n"
        "assert 'docx' not in sys.modules and 'openpyxl' not in sys.modules, 'loaded'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


def test_dates_in_documents_follow_decree_30() -> None:
    from cchc_plan.render.document.common import Words, long_date

    w = Words("vi")
    assert long_date(date(2020, 2, 5), w) == "ngày 05 tháng 02 năm 2020"
    assert long_date(date(2020, 9, 15), w) == "ngày 15 tháng 9 năm 2020"
    assert long_date(date(2020, 12, 1), w) == "ngày 01 tháng 12 năm 2020"


def test_binary_report_to_stdout_is_the_file() -> None:
    result = run_cli("report", "--root", str(KRONG_PA), "--as-of", "2020-09-15", "--format", "docx",
                     "-o", "-")
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"PK")
    assert not Path("-").exists()
