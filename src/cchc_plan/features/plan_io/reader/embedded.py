"""The records `cchc plan export` carries inside a .docx, merged with the table.

The exported file holds the plan as JSON in a custom XML part (Word and
LibreOffice keep such parts when they save). On import, a row whose cells
still read as exported gets its record back whole (title, keys, labels,
notes, every structured deadline); a row changed in Word keeps what its
unchanged cells stood for and has its changed cells read again, with a note;
a new row is read like any other. The document, settings, report wording,
milestones and events come from the records. The part is untrusted input
like the rest of the file: it is size-bounded and validated, and ignored
(with a note) when it does not hold a valid plan.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import msg
from cchc_plan.features.plan_io.reader.cells import same_text, task_cells
from cchc_plan.features.plan_io.reader.package import MAX_PART_BYTES, Package, embedded_text
from cchc_plan.features.plan_io.reader.rows import ItemDraft
from cchc_plan.load.models import Plan, Task

COMPARED = ("task", "outputs", "lead", "coordinating", "deadline")
FIELDS = {"task": ("title", "text"), "outputs": ("outputs",),
          "lead": ("lead", "lead_text"), "coordinating": ("coordinating", "coordinating_text"),
          "deadline": ("deadline_text", "deadline")}
"""The task fields each cell stands for."""


@dataclass
class Carried:
    """What the merge did: rows kept whole, rows changed in Word, records dropped."""

    kept: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)


def read_embedded(package: Package) -> tuple[Plan | None, bool]:
    """(the plan the file carries, whether it carried something unusable)."""
    raw = embedded_text(package)
    if raw is None:
        return None, False
    if len(raw) > MAX_PART_BYTES:
        return None, True
    try:
        return Plan.model_validate(json.loads(raw)), False
    except (ValueError, ValidationError, RecursionError):
        return None, True


def dump_task(task: Task) -> dict[str, Any]:
    return task.model_dump(mode="json")


def merge(fresh: dict[str, Any], items: list[ItemDraft], carried: Plan,
          lang: Lang) -> tuple[dict[str, Any], Carried]:
    """The fresh draft with the carried records put back where the table agrees;
    notes in `lang`."""
    old = {task.id: task for task in carried.tasks}
    report = Carried()
    tasks = []
    for item, new in zip(items, fresh["tasks"], strict=True):
        record = old.get(item.id)
        if record is None:
            tasks.append(new)
            continue
        changed = changed_cells(item, record)
        if not changed:
            report.kept.append(item.id)
            tasks.append({**dump_task(record), "section": new["section"],
                          "parent": new["parent"]})
            continue
        report.changed[item.id] = changed
        note = msg("import.changed-in-word", columns=", ".join(changed)).text(lang)
        tasks.append(updated(record, new, changed, note))
    seen = {t["id"] for t in tasks}
    report.dropped = [t.id for t in carried.tasks if t.id not in seen]
    merged = {**carried.model_dump(mode="json"), "tasks": tasks,
              "sections": sections(fresh["sections"], carried)}
    merged["events"] = events(merged, fresh["events"])
    return merged, report


def changed_cells(item: ItemDraft, record: Task) -> list[str]:
    written = task_cells(record)
    changed = [c for c in COMPARED if not same_text(item.cells.get(c, ""), written[c])]
    if item.heading != record.is_heading and "lead" not in changed:
        changed.append("lead")
    return changed


def updated(record: Task, new: dict[str, Any], changed: list[str],
            note: str) -> dict[str, Any]:
    data = {**dump_task(record), "section": new["section"], "parent": new["parent"]}
    for column in changed:
        for name in FIELDS[column]:
            data[name] = new[name]
    data["review"] = list(dict.fromkeys([*record.review, note, *new["review"]]))
    return data


def sections(fresh: list[dict[str, str]], carried: Plan) -> list[dict[str, str]]:
    """The table's sections, with the carried title where only whitespace differs."""
    titles = {s.id: s.title for s in carried.sections}
    return [{"id": s["id"], "title": titles[s["id"]] if s["id"] in titles
             and same_text(titles[s["id"]], s["title"]) else s["title"]} for s in fresh]


def events(merged: dict[str, Any], fresh: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The carried events, and fresh ones that a re-read deadline now names."""
    have = {e["id"] for e in merged["events"]}
    named = {p["event"] for t in merged["tasks"] for p in t["deadline"]
             if p.get("kind") == "relative"}
    return [*merged["events"], *(e for e in fresh if e["id"] in named - have)]
