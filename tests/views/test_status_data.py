"""The status cache's record of a row follows the row's own fields: a field
added to StatusRow, PlanInfo or AgencyInfo is cached and read back, never a
silent permanent miss."""

from __future__ import annotations

from datetime import date

from cchc_plan.app import status
from cchc_plan.views.status import AgencyInfo, PlanInfo, StatusRow
from cchc_plan.views.status_data import (
    AGENCY_KINDS,
    PLAN_KINDS,
    ROW_KINDS,
    snapshot_data,
    snapshot_from_data,
)
from helpers import KRONG_PA


def test_kinds_follow_the_fields() -> None:
    assert len(ROW_KINDS) == len(StatusRow._fields)
    assert len(AGENCY_KINDS) == len(AgencyInfo.__dataclass_fields__)
    assert len(PLAN_KINDS) == len(PlanInfo.__dataclass_fields__) - 2  # rules and sections apart
    assert ROW_KINDS[StatusRow._fields.index("due")] == "date?"


def test_a_snapshot_reads_back_as_it_was() -> None:
    snap = status(KRONG_PA, as_of=date(2020, 9, 15), use_cache=False)
    again = snapshot_from_data(snapshot_data(snap))
    assert again.rows == snap.rows
    assert again.agencies == snap.agencies
    assert again.plan == snap.plan
