"""The task index and one page per task: who leads and who coordinates, with
their state; the deadline as the plan writes it and as cchc computed it."""

from __future__ import annotations

from cchc_plan.features.site.data import PartDue, SiteView, TaskPage
from cchc_plan.features.site.pages import charts
from cchc_plan.features.site.pages.agency import state_text
from cchc_plan.features.site.pages.overview import counts
from cchc_plan.features.site.pages.page import (
    Page,
    agency_file,
    cell,
    days_text,
    esc,
    lines,
    rate,
    status_badge,
    table,
    task_file,
)


def render_index(view: SiteView, page: Page) -> str:
    w = page.w
    by_section: dict[str | None, list[TaskPage]] = {}
    for t in view.tasks:
        by_section.setdefault(t.task.section, []).append(t)
    out = [f"<h1>{esc(w('site.tasks-title'))}</h1>"]
    for section, pages in by_section.items():
        title = view.sections.get(section or "", "") if section else ""
        heading = (w("site.section", id=section, title=title) if section
                   else w("site.milestones"))
        rows = []
        for t in pages:
            names = list(dict.fromkeys(
                line.agency_name for line in t.lines if line.ob.role == "lead"))
            rows.append(f'<tr data-task="{esc(t.task.id)}">'
                        + cell(page.link(task_file(t.task.id), f"{t.task.id}. {t.task.title}"))
                        + cell(esc(", ".join(names)))
                        + cell(lines(t.task.deadline_text))
                        + cell(str(t.summary.counts.get("overdue", 0)), "int")
                        + cell(esc(rate(t.summary.on_time_rate)), "int") + "</tr>")
        out.append(f"<h2>{esc(heading)}</h2>")
        out.append(table(heading, [w("label.task"), w("label.lead"), w("site.col-written"),
                                   w("status.overdue"), w("label.on-time-rate")], rows))
    return "\n".join(out)


def render(view: TaskPage, page: Page) -> str:
    w = page.w
    task = view.task
    facts = []
    if view.parent:
        facts.append((w("site.parent"), page.link(task_file(view.parent.id),
                                                  f"{view.parent.id}. {view.parent.title}")
                      if not view.parent.is_heading else esc(
                          f"{view.parent.id}. {view.parent.title}")))
    for key, value in ((w("site.content"), task.text), (w("label.lead"), task.lead_text),
                       (w("label.coordinating"), task.coordinating_text),
                       (w("site.col-written"), task.deadline_text)):
        if value:
            facts.append((key, lines(value)))
    if task.outputs:
        facts.append((w("label.outputs"), "<br>".join(esc(o) for o in task.outputs)))
    listed = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts)
    return "\n".join([
        f"<h1>{esc(w('site.task-title', id=task.id, title=task.title))}</h1>",
        charts.defs(),
        f'<dl class="facts">{listed}</dl>',
        f'<section aria-labelledby="s-due"><h2 id="s-due">{esc(w("site.computed"))}</h2>',
        parts(page, view.parts),
        "</section>",
        f'<section aria-labelledby="s-counts"><h2 id="s-counts">{esc(w("site.counts"))}</h2>',
        counts(page, view.summary),
        "</section>",
        f'<section aria-labelledby="s-who"><h2 id="s-who">{esc(w("site.who"))}</h2>',
        holders(page, view),
        "</section>",
    ])


def parts(page: Page, items: list[PartDue]) -> str:
    w = page.w
    rows = []
    for p in items:
        dues = ", ".join(page.day(d) for d in p.dues) or w("site.no-date")
        periods = ", ".join(page.period(x) for x in p.periods)
        rows.append("<tr>" + cell(esc(p.part.label or p.part.name))
                    + cell(esc(periods)) + cell(esc(dues)) + "</tr>")
    return table(w("site.computed-caption"), [w("site.col-part"), w("label.period"),
                                              w("site.col-due-dates")], rows)


def holders(page: Page, view: TaskPage) -> str:
    w = page.w
    rows = []
    for line in view.lines:
        ob = line.ob
        late = days_text(page, ob.status, ob.days_late, ob.days_left)
        rows.append(f'<tr data-agency="{esc(ob.agency)}">'
                    + cell(page.link(agency_file(ob.agency), line.agency_name), "who")
                    + cell(esc(w("role." + ob.role))) + cell(esc(page.period(ob.period)))
                    + cell(esc(page.day(ob.due)), "date")
                    + cell(status_badge(page, ob.status, ob.due_soon), "status")
                    + cell(esc(state_text(page, line)))
                    + cell(esc(page.day(ob.completed) if ob.completed else ""), "date")
                    + cell(esc(late), "days") + "</tr>")
    return table(w("site.who-caption"), [
        w("label.agency"), w("site.col-role"), w("label.period"), w("label.due"),
        w("label.status"), w("site.col-reported"), w("site.col-completed"), w("label.days")],
        rows, css="data holders", empty=w("site.no-obligations"))
