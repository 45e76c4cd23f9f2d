"""What `cchc status` shows, numbers only: the scope's counts and rate, the
rows the filters leave, those rows grouped by task part and period, one line
per agency, and who has not submitted. Every renderer (terminal, JSON, CSV)
reads the same Overview, so each number means one thing everywhere.

The scope is the plan, or one agency with `--agency`: its summary (counts
and the on-time rate) is always of the whole scope. The other filters choose
which rows are shown and never change the rate: the shown count stands beside
it instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cchc_plan.core.dates import natural_key
from cchc_plan.engine.vocabulary import STATUS_CODES, urgency_rank
from cchc_plan.views.status import (
    AgencyInfo,
    Filters,
    PlanInfo,
    Span,
    StatusRow,
    StatusSnapshot,
    in_scope,
    select,
)
from cchc_plan.views.summary import Summary, summarize

SectionKey = str
"""A status code, or `due_soon` for pending obligations due within the window."""


@dataclass(frozen=True)
class ObligationGroup:
    """The obligations of one task part and period in one status: one line
    of the summary ("2.6 · 17/08/2020 · trễ 29 ngày · Nội vụ + 2 phối hợp")."""

    rows: tuple[StatusRow, ...]

    @property
    def first(self) -> StatusRow:
        return self.rows[0]

    @property
    def leads(self) -> list[StatusRow]:
        return [r for r in self.rows if r.role == "lead"]

    @property
    def coordinating(self) -> list[StatusRow]:
        return [r for r in self.rows if r.role != "lead"]

    @property
    def urgency(self) -> tuple[int, int, tuple[tuple[int, str], ...], str, str]:
        row = self.first
        days = -(row.days_late or 0) if row.status == "overdue" else (row.days_left or 0)
        return (urgency_rank(row.status, row.due_soon), days, natural_key(row.task),
                row.period or "", row.part)


def group_rows(rows: list[StatusRow]) -> list[ObligationGroup]:
    """One group per (task, part, period, due date, status), most urgent first."""
    groups: dict[tuple[object, ...], list[StatusRow]] = {}
    for row in rows:
        key = (row.task, row.part, row.period, row.due, row.status, row.due_soon)
        groups.setdefault(key, []).append(row)
    return sorted((ObligationGroup(tuple(g)) for g in groups.values()), key=lambda g: g.urgency)


@dataclass(frozen=True)
class Section:
    key: SectionKey
    groups: list[ObligationGroup]
    limit: int | None = None
    """How many groups the short view prints (None: all)."""

    @property
    def count(self) -> int:
        return sum(len(g.rows) for g in self.groups)

    @property
    def shown(self) -> list[ObligationGroup]:
        return self.groups if self.limit is None else self.groups[: self.limit]


@dataclass
class AgencyLine:
    """One agency in `--by agency`: its scope summary (the rate) and the
    counts of its rows the filters leave."""

    info: AgencyInfo
    summary: Summary
    shown: Summary
    oldest: StatusRow | None
    """Its overdue obligation with the most days late."""


@dataclass
class Head:
    """What the head of `cchc status --format json` says besides the rows:
    made from an Overview, or from rows counted where the files were read
    (`render.status_lines`), the same either way."""

    as_of: date
    plan: PlanInfo | None
    span: Span
    due_soon_days: int
    filters: Filters
    agency: AgencyInfo | None
    """The scope's agency (`--agency`), None for the whole plan."""
    summary: Summary
    shown: int
    lines: list[AgencyLine]
    not_submitted: list[AgencyInfo]


def not_submitted(agencies: list[AgencyInfo], scope: str | None) -> list[AgencyInfo]:
    """Agencies of the scope with no usable file: never signed, or unreadable."""
    return [a for a in agencies
            if (not a.submitted or not a.readable) and (scope is None or a.agency == scope)]


def oldest_overdue(rows: list[StatusRow]) -> StatusRow | None:
    """The overdue row with the most days late (the first such in `rows`)."""
    late = [r for r in rows if r.status == "overdue"]
    return max(late, key=lambda r: r.days_late or 0, default=None)


@dataclass
class Overview:
    snapshot: StatusSnapshot
    filters: Filters
    scope: list[StatusRow]
    shown: list[StatusRow]
    summary: Summary
    agency: AgencyInfo | None = None
    sections: list[Section] = field(default_factory=list)

    @property
    def as_of(self) -> date:
        return self.snapshot.as_of

    @property
    def not_submitted(self) -> list[AgencyInfo]:
        """Agencies of the scope with no usable file: never signed, or unreadable."""
        return not_submitted(self.snapshot.agencies, self.agency.agency if self.agency else None)

    def head(self) -> Head:
        snap = self.snapshot
        return Head(self.as_of, snap.plan, snap.span, snap.due_soon_days, self.filters,
                    self.agency, self.summary, len(self.shown), self.agency_lines(),
                    self.not_submitted)

    def agency_lines(self) -> list[AgencyLine]:
        whole = rows_by_agency(self.scope)
        narrowing = self.filters.narrowing
        by_agency = rows_by_agency(self.shown) if narrowing else whole  # shown is the scope
        lines = []
        for info in self.snapshot.agencies:
            if info.agency not in whole or (narrowing and info.agency not in by_agency):
                continue
            mine = by_agency.get(info.agency, [])
            counted = summarize(whole[info.agency], self.as_of)
            lines.append(AgencyLine(info, counted,
                                    summarize(mine, self.as_of) if narrowing else counted,
                                    oldest_overdue(mine)))
        return lines


def rows_by_agency(rows: list[StatusRow]) -> dict[str, list[StatusRow]]:
    out: dict[str, list[StatusRow]] = {}
    for row in rows:
        out.setdefault(row.agency, []).append(row)
    return out


SHORT_LIMITS: dict[SectionKey, int] = {"overdue": 8, "due_soon": 6}
"""Groups per section in the unfiltered summary, so it fits one screen."""


def overview(snapshot: StatusSnapshot, filters: Filters) -> Overview:
    scope = in_scope(snapshot.rows, filters.agency)
    shown = select(snapshot.rows, filters)
    agency = next((a for a in snapshot.agencies if a.agency == filters.agency), None)
    view = Overview(snapshot, filters, scope, shown, summarize(scope, snapshot.as_of), agency)
    view.sections = summary_sections(shown, filters)
    return view


def summary_sections(rows: list[StatusRow], filters: Filters) -> list[Section]:
    """Overdue and due soon, most urgent first; with `--only`, a section for
    each status it selects. Unfiltered, each section is cut to a screen's share."""
    if filters.only:
        keys = [code for code in STATUS_CODES if any(r.status == code for r in rows)]
        return [Section(k, group_rows([r for r in rows if r.status == k])) for k in keys]
    limits = {} if filters.narrowing else SHORT_LIMITS
    return [
        Section("overdue", group_rows([r for r in rows if r.status == "overdue"]),
                limits.get("overdue")),
        Section("due_soon", group_rows([r for r in rows if r.status == "pending" and r.due_soon]),
                limits.get("due_soon")),
    ]
