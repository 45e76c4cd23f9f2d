"""Agency names in lead and coordinating cells, resolved against a registry:
any case, diacritics or none, abbreviations, groups; unknown names kept with a
proposal; recipients set aside. On the shipped plan, text alone gives every
lead exactly as its editor wrote it."""

from __future__ import annotations

import pytest
import yaml

from cchc_plan.features.plan_io.reader.agencies import AgencyMatcher, Mention
from cchc_plan.load.models import AgencyRegistry, Plan
from helpers import KRONG_PA, TESTS

SONG_MAY = TESTS / "fixtures" / "song-may" / "plan" / "agencies.yaml"


def registry(path: str) -> AgencyRegistry:
    with open(path, encoding="utf-8") as stream:
        return AgencyRegistry.model_validate(yaml.safe_load(stream))


@pytest.fixture(scope="module")
def krong_pa() -> AgencyMatcher:
    return AgencyMatcher.build(registry(str(KRONG_PA / "plan" / "agencies.yaml")))


@pytest.fixture(scope="module")
def song_may() -> AgencyMatcher:
    return AgencyMatcher.build(registry(str(SONG_MAY)))


def ids(mentions: list[Mention]) -> list[str | None]:
    return [m.ident for m in mentions if not (m.recipient or m.aside)]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Phòng Nội vụ", ["phong-noi-vu"]),
    ("PHÒNG NỘI VỤ", ["phong-noi-vu"]),
    ("phong noi vu", ["phong-noi-vu"]),
    ("Phòng Nội vụ huyện", ["phong-noi-vu"]),
    ("VP HĐND-UBND", ["van-phong-hdnd-ubnd"]),
    ("Văn phòng HĐND và UBND huyện chủ trì theo dõi, đôn đốc", ["van-phong-hdnd-ubnd"]),
    ("Phòng VH-TT", ["phong-van-hoa-thong-tin"]),
    ("Phòng Văn hóa và Thông tin", ["phong-van-hoa-thong-tin"]),
    ("P. Tư pháp", ["phong-tu-phap"]),
    ("Phòng TC-KH", ["phong-tai-chinh-ke-hoach"]),
    ("Các phòng ban, đơn vị, UBND các xã, thị trấn", ["phong-ban-don-vi", "ubnd-xa-thi-tran"]),
    ("các phòng ban, đơn vị; UBND xã, thị trấn", ["phong-ban-don-vi", "ubnd-xa-thi-tran"]),
    ("Thủ trưởng các cơ quan, đơn vị thuộc UBND huyện, Chủ tịch UBND xã, thị trấn",
     ["phong-ban-don-vi", "ubnd-xa-thi-tran"]),
    ("3.1 Phòng Nội vụ; 3.2 Phòng Tư pháp", ["phong-noi-vu", "phong-tu-phap"]),
    ("Phòng Nội vụ, Phòng Nội vụ huyện", ["phong-noi-vu"]),
    ("Bưu điện huyện (Bộ phận tiếp nhận và trả kết quả)", ["buu-dien-huyen"]),
])
def test_names_in_any_spelling(krong_pa: AgencyMatcher, cell: str,
                               expected: list[str]) -> None:
    assert ids(krong_pa.mentions(cell)) == expected


def test_a_document_number_is_not_an_abbreviation(krong_pa: AgencyMatcher) -> None:
    cell = "niêm yết đúng quy định tại Thông tư 02/2017/TT-VPCP"  # not Thanh tra (TT)
    assert krong_pa.mentions(cell) == []


def test_unknown_names_are_kept_with_a_proposal(song_may: AgencyMatcher) -> None:
    found = song_may.mentions("Các cơ quan chuyên môn, Công an huyện; Ban Chỉ huy Quân sự huyện")
    assert [m.ident for m in found] == ["phong-chuyen-mon", None, None]
    assert [m.proposal for m in found[1:]] == [
        {"id": "cong-an-huyen", "name": "Công an huyện", "level": "cap-huyen"},
        {"id": "ban-chi-huy-quan-su-huyen", "name": "Ban Chỉ huy Quân sự huyện",
         "level": "cap-huyen"},
    ]


def test_an_unknown_commune_is_proposed_at_commune_level(song_may: AgencyMatcher) -> None:
    [found] = song_may.mentions("UBND xã Hòa Bình")
    assert found.proposal == {"id": "ubnd-xa-hoa-binh", "name": "UBND xã Hòa Bình",
                              "kind": "ubnd-xa", "level": "cap-xa"}


def test_recipients_and_explanations_are_set_aside(krong_pa: AgencyMatcher) -> None:
    found = krong_pa.mentions("Phòng Nội vụ (chủ trì theo dõi, tổng hợp báo cáo Sở Nội vụ)")
    assert [(m.text, m.ident, m.recipient) for m in found] == [
        ("Phòng Nội vụ", "phong-noi-vu", False), ("Sở Nội vụ", None, True)]
    trinh = krong_pa.mentions("xây dựng nội dung, KH trình UBND huyện phê duyệt")
    assert [(m.text, m.recipient) for m in trinh] == [("UBND huyện", True)]


def test_words_that_only_look_like_heads_are_not_names(krong_pa: AgencyMatcher) -> None:
    for cell in ("chủ trì theo dõi đôn đốc", "hồ sơ TTHC", "văn bản phải triển khai",
                 "Đơn vị được giao chủ trì về nội dung tập huấn"):
        assert krong_pa.mentions(cell) == [], cell


def test_no_registry_proposes_every_name() -> None:
    found = AgencyMatcher.build(None).mentions("Phòng Nội vụ; UBND các xã, thị trấn")
    assert [m.proposal["id"] if m.proposal else None for m in found] == [
        "phong-noi-vu", "ubnd-xa-thi-tran"]


def test_the_shipped_plans_leads_from_their_cells_alone(krong_pa: AgencyMatcher) -> None:
    """Every lead of the shipped plan as its editor wrote it; coordinating
    agencies but the five the editor chose by what the rows say, not by names."""
    with open(KRONG_PA / "plan" / "appendix.yaml", encoding="utf-8") as stream:
        plan = Plan.model_validate(yaml.safe_load(stream))
    lead_differs, coordinating_differs = [], []
    for task in plan.all_tasks():
        lead = [] if task.is_heading else ids(krong_pa.mentions(task.lead_text))
        coordinating = [i for i in ids(krong_pa.mentions(task.coordinating_text))
                        if i not in lead]
        if lead != task.lead:
            lead_differs.append(task.id)
        if coordinating != task.coordinating:
            coordinating_differs.append(task.id)
    assert lead_differs == []
    # "phòng ban, đơn vị có giải quyết TTHC" is phong-chuyen-mon to the editor (2.1-2.3, 13);
    # row 15's "Các phòng ban, […]" lost its end in the OCR; row 36.2's "Các phòng ban
    # có TTHC trong danh mục TTHC mức độ 3,4" are for the district to name (issue 27).
    assert coordinating_differs == ["2.1", "2.2", "2.3", "13", "15", "36.2"]


def test_a_proposed_id_never_takes_a_registry_id(krong_pa: AgencyMatcher) -> None:
    """"Phòng Nội vụ tỉnh" is not Phòng Nội vụ: its proposal must not resolve to it."""
    found = krong_pa.mentions("Thanh tra tỉnh")
    assert [(m.ident, m.proposal) for m in found] == [
        (None, {"id": "thanh-tra-tinh", "name": "Thanh tra tỉnh", "kind": "khac",
                "level": "huyen"})]
    clash = AgencyMatcher.build(registry(str(SONG_MAY)))
    clash.ids.add("cong-an-huyen")
    [mention] = clash.mentions("Công an huyện")
    assert mention.proposal is not None
    assert mention.proposal["id"] == "cong-an-huyen-2"
