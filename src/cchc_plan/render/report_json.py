"""The report as stable JSON: codes not labels, ISO dates. For scripts and
dashboards; people read the Word, Excel, HTML or Markdown forms."""

from __future__ import annotations

from datetime import date
from typing import Any

from cchc_plan.core.lang import Lang
from cchc_plan.engine.obligations import Obligation
from cchc_plan.load.models import Agency, Evidence, Narrative, Person, Plan, Signer
from cchc_plan.render.counting_text import rule_text
from cchc_plan.render.document.common import Words
from cchc_plan.render.indented import dumps_indented
from cchc_plan.render.machine import counts_record, rules_record
from cchc_plan.views.groups import NameEntry
from cchc_plan.views.reminder import ReminderLetter
from cchc_plan.views.reports import (
    AgencyReport,
    AgencySummary,
    AssignmentRow,
    DistrictReport,
    MilestoneStatus,
    OverduePart,
    PartRow,
    ProposalItem,
)

SCHEMA_VERSION = 1


def render(report: AgencyReport | DistrictReport | ReminderLetter, lang: Lang) -> str:
    """The report as JSON; `rule_text` (the one sentence in it) in `lang`."""
    if isinstance(report, ReminderLetter):
        record = reminder_record(report)
    else:
        record = (agency_record(report) if isinstance(report, AgencyReport)
                  else district_record(report))
        record["rule_text"] = rule_text(report.rules, Words(lang))
    return dumps_indented(record) + "\n"


def signer_record(signer: Signer | None) -> dict[str, Any] | None:
    return signer.model_dump(mode="json") if signer else None


def narrative_record(narrative: Narrative | None) -> dict[str, Any] | None:
    return narrative.model_dump(mode="json") if narrative else None


def part_record(row: PartRow) -> dict[str, Any]:
    return {"task": row.task.id, "part": row.part.name, "role": row.role,
            "assignee": person_record(row.assignee),
            "internal_deadline": iso(row.internal_deadline),
            "obligations": [{"period": o.period, "due": iso(o.due), "status": o.status}
                            for o in row.obligations]}


def names_record(entries: list[NameEntry]) -> list[dict[str, Any]]:
    return [{"name": e.name, "excluded": list(e.excluded)} for e in entries]


def overdue_part_record(part: OverduePart) -> dict[str, Any]:
    return {"task": part.task.id, "part": part.part.name, "period": part.period,
            "due": iso(part.due), "days_late": part.days_late,
            "agencies": [o.agency for o in part.obligations],
            "lead": names_record(part.lead), "coordinating": names_record(part.coordinating)}


def proposal_record(item: ProposalItem) -> dict[str, Any]:
    return {"kind": item.proposal.agencies, "task": item.proposal.task,
            "text": item.proposal.text, "agencies": [a.agency for a in item.agencies]}


def reminder_record(letter: ReminderLetter) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "reminder",
        "as_of": letter.as_of.isoformat(),
        "plan": plan_record(letter.plan),
        "coordinator": agency_ref(letter.coordinator),
        "due_soon_days": letter.due_soon_days,
        "reply_by": letter.reply_by.isoformat(),
        "signer": signer_record(letter.signer),
        "addressees": [{"agency": agency_ref(a.agency),
                        "overdue": [obligation(o) for o in a.overdue],
                        "due_soon": [obligation(o) for o in a.due_soon]}
                       for a in letter.addressees],
    }


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def plan_record(plan: Plan) -> dict[str, Any]:
    doc = plan.document
    return {"number": doc.number, "date": iso(doc.date), "issuer": doc.issuer,
            "title": " ".join(doc.title.split())}


def agency_ref(agency: Agency | None) -> dict[str, Any] | None:
    return {"id": agency.id, "name": agency.name} if agency else None


def person_record(person: Person | None) -> dict[str, Any] | None:
    return person.model_dump(mode="json") if person else None


def evidence_record(item: Evidence) -> dict[str, Any]:
    return {"number": item.number, "date": iso(item.date), "title": item.title,
            "link": item.link}


def obligation(ob: Obligation) -> dict[str, Any]:
    return {
        "task": ob.task.id,
        "section": ob.task.section,
        "title": ob.task.title,
        "agency": ob.agency,
        "role": ob.role,
        "part": ob.part_key,
        "period": ob.period,
        "due": iso(ob.due),
        "status": ob.status,
        "due_soon": ob.due_soon,
        "reported": ob.reported,
        "readable": ob.readable,
        "days_late": ob.days_late,
        "days_left": ob.days_left,
        "completed": iso(ob.completed),
        "evidence": [evidence_record(e) for e in ob.evidence],
        "progress": ob.progress,
        "notes": ob.notes,
        "assignee": person_record(ob.assignee),
        "internal_deadline": iso(ob.internal_deadline),
    }


def assignment_record(row: AssignmentRow) -> dict[str, Any]:
    return {
        "task": row.task.id,
        "title": row.task.title,
        "outputs": list(row.task.outputs),
        "role": row.role,
        "assignee": person_record(row.assignee),
        "internal_deadline": iso(row.internal_deadline),
        "due_dates": [d.isoformat() for d in sorted(row.due_dates)],
        "deadline_text": row.task.deadline_text,
    }


def agency_record(report: AgencyReport) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "agency",
        "as_of": report.as_of.isoformat(),
        "plan": plan_record(report.plan),
        "agency": agency_ref(report.agency),
        "submitted": report.submitted,
        "readable": report.readable,
        "updated": iso(report.updated),
        "contact": person_record(report.contact),
        "signer": signer_record(report.signer),
        "narrative": narrative_record(report.narrative),
        "assignments": [assignment_record(r) for r in report.assignments],
        "parts": [part_record(r) for r in report.parts],
        "missing_assignees": report.missing_assignees,
        "obligations": [obligation(o) for o in report.obligations],
        "summary": counts_record(report.summary),
        "overdue": [obligation(o) for o in report.overdue],
        "rules": rules_record(report.rules),
    }


def agency_counts_record(row: AgencySummary) -> dict[str, Any]:
    return {
        "agency": row.agency,
        "name": row.name,
        "submitted": row.submitted,
        "readable": row.readable,
        "updated": iso(row.updated),
        "summary": counts_record(row.summary),
        "overdue_count": len(row.overdue),
        "missing_assignees": row.missing_assignees,
        "overdue": [obligation(o) for o in sorted(row.overdue, key=lambda o: o.urgency)],
    }


def milestone_record(m: MilestoneStatus) -> dict[str, Any]:
    return {
        "task": m.task.id,
        "title": m.task.title,
        "due": iso(m.due),
        "met": m.met,
        "obligations": len(m.obligations),
        "missed": [{"agency": o.agency, "status": o.status, "days_late": o.days_late}
                   for o in sorted(m.missed, key=lambda o: o.urgency)],
    }


def district_record(report: DistrictReport) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "district",
        "as_of": report.as_of.isoformat(),
        "plan": plan_record(report.plan),
        "coordinator": agency_ref(report.coordinator),
        "summary": counts_record(report.summary),
        "agencies": [agency_counts_record(a) for a in report.agencies],
        "not_submitted": [a.agency for a in report.not_submitted],
        "unreadable": [a.agency for a in report.broken],
        "milestones": [milestone_record(m) for m in report.milestones],
        "overdue_parts": [overdue_part_record(p) for p in report.overdue_parts],
        "proposals": [proposal_record(i) for i in report.proposals],
        "signer": signer_record(report.signer),
        "rules": rules_record(report.rules),
    }
