"""The deadline kinds and fields added for imported plans (issue 18): half-yearly
and monthly periods, "ngày 20 của tháng cuối quý", relative deadlines in months
and in working days; their periods in agency files."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from cchc_plan.app import open_project
from cchc_plan.engine.obligations import Obligation, compute_status
from cchc_plan.engine.workdays import WorkCalendar
from helpers import MINI

TODAY = date(2030, 1, 1)
TASKS = """
  - id: "6"
    section: II
    title: Báo cáo 6 tháng
    lead: [phong-noi-vu]
    deadline_text: Định kỳ 6 tháng
    deadline: [{kind: semiannual}]
  - id: "7"
    section: II
    title: Báo cáo quý trước ngày 20 của tháng cuối quý
    lead: [phong-noi-vu]
    deadline_text: Trước ngày 20 của tháng cuối quý
    deadline: [{kind: quarterly, day_of_last_month: 20}]
  - id: "8"
    section: II
    title: Báo cáo tháng
    lead: [phong-noi-vu]
    deadline_text: Trước ngày 31 hằng tháng
    deadline: [{kind: monthly, day_of_last_month: 31}]
  - id: "9"
    section: II
    title: Báo cáo sau 6 tháng
    lead: [phong-noi-vu]
    deadline_text: Trong thời hạn 6 tháng kể từ ngày UBND tỉnh phê duyệt
    deadline: [{kind: relative, event: tinh-phe-duyet, months: 6}]
  - id: "10"
    section: II
    title: Giải quyết hồ sơ
    lead: [phong-noi-vu]
    deadline_text: Trong 5 ngày làm việc kể từ ngày UBND tỉnh phê duyệt
    deadline: [{kind: relative, event: tinh-phe-duyet, days: 5, working_days: true}]
  - id: "11"
    section: II
    title: Báo cáo 6 tháng, 15 ngày sau kỳ
    lead: [phong-noi-vu]
    deadline_text: 15 ngày sau khi kết thúc kỳ 6 tháng
    deadline: [{kind: semiannual, days_after_end: 15}]
"""


def repo(tmp_path: Path, files: dict[str, str] | None = None, extra: str = TASKS) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(MINI, root)
    plan = root / "plan" / "appendix.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + extra, encoding="utf-8")
    for agency, body in (files or {}).items():
        (root / "assignments" / f"{agency}.yaml").write_text(body, encoding="utf-8")
    return root


def rows(root: Path, as_of: date, window_end: date | None = None) -> list[Obligation]:
    project = open_project(root, today=TODAY, use_cache=False)
    assert project.ok, [p.format("en") for p in project.problems]
    return compute_status(project, as_of, window_end=window_end).obligations


def dues(obligations: list[Obligation], task: str) -> dict[str | None, date | None]:
    return {o.period: o.due for o in obligations if o.task.id == task
            and o.agency == "phong-noi-vu"}


def event_file(day: str) -> str:
    return (f"agency: phong-noi-vu\ncontact: {{name: Hoa}}\nupdated: 1/1/2029\n"
            f"events:\n  - event: tinh-phe-duyet\n    date: {day}\n")


def test_half_years_end_in_june_and_december(tmp_path: Path) -> None:
    found = dues(rows(repo(tmp_path), date(2021, 7, 1), window_end=date(2021, 12, 31)), "6")
    assert found == {"2020-H2": date(2020, 12, 31), "2021-H1": date(2021, 6, 30),
                     "2021-H2": date(2021, 12, 31), "2022-H1": date(2022, 6, 30)}


def test_half_year_with_days_after_its_end(tmp_path: Path) -> None:
    found = dues(rows(repo(tmp_path), date(2021, 2, 1)), "11")
    # 2020-H1 is due 15/7/2020, after the plan starts (1/7/2020): it counts
    assert found == {"2020-H1": date(2020, 7, 15), "2020-H2": date(2021, 1, 15),
                     "2021-H1": date(2021, 7, 15)}


def test_day_of_the_quarters_last_month(tmp_path: Path) -> None:
    found = dues(rows(repo(tmp_path), date(2020, 12, 1)), "7")
    assert found == {"2020-Q3": date(2020, 9, 20), "2020-Q4": date(2020, 12, 20)}


def test_monthly_day_is_clamped_to_short_months(tmp_path: Path) -> None:
    found = dues(rows(repo(tmp_path), date(2021, 2, 1), window_end=date(2021, 4, 30)), "8")
    assert found["2020-M07"] == date(2020, 7, 31)
    assert found["2021-M02"] == date(2021, 2, 28)
    assert found["2021-M04"] == date(2021, 4, 30)
    assert "2020-M06" not in found  # before the plan's start


@pytest.mark.parametrize(("event", "due"), [
    ("2021-03-15", date(2021, 9, 15)),
    ("2021-08-31", date(2022, 2, 28)),  # no 31 February: the month's last day (Điều 148)
])
def test_months_end_on_the_corresponding_day(tmp_path: Path, event: str, due: date) -> None:
    root = repo(tmp_path, {"phong-noi-vu": event_file(event)})
    assert dues(rows(root, date(2022, 3, 1)), "9")[event[:4]] == due


def test_working_days_skip_weekends_and_holidays(tmp_path: Path) -> None:
    # Thursday 29/4/2021: 30/4 and 1/5 are holidays, 1-2/5 a weekend, 3/5 the day
    # off in lieu of 1/5 falling on a Saturday.
    root = repo(tmp_path, {"phong-noi-vu": event_file("2021-04-29")})
    due = dues(rows(root, date(2021, 6, 1)), "10")["2021"]
    calendar = WorkCalendar("VN")
    assert due is not None
    between = [date.fromordinal(d) for d in range(date(2021, 4, 30).toordinal(),
                                                 due.toordinal() + 1)]
    assert sum(not calendar.is_day_off(d) for d in between) == 5
    assert not calendar.is_day_off(due)


def progress(task: str, period: str) -> str:
    return (f"agency: phong-noi-vu\ncontact: {{name: Hoa}}\nupdated: 1/1/2029\ntasks:\n"
            f"  - task: \"{task}\"\n    assignee: {{name: Bình}}\n    periods:\n"
            f"      - period: {period}\n        status: done\n        completed: 1/7/2021\n"
            f"        evidence: [{{title: Báo cáo}}]\n")


@pytest.mark.parametrize(("task", "period", "ok"), [
    ("6", "2021-H1", True), ("6", "2021-Q2", False), ("8", "2021-M06", True),
    ("8", "2021-H1", False), ("7", "2021-Q2", True), ("6", "2021", False),
])
def test_periods_in_agency_files_fit_the_kind(tmp_path: Path, task: str, period: str,
                                             ok: bool) -> None:
    root = repo(tmp_path, {"phong-noi-vu": progress(task, period)})
    project = open_project(root, today=TODAY, use_cache=False)
    codes = {p.code for p in project.problems}
    assert ("bad-period" not in codes) is ok, codes


def test_period_names_are_checked(tmp_path: Path) -> None:
    root = repo(tmp_path, {"phong-noi-vu": progress("8", "2021-M13")})
    project = open_project(root, today=TODAY, use_cache=False)
    assert not project.ok


@pytest.mark.parametrize("part", [
    "{kind: quarterly, day_of_last_month: 20, days_after_end: 5}",
    "{kind: relative, event: tinh-phe-duyet}",
    "{kind: relative, event: tinh-phe-duyet, days: 5, months: 1}",
    "{kind: relative, event: tinh-phe-duyet, months: 1, working_days: true}",
    "{kind: monthly, day_of_last_month: 32}",
])
def test_contradictory_parts_are_errors(tmp_path: Path, part: str) -> None:
    extra = ('  - id: "12"\n    title: Sai\n    lead: [phong-noi-vu]\n'
             f"    deadline: [{part}]\n")
    project = open_project(repo(tmp_path, extra=extra), today=TODAY, use_cache=False)
    assert project.plan.model is None
    assert project.problems
