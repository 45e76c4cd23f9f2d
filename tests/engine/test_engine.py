"""The deadline engine on the `mini` plan: every deadline kind, periods, levels,
the "trước ngày" boundary, holiday roll-forward and status classification."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest

from cchc_plan.engine.workdays import WorkCalendar
from engine_tools import find, repo, rows

ROLL = ("roll_to_working_day: false", "roll_to_working_day: true")
"""The mini plan keeps days as written; this edit turns on the Civil Code roll."""


def done_file(task: str, completed: str, period: str | None = None) -> str:
    record = f"status: done\n    completed: {completed}\n    evidence: [{{title: Báo cáo}}]"
    nested = record.replace("\n    ", "\n        ")
    body = f"periods:\n      - period: {period}\n        {nested}" if period else record
    # updated the day of the completion: a file counts from its `updated` (issue 27)
    return (f"agency: phong-noi-vu\ncontact: {{name: Hoa}}\nupdated: {completed}\ntasks:\n"
            f"  - task: \"{task}\"\n    assignee: {{name: Bình}}\n    {body}\n")


# --- fixed dates and the "trước ngày" rule --------------------------------------------------


def test_before_day_x_is_on_time_on_x(tmp_path: Path) -> None:
    ob = find(rows(repo(tmp_path, {"phong-noi-vu": done_file("2.1", "15/8/2020")}),
                   date(2020, 9, 1)), "2.1", "phong-noi-vu", part="in")
    assert (ob.due, ob.status, ob.days_late) == (date(2020, 8, 15), "done_on_time", None)


def test_done_the_day_after_is_late(tmp_path: Path) -> None:
    ob = find(rows(repo(tmp_path, {"phong-noi-vu": done_file("2.1", "16/8/2020")}),
                   date(2020, 9, 1)), "2.1", "phong-noi-vu", part="in")
    assert (ob.status, ob.days_late) == ("done_late", 1)


@pytest.mark.parametrize(("as_of", "status", "soon"), [
    (date(2020, 8, 15), "pending", True),
    (date(2020, 8, 16), "overdue", False),
    (date(2020, 8, 8), "pending", True),
    (date(2020, 8, 7), "pending", False),
])
def test_boundary_of_the_last_day(tmp_path: Path, as_of: date, status: str, soon: bool) -> None:
    ob = find(rows(repo(tmp_path), as_of), "2.1", "phong-noi-vu", part="in")
    assert (ob.status, ob.due_soon) == (status, soon)


def test_strictly_before_setting(tmp_path: Path) -> None:
    root = repo(tmp_path, plan_edit=("coordinator: phong-noi-vu",
                                     "coordinator: phong-noi-vu\n  before_inclusive: false"))
    ob = find(rows(root, date(2020, 8, 15)), "2.1", "phong-noi-vu", part="in")
    assert (ob.due, ob.status, ob.days_late) == (date(2020, 8, 14), "overdue", 1)


def test_completion_after_as_of_is_not_done_yet(tmp_path: Path) -> None:
    root = repo(tmp_path, {"phong-noi-vu": done_file("2.1", "20/8/2020")})
    assert find(rows(root, date(2020, 8, 18)), "2.1", "phong-noi-vu", part="in").status == "overdue"
    assert find(rows(root, date(2020, 8, 20)), "2.1", "phong-noi-vu", part="in").status == \
        "done_late"


def test_month_end(tmp_path: Path) -> None:
    ob = find(rows(repo(tmp_path), date(2020, 9, 15)), "2.10", "phong-tu-phap")
    assert (ob.due, ob.status, ob.days_left) == (date(2020, 9, 30), "pending", 15)


# --- periodic rules -------------------------------------------------------------------------


def test_annual_dates_per_level_and_next_year_naming(tmp_path: Path) -> None:
    obligations = rows(repo(tmp_path), date(2021, 1, 10))
    huyen = find(obligations, "1", "phong-noi-vu", "2021")
    xa = find(obligations, "1", "ubnd-xa-a", "2021")
    assert (huyen.due, huyen.status, huyen.days_late) == (date(2020, 12, 31), "overdue", 10)
    assert (xa.due, xa.status, xa.days_left, xa.due_soon) == (date(2021, 1, 15), "pending", 5, True)
    assert find(obligations, "1", "phong-noi-vu", "2022").due == date(2021, 12, 31)
    assert not [o for o in obligations if o.task.id == "1" and o.period == "2023"]


def test_annual_first_period_is_not_before_the_start(tmp_path: Path) -> None:
    periods = [o.period for o in rows(repo(tmp_path), date(2020, 9, 1))
               if o.task.id == "1" and o.agency == "ubnd-xa-a"]
    assert periods == ["2021"]  # 15/01/2020 is before the plan started


def test_quarterly_periods_through_the_window(tmp_path: Path) -> None:
    periods = {o.period: o for o in rows(repo(tmp_path), date(2021, 1, 5))
               if o.task.id == "3" and o.agency == "phong-noi-vu"}
    assert sorted(p or "" for p in periods) == ["2020-Q3", "2020-Q4", "2021-Q1"]
    assert periods["2020-Q3"].due == date(2020, 9, 30)
    assert periods["2020-Q4"].status == "overdue"
    assert periods["2021-Q1"].status == "pending"


def test_period_done(tmp_path: Path) -> None:
    root = repo(tmp_path, {"phong-noi-vu": done_file("3", "2/10/2020", "2020-Q3")})
    obligations = rows(root, date(2021, 1, 5))
    q3 = find(obligations, "3", "phong-noi-vu", "2020-Q3")
    assert (q3.status, q3.days_late, q3.reported) == ("done_late", 2, True)
    q4 = find(obligations, "3", "phong-noi-vu", "2020-Q4")
    assert (q4.status, q4.reported) == ("overdue", False)


def test_horizon_stops_periods(tmp_path: Path) -> None:
    root = repo(tmp_path, plan_edit=("coordinator: phong-noi-vu",
                                     "coordinator: phong-noi-vu\n  horizon: 2020-12-31"))
    periods = {o.period for o in rows(root, date(2021, 6, 1)) if o.task.id == "3"}
    assert periods == {"2020-Q3", "2020-Q4"}


# --- relative, on request, ongoing ------------------------------------------------------------


def test_relative_awaits_the_event(tmp_path: Path) -> None:
    ob = find(rows(repo(tmp_path), date(2020, 9, 15)), "4", "phong-noi-vu")
    assert (ob.status, ob.due) == ("awaiting", None)


def first_working_day(day: date) -> date:
    vn = holidays.country_holidays("VN")
    while day.weekday() >= 5 or day in vn:
        day += timedelta(days=1)
    return day


def test_relative_counts_from_the_day_after_and_rolls_past_tet(tmp_path: Path) -> None:
    event = date(2021, 1, 13)  # + 30 days = 12/02/2021, Tết Tân Sửu
    body = (f"agency: phong-noi-vu\ncontact: {{name: Hoa}}\nupdated: 1/3/2021\n"
            f"events:\n  - event: tinh-phe-duyet\n    date: {event.isoformat()}\n")
    root = repo(tmp_path, {"phong-noi-vu": body}, plan_edit=ROLL)
    ob = find(rows(root, date(2021, 3, 1)), "4", "phong-noi-vu")
    assert WorkCalendar("VN").is_day_off(date(2021, 2, 12))
    assert ob.due == first_working_day(date(2021, 2, 12)) > date(2021, 2, 12)
    assert ob.period == "2021"
    assert ob.status == "overdue"


def test_relative_without_roll_keeps_the_day(tmp_path: Path) -> None:
    body = ("agency: phong-noi-vu\ncontact: {name: Hoa}\nupdated: 1/3/2021\n"
            "events:\n  - event: tinh-phe-duyet\n    date: 2021-01-13\n")
    root = repo(tmp_path, {"phong-noi-vu": body})
    assert find(rows(root, date(2021, 3, 1)), "4", "phong-noi-vu").due == date(2021, 2, 12)


def test_the_roll_applies_to_fixed_dates_too(tmp_path: Path) -> None:
    """Bộ luật Dân sự 2015, Điều 148: any time limit; 15/8/2020 is a Saturday."""
    root = repo(tmp_path, plan_edit=ROLL)
    ob = find(rows(root, date(2020, 8, 17)), "2.1", "phong-noi-vu", part="in")
    assert (ob.due, ob.status, ob.due_soon) == (date(2020, 8, 17), "pending", True)
    assert find(rows(root, date(2020, 9, 15)), "2.10", "phong-tu-phap").due == date(2020, 9, 30)


def test_on_request_gets_its_date_from_the_file(tmp_path: Path) -> None:
    root = repo(tmp_path)
    assert find(rows(root, date(2020, 9, 1)), "5", "phong-tu-phap").status == "awaiting"
    body = ("agency: phong-tu-phap\ncontact: {name: An}\nupdated: 1/9/2020\ntasks:\n"
            "  - task: \"5\"\n    assignee: {name: An}\n    request_due: 20/9/2020\n")
    (root / "assignments" / "phong-tu-phap.yaml").write_text(body, encoding="utf-8")
    ob = find(rows(root, date(2020, 9, 25)), "5", "phong-tu-phap")
    assert (ob.due, ob.status, ob.days_late) == (date(2020, 9, 20), "overdue", 5)


def test_ongoing_is_never_overdue(tmp_path: Path) -> None:
    ob = find(rows(repo(tmp_path), date(2025, 1, 1)), "2.1", "phong-noi-vu", part="duy-tri")
    assert (ob.status, ob.due, ob.days_late) == ("ongoing", None, None)


def test_coordinator_supports_a_dated_part_it_does_not_deliver(tmp_path: Path) -> None:
    obligations = rows(repo(tmp_path), date(2020, 9, 1))
    coordinating = find(obligations, "2.1", "phong-tu-phap", part="in")
    assert (coordinating.role, coordinating.due, coordinating.status, coordinating.days_late) \
        == ("coordinating", date(2020, 8, 15), "supporting", None)
    assert find(obligations, "2.1", "phong-noi-vu", part="in").status == "overdue"
    assert find(obligations, "2.1", "phong-tu-phap", part="duy-tri").status == "ongoing"
    assert find(obligations, "3", "ubnd-xa-a", "2020-Q3").status == "supporting"


def test_holders_all_makes_the_coordinators_deliver(tmp_path: Path) -> None:
    root = repo(tmp_path, plan_edit=("{key: in, kind: date, date: 15/8/2020}",
                                     "{key: in, kind: date, date: 15/8/2020, holders: all}"))
    ob = find(rows(root, date(2020, 9, 1)), "2.1", "phong-tu-phap", part="in")
    assert (ob.status, ob.days_late) == ("overdue", 17)


def test_holders_coordinating_leaves_the_lead_supporting(tmp_path: Path) -> None:
    root = repo(tmp_path, plan_edit=("{key: in, kind: date, date: 15/8/2020}", "{key: in, kind: "
                                     "date, date: 15/8/2020, holders: coordinating}"))
    obligations = rows(root, date(2020, 9, 1))
    assert find(obligations, "2.1", "phong-noi-vu", part="in").status == "supporting"
    assert find(obligations, "2.1", "phong-tu-phap", part="in").status == "overdue"


def test_two_event_dates_in_one_year_are_two_periods(tmp_path: Path) -> None:
    body = ("agency: phong-noi-vu\ncontact: {name: Hoa}\nupdated: 1/12/2021\nevents:\n"
            "  - {event: tinh-phe-duyet, date: 2021-01-13}\n"
            "  - {event: tinh-phe-duyet, date: 2021-06-01}\n"
            "  - {event: tinh-phe-duyet, date: 2020-09-01}\n"
            "tasks:\n  - task: \"4\"\n    assignee: {name: Hoa}\n    periods:\n"
            "      - {period: 2021-06-01, status: done, completed: 2021-06-20, "
            "evidence: [{title: Kế hoạch}]}\n")
    found = {o.period: o for o in rows(repo(tmp_path, {"phong-noi-vu": body}), date(2021, 12, 1))
             if o.task.id == "4"}
    assert set(found) == {"2020", "2021-01-13", "2021-06-01"}
    assert found["2021-06-01"].status == "done_on_time"
    assert found["2021-01-13"].status == "overdue"


def test_group_expands_to_members(tmp_path: Path) -> None:
    agencies = {o.agency for o in rows(repo(tmp_path), date(2020, 9, 1)) if o.task.id == "IV.1"}
    assert agencies == {"phong-tu-phap", "ubnd-xa-a", "ubnd-xa-b"}


def test_reported_needs_a_submitted_file(tmp_path: Path) -> None:
    scaffold = "agency: phong-noi-vu\nupdated: 1/9/2020\ntasks:\n  - task: \"2.1\"\n"
    ob = find(rows(repo(tmp_path, {"phong-noi-vu": scaffold}), date(2020, 9, 1)), "2.1",
              "phong-noi-vu", part="in")
    assert ob.reported is False
    signed = scaffold.replace("updated:", "contact: {name: Hoa}\nupdated:")
    ob = find(rows(repo(tmp_path / "b", {"phong-noi-vu": signed}), date(2020, 9, 1)), "2.1",
              "phong-noi-vu", part="in")
    assert ob.reported is True


def test_sorted_most_urgent_first(tmp_path: Path) -> None:
    statuses = [o.status for o in rows(repo(tmp_path), date(2020, 9, 15))]
    order = ["overdue", "pending", "awaiting", "ongoing", "supporting"]
    assert statuses == sorted(statuses, key=order.index)
