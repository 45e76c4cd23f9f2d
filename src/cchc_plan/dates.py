"""Dates as officers write them: ISO `2020-08-17` or Vietnamese `17/8/2020`.

Day first, always: `12/31/2020` is rejected with a hint, never read month first.
Deadlines are dates, not datetimes.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_VN = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})/(\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{4})$|^(\d{4})-(\d{1,2})$")

EXAMPLES = "write 2020-08-17 or 17/8/2020 (day first)"


class DateError(ValueError):
    """A date that cannot be read; the message says why and how to write it."""


def parse_date(value: object) -> date:
    """Read one date; raise DateError with a message an officer can act on."""
    if isinstance(value, datetime):
        raise DateError(f"{value.isoformat()} has a time of day; deadlines are dates: {EXAMPLES}")
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise DateError(f"{value!r} is not a date: {EXAMPLES}")
    text = value.strip()
    if m := _ISO.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _VN.match(text):
        return _make(int(m[3]), int(m[2]), int(m[1]), text)
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}[T ]", text):
        raise DateError(f"{text!r} has a time of day; deadlines are dates: {EXAMPLES}")
    raise DateError(f"{text!r} is not a date: {EXAMPLES}")


def _make(year: int, month: int, day: int, text: str) -> date:
    if not 1 <= month <= 12:
        if 1 <= day <= 12 and 1 <= month <= 31:
            raise DateError(
                f"{text!r}: there is no month {month}; dates are day first, "
                f"so this may mean {month}/{day}/{year}"
            )
        raise DateError(f"{text!r}: there is no month {month}")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateError(f"{text!r}: month {month}/{year} has {last} days")
    return date(year, month, day)


def parse_day_month(value: object) -> tuple[int, int]:
    """`31/12` -> (31, 12); used by annual rules. 29/02 is refused (not every year has it)."""
    text = str(value).strip()
    m = _DAY_MONTH.match(text)
    if not m:
        raise DateError(f"{text!r} is not a day and month: write it as 31/12")
    day, month = int(m[1]), int(m[2])
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2021, month)[1]:
        raise DateError(f"{text!r} is not a day of every year")
    return day, month


def parse_month(value: object) -> tuple[int, int]:
    """`9/2020` or `2020-09` -> (2020, 9)."""
    text = str(value).strip()
    m = _MONTH_YEAR.match(text)
    if not m:
        raise DateError(f"{text!r} is not a month: write it as 9/2020")
    year, month = (int(m[2]), int(m[1])) if m[1] else (int(m[3]), int(m[4]))
    if not 1 <= month <= 12:
        raise DateError(f"{text!r}: there is no month {month}")
    return year, month


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def vn_date(day: date) -> str:
    """17/08/2020, the way Vietnamese documents print a date."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def natural_key(task_id: str) -> tuple[tuple[int, str], ...]:
    """Sort key for printed numbers: 2.9 < 2.10 < 10, IV.1 after digits."""
    return tuple((int(p), "") if p.isdigit() else (1 << 30, p) for p in task_id.split("."))
