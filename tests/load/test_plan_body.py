"""The body of a plan (issue 26.1): horizon, signer, coordinator and the body's
report deadlines, on wording taken from published plans (source in each case)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from cchc_plan.features.plan_io.reader.agencies import AgencyMatcher
from cchc_plan.features.plan_io.reader.body import read_body, signer_of
from cchc_plan.features.plan_io.reader.draft import Drafting
from cchc_plan.features.plan_io.reader.importer import read_registry
from helpers import KRONG_PA

PROVINCE_REGISTRY = """schema_version: 1
agencies:
  - {id: so-noi-vu, name: Sở Nội vụ, level: tinh}
  - {id: so-tu-phap, name: Sở Tư pháp, level: tinh}
groups:
  - {id: so-ban-nganh, name: "Các sở, ban, ngành", members: [so-noi-vu, so-tu-phap]}
"""


def drafting(registry_text: str | None = None, unit: str = "huyện") -> Drafting:
    if registry_text is None:
        registry = read_registry(KRONG_PA / "plan" / "agencies.yaml")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "agencies.yaml"
            path.write_text(registry_text, encoding="utf-8")
            registry = read_registry(path)
    return Drafting(AgencyMatcher.build(registry, unit), 2021, "vi")


def test_the_title_year_wins_over_the_basis_period() -> None:
    # Kế hoạch 87/KH-UBND (2013) of UBND tỉnh Tuyên Quang: the basis names two periods
    lines = ["Căn cứ Kế hoạch số 18/KH-UBND ngày 29/3/2012 của Ủy ban nhân dân tỉnh về kế "
             "hoạch cải cách hành chính tỉnh Tuyên Quang giai đoạn 2011 - 2015,"]
    guess = read_body(lines, "Kế hoạch cải cách hành chính tỉnh Tuyên Quang năm 2014", "tỉnh",
                      drafting(PROVINCE_REGISTRY, "tỉnh"), set())
    assert guess.horizon == date(2014, 12, 31)


def test_a_period_in_the_title_is_the_horizon() -> None:
    guess = read_body([], "Kế hoạch cải cách hành chính nhà nước giai đoạn 2021 – 2025", "tỉnh",
                      drafting(PROVINCE_REGISTRY, "tỉnh"), set())
    assert guess.horizon == date(2025, 12, 31)


def test_the_coordinator_behind_a_title() -> None:
    # Quyết định 636/QĐ-UBND (2012) of UBND tỉnh Bình Định, Điều 2
    lines = ["Giao Giám đốc Sở Nội vụ hướng dẫn, theo dõi, kiểm tra đôn đốc việc thực hiện "
             "Quyết định này."]
    guess = read_body(lines, "Kế hoạch năm 2013", "tỉnh", drafting(PROVINCE_REGISTRY, "tỉnh"),
                      set())
    assert guess.coordinator == "so-noi-vu"
    assert guess.recipient == "UBND tỉnh"


def test_a_body_report_deadline_is_a_milestone() -> None:
    # Kế hoạch 34/KH-UBND (2020) of UBND huyện Krông Pa, part IV
    lines = ["IV. TỔ CHỨC THỰC HIỆN",
             "1. Các phòng ban, đơn vị, UBND các xã, thị trấn báo cáo kết quả về UBND huyện "
             "(qua Phòng Nội vụ) trước ngày 17/8/2020."]
    guess = read_body(lines, "Kế hoạch năm 2020", "huyện", drafting(), {"1", "2"})
    [milestone] = guess.milestones
    assert milestone["id"] == "IV.1"
    assert milestone["lead"] == ["phong-ban-don-vi", "ubnd-xa-thi-tran"]
    assert [p["date"] for p in milestone["deadline"]] == ["17/8/2020"]


def test_signature_blocks() -> None:
    assert signer_of(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"]) \
        == {"collective": "Ủy ban nhân dân", "form": "KT", "authority": "Chủ tịch",
            "title": "Phó Chủ tịch", "name": "Nguyễn Văn A"}
    assert signer_of(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Trần Thị B"]) == {
        "collective": "Ủy ban nhân dân", "title": "Chủ tịch", "name": "Trần Thị B"}
    assert signer_of(["Nơi nhận:", "- Lưu: VT."]) is None


def test_periodic_body_reports_not_read_are_noted() -> None:
    lines = ["Định kỳ hằng quý, 6 tháng, năm các phòng ban, đơn vị báo cáo kết quả về UBND "
             "huyện (qua Phòng Nội vụ) trước ngày 15 của tháng cuối kỳ báo cáo."]
    guess = read_body(lines, "Kế hoạch năm 2021", "huyện", drafting(), set())
    assert guess.milestones == []
    assert any(note.id == "import.body-periodic" for note in guess.notes)


def test_a_signature_block_without_tm() -> None:
    assert signer_of(["Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn C"]) == {
        "form": "KT", "authority": "Chủ tịch", "title": "Phó Chủ tịch", "name": "Lê Văn C"}
