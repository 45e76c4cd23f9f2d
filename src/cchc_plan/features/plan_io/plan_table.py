"""The plan laid out as its appendix table (Phụ lục): section rows, one row a
task, and the cells a heading shares with its sub-items merged down over them.

This is the layout `cchc plan export` writes and `cchc plan import` reads back:
- a heading (a task without a lead of its own, e.g. 3 over 3.1-3.3) whose cell
  is empty while all its sub-items have the same text there gets that text in
  one cell merged from the heading down over the sub-items;
- sibling sub-items next to each other with the same text share one merged cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from cchc_plan.core.messages import Msg
from cchc_plan.features.plan_io.reader.appendix import SourceRow
from cchc_plan.features.plan_io.reader.cells import task_cells
from cchc_plan.features.plan_io.reader.rows import SHAREABLE
from cchc_plan.load.models import Plan, Task

COLUMNS = ("number", "task", "outputs", "lead", "coordinating", "deadline")
"""The six columns every plan's appendix has, in the usual order."""


@dataclass(frozen=True)
class AppendixView:
    plan: Plan
    rows: list[SourceRow]
    headings: frozenset[int]
    """Indexes of the rows that are headings over sub-items (printed in bold)."""


def appendix_view(plan: Plan) -> AppendixView:
    rows: list[SourceRow] = []
    owners: list[Task | None] = []
    titles = {s.id: s.title for s in plan.sections}
    section: str | None = None
    for task in plan.tasks:
        if task.section != section and task.section is not None:
            section = task.section
            rows.append(section_row(section, titles.get(section, "")))
            owners.append(None)
        rows.append(task_row(task))
        owners.append(task)
    shown = {t.section for t in plan.tasks}
    for extra in plan.sections:
        if extra.id not in shown:
            rows.append(section_row(extra.id, extra.title))
            owners.append(None)
    share_cells(rows, owners)
    headings = frozenset(i for i, t in enumerate(owners) if t is not None and t.is_heading)
    return AppendixView(plan, rows, headings)


def section_row(ident: str, title: str) -> SourceRow:
    return SourceRow("section", ident, {"task": title} if title else {}, Msg(""))


def task_row(task: Task) -> SourceRow:
    cells = {k: v for k, v in task_cells(task).items() if k != "number" and v}
    return SourceRow("item", task.id, cells, Msg(""))


def share_cells(rows: list[SourceRow], owners: list[Task | None]) -> None:
    """Mark the cells merged with the row above (see the module's docstring)."""
    for start, task in enumerate(owners):
        children = children_after(owners, start)
        if task is None or not task.is_heading or not children:
            continue
        for column in SHAREABLE:
            texts = {rows[i].cells.get(column, "") for i in children}
            if not rows[start].cells.get(column) and len(texts) == 1 and "" not in texts:
                rows[start].cells[column] = texts.pop()
                for i in children:
                    rows[i].shared = rows[i].shared | {column}
    for i in range(1, len(rows)):
        above, row, task, before = rows[i - 1], rows[i], owners[i], owners[i - 1]
        if task is None or before is None or task.parent is None \
                or task.parent != before.parent:
            continue
        for column in SHAREABLE:
            text = row.cells.get(column, "")
            if text and text == above.cells.get(column):
                row.shared = row.shared | {column}


def children_after(owners: list[Task | None], start: int) -> list[int]:
    """The rows right after `start` whose task is a sub-item of its task."""
    parent = owners[start]
    found = []
    for i in range(start + 1, len(owners)):
        task = owners[i]
        if parent is None or task is None or task.parent != parent.id:
            break
        found.append(i)
    return found
