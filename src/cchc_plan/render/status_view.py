"""`cchc status` on the terminal: short by default, everything one flag away.

- summary (default): the plan and the as-of date, counts and the on-time
  rate, the overdue and due-soon obligations grouped by task part and period
  (most urgent first, one screen's worth), who has not submitted;
- `--by agency`: one line per agency; `--by section`, `--by leader`: one line
  per lĩnh vực or lãnh đạo phụ trách (issue 27), with đang thực hiện and
  overdue by age;
- `--agency X`: that agency's obligations, with what it reported;
- `--detail` (`--all`): one line per obligation.

Every view fits the width `status_cells.screen_width` gives (no line wraps at
80 columns) and, in a pipe, writes every value whole.
"""

from __future__ import annotations

from collections import Counter
from typing import Literal

from rich.console import Console
from rich.text import Text

from cchc_plan.core.dates import period_label, vn_date
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.engine.vocabulary import QUIET, STATUS_CODES
from cchc_plan.render.columns import Cell, Col, Row, table, wrap
from cchc_plan.render.counting_text import rule_text
from cchc_plan.render.status_cells import (
    STATUS_STYLE,
    cell,
    counts_line,
    days_cell,
    due_cell,
    rate_line,
    rate_text,
    reported_cell,
    status_cell,
    title_text,
    who_cell,
)
from cchc_plan.views.leaders import GroupLine, in_progress, overdue_ages, snapshot_views
from cchc_plan.views.overview import AgencyLine, Overview, Section
from cchc_plan.views.status import AgencyInfo, StatusRow

View = Literal["summary", "by_agency", "by_section", "by_leader", "agency", "detail"]


def print_view(view: Overview, kind: View, lang: Lang, out: Console, width: int | None) -> None:
    lines = render_view(view, kind, lang, width)
    for line in lines:
        out.print(line, soft_wrap=True)


def render_view(view: Overview, kind: View, lang: Lang, width: int | None) -> list[Text]:
    """The lines of one view."""
    out = heading(view, lang, width)
    if kind == "summary":
        out += summary_body(view, lang, width)
    elif kind == "by_agency":
        out += agency_table(view, lang, width)
    elif kind in ("by_section", "by_leader"):
        out += group_table(view, kind == "by_leader", lang, width)
    else:
        out += obligations_body(view, kind == "detail", lang, width)
    if view.snapshot.unreadable:
        names = ", ".join(cell(name) for name in view.snapshot.unreadable)
        out += para(text("status.unreadable-files", lang, names=names), width, "bold red")
    return out


def para(words: str, width: int | None, style: str = "", indent: int = 0) -> list[Text]:
    """A paragraph wrapped to the width (whole in a pipe), later lines indented."""
    if width is None:
        return [Text(words, style=style)]
    lines = wrap(words, width)
    rest = wrap(" ".join(lines[1:]), width - indent) if len(lines) > 1 else []
    return [Text(lines[0], style=style), *(Text(" " * indent + x, style=style) for x in rest)]


# --- the lines every view starts with ------------------------------------------------


def heading(view: Overview, lang: Lang, width: int | None) -> list[Text]:
    snap, plan = view.snapshot, view.snapshot.plan
    day = vn_date(snap.as_of)
    out: list[Text] = []
    if view.agency is not None:
        out.append(Text(f"{cell(view.agency.name)} · {file_state(view.agency, lang)}",
                        style="bold"))
    if plan is not None:
        line = (text("view.heading", lang, number=cell(plan.number), issuer=cell(plan.issuer),
                     date=day)
                if plan.number else text("view.heading-unnumbered", lang, issuer=cell(plan.issuer),
                                         date=day))
        out += para(line, width, "" if view.agency else "bold")
        if snap.span == "before_start":
            out += para(text("view.before-start", lang, date=day, start=vn_date(plan.start)),
                        width, "yellow")
        elif snap.span == "after_horizon" and plan.horizon:
            out += para(text("view.after-horizon", lang, date=day,
                             horizon=vn_date(plan.horizon)), width, "yellow")
    soon = sum(1 for r in view.scope if r.status == "pending" and r.due_soon)
    out += para(counts_line(view.summary, soon, lang), width, indent=2)
    rate = rate_line(view.summary, lang)
    if view.filters.narrowing:
        rate += " · " + text("view.shown", lang, n=len(view.shown), total=len(view.scope),
                             filters=" ".join(view.filters.options()))
    out += para(rate, width, indent=2)
    out += para(progress_line(view.scope, lang), width, indent=2)
    return out


def progress_line(rows: list[StatusRow], lang: Lang) -> str:
    """Đang thực hiện beside the four statuses, and the overdue by age."""
    open_count = sum(1 for r in rows if r.status in ("pending", "overdue"))
    n = in_progress(rows)
    share = rate_text(n / open_count if open_count else None)
    a, b, c = overdue_ages(rows)
    return (text("leader.in-progress-line", lang, n=n, open=open_count, share=share) + " · "
            + text("leader.ages-line", lang, a=a, b=b, c=c))


def file_state(info: AgencyInfo, lang: Lang) -> str:
    if not info.readable:
        return text("view.file-unreadable", lang)
    if info.submitted and info.updated:
        return text("view.file-submitted", lang, date=vn_date(info.updated))
    return text("view.file-missing", lang)


# --- summary -------------------------------------------------------------------------


def summary_body(view: Overview, lang: Lang, width: int | None) -> list[Text]:
    out: list[Text] = []
    for section in view.sections:
        out.append(Text())
        out += section_lines(section, view, lang, width)
    if view.filters.narrowing or view.filters.only:
        return out
    out.append(Text())
    out += submitted_lines(view, lang, width)
    out += para(text("view.more", lang), width, "dim", indent=2)
    return out


def section_title(section: Section, view: Overview, lang: Lang) -> str:
    if section.key == "due_soon":
        return text("view.section-due-soon", lang, days=view.snapshot.due_soon_days)
    return text(f"status-short.{section.key}", lang)


def section_lines(section: Section, view: Overview, lang: Lang, width: int | None) -> list[Text]:
    if not section.groups:
        empty = (text("view.none-overdue", lang) if section.key == "overdue"
                 else text("view.none-due-soon", lang, days=view.snapshot.due_soon_days))
        return [Text(empty, style="dim")]
    title = text("view.section", lang, label=section_title(section, view, lang),
                 n=section.count, groups=len(section.groups))
    style = STATUS_STYLE.get(section.key, "yellow") + " bold"
    out = [Text(title, style=style)]
    cols = [Col(text("view.col-task", lang), min=4), Col(text("label.period", lang), min=8),
            Col(text("label.due", lang), min=10), Col(text("label.days", lang), min=8),
            Col(text("view.col-who", lang), wrap=True, min=14)]
    rows = []
    for group in section.shown:
        first = group.first
        rows.append(Row([Cell(cell(first.task)), Cell(period_label(first.period, lang)),
                         due_cell(first), days_cell(first, lang), who_cell(group, lang)],
                        [Cell(title_text(first))]))
    out += table(cols, rows, width, header_style="dim",
                 below_header=text("label.title", lang), below_lines=2)
    hidden = section.groups[len(section.shown):]
    if hidden:
        option = "due-soon" if section.key == "due_soon" else section.key.replace("_", "-")
        out += para(text("view.more-groups", lang, groups=len(hidden),
                         n=sum(len(g.rows) for g in hidden),
                         command=f"cchc status --only {option}"), width, "dim", indent=2)
    return out


def submitted_lines(view: Overview, lang: Lang, width: int | None) -> list[Text]:
    missing, total = view.not_submitted, len(view.snapshot.agencies)
    if not missing:
        return [Text(text("view.all-submitted", lang, total=total), style="green")]
    if len(missing) == total and all(a.readable for a in missing):
        return [Text(text("view.none-submitted", lang, total=total), style="yellow")]
    names = ", ".join(cell(a.short) if a.readable else text("view.file-broken", lang,
                                                            name=cell(a.short))
                      for a in missing)
    return para(text("view.not-submitted", lang, n=len(missing), total=total, names=names),
                width, indent=2)


# --- one agency, or every obligation -----------------------------------------------------


def obligations_body(view: Overview, detail: bool, lang: Lang, width: int | None) -> list[Text]:
    """`--agency X` (without the agency column, with what it reported) and
    `--detail`: one row per obligation. Without `--detail` or `--only`, the
    agency's obligations with nothing to act on by a date and nothing reported
    (ongoing, awaiting, supporting) are a count."""
    one_agency = view.agency is not None
    everything = detail or bool(view.filters.only)
    rows = [r for r in view.shown if everything or r.status not in QUIET or r.progress
            or r.notes]
    out = [Text()]
    if not rows:
        out.append(Text(text("status.nothing", lang), style="dim"))
    else:
        below = text("label.title" if one_agency else "view.col-role-title", lang)
        out += table(obligation_cols(one_agency, lang),
                     [obligation_row(r, one_agency, lang) for r in rows], width,
                     below_header=below)
    hidden = Counter(r.status for r in view.shown) - Counter(r.status for r in rows)
    if hidden:
        counts = " · ".join(text("view.count", lang, label=text(f"status-short.{code}", lang),
                                 n=hidden[code]) for code in STATUS_CODES if hidden[code])
        out += para(text("view.hidden-quiet", lang, counts=counts), width, "dim", indent=2)
    if view.snapshot.plan is not None:
        rules = rule_text(view.snapshot.plan.rules, lambda key: text(key, lang))
        out += para(text("view.rules", lang, rules=rules), width, "dim", indent=2)
    return out


def obligation_cols(one_agency: bool, lang: Lang) -> list[Col]:
    cols = [Col(text("view.col-task", lang), min=4), Col(text("label.period", lang), min=8),
            Col(text("label.due", lang), min=10)]
    if not one_agency:
        cols.append(Col(text("view.col-who", lang), keep="tail", min=12))
    cols += [Col(text("label.status", lang), min=8), Col(text("label.days", lang), min=8),
             Col(text("view.col-reported", lang), wrap=True, min=8, optional=not one_agency)]
    return cols


def obligation_row(row: StatusRow, one_agency: bool, lang: Lang) -> Row:
    cells = [Cell(cell(row.task)), Cell(period_label(row.period, lang)), due_cell(row)]
    if not one_agency:
        cells.append(Cell(cell(row.agency_short)))
    cells += [status_cell(row.status, lang), days_cell(row, lang), reported_cell(row, lang)]
    title = title_text(row) if one_agency else f"{text('role.' + row.role, lang)} · " \
        f"{title_text(row)}"
    below = [Cell(title)]
    if row.notes:
        below.append(Cell(text("view.notes", lang, notes=cell(row.notes)), "italic"))
    return Row(cells, below)


# --- by agency ---------------------------------------------------------------------------


def agency_table(view: Overview, lang: Lang, width: int | None) -> list[Text]:
    lines = view.agency_lines()
    cols = [Col(text("label.agency", lang), keep="tail", min=12),
            Col(text("view.col-file", lang), min=6)]
    cols += [Col(text(f"status-short.{code}", lang), right=True, min=3,
                 optional=code in QUIET) for code in STATUS_CODES]
    cols += [Col(text("label.on-time-rate", lang), right=True, min=4),
             Col(text("view.col-oldest", lang), min=8, wrap=True)]
    out = [Text()]
    if not lines:
        return [*out, Text(text("status.nothing", lang), style="dim")]
    out += table(cols, [agency_row(line, lang) for line in lines], width)
    if view.filters.narrowing:
        out += para(text("view.counts-filtered", lang,
                         filters=" ".join(view.filters.options())), width, "dim", indent=2)
    return out


def agency_row(line: AgencyLine, lang: Lang) -> Row:
    info = line.info
    state = text("view.state-unreadable" if not info.readable
                 else "view.state-submitted" if info.submitted else "view.state-missing", lang)
    counts = [Cell(str(line.shown.counts[code]) if line.shown.counts[code] else "·",
                   STATUS_STYLE[code] if line.shown.counts[code] else "dim")
              for code in STATUS_CODES]
    oldest = (text("view.oldest", lang, task=line.oldest.task, n=line.oldest.days_late)
              if line.oldest and line.oldest.days_late else "")
    return Row([Cell(cell(info.short)), Cell(state, "" if info.submitted else "dim"),
                *counts, Cell(rate_text(line.summary.on_time_rate)),
                Cell(oldest, STATUS_STYLE["overdue"])])


# --- by section, by leader -----------------------------------------------------------------


def group_table(view: Overview, by_leader: bool, lang: Lang, width: int | None) -> list[Text]:
    views = snapshot_views(view.snapshot, view.shown, lang)
    lines = views.leaders if by_leader else views.sections
    first = text("leader.col-leader" if by_leader else "leader.col-section", lang)
    cols = [Col(first, keep="head", min=12, wrap=True),
            Col(text("leader.col-agencies", lang), right=True, min=3, optional=True)]
    cols += [Col(text(f"status-short.{code}", lang), right=True, min=3)
             for code in ("done_on_time", "done_late", "pending", "overdue")]
    cols += [Col(text("leader.col-in-progress", lang), right=True, min=4, optional=True),
             Col("≤30", right=True, min=3), Col("31-90", right=True, min=3),
             Col(">90", right=True, min=3),
             Col(text("label.on-time-rate", lang), right=True, min=4)]
    out = [Text()]
    if not lines:
        key = "leader.no-leader" if by_leader else "status.nothing"
        return [*out, Text(text(key, lang), style="dim")]
    return out + table(cols, [group_row(line) for line in lines], width)


def group_row(line: GroupLine) -> Row:
    counts = [Cell(str(line.summary.counts[code]) if line.summary.counts[code] else "·",
                   STATUS_STYLE[code] if line.summary.counts[code] else "dim")
              for code in ("done_on_time", "done_late", "pending", "overdue")]
    progress = f"{line.in_progress} ({rate_text(line.in_progress_share)})"
    ages = [Cell(str(n) if n else "·", STATUS_STYLE["overdue"] if n else "dim")
            for n in line.ages]
    return Row([Cell(cell(line.label)), Cell(str(line.agencies)), *counts, Cell(progress),
                *ages, Cell(rate_text(line.summary.on_time_rate))])
