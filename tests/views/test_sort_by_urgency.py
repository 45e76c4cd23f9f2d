"""`sort_by_urgency` (one integer key a row) gives the order of the tuple key
`Obligation.urgency` sorts by."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_plan.core.dates import natural_key
from cchc_plan.engine.vocabulary import STATUS_CODES, urgency_rank
from cchc_plan.views.status import StatusRow, sort_by_urgency


def row_urgency(row: StatusRow) -> tuple[int, int, tuple[tuple[int, str], ...], str]:
    """`Obligation.urgency` of the row's obligation: most urgent first."""
    days = -(row.days_late or 0) if row.status == "overdue" else (row.days_left or 0)
    return (urgency_rank(row.status, row.due_soon), days, natural_key(row.task), row.agency)

TASK_IDS = ["1", "2", "2.1", "02.1", "2.9", "2.10", "10", "IV.1", "IV.10", "a", "1.b"]
DAYS = st.one_of(st.none(), st.integers(-3_660_000, 3_660_000), st.integers(-40, 40))


@st.composite
def rows(draw: st.DrawFn) -> StatusRow:
    status = draw(st.sampled_from(STATUS_CODES))
    return StatusRow(
        task=draw(st.sampled_from(TASK_IDS)), parent=None, section=None, title="",
        agency=draw(st.sampled_from(["a", "b", "phong-noi-vu", "ubnd-xa-z"])),
        agency_name="", role="lead", part="", period=None, due=None, status=status,
        due_soon=draw(st.booleans()), reported=False, readable=True,
        days_late=draw(DAYS), days_left=draw(DAYS), completed=None)


@settings(max_examples=300)
@given(st.lists(rows(), max_size=60))
def test_the_order_of_row_urgency(found: list[StatusRow]) -> None:
    expected = sorted(found, key=row_urgency)
    sort_by_urgency(found)
    assert found == expected
