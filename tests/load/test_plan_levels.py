"""Issue 26: a city's, a town's, a province's and a commune's plan, each a Word
table as such offices lay it out (tests/level_plans.py), imported over the
repository `cchc new --level` makes, as a Phòng Nội vụ officer would.

Per plan: ids, sections, leads, coordinators and deadlines at least 95 % right
and none silently wrong (a wrong one carries a review note); the settings the
document gives (coordinator, recipient, horizon, signer, the body's report
deadlines) read; `cchc validate` clean after the next steps the import prints;
`cchc status`, the consolidated report and the reminder letter say who
reports to whom, under the right masthead, signed by the right person.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from helpers import run_cli
from level_plans import PLANS, LevelPlan, build, deadline_signature
from level_scores import FIELDS, Score, normal, score

AS_OF = "15/10/2022"


@dataclass
class Imported:
    plan: LevelPlan
    root: Path
    data: dict[str, Any]
    summary: str
    score: Score


@pytest.fixture(scope="module", params=list(PLANS))
def imported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> Imported:
    plan = PLANS[request.param]
    tmp = tmp_path_factory.mktemp(plan.name)
    root = tmp / "repo"
    made = run_cli("new", str(root), "--level", plan.level, "--district", plan.district,
                   "--province", plan.province, "--year", str(plan.year))
    assert made.exit_code == 0, made.stderr
    source = build(plan, tmp / f"ke-hoach-{plan.name}.docx")
    result = run_cli("plan", "import", str(source), "--force",
                     "-o", str(root / "plan" / "appendix.yaml"),
                     "--agencies", str(root / "plan" / "agencies.yaml"))
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load((root / "plan" / "appendix.yaml").read_text(encoding="utf-8"))
    return Imported(plan, root, data, result.stderr, score(plan, data))


def test_rows_are_read_right_or_flagged(imported: Imported) -> None:
    found = imported.score
    for name in FIELDS:
        assert found.wrong[name] == [], (imported.plan.name, name)
        assert found.right[name] >= 0.95 * found.total, (imported.plan.name, name, found.right)


def test_restarting_numbers_give_section_ids_and_say_so(imported: Imported) -> None:
    ids = [t["id"] for t in imported.data["tasks"]]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[IVX]+(\.\d+)+", i) for i in ids)
    assert "số thứ tự bắt đầu lại ở mỗi mục" in imported.summary
    assert any("mã nhiệm vụ ghi kèm số mục" in note for note in imported.data["review"])


def test_merged_heading_owes_nothing(imported: Imported) -> None:
    tasks = {t["id"]: t for t in imported.data["tasks"]}
    headings = [i.want.id for i in imported.plan.items if not i.want.lead]
    assert headings
    for ident in headings:
        assert tasks[ident]["lead"] == [], ident
        assert tasks[ident]["deadline"] == [], ident


def test_the_document_gives_the_settings(imported: Imported) -> None:
    plan, data = imported.plan, imported.data
    assert data["document"]["issuer_short"] == plan.want_issuer
    assert data["settings"]["horizon"] == plan.want_horizon
    assert data["settings"]["coordinator"] == plan.want_coordinator
    assert data["settings"]["recipient"] == plan.want_recipient
    signer = data["document"]["signer"]
    assert {k: signer.get(k) for k in plan.want_signer} == plan.want_signer
    assert [normal(deadline_signature(p)) for m in data["milestones"]
            for p in ([part] for part in m["deadline"])] == \
        [normal(s) for s in plan.want_milestones]
    review = "\n".join(data["review"])
    for said in ("settings.horizon", "document.signer", "settings.coordinator",
                 "milestones"):
        assert said in review, said


def test_kept_what_the_repository_had(imported: Imported) -> None:
    data = imported.data
    assert data["document"]["province"] == imported.plan.province
    proposals = data["report"]["proposals"]
    milestone = data["milestones"][0]["id"]
    assert [p.get("task") for p in proposals] == [milestone, None]
    assert any("report.proposals" in note for note in data["review"])


def test_deadline_column_choice_is_said(imported: Imported) -> None:
    plan = imported.plan
    if not plan.want_deadline_header:
        assert "hai cột có thể là thời hạn" not in imported.summary
        return
    assert f"lấy '{plan.want_deadline_header}'" in imported.summary


def test_summary_ends_with_the_next_commands(imported: Imported) -> None:
    tail = imported.summary.strip().splitlines()[-6:]
    assert tail[0] == "Tiếp theo:"
    assert "cchc init --all --force" in "\n".join(tail)
    assert tail[-1].strip().startswith("5. cchc validate")


@pytest.fixture(scope="module")
def settled(imported: Imported) -> Imported:
    """The repository after the next steps the summary names (the notes are
    warnings, left for the officer)."""
    init = run_cli("init", "--all", "--force", "--root", str(imported.root))
    assert init.exit_code == 0, init.stderr
    schema = run_cli("schema", "-o", str(imported.root / "schemas/assignment.schema.json"),
                     "--force", "--root", str(imported.root))
    assert schema.exit_code == 0, schema.stderr
    return imported


def test_validate_is_clean_after_the_next_steps(settled: Imported) -> None:
    result = run_cli("validate", "--root", str(settled.root))
    assert result.exit_code == 0, result.stdout
    assert "error[" not in result.stdout


def test_status_stops_at_the_horizon(settled: Imported) -> None:
    result = run_cli("status", "--root", str(settled.root), "--as-of", AS_OF, "--detail",
                     "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    horizon = date.fromisoformat(settled.plan.want_horizon)
    dues = [date.fromisoformat(r["due"]) for r in rows if r.get("due")]
    # a last day on a weekend or holiday moves to the next working day (31/12/2022 ->
    # 3/1/2023); no periodic report falls due in the next year
    assert dues
    assert max(dues) <= horizon + timedelta(days=7)


def coordinator_name(settled: Imported) -> str:
    registry = yaml.safe_load((settled.root / "plan/agencies.yaml").read_text(encoding="utf-8"))
    return next(str(a["name"]) for a in registry["agencies"]
                if a["id"] == settled.plan.want_coordinator)


def test_consolidated_report_says_who_reports_to_whom(settled: Imported) -> None:
    out = settled.root / "tong-hop.md"
    result = run_cli("report", "--root", str(settled.root), "--as-of", AS_OF, "--format", "md",
                     "-o", str(out))
    assert result.exit_code == 0, result.stderr
    report = out.read_text(encoding="utf-8")
    plan = settled.plan
    assert report.startswith(f"| {plan.want_issuer.upper()}<br>")
    assert f"{coordinator_name(settled)} báo cáo Lãnh đạo {plan.want_recipient} " in report
    assert "THỦ TRƯỞNG CƠ QUAN" not in report


def test_reminder_letter_masthead_recipient_and_signer(settled: Imported) -> None:
    out = settled.root / "don-doc.md"
    result = run_cli("report", "--reminder", "--root", str(settled.root), "--as-of", AS_OF,
                     "--format", "md", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    letter = out.read_text(encoding="utf-8")
    plan = settled.plan
    unit = plan.want_issuer.removeprefix("UBND ").upper()
    assert letter.startswith(f"| **ỦY BAN NHÂN DÂN**<br>**{unit}** |")
    assert f"báo cáo về {plan.want_recipient} (qua {coordinator_name(settled)})" in letter
    assert plan.want_signer["name"] in letter
    assert ("KT. CHỦ TỊCH" in letter) == (plan.want_signer.get("form") == "KT")


def test_a_bare_table_keeps_the_repositorys_issuer(tmp_path: Path) -> None:
    """An appendix alone (no masthead, no body): the issuer, its level word and the
    coordinator come from the repository `cchc new` made."""
    from level_plans import CITY, Continued, header_rows, table_row
    from plan_fixtures import Table, build_docx

    root = tmp_path / "repo"
    assert run_cli("new", str(root), "--level", "thanh-pho", "--district", "Pleiku",
                   "--year", "2021").exit_code == 0
    table = Table([*header_rows(CITY), *(table_row(CITY, r) for r in CITY.rows
                                         if not isinstance(r, Continued))])
    source = build_docx(tmp_path / "phu-luc.docx", [table])
    result = run_cli("plan", "import", str(source), "--force", "--year", "2021",
                     "-o", str(root / "plan/appendix.yaml"),
                     "--agencies", str(root / "plan/agencies.yaml"))
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load((root / "plan/appendix.yaml").read_text(encoding="utf-8"))
    assert data["document"]["issuer_short"] == "UBND thành phố Pleiku"
    assert data["settings"]["coordinator"] == "phong-noi-vu"
    assert data["settings"]["recipient"] == "UBND thành phố"
    found = score(CITY, data)
    assert found.right["leads"] == found.total
    assert not any("không thấy cơ quan ban hành" in note for note in data["review"])


def test_a_document_without_a_year_keeps_the_repositorys(tmp_path: Path) -> None:
    """No year anywhere in the document: the year, start and horizon of the plan
    `cchc new --year 2020` made, never this year's start after a 2020 horizon."""
    from plan_fixtures import krongpa_docx

    root = tmp_path / "repo"
    assert run_cli("new", str(root), "--district", "Krông Pa", "--year", "2020").exit_code == 0
    source = krongpa_docx(tmp_path / "kp.docx")
    result = run_cli("plan", "import", str(source), "--force",
                     "-o", str(root / "plan/appendix.yaml"),
                     "--agencies", str(root / "plan/agencies.yaml"))
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load((root / "plan/appendix.yaml").read_text(encoding="utf-8"))
    assert data["document"]["year"] == 2020
    assert (data["settings"]["start"], data["settings"]["horizon"]) == ("2020-01-01",
                                                                        "2020-12-31")
    assert "giữ horizon: 31/12/2020 của plan/appendix.yaml đã có (văn bản không nói khác)" \
        in data["review"]


def test_a_plan_without_milestones_drops_the_templates_late_proposal(tmp_path: Path) -> None:
    """The template's proposal about agencies late on IV.1 needs a task; a plan
    with no report milestone has none to give it: the proposal goes, noted."""
    from helpers import TESTS
    from plan_fixtures import song_may_docx

    root = tmp_path / "repo"
    assert run_cli("new", str(root), "--district", "Sông Mây", "--year", "2021").exit_code == 0
    song_may = TESTS / "fixtures" / "song-may" / "plan" / "agencies.yaml"
    (root / "plan/agencies.yaml").write_bytes(song_may.read_bytes())
    source = song_may_docx(tmp_path / "sm.docx")
    for _ in range(2):  # and again over the draft it made
        result = run_cli("plan", "import", str(source), "--force",
                         "-o", str(root / "plan/appendix.yaml"),
                         "--agencies", str(root / "plan/agencies.yaml"))
        assert result.exit_code == 0, result.stderr
    data = yaml.safe_load((root / "plan/appendix.yaml").read_text(encoding="utf-8"))
    assert [p.get("agencies") for p in data["report"]["proposals"]] == ["overdue"]
    check = run_cli("validate", "--root", str(root), "--format", "json")
    codes = {p["code"] for p in json.loads(check.stdout)}
    assert "proposal-without-task" not in codes
