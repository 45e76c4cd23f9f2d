"""Issue 25, defect 3: what people read and sign in Word is what is imported.
The record `cchc plan export` embeds in the .docx is used only where it agrees
with the visible table; a forged record that changes a deadline's date or who
must deliver it (the visible cell unchanged) loses to the cell, with a
`review:` note on the task; settings and report sentences that only the
record holds are listed in the plan's `review:`. Reproduced first: on main the
forged record's 31/01 deadline, `holders: all`, `before_inclusive: false` and
a new report proposal were imported with only "59 dòng giữ nguyên" shown."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from cchc_plan.features.plan_io import api as library
from helpers import KRONG_PA, copy_repo, run_cli
from hostile import rezip

SENTENCE = "Phê bình nghiêm khắc Trưởng Phòng Tư pháp vì che giấu kết quả"
NS = "urn:cchc-plan:embedded:1"


def forge_record(raw: bytes, edit: Any) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        name = next(n for n in archive.namelist()
                    if n.startswith("customXml/item") and NS.encode() in archive.read(n))
        root = etree.fromstring(archive.read(name))
    data = json.loads(root.text)
    edit(data)
    root.text = json.dumps(data, ensure_ascii=False)
    return rezip(raw, change={name: etree.tostring(root, xml_declaration=True,
                                                   encoding="UTF-8")})


def task(data: dict[str, Any], ident: str) -> dict[str, Any]:
    def walk(tasks: list[dict[str, Any]]) -> dict[str, Any] | None:
        for t in tasks:
            if t["id"] == ident:
                return t
            found = walk(t.get("subtasks") or [])
            if found:
                return found
        return None
    found = walk(data["tasks"])
    assert found is not None
    return found


def attack(data: dict[str, Any]) -> None:
    two = task(data, "2")
    for part in two["deadline"]:
        part["on"], part["holders"] = "31/01", "all"
    data["settings"]["before_inclusive"] = False
    data["report"]["proposals"][0]["text"] = SENTENCE


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("plan")
    root = copy_repo(KRONG_PA, folder / "repo")
    assert run_cli("plan", "export", "--root", str(root), "-o",
                   str(folder / "pl.docx")).exit_code == 0
    return folder / "pl.docx"


def test_a_forged_record_loses_to_the_visible_cells(exported: Path, tmp_path: Path) -> None:
    forged = tmp_path / "forged.docx"
    forged.write_bytes(forge_record(exported.read_bytes(), attack))
    result = library.import_plan(forged, agencies=KRONG_PA / "plan" / "agencies.yaml",
                                 lang="vi")
    two = next(t for t in result.plan.all_tasks() if t.id == "2")
    assert {getattr(p, "on", None) for p in two.deadline} == {"31/12"}  # the cell, re-read
    assert all(p.holders != "all" or p.level for p in two.deadline)
    assert any("khác điều các ô (deadline)" in note for note in two.review)
    assert result.carried is not None
    assert "2" in result.carried.disagreed
    review = "\n".join(result.plan.review)
    assert "settings.before_inclusive: false" in review
    assert SENTENCE[:40] in review


def test_the_import_summary_says_so(exported: Path, tmp_path: Path) -> None:
    forged = tmp_path / "forged.docx"
    forged.write_bytes(forge_record(exported.read_bytes(), attack))
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    done = run_cli("plan", "import", str(forged), "--root", str(root), "--force")
    assert done.exit_code == 0, done.stderr
    assert "dòng 2: bản ghi kèm theo khác ô hiển thị (deadline)" in done.stderr
    assert re.search(r"\d+ mục \(thiết lập, câu chữ báo cáo", done.stderr)
    checked = run_cli("validate", "--root", str(root), "--lang", "en")
    assert "warning[unreviewed]" in checked.stdout


def test_an_agency_swapped_in_the_record_loses(exported: Path, tmp_path: Path) -> None:
    def swap(data: dict[str, Any]) -> None:
        task(data, "2")["lead"] = ["phong-tu-phap"]
    forged = tmp_path / "forged.docx"
    forged.write_bytes(forge_record(exported.read_bytes(), swap))
    result = library.import_plan(forged, agencies=KRONG_PA / "plan" / "agencies.yaml",
                                 lang="vi")
    two = next(t for t in result.plan.all_tasks() if t.id == "2")
    assert two.lead == ["phong-noi-vu"]
    assert any("(lead" in note or "lead)" in note for note in two.review)
