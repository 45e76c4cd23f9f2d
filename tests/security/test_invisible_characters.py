"""Issue 25, defect 6: a zero-width space, joiner, word joiner, a byte order
mark inside text, or a left-to-right / right-to-left mark is invisible, so two
different agency names, assignees or titles could look identical in a report.
They are refused with the rule (and the code) of the other control characters,
and the message says the character is invisible."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import KRONG_PA, copy_repo, run_cli

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u00ad",
             "\u061c", "\u2061"]


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_in_an_assignee_is_refused(tmp_path: Path, char: str) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    target = root / "assignments" / "phong-noi-vu.yaml"
    text = target.read_text(encoding="utf-8")
    assert "name: Nguyễn Thị Hoa" in text
    target.write_text(text.replace("name: Nguyễn Thị Hoa", f"name: Nguyễn{char} Thị Hoa"),
                      encoding="utf-8")
    run = run_cli("validate", "--root", str(root), "--lang", "en")
    assert run.exit_code == 1, run.stdout + run.stderr
    out = run.stdout + run.stderr
    assert "control-character" in out
    assert f"U+{ord(char):04X}" in out
    assert "invisible" in out


def test_an_invisible_character_in_an_agency_name_is_refused(tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    registry = root / "plan" / "agencies.yaml"
    text = registry.read_text(encoding="utf-8")
    assert "Phòng Tư pháp" in text
    registry.write_text(text.replace("Phòng Tư pháp", "Phòng Tư\u200b pháp", 1),
                        encoding="utf-8")
    run = run_cli("validate", "--root", str(root))
    assert run.exit_code == 1
    assert "control-character" in run.stdout + run.stderr
    assert "vô hình" in run.stdout + run.stderr


def test_a_title_with_a_word_joiner_is_refused(tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    plan = root / "plan" / "appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    first = text.index("title: ") + len("title: ")
    plan.write_text(text[:first] + "\u2060" + text[first:], encoding="utf-8")
    run = run_cli("validate", "--root", str(root))
    assert run.exit_code == 1
    assert "U+2060" in run.stdout + run.stderr


def test_a_form_cell_with_a_zero_width_space_is_refused(tmp_path: Path) -> None:
    from formtools import PROGRESS, cell, export, fill, import_forms, row_of

    root = copy_repo(KRONG_PA, tmp_path / "repo")
    form = export(root, "phong-tu-phap", tmp_path / "out")
    row = row_of(form, "9")
    fill(form, {(PROGRESS, cell("assignee", row)): "Nguyễn\u200bVăn A"})
    before = (root / "assignments" / "phong-tu-phap.yaml").read_bytes()
    result = import_forms(root, form)
    assert result.exit_code == 1, result.stdout
    assert "control-character" in result.stderr
    assert "U+200B" in result.stderr
    assert (root / "assignments" / "phong-tu-phap.yaml").read_bytes() == before
