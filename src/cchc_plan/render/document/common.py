"""Texts shared by the report documents: dates as documents print them, the
masthead, the signature block, periods, evidence and the tables both the
agency and the consolidated report use. Every word comes from the catalog in
the document's language; names, places and numbers come from the plan.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from cchc_plan.core.dates import period_label, vn_date
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.core.text import fold
from cchc_plan.engine.obligations import Obligation
from cchc_plan.engine.vocabulary import STATUS_CODES
from cchc_plan.load.models import Agency, Evidence, Person, Plan, Signer
from cchc_plan.render.counting_text import rule_text
from cchc_plan.render.document.model import (
    Column,
    ColumnKind,
    Group,
    Masthead,
    Paragraph,
    Row,
    Signature,
    Table,
)
from cchc_plan.render.textfit import balanced
from cchc_plan.views.counting import CountingFacts
from cchc_plan.views.summary import Summary

NBSP = "\u00a0"
FILL_IN = "…" * 8
"""A blank for the officer to fill in by hand."""
FILL_IN_CELL = "…" * 5
"""The same blank in a table cell, short enough not to wrap."""
NO_VALUE = "—"
_CONNECTORS = {"va", "-", "–", ","}
"""Words left out of an agency's initials ("và" folded)."""


@dataclass(frozen=True)
class Words:
    """The catalog in one language: `w("report.kind")`."""

    lang: Lang

    def __call__(self, message_id: str, **params: object) -> str:
        return text(message_id, self.lang, **params)

    def column(self, message_id: str, width: float, kind: ColumnKind = "text",
               strong_first_line: bool = False) -> Column:
        return Column(self(message_id), width, kind, strong_first_line)


def rate_text(rate: float | None) -> str:
    return NO_VALUE if rate is None else f"{rate * 100:.0f}%"


# --- dates, numbers ---------------------------------------------------------


def long_date(day: date, w: Words) -> str:
    """"ngày 05 tháng 02 năm 2020": days below 10 and months 1-2 take a leading
    zero (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return w("report.long-date", day=f"{day.day:02d}", month=month, year=day.year)


def abbreviation(name: str) -> str:
    """Ký hiệu of an agency for "Số: …/BC-<ký hiệu>": a name that starts with an
    acronym (UBND xã …) is that acronym, else the initials ("Phòng Nội vụ" -> PNV)."""
    words = [word for word in name.replace("-", " ").split() if fold(word) not in _CONNECTORS]
    if not words:
        return ""
    if len(words[0]) > 1 and words[0].isupper():
        return words[0]
    return "".join(unicodedata.normalize("NFD", word[0])[0].upper() for word in words)


def day_cell(day: date | None) -> date | str:
    return day if day else ""


def cell_text(value: object) -> str:
    """A cell as printed in Markdown, HTML and Word."""
    if value is None:
        return ""
    if isinstance(value, date):
        return vn_date(value)
    if isinstance(value, float):
        return rate_text(value)
    return str(value)


def percent_cell(value: float | None) -> float | str:
    return NO_VALUE if value is None else value


# --- the plan, the agency -----------------------------------------------------


def plan_reference(plan: Plan, w: Words) -> str:
    """"Kế hoạch số 34/KH-UBND ngày … của UBND huyện …" from the plan's document data."""
    doc = plan.document
    ref = w("report.plan-kind")
    if doc.number:
        ref += w("report.plan-number", number=doc.number)
    if doc.date:
        ref += w("report.plan-date", date=vn_date(doc.date))
    return ref + w("report.plan-issuer", issuer=doc.issuer_short)


def plan_about(plan: Plan) -> str:
    """The plan's title without its leading "Kế hoạch", to follow "về".

    The title is the plan's own Vietnamese, whatever the report's language."""
    title = " ".join(plan.document.title.split())
    kind = text("report.plan-kind", "vi")
    if fold(title).startswith(fold(kind) + " "):
        title = title[len(kind) + 1 :]
    return title[:1].lower() + title[1:]


def subject(plan: Plan, w: Words, lead: str) -> str:
    """The trích yếu: what the report is about."""
    return w("report.subject", lead=lead, plan=plan_reference(plan, w), about=plan_about(plan))


MASTHEAD_TEXT_MM = 64.0
"""Room for a line of the masthead's left column (68 mm less the cell's margins)."""
ISSUER_PT = 13


def issuer_lines(name: str) -> str:
    """The issuer in capitals, broken into even lines when it does not fit one;
    "ỦY BAN NHÂN DÂN" on a line of its own, the unit under it (Nghị định
    30/2020/NĐ-CP, Phụ lục I): "ỦY BAN NHÂN DÂN / TỈNH GIA LAI", never
    "ỦY BAN NHÂN / DÂN TỈNH GIA LAI"."""
    upper = " ".join(name.upper().split())
    for body in ("ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN "):
        if upper.startswith(body):
            rest = balanced(upper[len(body):], MASTHEAD_TEXT_MM, ISSUER_PT, bold=True)
            return f"{body.strip()}\n{rest}"
    return balanced(upper, MASTHEAD_TEXT_MM, ISSUER_PT, bold=True)


def blank_number(symbol: str) -> str:
    """"      /BC-PNV": the number is written in by hand when the document is issued."""
    return f"{NBSP * 8}/{symbol}"


def masthead(plan: Plan, issuer: Agency | None, as_of: date, about: str, w: Words) -> Masthead:
    parent = plan.document.issuer_short.upper()
    name = issuer.name if issuer else plan.document.issuer_short
    return Masthead(
        parent=parent if issuer else None,
        issuer=issuer_lines(name),
        number=w("report.number-line", blank=NBSP * 8, abbr=abbreviation(name)),
        place_date=place_date(plan, as_of, w),
        kind=w("report.kind"),
        subject=about,
        nation=w("report.nation"),
        motto=w("report.motto"),
    )


def place_date(plan: Plan, day: date, w: Words) -> str:
    return w("report.place-date", place=plan.document.place, date=long_date(day, w))


def report_symbol(name: str) -> str:
    """"BC-PNV": the ký hiệu of a report issued by `name`."""
    return f"BC-{abbreviation(name)}"


def signer_titles(signer: Signer | None, head: str, w: Words) -> list[str]:
    """The authority lines of a signature block (Nghị định 30/2020/NĐ-CP,
    Điều 13): "TM. <collective>" when signing for a collective body, then
    "KT. <head>" / "<own title>" for a deputy, "TL." / "TUQ." likewise, "Q.
    <head>" for an acting head; the head's title alone when the head signs."""
    if signer is None:
        return [head.upper()]
    lines = [w("doc.sign-collective", body=signer.collective.upper())] if signer.collective else []
    authority = (signer.authority or head).upper()
    if signer.form == "Q":
        lines.append(f"{signer.form}. {authority}")
    elif signer.form:
        lines += [f"{signer.form}. {authority}", (signer.title or "").upper() or FILL_IN]
    else:
        lines.append((signer.title or head).upper())
    return lines


def signature(head_of: Agency | None, signer: Signer | None, recipients: list[str],
              w: Words, archive: str | None = None) -> Signature:
    head = head_of.head if head_of and head_of.head else w("report.default-head")
    name = signer.name if signer and signer.name else FILL_IN
    return Signature(w("report.recipients"), [*recipients, archive or w("report.archive")],
                     signer_titles(signer, head, w), name)


# --- cells ----------------------------------------------------------------------


def period_text(period: str | None, w: Words) -> str:
    return period_label(period, w.lang)


def person_text(person: Person | None, w: Words, blank: str = FILL_IN) -> str:
    if person is None or not person.name:
        return blank
    if person.position:
        return w("report.person", name=person.name, position=person.position)
    return person.name


def contact_text(person: Person, w: Words) -> str:
    parts = [person_text(person, w)]
    parts += [w("report.phone", phone=person.phone)] if person.phone else []
    parts += [w("report.email", email=person.email)] if person.email else []
    return ", ".join(parts)


def evidence_text(item: Evidence, w: Words) -> str:
    """"Số 12/BC-PNV, ngày 10/08/2020: trích yếu (đường dẫn)"."""
    head = [w("report.evidence-number", number=item.number)] if item.number else []
    head += [w("report.evidence-date", date=vn_date(item.date))] if item.date else []
    line = f"{', '.join(head)}: {item.title}" if head else item.title
    return f"{line} ({item.link})" if item.link else line


def obligation_title(ob: Obligation) -> str:
    """The task title, and which part of its deadline when it has several."""
    if len(ob.task.deadline) > 1 and ob.part.label:
        return f"{ob.task.title}\n({ob.part.label})"
    return ob.task.title


def status_text(ob: Obligation, w: Words) -> str:
    label = w("status." + ob.status)
    return w("report.status-soon", status=label, soon=w("label.due-soon")) if ob.due_soon else label


def days_late_cell(ob: Obligation) -> int | str:
    return ob.days_late if ob.days_late else ""


# --- tables and paragraphs both reports print --------------------------------------


def counts_table(summary: Summary, sheet: str, w: Words) -> Table:
    rows: list[Row] = [[w("status." + code), summary.counts[code]] for code in STATUS_CODES]
    rows.append([w("report.total-row"), summary.total])
    columns = [w.column("report.col-status", 100), w.column("report.col-count", 30, "int")]
    return Table(columns, [Group("", rows)], sheet)


def rate_paragraph(summary: Summary, w: Words) -> Paragraph:
    if not summary.due_count:
        return Paragraph(w("report.rate-none"))
    return Paragraph(w("report.rate", rate=rate_text(summary.on_time_rate),
                       on_time=summary.on_time, due=summary.due_count))


def overdue_columns(w: Words) -> list[Column]:
    return [
        w.column("report.col-number", 14, "center"),
        w.column("report.col-task", 71),
        w.column("report.col-role", 18, "center"),
        w.column("report.col-period", 18, "center"),
        w.column("report.col-due", 23, "date"),
        w.column("report.col-days-late", 21, "int"),
    ]


def overdue_row(ob: Obligation, w: Words) -> Row:
    return [number_cell(ob.task.id), obligation_title(ob), w("role." + ob.role),
            period_text(ob.period, w), day_cell(ob.due), days_late_cell(ob)]


def number_cell(task_id: str) -> int | str:
    """A task number as a number where it is one ("7"), else as printed ("2.1", "IV.1")."""
    return int(task_id) if task_id.isdigit() and not task_id.startswith("0") else task_id


def rule_paragraph(rules: CountingFacts, w: Words) -> Paragraph:
    return Paragraph(w("report.rules", rules=rule_text(rules, w)), "note")


BAR_WIDTH = 20


def text_bar(share: float | None, width: int = BAR_WIDTH) -> str:
    """A bar of block characters for formats without charts: █ done, ░ the rest."""
    filled = round((share or 0) * width)
    return "█" * filled + "░" * (width - filled)
