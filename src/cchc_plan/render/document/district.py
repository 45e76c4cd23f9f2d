"""The consolidated report the coordinating agency sends to the district's
leaders: every agency's results, the overdue tasks, the plan's milestones and
a draft proposal on the agencies that did not carry the plan out."""

from __future__ import annotations

from cchc_plan.core.dates import vn_date
from cchc_plan.core.i18n import status_label
from cchc_plan.engine.obligations import STATUS_CODES, Obligation
from cchc_plan.render.document import common as c
from cchc_plan.render.document.model import (
    Bar,
    Block,
    Bullets,
    Chart,
    Column,
    Group,
    Heading,
    Paragraph,
    ReportDoc,
    Row,
    Table,
)
from cchc_plan.views.reports import AgencySummary, DistrictReport, MilestoneStatus, rate_text

AGENCY_COLUMNS = [
    Column("STT", 12, "center"),
    Column("Cơ quan, đơn vị", 46),
    Column("Tệp báo cáo", 18, "center"),
    Column("Ngày cập nhật", 23, "date"),
    Column("Tổng số", 14, "int"),
    *[Column(status_label(code), 18, "int") for code in STATUS_CODES],
    Column("Tỷ lệ đúng hạn", 16, "percent"),
    Column("Chủ trì chưa phân công cá nhân", 15, "int"),
]
MILESTONE_COLUMNS = [
    Column("Mục", 14, "center"),
    Column("Nội dung", 48),
    Column("Hạn", 23, "date"),
    Column("Kết quả", 22, "center"),
    Column("Cơ quan, đơn vị chưa đạt", 58),
]
FILE_STATE = {"missing": "Chưa nộp", "unreadable": "Tệp lỗi", "ok": "Đã nộp"}
DRAFT_NOTE = ("(Dự thảo đề xuất: cán bộ theo dõi rà soát, chỉnh sửa nội dung dưới đây "
              "trước khi trình ký.)")


def district_document(report: DistrictReport) -> ReportDoc:
    plan = report.plan
    who = "Tổng hợp kết quả các cơ quan, đơn vị thực hiện"
    return ReportDoc(
        masthead=c.masthead(plan, report.coordinator, report.as_of, c.subject(plan, who)),
        blocks=_blocks(report),
        signature=c.signature(report.coordinator,
                              [f"- Lãnh đạo {plan.settings.recipient} (b/c);"]),
        as_of=report.as_of,
        title=f"Tổng hợp kết quả thực hiện {c.plan_reference(plan)} "
        f"(tính đến {vn_date(report.as_of)})",
        author=_reporter(report),
    )


def _reporter(report: DistrictReport) -> str:
    return report.coordinator.name if report.coordinator else report.plan.document.issuer_short


def _blocks(report: DistrictReport) -> list[Block]:
    return [
        Paragraph(_intro(report)),
        Heading("I. Tình hình thực hiện chung"),
        Paragraph(_files_sentence(report)),
        c.counts_table(report.summary, "Tình trạng"),
        c.rate_paragraph(report.summary),
        c.rule_paragraph(report.rule_text),
        Heading("II. Kết quả theo cơ quan, đơn vị"),
        Paragraph("Cơ quan, đơn vị chưa nộp báo cáo được xếp trước, sau đó theo số nhiệm vụ "
                  "quá hạn.", "note"),
        agency_table(report.agencies),
        Heading("Biểu đồ tỷ lệ hoàn thành theo cơ quan, đơn vị", 2),
        completion_chart(report.agencies),
        Heading("III. Nhiệm vụ quá hạn chưa hoàn thành"),
        overdue_table(report.overdue_groups),
        Heading("IV. Thực hiện các mốc thời hạn của Kế hoạch"),
        milestone_table(report),
        Heading("V. Đề xuất"),
        *proposal(report),
    ]


def _intro(report: DistrictReport) -> str:
    plan = report.plan
    return (
        f"Thực hiện {c.plan_reference(plan)} về {c.plan_about(plan)}, {_reporter(report)} "
        f"báo cáo Lãnh đạo {plan.settings.recipient} kết quả thực hiện của các cơ quan, đơn vị "
        f"tính đến ngày {vn_date(report.as_of)} như sau:"
    )


def _files_sentence(report: DistrictReport) -> str:
    total, absent, bad = len(report.agencies), len(report.missing), report.broken
    text = (f"Có {total} cơ quan, đơn vị được giao nhiệm vụ; {total - absent - len(bad)} cơ "
            f"quan, đơn vị đã nộp bảng phân công và báo cáo kết quả, {absent} cơ quan, đơn vị "
            "chưa nộp.")
    if bad:
        text += f" Tệp của {len(bad)} cơ quan, đơn vị có lỗi, không đọc được: "
        text += ", ".join(a.name for a in bad) + "."
    return text


def file_state(row: AgencySummary) -> str:
    if not row.readable:
        return FILE_STATE["unreadable"]
    return FILE_STATE["ok"] if row.submitted else FILE_STATE["missing"]


def agency_table(rows: list[AgencySummary]) -> Table:
    body = [_agency_row(i, row) for i, row in enumerate(rows, 1)]
    return Table(AGENCY_COLUMNS, [Group("", body)], "Tổng hợp", wide=True,
                 empty_text="Không có cơ quan, đơn vị nào được giao nhiệm vụ.")


def _agency_row(number: int, row: AgencySummary) -> Row:
    return [
        number,
        row.name,
        file_state(row),
        c.day_cell(row.updated if row.submitted else None),
        row.summary.total,
        *[row.summary.counts[code] for code in STATUS_CODES],
        c.percent_cell(row.summary.on_time_rate),
        row.missing_assignees,
    ]


def completion_chart(rows: list[AgencySummary]) -> Chart:
    bars = []
    for row in rows:
        share = c.completion_share(row.summary)
        bars.append(Bar(row.name, share, rate_text(share)))
    return Chart("Tỷ lệ hoàn thành các nhiệm vụ đã đến hạn (đã hoàn thành / đã đến hạn)",
                 "Cơ quan, đơn vị", "Tỷ lệ hoàn thành", bars, "Biểu đồ")


def overdue_table(groups: list[AgencySummary]) -> Table:
    body = [
        Group(f"{g.name} ({len(g.overdue)} nhiệm vụ)", [c.overdue_row(o) for o in _by_urgency(g)],
              g.name)
        for g in groups
    ]
    return Table(c.OVERDUE_COLUMNS, body, "Quá hạn", group_column="Cơ quan, đơn vị",
                 empty_text="Không có nhiệm vụ quá hạn.")


def _by_urgency(row: AgencySummary) -> list[Obligation]:
    return sorted(row.overdue, key=lambda o: o.urgency)


def milestone_table(report: DistrictReport) -> Table:
    body = [_milestone_row(m, report) for m in report.milestones]
    return Table(MILESTONE_COLUMNS, [Group("", body)], "Mốc thời hạn",
                 empty_text="Kế hoạch không có mốc thời hạn chung.")


def _milestone_row(m: MilestoneStatus, report: DistrictReport) -> Row:
    return [m.task.id, m.task.title, c.day_cell(m.due), milestone_result(m, report),
            missed_text(m, report)]


def missed_text(m: MilestoneStatus, report: DistrictReport) -> str:
    """Who missed a milestone, grouped by how: "- Chưa hoàn thành, trễ 29 ngày (28): A, B…"."""
    rank = {a.agency: i for i, a in enumerate(report.agencies)}
    names = {a.agency: a.name for a in report.agencies}
    groups: dict[str, list[str]] = {}
    for ob in sorted(m.missed, key=lambda o: (-(o.days_late or 0), rank.get(o.agency, 0))):
        groups.setdefault(_missed_text(ob), []).append(names.get(ob.agency, ob.agency))
    return "\n".join(f"- {how} ({len(names)}): {', '.join(names)}"
                     for how, names in groups.items())


def milestone_result(m: MilestoneStatus, report: DistrictReport) -> str:
    if m.met is True:
        return "Đạt (hoàn thành đúng hạn)"
    if m.met is False:
        return "Không đạt"
    if m.due is None:
        return "Không có thời hạn cụ thể"
    return "Chưa đến hạn" if report.as_of <= m.due else "Đang thực hiện"


def _missed_text(ob: Obligation) -> str:
    if ob.status == "done_late":
        return f"Hoàn thành trễ {ob.days_late} ngày"
    return f"Chưa hoàn thành, trễ {ob.days_late} ngày"


def proposal(report: DistrictReport) -> list[Block]:
    """Draft proposals; the plan asks to propose handling the heads of the
    agencies that did not carry it out."""
    items = [part for part in (_missing_part(report), _broken_part(report),
                               _overdue_part(report)) if part]
    if not items:
        return [Paragraph("Các cơ quan, đơn vị đã nộp báo cáo và không có nhiệm vụ quá hạn; "
                          "chưa có nội dung đề xuất xử lý.")]
    blocks: list[Block] = [
        Paragraph(DRAFT_NOTE, "draft"),
        Paragraph(f"Căn cứ kết quả tổng hợp nêu trên, {_reporter(report)} đề xuất Lãnh đạo "
                  f"{report.plan.settings.recipient}:"),
    ]
    for number, (lead, names) in enumerate(items, 1):
        blocks += [Paragraph(f"{number}. {lead}"), Bullets(names)]
    blocks.append(Paragraph(
        f"{len(items) + 1}. Gắn kết quả thực hiện Kế hoạch với việc đánh giá, xếp loại cuối "
        "năm và bình xét thi đua, khen thưởng đối với người đứng đầu và tập thể các cơ quan, "
        "đơn vị không triển khai thực hiện."))
    return blocks


Part = tuple[str, list[str]] | None


def _missing_part(report: DistrictReport) -> Part:
    rows = report.missing
    if not rows:
        return None
    return (f"Phê bình, nhắc nhở và xem xét xử lý trách nhiệm người đứng đầu {len(rows)} cơ "
            "quan, đơn vị chưa gửi bảng phân công nhiệm vụ và báo cáo kết quả thực hiện:",
            [r.name for r in rows])


def _broken_part(report: DistrictReport) -> Part:
    rows = report.broken
    if not rows:
        return None
    return ("Yêu cầu các cơ quan, đơn vị sau gửi lại báo cáo do tệp đã gửi có lỗi, không "
            "đọc được:", [r.name for r in rows])


def _overdue_part(report: DistrictReport) -> Part:
    rows = [a for a in report.overdue_groups if a.submitted and a.readable]
    if not rows:
        return None
    return ("Yêu cầu các cơ quan, đơn vị sau khẩn trương hoàn thành các nhiệm vụ quá hạn, "
            "báo cáo kết quả về " + _reporter(report) + ":",
            [f"{r.name}: {len(r.overdue)} nhiệm vụ quá hạn" for r in rows])
