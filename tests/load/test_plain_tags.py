"""The loader's tags for plain scalars (remembered after the first time) are
PyYAML's resolver's."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_plan.load.yamlio import _Loader

SCALARS = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"[-+]?[0-9_.,:eE]{1,12}", fullmatch=True),
    st.sampled_from(["yes", "No", "ON", "off", "~", "null", "2020-08-17", "17/8/2020", ".inf",
                     "0x1F", "0o17", "1_000", "12:30:00", "=", "<<", "true", "False"]))


@settings(max_examples=500)
@given(SCALARS)
def test_the_tag_of_a_plain_scalar(value: str) -> None:
    expected = yaml.resolver.Resolver().resolve(  # type: ignore[no-untyped-call]
        yaml.ScalarNode, value, (True, False))
    loader = _Loader("")
    try:
        assert loader.resolve(yaml.ScalarNode, value, (True, False)) == expected
        assert loader.resolve(yaml.ScalarNode, value, (True, False)) == expected  # remembered
        assert loader.resolve(yaml.ScalarNode, value, (False, True)) == "tag:yaml.org,2002:str"
    finally:
        loader.dispose()
