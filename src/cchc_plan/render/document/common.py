"""Texts shared by the report documents: dates as documents print them, the
masthead, the signature block, periods, evidence and the tables both the
agency and the consolidated report use. Always Vietnamese; nothing here is
specific to one district: names, places and numbers come from the plan.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from cchc_plan.core.dates import vn_date
from cchc_plan.core.i18n import role_label, status_label
from cchc_plan.core.text import fold
from cchc_plan.engine.obligations import Obligation
from cchc_plan.load.models import Agency, Evidence, Person, Plan, Task
from cchc_plan.render.document.model import (
    Column,
    Group,
    Masthead,
    Paragraph,
    Row,
    Signature,
    Table,
)
from cchc_plan.views.reports import Summary, rate_text

NBSP = "\u00a0"
FILL_IN = "…" * 8
"""A blank for the officer to fill in by hand."""
REPORT_KIND = "BÁO CÁO"
PLAN_KIND = "Kế hoạch"
DEFAULT_HEAD = "Thủ trưởng cơ quan"
RECIPIENTS_TITLE = "Nơi nhận:"
ARCHIVE = "- Lưu: VT."
DUE_SOON = "sắp đến hạn"
NO_DEADLINE = "—"
_CONNECTORS = {"va", "-", "–", ","}


# --- dates, numbers ---------------------------------------------------------


def long_date(day: date) -> str:
    """"ngày 05 tháng 02 năm 2020": days below 10 and months 1-2 take a leading
    zero (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date(place: str, day: date) -> str:
    return f"{place}, {long_date(day)}"


def abbreviation(name: str) -> str:
    """Ký hiệu of an agency for "Số: …/BC-<ký hiệu>": a name that starts with an
    acronym (UBND xã …) is that acronym, else the initials ("Phòng Nội vụ" -> PNV)."""
    words = [w for w in name.replace("-", " ").split() if fold(w) not in _CONNECTORS]
    if not words:
        return ""
    if len(words[0]) > 1 and words[0].isupper():
        return words[0]
    return "".join(_base_letter(w[0]).upper() for w in words)


def _base_letter(char: str) -> str:
    return unicodedata.normalize("NFD", char)[0]


def number_line(issuer_name: str) -> str:
    """The document number with a blank for the number itself."""
    return f"Số:{NBSP * 8}/BC-{abbreviation(issuer_name)}"


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
    return NO_DEADLINE if value is None else value


# --- the plan, the agency -----------------------------------------------------


def plan_reference(plan: Plan) -> str:
    """"Kế hoạch số 34/KH-UBND ngày … của UBND huyện …" from the plan's document data."""
    doc = plan.document
    text = f"{PLAN_KIND} số {doc.number}" if doc.number else PLAN_KIND
    if doc.date:
        text += f" ngày {vn_date(doc.date)}"
    return f"{text} của {doc.issuer_short}"


def plan_about(plan: Plan) -> str:
    """The plan's title without its leading "Kế hoạch", to follow "về"."""
    title = " ".join(plan.document.title.split())
    if fold(title).startswith(fold(PLAN_KIND) + " "):
        title = title[len(PLAN_KIND) + 1 :]
    return title[:1].lower() + title[1:]


def subject(plan: Plan, lead: str = "Kết quả thực hiện") -> str:
    """The trích yếu: what the report is about."""
    return f"{lead} {plan_reference(plan)} về {plan_about(plan)}"


def masthead(plan: Plan, issuer: Agency | None, as_of: date, about: str) -> Masthead:
    parent = plan.document.issuer_short.upper()
    name = issuer.name if issuer else plan.document.issuer_short
    return Masthead(
        parent=parent if issuer else None,
        issuer=name.upper(),
        number=number_line(name),
        place_date=place_date(plan.document.place, as_of),
        kind=REPORT_KIND,
        subject=about,
    )


def signature(head_of: Agency | None, recipients: list[str]) -> Signature:
    head = head_of.head if head_of and head_of.head else DEFAULT_HEAD
    return Signature(RECIPIENTS_TITLE, [*recipients, ARCHIVE], head.upper(), FILL_IN)


# --- cells ----------------------------------------------------------------------


def period_text(period: str | None) -> str:
    """2020-Q3 -> "Quý III/2020", 2021 -> "Năm 2021"."""
    if not period:
        return ""
    if "-Q" in period:
        year, quarter = period.split("-Q")
        return f"Quý {('I', 'II', 'III', 'IV')[int(quarter) - 1]}/{year}"
    return f"Năm {period}" if period.isdigit() else period


def person_text(person: Person | None) -> str:
    if person is None or not person.name:
        return FILL_IN
    return f"{person.name} - {person.position}" if person.position else person.name


def contact_text(person: Person) -> str:
    parts = [person_text(person)]
    parts += [f"ĐT: {person.phone}"] if person.phone else []
    parts += [f"Email: {person.email}"] if person.email else []
    return ", ".join(parts)


def evidence_text(item: Evidence) -> str:
    """"Số 12/BC-PNV, ngày 10/08/2020: trích yếu (đường dẫn)"."""
    head = [f"Số {item.number}"] if item.number else []
    head += [f"ngày {vn_date(item.date)}"] if item.date else []
    text = f"{', '.join(head)}: {item.title}" if head else item.title
    return f"{text} ({item.link})" if item.link else text


def evidence_cell(ob: Obligation) -> str:
    return "\n".join(f"- {evidence_text(e)}" for e in ob.evidence)


def task_cell(task: Task, full: bool = False) -> str:
    """The task title; with `full`, its text as written under it (when it says more)."""
    text = " ".join(task.text.split())
    if full and text and text != " ".join(task.title.split()):
        return f"{task.title}\n{task.text.strip()}"
    return task.title


def obligation_title(ob: Obligation) -> str:
    """The task title, and which part of its deadline when it has several."""
    if len(ob.task.deadline) > 1 and ob.part.label:
        return f"{ob.task.title}\n({ob.part.label})"
    return ob.task.title


def outputs_cell(task: Task) -> str:
    return "\n".join(f"- {o}" for o in task.outputs)


def status_text(ob: Obligation) -> str:
    label = status_label(ob.status)
    return f"{label} ({DUE_SOON})" if ob.due_soon else label


def days_late_cell(ob: Obligation) -> int | str:
    return ob.days_late if ob.days_late else ""


# --- tables both reports print ---------------------------------------------------


def counts_table(summary: Summary, sheet: str) -> Table:
    rows: list[Row] = [[status_label(code), n] for code, n in summary.counts.items()]
    rows.append(["Tổng số", summary.total])
    columns = [Column("Tình trạng", 100), Column("Số lượng", 30, "int")]
    return Table(columns, [Group("", rows)], sheet)


def rate_paragraph(summary: Summary) -> Paragraph:
    on_time, due = summary.counts["done_on_time"], summary.due_count
    if not due:
        return Paragraph("Tỷ lệ đúng hạn: chưa có nhiệm vụ nào đến hạn để tính tỷ lệ.")
    return Paragraph(
        f"Tỷ lệ đúng hạn: {rate_text(summary.on_time_rate)} ({on_time}/{due} nhiệm vụ đã "
        "đến hạn được hoàn thành đúng hạn; nhiệm vụ thường xuyên, chờ sự kiện và chưa đến "
        "hạn không tính)."
    )


def completion_share(summary: Summary) -> float | None:
    """Done (on time or late) among obligations whose last day has come."""
    done = summary.counts["done_on_time"] + summary.counts["done_late"]
    return done / summary.due_count if summary.due_count else None


OVERDUE_COLUMNS = [
    Column("STT", 14, "center"),
    Column("Nội dung nhiệm vụ", 71),
    Column("Vai trò", 18, "center"),
    Column("Kỳ", 18, "center"),
    Column("Hạn", 23, "date"),
    Column("Số ngày trễ", 21, "int"),
]


def overdue_row(ob: Obligation) -> Row:
    return [
        ob.task.id,
        obligation_title(ob),
        role_label(ob.role),
        period_text(ob.period),
        day_cell(ob.due),
        days_late_cell(ob),
    ]


def rule_paragraph(rule_text: str) -> Paragraph:
    return Paragraph(f"Cách tính thời hạn: {rule_text}", "note")


BAR_WIDTH = 20


def text_bar(share: float | None, width: int = BAR_WIDTH) -> str:
    """A bar of block characters for formats without charts: █ done, ░ the rest."""
    filled = round((share or 0) * width)
    return "█" * filled + "░" * (width - filled)
