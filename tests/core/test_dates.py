"""Date parsing: ISO and day-first Vietnamese forms, never month first."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_plan.core.dates import DateError, parse_date, parse_day_month, parse_month


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
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
