"""What every page of the site shares: escaping, links, the page frame, the
words of status and dates.

Every value that comes from the data goes through `esc` (agency files and the
plan are untrusted: a title or a note may hold `<script>`); control
characters that HTML cannot hold are dropped. A link is made only for an
http(s) address; anything else (a file path, `javascript:`) is shown as text.
Pages carry a Content-Security-Policy that allows no script and nothing from
outside the site, so even a mistake in escaping could not run code.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import escape
from urllib.parse import urlsplit

from cchc_plan.core.dates import period_label, vn_date
from cchc_plan.core.lang import LANGS, Lang
from cchc_plan.core.messages import render
from cchc_plan.core.version import __version__
from cchc_plan.engine.vocabulary import TONE
from cchc_plan.render.document.common import Words, rate_text
from cchc_plan.render.html import SITE_CSP

STYLE = "style.css"
ICON = "favicon.svg"
OVERVIEW = "index.html"
TASKS = "nhiem-vu/index.html"
TREND = "xu-huong.html"
REPORTS_DIR = "bao-cao"
CSP = SITE_CSP
_TONES: dict[str, str] = {code: tone for code, tone in TONE.items()}
_DROP = {c: None for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F,
                           *range(0x80, 0xA0), 0xFFFE, 0xFFFF]}


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def esc(value: object) -> str:
    """Text for HTML content or a quoted attribute."""
    text = str(value)
    if _CONTROL.search(text):
        text = text.translate(_DROP)
    return escape(text, quote=True)


def lines(value: object) -> str:
    return esc(value).replace("\n", "<br>")


def agency_file(ident: str) -> str:
    return f"co-quan/{ident}.html"


def task_file(ident: str) -> str:
    return f"nhiem-vu/{ident}.html"


def report_file(name: str) -> str:
    return f"{REPORTS_DIR}/{name}"


def web_link(url: str | None, label: str) -> str:
    """A link for an http(s) address with a host; anything else as text."""
    if url:
        parts = urlsplit(url.strip())
        if parts.scheme.lower() in ("http", "https") and parts.netloc:
            return (f'<a href="{esc(url.strip())}" rel="noopener noreferrer nofollow" '
                    f'class="external">{esc(label)}</a>')
    return esc(label)


class _Remembered(Words):
    """The catalog in one language, each (id, parameters) rendered once: a site
    prints the same few labels thousands of times."""

    def __call__(self, message_id: str, **params: object) -> str:
        return _say(self.lang, message_id, tuple(sorted((k, str(v)) for k, v in params.items())))


@lru_cache(maxsize=4096)
def _say(lang: Lang, message_id: str, params: tuple[tuple[str, str], ...]) -> str:
    return render(message_id, params, lang)


_WORDS: dict[Lang, Words] = {lang: _Remembered(lang) for lang in LANGS}


def relative(target: str, folder: str) -> str:
    """`posixpath.relpath(target, folder or ".")` for two paths inside the
    site, without asking the system for the current folder (relpath does,
    twice a link: 3 of a province site's 5 seconds)."""
    into, base = target.split("/"), folder.split("/") if folder else []
    common = 0
    while common < min(len(into), len(base)) and into[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + into[common:]) or "."


@dataclass(frozen=True)
class Page:
    """One page: its path in the site, its language, and how it links."""

    path: str
    lang: Lang

    @property
    def w(self) -> Words:
        return _WORDS[self.lang]

    def href(self, target: str) -> str:
        """The relative address of another file of the site, escaped."""
        return esc(relative(target, posixpath.dirname(self.path)))

    def link(self, target: str, label: str) -> str:
        return f'<a href="{self.href(target)}">{esc(label)}</a>'

    def day(self, value: date | None) -> str:
        """dd/mm/yyyy in Vietnamese, ISO in English; a dash for none."""
        if value is None:
            return "—"
        return vn_date(value) if self.lang == "vi" else value.isoformat()

    def period(self, code: str | None) -> str:
        """A period as status and reports print it ("Quý I/2021"), never its code."""
        return period_label(code, self.lang)


def frame(page: Page, title: str, body: str, *, as_of: date, plan: str) -> bytes:
    """The whole HTML document of a page."""
    w = page.w
    current = ' aria-current="page"'
    nav = "".join(
        f'<li><a href="{page.href(target)}"{current if target == page.path else ""}>'
        f"{esc(label)}</a></li>"
        for target, label in ((OVERVIEW, w("site.nav-overview")), (TASKS, w("site.nav-tasks")),
                              (TREND, w("site.nav-trend"))))
    return (
        f'<!DOCTYPE html>\n<html lang="{page.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f'<meta name="generator" content="cchc {esc(__version__)}">\n'
        f"<title>{esc(title)} · {esc(plan)}</title>\n"
        f'<link rel="stylesheet" href="{page.href(STYLE)}">\n'
        f'<link rel="icon" href="{page.href(ICON)}" type="image/svg+xml">\n</head>\n<body>\n'
        f'<a class="skip" href="#main">{esc(w("site.skip"))}</a>\n'
        f'<header class="site"><p class="plan">{esc(plan)}</p>\n'
        f'<nav aria-label="{esc(w("site.nav-label"))}"><ul>{nav}</ul></nav></header>\n'
        f'<main id="main">\n{body}\n</main>\n'
        f'<footer><p>{esc(w("site.footer", date=page.day(as_of), version=__version__))}'
        "</p></footer>\n</body>\n</html>\n"
    ).encode()


def tone_of(status: str) -> str:
    """The tone of a status (engine.vocabulary.TONE): its colour class."""
    return _TONES.get(status, "calm")


def status_badge(page: Page, status: str, due_soon: bool = False) -> str:
    """A status as its words, with a tone for colour: never colour alone."""
    label = page.w("status." + status)
    if due_soon:
        label += f" ({page.w('label.due-soon')})"
    return f'<span class="badge tone-{tone_of(status)}">{esc(label)}</span>'


def days_text(page: Page, status: str, days_late: int | None, days_left: int | None) -> str:
    """"trễ 29 ngày", "còn 3 ngày", "hôm nay" (as the status table says), or ""."""
    w = page.w
    if status in ("overdue", "done_late") and days_late:
        return w("label.days-late", n=days_late)
    if status == "pending" and days_left is not None:
        return w("label.due-today") if days_left == 0 else w("label.days-left", n=days_left)
    return ""


def rate(value: float | None) -> str:
    return rate_text(value)


def table(caption: str, headers: list[str], rows: list[str], *, css: str = "data",
          empty: str = "") -> str:
    """A table with a caption and column headers; `rows` are `<tr>` strings."""
    if not rows:
        return f'<p class="empty">{esc(empty)}</p>' if empty else ""
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in headers)
    body = "\n".join(labelled(row, headers) for row in rows)
    return (f'<div class="scroll"><table class="{css}">\n<caption>{esc(caption)}</caption>\n'
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table></div>")


def labelled(row: str, headers: list[str]) -> str:
    """Each `<td>` of a row with its column's header as `data-label`: a phone
    shows the row as a card of "header: value" lines (style.css), with no
    sideways scrolling (issue 27)."""
    pieces = row.split("<td")
    return pieces[0] + "".join(
        f'<td data-label="{esc(headers[i]) if i < len(headers) else ""}"{rest}'
        for i, rest in enumerate(pieces[1:]))


def cell(content: str, css: str = "", attrs: str = "") -> str:
    """A `<td>` of content already escaped."""
    klass = f' class="{css}"' if css else ""
    return f"<td{klass}{attrs}>{content}</td>"
