"""`cchc status --format json` is written in parts as it is made: the parts
join to the same text however many rows a part holds, in the layout it had
when it was one string."""

from __future__ import annotations

import json
from datetime import date

import pytest

from cchc_plan import app as lib
from cchc_plan.render import machine
from cchc_plan.views.overview import overview
from cchc_plan.views.status import Filters
from helpers import KRONG_PA


@pytest.mark.parametrize("as_of", [date(2020, 9, 15), date(2019, 1, 1)])
def test_parts_join_to_the_whole_text(as_of: date) -> None:
    snapshot = lib.status(KRONG_PA, as_of=as_of, use_cache=False)
    for only in (None, "overdue"):
        view = overview(snapshot, Filters(only=only))
        whole = "".join(machine.status_json_parts(view))
        for size in (1, 3, 10_000):
            assert "".join(machine.status_json_parts(view, size)) == whole
        data = json.loads(whole)
        assert data["rows"] == [machine.obligation_record(row) for row in view.shown]
        body = whole.split('"rows": ', 1)[1]
        lines = list(machine.obligation_lines(view.shown))
        listed = "[\n" + ",\n".join(lines) + "\n]" if lines else "[]"
        assert body == listed.replace("\n", "\n  ") + "\n}\n"  # the layout before issue 28


def test_the_pieces_of_a_line_are_the_fields_in_order() -> None:
    assert tuple(k for keys in machine.PIECES for k in keys) == machine.OBLIGATION_FIELDS
