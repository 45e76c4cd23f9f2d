"""Status rows: one plain record per obligation, with the filters and counts
`cchc status` needs.

Plain on purpose: rows can be cached and read back without the models, so a
repeat `cchc status` with no file changed does not build them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, Protocol

STATUS_CODES = ("overdue", "pending", "awaiting", "ongoing", "done_late", "done_on_time")
DONE = ("done_on_time", "done_late")
ONLY_CHOICES = ("overdue", "pending", "due-soon", "done", "done-late", "done-on-time",
                "ongoing", "awaiting", "open")


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


@dataclass
class StatusSnapshot:
    """What `cchc status` shows: the rows, and what the run found besides."""

    as_of: date
    rows: list[StatusRow]
    unreadable: list[str]  # names of agencies whose file could not be read
    problem_count: int


@dataclass(frozen=True)
class Filters:
    agency: str | None = None
    section: str | None = None
    task: str | None = None
    only: str | None = None
    lead_only: bool = False


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


def only_matches(row: StatusRow, only: str) -> bool:
    return {
        "due-soon": row.due_soon,
        "done": row.status in DONE,
        "done-late": row.status == "done_late",
        "done-on-time": row.status == "done_on_time",
        "open": row.status in ("overdue", "pending"),
    }.get(only, row.status == only)


def select(rows: Sequence[StatusRow], filters: Filters) -> list[StatusRow]:
    out = list(rows)
    if filters.agency:
        out = [r for r in out if r.agency == filters.agency]
    if filters.section:
        wanted = section_wanted(filters.section)
        out = [r for r in out if (r.section or "").upper() in wanted]
    if filters.task:
        out = [r for r in out if filters.task in (r.task, r.parent)]
    if filters.lead_only:
        out = [r for r in out if r.role == "lead"]
    if filters.only:
        out = [r for r in out if only_matches(r, filters.only)]
    return out


class HasStatus(Protocol):
    @property
    def status(self) -> str: ...


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


def summarize(rows: Iterable[HasStatus]) -> Summary:
    counts = Counter(r.status for r in rows)
    return Summary({code: counts.get(code, 0) for code in STATUS_CODES}, sum(counts.values()))


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"
