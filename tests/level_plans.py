"""Test plans of a city, a town, a province and a commune (issue 26): each a
Word document laid out as such offices lay theirs out — a masthead table, the
body with the coordinator's assignment and the body's own report deadlines, a
signature block, then the appendix table over two pages, its numbering
restarting in each section, heading rows whose lead cell is merged over their
sub-items, and each plan's own header words and column order.

Every row carries what a careful officer would make of it (`Want`), so the
tests can count, field by field, what the import got right, what it flagged
with a review note and what it got silently wrong. Agency ids are those of
the registry `cchc new --level <level>` writes.

    python tests/level_plans.py OUT_DIR   # writes the four .docx to look at them
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from plan_fixtures import C, R, Table, build_docx

MERGED = object()
"""A cell merged with the one above it (vMerge continue)."""


@dataclass(frozen=True)
class Want:
    """What the row means: id, section, lead and coordinating ids, the deadline
    as `deadline_signature` writes it ("" for a heading that owes nothing)."""

    id: str
    section: str
    lead: tuple[str, ...] = ()
    coordinating: tuple[str, ...] = ()
    deadline: str = ""


@dataclass
class Item:
    number: str
    cells: dict[str, object]  # logical column -> text, MERGED, or C(...) for a merge start
    want: Want


@dataclass
class Section:
    number: str
    title: str


@dataclass
class Continued:
    """The rest of the row above, carried over the page break (no number)."""

    cells: dict[str, str]


@dataclass
class LevelPlan:
    name: str
    level: str  # `cchc new --level`
    district: str
    province: str
    year: int
    masthead: tuple[str, str]  # "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PLEIKU", "Số: …"
    dated: str
    title: list[str]
    body: list[str]
    signature: str
    header: list[tuple[str, str]]  # (logical column, label) in the table's order
    rows: list[Section | Item | Continued]
    page_break: int  # index in rows where the second table starts
    want_issuer: str = ""
    want_horizon: str = ""
    want_coordinator: str = ""
    want_recipient: str = ""
    want_signer: dict[str, str] = field(default_factory=dict)
    want_milestones: list[str] = field(default_factory=list)  # deadline signatures
    want_deadline_header: str = ""  # the column taken when two could be the deadline
    two_row_header: bool = False

    @property
    def items(self) -> list[Item]:
        return [row for row in self.rows if isinstance(row, Item)]


def deadline_signature(parts: Sequence[dict[str, object]]) -> str:
    """"date 2021-06-30; ongoing": the kind of each part and the date it names."""
    out = []
    for part in parts:
        kind = str(part["kind"])
        value = part.get("date") or part.get("month") or part.get("on") or ""
        out.append(f"{kind} {value}".strip())
    return "; ".join(out)


# --- building the document ------------------------------------------------------------


def header_rows(plan: LevelPlan) -> list[R]:
    labels = [label for _, label in plan.header]
    if not plan.two_row_header:
        return [R(labels, header=True)]
    top: list[C | str] = []
    sub: list[C | str] = []
    columns = [c for c, _ in plan.header]
    index = 0
    while index < len(labels):
        if columns[index] == "lead" and columns[index + 1] == "coordinating":
            top.append(C("Cơ quan thực hiện", span=2))
            sub.extend([labels[index], labels[index + 1]])
            index += 2
            continue
        top.append(C(labels[index], vmerge="restart"))
        sub.append(C(vmerge="continue"))
        index += 1
    return [R(top, header=True), R(sub, header=True)]


def table_row(plan: LevelPlan, row: Section | Item | Continued) -> R:
    width = len(plan.header)
    if isinstance(row, Section):
        return R([row.number, C(row.title, span=width - 1)])
    if isinstance(row, Continued):
        return R([row.cells.get(column, "") for column, _ in plan.header])
    cells: list[C | str] = []
    for column, _ in plan.header:
        value = row.number if column == "number" else row.cells.get(column, "")
        if value is MERGED:
            cells.append(C(vmerge="continue"))
        elif isinstance(value, C):
            cells.append(value)
        else:
            cells.append(str(value))
    return R(cells)


def build(plan: LevelPlan, path: Path) -> Path:
    masthead = Table([R([plan.masthead[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                         "Độc lập - Tự do - Hạnh phúc"]), R([plan.masthead[1], plan.dated])])
    signature = Table([R(["Nơi nhận:\n- Như trên;\n- Lưu: VT.", plan.signature])])
    head = header_rows(plan)
    first = Table([*head, *(table_row(plan, r) for r in plan.rows[:plan.page_break])])
    second = Table([*head, *(table_row(plan, r) for r in plan.rows[plan.page_break:])])
    parts: list[Table | str] = [masthead, "KẾ HOẠCH", *plan.title, "", *plan.body, signature,
                                "", "PHỤ LỤC",
                                f"NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM {plan.year}", first, second]
    return build_docx(path, parts)


def lead(text: str) -> C:
    """A lead cell merged down over the sub-items under it."""
    return C(text, vmerge="restart")


# --- Thành phố Pleiku -------------------------------------------------------------------

CITY_PB = "Các phòng, ban, đơn vị thuộc UBND Thành phố"
CITY = LevelPlan(
    name="thanh-pho", level="thanh-pho", district="Pleiku", province="Gia Lai", year=2021,
    masthead=("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PLEIKU", "Số: 25/KH-UBND"),
    dated="Pleiku, ngày 20 tháng 01 năm 2021",
    title=["Cải cách hành chính năm 2021"],
    body=[
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2021 của UBND tỉnh Gia Lai về cải cách "
        "hành chính năm 2021, UBND thành phố ban hành Kế hoạch cải cách hành chính năm 2021 "
        "như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
        "II. NHIỆM VỤ TRỌNG TÂM",
        "(Có Phụ lục kèm theo)",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Giao Phòng Nội vụ thành phố chủ trì, theo dõi, đôn đốc, kiểm tra việc triển khai "
        "thực hiện Kế hoạch này; tổng hợp, báo cáo UBND thành phố theo quy định.",
        "2. Các cơ quan, đơn vị, UBND các xã, phường báo cáo kết quả thực hiện về UBND thành "
        "phố (qua Phòng Nội vụ) trước ngày 10/6/2021 (báo cáo 6 tháng) và trước ngày "
        "10/12/2021 (báo cáo năm).",
    ],
    signature="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn Hùng",
    header=[("number", "TT"), ("task", "Nội dung công việc"), ("lead", "Cơ quan chủ trì"),
            ("coordinating", "Cơ quan phối hợp"), ("deadline", "Thời gian hoàn thành"),
            ("outputs", "Sản phẩm"), ("note", "Ghi chú")],
    rows=[
        Section("I", "Công tác chỉ đạo, điều hành"),
        Item("1", {"task": "Ban hành Kế hoạch cải cách hành chính năm 2021",
                   "lead": "Phòng Nội vụ Thành phố", "coordinating": CITY_PB,
                   "deadline": "Tháng 01/2021", "outputs": "Kế hoạch"},
             Want("I.1", "I", ("phong-noi-vu",), ("phong-ban-don-vi",), "month_end 1/2021")),
        Item("2", {"task": "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính",
                   "lead": "Phòng Nội vụ", "coordinating": "Văn phòng HĐND và UBND Thành phố",
                   "deadline": "Quý I/2021", "outputs": "Kế hoạch"},
             Want("I.2", "I", ("phong-noi-vu",), ("van-phong-hdnd-ubnd",), "date 31/3/2021")),
        Item("3", {"task": "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị",
                   "lead": "Phòng Nội vụ Thành phố",
                   "coordinating": "Các cơ quan, đơn vị, địa phương",
                   "deadline": "Quý III/2021", "outputs": "Thông báo kết luận kiểm tra"},
             Want("I.3", "I", ("phong-noi-vu",), ("phong-ban-don-vi", "ubnd-xa-phuong"),
                  "date 30/9/2021")),
        Item("4", {"task": "Thực hiện chế độ báo cáo định kỳ về cải cách hành chính",
                   "lead": "Các cơ quan, đơn vị, địa phương", "coordinating": "Phòng Nội vụ",
                   "deadline": "Hằng quý, trước ngày 15 tháng cuối quý", "outputs": "Báo cáo"},
             Want("I.4", "I", ("phong-ban-don-vi", "ubnd-xa-phuong"), ("phong-noi-vu",),
                  "quarterly")),
        Item("5", {"task": "Tuyên truyền về cải cách hành chính",
                   "lead": lead("Phòng Văn hóa và Thông tin Thành phố")},
             Want("I.5", "I")),
        Item("5.1", {"task": "Tuyên truyền trên Cổng thông tin điện tử thành phố",
                     "lead": MERGED, "coordinating": "Văn phòng HĐND và UBND Thành phố",
                     "deadline": "Thường xuyên", "outputs": "Tin, bài"},
             Want("I.5.1", "I", ("phong-van-hoa-thong-tin",), ("van-phong-hdnd-ubnd",),
                  "ongoing")),
        Item("5.2", {"task": "Tổ chức cuộc thi tìm hiểu về cải cách hành chính",
                     "lead": MERGED, "coordinating": "Phòng Nội vụ Thành phố",
                     "deadline": "Quý III/2021", "outputs": "Cuộc thi"},
             Want("I.5.2", "I", ("phong-van-hoa-thong-tin",), ("phong-noi-vu",),
                  "date 30/9/2021")),
        Section("II", "Cải cách thể chế"),
        Item("1", {"task": "Rà soát, hệ thống hóa văn bản quy phạm pháp luật",
                   "lead": "Phòng Tư pháp Thành phố", "coordinating": CITY_PB,
                   "deadline": "Trước ngày 31/3/2021", "outputs": "Báo cáo rà soát"},
             Want("II.1", "II", ("phong-tu-phap",), ("phong-ban-don-vi",), "date 31/3/2021")),
        Item("2", {"task": "Kiểm tra việc thực hiện văn bản quy phạm pháp luật",
                   "lead": "Phòng Tư pháp", "coordinating": "Các cơ quan chuyên môn",
                   "deadline": "Quý IV/2021", "outputs": "Báo cáo"},
             Want("II.2", "II", ("phong-tu-phap",), ("co-quan-chuyen-mon",),
                  "date 31/12/2021")),
        Item("3", {"task": "Theo dõi tình hình thi hành pháp luật trên địa bàn",
                   "lead": "Phòng Tư pháp Thành phố", "coordinating": "UBND các xã, phường",
                   "deadline": "Thường xuyên", "outputs": "Báo cáo"},
             Want("II.3", "II", ("phong-tu-phap",), ("ubnd-xa-phuong",), "ongoing")),
        Section("III", "Cải cách thủ tục hành chính"),
        Item("1", {"task": "Công bố, công khai thủ tục hành chính",
                   "lead": "Văn phòng HĐND và UBND Thành phố", "coordinating": CITY_PB,
                   "deadline": "Thường xuyên", "outputs": "Danh mục TTHC"},
             Want("III.1", "III", ("van-phong-hdnd-ubnd",), ("phong-ban-don-vi",), "ongoing")),
        Item("2", {"task": "Rà soát, đơn giản hóa thủ tục hành chính",
                   "lead": "Văn phòng HĐND-UBND Thành phố",
                   "coordinating": "Các cơ quan chuyên môn",
                   "deadline": "Trước ngày 30/9/2021", "outputs": "Phương án đơn giản hóa"},
             Want("III.2", "III", ("van-phong-hdnd-ubnd",), ("co-quan-chuyen-mon",),
                  "date 30/9/2021")),
        Item("3", {"task": "Duy trì hoạt động của Bộ phận Tiếp nhận và trả kết quả",
                   "lead": "Văn phòng HĐND và UBND thành phố",
                   "coordinating": "UBND các xã, phường", "deadline": "Thường xuyên"},
             Want("III.3", "III", ("van-phong-hdnd-ubnd",), ("ubnd-xa-phuong",), "ongoing")),
        Continued({"task": "thành phố và các điểm tiếp nhận tại UBND các xã, phường"}),
        Section("IV", "Cải cách tổ chức bộ máy"),
        Item("1", {"task": "Rà soát chức năng, nhiệm vụ của các phòng chuyên môn",
                   "lead": "Phòng Nội vụ Thành phố", "coordinating": CITY_PB,
                   "deadline": "Tháng 6/2021", "outputs": "Báo cáo"},
             Want("IV.1", "IV", ("phong-noi-vu",), ("phong-ban-don-vi",), "month_end 6/2021")),
        Item("2", {"task": "Sắp xếp, kiện toàn các đơn vị sự nghiệp công lập",
                   "lead": "Phòng Nội vụ",
                   "coordinating": "Các đơn vị sự nghiệp công lập thuộc Thành phố",
                   "deadline": "Trước ngày 30/11/2021", "outputs": "Đề án"},
             Want("IV.2", "IV", ("phong-noi-vu",), ("don-vi-su-nghiep",), "date 30/11/2021")),
        Section("V", "Cải cách tài chính công"),
        Item("1", {"task": "Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp",
                   "lead": "Phòng Tài chính - Kế hoạch Thành phố",
                   "coordinating": "Các đơn vị sự nghiệp công lập",
                   "deadline": "Năm 2021", "outputs": "Báo cáo"},
             Want("V.1", "V", ("phong-tai-chinh-ke-hoach",), ("don-vi-su-nghiep",),
                  "date 31/12/2021")),
        Item("2", {"task": "Quản lý, sử dụng tài sản công đúng quy định",
                   "lead": "Phòng Tài chính - Kế hoạch", "coordinating": CITY_PB,
                   "deadline": "Thường xuyên"},
             Want("V.2", "V", ("phong-tai-chinh-ke-hoach",), ("phong-ban-don-vi",), "ongoing")),
        Section("VI", "Hiện đại hóa hành chính"),
        Item("1", {"task": "Ứng dụng công nghệ thông tin, dịch vụ công trực tuyến",
                   "lead": lead("Phòng Văn hóa và Thông tin Thành phố")},
             Want("VI.1", "VI")),
        Item("1.1", {"task": "Cung cấp dịch vụ công trực tuyến mức độ 3, 4",
                     "lead": MERGED, "coordinating": "Văn phòng HĐND và UBND Thành phố",
                     "deadline": "Trước ngày 30/6/2021"},
             Want("VI.1.1", "VI", ("phong-van-hoa-thong-tin",), ("van-phong-hdnd-ubnd",),
                  "date 30/6/2021")),
        Item("1.2", {"task": "Duy trì hệ thống quản lý văn bản và điều hành",
                     "lead": MERGED, "coordinating": CITY_PB, "deadline": "Thường xuyên"},
             Want("VI.1.2", "VI", ("phong-van-hoa-thong-tin",), ("phong-ban-don-vi",),
                  "ongoing")),
        Item("2", {"task": "Duy trì, áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn "
                           "quốc gia TCVN ISO 9001:2015",
                   "lead": "Phòng Kinh tế Thành phố", "coordinating": "Các cơ quan chuyên môn",
                   "deadline": "Thường xuyên"},
             Want("VI.2", "VI", ("phong-kinh-te",), ("co-quan-chuyen-mon",), "ongoing")),
    ],
    page_break=16,
    want_issuer="UBND thành phố Pleiku", want_horizon="2021-12-31",
    want_coordinator="phong-noi-vu", want_recipient="UBND thành phố",
    want_signer={"name": "Nguyễn Văn Hùng", "form": "KT", "title": "Phó Chủ tịch"},
    want_milestones=["date 10/6/2021", "date 10/12/2021"],
)


# --- Thị xã An Khê ----------------------------------------------------------------------

TOWN = LevelPlan(
    name="thi-xa", level="thi-xa", district="An Khê", province="Gia Lai", year=2022,
    masthead=("ỦY BAN NHÂN DÂN\nTHỊ XÃ AN KHÊ", "Số: 12/KH-UBND"),
    dated="An Khê, ngày 14 tháng 01 năm 2022",
    title=["Triển khai công tác cải cách hành chính năm 2022"],
    body=[
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Triển khai đồng bộ các nhiệm vụ cải cách hành chính năm 2022 trên địa bàn thị xã.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Nội vụ là cơ quan thường trực, giúp UBND thị xã theo dõi, đôn đốc, kiểm "
        "tra việc thực hiện Kế hoạch này.",
        "2. Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường báo cáo kết quả về "
        "UBND thị xã (qua Phòng Nội vụ) trước ngày 05/12/2022.",
    ],
    signature="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nTrần Thị Lan",
    header=[("number", "STT"), ("task", "Nhiệm vụ"), ("lead", "Chủ trì"),
            ("coordinating", "Phối hợp"), ("outputs", "Sản phẩm"),
            ("start", "Thời gian triển khai"),
            ("deadline", "Ngày chậm nhất phải hoàn thành")],
    two_row_header=True,
    rows=[
        Section("I", "Chỉ đạo, điều hành"),
        Item("1", {"task": "Xây dựng, ban hành Kế hoạch CCHC năm 2022",
                   "lead": "Phòng Nội vụ thị xã", "coordinating": "Các cơ quan, đơn vị",
                   "outputs": "Kế hoạch", "start": "Tháng 01/2022", "deadline": "31/01/2022"},
             Want("I.1", "I", ("phong-noi-vu",), ("phong-ban-don-vi",), "date 31/1/2022")),
        Item("2", {"task": "Kiểm tra công tác CCHC tại các xã, phường",
                   "lead": "Phòng Nội vụ thị xã", "coordinating": "UBND các xã, phường",
                   "outputs": "Kết luận kiểm tra", "start": "Tháng 6/2022",
                   "deadline": "30/9/2022"},
             Want("I.2", "I", ("phong-noi-vu",), ("ubnd-xa-phuong",), "date 30/9/2022")),
        Item("3", {"task": "Tổ chức đánh giá, xác định Chỉ số CCHC",
                   "lead": "Phòng Nội vụ", "coordinating": "Các cơ quan, đơn vị, địa phương",
                   "outputs": "Quyết định công bố", "start": "Quý IV/2022",
                   "deadline": "31/12/2022"},
             Want("I.3", "I", ("phong-noi-vu",), ("phong-ban-don-vi", "ubnd-xa-phuong"),
                  "date 31/12/2022")),
        Section("II", "Cải cách thủ tục hành chính"),
        Item("1", {"task": "Thực hiện cơ chế một cửa, một cửa liên thông",
                   "lead": lead("Văn phòng HĐND và UBND thị xã"),
                   "coordinating": "", "outputs": ""},
             Want("II.1", "II")),
        Item("1.1", {"task": "Niêm yết công khai TTHC tại Bộ phận một cửa",
                     "lead": MERGED, "coordinating": "Các phòng chuyên môn",
                     "outputs": "Danh mục TTHC", "start": "Tháng 02/2022",
                     "deadline": "Thường xuyên"},
             Want("II.1.1", "II", ("van-phong-hdnd-ubnd",), ("co-quan-chuyen-mon",),
                  "ongoing")),
        Item("1.2", {"task": "Số hóa hồ sơ, kết quả giải quyết TTHC",
                     "lead": MERGED, "coordinating": "UBND các xã, phường",
                     "outputs": "Hồ sơ số hóa", "start": "Quý I/2022",
                     "deadline": "30/6/2022"},
             Want("II.1.2", "II", ("van-phong-hdnd-ubnd",), ("ubnd-xa-phuong",),
                  "date 30/6/2022")),
        Item("2", {"task": "Rà soát, đánh giá thủ tục hành chính",
                   "lead": "Phòng Tư pháp thị xã", "coordinating": "Các phòng chuyên môn",
                   "outputs": "Báo cáo rà soát", "start": "Quý II/2022",
                   "deadline": "15/10/2022"},
             Want("II.2", "II", ("phong-tu-phap",), ("co-quan-chuyen-mon",),
                  "date 15/10/2022")),
        Section("III", "Cải cách tổ chức bộ máy"),
        Item("1", {"task": "Kiện toàn tổ chức các phòng chuyên môn thuộc UBND thị xã",
                   "lead": "Phòng Nội vụ thị xã", "coordinating": "Các phòng chuyên môn",
                   "outputs": "Quyết định", "start": "Quý I/2022", "deadline": "30/6/2022"},
             Want("III.1", "III", ("phong-noi-vu",), ("co-quan-chuyen-mon",),
                  "date 30/6/2022")),
        Item("2", {"task": "Quản lý biên chế, vị trí việc làm",
                   "lead": "Phòng Nội vụ", "coordinating": "Các cơ quan, đơn vị",
                   "outputs": "Đề án vị trí việc làm", "start": "Năm 2022",
                   "deadline": "Thường xuyên"},
             Want("III.2", "III", ("phong-noi-vu",), ("phong-ban-don-vi",), "ongoing")),
        Section("IV", "Cải cách tài chính công"),
        Item("1", {"task": "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập",
                   "lead": "Phòng Tài chính - Kế hoạch thị xã",
                   "coordinating": "Các đơn vị sự nghiệp công lập thuộc thị xã",
                   "outputs": "Quyết định giao tự chủ", "start": "Tháng 01/2022",
                   "deadline": "31/3/2022"},
             Want("IV.1", "IV", ("phong-tai-chinh-ke-hoach",), ("don-vi-su-nghiep",),
                  "date 31/3/2022")),
        Item("2", {"task": "Công khai ngân sách theo quy định",
                   "lead": "Phòng Tài chính - Kế hoạch", "coordinating": "Các cơ quan, đơn vị",
                   "outputs": "Báo cáo công khai", "start": "Hằng quý",
                   "deadline": "Hằng quý, trước ngày 15 tháng cuối quý"},
             Want("IV.2", "IV", ("phong-tai-chinh-ke-hoach",), ("phong-ban-don-vi",),
                  "quarterly")),
        Section("V", "Xây dựng chính quyền điện tử"),
        Item("1", {"task": "Triển khai ứng dụng chữ ký số trong văn bản điện tử",
                   "lead": "Phòng Văn hóa và Thông tin thị xã",
                   "coordinating": "Các cơ quan, đơn vị, địa phương",
                   "outputs": "Báo cáo", "start": "Quý I/2022", "deadline": "30/6/2022"},
             Want("V.1", "V", ("phong-van-hoa-thong-tin",), ("phong-ban-don-vi",
                                                             "ubnd-xa-phuong"),
                  "date 30/6/2022")),
        Item("2", {"task": "Quản lý đô thị thông minh trên nền tảng số",
                   "lead": "Phòng Quản lý đô thị thị xã",
                   "coordinating": "Phòng Văn hóa và Thông tin",
                   "outputs": "Đề án", "start": "Quý III/2022", "deadline": "30/11/2022"},
             Want("V.2", "V", ("phong-quan-ly-do-thi",), ("phong-van-hoa-thong-tin",),
                  "date 30/11/2022")),
        Item("3", {"task": "Thanh tra công vụ, kiểm tra kỷ luật, kỷ cương hành chính",
                   "lead": "Thanh tra thị xã", "coordinating": "Phòng Nội vụ thị xã",
                   "outputs": "Kết luận thanh tra", "start": "Quý II/2022",
                   "deadline": "31/10/2022"},
             Want("V.3", "V", ("thanh-tra",), ("phong-noi-vu",), "date 31/10/2022")),
    ],
    page_break=9,
    want_issuer="UBND thị xã An Khê", want_horizon="2022-12-31",
    want_coordinator="phong-noi-vu", want_recipient="UBND thị xã",
    want_signer={"name": "Trần Thị Lan", "title": "Chủ tịch"},
    want_milestones=["date 5/12/2022"],
    want_deadline_header="Ngày chậm nhất phải hoàn thành",
)


# --- Tỉnh Gia Lai -----------------------------------------------------------------------

PROVINCE_ALL = "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố"
PROVINCE = LevelPlan(
    name="tinh", level="tinh", district="Gia Lai", province="Gia Lai", year=2021,
    masthead=("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", "Số: 380/KH-UBND"),
    dated="Gia Lai, ngày 05 tháng 3 năm 2021",
    title=["Cải cách hành chính nhà nước tỉnh Gia Lai", "giai đoạn 2021 - 2025"],
    body=[
        "I. MỤC TIÊU",
        "Xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại giai đoạn 2021 – 2025.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Giao Sở Nội vụ chủ trì, theo dõi, đôn đốc, kiểm tra việc triển khai thực hiện "
        "Kế hoạch này; định kỳ tổng hợp, báo cáo UBND tỉnh.",
        "2. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố báo cáo kết quả thực hiện "
        "về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/12/2021.",
    ],
    signature="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nVõ Ngọc Thành",
    header=[("number", "STT"), ("task", "Nhiệm vụ, giải pháp"),
            ("lead", "Cơ quan chủ trì"), ("coordinating", "Cơ quan phối hợp"),
            ("deadline", "Thời hạn"), ("outputs", "Sản phẩm")],
    rows=[
        Section("I", "Cải cách thể chế"),
        Item("1", {"task": "Xây dựng, hoàn thiện văn bản quy phạm pháp luật của tỉnh",
                   "lead": "Sở Tư pháp tỉnh", "coordinating": "Các sở, ban, ngành",
                   "deadline": "Hằng năm", "outputs": "Văn bản QPPL"},
             Want("I.1", "I", ("so-tu-phap",), ("so-ban-nganh",), "annual 31/12")),
        Item("2", {"task": "Rà soát, hệ thống hóa văn bản quy phạm pháp luật",
                   "lead": "Sở Tư pháp", "coordinating": PROVINCE_ALL,
                   "deadline": "Trước ngày 31/3/2022", "outputs": "Báo cáo"},
             Want("I.2", "I", ("so-tu-phap",), ("so-ban-nganh", "ubnd-cap-huyen"),
                  "date 31/3/2022")),
        Section("II", "Cải cách thủ tục hành chính"),
        Item("1", {"task": "Thực hiện cơ chế một cửa, một cửa liên thông",
                   "lead": lead("Văn phòng UBND tỉnh")},
             Want("II.1", "II")),
        Item("1.1", {"task": "Vận hành Trung tâm Phục vụ hành chính công tỉnh",
                     "lead": MERGED, "coordinating": "Các sở, ban, ngành",
                     "deadline": "Thường xuyên", "outputs": "Báo cáo"},
             Want("II.1.1", "II", ("van-phong-ubnd",), ("so-ban-nganh",), "ongoing")),
        Item("1.2", {"task": "Kết nối Hệ thống thông tin giải quyết TTHC với Cổng Dịch vụ "
                             "công quốc gia",
                     "lead": MERGED, "coordinating": "Sở Thông tin và Truyền thông",
                     "deadline": "Trước ngày 30/6/2022"},
             Want("II.1.2", "II", ("van-phong-ubnd",), ("so-thong-tin-truyen-thong",),
                  "date 30/6/2022")),
        Item("2", {"task": "Rà soát, đơn giản hóa thủ tục hành chính nội bộ",
                   "lead": "Văn phòng UBND tỉnh", "coordinating": PROVINCE_ALL,
                   "deadline": "Hằng năm", "outputs": "Phương án đơn giản hóa"},
             Want("II.2", "II", ("van-phong-ubnd",), ("so-ban-nganh", "ubnd-cap-huyen"),
                  "annual 31/12")),
        Section("III", "Cải cách tổ chức bộ máy hành chính nhà nước"),
        Item("1", {"task": "Sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh",
                   "lead": "Sở Nội vụ tỉnh", "coordinating": "Các cơ quan chuyên môn",
                   "deadline": "Năm 2022", "outputs": "Đề án"},
             Want("III.1", "III", ("so-noi-vu",), ("co-quan-chuyen-mon",), "date 31/12/2022")),
        Item("2", {"task": "Quản lý biên chế công chức, số lượng người làm việc",
                   "lead": "Sở Nội vụ", "coordinating": PROVINCE_ALL,
                   "deadline": "Thường xuyên"},
             Want("III.2", "III", ("so-noi-vu",), ("so-ban-nganh", "ubnd-cap-huyen"),
                  "ongoing")),
        Section("IV", "Cải cách tài chính công"),
        Item("1", {"task": "Đổi mới cơ chế quản lý tài chính đơn vị sự nghiệp công lập",
                   "lead": "Sở Tài chính", "coordinating": "Sở Kế hoạch và Đầu tư",
                   "deadline": "Trước ngày 31/12/2023", "outputs": "Báo cáo"},
             Want("IV.1", "IV", ("so-tai-chinh",), ("so-ke-hoach-dau-tu",),
                  "date 31/12/2023")),
        Item("2", {"task": "Đẩy mạnh giải ngân vốn đầu tư công",
                   "lead": "Sở Kế hoạch và Đầu tư tỉnh", "coordinating": "UBND cấp huyện",
                   "deadline": "Hằng quý, trước ngày 20 tháng cuối quý"},
             Want("IV.2", "IV", ("so-ke-hoach-dau-tu",), ("ubnd-cap-huyen",), "quarterly")),
        Section("V", "Xây dựng, phát triển Chính quyền điện tử, Chính quyền số"),
        Item("1", {"task": "Xây dựng Trung tâm điều hành thông minh của tỉnh",
                   "lead": "Sở Thông tin và Truyền thông", "coordinating": "Văn phòng UBND tỉnh",
                   "deadline": "Quý IV/2022", "outputs": "Trung tâm IOC"},
             Want("V.1", "V", ("so-thong-tin-truyen-thong",), ("van-phong-ubnd",),
                  "date 31/12/2022")),
        Item("2", {"task": "Cung cấp dịch vụ công trực tuyến toàn trình",
                   "lead": "Văn phòng UBND tỉnh", "coordinating": PROVINCE_ALL,
                   "deadline": "Trước ngày 31/12/2025"},
             Want("V.2", "V", ("van-phong-ubnd",), ("so-ban-nganh", "ubnd-cap-huyen"),
                  "date 31/12/2025")),
        Item("3", {"task": "Theo dõi, đánh giá Chỉ số cải cách hành chính",
                   "lead": "Sở Nội vụ", "coordinating": PROVINCE_ALL,
                   "deadline": "Hằng năm", "outputs": "Quyết định công bố"},
             Want("V.3", "V", ("so-noi-vu",), ("so-ban-nganh", "ubnd-cap-huyen"),
                  "annual 31/12")),
    ],
    page_break=9,
    want_issuer="UBND tỉnh Gia Lai", want_horizon="2025-12-31",
    want_coordinator="so-noi-vu", want_recipient="UBND tỉnh",
    want_signer={"name": "Võ Ngọc Thành", "form": "KT", "title": "Phó Chủ tịch"},
    want_milestones=["date 15/12/2021"],
)


# --- Xã Chư Á ---------------------------------------------------------------------------

COMMUNE = LevelPlan(
    name="xa", level="xa", district="Chư Á", province="Gia Lai", year=2021,
    masthead=("ỦY BAN NHÂN DÂN\nXÃ CHƯ Á", "Số: 08/KH-UBND"),
    dated="Chư Á, ngày 25 tháng 01 năm 2021",
    title=["Cải cách hành chính năm 2021"],
    body=[
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao chất lượng giải quyết thủ tục hành chính cho người dân trên địa bàn xã.",
        "II. TỔ CHỨC THỰC HIỆN",
        "Giao công chức Văn phòng - Thống kê theo dõi, đôn đốc các bộ phận thực hiện Kế hoạch "
        "này, tổng hợp báo cáo UBND xã.",
        "Các công chức chuyên môn báo cáo kết quả thực hiện về UBND xã (qua công chức Văn "
        "phòng - Thống kê) trước ngày 30/11/2021.",
    ],
    signature="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nRơ Châm Blin",
    header=[("number", "STT"), ("task", "Nội dung nhiệm vụ"), ("lead", "Bộ phận chủ trì"),
            ("coordinating", "Bộ phận phối hợp"), ("start", "Thời gian thực hiện"),
            ("deadline", "Thời gian hoàn thành"), ("note", "Ghi chú")],
    rows=[
        Section("I", "Công tác chỉ đạo, điều hành"),
        Item("1", {"task": "Ban hành Kế hoạch cải cách hành chính năm 2021 của xã",
                   "lead": "Công chức Văn phòng - Thống kê",
                   "coordinating": "Các công chức chuyên môn",
                   "start": "Tháng 01/2021", "deadline": "Trước ngày 31/01/2021"},
             Want("I.1", "I", ("van-phong-thong-ke",), ("cong-chuc-chuyen-mon",),
                  "date 31/1/2021")),
        Item("2", {"task": "Tuyên truyền cải cách hành chính đến các thôn, làng",
                   "lead": "Công chức Văn hóa - Xã hội", "coordinating": "Các thôn, làng",
                   "start": "Cả năm", "deadline": "Thường xuyên"},
             Want("I.2", "I", ("van-hoa-xa-hoi",), ("thon-to-dan-pho",), "ongoing")),
        Item("3", {"task": "Báo cáo định kỳ công tác cải cách hành chính",
                   "lead": "Công chức Văn phòng - Thống kê",
                   "coordinating": "Các công chức chuyên môn",
                   "start": "Hằng quý", "deadline": "Hằng quý, trước ngày 10 tháng cuối quý"},
             Want("I.3", "I", ("van-phong-thong-ke",), ("cong-chuc-chuyen-mon",),
                  "quarterly")),
        Section("II", "Cải cách thủ tục hành chính"),
        Item("1", {"task": "Thực hiện cơ chế một cửa tại xã",
                   "lead": lead("Bộ phận Tiếp nhận và trả kết quả")},
             Want("II.1", "II")),
        Item("1.1", {"task": "Niêm yết công khai thủ tục hành chính",
                     "lead": MERGED, "coordinating": "Công chức Tư pháp - Hộ tịch",
                     "start": "Tháng 02/2021", "deadline": "Thường xuyên"},
             Want("II.1.1", "II", ("bo-phan-mot-cua",), ("tu-phap-ho-tich",), "ongoing")),
        Item("1.2", {"task": "Tiếp nhận hồ sơ trực tuyến qua Cổng dịch vụ công",
                     "lead": MERGED, "coordinating": "Công chức Văn phòng - Thống kê",
                     "start": "Quý I/2021", "deadline": "Trước ngày 30/6/2021"},
             Want("II.1.2", "II", ("bo-phan-mot-cua",), ("van-phong-thong-ke",),
                  "date 30/6/2021")),
        Item("2", {"task": "Giải quyết thủ tục hành chính về đất đai đúng hạn",
                   "lead": "Công chức Địa chính - Xây dựng", "coordinating": "Các thôn, làng",
                   "start": "Cả năm", "deadline": "Thường xuyên"},
             Want("II.2", "II", ("dia-chinh-xay-dung",), ("thon-to-dan-pho",), "ongoing")),
        Item("3", {"task": "Chứng thực bản sao điện tử từ bản chính",
                   "lead": "Công chức Tư pháp - Hộ tịch",
                   "coordinating": "Bộ phận Tiếp nhận và trả kết quả",
                   "start": "Quý II/2021", "deadline": "Trước ngày 30/9/2021"},
             Want("II.3", "II", ("tu-phap-ho-tich",), ("bo-phan-mot-cua",),
                  "date 30/9/2021")),
        Section("III", "Cải cách tài chính công"),
        Item("1", {"task": "Công khai dự toán, quyết toán ngân sách xã",
                   "lead": "Công chức Tài chính - Kế toán",
                   "coordinating": "Công chức Văn phòng - Thống kê",
                   "start": "Tháng 01/2021", "deadline": "Trước ngày 31/3/2021"},
             Want("III.1", "III", ("tai-chinh-ke-toan",), ("van-phong-thong-ke",),
                  "date 31/3/2021")),
        Item("2", {"task": "Quản lý, sử dụng tài sản công của xã",
                   "lead": "Công chức Tài chính - Kế toán",
                   "coordinating": "Các công chức chuyên môn",
                   "start": "Cả năm", "deadline": "Thường xuyên"},
             Want("III.2", "III", ("tai-chinh-ke-toan",), ("cong-chuc-chuyen-mon",),
                  "ongoing")),
        Section("IV", "Hiện đại hóa hành chính"),
        Item("1", {"task": "Sử dụng hệ thống quản lý văn bản và điều hành",
                   "lead": "Công chức Văn phòng - Thống kê",
                   "coordinating": "Các công chức chuyên môn",
                   "start": "Cả năm", "deadline": "Thường xuyên"},
             Want("IV.1", "IV", ("van-phong-thong-ke",), ("cong-chuc-chuyen-mon",),
                  "ongoing")),
        Item("2", {"task": "Bảo đảm an ninh trật tự tại Bộ phận một cửa",
                   "lead": "Công an xã", "coordinating": "Bộ phận Tiếp nhận và trả kết quả",
                   "start": "Cả năm", "deadline": "Thường xuyên"},
             Want("IV.2", "IV", ("cong-an",), ("bo-phan-mot-cua",), "ongoing")),
        Item("3", {"task": "Cập nhật dữ liệu hộ tịch vào cơ sở dữ liệu điện tử",
                   "lead": "Công chức Tư pháp - Hộ tịch",
                   "coordinating": "Công an xã", "start": "Quý III/2021",
                   "deadline": "Trước ngày 15/11/2021"},
             Want("IV.3", "IV", ("tu-phap-ho-tich",), ("cong-an",), "date 15/11/2021")),
    ],
    page_break=9,
    want_issuer="UBND xã Chư Á", want_horizon="2021-12-31",
    want_coordinator="van-phong-thong-ke", want_recipient="UBND xã",
    want_signer={"name": "Rơ Châm Blin", "title": "Chủ tịch"},
    want_milestones=["date 30/11/2021"],
    want_deadline_header="Thời gian hoàn thành",
)

PLANS = {plan.name: plan for plan in (CITY, TOWN, PROVINCE, COMMUNE)}


def main(argv: Sequence[str]) -> int:
    out = Path(argv[0]) if argv else Path(".")
    out.mkdir(parents=True, exist_ok=True)
    for name, plan in PLANS.items():
        print(build(plan, out / f"ke-hoach-{name}.docx"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
