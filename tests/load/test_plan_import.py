"""Importing plans from Word and Excel: the shipped plan's round trip (export in
the document's layout -> import -> the same model), rows changed in Word, the
table read alone, a second plan of another district, and files that are not
plans. Everything runs on fixture copies."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import plan_fixtures as fx
from cchc_plan import app
from cchc_plan.core.errors import InputError, PlanUnusable
from cchc_plan.features.plan_io import api as library
from cchc_plan.features.plan_io.plan_yaml import render_plan
from cchc_plan.features.plan_io.reader.importer import ImportResult
from cchc_plan.load.models import AgencyRegistry, Plan
from helpers import KRONG_PA, TESTS, copy_repo

SONG_MAY = TESTS / "fixtures" / "song-may"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def shipped() -> Plan:
    with open(KRONG_PA / "plan" / "appendix.yaml", encoding="utf-8") as stream:
        return Plan.model_validate(yaml.safe_load(stream))


def normalised(value: Any) -> Any:
    """Text fields compared up to whitespace."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [normalised(v) for v in value]
    if isinstance(value, dict):
        return {k: normalised(v) for k, v in value.items()}
    return value


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_repo(KRONG_PA, tmp_path_factory.mktemp("export") / "repo")
    path = root / "phu-luc.docx"
    model = app.open_plan(root, use_cache=False).plan.model
    assert model is not None
    path.write_bytes(library.export_plan(model))
    return path


def import_file(path: Path, registry: Path = KRONG_PA / "plan" / "agencies.yaml",
                **options: Any) -> ImportResult:
    return library.import_plan(path, agencies=registry, lang="vi", **options)


# --- the shipped plan, there and back -------------------------------------------------


DISAGREEING = {"15": ["coordinating"], "36.2": ["deadline", "coordinating"]}
"""Rows whose shipped record says more than their visible cells (issue 25: the
cells win, with a note): 15's coordinating cell is cut short by the OCR
("Các phòng ban, […]") and reads narrower than the record; 36.2's record binds
no office until the district names those with level 3-4 procedures (issue 27),
and gives the lead an ongoing "theo dõi" part, neither of which the cells say."""


def as_shipped(plan: Any) -> Any:
    """The plan's data without the disagreeing rows and the review notes the
    import adds (the record's settings, report sentences... listed to check)."""
    data = plan.model_dump(mode="json")
    data["review"] = []

    def keep(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**t, "subtasks": keep(t.get("subtasks") or [])} for t in tasks
                if t["id"] not in DISAGREEING]
    data["tasks"] = keep(data["tasks"])
    return normalised(data)


def test_round_trip_gives_back_the_shipped_model(exported: Path) -> None:
    result = import_file(exported)
    assert result.carried is not None
    assert (len(result.carried.kept), result.carried.changed, result.carried.dropped) == (
        len(shipped().tasks) - len(DISAGREEING), {}, [])
    assert result.carried.disagreed == DISAGREEING
    assert as_shipped(result.plan) == as_shipped(shipped())
    assert result.unknown == []


def test_the_draft_file_loads_as_the_shipped_plan(exported: Path, tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    result = import_file(exported)
    (root / "plan" / "appendix.yaml").write_text(render_plan(result.plan, result.source, "vi"),
                                                 encoding="utf-8")
    project = app.open_project(root, use_cache=False)
    errors = [p.format("en") for p in project.problems if p.is_error]
    # the one agency file that reports on row 15 for an agency the visible cell does not name
    assert all("task 15 does not involve" in e for e in errors), errors
    assert as_shipped(project.plan.model) == as_shipped(shipped())


def test_the_export_has_the_documents_layout(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    [table] = body.iter(f"{W}tbl")
    rows = table.findall(f"{W}tr")
    header = rows[0]
    assert header.find(f"{W}trPr/{W}tblHeader") is not None  # repeated on every page
    assert [text_of(c) for c in header.findall(f"{W}tc")] == [
        "STT", "Nhiệm vụ cụ thể", "Sản phẩm đầu ra", "Cơ quan chủ trì",
        "Cơ quan phối hợp và thực hiện", "Thời gian hoàn thành/yêu cầu khác"]
    section = rows[1].findall(f"{W}tc")
    assert text_of(section[0]) == "I"
    assert section[1].find(f"{W}tcPr/{W}gridSpan").get(f"{W}val") == "5"
    merged = [text_of(r.findall(f"{W}tc")[0]) for r in rows
              if r.find(f"{W}tc/{W}tcPr/{W}vMerge") is not None]
    for heading in ("3", "3.1", "3.2", "3.3", "5.1", "14.1", "33.1", "36.1"):
        assert heading in merged  # cells shared by a heading's sub-items are merged


def text_of(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


SOFFICE = shutil.which("soffice")


@pytest.mark.soffice
def test_round_trip_survives_libreoffice(exported: Path, tmp_path: Path) -> None:
    subprocess.run([str(SOFFICE), "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path),
                    str(exported)], check=True, capture_output=True, timeout=180)
    result = import_file(tmp_path / exported.name)
    assert result.plan == import_file(exported).plan


def test_the_table_alone(exported: Path) -> None:
    """What the table says without the records it carries: what a Word file
    typed by hand gives."""
    plan, model = import_file(exported, use_embedded=False).plan, shipped()
    assert result_ids(plan) == [t.id for t in model.tasks]  # milestones are not in the table
    assert plan.sections == model.sections
    assert plan.document.number == model.document.number
    assert plan.document.year == model.document.year
    old = {t.id: t for t in model.tasks}
    differs: dict[str, list[str]] = {}
    for task in plan.tasks:
        for name in ("section", "parent", "lead", "coordinating", "lead_text",
                     "coordinating_text", "deadline_text", "text", "outputs"):
            if normalised(getattr(task, name)) != normalised(getattr(old[task.id], name)):
                differs.setdefault(name, []).append(task.id)
        if structure(task.deadline) != structure(old[task.id].deadline):
            differs.setdefault("deadline", []).append(task.id)
    # The editor chose phong-chuyen-mon for "phòng ban, đơn vị có giải quyết TTHC"
    # (2.1-2.3, 13) and completed row 15's cell lost in the OCR; row 21 is "ongoing"
    # for a cell of requirements only, row 25 names its event its own way; row 1's
    # district plan is the lead's; row 36.2 names no office until the district says
    # which have TTHC at levels 3-4, and its lead monitors (issue 27).
    assert differs == {"coordinating": ["2.1", "2.2", "2.3", "13", "15", "36.2"],
                       "deadline": ["1", "21", "25", "36.2"]}


def result_ids(plan: Plan) -> list[str]:
    return [t.id for t in plan.tasks]


def structure(parts: list[Any]) -> list[dict[str, Any]]:
    """A deadline without the words a person chose for it (key, label, basis),
    with who delivers each part as it takes effect (`holders` or its default)."""
    return [{**p.model_dump(mode="json", exclude={"key", "label", "basis"}),
             "holders": p.holders or p.held_by_default} for p in parts]


# --- changed in Word -------------------------------------------------------------------


def edited(source: Path, target: Path, change: Any) -> Path:
    """A copy of a .docx whose document.xml went through `change(root)`."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    root = etree.fromstring(members["word/document.xml"])
    change(root)
    members["word/document.xml"] = etree.tostring(root, xml_declaration=True,
                                                  encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def row_of(root: Any, number: str) -> Any:
    return next(tr for tr in root.iter(f"{W}tr")
                if text_of(tr.findall(f"{W}tc")[0]) == number)


def set_text(cell: Any, value: str) -> None:
    texts = list(cell.iter(f"{W}t"))
    texts[0].text = value
    for extra in texts[1:]:
        extra.text = ""


def test_a_cell_changed_in_word_is_read_again(exported: Path, tmp_path: Path) -> None:
    def change(root: Any) -> None:
        set_text(row_of(root, "7").findall(f"{W}tc")[5], "Hoàn thành trước ngày 30/9/2020")

    result = import_file(edited(exported, tmp_path / "e.docx", change))
    assert result.carried is not None
    assert result.carried.changed == {"7": ["deadline"]}
    task = next(t for t in result.plan.tasks if t.id == "7")
    before = next(t for t in shipped().tasks if t.id == "7")
    assert task.deadline_text == "Hoàn thành trước ngày 30/9/2020"
    assert [p.model_dump(exclude={"label"}) for p in task.deadline] == [
        {"kind": "date", "date": date(2020, 9, 30), "qualifier": "before",
         "key": None, "level": None, "holders": None}]  # None: the lead, by default
    assert (task.title, task.lead, task.note) == (before.title, before.lead, before.note)
    assert any("đã sửa trong Word (deadline)" in note for note in task.review)
    others = [t for t in result.plan.tasks if t.id not in ("7", *DISAGREEING)]
    assert others == [t for t in shipped().tasks if t.id not in ("7", *DISAGREEING)]


def test_a_row_deleted_in_word_is_left_out(exported: Path, tmp_path: Path) -> None:
    def change(root: Any) -> None:
        row = row_of(root, "5.3")
        row.getparent().remove(row)

    result = import_file(edited(exported, tmp_path / "d.docx", change))
    assert result.carried is not None
    assert result.carried.dropped == ["5.3"]
    assert "5.3" not in result_ids(result.plan)


def test_unreadable_records_are_ignored_with_a_note(exported: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = next(n for n, data in members.items() if b"urn:cchc-plan:embedded" in data
                and n.startswith("customXml/item"))
    members[name] = re.sub(rb"(<plan [^>]*>).*(</plan>)", rb"\1{not json\2", members[name],
                           flags=re.S)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    result = import_file(broken)
    assert result.carried is None
    assert any("không đọc được" in note for note in result.plan.review)
    assert result_ids(result.plan) == result_ids(import_file(exported, use_embedded=False).plan)


# --- a second plan ----------------------------------------------------------------------


@pytest.fixture(scope="module", params=["song_may.docx", "song_may.xlsx"])
def second(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> ImportResult:
    path = fx.ALL[request.param](tmp_path_factory.mktemp("second") / request.param)
    return import_file(path, SONG_MAY / "plan" / "agencies.yaml")


def test_second_plan_every_agency_resolved_or_listed(second: ImportResult) -> None:
    with open(SONG_MAY / "plan" / "agencies.yaml", encoding="utf-8") as stream:
        data = yaml.safe_load(stream)
    known = {e["id"] for e in data["agencies"]} | {g["id"] for g in data["groups"]}
    listed = {u.proposal["id"]: u for u in second.unknown}
    for task in second.plan.tasks:
        for ident in (*task.lead, *task.coordinating):
            assert ident in known or task.id in listed[ident].rows, (task.id, ident)
    assert {(u.name, tuple(u.rows)) for u in second.unknown} == {
        ("Công an huyện", ("4",)), ("Ban Chỉ huy Quân sự huyện", ("7",))}
    assert all(u.proposal["level"] == "cap-huyen" for u in second.unknown)
    # a group the registry lacks is never proposed as one agency (issue 26): a note says so
    [nine] = [t for t in second.plan.tasks if t.id == "9"]
    assert any("'Các đơn vị sự nghiệp' chỉ nhiều cơ quan" in note for note in nine.review)


def test_second_plan_rows_and_deadlines(second: ImportResult) -> None:
    plan = second.plan
    assert [s.id for s in plan.sections] == ["A", "B", "C"]
    tasks = {t.id: t for t in plan.tasks}
    assert list(tasks) == [str(n) for n in range(1, 12)]
    parts = {i: [p.model_dump(mode="json", exclude_none=True, exclude={"label", "key"})
                 for p in t.deadline] for i, t in tasks.items()}
    assert parts["1"] == [  # each level's part is every agency's there, lead or not
        {"kind": "date", "date": "2021-11-15", "qualifier": "before", "level": "cap-huyen",
         "holders": "all"},
        {"kind": "date", "date": "2021-11-30", "qualifier": "before", "level": "cap-xa",
         "holders": "all"}]
    assert parts["2"] == [{"kind": "semiannual", "days_after_end": 0}]
    assert parts["3"] == [{"kind": "date", "date": "2021-09-30", "qualifier": "by"}]
    assert parts["4"] == [{"kind": "quarterly", "days_after_end": 0, "day_of_last_month": 20}]
    assert parts["6"] == [{"kind": "relative", "event": "nhan-duoc-ho-so", "days": 10,
                           "working_days": True}]
    assert parts["7"] == [{"kind": "monthly", "days_after_end": 0, "day_of_last_month": 25}]
    assert parts["8"] == [{"kind": "date", "date": "2021-12-15", "qualifier": "by"}]
    assert tasks["3"].coordinating == tasks["2"].coordinating == ["vp-ubnd"]  # merged cell
    assert tasks["11"].lead == ["noi-vu"]  # written without diacritics
    assert [e.id for e in plan.events] == ["nhan-duoc-ho-so"]
    assert any("2021" in note for note in tasks["10"].review)  # "Trước ngày 30/6": year guessed


def test_second_plan_document(second: ImportResult) -> None:
    document = second.plan.document
    assert (document.number, document.year, document.issuer_short) == (
        "12/KH-UBND", 2021, "UBND huyện Sông Mây")
    assert second.plan.settings.start.isoformat() == "2021-01-15"
    if second.kind == "docx":
        assert document.title == "Kế hoạch cải cách hành chính năm 2021"


def test_no_registry_proposes_every_agency(tmp_path: Path) -> None:
    path = fx.song_may_docx(tmp_path / "p.docx")
    result = import_file(path, tmp_path / "none.yaml")
    proposed = {u.proposal["id"] for u in result.unknown}
    used = {i for t in result.plan.tasks for i in (*t.lead, *t.coordinating)}
    assert used <= proposed
    assert {"phong-noi-vu", "phong-tu-phap", "ubnd-xa-thi-tran"} <= proposed


# --- files that are not plans -------------------------------------------------------------


@pytest.mark.parametrize(("content", "message", "hint"), [
    (b"%PDF-1.4\n...", "import.pdf", "hint.import-ocr"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "import.old-office", "hint.import-save-as"),
    (b"plain text", "import.not-office", "hint.import-save-as"),
])
def test_other_files_are_refused_with_what_to_do(tmp_path: Path, content: bytes, message: str,
                                                 hint: str) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(content)
    with pytest.raises(InputError) as raised:
        import_file(path)
    assert raised.value.message.id == message
    assert raised.value.hint is not None
    assert raised.value.hint.id == hint


def test_a_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc_plan.features.plan_io.reader import package

    monkeypatch.setattr(package, "MAX_UNPACKED_BYTES", 1024 * 1024)  # 256 MiB in use
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a/>" + b" " * (2 * 1024 * 1024))
    with pytest.raises(InputError) as raised:
        import_file(path)
    assert raised.value.message.id == "import.too-large"


def test_a_registry_with_errors_stops_the_import(tmp_path: Path, exported: Path) -> None:
    registry = tmp_path / "agencies.yaml"
    registry.write_text("schema_version: 1\nagencies: []\n", encoding="utf-8")
    with pytest.raises(PlanUnusable):
        import_file(exported, registry)


# --- generated plans ----------------------------------------------------------------------

NAMES = ["Phòng Nội vụ", "Phòng Tư pháp", "VP HĐND-UBND", "UBND các xã, thị trấn",
         "Các phòng ban, đơn vị", "Bưu điện huyện"]
PHRASES = [str(e["text"]) for e in yaml.safe_load(
    (TESTS / "load" / "deadline_corpus.yaml").read_text(encoding="utf-8"))][:60]
WORDS = st.lists(st.sampled_from(["rà", "soát", "văn", "bản", "báo", "cáo", "kế", "hoạch",
                                  "tập", "huấn", "công", "khai"]), min_size=2, max_size=8)


@st.composite
def plans(draw: st.DrawFn) -> dict[str, Any]:
    tasks: list[dict[str, Any]] = []
    for number in range(1, draw(st.integers(1, 6)) + 1):
        subs = draw(st.integers(0, 3))
        heading = subs > 0 and draw(st.booleans())
        tasks.append(task_data(draw, str(number), None, heading))
        tasks += [task_data(draw, f"{number}.{k}", str(number), False)
                  for k in range(1, subs + 1)]
    return {"document": {"year": 2020, "issuer": "Ủy ban nhân dân huyện Mẫu",
                         "issuer_short": "UBND huyện Mẫu", "place": "Mẫu", "title": "Kế hoạch"},
            "settings": {"start": "2020-07-01"},
            "sections": [{"id": "I", "title": "Chỉ đạo điều hành"}],
            "tasks": tasks}


def task_data(draw: st.DrawFn, ident: str, parent: str | None, heading: bool) -> dict[str, Any]:
    text = " ".join(draw(WORDS)).capitalize()
    data: dict[str, Any] = {"id": ident, "section": "I", "parent": parent, "title": text,
                            "text": text}
    if heading:
        return {**data, "lead": []}
    lead, other = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=2, unique=True)), \
        draw(st.lists(st.sampled_from(NAMES), max_size=2, unique=True))
    return {**data, "lead": ["x"], "lead_text": ", ".join(lead),
            "coordinating_text": "; ".join(other),
            "deadline_text": draw(st.sampled_from(PHRASES)),
            "outputs": draw(st.lists(st.sampled_from(["Báo cáo", "Kế hoạch"]), unique=True))}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(data=plans())
def test_generated_plans_read_back_from_their_table(data: dict[str, Any], tmp_path: Path) -> None:
    """Export a plan, read its table alone: the same rows, headings, sub-items, texts,
    and the agencies and deadlines its cells say."""
    from cchc_plan.features.plan_io.plan_docx import render
    from cchc_plan.features.plan_io.plan_table import appendix_view
    from cchc_plan.features.plan_io.reader.agencies import AgencyMatcher
    from cchc_plan.features.plan_io.reader.deadline_text import parse_deadline

    matcher = AgencyMatcher.build(krong_pa_registry())
    plan = Plan.model_validate(data)
    path = tmp_path / "g.docx"
    path.write_bytes(render(appendix_view(plan)))
    back = import_file(path, use_embedded=False).plan
    assert [(t.id, t.parent, t.section, t.is_heading) for t in back.tasks] == [
        (t.id, t.parent, t.section, t.is_heading) for t in plan.tasks]
    for old, new in zip(plan.tasks, back.tasks, strict=True):
        assert (new.text, new.outputs, new.lead_text, new.deadline_text) == (
            old.text, old.outputs, old.lead_text, old.deadline_text)
        if old.is_heading:
            continue
        lead = [m.ident for m in matcher.mentions(old.lead_text)]
        assert new.lead == lead
        parsed = parse_deadline(old.deadline_text, plan_year=2020).parts
        assert [p["kind"] for p in parsed] == [p.kind for p in new.deadline]
    assert json.dumps(back.model_dump(mode="json"))  # a plan, serialisable


CELLS = st.sampled_from(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "I", "II. X",
                         "1", "2", "2.1", "2.1.3", "3.1 a\n3.2 b", "a)", "", "", "Phòng Nội vụ",
                         "3.1 Phòng Tư pháp; 3.2 Các phòng ban, đơn vị", "Hằng quý",
                         "trước ngày 17/8", "sau 30 ngày kể từ ngày X", "Cấp xã trước 15/01",
                         "x" * 130, "Công an huyện"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.tuples(CELLS, st.booleans()), min_size=5, max_size=5),
                min_size=2, max_size=12))
def test_any_table_gives_a_valid_draft_or_a_message(grid: list[list[tuple[str, bool]]]) -> None:
    """Whatever the rows, the draft validates as a plan (or the table is refused)."""
    from cchc_plan.core.messages import Msg
    from cchc_plan.features.plan_io.reader.agencies import AgencyMatcher
    from cchc_plan.features.plan_io.reader.appendix import rows_from_blocks, split_all_inline
    from cchc_plan.features.plan_io.reader.document import read_document
    from cchc_plan.features.plan_io.reader.draft import Drafting, plan_data
    from cchc_plan.features.plan_io.reader.grid import Block, GridCell, GridRow
    from cchc_plan.features.plan_io.reader.rows import arrange

    header = GridRow(tuple(GridCell(i, 1, t) for i, t in enumerate(
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"])), Msg(""))
    rows = [GridRow(tuple(GridCell(i, 1, text, up) for i, (text, up) in enumerate(row)),
                    Msg("")) for row in grid]
    try:
        table = rows_from_blocks([Block((header, *rows), 5, False, "1")], "f")
    except InputError:
        return
    structure = arrange(split_all_inline(table.rows))
    if not structure.items:
        return
    guess = read_document([], 2020, "vi")
    drafting = Drafting(AgencyMatcher.build(krong_pa_registry()), 2020, "vi")
    Plan.model_validate(plan_data(structure, guess, drafting, []))


@cache
def krong_pa_registry() -> AgencyRegistry:
    with open(KRONG_PA / "plan" / "agencies.yaml", encoding="utf-8") as stream:
        return AgencyRegistry.model_validate(yaml.safe_load(stream))
