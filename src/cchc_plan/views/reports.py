"""Report data: the engine's obligations shaped for each output — status rows
for `cchc status`, the agency's submission and the consolidated report for
`cchc report` — shared by every renderer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cchc_plan.core.dates import natural_key
from cchc_plan.engine.obligations import Obligation, StatusResult
from cchc_plan.load.models import Agency, Person, Plan, Task
from cchc_plan.views.status import StatusRow, StatusSnapshot, Summary, rate_text, summarize

__all__ = ["Summary", "rate_text", "summarize"]


def status_rows(result: StatusResult) -> list[StatusRow]:
    names = result.directory
    return [StatusRow(
        task=o.task.id, parent=o.task.parent, section=o.task.section, title=o.task.title,
        agency=o.agency, agency_name=names.name(o.agency), role=o.role, part=o.part_key,
        period=o.period, due=o.due, status=o.status, due_soon=o.due_soon, reported=o.reported,
        readable=o.readable, days_late=o.days_late, days_left=o.days_left,
        completed=o.completed) for o in result.obligations]


def status_snapshot(result: StatusResult, problem_count: int) -> StatusSnapshot:
    unreadable = [result.directory.name(a) for a in unreadable_agencies(result)]
    return StatusSnapshot(result.as_of, status_rows(result), unreadable, problem_count)




@dataclass
class AgencySummary:
    agency: str
    name: str
    summary: Summary
    submitted: bool
    readable: bool
    updated: date | None
    missing_assignees: int
    overdue: list[Obligation] = field(default_factory=list)


def agency_summaries(result: StatusResult) -> list[AgencySummary]:
    """One line per agency holding obligations; agencies without a file first
    (the plan asks to propose handling their heads), then by overdue count."""
    by_agency: dict[str, list[Obligation]] = {}
    for ob in result.obligations:
        by_agency.setdefault(ob.agency, []).append(ob)
    out = []
    for ident, rows in by_agency.items():
        data = result.files.get(ident)
        out.append(
            AgencySummary(
                agency=ident,
                name=result.directory.name(ident),
                summary=summarize(rows),
                submitted=bool(data and data.submitted),
                readable=data.readable if data else True,
                updated=data.file.updated if data and data.file else None,
                missing_assignees=sum(
                    1
                    for o in rows
                    if o.role == "lead" and not _has_assignee(o) and o.period is None
                ),
                overdue=[o for o in rows if o.status == "overdue"],
            )
        )
    order = list(result.directory.agencies)
    out.sort(key=lambda s: (s.submitted and s.readable, -len(s.overdue), order.index(s.agency)))
    return out


def _has_assignee(ob: Obligation) -> bool:
    return bool(ob.assignee and ob.assignee.name)


def unreadable_agencies(result: StatusResult) -> list[str]:
    return [ident for ident, data in result.files.items() if not data.readable]


def task_order(ob: Obligation) -> tuple[tuple[tuple[int, str], ...], str]:
    return (natural_key(ob.task.id), ob.period or "")


# --- documents: the agency's submission and the district's consolidated report ---


def deadline_rule_text(plan: Plan) -> str:
    """The counting rules, printed in every report (always Vietnamese)."""
    before = ("“Trước ngày X”: hoàn thành trong ngày X vẫn được tính là đúng hạn."
              if plan.settings.before_inclusive
              else "“Trước ngày X”: hạn cuối cùng là ngày liền trước ngày X.")
    roll = (" Hạn rơi vào ngày nghỉ (thứ Bảy, Chủ nhật, ngày lễ, Tết) được chuyển sang ngày "
            "làm việc tiếp theo." if plan.settings.roll_to_working_day else "")
    return (before + " Thời hạn “sau N ngày kể từ ngày…” tính từ ngày tiếp theo của sự kiện; "
            "hạn cuối rơi vào ngày nghỉ được chuyển sang ngày làm việc tiếp theo (Bộ luật Dân sự "
            "2015, Điều 147-148)." + roll)


@dataclass
class AssignmentRow:
    """One row of the bảng phân công nhiệm vụ."""

    task: Task
    role: str
    assignee: Person | None
    internal_deadline: date | None
    due_dates: list[date]


@dataclass
class AgencyReport:
    plan: Plan
    agency: Agency
    as_of: date
    submitted: bool
    readable: bool
    updated: date | None
    contact: Person | None
    assignments: list[AssignmentRow]
    obligations: list[Obligation]
    summary: Summary
    overdue: list[Obligation]
    rule_text: str
    coordinator: Agency | None = None  # who the report goes through (settings.coordinator)


def agency_report(result: StatusResult, agency_id: str) -> AgencyReport:
    rows = sorted((o for o in result.obligations if o.agency == agency_id), key=task_order)
    data = result.files.get(agency_id)
    assignments: dict[str, AssignmentRow] = {}
    for ob in rows:
        row = assignments.setdefault(ob.task.id, AssignmentRow(
            ob.task, ob.role, ob.assignee, ob.internal_deadline, []))
        if ob.due and ob.due not in row.due_dates:
            row.due_dates.append(ob.due)
    overdue = sorted((o for o in rows if o.status == "overdue"), key=lambda o: o.urgency)
    return AgencyReport(
        plan=result.plan, agency=result.directory.agencies[agency_id], as_of=result.as_of,
        submitted=bool(data and data.submitted), readable=data.readable if data else True,
        updated=data.file.updated if data and data.file else None,
        contact=data.file.contact if data and data.file else None,
        assignments=list(assignments.values()), obligations=rows, summary=summarize(rows),
        overdue=overdue, rule_text=deadline_rule_text(result.plan),
        coordinator=_coordinator(result))


@dataclass
class MilestoneStatus:
    task: Task
    due: date | None
    obligations: list[Obligation]

    @property
    def missed(self) -> list[Obligation]:
        return [o for o in self.obligations if o.status in ("overdue", "done_late")]

    @property
    def met(self) -> bool | None:
        """True when everyone finished in time, False when someone missed it,
        None while it is still open."""
        if self.missed:
            return False
        if self.obligations and all(o.status == "done_on_time" for o in self.obligations):
            return True
        return None


@dataclass
class DistrictReport:
    plan: Plan
    as_of: date
    coordinator: Agency | None
    agencies: list[AgencySummary]
    milestones: list[MilestoneStatus]
    summary: Summary
    rule_text: str

    @property
    def not_submitted(self) -> list[AgencySummary]:
        """No usable file: never handed in, or handed in with errors."""
        return [a for a in self.agencies if not a.submitted]

    @property
    def missing(self) -> list[AgencySummary]:
        """Agencies that have not handed in a file (a file with errors is `broken`)."""
        return [a for a in self.agencies if not a.submitted and a.readable]

    @property
    def broken(self) -> list[AgencySummary]:
        """Agencies whose file could not be read."""
        return [a for a in self.agencies if not a.readable]

    @property
    def overdue_groups(self) -> list[AgencySummary]:
        return [a for a in self.agencies if a.overdue]


def district_report(result: StatusResult) -> DistrictReport:
    milestones = []
    for task in result.plan.milestones:
        rows = [o for o in result.obligations if o.task.id == task.id and o.due]
        dues = sorted({o.due for o in rows if o.due})
        milestones.append(MilestoneStatus(task, dues[0] if dues else None, rows))
    return DistrictReport(
        plan=result.plan, as_of=result.as_of, coordinator=_coordinator(result),
        agencies=agency_summaries(result), milestones=milestones,
        summary=summarize(result.obligations), rule_text=deadline_rule_text(result.plan))


def _coordinator(result: StatusResult) -> Agency | None:
    ref = result.plan.settings.coordinator
    if not ref:
        return None
    try:
        return result.directory.agencies.get(result.directory.resolve(ref))
    except LookupError:
        return None
