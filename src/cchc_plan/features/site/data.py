"""The data of the leaders' web site (`cchc site`): the district's numbers, a
page's worth per agency and per task, the overdue items grouped by task part,
and the trend over the repository's history. Numbers only; every word is the
renderer's (`pages`).

Counts and rates come from `views.summary` (`summarize`) and the district
report's data (`views.reports`), so the site says what `cchc status` and
`cchc report` say.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from cchc_plan.engine.obligations import Obligation, StatusResult, compute_status
from cchc_plan.features.site.report_files import CONSOLIDATED, ReportFile
from cchc_plan.load.git_history import History, projects_by_day
from cchc_plan.load.models import Agency, DeadlinePart, Person, Task
from cchc_plan.load.models.assignment import Status
from cchc_plan.load.project import Project
from cchc_plan.views.overview import group_rows
from cchc_plan.views.reports import AgencySummary, DistrictReport, district_report, task_order
from cchc_plan.views.status import status_rows
from cchc_plan.views.summary import Summary, summarize

BAR_STATUSES = ("done_on_time", "done_late", "pending", "overdue")
"""The segments of an agency's bar, in the order they are drawn."""


@dataclass(frozen=True)
class Line:
    """One obligation as a page lists it, with the state its agency reported
    (None when the agency's file has no entry for it)."""

    ob: Obligation
    state: Status | None
    agency_name: str


@dataclass
class AgencyPage:
    agency: Agency
    summary: AgencySummary
    contact: Person | None
    lines: list[Line]
    """Most urgent first, as `cchc status --agency` lists them."""
    reports: list[ReportFile] = field(default_factory=list)
    """The agency's latest report files (`--reports`), one per format."""


@dataclass
class PartDue:
    """One deadline part of a task and the due dates the engine computed for it."""

    part: DeadlinePart
    dues: list[date]
    periods: list[str]


@dataclass
class TaskPage:
    task: Task
    parent: Task | None
    lines: list[Line]
    parts: list[PartDue]
    summary: Summary


@dataclass(frozen=True)
class OverdueGroup:
    """Overdue obligations of one task part, period and due date: the lead
    agencies late on it and how many coordinating agencies are."""

    task: Task
    label: str | None
    """The deadline part's label when the task has several parts."""
    period: str | None
    due: date | None
    days_late: int
    leads: tuple[tuple[str, str], ...]
    """(agency id, name) of each lead agency overdue on it."""
    coordinating: int


@dataclass(frozen=True)
class TrendPoint:
    day: date
    commit: str
    summary: Summary


@dataclass
class Trend:
    available: bool
    """False when the repository is not in git (or git cannot run)."""
    points: list[TrendPoint] = field(default_factory=list)
    truncated: bool = False


@dataclass
class SiteView:
    district: DistrictReport
    overdue: list[OverdueGroup]
    agencies: list[AgencyPage]
    tasks: list[TaskPage]
    sections: dict[str, str]
    """Section id -> title, for the task index."""
    trend: Trend
    reports: list[ReportFile] = field(default_factory=list)
    """The latest consolidated report files (`--reports`)."""

    @property
    def as_of(self) -> date:
        return self.district.as_of

    @property
    def linked_reports(self) -> list[ReportFile]:
        """Every report file a page links (the site copies them)."""
        return [*self.reports, *(f for a in self.agencies for f in a.reports)]


def site_view(result: StatusResult, trend: Trend,
              reports: Iterable[ReportFile] = ()) -> SiteView:
    district = district_report(result)
    latest = latest_reports(reports, result.as_of)
    by_agency: dict[str, list[Line]] = {}
    by_task: dict[str, list[Line]] = {}
    for ob in sorted(result.obligations, key=task_order):
        line = Line(ob, reported_state(ob), result.directory.name(ob.agency))
        by_agency.setdefault(ob.agency, []).append(line)
        by_task.setdefault(ob.task.id, []).append(line)
    agencies = [AgencyPage(result.directory.agencies[s.agency], s, _contact(result, s.agency),
                           sorted(by_agency.get(s.agency, []), key=lambda x: x.ob.urgency),
                           latest.get(s.agency, []))
                for s in district.agencies]
    return SiteView(
        district=district, overdue=overdue_groups(result), agencies=agencies,
        tasks=task_pages(result, by_task),
        sections={s.id: s.title for s in result.plan.sections}, trend=trend,
        reports=latest.get(CONSOLIDATED, []))


def reported_state(ob: Obligation) -> Status | None:
    """What the agency's file says of this obligation (not_started, in_progress
    or done), as `cchc status` reports it; None when the agency has not
    submitted or its file has no entry for it."""
    if not ob.reported or ob.progress not in ("not_started", "in_progress", "done"):
        return None
    return cast(Status, ob.progress)


def overdue_groups(result: StatusResult) -> list[OverdueGroup]:
    """The overdue obligations grouped as `cchc status` groups them
    (`views.overview.group_rows`: one line per task part, period and due date),
    most urgent first."""
    tasks = {t.id: t for t in result.plan.all_tasks()}
    rows = [r for r in status_rows(result) if r.status == "overdue"]
    return [OverdueGroup(
        task=tasks[g.first.task], label=g.first.label, period=g.first.period, due=g.first.due,
        days_late=max(r.days_late or 0 for r in g.rows),
        leads=tuple(dict.fromkeys((r.agency, r.agency_name) for r in g.leads)),
        coordinating=len(g.coordinating)) for g in group_rows(rows)]


def task_pages(result: StatusResult, by_task: dict[str, list[Line]]) -> list[TaskPage]:
    """A page for every task that involves an agency, in plan order."""
    tasks = {t.id: t for t in result.plan.all_tasks()}
    order = {ident: index for index, ident in enumerate(result.directory.agencies)}
    pages = []
    for task in result.plan.all_tasks():
        if task.is_heading:
            continue
        written = [p.name for p in task.deadline]
        lines = sorted(by_task.get(task.id, []), key=lambda line: (
            line.ob.role != "lead", order.get(line.ob.agency, 0), line.ob.period or "",
            written.index(line.ob.part_key) if line.ob.part_key in written else len(written)))
        pages.append(TaskPage(task, tasks.get(task.parent or ""), lines, part_dues(task, lines),
                              summarize((line.ob for line in lines), result.as_of)))
    return pages


def part_dues(task: Task, lines: list[Line]) -> list[PartDue]:
    """Each deadline part of the task with its computed due dates (several for
    periodic parts, or where levels differ)."""
    found: dict[str, PartDue] = {}
    for line in lines:
        ob = line.ob
        part = found.setdefault(ob.part_key, PartDue(ob.part, [], []))
        if ob.due and ob.due not in part.dues:
            part.dues.append(ob.due)
        if ob.period and ob.period not in part.periods:
            part.periods.append(ob.period)
    for part in found.values():
        part.dues.sort()
    written = [p.name for p in task.deadline]
    return sorted(found.values(), key=lambda p: (
        written.index(p.part.name) if p.part.name in written else len(written)))


def latest_reports(files: Iterable[ReportFile], as_of: date) -> dict[str, list[ReportFile]]:
    """Each agency's (and the consolidated report's) files of its latest date
    on or before `as_of`."""
    latest: dict[str, list[ReportFile]] = {}
    for f in sorted(files, key=lambda f: (f.who, f.day, f.ext)):
        if f.day > as_of:
            continue
        kept = latest.setdefault(f.who, [])
        if kept and kept[0].day < f.day:
            kept.clear()
        kept.append(f)
    return latest


def trend(project: Project, history: History | None) -> Trend:
    """One point per revision of the agency files: the status as of its day,
    with `project`'s plan and registry (None: no git history to read)."""
    if history is None:
        return Trend(available=False)
    points = [TrendPoint(revision.day, revision.commit,
                         summarize(compute_status(at, revision.day).obligations, revision.day))
              for revision, at in projects_by_day(project, history)]
    return Trend(available=True, points=points, truncated=history.truncated)


def _contact(result: StatusResult, agency: str) -> Person | None:
    data = result.files.get(agency)
    return data.head.contact if data and data.head else None
