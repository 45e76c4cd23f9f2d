"""The trend page: the on-time rate and the overdue count, day by day, over the
history of the agency files in git."""

from __future__ import annotations

from cchc_plan.features.site.data import Trend
from cchc_plan.features.site.pages import charts
from cchc_plan.features.site.pages.page import Page, cell, esc, rate, table


def render(trend: Trend, page: Page) -> str:
    w = page.w
    out = [f"<h1>{esc(w('site.trend-title'))}</h1>",
           f"<p>{esc(w('site.trend-about'))}</p>"]
    if not trend.available:
        out.append(f'<p class="empty">{esc(w("site.trend-no-git"))}</p>')
        return "\n".join(out)
    if not trend.points:
        out.append(f'<p class="empty">{esc(w("site.trend-no-points"))}</p>')
        return "\n".join(out)
    if trend.truncated:
        out.append(f'<p class="note">{esc(w("site.trend-truncated"))}</p>')
    days = [p.day for p in trend.points]
    rated = [(p.day, p.summary.on_time_rate) for p in trend.points]
    rates = [(day, value) for day, value in rated if value is not None]
    overdue = [(p.day, float(p.summary.counts.get("overdue", 0))) for p in trend.points]
    rate_label, overdue_label = w("label.on-time-rate"), w("site.overdue-count")
    out.append(f'<section aria-labelledby="s-rate"><h2 id="s-rate">{esc(rate_label)}</h2>')
    if rates:
        chart = charts.line_chart(page, rates, days=days, top=1.0, label=rate_label,
                                  percent=True, marker="circle")
        out.append(f"<figure>{chart}<figcaption>{esc(w('site.rate-chart'))}</figcaption>"
                   "</figure>")
    else:
        out.append(f'<p class="empty">{esc(w("site.trend-no-rate"))}</p>')
    out.append("</section>")
    top = charts.nice_top(max(v for _, v in overdue))
    out.append(f'<section aria-labelledby="s-late"><h2 id="s-late">{esc(overdue_label)}</h2>')
    chart = charts.line_chart(page, overdue, days=days, top=top, label=overdue_label,
                              percent=False, marker="square")
    out.append(f"<figure>{chart}<figcaption>{esc(w('site.overdue-chart'))}</figcaption>"
               "</figure>")
    out.append("</section>")
    rows = [f'<tr data-day="{p.day.isoformat()}">' + cell(esc(page.day(p.day)), "date")
            + cell(f"<code>{esc(p.commit[:10])}</code>")
            + cell(esc(rate(p.summary.on_time_rate)), "int", ' data-rate="point"')
            + cell(str(p.summary.counts.get("overdue", 0)), "int", ' data-count="overdue"')
            + cell(str(p.summary.counts.get("done_on_time", 0)), "int")
            + cell(str(p.summary.due_count), "int") + "</tr>"
            for p in trend.points]
    out.append(f'<section aria-labelledby="s-table"><h2 id="s-table">'
               f'{esc(w("site.trend-table"))}</h2>')
    out.append(table(w("site.trend-caption"), [
        w("site.col-day"), w("site.col-commit"), rate_label, overdue_label,
        w("status.done_on_time"), w("site.col-due-count")], rows))
    out.append("</section>")
    return "\n".join(out)
