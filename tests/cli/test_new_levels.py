"""Issue 26: `cchc new --level` makes the registry of the issuer's level from the
template YAML files; `cchc init --all` deals with the files of agencies no
longer in the registry; small things of the import (titles, hints, groups)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cchc_plan.core.names import NameIndex, UnknownAgency
from cchc_plan.features.plan_io.reader.agencies import AgencyMatcher
from cchc_plan.features.plan_io.reader.draft import title_of
from cchc_plan.features.plan_io.reader.importer import read_registry
from helpers import KRONG_PA, run_cli

LEVELS = {
    # level: (an agency id the registry must have, the issuer, the coordinator)
    "huyen": ("phong-nong-nghiep-ptnt", "UBND huyện Mẫu", "phong-noi-vu"),
    "thanh-pho": ("phong-quan-ly-do-thi", "UBND thành phố Mẫu", "phong-noi-vu"),
    "quan": ("phong-kinh-te", "UBND quận Mẫu", "phong-noi-vu"),
    "tinh": ("so-ke-hoach-dau-tu", "UBND tỉnh Mẫu", "so-noi-vu"),
    "phuong": ("tu-phap-ho-tich", "UBND phường Mẫu", "van-phong-thong-ke"),
}


@pytest.mark.parametrize("level", list(LEVELS))
def test_new_makes_the_level_registry(tmp_path: Path, level: str) -> None:
    root = tmp_path / level
    made = run_cli("new", str(root), "--level", level, "--year", "2021")
    assert made.exit_code == 0, made.stderr
    agency, issuer, coordinator = LEVELS[level]
    registry = yaml.safe_load((root / "plan/agencies.yaml").read_text(encoding="utf-8"))
    assert agency in {a["id"] for a in registry["agencies"]}
    plan = yaml.safe_load((root / "plan/appendix.yaml").read_text(encoding="utf-8"))
    assert plan["document"]["issuer_short"] == issuer
    assert plan["settings"]["coordinator"] == coordinator
    assert plan["settings"]["recipient"] == issuer.rsplit(" ", 1)[0]
    check = run_cli("validate", "--root", str(root))
    assert check.exit_code == 0, check.stdout
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "cchc plan import KE_HOACH.docx --force" in readme


def test_new_refuses_an_unknown_level(tmp_path: Path) -> None:
    result = run_cli("new", str(tmp_path / "x"), "--level", "ap")
    assert result.exit_code == 2
    assert "thanh-pho" in result.stderr
    assert not (tmp_path / "x").exists()


def drop_sample_commune(root: Path) -> None:
    """The officer replaces the sample commune by the real list."""
    path = root / "plan/agencies.yaml"
    text = path.read_text(encoding="utf-8").replace("ubnd-xa-mau", "ubnd-xa-ia-rsai") \
        .replace("UBND xã Mẫu", "UBND xã Ia Rsai")
    path.write_text(text, encoding="utf-8")


def test_init_all_lists_then_removes_orphans(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    assert run_cli("new", str(root), "--year", "2021").exit_code == 0
    drop_sample_commune(root)
    listed = run_cli("init", "--all", "--root", str(root))
    assert listed.exit_code == 0, listed.stderr
    assert "assignments/ubnd-xa-mau.yaml" in listed.stderr
    assert "--prune" in listed.stderr
    assert (root / "assignments/ubnd-xa-mau.yaml").exists()
    pruned = run_cli("init", "--all", "--prune", "--root", str(root))
    assert "đã xóa assignments/ubnd-xa-mau.yaml" in pruned.stderr
    assert not (root / "assignments/ubnd-xa-mau.yaml").exists()
    assert (root / "assignments/ubnd-xa-ia-rsai.yaml").exists()
    assert run_cli("validate", "--root", str(root)).exit_code == 0


def test_init_all_force_removes_orphans_too(tmp_path: Path) -> None:
    """The sample commune's file, and the file of an agency the plan no longer
    gives any task (it still cites the template's tasks)."""
    root = tmp_path / "repo"
    assert run_cli("new", str(root), "--year", "2021").exit_code == 0
    drop_sample_commune(root)
    registry = root / "plan/agencies.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "phong-giao-duc-dao-tao, phong-y-te,", "phong-giao-duc-dao-tao,"), encoding="utf-8")
    forced = run_cli("init", "--all", "--force", "--root", str(root))
    assert "đã xóa assignments/ubnd-xa-mau.yaml" in forced.stderr
    assert "đã xóa assignments/phong-y-te.yaml" in forced.stderr
    assert run_cli("validate", "--root", str(root)).exit_code == 0


def test_a_title_is_not_cut_inside_a_number() -> None:
    assert title_of("Áp dụng ISO 9001:2015 tại các cơ quan. Chi tiết") == \
        "Áp dụng ISO 9001:2015 tại các cơ quan"
    assert title_of("Tuyên truyền: trên báo, đài") == "Tuyên truyền"


def test_an_unknown_agency_is_not_offered_a_group() -> None:
    index = NameIndex()
    index.add("phong-noi-vu", ["Phòng Nội vụ"], group=False)
    index.add("phong-ban-don-vi", ["Các phòng ban, đơn vị"], group=True)
    with pytest.raises(UnknownAgency) as caught:
        index.resolve("phong-ban-don")
    assert "phong-ban-don-vi" not in caught.value.suggestions
    with pytest.raises(UnknownAgency) as plural:
        index.resolve("cac-phong-ban-don")
    assert plural.value.suggestions == ["phong-ban-don-vi"]


@pytest.fixture(scope="module")
def krong_pa() -> AgencyMatcher:
    return AgencyMatcher.build(read_registry(KRONG_PA / "plan" / "agencies.yaml"))


@pytest.mark.parametrize(("cell", "ids", "groups"), [
    ("Các cơ quan, đơn vị, địa phương", ["phong-ban-don-vi"], ["Địa phương"]),
    ("Phòng Nội vụ; các địa phương", ["phong-noi-vu"], ["Các địa phương"]),
    ("Các sở, ngành của tỉnh", [], ["Các sở, ngành của tỉnh"]),
    ("Các phòng ban, đơn vị cấp huyện, cấp xã", ["phong-ban-don-vi"], ["Cấp xã"]),
    ("Các phòng ban, đơn vị, UBND các xã, thị trấn xây dựng kế hoạch, tổ chức triển khai",
     ["phong-ban-don-vi", "ubnd-xa-thi-tran"], []),
])
def test_group_phrases_are_never_narrowed_silently(krong_pa: AgencyMatcher, cell: str,
                                                   ids: list[str], groups: list[str]) -> None:
    found = krong_pa.mentions(cell)
    assert [m.ident for m in found if m.ident] == ids
    assert [m.text for m in found if m.group] == groups
    assert not any(m.proposal for m in found)


@pytest.mark.parametrize(("unit", "cell", "ident"), [
    ("thành phố", "Phòng Nội vụ Thành phố", "phong-noi-vu"),
    ("thị xã", "Phòng Tư pháp thị xã", "phong-tu-phap"),
    ("huyện", "Phòng Nội vụ huyện", "phong-noi-vu"),
])
def test_the_issuers_level_word_is_part_of_names(krong_pa: AgencyMatcher, unit: str, cell: str,
                                                 ident: str) -> None:
    matcher = AgencyMatcher.build(read_registry(KRONG_PA / "plan" / "agencies.yaml"), unit)
    assert [m.ident for m in matcher.mentions(cell)] == [ident]
    other = krong_pa.mentions("Phòng Nội vụ tỉnh")  # a district plan: another administration
    assert [m.ident for m in other] == [None]
