"""Links between the site's pages are worked out without the system's
current folder (`page.relative`), as `posixpath.relpath` would give them."""

from __future__ import annotations

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from cchc_plan.features.site.pages.page import relative

PART = st.sampled_from(["co-quan", "nhiem-vu", "bao-cao", "a", "b"])
FILE = st.sampled_from(["index.html", "x.html", "style.css", "a"])


@given(st.lists(PART, max_size=3), FILE, st.lists(PART, max_size=3))
def test_relative_is_relpath(folders: list[str], name: str, here: list[str]) -> None:
    target = "/".join([*folders, name])
    folder = "/".join(here)
    assert relative(target, folder) == posixpath.relpath(target, folder or ".")
