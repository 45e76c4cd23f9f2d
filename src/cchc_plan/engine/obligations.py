"""Deadline and status engine.

An obligation is one (task, agency, deadline part, period). This module turns
the plan's deadline rules into due dates, matches each obligation with the
agency's progress file and classifies it as of a date. It knows nothing about
any particular district: everything comes from the plan files.

Rules (README "Deadlines"):
- "trước ngày X" (`qualifier: before`): the last allowed day is X when
  `settings.before_inclusive` (the default), else the day before X.
- a relative part "sau N ngày kể từ <event>" counts from the day after the
  event, so the last day is event + N days (Bộ luật Dân sự 2015, Điều 147).
- a part that rolls (`roll`, default `settings.roll_to_working_day`) moves a
  last day on a weekend or public holiday to the next working day (Điều 148.5).
- periodic parts give one obligation per period whose due date is on or after
  the plan's start, through the as-of date plus the look-ahead window and the
  first period due after it, never past `settings.horizon`.
- an obligation is done only if its completion date is on or before the as-of
  date; done after the last allowed day is `done_late`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from cchc_plan.core.dates import month_end, natural_key, parse_day_month, parse_month
from cchc_plan.engine.workdays import WorkCalendar
from cchc_plan.load.directory import Directory, task_roles
from cchc_plan.load.layout import paused_gc
from cchc_plan.load.models import (
    AnnualPart,
    AssignmentFile,
    DatePart,
    DeadlinePart,
    Evidence,
    MonthEndPart,
    Person,
    Plan,
    Progress,
    QuarterlyPart,
    RelativePart,
    Role,
    Settings,
    Task,
    TaskEntry,
)
from cchc_plan.load.reader import Project
from cchc_plan.views.status import DONE, STATUS_CODES

__all__ = ["DONE", "STATUS_CODES", "Obligation", "StatusResult", "compute_status"]

StatusCode = Literal["done_on_time", "done_late", "pending", "overdue", "ongoing", "awaiting"]
UNDATED_KINDS = ("ongoing", "unspecified")
DEFAULT_DUE_WITHIN = 7



@dataclass(frozen=True)
class Occurrence:
    """One due instance of a deadline part."""

    part: DeadlinePart
    period: str | None
    due: date | None


@dataclass
class Obligation:
    task: Task
    agency: str
    role: Role
    part: DeadlinePart
    period: str | None
    due: date | None
    status: StatusCode
    due_soon: bool
    reported: bool
    readable: bool
    completed: date | None = None
    days_late: int | None = None
    days_left: int | None = None
    evidence: list[Evidence] = field(default_factory=list)
    notes: str | None = None
    assignee: Person | None = None
    internal_deadline: date | None = None

    @property
    def part_key(self) -> str:
        return self.part.name

    @property
    def urgency(self) -> tuple[int, int, tuple[tuple[int, str], ...], str]:
        """Most urgent first: overdue by days late, then due soon, then the rest."""
        rank = {
            "overdue": 0,
            "pending": 1 if self.due_soon else 2,
            "awaiting": 3,
            "ongoing": 4,
            "done_late": 5,
            "done_on_time": 6,
        }[self.status]
        days = -(self.days_late or 0) if self.status == "overdue" else (self.days_left or 0)
        return (rank, days, natural_key(self.task.id), self.agency)


@dataclass
class AgencyData:
    """What the engine knows of one agency's file."""

    file: AssignmentFile | None = None
    path: str | None = None
    readable: bool = True
    entries: dict[str, TaskEntry] = field(default_factory=dict, repr=False)
    submitted: bool = False
    """A file counts once someone has signed it: `contact.name` is filled in.
    A blank scaffold from `cchc init` is not a submission."""

    def __post_init__(self) -> None:
        if self.file is not None:
            self.entries = {e.task: e for e in reversed(self.file.tasks)}  # first one wins
            self.submitted = bool(self.file.contact and self.file.contact.name)


@dataclass
class StatusResult:
    as_of: date
    due_within: int
    obligations: list[Obligation]
    files: dict[str, AgencyData]
    plan: Plan
    directory: Directory


def agency_files(project: Project) -> dict[str, AgencyData]:
    """Agency id -> its file; a file that could not be read is marked so, by name."""
    files: dict[str, AgencyData] = {}
    for loaded in project.assignments:
        stem = Path(loaded.path).stem
        if loaded.model is None:
            if stem in project.directory.agencies:
                files[stem] = AgencyData(None, loaded.path, readable=False)
            continue
        try:
            ident = project.directory.resolve(loaded.model.agency)
        except LookupError:
            continue
        files[ident] = AgencyData(loaded.model, loaded.path)
    return files


def event_dates(project: Project, files: dict[str, AgencyData]) -> dict[str, list[date]]:
    """Known dates of each event: from the plan and from the agencies that record it."""
    plan = project.plan.model
    assert plan is not None
    found: dict[str, set[date]] = {e.id: set(e.dates) for e in plan.events}
    allowed = {
        e.id: {a for ref in e.recorded_by for a in project.directory.expand(ref)}
        for e in plan.events
    }
    for ident, data in files.items():
        for record in data.file.events if data.file else []:
            if ident in allowed.get(record.event, ()):
                found[record.event].add(record.date)
    return {k: sorted(v) for k, v in found.items()}


def compute_status(
    project: Project, as_of: date, due_within: int = DEFAULT_DUE_WITHIN
) -> StatusResult:
    with paused_gc():
        return _compute_status(project, as_of, due_within)


def _compute_status(project: Project, as_of: date, due_within: int) -> StatusResult:
    plan = project.plan.model
    assert plan is not None, "compute_status needs a plan that loaded"
    files = agency_files(project)
    events = event_dates(project, files)
    yearly = {e.id for e in plan.events if e.recurs == "yearly"}
    rules = Rules(plan.settings, events, yearly, as_of, due_within)
    obligations: list[Obligation] = []
    for task in plan.all_tasks():
        if task.is_heading:
            continue
        for agency_id, role in task_roles(task, project.directory).items():
            agency = project.directory.agencies[agency_id]
            data = files.get(agency_id, AgencyData())
            entry = data.entries.get(task.id)
            for part in task.parts_for(role, agency.level):
                for occ in rules.occurrences(part, entry):
                    obligations.append(classify(task, agency_id, role, occ, entry, data, rules))
    obligations.sort(key=lambda o: o.urgency)
    return StatusResult(as_of, due_within, obligations, files, plan, project.directory)


def progress_for(
    entry: TaskEntry | None, part: DeadlinePart, period: str | None
) -> Progress | None:
    """The record that speaks for one obligation: the period entry for its
    (period, part), else for the period of any part; for parts without a
    period, a period-less entry naming the part, else the task entry itself."""
    if entry is None:
        return None
    for candidate in (part.name, None):
        for p in entry.periods:
            if p.period == period and p.part == candidate and (period or candidate):
                return p
    return entry if period is None else None


class Rules:
    """Due dates of deadline parts under one plan's settings, as of a date."""

    def __init__(
        self,
        settings: Settings,
        events: dict[str, list[date]],
        yearly: set[str],
        as_of: date,
        due_within: int,
    ) -> None:
        self.settings = settings
        self.events = events
        self.yearly = yearly
        self.as_of = as_of
        self.through = as_of + timedelta(days=max(due_within, 0))
        self.calendar = WorkCalendar(settings.holidays)

    def last_day(self, written: date, part: DeadlinePart, qualifier: str = "by") -> date:
        day = written
        if qualifier == "before" and not self.settings.before_inclusive:
            day -= timedelta(days=1)
        roll = part.roll if part.roll is not None else self.settings.roll_to_working_day
        return self.calendar.roll_forward(day) if roll else day

    def occurrences(self, part: DeadlinePart, entry: TaskEntry | None) -> list[Occurrence]:
        if isinstance(part, DatePart):
            return [
                Occurrence(part, None, self.last_day(part.date, part, part.qualifier))
            ]
        if isinstance(part, MonthEndPart):
            written = month_end(*parse_month(part.month))
            return [Occurrence(part, None, self.last_day(written, part))]
        if isinstance(part, AnnualPart | QuarterlyPart):
            return list(self._periodic(part))
        if isinstance(part, RelativePart):
            return self._relative(part)
        if part.kind in ("on_request", "per_regulation"):
            record = progress_for(entry, part, None)
            requested = record.request_due if record else None
            return [Occurrence(part, None, requested)]
        return [Occurrence(part, None, None)]

    def _periodic(self, part: AnnualPart | QuarterlyPart) -> Iterator[Occurrence]:
        start, horizon = self.settings.start, self.settings.horizon
        for period, written in _schedule(part, start.year):
            due = self.last_day(written, part, getattr(part, "qualifier", "by"))
            if due < start:
                continue
            if horizon and written > horizon:
                return
            yield Occurrence(part, period, due)
            if due > self.through:
                return  # the first one after the window is shown, then stop

    def _relative(self, part: RelativePart) -> list[Occurrence]:
        dates = self.events.get(part.event, [])
        if not dates:
            return [Occurrence(part, None, None)]
        if part.event not in self.yearly:
            dates = dates[:1]
        out = []
        for event_day in dates:
            written = event_day + timedelta(days=part.days)
            period = str(event_day.year) if part.event in self.yearly else None
            out.append(Occurrence(part, period, self.last_day(written, part)))
        return out


def _schedule(part: AnnualPart | QuarterlyPart, first_year: int) -> Iterator[tuple[str, date]]:
    """(period, written due date) for ever, from `first_year` on."""
    year = first_year - 1
    while True:
        year += 1
        if isinstance(part, AnnualPart):
            day, month = parse_day_month(part.on)
            yield str(year + 1 if part.for_next_year else year), date(year, month, day)
        else:
            for quarter in range(1, 5):
                end = month_end(year, quarter * 3)
                yield f"{year}-Q{quarter}", end + timedelta(days=part.days_after_end)


def classify(
    task: Task,
    agency: str,
    role: Role,
    occ: Occurrence,
    entry: TaskEntry | None,
    data: AgencyData,
    rules: Rules,
) -> Obligation:
    record = progress_for(entry, occ.part, occ.period)
    as_of = rules.as_of
    completed = record.completed if record and record.status == "done" else None
    done = completed is not None and completed <= as_of
    ob = Obligation(
        task=task,
        agency=agency,
        role=role,
        part=occ.part,
        period=occ.period,
        due=occ.due,
        status="ongoing",
        due_soon=False,
        reported=data.submitted and record is not None,
        readable=data.readable,
        completed=completed if done else None,
        evidence=list(record.evidence) if record else [],
        notes=record.notes if record else None,
        assignee=entry.assignee if entry else None,
        internal_deadline=entry.deadline if entry else None,
    )
    if occ.part.kind in UNDATED_KINDS:
        return ob
    if occ.due is None:
        ob.status = "done_on_time" if done else "awaiting"
        return ob
    if done:
        assert completed is not None
        late = (completed - occ.due).days
        ob.status = "done_late" if late > 0 else "done_on_time"
        ob.days_late = late if late > 0 else None
        return ob
    if as_of > occ.due:
        ob.status, ob.days_late = "overdue", (as_of - occ.due).days
    else:
        ob.status, ob.days_left = "pending", (occ.due - as_of).days
        ob.due_soon = occ.due <= rules.through
    return ob
