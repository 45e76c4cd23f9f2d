"""Reading appendix tables out of .docx and .xlsx files: headers in any words
and order, sections, numbered rows and sub-items, merged cells, tables
continued over pages, repeated headers, Excel merged ranges; and odd grids
(hypothesis) never crash the reader."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plan_fixtures as fx
from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import Msg
from cchc_plan.core.text import fold
from cchc_plan.features.plan_io.reader.appendix import (
    AppendixTable,
    SourceRow,
    normalise_number,
    read_appendix,
    rows_from_blocks,
    split_all_inline,
    split_leading_section,
)
from cchc_plan.features.plan_io.reader.grid import Block, GridCell, GridRow
from cchc_plan.features.plan_io.reader.header import assign_columns, score_label
from cchc_plan.features.plan_io.reader.package import open_package

Key = tuple[str, str, dict[str, str], frozenset[str], dict[str, tuple[str, ...]]]
NO_SOURCE = Msg("")


def read(path: Path, **options: object) -> AppendixTable:
    return read_appendix(open_package(path), **options)  # type: ignore[arg-type]


def vi(message: Msg) -> str:
    return message.text("vi")


def key(row: SourceRow) -> Key:
    """What a round trip must keep: everything but where it was read and the notes."""
    return row.kind, row.number, row.cells, row.shared, row.spans


def item(number: str, shared: str = "", **cells: str) -> SourceRow:
    return SourceRow("item", number, cells, NO_SOURCE, frozenset(shared.split()))


def spanning(row: SourceRow, column: str, *covered: str) -> SourceRow:
    row.spans = {column: (column, *covered)}
    return row


def section(number: str, title: str) -> SourceRow:
    return SourceRow("section", number, {"task": title} if title else {}, NO_SOURCE)


TTVH = fx.TTVH
SHARED_3 = {"outputs": "Báo cáo định kỳ",
            "coordinating": "Các phòng ban đơn vị, UBND các xã, thị trấn",
            "deadline": "Đúng yêu cầu của UBND tỉnh"}
KRONGPA = [
    section("I", "Công tác chỉ đạo điều hành"),
    item("1", task="Triển khai các nhiệm vụ công tác CCHC trên các lĩnh vực; mức độ thực hiện "
                   "kế hoạch CCHC đạt 100%",
         outputs="- Kế hoạch công tác cải cách hành chính\n- Văn bản đôn đốc, triển khai thực hiện",
         lead="Phòng Nội vụ", coordinating="Các phòng ban, đơn vị, UBND các xã, thị trấn",
         deadline="- Kế hoạch của huyện ban hành trước ngày 31/12 hằng năm.\n"
                  "- Cấp xã trước ngày 15/01."),
    item("2", task="Thực hiện tuyên truyền về công tác cải cách hành chính"),
    item("2.1", task="Cập nhật, công bố, công khai TTHC tại Bộ phận Tiếp nhận và trả kết quả",
         outputs="Kết quả, hình ảnh, nội dung công khai",
         lead="Văn phòng HĐND-UBND huyện chủ trì theo dõi",
         coordinating="Các phòng ban, đơn vị có giải quyết TTHC thường xuyên rà soát, cập nhật "
                      "TTHC để niêm yết tại\nbộ phận một cửa đầy đủ TTHC.",
         deadline="Thực hiện ngay và cập nhật thường xuyên khi có thay đổi"),
    item("2.2", task="Tuyên truyền trên sóng Truyền thanh - Truyền hình huyện",
         outputs="Bản tin, phóng sự về CCHC", lead=TTVH, coordinating=TTVH,
         deadline="Duy trì thường xuyên, liên tục"),
    item("2.3", task="Tuyên truyền CCHC bằng pano, áp phích, tờ gấp",
         outputs="Pano, áp phích, tờ gấp", lead=TTVH, coordinating="Phòng Nội vụ; Bưu điện huyện",
         deadline="Chậm nhất cuối tháng 9/2020"),
    item("3", task="Thực hiện chế độ thông tin báo cáo về CCHC", **SHARED_3),
    item("3.1", "outputs coordinating deadline", task="Báo cáo công tác CCHC",
         lead="Phòng Nội vụ", **SHARED_3),
    item("3.2", "outputs coordinating deadline", task="Báo cáo rà soát văn bản QPPL",
         lead="Phòng Tư pháp", **SHARED_3),
    item("3.3", "outputs coordinating deadline", task="Báo cáo kết quả ứng dụng CNTT",
         lead="Phòng Văn hóa Thông tin", **SHARED_3),
    section("II", "Lĩnh vực xây dựng và tổ chức thực hiện văn bản QPPL"),
    item("4", task="Rà soát, hệ thống hóa văn bản QPPL", outputs="Báo cáo kết quả rà soát",
         lead="Phòng Tư pháp", coordinating="Các phòng ban, đơn vị",
         deadline="Trước ngày 31/12/2020"),
    item("5", "lead", task="Theo dõi tình hình thi hành pháp luật", outputs="Báo cáo",
         lead="Phòng Tư pháp", coordinating="UBND các xã, thị trấn", deadline="Hằng năm"),
    item("6", "lead", task="Kiểm tra, xử lý văn bản QPPL", outputs="Kết luận kiểm tra",
         lead="Phòng Tư pháp", deadline="Thường xuyên"),
]
STANDARD_COLUMNS = {"number": 0, "task": 1, "outputs": 2, "lead": 3, "coordinating": 4,
                    "deadline": 5}


def by_number(rows: list[SourceRow]) -> dict[str, SourceRow]:
    return {row.number: row for row in rows}


# --- Word fixtures ------------------------------------------------------------------


@pytest.fixture(scope="module")
def krongpa(tmp_path_factory: pytest.TempPathFactory) -> list[SourceRow]:
    path = fx.krongpa_docx(tmp_path_factory.mktemp("docx") / "krongpa.docx")
    table = read(path)
    assert table.columns == STANDARD_COLUMNS
    # Masthead (1) and the plan's signature (2) have no header; the closing
    # signature table comes after body text, so it does not continue the appendix.
    assert table.source == ["3", "4"]
    return table.rows


def test_two_tables_with_repeated_headers_read_as_one(krongpa: list[SourceRow]) -> None:
    assert [key(row) for row in krongpa] == [key(row) for row in KRONGPA]


def test_row_split_over_the_page_is_joined(krongpa: list[SourceRow]) -> None:
    row = by_number(krongpa)["2.1"]
    assert vi(row.source) == "bảng 3, dòng 6"
    assert [vi(n) for n in row.notes] == [
        "dòng bị tách qua trang, phần sau ở bảng 4, dòng 3: đã nối lại"]


def test_ocr_numbers_are_normalised_with_a_note(krongpa: list[SourceRow]) -> None:
    rows = by_number(krongpa)
    assert [vi(n) for n in rows["2.2"].notes] == ["số thứ tự '2 .2' đọc là '2.2'"]
    assert [vi(n) for n in rows["2.3"].notes] == ["số thứ tự '2-3' đọc là '2.3'"]


def test_vertically_merged_lead_over_three_rows(krongpa: list[SourceRow]) -> None:
    rows = by_number(krongpa)
    assert [rows[n].cells["lead"] for n in "456"] == ["Phòng Tư pháp"] * 3
    assert [sorted(rows[n].shared) for n in "456"] == [[], ["lead"], ["lead"]]


def test_heading_split_over_subitems(krongpa: list[SourceRow]) -> None:
    rows = by_number(krongpa)
    assert "lead" not in rows["3"].cells
    assert [rows[n].parent for n in ("3", "3.1", "3.2", "3.3")] == [None, "3", "3", "3"]
    assert [rows[n].cells["lead"] for n in ("3.1", "3.2", "3.3")] == [
        "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Văn hóa Thông tin"]
    assert all(rows[n].shared == {"outputs", "coordinating", "deadline"}
               for n in ("3.1", "3.2", "3.3"))


def test_sections_by_roman_numeral_and_merged_across(krongpa: list[SourceRow]) -> None:
    sections = [row for row in krongpa if row.kind == "section"]
    assert [(s.number, vi(s.source)) for s in sections] == [("I", "bảng 3, dòng 3"),
                                                            ("II", "bảng 4, dòng 11")]


def test_cell_text_paragraphs_breaks_tabs_and_nfd(krongpa: list[SourceRow]) -> None:
    rows = by_number(krongpa)
    # two paragraphs, a blank one dropped, a tab between words, runs split mid-word
    assert rows["1"].cells["deadline"].count("\n") == 1
    assert "cải cách hành chính" in rows["1"].cells["outputs"]
    lead = rows["3.2"].cells["lead"]  # written in NFD in the fixture
    assert lead == "Phòng Tư pháp"
    assert unicodedata.is_normalized("NFC", lead)


def test_reordered_headers_without_diacritics(tmp_path: Path) -> None:
    table = read(fx.reordered_docx(tmp_path / "r.docx"))
    assert table.columns == {"number": 0, "task": 1, "deadline": 2, "lead": 3,
                             "coordinating": 4, "note": 6}
    assert table.extra == {5: "Kinh phi (trieu dong)"}
    assert [key(row) for row in table.rows] == [key(row) for row in [
        section("I", "CẢI CÁCH THỂ CHẾ"),
        item("1", task="Rà soát văn bản", lead="Phòng Tư pháp",
             coordinating="Văn phòng HĐND-UBND", deadline="Quý III/2020", note="Đã có kế hoạch"),
        item("2", task="Kiểm tra văn bản", lead="Phòng Tư pháp", deadline="Thường xuyên"),
    ]]
    assert table.rows[1].notes == []  # "1." is a plain number


def test_two_row_header_grid_after_hmerge_and_inline_subitems(tmp_path: Path) -> None:
    table = read(fx.two_row_header_docx(tmp_path / "h.docx"))
    assert table.columns == {"number": 0, "task": 1, "lead": 2, "coordinating": 3,
                             "deadline": 4}
    shared = {"coordinating": "Các cơ quan, đơn vị", "deadline": "Thời gian phù hợp"}
    assert [key(row) for row in table.rows] == [key(row) for row in [
        item("1", task="Xây dựng kế hoạch", lead="Phòng Nội vụ", coordinating="Các phòng",
             deadline="Tháng 12"),
        item("2", task="Báo cáo quý", lead="Phòng Nội vụ"),
        spanning(item("3", task="Tập huấn", lead="Phòng Nội vụ chủ trì, các phòng phối hợp",
                      deadline="Theo kế hoạch"), "lead", "coordinating"),
        item("5", task="Tập huấn công tác cải cách hành chính:", **shared),
        item("5.1", "coordinating deadline", task="Tập huấn chung về CCHC",
             lead="Phòng Nội vụ", **shared),
        item("5.2", "coordinating deadline",
             task="Tập huấn sử dụng hệ thống QLVBĐH,\nthư điện tử công vụ",
             lead="Văn phòng HĐND-UBND", **shared),
    ]]


def test_inline_subitems_can_be_kept_whole(tmp_path: Path) -> None:
    table = read(fx.two_row_header_docx(tmp_path / "h.docx"), split_inline=False)
    assert table.rows[-1].number == "5"
    assert table.rows[-1].cells["lead"] == "5.1 Phòng Nội vụ\n5.2 Văn phòng HĐND-UBND"


def test_table_made_with_python_docx_merge(tmp_path: Path) -> None:
    rows = read(fx.python_docx_made(tmp_path / "p.docx")).rows
    assert [(r.kind, r.number, r.cells.get("lead"), sorted(r.shared)) for r in rows] == [
        ("section", "I", None, []),
        ("item", "1", "Phòng Nội vụ", []),
        ("item", "2", "Phòng Nội vụ", ["lead"]),
        ("item", "3", "Phòng Nội vụ", ["lead"]),
    ]


def test_document_without_appendix(tmp_path: Path) -> None:
    path = fx.build_docx(tmp_path / "none.docx", [fx.MASTHEAD, "Không có phụ lục."])
    with pytest.raises(InputError) as raised:
        read(path)
    assert "không thấy bảng" in raised.value.text("vi")


def test_other_formats_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    with pytest.raises(InputError) as raised:
        read(path)
    assert raised.value.message.id == "import.old-office"
    docx_named_doc = tmp_path / "named.doc"  # the contents decide, not the name
    docx_named_doc.write_bytes(fx.reordered_docx(tmp_path / "r.docx").read_bytes())
    assert len(read(docx_named_doc).rows) == 3


# --- Excel --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def xlsx_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fx.krongpa_xlsx(tmp_path_factory.mktemp("xlsx") / "krongpa.xlsx")


def test_xlsx_with_merged_ranges_reads_like_the_docx(xlsx_path: Path) -> None:
    table = read(xlsx_path)
    assert table.source == ["Phụ lục"]  # the cover sheet has no header
    assert table.columns == STANDARD_COLUMNS
    assert [key(row) for row in table.rows] == [key(row) for row in KRONGPA]
    rows = by_number(table.rows)
    assert vi(rows["2.1"].source) == "ô Phụ lục!A9"
    assert vi(rows["I"].source) == "ô Phụ lục!A6"


def test_xlsx_named_sheet(xlsx_path: Path) -> None:
    assert len(read(xlsx_path, sheet="Phụ lục").rows) == len(KRONGPA)
    with pytest.raises(InputError):
        read(xlsx_path, sheet="Bìa")
    with pytest.raises(InputError) as raised:
        read(xlsx_path, sheet="Sheet9")
    assert raised.value.message.id == "import.no-sheet"


def test_xlsx_two_row_header_with_merged_ranges(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Nội dung", "Đơn vị thực hiện", None, "Thời gian"])
    sheet.append([None, None, "Chủ trì", "Phối hợp", None])
    sheet.append([1, "Rà soát", "Phòng Tư pháp", "Các phòng", "Quý IV"])
    for rng in ("A1:A2", "B1:B2", "C1:D1", "E1:E2"):
        sheet.merge_cells(rng)
    book.save(tmp_path / "h.xlsx")
    table = read(tmp_path / "h.xlsx")
    assert table.columns == {"number": 0, "task": 1, "lead": 2, "coordinating": 3,
                             "deadline": 4}
    assert table.rows[0].cells["coordinating"] == "Các phòng"


# --- words and numbers ----------------------------------------------------------------


def test_fold() -> None:
    assert fold("Cơ quan PHỐI HỢP/thực hiện") == "co quan phoi hop thuc hien"
    assert fold(unicodedata.normalize("NFD", "Đơn vị chủ trì")) == "don vi chu tri"


@pytest.mark.parametrize(("label", "column"), [
    ("STT", "number"), ("Số TT", "number"), ("Nhiệm vụ cụ thể", "task"),
    ("Nội dung công việc", "task"), ("Sản phẩm (đầu ra)", "outputs"), ("Kết quả", "outputs"),
    ("Cơ quan chủ trì (Giao người đứng đầu … có trách nhiệm thực hiện)", "lead"),
    ("Co quan phoi hop va thuc hien", "coordinating"), ("Tiến độ", "deadline"),
    ("Thời hạn hoàn thành", "deadline"), ("Ghi chú", "note"),
])
def test_header_words(label: str, column: str) -> None:
    scores = score_label(label)
    assert max(scores, key=lambda c: scores[c]) == column


def test_each_column_goes_to_its_best_header() -> None:
    labels = ["Đơn vị thực hiện", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện"]
    header = assign_columns([(GridCell(i, 1, t), t) for i, t in enumerate(labels)])
    assert header.ranges == {"task": (1, 2), "lead": (2, 3), "deadline": (3, 4)}
    assert header.extra == {0: "Đơn vị thực hiện"}


@pytest.mark.parametrize(("raw", "number", "noted"), [
    ("2.1", "2.1", False), ("1.", "1", False), ("2 .4", "2.4", True), ("2-5", "2.5", True),
    ("2 4 .", "2.4", True), ("2,3", "2.3", True), ("II", "II", False), ("a)", "a", False),
    ("", "", False), ("1l1", "1l1", True),
])
def test_normalise_number(raw: str, number: str, noted: bool) -> None:
    got, note = normalise_number(raw)
    assert (got, note is not None) == (number, noted)


def test_split_leading_section() -> None:
    assert split_leading_section("II. Lĩnh vực QPPL") == ("II", "Lĩnh vực QPPL")
    assert split_leading_section("Phần III: Tổ chức") == ("III", "Tổ chức")
    assert split_leading_section("Im lặng là vàng") == ("", "Im lặng là vàng")


ODD_TEXT = st.sampled_from(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Ghi chú",
                            "I", "1", "2.1", "(1)", "", "", "abc", "II. X", "3.1 a\n3.2 b"])
ODD_ROW = st.lists(st.tuples(st.integers(1, 3), ODD_TEXT, st.booleans()), min_size=1,
                   max_size=7)


def odd_block(rows: list[list[tuple[int, str, bool]]], follows: bool) -> Block:
    grid_rows = []
    for row in rows:
        starts = [sum(span for span, _, _ in row[:i]) for i in range(len(row))]
        cells = tuple(GridCell(col, span, text, up) for col, (span, text, up)
                      in zip(starts, row, strict=True))
        grid_rows.append(GridRow(cells, NO_SOURCE))
    width = max(sum(span for span, _, _ in row) for row in rows)
    return Block(tuple(grid_rows), width, follows, "b")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(ODD_ROW, min_size=1, max_size=8), st.booleans()),
                min_size=1, max_size=3))
def test_reader_never_crashes_on_odd_grids(blocks: list[tuple[list[list[tuple[int, str, bool]]],
                                                               bool]]) -> None:
    try:
        table = rows_from_blocks([odd_block(rows, follows) for rows, follows in blocks], "f")
    except InputError:
        return
    split_all_inline(table.rows)


# --- through LibreOffice ----------------------------------------------------------------

SOFFICE = shutil.which("soffice")


@pytest.mark.soffice
@pytest.mark.parametrize("name", ["krongpa.docx", "krongpa.xlsx"])
def test_files_resaved_by_libreoffice(tmp_path: Path, name: str) -> None:
    source = tmp_path / "in" / name
    source.parent.mkdir()
    fx.ALL[name](source)
    target = "xlsx:Calc MS Excel 2007 XML" if name.endswith("xlsx") else "docx:MS Word 2007 XML"
    subprocess.run([str(SOFFICE), "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", target, "--outdir", str(tmp_path / "out"), str(source)],
                   check=True, capture_output=True, timeout=180)
    back = read(tmp_path / "out" / name).rows
    assert [key(row) for row in back] == [key(row) for row in KRONGPA]
