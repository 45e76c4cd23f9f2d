"""`DueDates.occurrences` is memoised per (part, request_due): asking again gives
the same answer, and equal parts of different tasks keep their own occurrences."""

from __future__ import annotations

from datetime import date

from cchc_plan.engine.deadlines import DueDates
from cchc_plan.load.models import AnnualPart, OnRequestPart, Settings


def rules() -> DueDates:
    return DueDates(Settings(start=date(2021, 1, 1)), {}, set(), date(2021, 12, 31))


def test_same_part_and_request_date_is_computed_once() -> None:
    r = rules()
    part = AnnualPart(kind="annual", on="15/12")
    first = r.occurrences(part, None)
    assert r.occurrences(part, None) is first
    assert isinstance(first, tuple)
    assert [o.period for o in first][:1] == ["2021"]


def test_request_date_is_part_of_the_key() -> None:
    r = rules()
    part = OnRequestPart(kind="on_request")
    assert [o.due for o in r.occurrences(part, date(2021, 3, 1))] == [date(2021, 3, 1)]
    assert [o.due for o in r.occurrences(part, date(2021, 4, 1))] == [date(2021, 4, 1)]
    assert [o.due for o in r.occurrences(part, None)] == [None]


def test_equal_parts_keep_their_own_occurrences() -> None:
    r = rules()
    one, two = AnnualPart(kind="annual", on="15/12"), AnnualPart(kind="annual", on="15/12")
    assert one == two
    assert one is not two
    assert all(o.part is one for o in r.occurrences(one, None))
    assert all(o.part is two for o in r.occurrences(two, None))
