"""Counts per status and the on-time rate, for any set of obligations: the
one definition every output uses (terminal, JSON, CSV, reports, chart).

On-time rate = done on time ÷ (done on time + done late + overdue), counting
only obligations whose due date has come by the as-of date. So an obligation
done early whose due date is still ahead is not in it yet, an obligation with
no due date (ongoing, awaiting, or done with none) never is, and supporting
obligations (a part another agency delivers) never are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Protocol

from cchc_plan.engine.vocabulary import RATE_BASE, STATUS_CODES


class HasStatus(Protocol):
    @property
    def status(self) -> str: ...

    @property
    def due(self) -> date | None: ...


def in_rate(status: str, due: date | None, as_of: date) -> bool:
    """Whether an obligation counts in the on-time rate as of `as_of`."""
    return status in RATE_BASE and due is not None and due <= as_of


@dataclass
class Summary:
    counts: dict[str, int]
    total: int
    on_time: int = 0
    """Done on time, among the obligations the rate counts."""
    due_count: int = 0
    """Obligations whose due date has come: the base of the on-time rate."""

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.due_count if self.due_count else None


def summarize(rows: Iterable[HasStatus], as_of: date) -> Summary:
    """The counts of `rows` and their on-time rate as of `as_of` (`in_rate`).
    Statuses are counted in C (`Counter` over `attrgetter`): a country's status
    summarises 1.25 million rows, 28,000 agencies' worth."""
    listed = rows if isinstance(rows, list | tuple) else list(rows)
    statuses = list(map(_STATUS, listed))
    counts = Counter(statuses)
    on_time = due = 0
    if any(code in counts for code in RATE_BASE):
        for status, when in zip(statuses, map(_DUE, listed), strict=True):
            if status in RATE_BASE and in_rate(status, when, as_of):  # a call for those only
                due += 1
                on_time += status == "done_on_time"
    return Summary({code: counts.get(code, 0) for code in STATUS_CODES}, len(statuses),
                   on_time, due)


def combined(summaries: Iterable[Summary]) -> Summary:
    """The summary of the rows of all `summaries` together (each number adds up)."""
    counts: dict[str, int] = dict.fromkeys(STATUS_CODES, 0)
    total = on_time = due = 0
    for summary in summaries:
        for code, n in summary.counts.items():
            counts[code] += n
        total += summary.total
        on_time += summary.on_time
        due += summary.due_count
    return Summary(counts, total, on_time, due)


_STATUS, _DUE = attrgetter("status"), attrgetter("due")
