"""Report data: the engine's obligations shaped for the documents `cchc report`
writes — an agency's submission and the coordinator's consolidated report.
Numbers only; every word is the renderers' (`render.document`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cchc_plan.core.dates import natural_key
from cchc_plan.engine.obligations import Obligation, StatusResult
from cchc_plan.engine.vocabulary import SUPPORTING
from cchc_plan.load.models import (
    Agency,
    DeadlinePart,
    Narrative,
    Person,
    Plan,
    Proposal,
    Role,
    Signer,
    Task,
)
from cchc_plan.views.counting import CountingFacts, rule_facts
from cchc_plan.views.groups import NameEntry, collapse
from cchc_plan.views.leaders import LeaderViews, result_views
from cchc_plan.views.summary import Summary, summarize


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
    """One line per agency holding obligations, in the order the plan's
    `report.agency_order` asks (registry order breaks ties)."""
    out = [_agency_summary(result, ident, rows) for ident, rows in result.by_agency().items()]
    order = {ident: index for index, ident in enumerate(result.directory.agencies)}
    keys = result.plan.report.agency_order

    def sort_key(s: AgencySummary) -> tuple[int, ...]:
        ranks = {"not_submitted": int(s.submitted and s.readable), "overdue": -len(s.overdue)}
        return (*(ranks[k] for k in keys), order[s.agency])

    return sorted(out, key=sort_key)


def _agency_summary(result: StatusResult, ident: str, rows: list[Obligation]) -> AgencySummary:
    data = result.files.get(ident)
    return AgencySummary(
        agency=ident, name=result.directory.name(ident),
        summary=summarize(rows, result.as_of),
        submitted=bool(data and data.submitted), readable=data.readable if data else True,
        updated=data.head.updated if data and data.head else None,
        missing_assignees=missing_assignees(rows),
        overdue=[o for o in rows if o.status == "overdue"])


def missing_assignees(rows: list[Obligation]) -> int:
    """Led one-off obligations whose task names no person responsible."""
    return sum(1 for o in rows if o.role == "lead" and o.period is None
               and not (o.assignee and o.assignee.name))


def task_order(ob: Obligation) -> tuple[tuple[tuple[int, str], ...], str]:
    return (natural_key(ob.task.id), ob.period or "")


def plan_order(ob: Obligation) -> tuple[object, ...]:
    """Task number, the deadline parts in the order the plan writes them, then period."""
    parts = [p.name for p in ob.task.deadline]
    index = parts.index(ob.part.name) if ob.part.name in parts else len(parts)
    return (natural_key(ob.task.id), index, ob.period or "")


# --- the agency's submission ---------------------------------------------------------


@dataclass
class AssignmentRow:
    """One row of the bảng phân công nhiệm vụ."""

    task: Task
    role: str
    assignee: Person | None
    internal_deadline: date | None
    due_dates: list[date]


@dataclass
class PartRow:
    """One row of the agency's appendix: one deadline part of one task, with
    that part's obligations for every period (one for a one-off part)."""

    task: Task
    part: DeadlinePart
    role: Role
    assignee: Person | None
    internal_deadline: date | None
    obligations: list[Obligation]


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
    rules: CountingFacts
    coordinator: Agency | None = None  # who the report goes through (settings.coordinator)
    parts: list[PartRow] = field(default_factory=list)
    narrative: Narrative | None = None
    signer: Signer | None = None
    missing_assignees: int = 0


def agency_report(result: StatusResult, agency_id: str) -> AgencyReport:
    rows = sorted(result.of_agency(agency_id), key=task_order)
    data = result.files.get(agency_id)
    file = data.head if data else None
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
        updated=file.updated if file else None, contact=file.contact if file else None,
        assignments=list(assignments.values()), obligations=rows,
        summary=summarize(rows, result.as_of),
        overdue=overdue, rules=rule_facts(result.plan), coordinator=coordinator(result),
        parts=part_rows(rows), narrative=file.narrative if file else None,
        signer=file.signer if file else None, missing_assignees=missing_assignees(rows))


def part_rows(obligations: list[Obligation]) -> list[PartRow]:
    """The obligations grouped by (task, deadline part), in plan order."""
    rows: dict[tuple[str, str], PartRow] = {}
    for ob in sorted(obligations, key=plan_order):
        row = rows.setdefault((ob.task.id, ob.part.name), PartRow(
            ob.task, ob.part, ob.role, ob.assignee, ob.internal_deadline, []))
        row.obligations.append(ob)
    return list(rows.values())


# --- the consolidated report -------------------------------------------------------------


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
class ProposalItem:
    """A proposal of the plan with the agencies it names (names, in order)."""

    proposal: Proposal
    agencies: list[AgencySummary]
    missed: dict[str, Obligation] = field(default_factory=dict)
    """For `missed`: each named agency's obligation of the task that it missed
    (the latest due when the task has several)."""


@dataclass
class DraftedProposal:
    """A proposal the report drafts from its own figures when none of the
    plan's `report.proposals` names anyone (an imported plan has none): the
    agencies without a file, those whose file has errors, those with overdue
    obligations. `kind` picks the wording (`report.drafted-<kind>`)."""

    kind: str
    agencies: list[AgencySummary]


@dataclass
class OverduePart:
    """One deadline part of one task, for one period, that agencies have let
    pass: the overdue obligations of every agency holding it."""

    task: Task
    part: DeadlinePart
    period: str | None
    due: date
    days_late: int
    lead: list[NameEntry]
    """The lead agencies overdue on it, a group where it stands for them."""
    coordinating: list[NameEntry]
    obligations: list[Obligation]


@dataclass
class DistrictReport:
    plan: Plan
    as_of: date
    coordinator: Agency | None
    agencies: list[AgencySummary]
    milestones: list[MilestoneStatus]
    summary: Summary
    rules: CountingFacts
    proposals: list[ProposalItem] = field(default_factory=list)
    drafted: list[DraftedProposal] = field(default_factory=list)
    """Only when no item of `proposals` names an agency; empty when there is
    nothing to propose (every file handed in and readable, nothing overdue)."""
    overdue_parts: list[OverduePart] = field(default_factory=list)
    signer: Signer | None = None
    """Who signs for the coordinator: the signer its own file names."""
    leaders: LeaderViews | None = None
    """By lĩnh vực, by lãnh đạo phụ trách, the year-end ranking (issue 27)."""

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


def district_report(result: StatusResult) -> DistrictReport:
    milestones = []
    for task in result.plan.milestones:
        rows = [o for o in result.obligations
                if o.task.id == task.id and o.due and o.status != SUPPORTING]
        dues = sorted({o.due for o in rows if o.due})
        milestones.append(MilestoneStatus(task, dues[0] if dues else None, rows))
    report = DistrictReport(
        plan=result.plan, as_of=result.as_of, coordinator=coordinator(result),
        agencies=agency_summaries(result), milestones=milestones,
        summary=summarize(result.obligations, result.as_of), rules=rule_facts(result.plan),
        overdue_parts=overdue_parts(result), signer=coordinator_signer(result),
        leaders=result_views(result, "vi"))  # reports to UBND are always Vietnamese
    items = [proposal_item(report, p, result) for p in result.plan.report.proposals]
    report.proposals = [i for i in items if i.agencies or not i.proposal.agencies]
    report.drafted = drafted_proposals(report)
    return report


def drafted_proposals(report: DistrictReport) -> list[DraftedProposal]:
    """What the figures call for, when the plan's own proposals name no one."""
    if any(item.agencies for item in report.proposals):
        return []
    kinds = (("not_submitted", report.missing), ("unreadable", report.broken),
             ("overdue", [a for a in report.agencies if a.overdue]))
    return [DraftedProposal(kind, agencies) for kind, agencies in kinds if agencies]


MISSED = ("overdue", "done_late")
"""Statuses of an obligation whose deadline was not met."""


def of_task(ob: Obligation, task: str) -> bool:
    """The obligation is of this task, or of a sub-item of it."""
    return task in (ob.task.id, ob.task.parent)


def bound_by(result: StatusResult, task: str) -> set[str]:
    """The agencies a task binds: those holding an obligation of it (one they
    deliver: supporting another agency's part binds no one)."""
    return {o.agency for o in result.obligations if of_task(o, task) and o.status != SUPPORTING}


def proposal_item(report: DistrictReport, proposal: Proposal,
                  result: StatusResult) -> ProposalItem:
    named = proposal_agencies(report, proposal, result)
    missed: dict[str, Obligation] = {}
    if proposal.agencies == "missed" and proposal.task:
        for ob in sorted(result.obligations, key=lambda o: o.due or date.min):
            if of_task(ob, proposal.task) and ob.status in MISSED:
                missed[ob.agency] = ob
    return ProposalItem(proposal, named, missed)


def proposal_agencies(report: DistrictReport, proposal: Proposal,
                      result: StatusResult) -> list[AgencySummary]:
    """The agencies a proposal names, in the report's agency order; with
    `task`, only those the task binds."""
    kind, task = proposal.agencies, proposal.task
    named: list[AgencySummary] = []
    if kind == "not_submitted":
        named = report.missing
    elif kind == "unreadable":
        named = report.broken
    elif kind == "overdue":
        late = {o.agency for o in result.obligations
                if o.status == "overdue" and (task is None or of_task(o, task))}
        named = [a for a in report.agencies if a.agency in late and a.submitted and a.readable]
    elif kind == "missed" and task:
        missed = {o.agency for o in result.obligations if of_task(o, task) and o.status in MISSED}
        named = [a for a in report.agencies if a.agency in missed]
    if task is None:
        return named
    bound = bound_by(result, task)
    return [a for a in named if a.agency in bound]


def overdue_parts(result: StatusResult) -> list[OverduePart]:
    """Overdue obligations grouped by (task, part, period): longest overdue first."""
    groups: dict[tuple[str, str, str | None], list[Obligation]] = {}
    for ob in result.obligations:
        if ob.status == "overdue" and ob.due:
            groups.setdefault((ob.task.id, ob.part.name, ob.period), []).append(ob)
    out = []
    for rows in groups.values():
        first = rows[0]
        assert first.due is not None
        leads = [o.agency for o in rows if o.role == "lead"]
        helpers = [o.agency for o in rows if o.role != "lead"]
        out.append(OverduePart(first.task, first.part, first.period, first.due,
                               first.days_late or 0, collapse(result.directory, leads),
                               collapse(result.directory, helpers), rows))
    return sorted(out, key=lambda g: (-g.days_late, natural_key(g.task.id), g.period or ""))


def coordinator_signer(result: StatusResult) -> Signer | None:
    who = coordinator(result)
    data = result.files.get(who.id) if who else None
    return data.head.signer if data and data.head else None


def coordinator(result: StatusResult) -> Agency | None:
    ref = result.plan.settings.coordinator
    if not ref:
        return None
    try:
        return result.directory.agencies.get(result.directory.resolve(ref))
    except LookupError:
        return None
