"""The consolidated report the coordinating agency sends to the district's
leaders: the overall results, the overdue task parts (each once, with the
agencies that hold it), the plan's milestones and the draft proposals the plan
itself words (`report.proposals`); every agency's figures in a landscape
Phụ lục."""

from __future__ import annotations

from cchc_plan.core.dates import vn_date
from cchc_plan.engine.obligations import Obligation
from cchc_plan.engine.vocabulary import STATUS_CODES
from cchc_plan.render.document import common as c
from cchc_plan.render.document import leaders as lv
from cchc_plan.render.document.common import Words
from cchc_plan.render.document.model import (
    Appendix,
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
from cchc_plan.views.groups import NameEntry
from cchc_plan.views.reports import (
    AgencySummary,
    DistrictReport,
    DraftedProposal,
    MilestoneStatus,
    OverduePart,
    ProposalItem,
)


def agency_columns(w: Words) -> list[Column]:
    return [
        w.column("report.col-number", 12, "center"),
        w.column("report.col-agency", 46),
        w.column("report.col-file", 18, "center"),
        w.column("report.col-updated", 23, "date"),
        w.column("report.col-total", 14, "int"),
        *[w.column("status." + code, 18, "int") for code in STATUS_CODES],
        w.column("report.col-rate", 16, "percent"),
        w.column("report.col-no-assignee", 15, "int"),
    ]


def milestone_columns(w: Words) -> list[Column]:
    return [
        w.column("report.col-section", 14, "center"),
        w.column("report.col-content", 48),
        w.column("report.col-due", 23, "date"),
        w.column("report.col-result", 22, "center"),
        w.column("report.col-missed-by", 58),
    ]


def overdue_part_columns(w: Words) -> list[Column]:
    """165 mm: a portrait page's text width."""
    return [
        w.column("report.col-section", 13, "center"),
        w.column("report.col-content", 57),
        w.column("report.col-due", 22, "date"),
        w.column("report.col-days-late", 15, "int"),
        w.column("doc.col-not-done", 58),
    ]


def district_document(report: DistrictReport, w: Words) -> ReportDoc:
    plan = report.plan
    about = c.subject(plan, w, w("report.subject-district"))
    return ReportDoc(
        masthead=c.masthead(plan, report.coordinator, report.as_of, about, w),
        blocks=_blocks(report, w),
        signature=c.signature(report.coordinator, report.signer,
                              [w("report.to-leaders", recipient=plan.settings.recipient)], w),
        as_of=report.as_of,
        title=w("report.district-title", plan=c.plan_reference(plan, w),
                date=vn_date(report.as_of)),
        author=reporter(report),
        lang=w.lang,
        appendices=[appendix(report, w),
                    *(lv.appendices(report.leaders, appendix(report, w).note, w)
                      if report.leaders else [])],
    )


def appendix(report: DistrictReport, w: Words) -> Appendix:
    name = reporter(report)
    note = w("doc.appendix-note", kind=w("doc.kind-report"),
             number=c.blank_number(c.report_symbol(name)), date=vn_date(report.as_of),
             issuer=name)
    return Appendix([w("doc.appendix"), w("doc.appendix-district")], note,
                    [Paragraph(order_note(report, w), "note"), agency_table(report.agencies, w)])


def reporter(report: DistrictReport) -> str:
    return report.coordinator.name if report.coordinator else report.plan.document.issuer_short


def _blocks(report: DistrictReport, w: Words) -> list[Block]:
    plan = report.plan
    return [
        Paragraph(w("report.district-intro", plan=c.plan_reference(plan, w),
                    about=c.plan_about(plan), reporter=reporter(report),
                    recipient=plan.settings.recipient, date=vn_date(report.as_of))),
        Heading(w("report.h-overall")),
        Paragraph(_files_sentence(report, w)),
        c.counts_table(report.summary, w("report.sheet-status"), w),
        c.rate_paragraph(report.summary, w),
        *(lv.summary_paragraphs(report.leaders, w) if report.leaders else []),
        c.rule_paragraph(report.rules, w),
        Heading(w("report.h-by-agency")),
        Paragraph(w("doc.by-agency-intro")),
        Heading(w("report.h-chart"), 2),
        rate_chart(report.agencies, w),
        Heading(w("report.h-overdue")),
        *overdue_blocks(report, w),
        Heading(w("report.h-milestones")),
        milestone_table(report, w),
        Heading(w("report.h-proposals")),
        *proposals(report, w),
        Paragraph(w("doc.closing-district", plan=c.plan_reference(plan, w),
                    reporter=reporter(report))),
    ]


def _files_sentence(report: DistrictReport, w: Words) -> str:
    total, absent, bad = len(report.agencies), len(report.missing), report.broken
    sentence = w("report.files-sentence", total=total, done=total - absent - len(bad),
                 absent=absent)
    if bad:
        sentence += w("report.files-broken", n=len(bad), names=", ".join(a.name for a in bad))
    return sentence


def order_note(report: DistrictReport, w: Words) -> str:
    """How the agency table is ordered, as the plan's `report.agency_order` says."""
    keys = [w(f"report.order-{key}") for key in report.plan.report.agency_order]
    if not keys:
        return w("report.order-registry")
    first = keys[0][:1].upper() + keys[0][1:]
    if len(keys) == 1:
        return w("report.order-one", first=first)
    return w("report.order-two", first=first, second=", ".join(keys[1:]))


def file_state(row: AgencySummary, w: Words) -> str:
    if not row.readable:
        return w("report.file-state-unreadable")
    return w("report.file-state-ok" if row.submitted else "report.file-state-missing")


def agency_table(rows: list[AgencySummary], w: Words) -> Table:
    body = [_agency_row(i, row, w) for i, row in enumerate(rows, 1)]
    return Table(agency_columns(w), [Group("", body)], w("report.sheet-summary"),
                 empty_text=w("report.no-agencies"))


def _agency_row(number: int, row: AgencySummary, w: Words) -> Row:
    return [
        number,
        row.name,
        file_state(row, w),
        c.day_cell(row.updated if row.submitted else None),
        row.summary.total,
        *[row.summary.counts[code] for code in STATUS_CODES],
        c.percent_cell(row.summary.on_time_rate),
        row.missing_assignees,
    ]


def rate_chart(rows: list[AgencySummary], w: Words) -> Chart:
    """The on-time rate of each agency: the same number as the table's column."""
    bars = [Bar(row.name, row.summary.on_time_rate, c.rate_text(row.summary.on_time_rate))
            for row in rows]
    return Chart(w("report.chart-title"), w("report.col-agency"), w("report.col-rate"),
                 bars, w("report.sheet-chart"))


def overdue_blocks(report: DistrictReport, w: Words) -> list[Block]:
    parts = report.overdue_parts
    if not parts:
        return [Paragraph(w("report.no-overdue"))]
    count = sum(len(p.obligations) for p in parts)
    return [Paragraph(w("doc.overdue-parts-intro", parts=len(parts), n=count)),
            overdue_parts_table(parts, w)]


def overdue_parts_table(parts: list[OverduePart], w: Words) -> Table:
    """Each overdue task part once, with who holds it: the task's length does
    not multiply by the number of agencies."""
    rows: list[Row] = [[c.number_cell(p.task.id), overdue_title(p, w), p.due, p.days_late,
                        holders_text(p, w)] for p in parts]
    return Table(overdue_part_columns(w), [Group("", rows)], w("report.sheet-overdue"),
                 empty_text=w("report.no-overdue"))


def overdue_title(part: OverduePart, w: Words) -> str:
    title = " ".join(part.task.title.split())
    if len(part.task.deadline) > 1 and part.part.label:
        title += f"\n({part.part.label})"
    if part.period:
        title += f"\n{c.period_text(part.period, w)}"
    return title


def holders_text(part: OverduePart, w: Words) -> str:
    lead = sum(1 for o in part.obligations if o.role == "lead")
    helping = len(part.obligations) - lead
    lines = [w("doc.holders-lead", n=lead, names=names_text(part.lead, w))] if lead else []
    if helping:
        lines.append(w("doc.holders-coordinating", n=helping,
                       names=names_text(part.coordinating, w)))
    return "\n".join(lines)


def names_text(entries: list[NameEntry], w: Words) -> str:
    """"UBND các xã, thị trấn (trừ UBND thị trấn Phú Túc), Phòng Nội vụ"."""
    return "; ".join(w("doc.group-except", group=e.name, names=", ".join(e.excluded))
                     if e.excluded else e.name for e in entries)


def milestone_table(report: DistrictReport, w: Words) -> Table:
    body = [_milestone_row(m, report, w) for m in report.milestones]
    return Table(milestone_columns(w), [Group("", body)], w("report.sheet-milestones"),
                 empty_text=w("report.no-milestones"))


def _milestone_row(m: MilestoneStatus, report: DistrictReport, w: Words) -> Row:
    return [m.task.id, m.task.title, c.day_cell(m.due), milestone_result(m, report, w),
            missed_text(m, report, w)]


def missed_text(m: MilestoneStatus, report: DistrictReport, w: Words) -> str:
    """Who missed a milestone, grouped by how: "- Chưa hoàn thành, trễ 29 ngày (28): A, B…"."""
    rank = {a.agency: i for i, a in enumerate(report.agencies)}
    names = {a.agency: a.name for a in report.agencies}
    groups: dict[str, list[str]] = {}
    for ob in sorted(m.missed, key=lambda o: (-(o.days_late or 0), rank.get(o.agency, 0))):
        groups.setdefault(_missed_how(ob, w), []).append(names.get(ob.agency, ob.agency))
    return "\n".join(w("report.missed-line", how=how, n=len(who), names=", ".join(who))
                     for how, who in groups.items())


def milestone_result(m: MilestoneStatus, report: DistrictReport, w: Words) -> str:
    if m.met is True:
        return w("report.milestone-met")
    if m.met is False:
        return w("report.milestone-missed")
    if m.due is None:
        return w("report.milestone-undated")
    return w("report.milestone-not-due" if report.as_of <= m.due else "report.milestone-open")


def _missed_how(ob: Obligation, w: Words) -> str:
    return w("report.missed-late" if ob.status == "done_late" else "report.missed-open",
             n=ob.days_late)


def proposals(report: DistrictReport, w: Words) -> list[Block]:
    """The plan's draft proposals, each with the agencies it names; numbered.
    When none names anyone, those the figures call for (`drafted`); the
    sentence that there is nothing to propose only when nothing is missing,
    broken or overdue."""
    if report.drafted:
        return drafted_blocks(report, w)
    if not any(item.agencies for item in report.proposals):
        return [Paragraph(w("report.no-proposals"))]
    blocks = proposal_intro(report, w)
    for number, item in enumerate(report.proposals, 1):
        blocks.append(Paragraph(f"{number}. {proposal_text(item, report)}"))
        if item.agencies:
            blocks.append(Bullets(_proposal_names(item, w)))
    return blocks


def proposal_intro(report: DistrictReport, w: Words) -> list[Block]:
    """The draft mark and the sentence every list of proposals opens with."""
    return [Paragraph(w("report.draft-note"), "draft"),
            Paragraph(w("report.proposal-intro", reporter=reporter(report),
                        recipient=report.plan.settings.recipient))]


def drafted_blocks(report: DistrictReport, w: Words) -> list[Block]:
    blocks = proposal_intro(report, w)
    for number, item in enumerate(report.drafted, 1):
        blocks.append(Paragraph(f"{number}. {drafted_words(item, report, w)}"))
        blocks.append(Bullets([w("report.overdue-count", name=a.name, n=len(a.overdue))
                               if item.kind == "overdue" else a.name for a in item.agencies]))
    return blocks


def drafted_words(item: DraftedProposal, report: DistrictReport, w: Words) -> str:
    count = len(item.agencies)
    if item.kind == "not_submitted":
        return w("report.drafted-not_submitted", count=count, reporter=reporter(report))
    if item.kind == "unreadable":
        return w("report.drafted-unreadable", count=count)
    return w("report.drafted-overdue", count=count)


def proposal_text(item: ProposalItem, report: DistrictReport) -> str:
    """The plan's wording with its two placeholders filled: `{count}` and
    `{coordinator}`. Replaced literally: plan text is never a format string."""
    words = item.proposal.text
    return (words.replace("{count}", str(len(item.agencies)))
            .replace("{coordinator}", reporter(report)))


def _proposal_names(item: ProposalItem, w: Words) -> list[str]:
    if item.proposal.agencies == "overdue":
        return [w("report.overdue-count", name=a.name, n=len(a.overdue)) for a in item.agencies]
    if item.proposal.agencies == "missed":
        return [w("doc.proposal-missed", name=a.name, how=_missed_detail(item.missed[a.agency], w))
                for a in item.agencies if a.agency in item.missed]
    return [a.name for a in item.agencies]


def _missed_detail(ob: Obligation, w: Words) -> str:
    return w("doc.missed-late" if ob.status == "done_late" else "doc.missed-open",
             n=ob.days_late)
