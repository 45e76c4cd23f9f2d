"""Terminal output with rich. Colour only on a terminal and without NO_COLOR."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.table import Table
from rich.text import Text

from cchc_plan.core.dates import vn_date
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.core.problems import Problem
from cchc_plan.engine.vocabulary import STATUS_CODES, TONE, UNDATED, Tone
from cchc_plan.views.status import StatusRow, StatusSnapshot
from cchc_plan.views.summary import summarize

if TYPE_CHECKING:
    from cchc_plan.load.directory import Directory
    from cchc_plan.load.models import Task

TONE_STYLE: dict[Tone, str] = {
    "alarm": "bold red", "warn": "yellow", "wait": "magenta", "calm": "cyan",
    "late": "dark_orange", "good": "green",
}
STATUS_STYLE: dict[str, str] = {code: TONE_STYLE[TONE[code]] for code in STATUS_CODES}


def word(key: str, lang: Lang, **params: object) -> str:
    """A label of the catalog's `label.*` entries."""
    return text(f"label.{key}", lang, **params)


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


def console(stderr: bool = False, soft_wrap: bool = False) -> Console:
    """A console on stdout (or stderr); rich honours NO_COLOR and non-terminals."""
    return Console(stderr=stderr, highlight=False, soft_wrap=soft_wrap,
                   file=sys.stderr if stderr else sys.stdout)


def shorten(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def print_problems(problems: Iterable[Problem], out: Console, lang: Lang) -> None:
    """`path:line:col: error[code]: message`, the hint below; `error[code]` is the
    same in every language (editors and CI match it), the texts are in `lang`."""
    for p in problems:
        line = Text(f"{p.where()}: ")
        line.append(f"error[{p.code}]", style="red")
        line.append(f": {p.text(lang)}")
        out.print(line)
        hint = p.hint_text(lang)
        if hint:
            out.print(Text(text("cli.hint", lang, hint=hint), style="dim"))


def days_text(ob: StatusRow, lang: Lang) -> str:
    if ob.status in ("overdue", "done_late") and ob.days_late:
        return word("days-late", lang, n=ob.days_late)
    if ob.status == "pending" and ob.days_left is not None:
        return word("due-today", lang) if ob.days_left == 0 else word("days-left", lang,
                                                                         n=ob.days_left)
    return ""


COLUMN_WIDTHS = {"title": 40, "agency": 30}


STATUS_KEYS = ("task", "title", "agency", "role", "period", "due", "status", "days")
TASK_KEYS = ("task", "section", "title", "lead", "deadline")
AGENCY_KEYS = ("id", "name", "level", "kind")
"""Column titles: `label.<key>` entries of the catalog."""
SHRINKABLE = ("title", "agency")
MIN_WIDTH = 12
GAP = "  "


def status_table(rows: list[StatusRow], lang: Lang, width: int) -> Text:
    """The rows as an aligned table, one line each, fitted to `width`.

    Laid out here rather than with rich.Table: rich measures every cell and
    took longer than all the rest of `cchc status` (90 ms for 225 rows)."""
    cells = [_status_cells(ob, lang) for ob in rows]
    headers = [word(key, lang) for key in STATUS_KEYS]
    widths = _column_widths(headers, cells, width)
    out = Text(no_wrap=True, overflow="ellipsis")
    out.append(_line(headers, widths), style="bold")
    out.append("\n" + GAP.join("─" * w for w in widths))
    last = len(widths) - 1
    for row in cells:
        out.append("\n")
        for index, (cell, style) in enumerate(row):
            text = _fit(cell, widths[index])
            if index < last:
                text = set_cell_size(text, widths[index])
            out.append((GAP if index else "") + text, style=style)
    return out


def _column_widths(headers: list[str], cells: list[list[tuple[str, str]]], width: int) -> list[int]:
    widths = [max([cell_len(h), *(cell_len(row[i][0]) for row in cells)])
              for i, h in enumerate(headers)]
    for key, cap in COLUMN_WIDTHS.items():
        index = STATUS_KEYS.index(key)
        widths[index] = min(widths[index], cap)
    excess = sum(widths) + len(GAP) * (len(widths) - 1) - width
    for key in SHRINKABLE:
        index = STATUS_KEYS.index(key)
        cut = min(max(excess, 0), widths[index] - MIN_WIDTH)
        if cut > 0:
            widths[index] -= cut
            excess -= cut
    return widths


def _fit(text: str, width: int) -> str:
    return text if cell_len(text) <= width else set_cell_size(text, width - 1) + "…"


def _line(texts: list[str], widths: list[int]) -> str:
    padded = [set_cell_size(_fit(t, w), w) for t, w in zip(texts, widths, strict=True)]
    return GAP.join(padded).rstrip()


def _status_cells(ob: StatusRow, lang: Lang) -> list[tuple[str, str]]:
    status = text("status." + ob.status, lang)
    if ob.due_soon:
        status += f" ({word('due-soon', lang)})"
    agency = ob.agency_name
    if not ob.readable:
        agency += f" ({word('file-unreadable', lang)})"
    return [(ob.task, ""), (ob.title, ""), (agency, ""), (text("role." + ob.role, lang), ""),
            (ob.period or "", ""), (vn_date(ob.due) if ob.due else "", ""),
            (status, STATUS_STYLE[ob.status]), (days_text(ob, lang), "")]


def summary_line(rows: list[StatusRow], lang: Lang) -> str:
    summary = summarize(rows)
    parts = [f"{text('status.' + code, lang)}: {n}" for code, n in summary.counts.items() if n]
    parts.append(f"{word('on-time-rate', lang)}: {rate_text(summary.on_time_rate)}")
    return f"{word('total', lang)} {summary.total} · " + " · ".join(parts)


def print_status(snapshot: StatusSnapshot, rows: list[StatusRow], lang: Lang, out: Console,
                 show_all: bool) -> None:
    """The table (undated rows only with `show_all`), then the summary of all rows."""
    shown = rows if show_all else [o for o in rows if o.status not in UNDATED]
    out.print(f"{word('as-of', lang)} {vn_date(snapshot.as_of)}")
    if shown:
        out.print(status_table(shown, lang, out.width), soft_wrap=True)
    else:
        out.print(text("status.nothing", lang))
    out.print(summary_line(rows, lang))
    if len(shown) < len(rows):
        out.print(Text(text("status.hidden", lang, n=len(rows) - len(shown)), style="dim"))
    if snapshot.unreadable:
        names = ", ".join(snapshot.unreadable)
        out.print(Text(text("status.unreadable-files", lang, names=names), style="bold red"))


def tasks_table(tasks: list[Task], lang: Lang) -> Table:
    table = Table(header_style="bold")
    for key in TASK_KEYS:
        table.add_column(word(key, lang), no_wrap=key in ("task", "section"))
    for task in tasks:
        table.add_row(
            task.id,
            task.section or "",
            shorten(task.title, 60),
            ", ".join(task.lead),
            shorten(task.deadline_text.replace("\n", " "), 50),
        )
    return table


def agencies_table(directory: Directory, lang: Lang) -> Table:
    table = Table(header_style="bold")
    for key in AGENCY_KEYS:
        table.add_column(word(key, lang), no_wrap=key == "id")
    for agency in directory.agencies.values():
        table.add_row(agency.id, agency.name, agency.level or "", agency.kind or "")
    for group in directory.groups.values():
        members = ", ".join(directory.expand(group.id))
        table.add_row(group.id, f"{group.name} ({word('members', lang)}: {members})", "",
                      word("group", lang))
    return table
