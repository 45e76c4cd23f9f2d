"""A task as the appendix table shows it: one text per logical column.

`cchc plan export` writes these cells; `cchc plan import` compares what it
reads with them, so that a record carried in the exported file (its title,
keys, labels, notes) is kept exactly while the person has not changed its row
in Word.
"""

from __future__ import annotations

import re

from cchc_plan.load.models import Task

BULLET = "- "
_BULLET = re.compile(r"^\s*(?:[-–—•·+*▪●○◦]+|\d{1,2}[.)])\s*")


def task_cells(task: Task) -> dict[str, str]:
    """Logical column -> text, as a Word appendix shows the task."""
    return {
        "number": task.id,
        "task": task.text or task.title,
        "outputs": "\n".join(f"{BULLET}{output}" for output in task.outputs),
        "lead": task.lead_text,
        "coordinating": task.coordinating_text,
        "deadline": task.deadline_text,
        "note": "",
    }


def outputs_of(cell: str) -> list[str]:
    """The outputs listed in a cell: one a line, bullets and numbers dropped."""
    items = (_BULLET.sub("", line).strip() for line in cell.split("\n"))
    return [item for item in items if item]


def same_text(first: str, second: str) -> bool:
    """Equal but for whitespace (Word rewraps, joins and splits runs)."""
    return first.split() == second.split()
