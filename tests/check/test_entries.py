"""What officers type in agency files: Vietnamese status words, the period
spellings reports print, entries that say which deadline part they report;
messages that name the task; one bad entry does not hide the others' problems;
every deadline part is someone's to deliver."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cchc_plan.app import open_project
from cchc_plan.engine.obligations import compute_status
from helpers import MINI, TARGET, copy_repo, run_cli, with_file


def problems(root: Path, lang: str = "vi") -> list[dict[str, object]]:
    result = run_cli("validate", "--root", str(root), "--format", "json", "--lang", lang)
    assert "Traceback" not in result.stdout + result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def agency_file(tasks: str, updated: str = "1/9/2020") -> bytes:
    return (f"agency: phong-noi-vu\ncontact: {{name: Hoa}}\nupdated: {updated}\ntasks:\n"
            f"{tasks}").encode()


@pytest.mark.parametrize(("written", "code"), [
    ("Đã hoàn thành", "done"), ("da hoan thanh", "done"), ("ĐANG THỰC HIỆN", "in_progress"),
    ("đang thuc hien", "in_progress"), ("chưa thực hiện", "not_started"),
    ("Chua thuc hien", "not_started"), ("done", "done"),
])
def test_vietnamese_status_words(tmp_path: Path, written: str, code: str) -> None:
    extra = ("\n    completed: 20/8/2020\n    evidence: [{title: Báo cáo}]" if code == "done"
             else "")
    root = with_file(tmp_path, agency_file(
        f"  - task: \"2.1\"\n    assignee: {{name: Hoa}}\n    status: {written}{extra}\n"))
    assert problems(root) == []
    project = open_project(root, use_cache=False)
    assert project.assignments[0].model is not None
    assert project.assignments[0].model.tasks[0].status == code


def test_a_wrong_status_lists_the_codes(tmp_path: Path) -> None:
    root = with_file(tmp_path, agency_file("  - task: \"2.1\"\n    status: xong rồi\n"))
    [found] = problems(root)
    assert found["code"] == "bad-value"
    assert str(found["message"]).startswith("nhiệm vụ 2.1 › status:")


@pytest.mark.parametrize(("task", "written", "period"), [
    ("3", "Quý III/2020", "2020-Q3"), ("3", "Q4/2020", "2020-Q4"), ("1", "năm 2021", "2021"),
    ("1", "Năm 2021", "2021"),
])
def test_period_spellings_reports_print(tmp_path: Path, task: str, written: str,
                                        period: str) -> None:
    root = with_file(tmp_path, agency_file(
        f"  - task: \"{task}\"\n    assignee: {{name: Hoa}}\n    periods:\n"
        f"      - {{period: {written}, status: done, completed: 2/10/2020, "
        f"evidence: [{{title: Báo cáo}}]}}\n", updated="5/10/2020"))
    assert problems(root) == []
    result = compute_status(open_project(root, use_cache=False), date(2021, 3, 1))
    done = [o for o in result.obligations if o.task.id == task and o.agency == "phong-noi-vu"
            and o.status in ("done_on_time", "done_late")]
    assert [o.period for o in done] == [period]


def test_a_bad_period_names_the_task_and_the_forms(tmp_path: Path) -> None:
    root = with_file(tmp_path, agency_file(
        "  - task: \"3\"\n    periods:\n      - {period: Quý V/2020}\n"))
    [found] = problems(root)
    assert found["code"] == "bad-id"
    assert found["message"] == ("nhiệm vụ 3 › periods › mục thứ 1 › period: 'Quý V/2020' không "
                                "phải là kỳ hợp lệ")
    assert "Quý III/2021" in str(found["hint"])


def test_messages_name_the_task_not_the_index(tmp_path: Path) -> None:
    root = with_file(tmp_path, agency_file(
        "  - task: \"2.1\"\n  - task: \"3\"\n    periods:\n"
        "      - {period: 2020-Q3, status: finished}\n"))
    [vi] = problems(root)
    assert vi["message"] == ("nhiệm vụ 3 › kỳ 2020-Q3 › status: giá trị 'finished' không hợp lệ")
    [en] = problems(root, "en")
    assert en["message"] == "task 3 › period 2020-Q3 › status: 'finished' is not allowed"
    assert "tasks.1" not in str(vi["message"]) + str(en["message"])


def test_one_bad_entry_does_not_hide_the_others(tmp_path: Path) -> None:
    root = with_file(tmp_path, agency_file(
        "  - task: \"2.1\"\n    status: dnoe\n"
        "  - task: \"99\"\n"
        "  - task: \"2.10\"\n"
        "  - task: \"3\"\n    status: in_progress\n"))
    found = {(p["code"], p["line"]) for p in problems(root)}
    assert ("bad-value", 6) in found  # the model's problem
    assert ("unknown-task", 7) in found  # a cross-file check on another entry
    assert ("not-involved", 8) in found  # 2.10 is Phòng Tư pháp's alone
    assert ("no-assignee", 9) in found
    result = run_cli("status", "--root", str(root), "--as-of", "15/9/2020", "--format", "json",
                     "--agency", "phong-noi-vu")
    assert {r["readable"] for r in json.loads(result.stdout)["rows"]} == {False}


def test_ambiguous_period_needs_a_part(tmp_path: Path) -> None:
    from helpers import KRONG_PA

    root = copy_repo(KRONG_PA, tmp_path / "repo")
    path = root / "assignments" / "van-phong-hdnd-ubnd.yaml"
    body = ("agency: van-phong-hdnd-ubnd\ncontact: {name: Lan}\nupdated: 1/9/2020\ntasks:\n"
            "  - task: \"10\"\n    assignee: {name: Lan}\n    periods:\n"
            "      - {period: 2021, status: in_progress}\n")
    path.write_text(body, encoding="utf-8")
    [found] = [p for p in problems(root) if p["path"] == "assignments/van-phong-hdnd-ubnd.yaml"]
    assert found["code"] == "ambiguous-period"
    assert "ke-hoach, bao-cao" in str(found["message"])
    assert found["hint"] == "thêm `part:`, ví dụ `part: ke-hoach`"
    path.write_text(body.replace("status: in_progress}", "part: bao-cao, status: in_progress}"),
                    encoding="utf-8")
    assert not [p for p in problems(root) if p["path"] == "assignments/van-phong-hdnd-ubnd.yaml"]


def test_every_part_has_someone_to_deliver_it(tmp_path: Path) -> None:
    root = copy_repo(MINI, tmp_path / "repo")
    plan = root / "plan" / "appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("level: xa, holders: all}", "level: xa}"), encoding="utf-8")
    [found] = problems(root)
    assert (found["code"], found["path"]) == ("no-holder", "plan/appendix.yaml")
    assert "thời hạn 'xa' của nhiệm vụ '1'" in str(found["message"])


def test_the_target_is_the_mini_agency_file() -> None:
    assert TARGET == "assignments/phong-noi-vu.yaml"
