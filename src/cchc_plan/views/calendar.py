"""Calendar entries: which obligations become events, and which of them form a
yearly series.

- Annual parts: the open (not done) periods of one (task, agency, part) become
  one entry repeating yearly until the horizon when there are at least two,
  in consecutive years, on the same day and month (a last day moved off a
  weekend or holiday breaks the pattern). Otherwise each period is its own
  entry.
- Quarterly parts, relative parts of yearly events and done obligations are
  always one entry per period: quarter ends are not one day-of-month pattern
  that every client (Outlook in particular) imports well.
- Ongoing and awaiting obligations have no date: they are left out and counted.
- Supporting obligations (a part another agency delivers) are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from cchc_plan.core.dates import natural_key
from cchc_plan.engine.obligations import Obligation, StatusResult
from cchc_plan.engine.vocabulary import DONE, SUPPORTING
from cchc_plan.load.models import AnnualPart

ONCE = "once"
SERIES = "yearly"




@dataclass(frozen=True)
class Entry:
    """One VEVENT: one obligation, or a yearly series of them (`until` set)."""

    rows: tuple[Obligation, ...]
    until: date | None = None

    @property
    def first(self) -> Obligation:
        return self.rows[0]

    @property
    def start(self) -> date:
        assert self.first.due is not None
        return self.first.due

    @property
    def done(self) -> bool:
        return self.first.status in DONE

    @property
    def period(self) -> str:
        return SERIES if self.until else self.first.period or ONCE


@dataclass(frozen=True)
class CalendarView:
    """The entries of one calendar, and how many obligations had no date."""

    result: StatusResult
    agency: str | None
    horizon: date
    entries: list[Entry]
    skipped: int


def calendar_view(result: StatusResult, agency: str | None, horizon: date,
                  include_done: bool) -> CalendarView:
    rows, skipped = calendar_rows(result.obligations, agency, horizon, include_done)
    entries = plan_entries(rows, horizon)
    return CalendarView(result, agency, horizon, entries, skipped)


def default_horizon(as_of: date) -> date:
    """31 December of the year after the as-of date."""
    return date(as_of.year + 1, 12, 31)


def calendar_rows(
    obligations: Iterable[Obligation], agency: str | None, horizon: date, include_done: bool
) -> tuple[list[Obligation], int]:
    """The obligations to show, and how many were left out for having no date.
    Supporting obligations are another agency's deadline: never shown."""
    mine = [o for o in obligations
            if (agency is None or o.agency == agency) and o.status != SUPPORTING]
    shown = [
        o
        for o in mine
        if o.due is not None and o.due <= horizon and (include_done or o.status not in DONE)
    ]
    return shown, sum(o.due is None for o in mine)


def plan_entries(rows: list[Obligation], horizon: date) -> list[Entry]:
    """Group the rows into events: yearly series where they allow it, else one per row."""
    groups: dict[tuple[str, str, str], list[Obligation]] = {}
    for ob in rows:
        groups.setdefault((ob.task.id, ob.agency, ob.part_key), []).append(ob)
    entries: list[Entry] = []
    for group in groups.values():
        entries.extend(_group_entries(group, horizon))
    return sorted(entries, key=_entry_order)


def _group_entries(group: list[Obligation], horizon: date) -> list[Entry]:
    group = sorted(group, key=lambda o: (o.due or date.min, o.period or ""))
    open_rows = [o for o in group if o.status not in DONE]
    until = series_until(open_rows, horizon)
    if until is None:
        return [Entry((o,)) for o in group]
    done = [Entry((o,)) for o in group if o.status in DONE]
    return [*done, Entry(tuple(open_rows), until)]


def series_until(rows: list[Obligation], horizon: date) -> date | None:
    """UNTIL for one RRULE:FREQ=YEARLY covering exactly these rows, or None."""
    if len(rows) < 2 or not all(isinstance(o.part, AnnualPart) and o.due for o in rows):
        return None
    dues = [o.due for o in rows if o.due is not None]
    first = dues[0]
    if any(d.month != first.month or d.day != first.day for d in dues):
        return None
    if [d.year for d in dues] != list(range(first.year, first.year + len(dues))):
        return None
    following = dues[-1].replace(year=dues[-1].year + 1)
    return horizon if following > horizon else dues[-1]  # a plan horizon cut it short


def _entry_order(entry: Entry) -> tuple[date, tuple[tuple[int, str], ...], str, str, str]:
    ob = entry.first
    return (entry.start, natural_key(ob.task.id), ob.agency, ob.part_key, entry.period)
