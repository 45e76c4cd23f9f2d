"""Status rows: one plain record per obligation, with the filters `cchc status`
offers.

Plain on purpose: rows can be cached and read back without the models, so a
repeat `cchc status` with no file changed does not build them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from cchc_plan.core.names import NameIndex
from cchc_plan.engine.obligations import StatusResult
from cchc_plan.engine.vocabulary import ONLY


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
    unreadable: list[str]
    """Names of the agencies whose file could not be read."""
    problem_count: int
    names: NameIndex
    """The registry's names, to resolve what a user types as an agency."""

    def records(self) -> list[dict[str, object]]:
        """The rows as dicts (field -> value; dates stay `date`)."""
        return [row._asdict() for row in self.rows]


@dataclass(frozen=True)
class Filters:
    agency: str | None = None
    section: str | None = None
    task: str | None = None
    only: str | None = None
    lead_only: bool = False


def status_rows(result: StatusResult) -> list[StatusRow]:
    names = result.directory
    return [StatusRow(
        task=o.task.id, parent=o.task.parent, section=o.task.section, title=o.task.title,
        agency=o.agency, agency_name=names.name(o.agency), role=o.role, part=o.part_key,
        period=o.period, due=o.due, status=o.status, due_soon=o.due_soon, reported=o.reported,
        readable=o.readable, days_late=o.days_late, days_left=o.days_left,
        completed=o.completed) for o in result.obligations]


def status_snapshot(result: StatusResult, problem_count: int) -> StatusSnapshot:
    unreadable = [result.directory.name(a) for a, d in result.files.items() if not d.readable]
    return StatusSnapshot(result.as_of, status_rows(result), unreadable, problem_count,
                          result.directory.index)


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
        chosen = ONLY[filters.only]
        out = [r for r in out if chosen(r.status, r.due_soon)]
    return out
