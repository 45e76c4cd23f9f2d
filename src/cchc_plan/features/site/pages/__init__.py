"""The leaders' web site (`cchc site`): static pages, one small style sheet,
charts as inline SVG; no script, no font or file from outside the folder, so
it works from a USB stick, an intranet and GitHub or GitLab Pages alike.

    files = render_site(view, "vi")    # relative path -> a function making its bytes

Pages: index.html (the overview), xu-huong.html (the trend), nhiem-vu/index.html
and nhiem-vu/<task>.html, co-quan/<agency>.html. Report files named by the view
are linked under bao-cao/; the caller copies them there.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from importlib.resources import files as package_files

from cchc_plan.core.lang import Lang
from cchc_plan.features.site.data import SiteView
from cchc_plan.features.site.pages import agency, overview, task, trend
from cchc_plan.features.site.pages.page import (
    ICON,
    OVERVIEW,
    STYLE,
    TASKS,
    TREND,
    Page,
    agency_file,
    frame,
    report_file,
    task_file,
)

__all__ = ["render_site", "report_file"]

FAVICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
    '<rect width="16" height="16" rx="3" fill="#1f4e79"/>'
    '<path d="M4 8.5l2.5 2.5L12 5" stroke="#fff" stroke-width="2" fill="none"/></svg>\n')


def style_sheet() -> bytes:
    return (package_files("cchc_plan.features.site.pages") / "style.css").read_bytes()


def render_site(view: SiteView, lang: Lang) -> dict[str, Callable[[], bytes]]:
    """Every file of the site but the copied reports, by relative path: each
    a function that makes its bytes, so a writer holds only the pages it is
    writing (a province's site is 50 MB of pages)."""
    plan = plan_name(view, lang)
    as_of = view.as_of
    out: dict[str, Callable[[], bytes]] = {STYLE: style_sheet,
                                           ICON: lambda: FAVICON.encode("utf-8")}

    def put(path: str, title: Callable[[], str], body: Callable[[Page], str]) -> None:
        out[path] = lambda: frame(Page(path, lang), title(), body(Page(path, lang)),
                                  as_of=as_of, plan=plan)

    w = Page(OVERVIEW, lang).w
    put(OVERVIEW, lambda: w("site.overview-title"), lambda page: overview.render(view, page))
    put(TREND, lambda: w("site.trend-title"), lambda page: trend.render(view.trend, page))
    put(TASKS, lambda: w("site.tasks-title"), lambda page: task.render_index(view, page))
    for t in view.tasks:
        put(task_file(t.task.id), partial(w, "site.task-title", id=t.task.id, title=t.task.title),
            partial(task.render, t))
    for a in view.agencies:
        put(agency_file(a.agency.id), partial(str, a.agency.name), partial(agency.render, a))
    return out


def plan_name(view: SiteView, lang: Lang) -> str:
    """"Kế hoạch số 34/KH-UBND của UBND huyện Krông Pa", from the plan's document."""
    doc = view.district.plan.document
    w = Page(OVERVIEW, lang).w
    number = w("site.plan-number", number=doc.number) if doc.number else ""
    return w("site.plan-name", number=number, issuer=doc.issuer_short)
