"""Working days: weekends and public holidays of the plan's country.

Used by deadline parts that roll a last day falling on a day off to the next
working day (Bộ luật Dân sự 2015, Điều 148 khoản 5) and by relative parts counted in
working days ("trong 5 ngày làm việc kể từ …"). The holidays are
`load.holidays`'s (the `holidays` package, kept in the user's cache).
"""

from __future__ import annotations

from datetime import date, timedelta

from cchc_plan.load.holidays import holidays_of


class WorkCalendar:
    def __init__(self, country: str | None) -> None:
        self.country = country

    def is_day_off(self, day: date) -> bool:
        if day.weekday() >= 5:
            return True
        if not self.country:
            return False
        return day in holidays_of(self.country, day.year)

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` ("trong 5 ngày làm việc kể từ …")."""
        day = start
        while count > 0:
            day += timedelta(days=1)
            if not self.is_day_off(day):
                count -= 1
        return day

    def roll_forward(self, day: date) -> date:
        """The day itself if it is a working day, else the next working day."""
        for _ in range(60):  # Tết plus a weekend is well under this
            if not self.is_day_off(day):
                return day
            day += timedelta(days=1)
        return day
