"""The shipped plan (its copy in the fixture repository): the whole appendix is
there, with its agencies and deadlines."""

from __future__ import annotations

import unicodedata

import pytest

from cchc_plan.app import open_project
from cchc_plan.core.dates import natural_key
from cchc_plan.core.names import UnknownAgency
from cchc_plan.load.project import Project
from helpers import KRONG_PA


@pytest.fixture(scope="module")
def project() -> Project:
    loaded = open_project(KRONG_PA, use_cache=False)
    assert loaded.ok, [p.format("en") for p in loaded.problems]
    return loaded


def test_every_printed_row_is_present(project: Project) -> None:
    assert project.plan.model is not None
    ids = [t.id for t in project.plan.model.tasks]
    top = [i for i in ids if "." not in i]
    assert top == [str(n) for n in range(1, 42)]
    subs = {i for i in ids if "." in i}
    assert subs == {"2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "5.1", "5.2",
                    "5.3", "14.1", "14.2", "33.1", "33.2", "36.1", "36.2"}


def test_sections_and_milestones(project: Project) -> None:
    plan = project.plan.model
    assert plan is not None
    assert [s.id for s in plan.sections] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    dates = {m.id: [getattr(p, "date", None) for p in m.deadline] for m in plan.milestones}
    assert str(dates["IV.1"][0]) == "2020-08-17"
    assert str(dates["IV.2"][0]) == "2020-08-21"


@pytest.mark.parametrize(("task", "lead"), [
    ("1", ["phong-noi-vu"]),
    ("2.1", ["van-phong-hdnd-ubnd"]),
    ("2.4", ["trung-tam-vhtt-tt"]),
    ("3.2", ["phong-tu-phap"]),
    ("8", ["phong-tu-phap"]),
    ("14.1", ["buu-dien-huyen"]),
    ("14.2", ["ubnd-xa-thi-tran"]),
    ("27", ["phong-tai-chinh-ke-hoach"]),
    ("32", ["phong-van-hoa-thong-tin"]),
    ("38", ["buu-dien-huyen"]),
])
def test_lead_agencies(project: Project, task: str, lead: list[str]) -> None:
    assert project.plan.model is not None
    found = {t.id: t for t in project.plan.model.tasks}[task]
    assert found.lead == lead


@pytest.mark.parametrize(("task", "kinds"), [
    ("1", ["annual", "annual"]),
    ("2.5", ["month_end"]),
    ("2.6", ["date", "ongoing"]),
    ("6", ["date"]),
    ("10", ["annual", "annual"]),
    ("15", ["quarterly"]),
    ("25", ["relative"]),
    ("36.1", ["date"]),
    ("41", ["on_request"]),
])
def test_deadline_kinds(project: Project, task: str, kinds: list[str]) -> None:
    assert project.plan.model is not None
    found = {t.id: t for t in project.plan.model.tasks}[task]
    assert [p.kind for p in found.deadline] == kinds


def test_all_text_is_nfc_vietnamese(project: Project) -> None:
    assert project.plan.model is not None
    for task in project.plan.model.all_tasks():
        for text in (task.title, task.text, task.deadline_text):
            assert unicodedata.is_normalized("NFC", text)
    titles = " ".join(t.title for t in project.plan.model.tasks)
    assert "thủ tục hành chính" in titles.lower() or "TTHC" in titles


@pytest.mark.parametrize("name", [
    "phong-noi-vu", "Phòng Nội vụ", "PHONG NOI VU", "phong noi vu",
    unicodedata.normalize("NFD", "Phòng Nội vụ"), "Phòng Nội vụ huyện",
])
def test_agency_names_resolve(project: Project, name: str) -> None:
    assert project.directory.resolve(name) == "phong-noi-vu"


def test_unknown_agency_suggests(project: Project) -> None:
    with pytest.raises(UnknownAgency) as info:
        project.directory.resolve("Phong Noi vuu")
    assert info.value.suggestions[0] == "phong-noi-vu"


def test_groups_expand(project: Project) -> None:
    communes = project.directory.expand("UBND các xã, thị trấn")
    assert len(communes) == 14
    assert "ubnd-tt-phu-tuc" in communes
    units = project.directory.expand("phong-ban-don-vi")
    assert "phong-noi-vu" in units
    assert "trung-tam-gdnn-gdtx" in units
    assert "buu-dien-huyen" not in units


def test_task_ids_sort_naturally() -> None:
    ids = ["10", "2.10", "2.9", "2", "1", "33.1"]
    assert sorted(ids, key=natural_key) == ["1", "2", "2.9", "2.10", "10", "33.1"]
