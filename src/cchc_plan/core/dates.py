"""Dates as officers write them: ISO `2020-08-17` or Vietnamese `17/8/2020`.

Day first, always: `12/31/2020` is rejected with a hint, never read month first.
Deadlines are dates, not datetimes.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from datetime import date, datetime
from functools import cache

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import InvalidValue, msg, quoted, text
from cchc_plan.core.text import fold

MIN_YEAR, MAX_YEAR = 1900, 2199
"""The years cchc reads a date in. Every date it works out from one (at most
3660 days after an event, a quarter's end, a roll to the next working day)
stays far inside what Python's dates can hold, so no file can make the
deadline engine overflow; 1900 is where spreadsheets' dates begin."""

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_VN = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})/(\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{4})$|^(\d{4})-(\d{1,2})$")


class DateError(InvalidValue):
    """A date that cannot be read; its message (a `date.*` catalog message)
    says why and how to write it."""


class PeriodError(InvalidValue):
    """A period (`2021`, `2021-Q3`) that cannot be read."""


def _error(message_id: str, **params: object) -> DateError:
    return DateError(msg(message_id, **params))


def parse_date(value: object) -> date:
    """Read one date; raise DateError with a message an officer can act on."""
    if isinstance(value, datetime):
        raise _error("date.time-of-day", value=value.isoformat())
    if isinstance(value, date):
        return _in_range(value, value.isoformat())
    if not isinstance(value, str):
        raise _error("date.not-a-date", value=quoted(value))
    if len(value) == 10 and value[4] == value[7] == "-" and value.isascii():
        with contextlib.suppress(ValueError):  # the usual ISO form, read quickly
            day = date.fromisoformat(value)
            if MIN_YEAR <= day.year <= MAX_YEAR:
                return day
    text = value.strip()
    if m := _ISO.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _VN.match(text):
        return _make(int(m[3]), int(m[2]), int(m[1]), text)
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}[T ]", text):
        raise _error("date.time-of-day", value=quoted(text))
    raise _error("date.not-a-date", value=quoted(text))


def _in_range(day: date, text: str) -> date:
    _check_year(day.year, text)
    return day


def _check_year(year: int, text: str) -> None:
    """Years are read in MIN_YEAR..MAX_YEAR only, so no date can overflow."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _error("date.out-of-range", value=quoted(text), low=MIN_YEAR, high=MAX_YEAR)


def _make(year: int, month: int, day: int, text: str) -> date:
    _check_year(year, text)
    if not 1 <= month <= 12:
        if 1 <= day <= 12 and 1 <= month <= 31:
            raise _error("date.month-first", value=quoted(text), month=month,
                         meant=f"{month}/{day}/{year}")
        raise _error("date.no-month", value=quoted(text), month=month)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise _error("date.month-days", value=quoted(text), month=month, year=year, days=last)
    return date(year, month, day)


def parse_day_month(value: object) -> tuple[int, int]:
    """`31/12` -> (31, 12); used by annual rules. 29/02 is refused (not every year has it)."""
    text = str(value).strip()
    m = _DAY_MONTH.match(text)
    if not m:
        raise _error("date.not-day-month", value=quoted(text))
    day, month = int(m[1]), int(m[2])
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2021, month)[1]:
        raise _error("date.not-every-year", value=quoted(text))
    return day, month


def parse_month(value: object) -> tuple[int, int]:
    """`9/2020` or `2020-09` -> (2020, 9)."""
    text = str(value).strip()
    m = _MONTH_YEAR.match(text)
    if not m:
        raise _error("date.not-a-month", value=quoted(text))
    year, month = (int(m[2]), int(m[1])) if m[1] else (int(m[3]), int(m[4]))
    _check_year(year, text)
    if not 1 <= month <= 12:
        raise _error("date.no-month", value=quoted(text), month=month)
    return year, month


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def vn_date(day: date) -> str:
    """17/08/2020, the way Vietnamese documents print a date."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


@cache
def natural_key(task_id: str) -> tuple[tuple[int, str], ...]:
    """Sort key for printed numbers: 2.9 < 2.10 < 10, IV.1 after digits.
    Remembered: a province sorts tens of thousands of rows by a few dozen ids."""
    return tuple((int(p), "") if p.isdigit() else (1 << 30, p) for p in task_id.split("."))


# --- periods -----------------------------------------------------------------------

_PERIOD_YEAR = re.compile(r"^(?:nam )?(\d{4})$", re.ASCII)
_PERIOD_QUARTER = re.compile(r"^(?:quy |q ?)(iv|iii|ii|i|[1-4]) (?:nam )?(\d{4})$", re.ASCII)
_PERIOD_YEAR_QUARTER = re.compile(r"^(\d{4}) q([1-4])$", re.ASCII)
_ROMAN_QUARTERS = ("i", "ii", "iii", "iv")
_PERIOD_YEAR_HALF = re.compile(r"^(\d{4}) h([12])$", re.ASCII)
_PERIOD_HALF = re.compile(r"^h([12]) (?:nam )?(\d{4})$|^6 thang (dau|cuoi) nam (\d{4})$",
                          re.ASCII)
_PERIOD_YEAR_MONTH = re.compile(r"^(\d{4}) m(0?[1-9]|1[0-2])$", re.ASCII)
_PERIOD_MONTH = re.compile(r"^(?:thang |t)(0?[1-9]|1[0-2]) (?:nam )?(\d{4})$", re.ASCII)


def parse_period(value: object) -> str:
    """A period as officers write it, in its canonical form:

    - a year: `2021`, `năm 2021`, `Nam 2021` -> `2021`;
    - a half-year: `2021-H1`, `H1/2021`, `6 tháng đầu năm 2021` -> `2021-H1`;
    - a quarter: `2021-Q3`, `Q3/2021`, `Quý III/2021`, `quy 3 nam 2021` -> `2021-Q3`;
    - a month: `2021-M07`, `2021-M7`, `tháng 7/2021`, `T7/2021` -> `2021-M07`;
    - one occurrence of an event, by the event's date (`2021-03-15` or
      `15/3/2021`) -> `2021-03-15`, used when an event happens twice in a year.
    Raises PeriodError otherwise."""
    text = str(value).strip()
    if _ISO.match(text) or _VN.match(text):
        return parse_date(text).isoformat()
    folded = fold(text)
    if m := _PERIOD_YEAR.match(folded):
        return m[1]
    if m := _PERIOD_YEAR_QUARTER.match(folded):
        return f"{m[1]}-Q{m[2]}"
    if m := _PERIOD_QUARTER.match(folded):
        quarter = m[1] if m[1].isdigit() else str(_ROMAN_QUARTERS.index(m[1]) + 1)
        return f"{m[2]}-Q{quarter}"
    if m := _PERIOD_YEAR_HALF.match(folded):
        return f"{m[1]}-H{m[2]}"
    if m := _PERIOD_HALF.match(folded):
        return f"{m[2]}-H{m[1]}" if m[1] else f"{m[4]}-H{1 if m[3] == 'dau' else 2}"
    if m := (_PERIOD_YEAR_MONTH.match(folded) or _PERIOD_MONTH.match(folded)):
        year, month = (m[1], m[2]) if len(m[1]) == 4 else (m[2], m[1])
        return f"{year}-M{int(month):02d}"
    raise PeriodError(msg("bad-id.period", value=quoted(value)))


def period_parts(period: str) -> tuple[int, int | None, date | None]:
    """(year, quarter, event date) of a canonical period: `2021-Q3` -> (2021, 3, None),
    `2021` -> (2021, None, None), `2021-03-15` -> (2021, None, date(2021, 3, 15))."""
    if "-Q" in period:
        year, quarter = period.split("-Q")
        return int(year), int(quarter), None
    if m := _ISO.match(period):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day.year, None, day
    return int(period[:4]), None, None


def period_label(period: str | None, lang: Lang) -> str:
    """A canonical period as people read it (and `parse_period` reads back):
    `2020-Q3` -> "Quý III/2020", `2021-H1` -> "6 tháng đầu năm 2021",
    `2021-M07` -> "Tháng 7/2021", `2021` -> "Năm 2021", an event's date ->
    "Đợt 15/03/2021". The one wording of status, reports, the site and the form."""
    if not period:
        return ""
    if "-H" in period:
        year, half = period.split("-H")
        return text("report.period-first-half" if half == "1" else "report.period-second-half",
                    lang, year=year)
    if "-M" in period:
        year, month = period.split("-M")
        return text("report.period-month", lang, month=int(month), year=year)
    year_number, quarter, day = period_parts(period)
    if quarter:
        roman = _ROMAN_QUARTERS[quarter - 1].upper()
        return text("report.period-quarter", lang, quarter=roman if lang == "vi" else quarter,
                    year=year_number)
    if day:
        return text("period.event", lang, date=vn_date(day))
    return text("report.period-year", lang, year=year_number) if period.isdigit() else period
