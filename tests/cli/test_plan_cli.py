"""`cchc plan import|export` and `cchc deadline parse` end to end, and the
review workflow: unreviewed notes are warnings (exit 0) until removed; names
the registry lacks are listed and, once added, resolve; `cchc status` runs on an
imported plan."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

import plan_fixtures as fx
from helpers import KRONG_PA, TESTS, copy_repo, run_cli

SONG_MAY = TESTS / "fixtures" / "song-may"


@pytest.fixture
def second_repo(tmp_path: Path) -> Path:
    """A new district's repository: its registry, no plan yet, its Word plan beside."""
    root = tmp_path / "song-may"
    (root / "plan").mkdir(parents=True)
    (root / "assignments").mkdir()
    shutil.copy(SONG_MAY / "plan" / "agencies.yaml", root / "plan" / "agencies.yaml")
    fx.song_may_docx(root / "ke-hoach.docx")
    return root


def test_export_then_import_in_a_repository(tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    exported = run_cli("plan", "export", "--root", str(root), "-o", str(tmp_path / "pl.docx"))
    assert exported.exit_code == 0, exported.stderr
    refused = run_cli("plan", "import", str(tmp_path / "pl.docx"), cwd=root)
    assert refused.exit_code == 2  # plan/appendix.yaml exists: never clobbered
    assert "--force" in refused.stderr
    done = run_cli("plan", "import", str(tmp_path / "pl.docx"), "--force", cwd=root)
    assert done.exit_code == 0, done.stderr
    assert "57 dòng giữ nguyên" in done.stderr  # 15 and 36.2: the visible cells win (issue 25)
    assert (root / "plan" / "appendix.yaml.bak").exists()
    checked = run_cli("validate", "--root", str(root), "--lang", "en")
    errors = [line for line in checked.stdout.splitlines() if ": error[" in line]
    # only the agency file that reports on row 15 for an agency its cell does not name
    assert all("task 15 does not involve" in line for line in errors), checked.stdout


def test_default_export_name(tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    result = run_cli("plan", "export", "--root", str(root), cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "phu-luc-34-kh-ubnd.docx").stat().st_size > 10_000


def test_second_plan_review_workflow(second_repo: Path) -> None:
    imported = run_cli("plan", "import", "ke-hoach.docx", cwd=second_repo)
    assert imported.exit_code == 0, imported.stderr
    for line in ("Công an huyện — dòng 4", "Ban Chỉ huy Quân sự huyện — dòng 7",
                 "{id: cong-an-huyen, name: Công an huyện, level: cap-huyen}"):
        assert line in imported.stderr
    # Names the registry lacks are errors until added; the plan still runs.
    first = run_cli("validate", "--root", str(second_repo), "--lang", "en")
    assert first.exit_code == 1
    assert "error[unknown-agency]" in first.stdout
    status = run_cli("status", "--root", str(second_repo), "--as-of", "2021-10-01", "--all")
    assert status.exit_code == 0, status.stderr
    assert "Rà soát văn bản" in status.stdout
    # The person adds the proposed entries: only review notes are left, as warnings.
    add_proposals(second_repo, ["cong-an-huyen", "ban-chi-huy-quan-su-huyen",
                                "don-vi-su-nghiep"])
    second = run_cli("validate", "--root", str(second_repo))
    assert second.exit_code == 0, second.stdout
    assert "warning[unreviewed]" in second.stdout
    assert "error[" not in second.stdout
    assert "không có lỗi" in second.stderr
    machine = json.loads(run_cli("validate", "--root", str(second_repo), "--format",
                                 "json").stdout)
    assert {p["severity"] for p in machine} == {"warning"}
    github = run_cli("validate", "--root", str(second_repo), "--format", "github").stdout
    assert github.startswith("::warning file=plan/appendix.yaml,line=")
    # Reviewing means deleting the notes: then nothing is left to say.
    clear_reviews(second_repo)
    clean = run_cli("validate", "--root", str(second_repo))
    assert clean.exit_code == 0
    assert clean.stdout == ""


def add_proposals(root: Path, ids: list[str]) -> None:
    registry = root / "plan" / "agencies.yaml"
    data = yaml.safe_load(registry.read_text(encoding="utf-8"))
    names = {"cong-an-huyen": "Công an huyện",
             "ban-chi-huy-quan-su-huyen": "Ban Chỉ huy Quân sự huyện",
             "don-vi-su-nghiep": "Các đơn vị sự nghiệp"}
    data["agencies"] += [{"id": i, "name": names[i], "level": "cap-huyen"} for i in ids]
    registry.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")


def clear_reviews(root: Path) -> None:
    path = root / "plan" / "appendix.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.pop("review", None)
    for task in data["tasks"]:
        task.pop("review", None)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_new_district_without_a_registry(tmp_path: Path) -> None:
    fx.song_may_xlsx(tmp_path / "ke-hoach.xlsx")
    result = run_cli("plan", "import", "ke-hoach.xlsx", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    proposed = yaml.safe_load((tmp_path / "plan" / "agencies.yaml").read_text(encoding="utf-8"))
    assert {"phong-noi-vu", "phong-tu-phap", "ubnd-xa-thi-tran"} <= {
        a["id"] for a in proposed["agencies"]}
    checked = run_cli("validate", "--root", str(tmp_path))
    assert checked.exit_code == 0, checked.stdout  # warnings only


def test_import_to_stdout_in_english(second_repo: Path) -> None:
    result = run_cli("plan", "import", "ke-hoach.docx", "-o", "-", "--lang", "en",
                     cwd=second_repo)
    assert result.exit_code == 0, result.stderr
    plan = yaml.safe_load(result.stdout)
    assert plan["document"]["number"] == "12/KH-UBND"
    assert any("not in the agency registry" in n for t in plan["tasks"]
               for n in t.get("review", []))
    assert "agency names are not in" in result.stderr


def test_scanned_pdf_is_out_of_scope(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.5\n%...")
    result = run_cli("plan", "import", "scan.pdf", cwd=tmp_path)
    assert result.exit_code == 2
    assert "OCR" in result.stderr
    assert "ocrmypdf" in result.stderr


def test_deadline_parse() -> None:
    cell = "- Kế hoạch của huyện ban hành trước ngày 31/12 hằng năm.\n- Cấp xã trước ngày 15/01."
    result = run_cli("deadline", "parse", "--", cell)
    assert result.exit_code == 0, result.stderr
    parts = yaml.safe_load(result.stdout)["deadline"]
    assert [(p["kind"], p["on"], p.get("level")) for p in parts] == [
        ("annual", "31/12", "huyen"), ("annual", "15/01", "xa")]
    assert "kiểm tra: kế hoạch ban hành trong tháng 12" in result.stderr
    yearless = run_cli("deadline", "parse", "trước ngày 17/8", "--year", "2020", "--lang", "en")
    assert yaml.safe_load(yearless.stdout)["deadline"][0]["date"] == "17/8/2020"
    assert "year taken from the plan: 2020" in yearless.stderr
    relative = run_cli("deadline", "parse", "sau 30 ngày kể từ ngày UBND tỉnh phê duyệt")
    assert yaml.safe_load(relative.stdout)["events"] == [
        {"id": "ubnd-tinh-phe-duyet", "name": "UBND tỉnh phê duyệt", "recurs": "once"}]
