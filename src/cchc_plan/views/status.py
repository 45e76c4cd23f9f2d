"""Status rows: one plain record per obligation, with what `cchc status` needs
besides them (the plan's identity and span, each agency's file) and the
filters it offers.

Plain on purpose: rows can be cached and read back without the models, so a
repeat `cchc status` with no file changed does not build them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal, NamedTuple

from cchc_plan.core.dates import natural_key
from cchc_plan.core.messages import Msg, msg
from cchc_plan.core.names import NameIndex
from cchc_plan.engine.vocabulary import ONLY, urgency_rank
from cchc_plan.views.counting import CountingFacts, rule_facts

if TYPE_CHECKING:
    from cchc_plan.engine.obligations import AgencyData, Obligation, StatusResult
    from cchc_plan.load.directory import Directory
    from cchc_plan.load.models import Plan


class StatusRow(NamedTuple):
    """A tuple underneath: tens of thousands of them load fast from the cache."""

    task: str
    parent: str | None
    section: str | None
    title: str
    agency: str
    agency_name: str
    role: str
    part: str
    period: str | None
    due: date | None
    status: str
    due_soon: bool
    reported: bool
    readable: bool
    days_late: int | None
    days_left: int | None
    completed: date | None
    agency_short: str = ""
    label: str | None = None
    """The deadline part's label when the task has several parts."""
    progress: str | None = None
    """What the agency reported: not_started, in_progress or done (None: no entry)."""
    notes: str | None = None


@dataclass(frozen=True)
class PlanInfo:
    """Which plan, and the span of its obligations."""

    number: str | None
    title: str
    issuer: str
    start: date
    horizon: date | None
    rules: CountingFacts
    sections: tuple[tuple[str, str], ...] = ()
    """(id, title) of the plan's sections (lĩnh vực), in order."""


@dataclass(frozen=True)
class AgencyInfo:
    """An agency that holds obligations, and its file."""

    agency: str
    name: str
    short: str
    submitted: bool
    readable: bool
    updated: date | None
    leader: str | None = None
    """Lãnh đạo phụ trách: the registry's `leader` of the agency."""


Span = Literal["before_start", "within", "after_horizon"]


@dataclass
class StatusSnapshot:
    """What `cchc status` shows: the rows, and what the run found besides."""

    as_of: date
    rows: list[StatusRow]
    unreadable: list[str]
    """Names of the agencies whose file could not be read."""
    problem_count: int
    names: NameIndex
    """The registry's names, to resolve what a user types as an agency."""
    plan: PlanInfo | None = None
    agencies: list[AgencyInfo] = field(default_factory=list)
    """Every agency holding obligations, in registry order."""
    due_soon_days: int = 0

    def records(self) -> list[dict[str, object]]:
        """The rows as dicts (field -> value; dates stay `date`)."""
        return [row._asdict() for row in self.rows]

    @property
    def span(self) -> Span:
        return span_of(self.plan, self.as_of)


def span_of(plan: PlanInfo | None, as_of: date) -> Span:
    """Where the as-of date lies against the plan's start and horizon."""
    if plan and as_of < plan.start:
        return "before_start"
    if plan and plan.horizon and as_of > plan.horizon:
        return "after_horizon"
    return "within"


@dataclass(frozen=True)
class Filters:
    """What `cchc status` selects. `agency` sets the scope (the population the
    rate counts); the others only choose which of the scope's rows are shown."""

    agency: str | None = None
    section: str | None = None
    task: str | None = None
    only: str | None = None
    lead_only: bool = False

    @property
    def narrowing(self) -> bool:
        """Whether some rows of the scope are left out."""
        return bool(self.section or self.task or self.only or self.lead_only)

    def options(self) -> list[str]:
        """The narrowing filters as typed on the command line."""
        pairs = (("--section", self.section), ("--task", self.task), ("--only", self.only))
        return [*(f"{name} {value}" for name, value in pairs if value),
                *(["--lead-only"] if self.lead_only else [])]


def status_rows(result: StatusResult) -> list[StatusRow]:
    return rows_of(result.obligations, agency_names(result.directory))


def agency_names(directory: Directory) -> dict[str, tuple[str, str]]:
    """Each agency's name and short name, for `rows_of`."""
    return {ident: (directory.name(ident), a.short or a.name)
            for ident, a in directory.agencies.items()}


def rows_of(obligations: Iterable[Obligation],
            names: dict[str, tuple[str, str]]) -> list[StatusRow]:
    """Obligations as rows (`names`: `agency_names`); titles and names are the
    plan's and the registry's own strings, shared by every row that shows them."""
    new = tuple.__new__  # StatusRow's fields in order, without its keyword arguments (2.5x)
    return [new(StatusRow, (
        o.task.id, o.task.parent, o.task.section, o.task.title,  # task parent section title
        o.agency, names[o.agency][0], o.role, o.part_key,  # agency agency_name role part
        o.period, o.due, o.status, o.due_soon, o.reported,  # period due status due_soon reported
        o.readable, o.days_late, o.days_left, o.completed,  # readable days_late days_left completed
        names[o.agency][1], o.part.label if len(o.task.deadline) > 1 else None,  # short label
        o.progress, o.notes)) for o in obligations]  # progress notes


def sort_by_urgency(rows: list[StatusRow]) -> None:
    """Sort in place most urgent first, as `Obligation.urgency` orders the
    obligations (`UrgencyKey`)."""
    rows.sort(key=UrgencyKey({r.task for r in rows}, {r.agency for r in rows}))


class UrgencyKey:
    """A row's place in urgency order as one integer: by urgency rank, then
    days late (most first) or days left (fewest first), then the task by its
    printed number, then the agency id. One integer a row (a country's 1.2
    million rows: tuples of tuples, compared again and again, were most of the
    sort); tasks and agencies are numbered in key order first, ids with the
    same `natural_key` sharing a number, so a key made from every task of the
    plan and every agency of the registry orders rows as one made from the
    rows themselves (a worker's, `render.status_lines`).
    tests/views/test_sort_by_urgency.py holds it to the tuple key."""

    def __init__(self, tasks: Iterable[str], agencies: Iterable[str]) -> None:
        ids = set(tasks)
        place = {k: i for i, k in enumerate(sorted({natural_key(task) for task in ids}))}
        self.agencies = {a: i for i, a in enumerate(sorted(set(agencies)))}
        count = len(self.agencies)
        self.tasks = {task: place[natural_key(task)] * count for task in ids}
        self.width = len(place) * count
        self.ranks: dict[tuple[str, bool], int] = {}

    def __call__(self, row: StatusRow) -> int:
        rank = self.ranks.get((row.status, row.due_soon))
        if rank is None:
            rank = self.ranks[(row.status, row.due_soon)] = urgency_rank(row.status, row.due_soon)
        days = -(row.days_late or 0) if row.status == "overdue" else (row.days_left or 0)
        ordered = (rank << _DAY_BITS) + days + (1 << (_DAY_BITS - 1))
        return ordered * self.width + self.tasks[row.task] + self.agencies[row.agency]


_DAY_BITS = 24
"""Days late or left fit in 23 bits and a sign: dates run from year 1 to 9999."""


def status_snapshot(result: StatusResult, problem_count: int) -> StatusSnapshot:
    return snapshot_of(status_rows(result), result.files, result.plan, result.directory,
                       result.as_of, result.due_soon_days, problem_count)


def snapshot_of(rows: list[StatusRow], files: dict[str, AgencyData], plan: Plan,
                directory: Directory, as_of: date, due_soon_days: int,
                problem_count: int) -> StatusSnapshot:
    """The snapshot of rows already in urgency order, with each agency's file."""
    unreadable = [directory.name(a) for a, d in files.items() if not d.readable]
    return StatusSnapshot(as_of, rows, unreadable, problem_count, directory.index,
                          plan_info(plan),
                          agency_infos(files, directory, {r.agency for r in rows}),
                          due_soon_days)


def agency_infos(files: dict[str, AgencyData], directory: Directory,
                 holding: set[str]) -> list[AgencyInfo]:
    """The agencies of `holding` (those with obligations), in registry order, each with its file."""
    agencies = []
    for ident, agency in directory.agencies.items():
        if ident not in holding:
            continue
        data = files.get(ident)
        agencies.append(AgencyInfo(
            ident, agency.name, agency.short or agency.name, bool(data and data.submitted),
            data.readable if data else True,
            data.head.updated if data and data.head else None, agency.leader))
    return agencies


def plan_info(plan: Plan) -> PlanInfo:
    return PlanInfo(plan.document.number, " ".join(plan.document.title.split()),
                    plan.document.issuer_short, plan.settings.start, plan.settings.horizon,
                    rule_facts(plan), tuple((s.id, s.title) for s in plan.sections))


def roman(text: str) -> str | None:
    """`3` -> `III`, for section numbers written either way."""
    if not text.isdigit() or not 0 < int(text) < 40:
        return None
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    n, out = int(text), ""
    for value, numeral in numerals:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def section_wanted(section: str) -> set[str]:
    """`III` and `3` both name section III."""
    return {section.upper(), roman(section) or section.upper()}


def unknown_filter(rows: Sequence[StatusRow], section: str | None,
                   task: str | None) -> Msg | None:
    """`--section IX` or `--task 99` naming nothing in the plan: a usage error
    saying so, with what the plan has (not a silent "0/461")."""
    return unknown_named(*named_in(rows) if section or task else (set(), set()), section, task)


def named_in(rows: Iterable[StatusRow]) -> tuple[set[str], set[str]]:
    """The sections (upper case), and the tasks and parents, of `rows`."""
    sections, tasks = set(), set()
    for r in rows:
        if r.section:
            sections.add(r.section.upper())
        tasks.add(r.task)
        if r.parent:
            tasks.add(r.parent)
    return sections, tasks


def unknown_named(sections: set[str], tasks: set[str], section: str | None,
                  task: str | None) -> Msg | None:
    """`unknown_filter` of the sections and tasks the rows name (`named_in`)."""
    if section and not sections & section_wanted(section):
        return msg("usage.no-section", section=section,
                   known=", ".join(sorted(sections, key=_roman_value)))
    if task and task not in tasks:
        return msg("usage.no-task", task=task)
    return None


def _roman_value(numeral: str) -> tuple[int, str]:
    arabic = next((n for n in range(1, 40) if roman(str(n)) == numeral), 99)
    return arabic, numeral


def in_scope(rows: Sequence[StatusRow], agency: str | None) -> list[StatusRow]:
    """The population a view counts: one agency's rows, or all of them."""
    return [r for r in rows if r.agency == agency] if agency else list(rows)


def select(rows: Sequence[StatusRow], filters: Filters) -> list[StatusRow]:
    out = in_scope(rows, filters.agency)
    if filters.section:
        wanted = section_wanted(filters.section)
        out = [r for r in out if (r.section or "").upper() in wanted]
    if filters.task:
        out = [r for r in out if filters.task in (r.task, r.parent)]
    if filters.lead_only:
        out = [r for r in out if r.role == "lead"]
    if filters.only:
        chosen = ONLY[filters.only]
        out = [r for r in out if chosen(r.status, r.due_soon)]
    return out
