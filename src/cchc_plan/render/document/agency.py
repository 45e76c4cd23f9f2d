"""The document an agency hands in: the báo cáo kết quả thực hiện on portrait
pages (results, shortcomings, causes, solutions, proposals: the sections IV.1
of such a plan asks for, in the agency's own words where its file gives them),
then the bảng phân công nhiệm vụ as a landscape Phụ lục, one row per task part.
"""

from __future__ import annotations

from cchc_plan.core.dates import vn_date
from cchc_plan.engine.obligations import Obligation
from cchc_plan.engine.vocabulary import DONE
from cchc_plan.load.models import Narrative
from cchc_plan.render.document import common as c
from cchc_plan.render.document.common import Words
from cchc_plan.render.document.model import (
    Appendix,
    Block,
    CellValue,
    Column,
    Group,
    Heading,
    Paragraph,
    ReportDoc,
    Row,
    Table,
)
from cchc_plan.views.reports import AgencyReport, PartRow

NARRATIVE = ("results", "shortcomings", "causes", "solutions", "proposals")
"""The narrative's sections in the order the report prints them."""


def part_columns(w: Words) -> list[Column]:
    """The Phụ lục's columns: 252 mm, a landscape A4 page's text width."""
    return [
        w.column("report.col-number", 13, "center"),
        w.column("report.col-task", 70),
        w.column("report.col-role", 17, "center"),
        w.column("report.col-assignee", 34),
        w.column("doc.col-deadline", 32, "center"),
        w.column("doc.col-result", 42),
        w.column("doc.col-evidence", 44),
    ]


def agency_document(report: AgencyReport, w: Words) -> ReportDoc:
    agency, plan = report.agency, report.plan
    through = report.coordinator
    via = w("report.via", coordinator=through.name) if through and through.id != agency.id else ""
    about = c.subject(plan, w, w("report.subject-agency"))
    recipient = w("report.to-recipient", recipient=plan.settings.recipient, via=via)
    return ReportDoc(
        masthead=c.masthead(plan, agency, report.as_of, about, w),
        blocks=body(report, w),
        signature=c.signature(agency, report.signer, [recipient], w),
        as_of=report.as_of,
        title=w("report.agency-title", agency=agency.name, plan=c.plan_reference(plan, w),
                date=vn_date(report.as_of)),
        author=agency.name,
        lang=w.lang,
        appendices=[appendix(report, w)],
    )


def body(report: AgencyReport, w: Words) -> list[Block]:
    plan = report.plan
    headings = {key: w(f"doc.h-{key}") for key in NARRATIVE}
    return [
        Paragraph(w("report.agency-intro", plan=c.plan_reference(plan, w),
                    about=c.plan_about(plan), agency=report.agency.name,
                    date=vn_date(report.as_of))),
        *_file_notice(report, w),
        Heading(headings["results"]),
        *_assigned(report, w),
        c.counts_table(report.summary, w("report.sheet-summary"), w),
        c.rate_paragraph(report.summary, w),
        *narrative(report.narrative, "results", w),
        Heading(headings["shortcomings"]),
        *narrative(report.narrative, "shortcomings", w),
        *_overdue(report, w),
        *(block for key in NARRATIVE[2:]
          for block in (Heading(headings[key]), *narrative(report.narrative, key, w))),
        Paragraph(w("doc.closing-agency", plan=c.plan_reference(plan, w),
                    agency=report.agency.name)),
    ]


def narrative(words: Narrative | None, key: str, w: Words) -> list[Block]:
    """The agency's own text for one section, a paragraph per line; without
    it, the italic prompt saying what to write there."""
    given: str | None = getattr(words, key) if words else None
    lines = [line.strip() for line in (given or "").splitlines() if line.strip()]
    if not lines:
        return [Paragraph(w(f"doc.prompt-{key}"), "prompt")]
    return [Paragraph(line) for line in lines]


def _assigned(report: AgencyReport, w: Words) -> list[Paragraph]:
    roles = [row.role for row in report.assignments]
    out = [Paragraph(w("doc.assigned", agency=report.agency.name, tasks=len(roles),
                       lead=roles.count("lead"), coordinating=len(roles) - roles.count("lead"),
                       rows=len(report.parts)))]
    if report.missing_assignees:
        out.append(Paragraph(w("doc.missing-assignees", n=report.missing_assignees)))
    return out


def _overdue(report: AgencyReport, w: Words) -> list[Block]:
    if not report.overdue:
        return [Paragraph(w("report.no-overdue"))]
    return [Paragraph(w("doc.overdue-lead", n=len(report.overdue))),
            overdue_table(report.overdue, w)]


def _file_notice(report: AgencyReport, w: Words) -> list[Paragraph]:
    name = report.agency.name
    if not report.readable:
        return [Paragraph(w("report.file-unreadable", agency=name), "warning")]
    if not report.submitted:
        kind = missing_kind(report)
        detail = w("report.file-none" if kind == "none" else "report.file-unsigned"
                   if kind == "unsigned" else "report.file-not-counted")
        return [Paragraph(w("report.file-missing", agency=name, detail=detail), "warning")]
    updated = vn_date(report.updated) if report.updated else c.FILL_IN
    out = [Paragraph(w("report.file-date", date=updated), "note")]
    if report.contact:
        out.append(Paragraph(w("report.contact", contact=c.contact_text(report.contact, w)),
                             "note"))
    return out


def missing_kind(report: AgencyReport) -> str:
    """Why a file does not count, as far as the file shows it: none handed
    in, no contact named, or (a file that names one) not counted at the
    report's date."""
    if report.updated is None and report.contact is None:
        return "none"
    return "unsigned" if not (report.contact and report.contact.name) else "not-counted"


def overdue_table(overdue: list[Obligation], w: Words) -> Table:
    rows = [c.overdue_row(ob, w) for ob in overdue]
    return Table(c.overdue_columns(w), [Group("", rows)], w("report.sheet-overdue"),
                 empty_text=w("report.no-overdue"))


# --- the Phụ lục ----------------------------------------------------------------------


def appendix(report: AgencyReport, w: Words) -> Appendix:
    name = report.agency.name
    note = w("doc.appendix-note", kind=w("doc.kind-report"),
             number=c.blank_number(c.report_symbol(name)), date=vn_date(report.as_of),
             issuer=name)
    return Appendix([w("doc.appendix"), w("doc.appendix-agency")], note,
                    [part_table(report, w), c.rule_paragraph(report.rules, w)])


def part_table(report: AgencyReport, w: Words) -> Table:
    """One row per task part, under the plan's sections; the plan's body
    (milestones, no section) last."""
    titles = {s.id: f"{s.id}. {s.title}" for s in report.plan.sections}
    groups: dict[str, list[Row]] = {}
    order = [*titles, ""]
    seen: set[str] = set()
    for row in report.parts:
        key = row.task.section if row.task.section in titles else ""
        groups.setdefault(key, []).append(part_row(row, w, first=row.task.id not in seen))
        seen.add(row.task.id)
    body = [Group(titles.get(key) or w("doc.group-body"), groups[key])
            for key in order if key in groups]
    return Table(part_columns(w), body, w("doc.sheet-appendix"), empty_text=w("report.no-tasks"))


def part_row(row: PartRow, w: Words, first: bool = True) -> Row:
    """`first`: the task's first part, which lists the evidence the agency
    recorded for the task (its other parts would only repeat it)."""
    return [
        c.number_cell(row.task.id),
        part_title(row),
        w("role." + row.role),
        c.person_text(row.assignee, w, c.FILL_IN_CELL),
        deadline_cell(row, w),
        "\n".join(result_line(ob, w) for ob in row.obligations),
        evidence_lines(row, w) if first else "",
    ]


def part_title(row: PartRow) -> str:
    title = " ".join(row.task.title.split())
    if len(row.task.deadline) > 1 and row.part.label:
        return f"{title}\n({row.part.label})"
    return title


def _prefix(ob: Obligation, w: Words) -> str:
    """"Năm 2021: " before what concerns one period of a periodic part."""
    return w("doc.period-prefix", period=c.period_text(ob.period, w)) if ob.period else ""


def deadline_cell(row: PartRow, w: Words) -> CellValue:
    """The due date (a date cell when there is one), each period's on its own
    line, else the plan's words; the agency's internal deadline under it."""
    dated = [ob for ob in row.obligations if ob.due]
    internal = ([w("doc.internal-deadline", date=vn_date(row.internal_deadline))]
                if row.internal_deadline else [])
    if len(dated) == 1 == len(row.obligations) and not (internal or dated[0].period):
        return dated[0].due
    lines = [f"{_prefix(ob, w)}{vn_date(ob.due)}" for ob in dated if ob.due]
    if not lines and row.part not in row.task.deadline:
        lines = [w("doc.deadline-support")]  # the dated parts are the lead's
    if not lines:
        lines = [" ".join(row.task.deadline_text.split()) or c.NO_VALUE]
    return "\n".join([*lines, *internal])


def result_line(ob: Obligation, w: Words) -> str:
    """"Hoàn thành quá hạn, ngày 20/08/2020, trễ 5 ngày", after its period
    when the part has several."""
    parts = [c.status_text(ob, w)]
    if ob.completed and ob.status in DONE:
        parts.append(w("doc.completed-on", date=vn_date(ob.completed)))
    elif ob.status == "supporting" and ob.completed:  # what it reported, as the site shows
        parts.append(w("doc.supporting-done", date=vn_date(ob.completed)))
    elif ob.status == "supporting" and ob.progress == "in_progress":
        parts.append(w("progress.in_progress").lower())
    if ob.days_late:
        parts.append(w("label.days-late", n=ob.days_late))
    return _prefix(ob, w) + ", ".join(parts)


def evidence_lines(row: PartRow, w: Words) -> str:
    lines = [f"- {c.evidence_text(e, w)}" for ob in row.obligations for e in ob.evidence]
    notes = {ob.notes for ob in row.obligations if ob.notes}
    lines += [w("doc.note", note=note) for note in sorted(notes)]
    return "\n".join(lines)
