"""The words of the status views: every cell of `cchc status` is made here,
from a row and the catalog, so that there is one place where text from the
plan and the agency files enters the terminal (`cell`)."""

from __future__ import annotations

import os

from rich.console import Console

from cchc_plan.core.dates import vn_date
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.engine.vocabulary import STATUS_CODES, TONE, Tone
from cchc_plan.render import safe
from cchc_plan.render.columns import Cell
from cchc_plan.views.overview import ObligationGroup
from cchc_plan.views.status import StatusRow
from cchc_plan.views.summary import Summary

TONE_STYLE: dict[Tone, str] = {
    "alarm": "bold red", "warn": "yellow", "wait": "magenta", "calm": "cyan", "quiet": "dim",
    "late": "dark_orange", "good": "green",
}
STATUS_STYLE: dict[str, str] = {code: TONE_STYLE[TONE[code]] for code in STATUS_CODES}


def screen_width(out: Console) -> int | None:
    """The width to fit: the terminal's (rich reads `COLUMNS` too), or in a
    pipe the `COLUMNS` a caller set; None in a plain pipe (nothing is cut)."""
    if out.is_terminal:
        return out.width
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def cell(value: str | None) -> str:
    """Plan or agency text as one cell: whitespace (newlines included) as
    single spaces, control characters replaced (`render.safe`). The single
    point where such text enters the terminal."""
    return safe.terminal_line(" ".join((value or "").split()))


def status_cell(status: str, lang: Lang) -> Cell:
    return Cell(text(f"status-short.{status}", lang), STATUS_STYLE[status])


def days_cell(row: StatusRow, lang: Lang) -> Cell:
    if row.status in ("overdue", "done_late") and row.days_late:
        return Cell(text("label.days-late", lang, n=row.days_late),
                    STATUS_STYLE[row.status])
    if row.status == "pending" and row.days_left is not None:
        words = (text("label.due-today", lang) if row.days_left == 0
                 else text("label.days-left", lang, n=row.days_left))
        return Cell(words, "bold yellow" if row.due_soon else "")
    return Cell("")


def due_cell(row: StatusRow) -> Cell:
    return Cell(vn_date(row.due) if row.due else "")


def reported_cell(row: StatusRow, lang: Lang) -> Cell:
    if not row.readable:
        return Cell(text("label.file-unreadable", lang), "bold red")
    state = row.progress if row.reported else None
    return Cell(text(f"progress.{state or 'none'}", lang), "" if state else "dim")


def title_text(row: StatusRow) -> str:
    """The task's title, and which deadline part when it has several."""
    title = cell(row.title)
    return f"{title} ({cell(row.label)})" if row.label else title


def who_cell(group: ObligationGroup, lang: Lang) -> Cell:
    """"Nội vụ", "29 cơ quan chủ trì", "Nội vụ + 3 cơ quan phối hợp"."""
    leads, others = group.leads, group.coordinating
    parts = []
    if len(leads) == 1:
        parts.append(text("view.one-lead", lang, name=cell(leads[0].agency_short)))
    elif leads:
        parts.append(text("view.leads", lang, n=len(leads)))
    if len(others) == 1 and not leads:
        parts.append(cell(others[0].agency_short))
    elif others:
        parts.append(text("view.coordinators", lang, n=len(others)))
    return Cell(" + ".join(parts))


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


def rate_line(summary: Summary, lang: Lang) -> str:
    if not summary.due_count:
        return text("view.rate-none", lang)
    return text("view.rate", lang, rate=rate_text(summary.on_time_rate), on_time=summary.on_time,
                due=summary.due_count)


def counts_line(summary: Summary, soon: int, lang: Lang) -> str:
    """"Nghĩa vụ: 1.310 — Quá hạn 51 · Trong hạn 93 (12 sắp đến hạn) · …"."""
    parts = []
    for code in STATUS_CODES:
        n = summary.counts[code]
        if not n:
            continue
        part = text("view.count", lang, label=text(f"status-short.{code}", lang), n=n)
        if code == "pending" and soon:
            part += f" ({text('view.soon-count', lang, n=soon)})"
        parts.append(part)
    return text("view.counts", lang, total=summary.total, counts=" · ".join(parts))
