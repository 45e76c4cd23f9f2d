"""The round-trip edit of agency files: only the values that change change."""

from __future__ import annotations

import difflib
from datetime import date

from cchc_plan.features.progress_form.yaml_edit import Change, apply_changes, carry_over

FILE = """\
# the agency's own comment
schema_version: 1
agency:   phong-tu-phap    # spaced as someone typed it
contact: {name: Rơ Mah Hiếu, position: Trưởng phòng}
updated: 01/09/2020
tasks:
- task: "8"   # row 8 of the plan
  status: in_progress
  assignee:
    name: Nay Thị Bình
  custom_note_by_hand: kept
- task: '15'
  periods:
  - {period: 2020-Q3, status: not_started}
"""
ORDER = ["IV.1", "8", "9", "15"]


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.ndiff(before.splitlines(), after.splitlines())
            if line[:1] in "+-"]


def test_no_change_is_the_same_text() -> None:
    assert apply_changes(FILE, [], ORDER) is FILE


def test_a_layout_ruamel_would_redo_keeps_its_other_lines() -> None:
    after = apply_changes(FILE, [Change("8", values=(("status", "done"),
                                                     ("completed", date(2020, 9, 10))))], ORDER)
    assert changed_lines(FILE, after) == [
        "-   status: in_progress", "+   status: done", "+   completed: 2020-09-10"]


def test_new_records_go_where_the_plan_puts_them() -> None:
    after = apply_changes(FILE, [
        Change("9", values=(("notes", "mới"),)),
        Change("15", "2020-Q4", None, (("status", "in_progress"),)),
        Change("8", values=(("assignee.position", "Chuyên viên"), ("evidence.0.title", "BC"))),
        Change(None, values=(("contact.phone", "0905 123 456"),)),
    ], ORDER)
    assert changed_lines(FILE, after) == [
        "- contact: {name: Rơ Mah Hiếu, position: Trưởng phòng}",
        "+ contact: {name: Rơ Mah Hiếu, position: Trưởng phòng, phone: 0905 123 456}",
        "+     position: Chuyên viên",
        "+   evidence:", "+   - {title: BC}",
        '+ - task: "9"', "+   notes: mới",
        "+   - {period: 2020-Q4, status: in_progress}",
    ]


def test_clearing_values() -> None:
    text = FILE.replace("  custom_note_by_hand: kept\n",
                        "  notes: cũ\n  evidence:\n  - {title: A}\n  - {title: B}\n")
    after = apply_changes(text, [Change("8", values=(("notes", None), ("evidence.0", None),
                                                     ("assignee.name", None)))], ORDER)
    assert changed_lines(text, after) == [
        "+     name:", "-     name: Nay Thị Bình", "-   notes: cũ", "-   - {title: A}"]


def test_carry_over_replaces_only_the_changed_lines() -> None:
    original = "a:  1\nb: 2\nc:  3\n"
    base = "a: 1\nb: 2\nc: 3\n"
    changed = "a: 1\nb: 5\nc: 3\nd: 4\n"
    assert carry_over(original, base, changed) == "a:  1\nb: 5\nc:  3\nd: 4\n"
