"""Line breaking for Excel row heights and the masthead (render.textfit)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cchc_plan.render.textfit import balanced, text_width, wrap


def test_words_fill_a_line_then_break() -> None:
    width = text_width("Phòng Nội vụ", 13)
    assert wrap("Phòng Nội vụ huyện Krông Pa", width, 13) == ["Phòng Nội vụ", "huyện Krông", "Pa"]


def test_explicit_breaks_are_kept() -> None:
    assert wrap("a\nb", 100, 13) == ["a", "b"]


def test_balanced_lines_are_even() -> None:
    width = text_width("ỦY BAN NHÂN DÂN HUYỆN", 13, bold=True)
    assert balanced("ỦY BAN NHÂN DÂN HUYỆN KRÔNG PA", width, 13, bold=True) \
        == "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PA"


def test_a_word_wider_than_the_box_is_cut_into_pieces_that_fit() -> None:
    word = "x" * 100_000  # an agency can paste anything; this once took minutes
    width = text_width("x" * 7, 11)
    pieces = wrap(word, width, 11)
    assert "".join(pieces) == word
    assert {len(p) for p in pieces[:-1]} == {7}
    assert len(pieces[-1]) == len(word) % 7


@given(st.text(max_size=300), st.floats(min_value=1, max_value=200), st.booleans())
def test_every_line_fits_unless_it_is_one_word_or_one_character(
        text: str, width: float, bold: bool) -> None:
    lines = wrap(text, width, 11, bold)
    assert len(lines) >= text.count("\n") + 1
    for line in lines:
        assert text_width(line, 11, bold) <= width or " " not in line or len(line) == 1
