"""The consolidated report's tables for the district's leaders (issue 27):
results by lĩnh vực and by lãnh đạo phụ trách (with đang thực hiện and the
overdue by age), and the year-end ranking the plan's IV.2 asks for. They go
in Phụ lục of their own (landscape: eleven columns do not fit a portrait page),
one for the groups and one for the ranking, so that a spreadsheet gives each
table a sheet with only its own notes."""

from __future__ import annotations

from cchc_plan.render.document import common as c
from cchc_plan.render.document.common import Words
from cchc_plan.render.document.model import (
    Appendix,
    Block,
    Column,
    Group,
    Heading,
    Paragraph,
    Row,
    Table,
)
from cchc_plan.views.leaders import GroupLine, LeaderViews, RankLine

COUNTED = ("done_on_time", "done_late", "pending", "overdue")
"""The four official statuses of an obligation that is someone's to deliver."""


def summary_paragraphs(views: LeaderViews, w: Words) -> list[Block]:
    """Đang thực hiện and overdue by age, under the counts and the rate."""
    share = c.rate_text(views.in_progress / views.open_count if views.open_count else None)
    a, b, d = views.ages
    return [Paragraph(w("leader.in-progress-line", n=views.in_progress, open=views.open_count,
                        share=share)),
            Paragraph(w("leader.ages-line", a=a, b=b, c=d))]


def appendices(views: LeaderViews, note: str, w: Words) -> list[Appendix]:
    """By lĩnh vực (and by leader, when the registry names them), then the ranking;
    `note` is the "(Kèm theo Báo cáo số …)" line of the report's Phụ lục."""
    groups: list[Block] = [Heading(w("leader.h-by-section"), 2),
                           group_table(views.sections, "leader.col-section",
                                       w("leader.sheet-section"), w)]
    if views.leaders:
        groups += [Heading(w("leader.h-by-leader"), 2),
                   group_table(views.leaders, "leader.col-leader", w("leader.sheet-leader"), w)]
    ranked: list[Block] = [Paragraph(w("leader.ranking-note"), "note"),
                           ranking_table(views.ranking, w)]
    return [Appendix([w("doc.appendix"), w("leader.appendix-groups")], note, groups),
            Appendix([w("doc.appendix"), w("leader.appendix-ranking")], note, ranked)]


def group_columns(first: str, w: Words) -> list[Column]:
    return [
        w.column(first, 62),
        w.column("leader.col-agencies", 14, "int"),
        *[w.column("status." + code, 20, "int") for code in COUNTED],
        w.column("leader.col-in-progress", 18, "int"),
        w.column("leader.col-age-30", 18, "int"),
        w.column("leader.col-age-90", 18, "int"),
        w.column("leader.col-age-more", 18, "int"),
        w.column("report.col-rate", 18, "percent"),
    ]


def group_table(lines: list[GroupLine], first: str, sheet: str, w: Words) -> Table:
    rows: list[Row] = [[line.label, line.agencies,
                        *[line.summary.counts[code] for code in COUNTED], line.in_progress,
                        *line.ages, c.percent_cell(line.summary.on_time_rate)]
                       for line in lines]
    return Table(group_columns(first, w), [Group("", rows)], sheet,
                 empty_text=w("report.no-agencies"))


def ranking_table(lines: list[RankLine], w: Words) -> Table:
    columns = [
        w.column("leader.col-rank", 16, "center"),
        w.column("report.col-agency", 80),
        w.column("leader.col-due", 22, "int"),
        w.column("status.done_on_time", 24, "int"),
        w.column("status.done_late", 24, "int"),
        w.column("status.overdue", 24, "int"),
        w.column("report.col-rate", 22, "percent"),
    ]
    rows: list[Row] = [[line.rank, line.name, line.summary.due_count,
                        line.summary.counts["done_on_time"], line.summary.counts["done_late"],
                        line.overdue, c.percent_cell(line.summary.on_time_rate)]
                       for line in lines]
    return Table(columns, [Group("", rows)], w("leader.sheet-ranking"),
                 empty_text=w("report.no-agencies"))
