"""The document an agency hands in: its bảng phân công nhiệm vụ and its báo cáo
kết quả thực hiện (Kế hoạch, part IV)."""

from __future__ import annotations

from cchc_plan.core.dates import vn_date
from cchc_plan.core.i18n import role_label
from cchc_plan.engine.obligations import Obligation
from cchc_plan.render.document import common as c
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

ASSIGNMENT_COLUMNS = [
    Column("STT", 14, "center"),
    Column("Nội dung nhiệm vụ", 96, strong_first_line=True),
    Column("Sản phẩm đầu ra", 50),
    Column("Vai trò", 18, "center"),
    Column("Cá nhân phụ trách (họ tên, chức vụ)", 40),
    Column("Thời gian hoàn thành", 34, "date"),
]
RESULT_COLUMNS = [
    Column("STT", 14, "center"),
    Column("Nội dung nhiệm vụ", 54),
    Column("Vai trò", 18, "center"),
    Column("Kỳ", 18, "center"),
    Column("Hạn", 23, "date"),
    Column("Tình trạng", 27, "center"),
    Column("Ngày hoàn thành", 23, "date"),
    Column("Số ngày trễ", 14, "int"),
    Column("Văn bản, tài liệu kiểm chứng (số/ký hiệu, ngày, trích yếu)", 43),
    Column("Ghi chú", 18),
]


def agency_document(report: AgencyReport) -> ReportDoc:
    agency, plan = report.agency, report.plan
    through = report.coordinator
    via = f" (qua {through.name})" if through and through.id != agency.id else ""
    return ReportDoc(
        masthead=c.masthead(plan, agency, report.as_of, c.subject(plan)),
        blocks=_blocks(report),
        signature=c.signature(agency, [f"- {plan.settings.recipient}{via};"]),
        as_of=report.as_of,
        title=f"{agency.name}: báo cáo kết quả thực hiện {c.plan_reference(plan)} "
        f"(tính đến {vn_date(report.as_of)})",
        author=agency.name,
    )


def _blocks(report: AgencyReport) -> list[Block]:
    return [
        Paragraph(_intro(report)),
        *_file_notice(report),
        Heading("I. Bảng phân công nhiệm vụ"),
        assignment_table(report),
        Heading("II. Báo cáo kết quả thực hiện"),
        Heading("1. Kết quả thực hiện từng nhiệm vụ", 2),
        result_table(sorted(report.obligations, key=plan_order)),
        Heading("2. Tổng hợp kết quả", 2),
        c.counts_table(report.summary, "Tổng hợp"),
        c.rate_paragraph(report.summary),
        Heading("3. Nhiệm vụ quá hạn chưa hoàn thành", 2),
        overdue_table(report.overdue),
        c.rule_paragraph(report.rule_text),
    ]


def _intro(report: AgencyReport) -> str:
    plan = report.plan
    return (
        f"Thực hiện {c.plan_reference(plan)} về {c.plan_about(plan)}, {report.agency.name} "
        f"báo cáo bảng phân công nhiệm vụ và kết quả thực hiện tính đến ngày "
        f"{vn_date(report.as_of)} như sau:"
    )


def _file_notice(report: AgencyReport) -> list[Paragraph]:
    name = report.agency.name
    if not report.readable:
        return [Paragraph(
            f"Lưu ý: tệp cập nhật kết quả của {name} có lỗi, không đọc được (kiểm tra bằng "
            "lệnh cchc validate). Tình trạng dưới đây chưa tính các kết quả ghi trong tệp.",
            "warning")]
    if not report.submitted:
        return [Paragraph(f"Lưu ý: {name} chưa nộp bảng phân công nhiệm vụ và báo cáo kết quả "
                          f"thực hiện (chưa nộp). {_missing_detail(report)}", "warning")]
    out = [Paragraph(f"Số liệu theo tệp cập nhật của cơ quan ngày "
                     f"{vn_date(report.updated) if report.updated else c.FILL_IN}.", "note")]
    if report.contact:
        out.append(Paragraph(f"Cán bộ đầu mối: {c.contact_text(report.contact)}.", "note"))
    return out


def _missing_detail(report: AgencyReport) -> str:
    if report.updated:
        return ("Tệp của cơ quan chưa ghi cán bộ đầu mối nên chưa được tính là đã nộp; các "
                "nội dung đã ghi trong tệp được thể hiện dưới đây.")
    return ("Tình trạng dưới đây tính theo thời hạn của Kế hoạch, chưa có kết quả do cơ quan "
            "báo cáo; cột cá nhân phụ trách để trống để điền.")


def assignment_table(report: AgencyReport) -> Table:
    rows = [_assignment_row(row) for row in report.assignments]
    return Table(ASSIGNMENT_COLUMNS, [Group("", rows)], "Phân công", wide=True,
                 empty_text="Cơ quan không có nhiệm vụ trong Kế hoạch.")


def _assignment_row(row: AssignmentRow) -> Row:
    return [
        row.task.id,
        c.task_cell(row.task, full=True),
        c.outputs_cell(row.task),
        role_label(row.role),
        c.person_text(row.assignee),
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


def result_table(obligations: list[Obligation]) -> Table:
    rows = [_result_row(ob) for ob in obligations]
    return Table(RESULT_COLUMNS, [Group("", rows)], "Kết quả", wide=True,
                 empty_text="Không có nhiệm vụ.")


def _result_row(ob: Obligation) -> Row:
    return [
        ob.task.id,
        c.obligation_title(ob),
        role_label(ob.role),
        c.period_text(ob.period),
        c.day_cell(ob.due),
        c.status_text(ob),
        c.day_cell(ob.completed),
        c.days_late_cell(ob),
        c.evidence_cell(ob),
        ob.notes or "",
    ]


def overdue_table(overdue: list[Obligation]) -> Table:
    rows = [c.overdue_row(ob) for ob in overdue]
    return Table(c.OVERDUE_COLUMNS, [Group("", rows)], "Quá hạn",
                 empty_text="Không có nhiệm vụ quá hạn.")
