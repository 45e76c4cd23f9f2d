"""One page per agency: its numbers, its contact, its obligations with what it
reported, and its latest report files."""

from __future__ import annotations

from cchc_plan.features.site.data import AgencyPage, Line
from cchc_plan.features.site.pages import charts
from cchc_plan.features.site.pages.overview import counts, submitted_text
from cchc_plan.features.site.pages.page import (
    Page,
    cell,
    days_text,
    esc,
    lines,
    report_file,
    status_badge,
    table,
    task_file,
    web_link,
)
from cchc_plan.load.models import Evidence, Person


def render(view: AgencyPage, page: Page) -> str:
    w = page.w
    s = view.summary
    facts = [(w("site.col-submitted"), esc(submitted_text(page, s)))]
    if s.updated:
        facts.append((w("site.updated"), esc(page.day(s.updated))))
    if view.contact and view.contact.name:
        facts.append((w("site.contact"), person(view.contact)))
    if view.reports:
        facts.append((w("site.latest-reports"), ", ".join(
            page.link(report_file(f.name), f.name) for f in view.reports)))
    listed = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts)
    scale = sum(s.summary.counts.get(code, 0) for code in charts.FILLS)
    return "\n".join([
        f"<h1>{esc(view.agency.name)}</h1>",
        charts.defs(),
        f'<dl class="facts">{listed}</dl>',
        f'<section aria-labelledby="s-counts"><h2 id="s-counts">{esc(w("site.counts"))}</h2>',
        counts(page, s.summary),
        charts.legend(page),
        f'<p class="bar-line">{charts.stacked_bar(page, s.summary.counts, scale)}</p>',
        "</section>",
        f'<section aria-labelledby="s-lines"><h2 id="s-lines">{esc(w("site.obligations"))}'
        "</h2>",
        obligations(page, view.lines),
        "</section>",
    ])


def obligations(page: Page, items: list[Line]) -> str:
    w = page.w
    rows = []
    for line in items:
        ob = line.ob
        task = page.link(task_file(ob.task.id), f"{ob.task.id}. {ob.task.title}")
        part = f'<br><span class="part">{esc(ob.part.label)}</span>' if ob.part.label else ""
        rows.append(
            f'<tr data-status="{esc(ob.status)}">' + cell(task + part)
            + cell(esc(w("role." + ob.role))) + cell(esc(page.period(ob.period)))
            + cell(esc(page.day(ob.due)), "date")
            + cell(status_badge(page, ob.status, ob.due_soon) + _days(page, line), "status")
            + cell(esc(state_text(page, line))) + cell(person(ob.assignee))
            + cell(esc(page.day(ob.completed) if ob.completed else ""), "date")
            + cell(evidence(page, ob.evidence)) + cell(lines(ob.notes or "")) + "</tr>")
    return table(w("site.obligations-caption"), [
        w("label.task"), w("site.col-role"), w("label.period"), w("label.due"),
        w("label.status"), w("site.col-reported"), w("site.col-assignee"),
        w("site.col-completed"), w("site.col-evidence"), w("site.col-notes")], rows,
        css="data obligations", empty=w("site.no-obligations"))


def _days(page: Page, line: Line) -> str:
    ob = line.ob
    days = days_text(page, ob.status, ob.days_late, ob.days_left)
    return f'<br><span class="part">{esc(days)}</span>' if days else ""


def state_text(page: Page, line: Line) -> str:
    """What the agency's file says, in words."""
    w = page.w
    if line.state == "done":
        return w("site.state-done")
    if line.state == "in_progress":
        return w("site.state-in-progress")
    if line.state == "not_started":
        return w("site.state-not-started")
    return w("site.state-none")


def person(who: Person | None) -> str:
    if who is None:
        return ""
    parts = [p for p in (who.name, who.position, who.phone, who.email) if p]
    return esc(" · ".join(parts))


def evidence(page: Page, items: list[Evidence]) -> str:
    out = []
    for e in items:
        head = " ".join(p for p in (e.number, page.day(e.date) if e.date else None) if p)
        text = f"{head}: {e.title}" if head else e.title
        shown = web_link(e.link, text)
        if e.link and shown == esc(text):  # not a web address: the path as text
            shown += f' <span class="path">({esc(e.link)})</span>'
        out.append(f"<li>{shown}</li>")
    return f'<ul class="evidence">{"".join(out)}</ul>' if out else ""
