"""The official days off of 2020-2022 as the government announced them, pinned
here on their own (issue 27): the other tests compare the engine with the
`holidays` package, which would pass with a package that lacks a day.

Weekdays off for cán bộ, công chức, viên chức (weekends are off anyway):
- Bộ luật Lao động 2012 Điều 115 (2020) and 2019 Điều 112 (2021-): 1/1, Tết (5
  days), Giỗ Tổ Hùng Vương (10/3 âm lịch), 30/4, 1/5, Quốc khánh (2/9; from 2021
  with one day before or after it); a holiday on a weekend is taken on the next
  working day (nghỉ bù).
- Tết Canh Tý 2020: 23/1-29/1/2020 (Thông báo of Bộ LĐTB&XH, as published).
- Tết Tân Sửu 2021: 10/2-16/2/2021; Quốc khánh 2/9 and 3/9/2021 (Thông báo
  4875/TB-LĐTBXH).
- Tết Nhâm Dần 2022: 31/1-4/2/2022; Quốc khánh 1/9 and 2/9/2022 (Công văn
  245/VPCP-KGVX ngày 11/1/2022).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cchc_plan.engine.workdays import WorkCalendar

OFFICIAL = {
    2020: ["1/1", "23/1", "24/1", "27/1", "28/1", "29/1", "2/4", "30/4", "1/5", "2/9"],
    2021: ["1/1", "10/2", "11/2", "12/2", "15/2", "16/2", "21/4", "30/4",
           "3/5",  # 1/5 was a Saturday
           "2/9", "3/9"],
    2022: ["3/1",  # 1/1 was a Saturday
           "31/1", "1/2", "2/2", "3/2", "4/2",
           "11/4",  # Giỗ Tổ, 10/4, was a Sunday
           "2/5", "3/5",  # 30/4 and 1/5 were a Saturday and a Sunday
           "1/9", "2/9"],
}


def official(year: int) -> set[date]:
    return {date(year, int(m), int(d)) for d, m in (day.split("/") for day in OFFICIAL[year])}


@pytest.mark.parametrize("year", sorted(OFFICIAL))
def test_the_weekdays_off_are_the_official_ones(year: int) -> None:
    calendar = WorkCalendar("VN")
    day, found = date(year, 1, 1), set()
    while day.year == year:
        if day.weekday() < 5 and calendar.is_day_off(day):
            found.add(day)
        day += timedelta(days=1)
    assert found == official(year)


def test_before_2_9_2021_ends_on_monday_6_9() -> None:
    """2/9 and 3/9/2021 off, then a weekend: the last day is Monday 6/9."""
    assert WorkCalendar("VN").roll_forward(date(2021, 9, 2)) == date(2021, 9, 6)


def test_ten_working_days_across_tet_2021() -> None:
    """From Friday 5/2/2021: 8, 9, then Tết to 16/2, then 17-19 and 22-26/2."""
    assert WorkCalendar("VN").add_working_days(date(2021, 2, 5), 10) == date(2021, 2, 26)
