"""The overview page (index.html): the district at a glance."""

from __future__ import annotations

from cchc_plan.engine.vocabulary import STATUS_CODES
from cchc_plan.features.site.data import OverdueGroup, SiteView
from cchc_plan.features.site.pages import charts, leaders
from cchc_plan.features.site.pages.page import (
    TREND,
    Page,
    agency_file,
    cell,
    esc,
    rate,
    report_file,
    table,
    task_file,
    tone_of,
)
from cchc_plan.views.reports import AgencySummary, MilestoneStatus
from cchc_plan.views.summary import Summary

MAX_LEADS = 5
"""Lead agencies named in a row of the overdue table; the task's page lists all."""


def render(view: SiteView, page: Page) -> str:
    w = page.w
    district = view.district
    sections = [
        f'<h1>{esc(w("site.overview-title"))}</h1>',
        f'<p class="as-of">{esc(w("site.as-of", date=page.day(view.as_of)))}</p>',
        charts.defs(),
        f'<section aria-labelledby="s-counts"><h2 id="s-counts">{esc(w("site.counts"))}</h2>',
        counts(page, district.summary),
        "</section>",
        f'<section aria-labelledby="s-agencies"><h2 id="s-agencies">{esc(w("site.agencies"))}'
        "</h2>",
        charts.legend(page),
        agency_table(page, district.agencies),
        "</section>",
        f'<section aria-labelledby="s-overdue"><h2 id="s-overdue">{esc(w("site.overdue"))}'
        "</h2>",
        overdue_table(page, view.overdue),
        "</section>",
        leaders.render(page, district.leaders) if district.leaders else "",
        f'<section aria-labelledby="s-missing"><h2 id="s-missing">'
        f'{esc(w("site.not-submitted"))}</h2>',
        missing(page, district.missing, district.broken),
        "</section>",
        f'<section aria-labelledby="s-milestones"><h2 id="s-milestones">'
        f'{esc(w("site.milestones"))}</h2>',
        milestones(page, district.milestones),
        "</section>",
        f'<section aria-labelledby="s-more"><h2 id="s-more">{esc(w("site.more"))}</h2>',
        f'<p>{page.link(TREND, w("site.trend-link"))}</p>',
        reports(page, view),
        "</section>",
    ]
    return "\n".join(sections)


def counts(page: Page, summary: Summary) -> str:
    """The number of obligations in each status and the on-time rate, as a
    list of figures (each says its own label)."""
    w = page.w
    items = [f'<li class="figure rate"><span class="n" data-rate="all">'
             f"{esc(rate(summary.on_time_rate))}</span> {esc(w('label.on-time-rate'))}</li>",
             f'<li class="figure"><span class="n" data-count="total">{summary.total}</span> '
             f"{esc(w('site.total'))}</li>"]
    items += [f'<li class="figure tone-{tone_of(code)}"><span class="n" data-count="{code}">'
              f"{summary.counts.get(code, 0)}</span> {esc(w('status.' + code))}</li>"
              for code in STATUS_CODES]
    note = w("site.rate-note", due=summary.due_count)
    return f'<ul class="figures">{"".join(items)}</ul>\n<p class="note">{esc(note)}</p>'


def overdue_table(page: Page, groups: list[OverdueGroup]) -> str:
    w = page.w
    rows = []
    for g in groups:
        leads = ", ".join(page.link(agency_file(ident), name)
                          for ident, name in g.leads[:MAX_LEADS])
        if len(g.leads) > MAX_LEADS:
            leads += " " + page.link(task_file(g.task.id),
                                     w("site.more-leads", n=len(g.leads) - MAX_LEADS))
        if g.coordinating:
            more = w("site.coordinating-count", n=g.coordinating)
            leads = f"{leads}; {esc(more)}" if leads else esc(more)
        part = g.label or ""
        title = page.link(task_file(g.task.id), f"{g.task.id}. {g.task.title}")
        rows.append("<tr>" + cell(title + (f'<br><span class="part">{esc(part)}</span>'
                                           if part else ""))
                    + cell(esc(page.period(g.period))) + cell(esc(page.day(g.due)), "date")
                    + cell(esc(w("label.days-late", n=g.days_late)), "int days")
                    + cell(leads, "who") + "</tr>")
    return table(w("site.overdue-caption"), [
        w("label.task"), w("label.period"), w("label.due"), w("label.days"),
        w("site.col-agencies-late")], rows, css="data overdue", empty=w("site.no-overdue"))


def agency_table(page: Page, agencies: list[AgencySummary]) -> str:
    """One row per agency: its counts, its on-time rate and its bar."""
    w = page.w
    scale = max((sum(a.summary.counts.get(s, 0) for s in charts.FILLS) for a in agencies),
                default=0)
    rows = []
    for a in agencies:
        numbers = "".join(cell(str(a.summary.counts.get(s, 0)), "int", f' data-status="{s}"')
                          for s in charts.FILLS)
        rows.append(f'<tr data-agency="{esc(a.agency)}">'
                    + cell(page.link(agency_file(a.agency), a.name), "name who")
                    + cell(esc(submitted_text(page, a)), "nowrap") + numbers
                    + cell(esc(rate(a.summary.on_time_rate)), "int status", ' data-rate="agency"')
                    + cell(charts.stacked_bar(page, a.summary.counts, scale), "chart") + "</tr>")
    headers = [w("label.agency"), w("site.col-submitted"),
               *(w("status." + s) for s in charts.FILLS), w("label.on-time-rate"),
               w("site.col-chart")]
    return table(w("site.agencies-caption"), headers, rows, css="data agencies")


def submitted_text(page: Page, a: AgencySummary) -> str:
    if not a.readable:
        return page.w("site.file-broken")
    return page.w("site.submitted-yes") if a.submitted else page.w("site.submitted-no")


def missing(page: Page, not_sent: list[AgencySummary], broken: list[AgencySummary]) -> str:
    w = page.w
    if not not_sent and not broken:
        return f'<p class="empty">{esc(w("site.all-submitted"))}</p>'
    out = []
    for items, intro in ((not_sent, w("site.not-submitted-list", n=len(not_sent))),
                         (broken, w("site.broken-list", n=len(broken)))):
        if items:
            links = "".join(f"<li>{page.link(agency_file(a.agency), a.name)}</li>"
                            for a in items)
            out.append(f'<p>{esc(intro)}</p><ul class="columns">{links}</ul>')
    return "\n".join(out)


def milestones(page: Page, items: list[MilestoneStatus]) -> str:
    w = page.w
    rows = []
    for m in items:
        if m.met is True:
            verdict = f'<span class="badge tone-good">{esc(w("site.met"))}</span>'
        elif m.met is False:
            verdict = (f'<span class="badge tone-alarm">'
                       f'{esc(w("site.missed", n=len(m.missed)))}</span>')
        else:
            verdict = f'<span class="badge tone-warn">{esc(w("site.open"))}</span>'
        rows.append("<tr>" + cell(page.link(task_file(m.task.id), f"{m.task.id}. {m.task.title}"))
                    + cell(esc(page.day(m.due)), "date") + cell(verdict) + "</tr>")
    return table(w("site.milestones-caption"), [w("label.task"), w("label.due"),
                                                w("label.status")], rows,
                 empty=w("site.no-milestones"))


def reports(page: Page, view: SiteView) -> str:
    if not view.reports:
        return ""
    links = ", ".join(page.link(report_file(f.name), f.name) for f in view.reports)
    return f"<p>{esc(page.w('site.district-reports', date=page.day(view.reports[0].day)))} " \
           f"{links}</p>"
