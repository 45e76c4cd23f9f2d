"""Hand-built appendix files for the import tests: tables modelled on the Krông
Pa plan (34/KH-UBND), other layouts, and a second, differently worded plan of
another (made-up) district with its own agencies, its columns in another order
and its table over two pages.

The Word tables are written as raw WordprocessingML, so every merge, header flag
and gridBefore/gridAfter is exactly what the fixture says (python-docx's table
API cannot write most of them). Each text is split over two runs, as Word does.

    python tests/plan_fixtures.py OUT_DIR   # writes the fixtures to look at them
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from docx import Document

from cchc_plan.render.word_base import add_child, element

Text = str | list[str]  # a list is one paragraph per item; "\n" in a str is a w:br


@dataclass
class C:
    """One w:tc."""

    text: Text = ""
    span: int = 1
    vmerge: str | None = None  # "restart" | "continue"
    hmerge: str | None = None  # legacy Word 97 horizontal merge


@dataclass
class R:
    """One w:tr."""

    cells: Sequence[C | Text]
    header: bool = False  # w:tblHeader
    grid_before: int = 0
    grid_after: int = 0
    sdt: bool = False  # wrap the row in a content control


@dataclass
class Table:
    rows: list[R]
    widths: list[int] = field(default_factory=list)  # twips per grid column


# --- WordprocessingML ------------------------------------------------------------


def add_runs(p: Any, text: str) -> None:
    """Text in two runs (split mid-text), w:br for "\\n", w:tab for "\\t"."""
    for line_no, line in enumerate(text.split("\n")):
        if line_no:
            add_child(add_child(p, "w:r"), "w:br")
        half = len(line) // 2
        for piece in (line[:half], line[half:]):
            if not piece:
                continue
            r = add_child(p, "w:r")
            for i, chunk in enumerate(piece.split("\t")):
                if i:
                    add_child(r, "w:tab")
                t = add_child(r, "w:t")
                t.text = chunk
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def make_tc(cell: C | Text, width: int) -> Any:
    spec = cell if isinstance(cell, C) else C(cell)
    tc = element("w:tc")
    tc_pr = add_child(tc, "w:tcPr")
    add_child(tc_pr, "w:tcW", w=str(width * spec.span), type="dxa")
    if spec.span > 1:
        add_child(tc_pr, "w:gridSpan", val=str(spec.span))
    if spec.hmerge:
        add_child(tc_pr, "w:hMerge", **({"val": "restart"} if spec.hmerge == "restart" else {}))
    if spec.vmerge:
        add_child(tc_pr, "w:vMerge", **({"val": "restart"} if spec.vmerge == "restart" else {}))
    paragraphs = spec.text if isinstance(spec.text, list) else [spec.text]
    for text in paragraphs:
        add_runs(add_child(tc, "w:p"), text)
    return tc


def make_tr(row: R, width: int) -> Any:
    tr = element("w:tr")
    tr_pr = add_child(tr, "w:trPr")
    if row.grid_before:
        add_child(tr_pr, "w:gridBefore", val=str(row.grid_before))
    if row.grid_after:
        add_child(tr_pr, "w:gridAfter", val=str(row.grid_after))
    if row.header:
        add_child(tr_pr, "w:tblHeader")
    for cell in row.cells:
        tr.append(make_tc(cell, width))
    if not row.sdt:
        return tr
    sdt = element("w:sdt")
    add_child(sdt, "w:sdtPr")
    add_child(sdt, "w:sdtContent").append(tr)
    return sdt


def grid_width(table: Table) -> int:
    first = table.rows[0]
    spans = sum(c.span if isinstance(c, C) else 1 for c in first.cells)
    return first.grid_before + spans + first.grid_after


def make_tbl(table: Table) -> Any:
    columns = grid_width(table)
    widths = table.widths or [14000 // columns] * columns
    tbl = element("w:tbl")
    tbl_pr = add_child(tbl, "w:tblPr")
    add_child(tbl_pr, "w:tblW", w=str(sum(widths)), type="dxa")
    borders = add_child(tbl_pr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        add_child(borders, f"w:{side}", val="single", sz="4", space="0", color="000000")
    grid = add_child(tbl, "w:tblGrid")
    for width in widths:
        add_child(grid, "w:gridCol", w=str(width))
    for row in table.rows:
        tbl.append(make_tr(row, widths[0]))
    return tbl


def make_paragraph(text: str) -> Any:
    p = element("w:p")
    if text:
        add_runs(p, text)
    return p


def build_docx(path: Path, parts: Sequence[Table | str]) -> Path:
    """A document of tables and paragraphs in the given order, A4 landscape."""
    document = Document()
    body = document.element.body
    for part in parts:
        element = make_tbl(part) if isinstance(part, Table) else make_paragraph(part)
        body.insert(len(body) - 1, element)
    document.save(str(path))
    return path


# --- the Krông Pa table ------------------------------------------------------------

GIAO = "(Giao người đứng đầu cơ quan, đơn vị có trách nhiệm thực hiện)"
HEADER = ["STT", "Nhiệm vụ cụ thể", "Sản phẩm đầu ra", f"Cơ quan chủ trì\n{GIAO}",
          f"Cơ quan phối hợp và thực hiện {GIAO}", "Thời gian hoàn thành/yêu cầu khác"]
NUMBERS = [f"({i})" for i in range(1, 7)]
TTVH = "Trung tâm Văn hóa Thông tin và Thể thao"
NFD_TU_PHAP = unicodedata.normalize("NFD", "Phòng Tư pháp")

MASTHEAD = Table([R(["ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập - Tự do - Hạnh phúc"]), R(["Số: 34/KH-UBND", "Krông Pa, ngày"])])
SIGNATURE = Table([R(["Nơi nhận:\n- UBND tỉnh;\n- Lưu VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"])])

PAGE_1 = Table([
    R(HEADER, header=True),
    R(NUMBERS, header=True),
    R(["I", C("Công tác chỉ đạo điều hành", span=5)]),
    R(["1", "Triển khai các nhiệm vụ công tác CCHC trên các lĩnh vực; mức độ thực hiện kế "
                 "hoạch CCHC đạt 100%",
       ["- Kế hoạch công tác cải cách\thành chính", "- Văn bản đôn đốc, triển khai thực hiện"],
       "Phòng Nội vụ", "Các phòng ban, đơn vị, UBND các xã, thị trấn",
       ["- Kế hoạch của huyện ban hành trước ngày 31/12 hằng năm.", "",
        "- Cấp xã trước ngày 15/01."]]),
    R(["2", "Thực hiện tuyên truyền về công tác cải cách hành chính", "", "", "", ""], sdt=True),
    R(["2.1", "Cập nhật, công bố, công khai TTHC tại Bộ phận Tiếp nhận và trả kết quả",
       "Kết quả, hình ảnh, nội dung công khai", "Văn phòng HĐND-UBND huyện chủ trì theo dõi",
       "Các phòng ban, đơn vị có giải quyết TTHC thường xuyên rà soát, cập nhật TTHC để niêm "
       "yết tại",
       "Thực hiện ngay và cập nhật thường xuyên khi có thay đổi"]),
])
PAGE_2 = Table([
    R(HEADER, header=True),
    R(NUMBERS, header=True),
    R(["", "", "", "", "bộ phận một cửa đầy đủ TTHC.", ""]),  # 2.1 goes on over the page
    R(["2 .2", "Tuyên truyền trên sóng Truyền thanh - Truyền hình huyện",
       "Bản tin, phóng sự về CCHC", TTVH, TTVH, "Duy trì thường xuyên, liên tục"]),
    R(["2-3", "Tuyên truyền CCHC bằng pano, áp phích, tờ gấp", "Pano, áp phích, tờ gấp", TTVH,
       "Phòng Nội vụ; Bưu điện huyện", "Chậm nhất cuối tháng 9/2020"]),
    R(["3", "Thực hiện chế độ thông tin báo cáo về CCHC", C("Báo cáo định kỳ", vmerge="restart"),
       "", C("Các phòng ban đơn vị, UBND các xã, thị trấn", vmerge="restart"),
       C("Đúng yêu cầu của UBND tỉnh", vmerge="restart")]),
    R(["3.1", "Báo cáo công tác CCHC", C(vmerge="continue"), "Phòng Nội vụ",
       C(vmerge="continue"), C(vmerge="continue")]),
    R(["3.2", "Báo cáo rà soát văn bản QPPL", C(vmerge="continue"), NFD_TU_PHAP,
       C(vmerge="continue"), C(vmerge="continue")]),
    R(["3.3", "Báo cáo kết quả ứng dụng CNTT", C(vmerge="continue"), "Phòng Văn hóa Thông tin",
       C(vmerge="continue"), C(vmerge="continue")]),
    R(HEADER),  # a converted document repeats the header inside the table, unflagged
    R([C("II. Lĩnh vực xây dựng và tổ chức thực hiện văn bản QPPL", span=6)]),
    R(["4", "Rà soát, hệ thống hóa văn bản QPPL", "Báo cáo kết quả rà soát",
       C("Phòng Tư pháp", vmerge="restart"), "Các phòng ban, đơn vị", "Trước ngày 31/12/2020"]),
    R(["5", "Theo dõi tình hình thi hành pháp luật", "Báo cáo", C(vmerge="continue"),
       "UBND các xã, thị trấn", "Hằng năm"]),
    R(["6", "Kiểm tra, xử lý văn bản QPPL", "Kết luận kiểm tra", C(vmerge="continue"), "",
       "Thường xuyên"]),
])


def krongpa_docx(path: Path) -> Path:
    """Masthead table, body text, the appendix over two tables, a signature table."""
    return build_docx(path, [
        MASTHEAD, "KẾ HOẠCH", "Khắc phục tồn tại, hạn chế của công tác CCHC",
        SIGNATURE, "PHỤ LỤC", "(Ban hành kèm theo Kế hoạch số 34/KH-UBND)",
        PAGE_1, "", "- 2 -", PAGE_2,
        "Ghi chú: các cơ quan, đơn vị báo cáo kết quả về Phòng Nội vụ.", SIGNATURE,
    ])


def _merge(sheet: object, ranges: Sequence[str]) -> None:
    for rng in ranges:
        sheet.merge_cells(rng)  # type: ignore[attr-defined]


def krongpa_xlsx(path: Path) -> Path:
    """The same appendix in Excel: a cover sheet first, merged ranges for merges."""
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Bìa"
    cover["A1"], cover["A2"] = "KẾ HOẠCH", "Nhiệm vụ CCHC năm 2020 (xem sheet Phụ lục)"
    sheet = book.create_sheet("Phụ lục")
    sheet.append(["PHỤ LỤC"])
    sheet.append(["(Ban hành kèm theo Kế hoạch số 34/KH-UBND)"])
    sheet.append([])
    sheet.append(HEADER)
    sheet.append(NUMBERS)
    for row in XLSX_ROWS:
        sheet.append(row)
    # Row 6 is the first data row; the section II title is typed into column A
    # unmerged, as people do in Excel (the text overflows into the empty cells).
    _merge(sheet, ["A1:F1", "A2:F2", "B6:F6", "C12:C15", "E12:E15", "F12:F15", "D17:D19"])
    book.save(path)
    return path


XLSX_ROWS: list[list[object]] = [
    ["I", "Công tác chỉ đạo điều hành"],
    [1, "Triển khai các nhiệm vụ công tác CCHC trên các lĩnh vực; mức độ thực hiện kế "
        "hoạch CCHC đạt 100%",
     "- Kế hoạch công tác cải cách hành chính\n- Văn bản đôn đốc, triển khai thực hiện",
     "Phòng Nội vụ", "Các phòng ban, đơn vị, UBND các xã, thị trấn",
     "- Kế hoạch của huyện ban hành trước ngày 31/12 hằng năm.\r\n- Cấp xã trước ngày 15/01."],
    [2, "Thực hiện tuyên truyền về công tác cải cách hành chính"],
    [2.1, "Cập nhật, công bố, công khai TTHC tại Bộ phận Tiếp nhận và trả kết quả",
     "Kết quả, hình ảnh, nội dung công khai", "Văn phòng HĐND-UBND huyện chủ trì theo dõi",
     "Các phòng ban, đơn vị có giải quyết TTHC thường xuyên rà soát, cập nhật TTHC để niêm yết "
     "tại\nbộ phận một cửa đầy đủ TTHC.",
     "Thực hiện ngay và cập nhật thường xuyên khi có thay đổi"],
    ["2 .2", "Tuyên truyền trên sóng Truyền thanh - Truyền hình huyện",
     "Bản tin, phóng sự về CCHC", TTVH, TTVH, "Duy trì thường xuyên, liên tục"],
    ["2-3", "Tuyên truyền CCHC bằng pano, áp phích, tờ gấp", "Pano, áp phích, tờ gấp", TTVH,
     "Phòng Nội vụ; Bưu điện huyện", "Chậm nhất cuối tháng 9/2020"],
    [3, "Thực hiện chế độ thông tin báo cáo về CCHC", "Báo cáo định kỳ", None,
     "Các phòng ban đơn vị, UBND các xã, thị trấn", "Đúng yêu cầu của UBND tỉnh"],
    [3.1, "Báo cáo công tác CCHC", None, "Phòng Nội vụ"],
    [3.2, "Báo cáo rà soát văn bản QPPL", None, NFD_TU_PHAP],
    [3.3, "Báo cáo kết quả ứng dụng CNTT", None, "Phòng Văn hóa Thông tin"],
    ["II. Lĩnh vực xây dựng và tổ chức thực hiện văn bản QPPL"],
    [4, "Rà soát, hệ thống hóa văn bản QPPL", "Báo cáo kết quả rà soát", "Phòng Tư pháp",
     "Các phòng ban, đơn vị", "Trước ngày 31/12/2020"],
    [5, "Theo dõi tình hình thi hành pháp luật", "Báo cáo", None, "UBND các xã, thị trấn",
     "Hằng năm"],
    [6, "Kiểm tra, xử lý văn bản QPPL", "Kết luận kiểm tra", None, None, "Thường xuyên"],
]


# --- other layouts -------------------------------------------------------------------


def reordered_docx(path: Path) -> Path:
    """Headers without diacritics, another order, no Sản phẩm, Ghi chú and an unknown column."""
    return build_docx(path, [Table([
        R(["TT", "Noi dung cong viec", "Thoi han", "Co quan chu tri", "Co quan phoi hop",
           "Kinh phi (trieu dong)", "Ghi chu"]),
        R(["I", "CẢI CÁCH THỂ CHẾ", "", "", "", "", ""]),
        R(["1.", "Rà soát văn bản", "Quý III/2020", "Phòng Tư pháp", "Văn phòng HĐND-UBND",
           "15", "Đã có kế hoạch"]),
        R(["2", "Kiểm tra văn bản", "Thường xuyên", "Phòng Tư pháp", "", "", ""]),
    ])])


def two_row_header_docx(path: Path) -> Path:
    """"Cơ quan thực hiện" over "Chủ trì | Phối hợp"; gridAfter; legacy hMerge; a row
    whose cells list sub-items 5.1, 5.2 (as in the scanned Krông Pa plan)."""
    return build_docx(path, [Table([
        R([C("STT", vmerge="restart"), C("Nội dung nhiệm vụ", vmerge="restart"),
           C("Cơ quan thực hiện", span=2), C("Tiến độ", vmerge="restart")], header=True),
        R([C(vmerge="continue"), C(vmerge="continue"), "Chủ trì", "Phối hợp",
           C(vmerge="continue")], header=True),
        R(["1", "Xây dựng kế hoạch", "Phòng Nội vụ", "Các phòng", "Tháng 12"]),
        R(["2", "Báo cáo quý", "Phòng Nội vụ"], grid_after=2),
        R(["3", "Tập huấn", C("Phòng Nội vụ chủ trì, các phòng phối hợp", hmerge="restart"),
           C(hmerge="continue"), "Theo kế hoạch"]),
        R(["5", ["Tập huấn công tác cải cách hành chính:", "5.1 Tập huấn chung về CCHC",
                 "5.2 Tập huấn sử dụng hệ thống QLVBĐH,", "thư điện tử công vụ"],
           ["5.1 Phòng Nội vụ", "5.2 Văn phòng HĐND-UBND"], "Các cơ quan, đơn vị",
           "Thời gian phù hợp"]),
    ])])


def python_docx_made(path: Path) -> Path:
    """A table made with python-docx's own API (cell.merge), as other tools write them."""
    document = Document()
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=5, cols=5)
    for cell, text in zip(table.rows[0].cells, ["STT", "Nội dung", "Chủ trì", "Phối hợp",
                                                "Thời gian thực hiện"], strict=True):
        cell.text = text
    table.cell(1, 0).merge(table.cell(1, 4)).text = "I. CÔNG TÁC CHỈ ĐẠO"
    for r, number in ((2, "1"), (3, "2"), (4, "3")):
        table.cell(r, 0).text = number
        table.cell(r, 1).text = f"Nhiệm vụ {number}"
        table.cell(r, 4).text = "Năm 2020"
    table.cell(2, 2).text = "Phòng Nội vụ"
    table.cell(2, 2).merge(table.cell(4, 2))
    document.save(str(path))
    return path


# --- a second plan: another district, other words, other column order ---------------

SONG_MAY_HEADER = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
                   "Thời gian thực hiện", "Sản phẩm", "Ghi chú"]
SONG_MAY_HEAD: list[Table | str] = [
    Table([R(["ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc"]),
           R(["Số: 12/KH-UBND", "Sông Mây, ngày 15 tháng 01 năm 2021"])]),
    "KẾ HOẠCH", "Cải cách hành chính năm 2021", "Căn cứ Kế hoạch của UBND tỉnh …",
    "I. MỤC ĐÍCH, YÊU CẦU", "Thực hiện tốt các nhiệm vụ cải cách hành chính năm 2021.",
    "PHỤ LỤC", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021",
]
SONG_MAY_PAGE_1 = Table([
    R(SONG_MAY_HEADER, header=True),
    R([C("A. CẢI CÁCH THỂ CHẾ", span=7)]),
    R(["1", "Xây dựng và ban hành Kế hoạch CCHC năm 2022", "P. Nội vụ",
       "Các phòng chuyên môn; UBND các xã, thị trấn",
       "Cấp huyện trước ngày 15/11; cấp xã trước ngày 30/11", "Kế hoạch", ""]),
    R(["2", "Rà soát văn bản quy phạm pháp luật", "Phòng Tư pháp",
       C("VP HĐND-UBND", vmerge="restart"), "Định kỳ 6 tháng", "Báo cáo rà soát", ""]),
    R(["3", "Kiểm tra việc thi hành pháp luật", "Phòng Tư pháp", C(vmerge="continue"),
       "Trong quý III/2021", "Báo cáo kiểm tra", "Phối hợp Công an huyện"]),
    R(["4", "Báo cáo tình hình thực hiện nhiệm vụ CCHC", "Phòng Nội vụ",
       "Các cơ quan chuyên môn, Công an huyện", "Trước ngày 20 của tháng cuối quý",
       "Báo cáo quý", ""]),
    R([C("B. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", span=7)]),
    R(["5", "Công khai thủ tục hành chính tại Bộ phận Một cửa", "VP HĐND-UBND",
       "UBND các xã, thị trấn", "Thường xuyên", "Bảng niêm yết", ""]),
    R(["6", "Giải quyết hồ sơ thủ tục hành chính đúng hạn",
       "VP HĐND-UBND", "Các phòng chuyên môn",
       "Trong thời hạn 10 ngày làm việc kể từ ngày nhận được hồ sơ", "Kết quả giải quyết",
       ""]),
    R(["7", "Tuyên truyền cải cách hành chính trên sóng phát thanh",
       "Trung tâm VH-TT-TT huyện", "Phòng VH-TT; Ban Chỉ huy Quân sự huyện",
       "Hằng tháng, trước ngày 25", "Chuyên mục", ""]),
    R(["8", "Tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức cấp xã",
       "VP HĐND-UBND", "Phòng Nội vụ", "Chậm nhất ngày", "Kế hoạch tập huấn", ""]),
])
SONG_MAY_PAGE_2 = Table([
    R(SONG_MAY_HEADER, header=True),
    R(["", "", "", "", "15/12/2021", "", ""]),  # row 8 goes on over the page
    R([C("C. CẢI CÁCH TÀI CHÍNH CÔNG", span=7)]),
    R(["9", "Thực hiện cơ chế tự chủ tài chính", "Phòng TC-KH", "Các đơn vị sự nghiệp",
       "Năm 2021", "Báo cáo", ""]),
    R(["10", "Lập dự toán ngân sách năm 2022", "Phòng TC-KH",
       "Các phòng chuyên môn; UBND các xã, thị trấn", "Trước ngày 30/6",
       "Dự toán ngân sách", ""]),
    R(["11", "Báo cáo kết quả thực hiện theo yêu cầu của tỉnh", "phong noi vu",
       "van phong hdnd va ubnd huyen", "Theo yêu cầu của UBND tỉnh", "Báo cáo", ""]),
])


def song_may_docx(path: Path) -> Path:
    """Masthead, body, the appendix over two tables (one row split over the page
    break), a signature table."""
    return build_docx(path, [*SONG_MAY_HEAD, SONG_MAY_PAGE_1, "", "- 2 -", SONG_MAY_PAGE_2,
                             SIGNATURE])


def song_may_xlsx(path: Path) -> Path:
    """The same appendix as an Excel sheet, the shared cell a merged range."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Phụ lục"
    sheet.append(["(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2021 của UBND huyện Sông Mây)"])
    sheet.append(SONG_MAY_HEADER)
    for table in (SONG_MAY_PAGE_1, SONG_MAY_PAGE_2):
        for row in table.rows[1:]:
            texts = [cell.text if isinstance(cell, C) else cell for cell in row.cells]
            flat = ["\n".join(t) if isinstance(t, list) else t for t in texts]
            if not flat[0] and len(flat) > 1 and not flat[1]:
                continue  # the page-break half of row 8 is one cell in Excel
            sheet.append(flat)
    sheet["E12"] = "Chậm nhất ngày 15/12/2021"
    _merge(sheet, ["D5:D6"])
    book.save(path)
    return path


ALL = {
    "krongpa.docx": krongpa_docx,
    "krongpa.xlsx": krongpa_xlsx,
    "reordered.docx": reordered_docx,
    "two_row_header.docx": two_row_header_docx,
    "python_docx_made.docx": python_docx_made,
    "song_may.docx": song_may_docx,
    "song_may.xlsx": song_may_xlsx,
}


def main(argv: Sequence[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "fixtures")
    out.mkdir(parents=True, exist_ok=True)
    for name, build in ALL.items():
        print(build(out / name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
