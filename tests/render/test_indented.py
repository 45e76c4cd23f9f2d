"""`dumps_indented` writes what `json.dumps(..., ensure_ascii=False, indent=2)` writes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_plan.render.indented import dumps_indented

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text())
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.tuples(inner, inner),
    st.dictionaries(st.text(max_size=6), inner, max_size=4),
    st.dictionaries(st.one_of(st.integers(), st.booleans(), st.none()), inner, max_size=3)),
    max_leaves=30)


@settings(max_examples=400)
@given(VALUES)
def test_as_json_writes_it(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_an_int_subclass_is_left_to_json() -> None:
    class Count(int):
        def __repr__(self) -> str:
            return "Count"

    assert dumps_indented({"n": Count(3)}) == json.dumps({"n": Count(3)}, indent=2)
    assert dumps_indented({"a": "Phòng Nội vụ \u2028 \"x\""}) == json.dumps(
        {"a": "Phòng Nội vụ \u2028 \"x\""}, ensure_ascii=False, indent=2)
