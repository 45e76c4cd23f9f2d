"""Terminal output with rich: problems, the task and agency lists. Colour only on a
terminal and without NO_COLOR. `cchc status` is `status_view`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.core.problems import Problem
from cchc_plan.render import safe
from cchc_plan.render.problem_lines import ProblemLines, problem_lines

if TYPE_CHECKING:
    from cchc_plan.load.directory import Directory
    from cchc_plan.load.models import Task

def word(key: str, lang: Lang, **params: object) -> str:
    """A label of the catalog's `label.*` entries."""
    return text(f"label.{key}", lang, **params)


def console(stderr: bool = False, soft_wrap: bool = False) -> Console:
    """A console on stdout (or stderr); rich honours NO_COLOR and non-terminals."""
    return Console(stderr=stderr, highlight=False, soft_wrap=soft_wrap,
                   file=sys.stderr if stderr else sys.stdout)


def shorten(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def print_problems(problems: Iterable[Problem], out: Console, lang: Lang) -> None:
    """The problems as `problem_lines` words them, the label coloured by severity."""
    print_lines([problem_lines(p, lang) for p in problems], out)


def print_lines(rows: Iterable[ProblemLines], out: Console) -> None:
    for row in rows:
        line = Text(row.where)
        line.append(row.label, style="red" if row.is_error else "yellow")
        line.append(row.message)
        out.print(line)
        if row.hint is not None:
            out.print(Text(row.hint, style="dim"))


TASK_KEYS = ("task", "section", "title", "lead", "deadline")
AGENCY_KEYS = ("id", "name", "level", "kind")
"""Column titles: `label.<key>` entries of the catalog."""


def tasks_table(tasks: list[Task], lang: Lang, name_of: Callable[[str], str]) -> Table:
    """The plan's tasks; the leads by their names (`name_of` an agency or group
    id), never their ids (issue 27)."""
    table = Table(header_style="bold")
    for key in TASK_KEYS:
        table.add_column(word(key, lang), no_wrap=key in ("task", "section"))
    for task in tasks:
        table.add_row(*cells(task.id, task.section or "", shorten(task.title, 60),
                             ", ".join(name_of(i) for i in task.lead),
                             shorten(task.deadline_text, 50)))
    return table


def cells(*values: str) -> list[Text]:
    """Table cells from data: as Text, so rich never reads markup in them
    (a title `[/x]` made `cchc tasks` crash), with control characters replaced."""
    return [Text(safe.terminal_line(v)) for v in values]


def agencies_table(directory: Directory, lang: Lang) -> Table:
    table = Table(header_style="bold")
    for key in AGENCY_KEYS:
        table.add_column(word(key, lang), no_wrap=key == "id")
    for agency in directory.agencies.values():
        table.add_row(*cells(agency.id, agency.name, agency.level or "", agency.kind or ""))
    for group in directory.groups.values():
        members = ", ".join(directory.expand(group.id))
        table.add_row(*cells(group.id, f"{group.name} ({word('members', lang)}: {members})", "",
                             word("group", lang)))
    return table
