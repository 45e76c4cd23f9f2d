"""Charts drawn on the server as inline SVG: no script, no library, nothing
fetched. Why SVG from Python rather than a JavaScript charting library: the
site must work from a USB stick and an intranet with no network, print as it
shows, and stay small; a bar or a line is a few SVG elements.

Each status has a colour and a pattern (stripes, dots, lines, solid), so two
segments differ in more than colour; every chart has a text alternative and
the page puts a table with the same numbers next to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cchc_plan.features.site.pages.page import Page, esc

FILLS: dict[str, tuple[str, str]] = {
    # status: (colour, pattern); colours have at least 3:1 contrast on white
    "done_on_time": ("#1b7a3d", "solid"),
    "done_late": ("#9a5700", "dots"),
    "pending": ("#1f5fa8", "lines"),
    "overdue": ("#b3261e", "stripes"),
}
_PATTERNS = {
    "dots": '<circle cx="2" cy="2" r="1" fill="#fff"/>',
    "lines": '<rect width="4" height="1" fill="#fff"/>',
    "stripes": '<path d="M-1,1 l2,-2 M0,4 l4,-4 M3,5 l2,-2" stroke="#fff" stroke-width="1"/>',
}


def defs() -> str:
    """The patterns, once per page (inline SVGs of a page share them)."""
    patterns = []
    for status, (colour, kind) in FILLS.items():
        if kind == "solid":
            continue
        patterns.append(
            f'<pattern id="fill-{status}" width="4" height="4" patternUnits="userSpaceOnUse">'
            f'<rect width="4" height="4" fill="{colour}"/>{_PATTERNS[kind]}</pattern>')
    return ('<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">'
            f'<defs>{"".join(patterns)}</defs></svg>')


def fill(status: str) -> str:
    colour, kind = FILLS[status]
    return colour if kind == "solid" else f"url(#fill-{status})"


def swatch(status: str) -> str:
    return (f'<svg class="swatch" viewBox="0 0 12 12" width="12" height="12" '
            f'aria-hidden="true" focusable="false"><rect width="12" height="12" '
            f'fill="{fill(status)}" stroke="#333" stroke-width="0.5"/></svg>')


def legend(page: Page) -> str:
    items = "".join(f"<li>{swatch(s)} {esc(page.w('status.' + s))}</li>" for s in FILLS)
    return f'<ul class="legend">{items}</ul>'


def stacked_bar(page: Page, counts: dict[str, int], scale: int) -> str:
    """One bar of the four statuses, its length `total / scale` of the width;
    the text alternative names every count."""
    width = 240.0
    parts, x = [], 0.0
    said = []
    for status in FILLS:
        n = counts.get(status, 0)
        said.append(f"{page.w('status.' + status)}: {n}")
        if not n or not scale:
            continue
        w = width * n / scale
        parts.append(f'<rect x="{x:.2f}" y="1" width="{w:.2f}" height="18" '
                     f'fill="{fill(status)}"><title>{esc(said[-1])}</title></rect>')
        x += w
    if not parts:
        parts.append('<rect x="0" y="9" width="240" height="1" fill="#767676"/>')
    return (f'<svg class="bar" viewBox="0 0 {width:.0f} 20" role="img" '
            f'aria-label="{esc("; ".join(said))}">{"".join(parts)}</svg>')


def line_chart(page: Page, points: Sequence[tuple[date, float]], *, days: Sequence[date],
               top: float, label: str, percent: bool, marker: str) -> str:
    """A line over time with a marker at each point (`circle` or `square`),
    y from 0 to `top`; x over `days` (the same for every chart of a page),
    spaced as the calendar spaces them."""
    left, right, upper, lower, width, height = 56, 24, 14, 34, 640, 220
    span_x, span_y = width - left - right, height - upper - lower
    first, last = days[0], days[-1]
    length = max((last - first).days, 1)

    def x_of(day: date) -> float:
        return left + (span_x * (day - first).days / length if last != first else span_x / 2)

    def y_of(value: float) -> float:
        return upper + span_y * (1 - (value / top if top else 0))

    def shown(value: float) -> str:
        return f"{value * 100:.0f}%" if percent else f"{value:.0f}"

    grid = []
    for step in range(5):
        value = top * step / 4
        y = y_of(value)
        grid.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
                    f'class="grid"/><text x="{left - 6}" y="{y + 4:.1f}" class="tick" '
                    f'text-anchor="end">{esc(shown(value))}</text>')
    ticks = _date_ticks(list(days))
    for day in ticks:
        anchor = ("start" if day == first and len(ticks) > 1 else
                  "end" if day == last and len(ticks) > 1 else "middle")
        grid.append(f'<text x="{x_of(day):.1f}" y="{height - 12}" class="tick" '
                    f'text-anchor="{anchor}">{esc(page.day(day))}</text>')
    coords = [(x_of(d), y_of(v)) for d, v in points]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    marks = "".join(_marker(marker, x, y, f"{page.day(d)}: {shown(v)}")
                    for (x, y), (d, v) in zip(coords, points, strict=True))
    alt = f"{label}: " + "; ".join(f"{page.day(d)} {shown(v)}" for d, v in points)
    return (f'<svg class="line" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{esc(alt)}">{"".join(grid)}'
            f'<polyline points="{path}" class="series {marker}"/>{marks}</svg>')


def _marker(kind: str, x: float, y: float, title: str) -> str:
    tip = f"<title>{esc(title)}</title>"
    if kind == "square":
        return (f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" '
                f'class="mark square">{tip}</rect>')
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" class="mark circle">{tip}</circle>'


def _date_ticks(days: list[date], most: int = 5) -> list[date]:
    """At most `most` of the dates, evenly chosen, the first and last included."""
    if len(days) <= most:
        return days
    step = (len(days) - 1) / (most - 1)
    return [days[round(i * step)] for i in range(most)]


def nice_top(value: float) -> float:
    """A round upper bound for a count axis: 4, 8, 20, 40, 80, 200, ..."""
    top = 4.0
    while top < value:
        top *= 2 if str(int(top))[0] in "24" else 2.5
    return top
