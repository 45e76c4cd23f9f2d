"""Report data: filters and summaries over the engine's obligations, shared by
every renderer (terminal, Markdown, Word, Excel, JSON)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .dates import natural_key
from .engine import DONE, STATUS_CODES, Obligation, StatusResult

ONLY_CHOICES = (
    "overdue",
    "pending",
    "due-soon",
    "done",
    "done-late",
    "done-on-time",
    "ongoing",
    "awaiting",
    "open",
)


@dataclass(frozen=True)
class Filters:
    agency: str | None = None
    section: str | None = None
    task: str | None = None
    only: str | None = None
    lead_only: bool = False


def section_matches(ob: Obligation, section: str) -> bool:
    return (ob.task.section or "").upper() == section.upper() or _roman(section) == ob.task.section


def _roman(text: str) -> str | None:
    if not text.isdigit() or not 0 < int(text) < 40:
        return None
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    n, out = int(text), ""
    for value, numeral in numerals:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def only_matches(ob: Obligation, only: str) -> bool:
    return {
        "due-soon": ob.due_soon,
        "done": ob.status in DONE,
        "done-late": ob.status == "done_late",
        "done-on-time": ob.status == "done_on_time",
        "open": ob.status in ("overdue", "pending"),
    }.get(only, ob.status == only)


def select(result: StatusResult, filters: Filters) -> list[Obligation]:
    rows = result.obligations
    if filters.agency:
        rows = [o for o in rows if o.agency == filters.agency]
    if filters.section:
        rows = [o for o in rows if section_matches(o, filters.section)]
    if filters.task:
        rows = [o for o in rows if o.task.id == filters.task or o.task.parent == filters.task]
    if filters.lead_only:
        rows = [o for o in rows if o.role == "lead"]
    if filters.only:
        rows = [o for o in rows if only_matches(o, filters.only)]
    return rows


@dataclass
class Summary:
    counts: dict[str, int]
    total: int

    @property
    def due_count(self) -> int:
        """Obligations whose last day has come: the base of the on-time rate."""
        return self.counts["done_on_time"] + self.counts["done_late"] + self.counts["overdue"]

    @property
    def on_time_rate(self) -> float | None:
        return self.counts["done_on_time"] / self.due_count if self.due_count else None


def summarize(rows: list[Obligation]) -> Summary:
    counts = Counter(o.status for o in rows)
    return Summary({code: counts.get(code, 0) for code in STATUS_CODES}, len(rows))


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


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
                submitted=data is not None,
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
