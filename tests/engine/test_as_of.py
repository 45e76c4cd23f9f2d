"""Everything as it stood on the as-of date (issue 27): a file is submitted
from its `updated`, the duty to send it is not done while it is not sent,
events count once they happened, and the horizon cuts by period."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from engine_tools import find, repo, rows

SUBMITS = ("title: Gửi bảng phân công\n", "title: Gửi bảng phân công\n    submits_file: true\n")
IV1_DONE = ("agency: phong-tu-phap\n{contact}updated: {updated}\ntasks:\n"
            "  - task: IV.1\n    assignee: {{name: An}}\n    status: done\n"
            "    completed: 10/8/2020\n    evidence: [{{title: Báo cáo}}]\n")


def iv1(contact: bool, updated: str = "10/8/2020") -> str:
    return IV1_DONE.format(contact="contact: {name: An}\n" if contact else "", updated=updated)


def test_an_unsubmitted_file_does_not_satisfy_the_duty_to_send_it(tmp_path: Path) -> None:
    root = repo(tmp_path, {"phong-tu-phap": iv1(contact=False)}, plan_edit=SUBMITS)
    ob = find(rows(root, date(2020, 9, 1)), "IV.1", "phong-tu-phap")
    assert (ob.status, ob.completed, ob.days_late) == ("overdue", None, 15)


def test_a_submitted_file_satisfies_it(tmp_path: Path) -> None:
    root = repo(tmp_path, {"phong-tu-phap": iv1(contact=True)}, plan_edit=SUBMITS)
    ob = find(rows(root, date(2020, 9, 1)), "IV.1", "phong-tu-phap")
    assert (ob.status, ob.completed) == ("done_on_time", date(2020, 8, 10))


def test_without_submits_file_the_completion_counts(tmp_path: Path) -> None:
    root = repo(tmp_path, {"phong-tu-phap": iv1(contact=False)})
    assert find(rows(root, date(2020, 9, 1)), "IV.1", "phong-tu-phap").status == "done_on_time"


def test_submission_is_judged_from_what_the_file_said_then(tmp_path: Path) -> None:
    """A file first filled on 15/7/2021 was not submitted on 1/3/2021."""
    root = repo(tmp_path, {"phong-tu-phap": iv1(contact=True, updated="15/7/2021")},
                plan_edit=SUBMITS)
    before = find(rows(root, date(2021, 3, 1)), "IV.1", "phong-tu-phap")
    assert (before.status, before.reported) == ("overdue", False)
    after = find(rows(root, date(2021, 7, 15)), "IV.1", "phong-tu-phap")
    assert (after.status, after.reported) == ("done_on_time", True)


def test_an_event_after_the_as_of_date_has_not_happened(tmp_path: Path) -> None:
    body = ("agency: phong-noi-vu\ncontact: {name: Hoa}\nupdated: 15/1/2021\n"
            "events:\n  - event: tinh-phe-duyet\n    date: 2021-01-13\n")
    root = repo(tmp_path, {"phong-noi-vu": body})
    early = find(rows(root, date(2020, 9, 15)), "4", "phong-noi-vu")
    assert (early.status, early.due) == ("awaiting", None)
    later = find(rows(root, date(2021, 2, 1)), "4", "phong-noi-vu")
    assert (later.status, later.due) == ("pending", date(2021, 2, 12))


def test_the_horizon_cuts_by_period_not_by_written_date(tmp_path: Path) -> None:
    """Horizon 31/12/2020: the 2020-Q4 report due 15/1/2021 belongs to the plan;
    the plans for 2021 (due 31/12/2020 and 15/1/2021) do not."""
    edit = ("coordinator: phong-noi-vu",
            "coordinator: phong-noi-vu\n  horizon: 2020-12-31")
    root = repo(tmp_path, plan_edit=edit)
    plan = root / "plan" / "appendix.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "deadline: [{kind: quarterly}]", "deadline: [{kind: quarterly, days_after_end: 15}]"),
        encoding="utf-8")
    obligations = rows(root, date(2021, 6, 1))
    quarters = {o.period for o in obligations if o.task.id == "3" and o.agency == "phong-noi-vu"}
    assert quarters == {"2020-Q2", "2020-Q3", "2020-Q4"}  # Q2 due 15/7/2020, after the start
    assert find(obligations, "3", "phong-noi-vu", "2020-Q4").due == date(2021, 1, 15)
    assert not [o for o in obligations if o.task.id == "1"]
