"""Counts per status and the on-time rate, for any set of obligations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from cchc_plan.engine.vocabulary import RATE_BASE, STATUS_CODES


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
        return sum(self.counts[code] for code in RATE_BASE)

    @property
    def on_time_rate(self) -> float | None:
        return self.counts["done_on_time"] / self.due_count if self.due_count else None


def summarize(rows: Iterable[HasStatus]) -> Summary:
    counts = Counter(r.status for r in rows)
    return Summary({code: counts.get(code, 0) for code in STATUS_CODES}, sum(counts.values()))
