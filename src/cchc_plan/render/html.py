"""One self-contained HTML page: inline CSS, no scripts, no external resources."""

from __future__ import annotations

from html import escape

from cchc_plan.render.document.common import cell_text
from cchc_plan.render.document.model import (
    Appendix,
    Block,
    Bullets,
    Chart,
    Column,
    Heading,
    Masthead,
    Paragraph,
    ReportDoc,
    Row,
    Salutation,
    Signature,
    Table,
)

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", "Liberation Serif", Times, serif; font-size: 14pt;
  line-height: 1.35; color: #000; background: #f4f4f4; margin: 0; }
main { max-width: 260mm; margin: 0 auto; background: #fff; padding: 20mm 15mm 20mm 30mm; }
table.layout { width: 100%; border-collapse: collapse; }
table.layout td { width: 50%; text-align: center; vertical-align: top; font-size: 13pt;
  padding: 0 4px; }
.rule { width: 35%; margin: 2px auto 0; border-top: 1px solid #000; }
.motto { font-weight: bold; text-decoration: underline; }
h1 { text-align: center; font-size: 14pt; margin: 18px 0 0; }
p.subject { text-align: center; font-weight: bold; margin: 0 10% 18px; }
h2 { font-size: 14pt; margin: 16px 0 6px; }
h3 { font-size: 14pt; font-style: italic; margin: 12px 0 6px; }
p { text-align: justify; margin: 6px 0; }
p.note { font-style: italic; }
p.warning { font-weight: bold; border-left: 4px solid #b00; padding-left: 8px; }
p.draft { font-style: italic; color: #555; }
p.prompt { font-style: italic; color: #444; }
table.layout.salutation { margin: 12px 0; }
table.layout.salutation td { vertical-align: top; padding: 0 4px; text-align: left; width: auto;
  font-size: 14pt; }
table.layout.salutation td.title { text-align: right; width: 32%; }
section.appendix { margin-top: 24px; border-top: 1px dashed #999; padding-top: 12px; }
section.appendix p.heading { text-align: center; font-weight: bold; margin: 0; }
section.appendix p.appendix-note { text-align: center; font-style: italic; }
p.letter-subject { text-align: center; font-size: 12pt; margin: 2px 0 0; }
table.data { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 6px 0 10px; }
table.data th, table.data td { border: 1px solid #000; padding: 3px 4px; vertical-align: top; }
table.data th { background: #e8e8e8; text-align: center; }
table.data tr.group th { background: #f3f3f3; text-align: left; }
td.center, td.date { text-align: center; } td.int, td.percent { text-align: right; }
figure.chart { margin: 8px 0 12px; font-size: 11pt; }
figure.chart figcaption { font-style: italic; margin-bottom: 6px; }
.bar { display: grid; grid-template-columns: 38% 1fr 4em; gap: 6px; align-items: center;
  margin: 2px 0; }
.track { background: #eee; height: 12px; } .fill { background: #2f5597; height: 12px; }
.value { text-align: right; }
table.signature td { font-size: 14pt; }
table.signature td.recipients { text-align: left; font-size: 11pt; }
table.signature .recipients-title { font-weight: bold; font-style: italic; font-size: 12pt; }
.sign-space { height: 6em; }
@media print { body { background: #fff; } main { padding: 0; max-width: none; }
  section.appendix { break-before: page; border: 0; } }
"""



CSP_RULES = "default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'"
"""The Content-Security-Policy of every page cchc writes: no script, nothing
from elsewhere, no <base>, no form."""
SITE_CSP = f"{CSP_RULES}; style-src 'self'"
"""The site's pages take their style from its own style sheet."""
REPORT_CSP = f"{CSP_RULES}; style-src 'unsafe-inline'"
"""A report stands alone: its style is in the page (the rest as the site's)."""
GENERATOR = "cchc report"


def report_head(lang: str) -> str:
    """How every HTML report cchc writes begins: the policy is the first thing in
    <head>, so nothing before it escapes it (`cchc site --reports` checks this)."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{REPORT_CSP}">\n'
            f'<meta name="generator" content="{GENERATOR}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n')


def render_document(doc: ReportDoc) -> str:
    body = "\n".join([masthead(doc.masthead), *(block(b) for b in doc.blocks),
                      signature(doc.signature), *(appendix(a) for a in doc.appendices)])
    return (
        report_head(doc.lang) +
        f"<title>{escape(doc.title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def masthead(m: Masthead) -> str:
    parent = f"{escape(m.parent)}<br>" if m.parent else ""
    subject = f'<p class="letter-subject">{escape(m.subject)}</p>' if m.letter else ""
    head = (f"<h1>{escape(m.kind)}</h1>\n<p class=\"subject\">{escape(m.subject)}</p>"
            if m.kind is not None else "")
    return (
        '<table class="layout masthead">\n'
        f"<tr><td>{parent}<b>{lines(m.issuer)}</b><div class=\"rule\"></div></td>"
        f"<td><b>{escape(m.nation)}</b><br><span class=\"motto\">{escape(m.motto)}</span>"
        "</td></tr>\n"
        f"<tr><td>{escape(m.number)}{subject}</td><td><i>{escape(m.place_date)}</i></td></tr>\n"
        "</table>\n" + head
    )


def appendix(a: Appendix) -> str:
    head = "\n".join(f'<p class="heading">{escape(line)}</p>' for line in a.heading)
    body = "\n".join(block(b) for b in a.blocks)
    return (f'<section class="appendix">\n{head}\n<p class="appendix-note">{escape(a.note)}'
            f"</p>\n{body}\n</section>")


def salutation(s: Salutation) -> str:
    names = "<br>".join(escape(n) for n in s.names)
    return (f'<table class="layout salutation"><tr><td class="title">{escape(s.title)}</td>'
            f"<td>{names}</td></tr></table>")


def block(b: Block) -> str:
    if isinstance(b, Heading):
        return f"<h{b.level + 1}>{escape(b.text)}</h{b.level + 1}>"
    if isinstance(b, Paragraph):
        return f'<p class="{b.style}">{lines(b.text)}</p>'
    if isinstance(b, Bullets):
        return "<ul>\n" + "\n".join(f"<li>{lines(i)}</li>" for i in b.items) + "\n</ul>"
    if isinstance(b, Table):
        return table(b)
    if isinstance(b, Salutation):
        return salutation(b)
    return chart(b)


def table(t: Table) -> str:
    if not t.rows:
        return f"<p>{escape(t.empty_text)}</p>"
    total = sum(c.width for c in t.columns)
    cols = "".join(f'<col style="width:{c.width / total * 100:.1f}%">' for c in t.columns)
    head = "".join(f"<th>{lines(c.title)}</th>" for c in t.columns)
    body: list[str] = []
    for group in t.groups:
        if group.title:
            body.append(f'<tr class="group"><th colspan="{len(t.columns)}">'
                        f"{escape(group.title)}</th></tr>")
        body += [row(t.columns, r) for r in group.rows]
    return (f'<table class="data">\n<colgroup>{cols}</colgroup>\n<thead><tr>{head}</tr></thead>\n'
            "<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>")


def row(columns: list[Column], values: Row) -> str:
    return "<tr>" + "".join(cell(c, v) for c, v in zip(columns, values, strict=True)) + "</tr>"


def cell(column: Column, value: object) -> str:
    text = cell_text(value)
    if column.strong_first_line and text:
        first, _, rest = text.partition("\n")
        inner = f"<strong>{escape(first)}</strong>" + (f"<br>{lines(rest)}" if rest else "")
    else:
        inner = lines(text)
    return f'<td class="{column.kind}">{inner}</td>'


def chart(c: Chart) -> str:
    bars = "\n".join(
        f'<div class="bar"><span>{escape(b.label)}</span><span class="track">'
        f'<span class="fill" style="display:block;width:{(b.share or 0) * 100:.1f}%"></span>'
        f'</span><span class="value">{escape(b.text)}</span></div>'
        for b in c.bars
    )
    return (f'<figure class="chart">\n<figcaption>{escape(c.title)}</figcaption>\n{bars}\n'
            "</figure>")


def signature(s: Signature) -> str:
    recipients = "<br>".join(escape(r) for r in s.recipients)
    titles = "<br>".join(escape(t) for t in s.titles)
    return (
        '<table class="layout signature">\n<tr>'
        f'<td class="recipients"><span class="recipients-title">{escape(s.recipients_title)}'
        f"</span><br>{recipients}</td>"
        f'<td><b>{titles}</b><div class="sign-space"></div>{escape(s.name)}</td>'
        "</tr>\n</table>"
    )
