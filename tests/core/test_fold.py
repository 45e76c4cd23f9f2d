"""`fold` takes Vietnamese's marks off in C first: it gives what taking
every combining character off one by one gives, for any text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from cchc_plan.core.text import fold


def fold_by_character(text: str) -> str:
    """`fold` as it was written first."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", bare.lower()).strip()


VIETNAMESE = "Phòng Nội vụ ĐƯỜNG Krông Pa ă â ê ô ơ ư ế ộ ữ ỹ đ"
ODD = "\u034f\u0483\u05b0\u0e31日本ﬁÅ\u2126-_., \t"


@given(st.text(alphabet=st.sampled_from(VIETNAMESE + ODD)) | st.text())
def test_fold_is_the_same_as_by_character(text: str) -> None:
    assert fold(text) == fold_by_character(text)


def test_every_character_of_the_first_plane() -> None:
    for cp in range(0x10000):
        text = f"a{chr(cp)}b"
        assert fold(text) == fold_by_character(text), hex(cp)


def test_names_fold_as_before() -> None:
    assert fold("Phòng Nội vụ") == fold("PHONG NOI VU") == "phong noi vu"
    assert fold(unicodedata.normalize("NFD", "UBND xã Chư Drăng")) == "ubnd xa chu drang"
