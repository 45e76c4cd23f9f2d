"""The document an agency hands in: its bảng phân công nhiệm vụ and its báo cáo
kết quả thực hiện."""

from __future__ import annotations

from cchc_plan.core.dates import vn_date
from cchc_plan.engine.obligations import Obligation
from cchc_plan.render.document import common as c
from cchc_plan.render.document.common import Words
from cchc_plan.render.document.model import (
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
from cchc_plan.views.reports import AgencyReport, AssignmentRow, task_order


def assignment_columns(w: Words) -> list[Column]:
    return [
        w.column("report.col-number", 14, "center"),
        w.column("report.col-task", 96, strong_first_line=True),
        w.column("report.col-outputs", 50),
        w.column("report.col-role", 18, "center"),
        w.column("report.col-assignee", 40),
        w.column("report.col-completion-time", 34, "date"),
    ]


def result_columns(w: Words) -> list[Column]:
    return [
        w.column("report.col-number", 14, "center"),
        w.column("report.col-task", 54),
        w.column("report.col-role", 18, "center"),
        w.column("report.col-period", 18, "center"),
        w.column("report.col-due", 23, "date"),
        w.column("report.col-status", 27, "center"),
        w.column("report.col-completed", 23, "date"),
        w.column("report.col-days-late", 14, "int"),
        w.column("report.col-evidence", 43),
        w.column("report.col-notes", 18),
    ]


def agency_document(report: AgencyReport, w: Words) -> ReportDoc:
    agency, plan = report.agency, report.plan
    through = report.coordinator
    via = w("report.via", coordinator=through.name) if through and through.id != agency.id else ""
    about = c.subject(plan, w, w("report.subject-agency"))
    return ReportDoc(
        masthead=c.masthead(plan, agency, report.as_of, about, w),
        blocks=_blocks(report, w),
        signature=c.signature(agency, [w("report.to-recipient",
                                         recipient=plan.settings.recipient, via=via)], w),
        as_of=report.as_of,
        title=w("report.agency-title", agency=agency.name, plan=c.plan_reference(plan, w),
                date=vn_date(report.as_of)),
        author=agency.name,
        lang=w.lang,
    )


def _blocks(report: AgencyReport, w: Words) -> list[Block]:
    return [
        Paragraph(w("report.agency-intro", plan=c.plan_reference(report.plan, w),
                    about=c.plan_about(report.plan), agency=report.agency.name,
                    date=vn_date(report.as_of))),
        *_file_notice(report, w),
        Heading(w("report.h-assignments")),
        assignment_table(report, w),
        Heading(w("report.h-results")),
        Heading(w("report.h-results-each"), 2),
        result_table(sorted(report.obligations, key=plan_order), w),
        Heading(w("report.h-results-summary"), 2),
        c.counts_table(report.summary, w("report.sheet-summary"), w),
        c.rate_paragraph(report.summary, w),
        Heading(w("report.h-agency-overdue"), 2),
        overdue_table(report.overdue, w),
        c.rule_paragraph(report.rules, w),
    ]


def _file_notice(report: AgencyReport, w: Words) -> list[Paragraph]:
    name = report.agency.name
    if not report.readable:
        return [Paragraph(w("report.file-unreadable", agency=name), "warning")]
    if not report.submitted:
        detail = w("report.file-unsigned" if report.updated else "report.file-none")
        return [Paragraph(w("report.file-missing", agency=name, detail=detail), "warning")]
    updated = vn_date(report.updated) if report.updated else c.FILL_IN
    out = [Paragraph(w("report.file-date", date=updated), "note")]
    if report.contact:
        out.append(Paragraph(w("report.contact", contact=c.contact_text(report.contact, w)),
                             "note"))
    return out


def assignment_table(report: AgencyReport, w: Words) -> Table:
    rows = [_assignment_row(row, w) for row in report.assignments]
    return Table(assignment_columns(w), [Group("", rows)], w("report.sheet-assignments"),
                 wide=True, empty_text=w("report.no-tasks"))


def _assignment_row(row: AssignmentRow, w: Words) -> Row:
    return [
        row.task.id,
        c.task_cell(row.task, full=True),
        c.outputs_cell(row.task),
        w("role." + row.role),
        c.person_text(row.assignee, w),
        _completion_time(row),
    ]


def _completion_time(row: AssignmentRow) -> CellValue:
    """The internal deadline, else the plan's due dates, else its words."""
    if row.internal_deadline:
        return row.internal_deadline
    if len(row.due_dates) == 1:
        return row.due_dates[0]
    if row.due_dates:
        return "; ".join(vn_date(d) for d in sorted(row.due_dates))
    return row.task.deadline_text.strip()


def plan_order(ob: Obligation) -> tuple[object, ...]:
    """Task number, period, then the deadline parts in the order the plan writes them."""
    parts = [p.name for p in ob.task.deadline]
    index = parts.index(ob.part.name) if ob.part.name in parts else len(parts)
    return (*task_order(ob), index)


def result_table(obligations: list[Obligation], w: Words) -> Table:
    rows = [_result_row(ob, w) for ob in obligations]
    return Table(result_columns(w), [Group("", rows)], w("report.sheet-results"), wide=True,
                 empty_text=w("report.no-obligations"))


def _result_row(ob: Obligation, w: Words) -> Row:
    return [
        ob.task.id,
        c.obligation_title(ob),
        w("role." + ob.role),
        c.period_text(ob.period, w),
        c.day_cell(ob.due),
        c.status_text(ob, w),
        c.day_cell(ob.completed),
        c.days_late_cell(ob),
        c.evidence_cell(ob, w),
        ob.notes or "",
    ]


def overdue_table(overdue: list[Obligation], w: Words) -> Table:
    rows = [c.overdue_row(ob, w) for ob in overdue]
    return Table(c.overdue_columns(w), [Group("", rows)], w("report.sheet-overdue"),
                 empty_text=w("report.no-overdue"))
