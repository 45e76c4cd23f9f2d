"""Markdown for repository viewers: headings, pipe tables, dates dd/mm/yyyy."""

from __future__ import annotations

from cchc_plan.render import safe
from cchc_plan.render.document.common import cell_text, text_bar
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

ALIGN = {"text": "---", "center": ":---:", "date": ":---:", "int": "---:", "percent": "---:"}



def render_document(doc: ReportDoc) -> str:
    parts = [masthead(doc.masthead)]
    parts += [block(b) for b in doc.blocks]
    parts.append(signature(doc.signature))
    parts += [appendix(a) for a in doc.appendices]
    return "\n\n".join(p for p in parts if p) + "\n"


def appendix(a: Appendix) -> str:
    head = "<br>".join(f"**{escape(line)}**" for line in a.heading)
    parts = ["---", head, f"*{escape(a.note)}*", *(block(b) for b in a.blocks)]
    return "\n\n".join(p for p in parts if p)


def escape(text: str) -> str:
    """One table cell or line: no HTML, link or table syntax from the data
    (`render.safe.markdown`), line breaks as <br>."""
    return safe.markdown(text)


def masthead(m: Masthead) -> str:
    issuer = "<br>".join(f"**{escape(line)}**" for line in m.issuer.split("\n"))
    left = f"{escape(m.parent)}<br>{issuer}" if m.parent else issuer
    right = f"**{escape(m.nation)}**<br>**{escape(m.motto)}**"
    number = escape(m.number) + (f"<br>{escape(m.subject)}" if m.letter else "")
    rows = [
        f"| {left} | {right} |",
        "|:---:|:---:|",
        f"| {number} | *{escape(m.place_date)}* |",
    ]
    if m.letter:
        return "\n".join(rows)
    return "\n".join(rows) + f"\n\n# {escape(m.kind or '')}\n\n**{escape(m.subject)}**"


def block(b: Block) -> str:
    if isinstance(b, Heading):
        return f"{'#' * (b.level + 1)} {escape(b.text)}"
    if isinstance(b, Paragraph):
        return paragraph(b)
    if isinstance(b, Bullets):
        return "\n".join(f"- {escape(item)}" for item in b.items)
    if isinstance(b, Table):
        return table(b)
    if isinstance(b, Salutation):
        return salutation(b)
    return chart(b)


def salutation(s: Salutation) -> str:
    if len(s.names) == 1:
        return f"**{escape(s.title)}** {escape(s.names[0])}"
    return f"**{escape(s.title)}**<br>" + "<br>".join(escape(n) for n in s.names)


def paragraph(p: Paragraph) -> str:
    text = escape(p.text)
    return {
        "body": text,
        "note": f"*{text}*",
        "warning": f"> **{text}**",
        "draft": f"> *{text}*",
        "prompt": f"*{text}*",
    }[p.style]


def table(t: Table) -> str:
    if not t.rows:
        return escape(t.empty_text)
    if not t.grouped:
        return pipe_table(t.columns, t.rows)
    return "\n\n".join(f"**{escape(g.title)}**\n\n{pipe_table(t.columns, g.rows)}"
                       for g in t.groups)


def pipe_table(columns: list[Column], rows: list[Row]) -> str:
    lines = [
        "| " + " | ".join(escape(c.title) for c in columns) + " |",
        "|" + "|".join(ALIGN[c.kind] for c in columns) + "|",
    ]
    lines += ["| " + " | ".join(cell(c, v) for c, v in zip(columns, row, strict=True)) + " |"
              for row in rows]
    return "\n".join(lines)


def cell(column: Column, value: object) -> str:
    text = cell_text(value)
    if column.strong_first_line and text:
        first, _, rest = text.partition("\n")
        return f"**{escape(first)}**" + (f"<br>{escape(rest)}" if rest else "")
    return escape(text)


def chart(c: Chart) -> str:
    lines = [
        f"*{escape(c.title)}*",
        "",
        f"| {escape(c.label_title)} | | {escape(c.value_title)} |",
        "|---|---|---:|",
    ]
    lines += [f"| {escape(b.label)} | `{text_bar(b.share)}` | {escape(b.text)} |"
              for b in c.bars]
    return "\n".join(lines)


def signature(s: Signature) -> str:
    recipients = "<br>".join(escape(r) for r in s.recipients)
    titles = "<br>".join(f"**{escape(t)}**" for t in s.titles)
    return "\n".join([
        f"| ***{escape(s.recipients_title)}*** | {titles} |",
        "|:---|:---:|",
        f"| {recipients} | <br><br><br>{escape(s.name)} |",
    ])
