"""Due dates: each deadline part of the plan turned into the dates it falls due.

The counting rules (README "Deadlines and status"):
- "trước ngày X" (`qualifier: before`): the last allowed day is X when
  `settings.before_inclusive` (the default), else the day before X.
- a relative part "sau N ngày kể từ <event>" counts from the day after the
  event, so the last day is event + N days (Bộ luật Dân sự 2015, Điều 147 khoản 3);
  "N ngày làm việc" counts only working days; "N tháng" ends on the day of the
  last month that corresponds to the event's day, or that month's last day
  when it has no such day (Điều 148 khoản 3).
- with `settings.roll_to_working_day` (the default), a last day on a weekend
  or public holiday moves to the next working day (Điều 148 khoản 5), whatever kind
  of time limit it ends: the Code's rules on time limits apply to every one
  (Điều 145: they apply unless a law or agreement says otherwise), so the
  plan has one rule, not one per part.
- periodic parts (annual, semiannual 2021-H1, quarterly 2021-Q3, monthly
  2021-M07) give one occurrence per period whose due date is on or after
  the plan's start, through the end of the look-ahead window and the first
  period due after it. `settings.horizon` cuts by period, not by the written
  date: an occurrence belongs to the plan when its period begins on or before
  the horizon, whenever it falls due (the 2021-H2 report due 15/1/2022 is in a
  plan ending 31/12/2021; a plan for 2022, due 31/12/2021 or 15/1/2022, is not).
- a relative part of a yearly event gives one occurrence per date of the
  event, named after its year; when the event happened twice in one year,
  that year's occurrences are named by the event's date (`2021-03-15`), so
  each one is settled by its own progress entry.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from cchc_plan.core.dates import month_end, parse_day_month, parse_month
from cchc_plan.engine.workdays import WorkCalendar
from cchc_plan.load.models import (
    AnnualPart,
    DatePart,
    DeadlinePart,
    MonthEndPart,
    MonthlyPart,
    PeriodicPart,
    QuarterlyPart,
    RelativePart,
    SemiannualPart,
    Settings,
)

DATED_BY_REQUEST = ("on_request", "per_regulation")
"""Parts with no date in the plan; the agency's file records the date asked for."""


@dataclass(frozen=True)
class Occurrence:
    """One due instance of a deadline part."""

    part: DeadlinePart
    period: str | None
    due: date | None


class DueDates:
    """Due dates of deadline parts under one plan's settings.

    `window_end` is the last day the caller looks at: periodic parts are
    generated up to it, and one more after it."""

    def __init__(self, settings: Settings, events: dict[str, list[date]], yearly: set[str],
                 window_end: date) -> None:
        self.settings = settings
        self.events = events
        self.yearly = yearly
        self.window_end = window_end
        self.calendar = WorkCalendar(settings.holidays)
        self._memo: dict[tuple[int, date | None],
                         tuple[DeadlinePart, tuple[Occurrence, ...]]] = {}

    def __getstate__(self) -> dict[str, object]:
        """Pickled (for a worker process) without the memo: its keys are ids of
        this process's objects."""
        return {**self.__dict__, "_memo": {}}

    def last_day(self, written: date, qualifier: str = "by") -> date:
        """The last allowed day of a time limit written as `written`."""
        day = written
        if qualifier == "before" and not self.settings.before_inclusive:
            day -= timedelta(days=1)
        return self.calendar.roll_forward(day) if self.settings.roll_to_working_day else day

    def occurrences(self, part: DeadlinePart,
                    request_due: date | None) -> tuple[Occurrence, ...]:
        """The occurrences of one part; `request_due` is the date an agency
        recorded for a part dated by request.

        Memoised per (part, request_due): every agency holding a part asks
        again. Keyed by id(part), safe because the entry keeps the part alive."""
        key = (id(part), request_due)
        hit = self._memo.get(key)
        if hit is None:
            hit = self._memo[key] = (part, tuple(self._occurrences(part, request_due)))
        return hit[1]

    def _occurrences(self, part: DeadlinePart, request_due: date | None) -> list[Occurrence]:
        if isinstance(part, DatePart):
            return [Occurrence(part, None, self.last_day(part.date, part.qualifier))]
        if isinstance(part, MonthEndPart):
            written = month_end(*parse_month(part.month))
            return [Occurrence(part, None, self.last_day(written))]
        if isinstance(part, AnnualPart | MonthlyPart | QuarterlyPart | SemiannualPart):
            return list(self._periodic(part))
        if isinstance(part, RelativePart):
            return self._relative(part)
        if part.kind in DATED_BY_REQUEST:
            return [Occurrence(part, None, request_due)]
        return [Occurrence(part, None, None)]

    def _periodic(self, part: AnnualPart | PeriodicPart) -> Iterator[Occurrence]:
        start, horizon = self.settings.start, self.settings.horizon
        for period, begins, written in _schedule(part, start.year):
            due = self.last_day(written, getattr(part, "qualifier", "by"))
            if due < start:
                continue
            if horizon and begins > horizon:
                return
            yield Occurrence(part, period, due)
            if due > self.window_end:
                return  # the first one after the window is shown, then stop

    def _relative(self, part: RelativePart) -> list[Occurrence]:
        dates = self.events.get(part.event, [])
        if not dates:
            return [Occurrence(part, None, None)]
        if part.event not in self.yearly:
            dates = dates[:1]
        years = Counter(d.year for d in dates)
        out = []
        for event_day in dates:
            written = self._counted(event_day, part)
            period = (None if part.event not in self.yearly
                      else str(event_day.year) if years[event_day.year] == 1
                      else event_day.isoformat())
            out.append(Occurrence(part, period, self.last_day(written)))
        return out


    def _counted(self, event_day: date, part: RelativePart) -> date:
        """The written last day of a relative part, counted from the day after the event."""
        if part.months is not None:
            return event_day + relativedelta(months=part.months)  # clamped to the month's end
        assert part.days is not None
        if part.working_days:
            return self.calendar.add_working_days(event_day, part.days)
        return event_day + timedelta(days=part.days)


PERIOD_MONTHS = {"monthly": 1, "quarterly": 3, "semiannual": 6}
"""Months in one period of each periodic kind but annual."""


def period_name(year: int, kind: str, index: int) -> str:
    """2021-M07, 2021-Q3, 2021-H1: the `index`-th (1-based) period of the year."""
    if kind == "monthly":
        return f"{year}-M{index:02d}"
    return f"{year}-{'Q' if kind == 'quarterly' else 'H'}{index}"


def _schedule(part: AnnualPart | PeriodicPart,
              first_year: int) -> Iterator[tuple[str, date, date]]:
    """(period, the period's first day, written due date) for ever, from
    `first_year` on; periods come in order of their first day."""
    year = first_year - 1
    while True:
        year += 1
        if isinstance(part, AnnualPart):
            day, month = parse_day_month(part.on)
            named = year + 1 if part.for_next_year else year
            yield str(named), date(named, 1, 1), date(year, month, day)
            continue
        months = PERIOD_MONTHS[part.kind]
        for index in range(1, 12 // months + 1):
            yield (period_name(year, part.kind, index), date(year, index * months - months + 1, 1),
                   _period_due(part, year, index * months))


def _period_due(part: PeriodicPart, year: int, last_month: int) -> date:
    """The written due date of the period whose last month is `last_month`."""
    end = month_end(year, last_month)
    if part.day_of_last_month is not None:
        return end.replace(day=min(part.day_of_last_month, end.day))
    return end + timedelta(days=part.days_after_end)
