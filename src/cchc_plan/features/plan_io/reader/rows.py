"""The appendix's logical rows arranged as the plan has them: sections, tasks
with their ids and parents, headings and the cells they share with their
sub-items.

- A row without a usable number gets one from the row before (a note says so).
- A numbered sub-item ("2.1", or "33.1" printed under row 34) belongs to the
  top-level row above it, whatever its number says (a note when they differ).
- A row with sub-items under it is a heading (no lead of its own) when its lead
  cell is empty, lists the sub-items' leads ("3.1 Phòng Nội vụ; 3.2 …") or is
  merged down over them; a cell merged from a heading down over its sub-items
  belongs to the sub-items.
- Numbering that starts again in each section (I: 1, 2, 3; II: 1, 2) gives
  section-qualified ids (I.1, II.1, as the shipped plan's IV.1), with a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.features.plan_io.reader.appendix import SourceRow

TASK_ID = re.compile(r"[0-9A-Za-z]+(\.[0-9A-Za-z]+)*")
_KEYED = re.compile(r"(?:^|(?<=[\n;]))\s*(\d+(?:\.\d+)+)\s*[.:)\-–]?\s+")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")
SHAREABLE = ("outputs", "coordinating", "deadline")
"""Cells a heading hands down to its sub-items when merged over them."""


@dataclass
class SectionDraft:
    id: str
    title: str


@dataclass
class ItemDraft:
    id: str
    cells: dict[str, str]
    source: Msg
    section: str | None = None
    parent: str | None = None
    heading: bool = False
    notes: list[Msg] = field(default_factory=list)
    printed: str = ""
    """The number as printed ("" when the row had none)."""


@dataclass
class Structure:
    sections: list[SectionDraft] = field(default_factory=list)
    items: list[ItemDraft] = field(default_factory=list)
    notes: list[Msg] = field(default_factory=list)
    """Notes about the whole plan (sections)."""
    qualified: bool = False
    """Ids were qualified by their section: the numbering restarts in each."""


def arrange(rows: list[SourceRow]) -> Structure:
    """Sections and items of the table, in order."""
    out = Structure()
    section: str | None = None
    top: ItemDraft | None = None
    shared_below: dict[int, frozenset[str]] = {}
    for row in rows:
        if row.kind == "section":
            section = add_section(out, row)
            top = None
            continue
        item = ItemDraft(row.number, dict(row.cells), row.source, section,
                         notes=list(row.notes), printed=row.number)
        settle_id(item, out.items, top)
        if "." in item.id and top is not None:
            item.parent = top.id
            if not item.id.startswith(f"{top.id}."):
                item.notes.append(msg("import.subitem-under", id=item.id, parent=top.id))
        else:
            top = item
        shared_below[len(out.items)] = row.shared
        out.items.append(item)
    mark_headings(out.items, shared_below)
    qualify_restarted(out)
    return out


def qualify_restarted(out: Structure) -> None:
    """Section-qualified ids when a number comes again in another section: the
    numbering restarts in each section, and "2" alone would name two tasks."""
    sections: dict[str, set[str | None]] = {}
    for item in out.items:
        sections.setdefault(item.id, set()).add(item.section)
    if not any(len(found) > 1 for found in sections.values()) or \
            any(item.section is None for item in out.items):
        return
    for item in out.items:
        item.id = f"{item.section}.{item.id}"
        item.parent = f"{item.section}.{item.parent}" if item.parent else None
        item.notes = [n for n in item.notes if n.id != "import.duplicate-number"]
    out.qualified = True
    out.notes.append(msg("import.ids-qualified", example=out.items[0].id))


def add_section(out: Structure, row: SourceRow) -> str:
    number = row.number.rstrip(".")
    if not number:
        number = ROMAN[len(out.sections)] if len(out.sections) < len(ROMAN) \
            else str(len(out.sections) + 1)
        out.notes.append(msg("import.section-number", id=number,
                             title=quoted(row.cells.get("task", ""))))
    out.sections.append(SectionDraft(number, row.cells.get("task", "") or number))
    return number


def settle_id(item: ItemDraft, before: list[ItemDraft], top: ItemDraft | None) -> None:
    """A usable id for a row whose number is missing or not one."""
    if TASK_ID.fullmatch(item.id):
        if any(other.id == item.id for other in before):
            item.notes.append(msg("import.duplicate-number", id=item.id))
        return
    previous = top.id if top is not None else "0"
    head = previous.split(".")[0]
    item.id = str(int(head) + 1) if head.isdigit() else f"{head}1"
    if item.printed:
        item.notes.append(msg("import.number-replaced", raw=quoted(item.printed), id=item.id))
    else:
        item.notes.append(msg("import.number-inferred", id=item.id))


def mark_headings(items: list[ItemDraft], shared_below: dict[int, frozenset[str]]) -> None:
    for index, item in enumerate(items):
        children = [i for i in range(index + 1, len(items)) if items[i].parent == item.id]
        lead = item.cells.get("lead", "")
        keyed = keyed_parts(lead)
        below = shared_below.get(index + 1, frozenset()) if index + 1 in children else frozenset()
        if not children or (lead and not keyed and "lead" not in below):
            continue
        item.heading = True  # its lead, merged down, is the sub-items' own
        for column in SHAREABLE:
            value = item.cells.pop(column, "")
            if column in below or not value:
                continue  # merged down: the sub-items have it already
            if all(not items[i].cells.get(column) for i in children):
                for i in children:
                    items[i].cells[column] = value
                item.notes.append(msg("import.copied-down", column=column))
            else:
                item.cells[column] = value
        for child in (items[i] for i in children):
            if not child.cells.get("lead") and child.id in keyed:
                child.cells["lead"] = keyed[child.id]
                child.notes.append(msg("import.lead-from-heading", parent=item.id))


def keyed_parts(text: str) -> dict[str, str]:
    """"3.1 Phòng Nội vụ; 3.2 Phòng Tư pháp" -> {"3.1": "Phòng Nội vụ", ...};
    {} unless the text starts with such a key."""
    found = list(_KEYED.finditer(text))
    if not found or text[:found[0].start()].strip():
        return {}
    parts = {}
    for m, following in zip(found, [*found[1:], None], strict=True):
        end = following.start() if following else len(text)
        parts[m.group(1)] = text[m.end():end].strip(" ;\n")
    return parts
