"""`cchc status`: every option, both date forms, formats, and the pinned table."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from helpers import KRONG_PA, MINI, assert_golden, run_cli

PLAIN = {"NO_COLOR": "1", "COLUMNS": "200"}


def status(*args: str, root: Path = KRONG_PA) -> list[dict[str, object]]:
    result = run_cli("status", "--root", str(root), "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_shipped_plan_as_of_15_9_2020_with_no_progress(blank_copy: Path) -> None:
    rows = status("--as-of", "2020-09-15", root=blank_copy)
    by_due: dict[str, set[str]] = {}
    for row in rows:
        if row["due"]:
            by_due.setdefault(str(row["due"]), set()).add(str(row["status"]))
    for due in ("2020-08-15", "2020-08-17", "2020-09-01"):
        assert by_due[due] == {"overdue"}, due
    for due in ("2020-09-30", "2020-10-15"):
        assert by_due[due] == {"pending"}, due


def test_both_date_forms_agree() -> None:
    assert status("--as-of", "2020-09-15") == status("--as-of", "15/9/2020")


@pytest.mark.parametrize("bad", ["31/02/2020", "2020-13-01", "9/15/2020", "hôm nay"])
def test_bad_as_of_is_a_usage_error(bad: str) -> None:
    result = run_cli("status", "--root", str(KRONG_PA), "--as-of", bad)
    assert result.exit_code == 2
    assert "--as-of" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_agency_suggests() -> None:
    result = run_cli("status", "--root", str(KRONG_PA), "--agency", "phong-noi-vuu")
    assert result.exit_code == 2
    assert "cchc: lỗi: không có cơ quan 'phong-noi-vuu'" in result.stderr
    assert "gợi ý: có phải là phong-noi-vu" in result.stderr
    english = run_cli("status", "--root", str(KRONG_PA), "--agency", "phong-noi-vuu",
                      "--lang", "en")
    assert "cchc: error: no agency 'phong-noi-vuu'" in english.stderr
    assert "hint: did you mean phong-noi-vu" in english.stderr


def test_agency_by_name_in_any_spelling() -> None:
    by_id = status("--as-of", "2020-09-15", "--agency", "phong-tu-phap")
    assert by_id == status("--as-of", "2020-09-15", "--agency", "Phong Tu phap")
    assert {r["agency"] for r in by_id} == {"phong-tu-phap"}


def test_filters() -> None:
    rows = status("--as-of", "2020-09-15", "--section", "III", "--lead-only", "--only", "overdue")
    assert rows
    assert all(r["section"] == "III" and r["role"] == "lead" and r["status"] == "overdue"
                        for r in rows)
    assert status("--as-of", "2020-09-15", "--section", "3") == status(
        "--as-of", "2020-09-15", "--section", "III")
    assert {r["task"] for r in status("--as-of", "2020-09-15", "--task", "14")} == {"14.1", "14.2"}
    soon = status("--as-of", "2020-09-25", "--only", "due-soon")
    assert soon
    assert all(r["due_soon"] and r["status"] == "pending" for r in soon)
    wider = status("--as-of", "2020-09-15", "--only", "due-soon", "--due-within", "30")
    assert {r["due"] for r in wider} == {"2020-09-15", "2020-09-30", "2020-10-15"}


def test_json_fields(blank_copy: Path) -> None:
    row = status("--as-of", "2020-09-15", "--task", "7", "--lead-only", root=blank_copy)[0]
    assert row == {
        "task": "7", "section": "I", "title": row["title"], "agency": "phong-noi-vu",
        "role": "lead", "part": "date", "period": None, "due": "2020-08-17", "status": "overdue",
        "due_soon": False, "reported": False, "days_late": 29, "days_left": None,
        "completed": None, "readable": True,
    }


def test_csv_has_the_same_rows() -> None:
    result = run_cli("status", "--root", str(KRONG_PA), "--as-of", "2020-09-15", "--format", "csv")
    reader = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(reader) == len(status("--as-of", "2020-09-15"))
    assert reader[0]["status"] == "overdue"


def test_fail_on_overdue() -> None:
    args = ("status", "--root", str(KRONG_PA), "--format", "json", "--fail-on", "overdue")
    assert run_cli(*args, "--as-of", "2020-09-15").exit_code == 1
    assert run_cli(*args, "--as-of", "2020-08-01").exit_code == 0


def test_english_labels() -> None:
    result = run_cli("status", "--root", str(MINI), "--as-of", "2020-09-15", "--lang", "en",
                     env=PLAIN)
    assert "Not done - overdue" in result.stdout
    assert "Chưa hoàn thành" not in result.stdout


def test_table_is_plain_without_a_terminal() -> None:
    result = run_cli("status", "--root", str(MINI), "--as-of", "2020-09-15", env=PLAIN)
    assert "\x1b[" not in result.stdout
    assert "Chưa hoàn thành - quá hạn" in result.stdout


def test_golden_table_for_the_fixture_repository() -> None:
    result = run_cli("status", "--root", str(KRONG_PA), "--as-of", "2020-09-15", env=PLAIN)
    assert result.exit_code == 0
    assert_golden("status-2020-09-15.txt", result.stdout)


def test_all_shows_undated_rows() -> None:
    args = ("status", "--root", str(MINI), "--as-of", "2020-09-15")
    short = run_cli(*args, env=PLAIN).stdout
    full = run_cli(*args, "--all", env=PLAIN).stdout
    assert "Thường xuyên  " not in short
    assert "Thường xuyên" in full
