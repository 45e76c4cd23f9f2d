"""The overview's tables for the district's leaders (issue 27): by lĩnh vực,
by lãnh đạo phụ trách, and the year-end ranking of agencies (the plan's IV.2)."""

from __future__ import annotations

from cchc_plan.features.site.pages.page import Page, agency_file, cell, esc, rate, table
from cchc_plan.views.leaders import GroupLine, LeaderViews, RankLine

COUNTED = ("done_on_time", "done_late", "pending", "overdue")


def render(page: Page, views: LeaderViews) -> str:
    w = page.w
    share = rate(views.in_progress / views.open_count if views.open_count else None)
    a, b, c = views.ages
    progress = w("leader.in-progress-line", n=views.in_progress, open=views.open_count,
                 share=share)
    out = [
        f'<section aria-labelledby="s-leaders"><h2 id="s-leaders">{esc(w("leader.h-by-section"))}'
        "</h2>",
        f'<p>{esc(progress)}<br>{esc(w("leader.ages-line", a=a, b=b, c=c))}</p>',
        groups(page, views.sections, "leader.col-section", "leader.no-section", {}),
    ]
    if views.leaders:
        out += [f'<h2 id="s-by-leader">{esc(w("leader.h-by-leader"))}</h2>',
                groups(page, views.leaders, "leader.col-leader", "leader.no-leader",
                       {r.agency: r.name for r in views.ranking})]
    out += [f'<h2 id="s-ranking">{esc(w("leader.h-ranking"))}</h2>',
            f'<p class="note">{esc(w("leader.ranking-note"))}</p>',
            ranking(page, views.ranking), "</section>"]
    return "\n".join(out)


def groups(page: Page, lines: list[GroupLine], first: str, unnamed: str,
           names: dict[str, str]) -> str:
    """One row per group; with `names`, each leader's agencies linked under the
    leader's name, so a leader finds their own offices."""
    w = page.w
    rows = []
    for line in lines:
        label = esc(line.label if line.key else w(unnamed))
        if names:
            links = ", ".join(page.link(agency_file(a), names.get(a, a)) for a in line.members)
            label += f'<br><span class="part">{links}</span>'
        numbers = "".join(cell(str(line.summary.counts[code]), "int") for code in COUNTED)
        rows.append("<tr>" + cell(label, "who") + cell(str(line.agencies), "int")
                    + numbers + cell(str(line.in_progress), "int")
                    + "".join(cell(str(n), "int days") for n in line.ages)
                    + cell(esc(rate(line.summary.on_time_rate)), "int") + "</tr>")
    headers = [w(first), w("leader.col-agencies"), *(w("status." + c) for c in COUNTED),
               w("leader.col-in-progress"), w("leader.col-age-30"), w("leader.col-age-90"),
               w("leader.col-age-more"), w("label.on-time-rate")]
    return table(w(first), headers, rows, css="data groups")


def ranking(page: Page, lines: list[RankLine]) -> str:
    w = page.w
    rows = ["<tr>" + cell(str(line.rank), "int")
            + cell(page.link(agency_file(line.agency), line.name), "who")
            + cell(esc(rate(line.summary.on_time_rate)), "int status")
            + cell(str(line.overdue), "int days")
            + cell(str(line.summary.due_count), "int")
            + cell(str(line.summary.counts["done_on_time"]), "int")
            + cell(str(line.summary.counts["done_late"]), "int") + "</tr>"
            for line in lines]
    headers = [w("leader.col-rank"), w("label.agency"), w("label.on-time-rate"),
               w("status.overdue"), w("leader.col-due"), w("status.done_on_time"),
               w("status.done_late")]
    return table(w("leader.h-ranking"), headers, rows, css="data ranking")
