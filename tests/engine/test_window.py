"""How far ahead obligations are generated is not what counts as due soon."""

from __future__ import annotations

from datetime import date

from cchc_plan.app import open_project
from cchc_plan.engine.obligations import compute_status
from helpers import KRONG_PA


def test_a_long_window_does_not_make_everything_due_soon() -> None:
    project = open_project(KRONG_PA, use_cache=False)
    as_of = date(2020, 9, 15)
    near = compute_status(project, as_of)
    far = compute_status(project, as_of, window_end=date(2022, 12, 31))
    assert len(far.obligations) > len(near.obligations)  # more periods generated
    soon = {(o.task.id, o.agency, o.period) for o in near.obligations if o.due_soon}
    assert soon == {(o.task.id, o.agency, o.period) for o in far.obligations if o.due_soon}
    assert all(o.due and (o.due - as_of).days <= 7 for o in far.obligations if o.due_soon)
