"""Issue 25, defects 1 and 2, on the form side: a returned form is refused
before openpyxl sees it when a range reference would make openpyxl build an
object per covered cell, or when any part declares a DTD or entities, in any
encoding and under any name. Each case reproduced the attack on main first
(C20:XFD1048576: 36.7 s, 1.8 GB; the UTF-16 entity reached the contact name)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cchc_plan.features.progress_form import workbook
from cchc_plan.features.progress_form.form_input import read_form
from cchc_plan.features.progress_form.workbook import read_book
from formtools import import_forms
from helpers import KRONG_PA, copy_repo
from hostile import AGENCY, sound_form, with_entity, with_sheet_xml

PROGRESS = "Tiến độ"


@pytest.fixture
def no_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    """openpyxl must not be reached: the refusal comes from the streamed check."""
    def refuse(*_: Any, **__: Any) -> None:
        raise AssertionError("openpyxl was asked to read a hostile form")
    monkeypatch.setattr(workbook, "_open", refuse)


def refusal(raw: bytes) -> tuple[str, str]:
    book, problems = read_book(raw, "f.xlsx")
    assert book is None
    assert len(problems) == 1, problems
    return problems[0].code, problems[0].message.text("vi")


@pytest.mark.usefixtures("no_openpyxl")
@pytest.mark.parametrize(("edit", "ref"), [
    ("merge", "C20:XFD1048576"),      # the 19 KB form of the issue
    ("merge", "C20:BL20000"),         # inside the row/column limits: 1.2 million cells
    ("hyperlink", "A1:BL20000"),      # over 60 s at 685 MB on main
    ("hyperlink", "A1:A1048576"),
    ("dimension", "A1:XFD1048576"),
    ("validation", "A1:XFD1048576"),
    ("cell", "XFD1048576"),
    ("merge", "A:A"),
    ("merge", "not-a-range"),
])
def test_a_range_past_the_limits_is_refused_naming_the_sheet(edit: str, ref: str) -> None:
    code, message = refusal(with_sheet_xml(sound_form(), edit, ref))
    assert code == "form-too-large"
    assert PROGRESS in message
    assert ref[-7:] in message


def test_many_small_merges_past_the_budget_are_refused() -> None:
    raw = sound_form()
    for first in range(100, 20_000, 2000):  # ten 2000 x 6 merges, each inside the limits
        raw = with_sheet_xml(raw, "merge", f"A{first}:F{first + 1999}")
    code, message = refusal(raw)
    assert code == "form-too-large"
    assert PROGRESS in message


@pytest.mark.usefixtures("no_openpyxl")
@pytest.mark.parametrize("encoding", ["UTF-16", "UTF-16BE", "UTF-8"])
def test_an_entity_in_any_encoding_is_refused(encoding: str) -> None:
    code, _ = refusal(with_entity(sound_form(), encoding))
    assert code == "form-unsafe-xml"


@pytest.mark.usefixtures("no_openpyxl")
@pytest.mark.parametrize("name", ["xl/media/notes", "customXml/item1.dat", "xl/x.bin",
                                  "docProps/custom"])
def test_a_dtd_in_a_part_of_any_name_is_refused(name: str) -> None:
    code, message = refusal(with_entity(sound_form(), "UTF-16", name=name))
    assert code == "form-unsafe-xml"
    assert name in message


def test_a_sound_form_still_reads() -> None:
    book, problems = read_book(sound_form(), "f.xlsx")
    assert problems == []
    assert book is not None
    assert read_form(book).problems == []


def test_a_hostile_form_writes_nothing(tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    target = root / "assignments" / f"{AGENCY}.yaml"
    before = target.read_bytes()
    for index, raw in enumerate([with_entity(sound_form()),
                                 with_sheet_xml(sound_form(), "merge", "C20:XFD1048576")]):
        form = tmp_path / f"phieu-tien-do-{AGENCY}-{index}.xlsx"
        form.write_bytes(raw)
        run = import_forms(root, form)
        assert run.exit_code == 1, run.stdout + run.stderr
        assert target.read_bytes() == before
        assert "Nguyễn Văn Giả" not in target.read_text(encoding="utf-8")


@pytest.mark.usefixtures("no_openpyxl")
def test_a_damaged_zip_is_a_sentence_not_a_traceback() -> None:
    raw = bytearray(sound_form())
    for header, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):  # an unknown method
        at = raw.find(header) + offset
        raw[at:at + 2] = (77).to_bytes(2, "little")
    assert refusal(bytes(raw))[0] == "form-not-xlsx"
