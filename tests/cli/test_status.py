"""`cchc status`: the views, the JSON shape, obligations that mean what the plan
means, one on-time rate, and output that fits the terminal."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

import cchc_plan
from cchc_plan.render import report_json
from helpers import KRONG_PA, MINI, assert_golden, copy_repo, run_cli

PLAIN = {"NO_COLOR": "1", "COLUMNS": "200"}
NARROW = {"NO_COLOR": "1", "COLUMNS": "80"}
PIPE = {"NO_COLOR": "1", "COLUMNS": ""}
"""No width at all: a plain pipe, where nothing is cut."""


def status(*args: str, root: Path = KRONG_PA) -> dict[str, Any]:
    result = run_cli("status", "--root", str(root), "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def rows(*args: str, root: Path = KRONG_PA) -> list[dict[str, Any]]:
    return status(*args, root=root)["rows"]  # type: ignore[no-any-return]


def screen(*args: str, root: Path = KRONG_PA, env: dict[str, str] = NARROW) -> str:
    result = run_cli("status", "--root", str(root), *args, env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# --- what the shipped plan asks ------------------------------------------------------


def test_shipped_plan_as_of_15_9_2020_with_no_progress(blank_copy: Path) -> None:
    by_due: dict[str, set[str]] = {}
    for row in rows("--as-of", "2020-09-15", root=blank_copy):
        if row["due"] and row["status"] != "supporting":
            by_due.setdefault(str(row["due"]), set()).add(str(row["status"]))
    for due in ("2020-08-17", "2020-09-01"):  # "trước 15/8/2020" (Saturday) rolls to 17/8
        assert by_due[due] == {"overdue"}, due
    for due in ("2020-09-30", "2020-10-15"):
        assert by_due[due] == {"pending"}, due
    assert "2020-08-15" not in by_due


def test_task_7_is_overdue_for_the_lead_only(blank_copy: Path) -> None:
    seven = rows("--as-of", "15/9/2020", "--task", "7", root=blank_copy)
    overdue = [r["agency"] for r in seven if r["status"] == "overdue"]
    assert overdue == ["phong-noi-vu"]
    supporting = [r for r in seven if r["status"] == "supporting"]
    assert len(supporting) == 26
    assert all(r["role"] == "coordinating" and r["days_late"] is None for r in supporting)
    assert "2.6" not in {r["task"] for r in rows("--as-of", "15/9/2020", "--only", "overdue",
                                                 "--agency", "buu-dien-huyen", root=blank_copy)}
    detail = screen("--as-of", "15/9/2020", "--task", "7", "--detail", root=blank_copy,
                    env=PLAIN)
    assert detail.count("Phối hợp  ") >= 26


@pytest.mark.parametrize(("task", "lead"), [("6", "phong-noi-vu"), ("2.6", "phong-noi-vu"),
                                            ("14.1", "buu-dien-huyen"),
                                            ("36.1", "phong-van-hoa-thong-tin")])
def test_one_off_deliverables_are_the_leads(blank_copy: Path, task: str, lead: str) -> None:
    found = rows("--as-of", "31/12/2020", "--task", task, root=blank_copy)
    held = {r["agency"] for r in found if r["status"] not in ("supporting", "ongoing")}
    assert held == {lead}


def test_task_1_district_plan_is_the_leads(blank_copy: Path) -> None:
    """"Kế hoạch của huyện ban hành trước ngày 31/12 hằng năm" is one document,
    Phòng Nội vụ's; "Cấp xã trước ngày 15/01" is each commune's (issue 27)."""
    found = rows("--as-of", "20/1/2021", "--task", "1", "--only", "overdue", root=blank_copy)
    late = {(r["agency"], r["part"]) for r in found}
    communes = {a for a, part in late if part == "ke-hoach-xa"}
    assert {a for a, part in late if part == "ke-hoach-huyen"} == {"phong-noi-vu"}
    assert len(communes) == 14
    assert all(a.startswith("ubnd-") for a in communes)
    office = rows("--as-of", "20/1/2021", "--task", "1", "--agency", "van-phong-hdnd-ubnd",
                  "--detail", root=blank_copy)
    assert {r["status"] for r in office} == {"supporting"}


def test_status_says_when_the_date_is_outside_the_plan(blank_copy: Path) -> None:
    before = screen("--as-of", "1/7/2020", root=blank_copy)
    assert "trước ngày bắt đầu của kế hoạch (10/07/2020)" in before
    after = screen("--as-of", "1/3/2022", root=blank_copy)
    assert "sau ngày kết thúc của kế hoạch (31/12/2021)" in after
    assert status("--as-of", "1/3/2022", root=blank_copy)["plan"]["span"] == "after_horizon"
    late = rows("--as-of", "1/3/2030", "--task", "15", root=blank_copy)
    assert max(r["period"] for r in late) == "2021-Q4"


# --- the views ------------------------------------------------------------------------


def lines_of(text: str) -> list[str]:
    return text.rstrip("\n").split("\n")


@pytest.mark.parametrize("as_of", ["15/9/2020", None])
@pytest.mark.parametrize("filled", [True, False])
def test_default_view_fits_one_screen(as_of: str | None, filled: bool, blank_copy: Path) -> None:
    args = ("--as-of", as_of) if as_of else ()
    text = screen(*args, root=KRONG_PA if filled else blank_copy)
    assert len(lines_of(text)) <= 50
    assert max(cell_len(line) for line in lines_of(text)) <= 80


@pytest.mark.parametrize("args", [(), ("--by", "agency"), ("--agency", "phong-tu-phap"),
                                  ("--detail", "--task", "2.6"), ("--only", "overdue")])
def test_no_line_passes_80_columns(args: tuple[str, ...]) -> None:
    text = screen("--as-of", "15/9/2020", *args)
    assert max(cell_len(line) for line in lines_of(text)) <= 80


@pytest.mark.parametrize(("args", "name"), [
    ((), "status-2020-09-15.txt"),
    (("--by", "agency"), "status-by-agency-2020-09-15.txt"),
    (("--agency", "phong-noi-vu"), "status-phong-noi-vu-2020-09-15.txt"),
])
def test_golden_views(args: tuple[str, ...], name: str) -> None:
    assert_golden(name, screen("--as-of", "15/9/2020", *args))


def test_summary_groups_by_task_part_and_period() -> None:
    text = screen("--as-of", "15/9/2020")
    assert "IV.1" in text
    assert "24 cơ quan chủ trì" in text
    assert "Chưa nộp báo cáo (25/31 cơ quan)" in text
    assert "Ia Rmok" in text  # short names from the registry
    assert "UBND xã Ia …" not in text


def test_agency_view_shows_what_was_reported() -> None:
    text = screen("--as-of", "15/9/2020", "--agency", "phong-tu-phap", env=PLAIN)
    assert "Đang thực hiện" in text  # task 8, reported in progress though it awaits a request
    assert "Phòng Tư pháp  " not in text  # no agency column


def test_pipe_writes_every_value_whole() -> None:
    text = screen("--as-of", "15/9/2020", "--detail", "--task", "2.6", env=PIPE)
    line = next(x for x in lines_of(text) if "Bưu điện" in x)
    assert "…" not in line
    assert "In nội dung tuyên truyền ở mặt sau Giấy tiếp nhận hồ sơ và trả kết quả" in line
    assert max(cell_len(x) for x in lines_of(text)) > 80


def test_english_labels() -> None:
    text = screen("--as-of", "2020-09-15", "--lang", "en", "--detail", root=MINI, env=PLAIN)
    assert "Overdue" in text
    assert "Quá hạn" not in text


def test_table_is_plain_without_a_terminal() -> None:
    text = screen("--as-of", "2020-09-15", root=MINI, env=PLAIN)
    assert "\x1b[" not in text
    assert "Quá hạn" in text


def test_detail_shows_every_obligation() -> None:
    short = screen("--as-of", "2020-09-15", "--agency", "phong-noi-vu", env=PLAIN)
    full = screen("--as-of", "2020-09-15", "--agency", "phong-noi-vu", "--all", env=PLAIN)
    assert "Không liệt kê" in short
    assert "Không liệt kê" not in full
    assert "Thường xuyên" in full


# --- one rate --------------------------------------------------------------------------


def test_filters_do_not_change_the_rate() -> None:
    whole = status("--as-of", "15/9/2020", "--agency", "phong-noi-vu")["summary"]
    for extra in (("--only", "done"), ("--lead-only",), ("--section", "I"), ("--task", "7")):
        narrowed = status("--as-of", "15/9/2020", "--agency", "phong-noi-vu", *extra)["summary"]
        assert narrowed["on_time_rate"] == whole["on_time_rate"], extra
        assert narrowed["shown"] <= whole["shown"] == whole["total"]
    text = " ".join(screen("--as-of", "15/9/2020", "--agency", "phong-noi-vu", "--only",
                           "done").split())
    # 36.2 no longer binds Phòng Nội vụ (issue 27): 3/5, not 3/6
    assert "Tỷ lệ đúng hạn: 60% (3/5 nghĩa vụ" in text
    assert "hiển thị 4/56 nghĩa vụ (--only done)" in text


def test_rate_counts_only_what_has_come_due(repo_copy: Path) -> None:
    (repo_copy / "assignments" / "phong-tu-phap.yaml").write_text(
        "agency: phong-tu-phap\ncontact: {name: An}\nupdated: 1/9/2020\ntasks:\n"
        "  - task: IV.1\n    status: done\n    completed: 15/8/2020\n"
        "    evidence: [{title: Báo cáo}]\n"
        "  - task: \"9\"\n    status: đã hoàn thành\n    completed: 20/8/2020\n"
        "    evidence: [{title: Báo cáo rà soát}]\n", encoding="utf-8")
    early = status("--as-of", "16/8/2020", "--agency", "phong-tu-phap", root=repo_copy)
    assert early["summary"]["due_count"] == 0  # done early, due 17/8: not yet in the rate
    later = status("--as-of", "15/9/2020", "--agency", "phong-tu-phap", root=repo_copy)
    nine = next(r for r in later["rows"] if r["task"] == "9")
    assert (nine["status"], nine["due"], nine["progress"]) == ("done_on_time", None, "done")
    summary = later["summary"]
    assert (summary["on_time"], summary["due_count"]) == (1, 1)  # IV.1 on time (36.2: nobody's)


def test_rate_is_the_same_in_status_and_both_reports() -> None:
    as_of = date(2020, 9, 15)
    agencies = status("--as-of", "15/9/2020")["summary"]["agencies"]
    project = cchc_plan.open_plan(KRONG_PA, use_cache=False)
    district = json.loads(report_json.render(cchc_plan.district_report(project, as_of), "vi"))
    in_district = {a["agency"]: a["summary"] for a in district["agencies"]}
    assert len(agencies) == len(in_district) == 31
    for line in agencies:
        report = json.loads(report_json.render(
            cchc_plan.agency_report(project, line["agency"], as_of), "vi"))["summary"]
        for key in ("on_time_rate", "on_time", "due_count", "counts"):
            assert line[key] == report[key] == in_district[line["agency"]][key], (line, key)


# --- JSON and CSV --------------------------------------------------------------------------


def test_json_shape(blank_copy: Path) -> None:
    data = status("--as-of", "2020-09-15", "--task", "7", "--lead-only", root=blank_copy)
    assert list(data) == ["schema_version", "as_of", "plan", "summary", "rows"]
    assert data["as_of"] == "2020-09-15"
    assert data["plan"]["number"] == "34/KH-UBND"
    assert data["plan"]["horizon"] == "2021-12-31"
    assert data["summary"]["filters"]["task"] == "7"
    assert data["rows"] == [{
        "task": "7", "section": "I", "title": data["rows"][0]["title"], "part": "date",
        "label": None, "period": None, "agency": "phong-noi-vu", "agency_name": "Phòng Nội vụ",
        "role": "lead", "due": "2020-08-17", "status": "overdue", "due_soon": False,
        "days_late": 29, "days_left": None, "completed": None, "reported": False,
        "progress": None, "notes": None, "readable": True,
    }]


def test_json_matches_its_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from helpers import REPO

    schema = json.loads((REPO / "schemas" / "status.schema.json").read_text(encoding="utf-8"))
    for args in ((), ("--agency", "phong-noi-vu", "--only", "overdue")):
        jsonschema.validate(status("--as-of", "15/9/2020", *args), schema)


def test_csv_has_one_row_per_obligation() -> None:
    result = run_cli("status", "--root", str(KRONG_PA), "--as-of", "2020-09-15", "--format", "csv")
    assert result.stdout.startswith("\ufefftask,")  # the byte order mark Excel needs
    reader = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    assert len(reader) == len(rows("--as-of", "2020-09-15"))
    assert reader[0]["status"] == "overdue"
    assert {"agency_name", "progress", "notes"} <= set(reader[0])


# --- options ------------------------------------------------------------------------------


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
    by_id = rows("--as-of", "2020-09-15", "--agency", "phong-tu-phap")
    assert by_id == rows("--as-of", "2020-09-15", "--agency", "Phong Tu phap")
    assert {r["agency"] for r in by_id} == {"phong-tu-phap"}


def test_filters() -> None:
    found = rows("--as-of", "2020-09-15", "--section", "III", "--lead-only", "--only", "overdue")
    assert found
    assert all(r["section"] == "III" and r["role"] == "lead" and r["status"] == "overdue"
               for r in found)
    assert rows("--as-of", "2020-09-15", "--section", "3") == rows(
        "--as-of", "2020-09-15", "--section", "III")
    assert {r["task"] for r in rows("--as-of", "2020-09-15", "--task", "14")} == {"14.1", "14.2"}
    soon = rows("--as-of", "2020-09-25", "--only", "due-soon")
    assert soon
    assert all(r["due_soon"] and r["status"] == "pending" for r in soon)
    wider = rows("--as-of", "2020-09-15", "--only", "due-soon", "--due-within", "30")
    assert {r["due"] for r in wider} == {"2020-09-15", "2020-09-30", "2020-10-15"}


def test_fail_on_overdue() -> None:
    args = ("status", "--root", str(KRONG_PA), "--format", "json", "--fail-on", "overdue")
    assert run_cli(*args, "--as-of", "2020-09-15").exit_code == 1
    assert run_cli(*args, "--as-of", "2020-08-01").exit_code == 0


# --- issue 27: what an officer trips on ------------------------------------------------


@pytest.mark.parametrize(("args", "words"), [
    (("--section", "IX"), "kế hoạch không có mục IX; các mục: I, II, III, IV, V, VI, VII, VIII"),
    (("--task", "99"), "kế hoạch không có nhiệm vụ 99"),
    (("--only", "quahan"), "--only: không có lựa chọn 'quahan'; chọn một trong: overdue"),
])
def test_a_filter_naming_nothing_is_a_usage_error_in_vietnamese(args: tuple[str, ...],
                                                                 words: str) -> None:
    result = run_cli("status", "--root", str(KRONG_PA), "--as-of", "15/9/2020", *args)
    assert result.exit_code == 2
    assert words in " ".join(result.stderr.split())
    assert "is not one of" not in result.stderr


def test_sections_and_tasks_that_exist_still_filter() -> None:
    assert rows("--as-of", "15/9/2020", "--section", "3")
    assert rows("--as-of", "15/9/2020", "--task", "2")  # a heading: its sub-items


@pytest.mark.parametrize("args", [
    (), ("--agency", "Phòng Nội vụ"), ("--only", "overdue", "--fail-on", "overdue"),
    ("--section", "II", "--lead-only"), ("--section", "IX"), ("--task", "99"),
    ("--agency", "không có cơ quan này"), ("--as-of", "2019-01-01"),
])
def test_json_the_same_with_the_cache_and_without(tmp_path: Path, args: tuple[str, ...]) -> None:
    """Without the cache the JSON's rows are made in the workers
    (render.status_lines); with it, from the cached rows: the same output,
    messages and exit code, the cache cold and warm."""
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    argv = ("status", "--root", str(root), "--as-of", "2020-09-15", "--format", "json", *args)
    fresh = run_cli(*argv, "--no-cache", env={"CCHC_NO_CACHE": ""})
    for _ in range(2):
        cached = run_cli(*argv, env={"CCHC_NO_CACHE": ""})
        assert (cached.exit_code, cached.stdout, cached.stderr) == \
            (fresh.exit_code, fresh.stdout, fresh.stderr)
