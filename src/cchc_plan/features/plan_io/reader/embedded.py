"""The records `cchc plan export` carries inside a .docx, merged with the table.

The exported file holds the plan as JSON in a custom XML part (Word and
LibreOffice keep such parts when they save). The part is untrusted input like
the rest of the file, and what people read and sign in Word is what is
imported (issue 25): the visible table is always read, and a record is used
only where it agrees with it.

- A row whose cells still read as exported gets its record back (title, keys,
  labels, notes, the structured deadline) only if the record also means what
  the visible cells say: its deadline, re-parsed from the cell's prose, gives
  the same kinds, dates, offsets, levels and holders (`same_deadline`; keys,
  labels and the basis text are the record's), and every agency it names is
  named by the cell's text (`named_in`). Where not, the cell's reading is
  kept for that column and the record gets a `review:` note saying so.
- A row changed in Word keeps what its unchanged cells stood for and has its
  changed cells read again, with a note; a new row is read like any other.
- The document, settings, report wording, milestones and events are not in
  the table: they are taken from the record (a round trip keeps them), and
  each one that differs from what the table alone gives is listed in the
  plan's `review:` for a person to confirm (`embedded_only`).

The part is size-bounded and validated, and ignored (with a note) when it
does not hold a valid plan.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import msg
from cchc_plan.core.text import fold
from cchc_plan.features.plan_io.reader.cells import same_text, task_cells
from cchc_plan.features.plan_io.reader.package import MAX_PART_BYTES, Package, embedded_text
from cchc_plan.features.plan_io.reader.rows import ItemDraft
from cchc_plan.load.models import AgencyRegistry, Plan, Task

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
    disagreed: dict[str, list[str]] = field(default_factory=dict)
    """Rows whose record says otherwise than the visible cells: the cells won."""
    embedded_only: list[str] = field(default_factory=list)
    """Settings, report sentences, ... only the record holds, listed for review."""


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


def merge(fresh: dict[str, Any], items: list[ItemDraft], carried: Plan, lang: Lang,
          registry: AgencyRegistry | None = None) -> tuple[dict[str, Any], Carried]:
    """The fresh draft with the carried records put back where the table agrees
    (agencies judged against `registry`'s names); notes in `lang`."""
    old = {task.id: task for task in carried.tasks}
    names = agency_names(registry)
    report = Carried()
    tasks = []
    for item, new in zip(items, fresh["tasks"], strict=True):
        record = old.get(item.id)
        if record is None:
            tasks.append(new)
            continue
        changed = changed_cells(item, record)
        if changed:
            report.changed[item.id] = changed
            note = msg("import.changed-in-word", columns=", ".join(changed)).text(lang)
            tasks.append(updated(record, new, changed, note))
            continue
        disagree = disagreements(record, new, item, names)
        if disagree:
            report.disagreed[item.id] = disagree
            note = msg("import.embedded-disagrees", columns=", ".join(disagree)).text(lang)
            tasks.append(updated(record, new, disagree, note))
            continue
        report.kept.append(item.id)
        tasks.append({**dump_task(record), "section": new["section"], "parent": new["parent"]})
    seen = {t["id"] for t in tasks}
    report.dropped = [t.id for t in carried.tasks if t.id not in seen]
    merged = {**carried.model_dump(mode="json"), "tasks": tasks,
              "sections": sections(fresh["sections"], carried)}
    merged["events"] = events(merged, fresh["events"])
    report.embedded_only = embedded_only(merged, fresh)
    merged["review"] = [*merged.get("review", []), *(
        msg("import.embedded-only", value=line).text(lang) for line in report.embedded_only)]
    return merged, report


IGNORED = frozenset({"key", "label", "basis", "event"})
"""What a deadline part may carry that its cell's prose cannot say: names and
descriptions, not dates (a relative part's days and months are compared; the
event's dates come from the agencies' files)."""
UNDATED = frozenset({"ongoing", "on_request", "per_regulation", "unspecified"})


def disagreements(record: Task, new: dict[str, Any], item: ItemDraft,
                  names: Names) -> list[str]:
    """The columns in which the record means otherwise than the visible cells."""
    found = [] if same_deadline(record, new) else ["deadline"]
    for column in ("lead", "coordinating"):
        if not same_agencies(list(getattr(record, column)), list(new[column]),
                             item.cells.get(column, ""), names):
            found.append(column)
    return found


def same_agencies(ids: list[str], fresh: list[str], cell: str, names: Names) -> bool:
    """Whether the record's agencies are what the cell names: each one is named
    by the cell's text, read from it, or a member of a group read from it (a
    narrower reading of "Các phòng ban, đơn vị có giải quyết TTHC"); and each
    agency read from the cell is kept or narrowed, none dropped."""
    if ids == fresh:
        return True
    members = names.members

    def within(ident: str, group: str) -> bool:
        return ident == group or ident in members.get(group, set())

    return (all(named_in(i, cell, names) or any(within(i, f) for f in fresh) for i in ids)
            and all(any(within(i, f) for i in ids) for f in fresh))


def same_deadline(record: Task, new: dict[str, Any]) -> bool:
    """Whether the record's deadline parts mean what the cell's prose, re-read,
    means: same kinds, dates, offsets and levels, each part held by the same
    agencies or fewer (the record may say that a dated part is the lead's alone,
    which prose rarely says, never that more agencies hold it), plus at most
    parts that never fall due (a lead's ongoing "theo dõi, đôn đốc"); an undated
    record part may stand where the prose could not be read."""
    try:
        fresh = Task.model_validate({**dump_task(record), "deadline": new["deadline"]}).deadline
    except ValidationError:
        return False
    mine = sorted(map(_meaning, (p for p in record.deadline if p.kind != "ongoing")))
    theirs = sorted(map(_meaning, (p for p in fresh if p.kind != "ongoing")))
    if len(mine) == len(theirs) and all(
            a == b or _narrower(a, b) for a, b in zip(mine, theirs, strict=True)):
        return True
    unread = all(p.kind == "unspecified" for p in fresh)
    return unread and all(p.kind in UNDATED for p in record.deadline)


def _narrower(mine: tuple[str, str], theirs: tuple[str, str]) -> bool:
    """Same meaning, held by a part of those the prose gives ("all")."""
    return mine[0] == theirs[0] and theirs[1] == "all"


def _meaning(part: Any) -> tuple[str, str]:
    """What a part says apart from who holds it, and who holds it."""
    data = part.model_dump(mode="json", exclude_defaults=True)
    data = {k: v for k, v in data.items() if k not in IGNORED and k != "holders"}
    if isinstance(data.get("level"), str):
        data["level"] = fold(data["level"])
    return json.dumps(data, sort_keys=True), str(part.holders or part.held_by_default)


@dataclass
class Names:
    """What the registry calls each agency (folded), and each group's members
    (transitively)."""

    names: dict[str, list[str]] = field(default_factory=dict)
    members: dict[str, set[str]] = field(default_factory=dict)


def agency_names(registry: AgencyRegistry | None) -> Names:
    if registry is None:
        return Names()
    found = Names()
    for entry in [*registry.agencies, *registry.groups]:
        words = [getattr(entry, "name", None), getattr(entry, "short", None),
                 *(getattr(entry, "aliases", None) or [])]
        found.names[entry.id] = [fold(w) for w in words if w]
    direct = {g.id: set(g.members) for g in registry.groups}
    for group in direct:
        seen: set[str] = set()
        todo = list(direct[group])
        while todo:
            ident = todo.pop()
            if ident not in seen:
                seen.add(ident)
                todo += direct.get(ident, set())
        found.members[group] = seen
    return found


def named_in(ident: str, cell: str, names: Names) -> bool:
    """Whether the cell's text names the agency `ident` (any of its names)."""
    text = fold(cell)
    return any(name and name in text for name in names.names.get(ident, []))


ONLY_IN_RECORD = ("document", "settings", "report", "milestones", "events")


def embedded_only(merged: dict[str, Any], fresh: dict[str, Any]) -> list[str]:
    """`path: value` of each setting, report sentence, document field, milestone
    and event the record gives and the table alone does not."""
    with contextlib.suppress(ValidationError):  # the table alone, with the defaults
        fresh = Plan.model_validate(fresh).model_dump(mode="json")
    lines = []
    for key in ONLY_IN_RECORD:
        mine, theirs = _leaves(merged.get(key), key), _leaves(fresh.get(key), key)
        lines += [f"{path}: {json.dumps(value, ensure_ascii=False)[:160]}"
                  for path, value in mine.items() if theirs.get(path) != value]
    return lines


def _leaves(value: Any, path: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return {k: v for key, item in value.items() for k, v in _leaves(item, f"{path}.{key}")
                .items()}
    if isinstance(value, list) and value and isinstance(value[0], dict):  # one line an item
        return {f"{path}[{index}]": item for index, item in enumerate(value)}
    return {} if value is None or value == [] or value == {} else {path: value}


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
