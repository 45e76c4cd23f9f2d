"""Date parsing: ISO and day-first Vietnamese forms, never month first."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_plan.core.dates import (
    MAX_YEAR,
    MIN_YEAR,
    DateError,
    parse_date,
    parse_day_month,
    parse_month,
    parse_period,
    period_parts,
)
from cchc_plan.core.messages import InvalidValue


@given(st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31)))
def test_both_forms_round_trip(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day}/{day.month}/{day.year}") == day
    assert parse_date(f"{day.day:02d}/{day.month:02d}/{day.year}") == day


@given(st.text(max_size=30))
def test_any_text_is_a_date_or_a_date_error(text: str) -> None:
    try:
        parsed = parse_date(text)
    except DateError as exc:
        assert str(exc)  # noqa: PT017 (any text: a date or an error, both are fine)
    else:
        assert isinstance(parsed, date)


@pytest.mark.parametrize(("text", "words", "vi"), [
    ("31/02/2020", "29 days", "tháng 2/2020 chỉ có 29 ngày"),
    ("12/31/2020", "day first", "ngày viết trước tháng, có thể ý là ngày 31/12/2020"),
    ("2020-13-01", "no month 13", "không có tháng 13"),
    ("2020-08-17T10:00", "time of day", "có cả giờ"),
    ("hôm qua", "not a date", "'hôm qua' không phải là ngày: viết 2020-08-17 hoặc 17/8/2020"),
])
def test_bad_dates_say_why(text: str, words: str, vi: str) -> None:
    with pytest.raises(DateError, match=words) as info:
        parse_date(text)
    assert words in info.value.text("en")
    assert vi in info.value.text("vi")
    assert info.value.message.id.startswith("date.")


def test_day_first_is_never_month_first() -> None:
    assert parse_date("5/9/2020") == date(2020, 9, 5)


def test_day_month_and_month() -> None:
    assert parse_day_month("31/12") == (31, 12)
    assert parse_month("9/2020") == (2020, 9)
    with pytest.raises(DateError):
        parse_day_month("29/02")
    with pytest.raises(DateError):
        parse_month("13/2020")


# --- periods ------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "period"), [
    ("2021", "2021"), (2021, "2021"), ("năm 2021", "2021"), ("Năm 2021", "2021"),
    ("nam 2021", "2021"), ("2020-Q3", "2020-Q3"), ("2020-q3", "2020-Q3"),
    ("Q3/2020", "2020-Q3"), ("Quý III/2020", "2020-Q3"), ("quý 3/2020", "2020-Q3"),
    ("Quy IV nam 2020", "2020-Q4"), ("QUÝ I/2021", "2021-Q1"), ("2021-03-15", "2021-03-15"),
    ("15/3/2021", "2021-03-15"),
])
def test_period_spellings(written: object, period: str) -> None:
    assert parse_period(written) == period


@pytest.mark.parametrize("bad", ["2021-Q5", "Quý V/2020", "quý", "21", "2021/2022", "31/2/2021"])
def test_bad_periods(bad: str) -> None:
    with pytest.raises(InvalidValue):
        parse_period(bad)


@given(st.integers(min_value=1900, max_value=2999), st.integers(min_value=1, max_value=4))
def test_printed_periods_read_back(year: int, quarter: int) -> None:
    roman = ("I", "II", "III", "IV")[quarter - 1]
    assert parse_period(f"Quý {roman}/{year}") == parse_period(f"{year}-Q{quarter}")
    assert period_parts(parse_period(f"Quý {roman}/{year}")) == (year, quarter, None)
    assert parse_period(f"Năm {year}") == str(year)


@given(st.text(max_size=30))
def test_any_text_is_a_period_or_an_error(text: str) -> None:
    try:
        parsed = parse_period(text)
    except InvalidValue:
        return
    assert parse_period(parsed) == parsed


def test_periods_are_ascii() -> None:
    with pytest.raises(InvalidValue):
        parse_period("٢٠٢١")  # Arabic-Indic digits: not a year an officer typed


@pytest.mark.parametrize("text", ["0000-01-01", "1/1/0001", "1899-12-31", "2200-01-01",
                                  "9999-12-31", "31/12/9999", "9/9999"])
def test_years_outside_the_range_are_refused(text: str) -> None:
    """Issue 12: year 0 made Python's date fail (exit 3); 9999 made the engine overflow."""
    with pytest.raises(DateError, match="1900-2199"):
        parse_month(text) if text.count("/") == 1 else parse_date(text)
