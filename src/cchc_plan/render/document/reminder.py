"""The reminder letter (công văn đôn đốc) the coordinator drafts for the
district to sign: Nghị định 30/2020/NĐ-CP's layout for a công văn (the
subject "V/v …" under the number, "Kính gửi:", the body, "Nơi nhận"), one
table of what each addressee has overdue or due soon, and a reply date."""

from __future__ import annotations

from cchc_plan.core.dates import vn_date
from cchc_plan.engine.obligations import Obligation
from cchc_plan.render.document import common as c
from cchc_plan.render.document.common import Words
from cchc_plan.render.document.model import (
    Block,
    Column,
    Group,
    Masthead,
    Paragraph,
    ReportDoc,
    Row,
    Salutation,
    Signature,
    Table,
)
from cchc_plan.views.reminder import Addressee, ReminderLetter


def item_columns(w: Words) -> list[Column]:
    return [
        w.column("report.col-section", 13, "center"),
        w.column("report.col-content", 84),
        w.column("report.col-due", 22, "date"),
        w.column("report.col-status", 46, "center"),
    ]


def symbol(letter: ReminderLetter) -> str:
    """"UBND-NV": the plan's, else the issuer's and the coordinator's abbreviations."""
    if letter.settings.symbol:
        return letter.settings.symbol
    issuer = c.abbreviation(letter.plan.document.issuer_short)
    drafter = c.abbreviation(letter.coordinator.name) if letter.coordinator else ""
    return f"{issuer}-{drafter}" if drafter else issuer


def reminder_document(letter: ReminderLetter, w: Words) -> ReportDoc:
    plan = letter.plan
    mark = symbol(letter)
    return ReportDoc(
        masthead=Masthead(
            parent=None,
            issuer=c.issuer_lines(plan.document.issuer),
            number=w("doc.letter-number", blank=c.NBSP * 8, symbol=mark),
            place_date=c.place_date(plan, letter.as_of, w),
            kind=None,
            subject=w("doc.letter-subject", plan=c.plan_reference(plan, w)),
            nation=w("report.nation"),
            motto=w("report.motto"),
        ),
        blocks=body(letter, w),
        signature=signature(letter, mark, w),
        as_of=letter.as_of,
        title=w("doc.letter-title", plan=c.plan_reference(plan, w), date=vn_date(letter.as_of)),
        author=plan.document.issuer_short,
        lang=w.lang,
    )


def addressee_lines(names: list[str]) -> list[str]:
    """"Kính gửi" punctuation: one name ends with a full stop; a list has
    "- " before each name, ";" after it and "." after the last."""
    if len(names) == 1:
        return [f"{names[0]}."]
    return [f"- {name}{'.' if i == len(names) - 1 else ';'}" for i, name in enumerate(names)]


def body(letter: ReminderLetter, w: Words) -> list[Block]:
    plan = letter.plan
    if not letter.addressees:
        return [Paragraph(w("doc.letter-nobody", date=vn_date(letter.as_of)))]
    states = []
    if letter.overdue_count:
        states.append(w("doc.letter-overdue", n=letter.overdue_count))
    if letter.due_soon_count:
        states.append(w("doc.letter-soon", n=letter.due_soon_count, days=letter.due_soon_days))
    coordinator = letter.coordinator.name if letter.coordinator else plan.settings.recipient
    return [
        Salutation(w("doc.letter-to"), addressee_lines([e.name for e in letter.salutation])),
        Paragraph(w("doc.letter-intro", plan=c.plan_reference(plan, w), about=c.plan_about(plan),
                    coordinator=coordinator, date=vn_date(letter.as_of),
                    agencies=len(letter.addressees), states=w("doc.and").join(states))),
        items_table(letter.addressees, w),
        Paragraph(w("doc.letter-request" if letter.overdue_count and letter.due_soon_count
                    else "doc.letter-request-overdue" if letter.overdue_count
                    else "doc.letter-request-soon", issuer=plan.document.issuer_short,
                    recipient=plan.settings.recipient, coordinator=coordinator,
                    reply=vn_date(letter.reply_by))),
    ]


def items_table(addressees: list[Addressee], w: Words) -> Table:
    groups = [Group(w("report.group-count", name=a.agency.name, n=len(a.items)),
                    [item_row(ob, w) for ob in a.items])
              for a in addressees]
    return Table(item_columns(w), groups, w("doc.sheet-reminder"),
                 empty_text=w("report.no-overdue"))


def item_row(ob: Obligation, w: Words) -> Row:
    title = c.obligation_title(ob)
    if ob.period:
        title += f"\n{c.period_text(ob.period, w)}"
    if ob.status == "overdue":
        state = w("doc.state-overdue", n=ob.days_late)
    else:
        state = w("doc.state-soon", n=ob.days_left) if ob.days_left else w("doc.state-today")
    return [c.number_cell(ob.task.id), title, c.day_cell(ob.due), state]


def signature(letter: ReminderLetter, mark: str, w: Words) -> Signature:
    copies = [w("doc.letter-copy", line=line) for line in letter.settings.copies]
    unit = mark.split("-", 1)[1] if "-" in mark else ""
    archive = w("doc.letter-archive", unit=unit) if unit else None
    return c.signature(None, letter.signer, [w("doc.letter-as-above"), *copies], w, archive)
