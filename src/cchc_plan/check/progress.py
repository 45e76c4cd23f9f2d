"""Checks of what an agency reports: done needs a completion date and
evidence; dates lie between the plan's start and the file's `updated` date
(and today); whoever leads a task names the person responsible once work has
begun; events are recorded only by the agencies the plan names."""

from __future__ import annotations

from datetime import date

from cchc_plan.check.context import AgencyFile, CheckContext, Loc, did_you_mean
from cchc_plan.core.dates import vn_date
from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.core.problems import Problem
from cchc_plan.load.models import Plan, Progress, TaskEntry


def check_progress(ctx: CheckContext) -> list[Problem]:
    if ctx.plan is None:
        return []
    problems: list[Problem] = []
    for f in ctx.files:
        if f.file.updated > ctx.today:
            problems.append(f.doc.problem(("updated",), "future-date",
                                          msg("future-date", date=vn_date(f.file.updated))))
        for here, entry in f.entries("tasks", f.file.tasks):
            records: list[tuple[Loc, Progress]] = [(here, entry)]
            records += [((*here, "periods", i), p) for i, p in enumerate(entry.periods)]
            for loc, record in records:
                problems += _record_problems(ctx, f, loc, record, ctx.plan)
            task = ctx.tasks.get(entry.task)
            role = ctx.directory.roles(task).get(f.agency or "") if task else None
            if role == "lead" and entry.status != "not_started" and not _named(entry):
                problems.append(f.doc.problem(here, "no-assignee",
                                              msg("no-assignee", task=entry.task),
                                              msg("hint.add-assignee")))
    return problems


def _named(entry: TaskEntry) -> bool:
    return bool(entry.assignee and entry.assignee.name)


def _record_problems(ctx: CheckContext, f: AgencyFile, loc: Loc, record: Progress,
                     plan: Plan) -> list[Problem]:
    doc = f.doc
    problems = []
    if record.status == "done":
        if record.completed is None:
            problems.append(doc.problem((*loc, "status"), "done-without-date",
                                        msg("done-without-date"), msg("hint.add-completed")))
        if not record.evidence:
            problems.append(doc.problem((*loc, "status"), "done-without-evidence",
                                        msg("done-without-evidence"), msg("hint.list-evidence")))
    elif record.completed is not None:
        problems.append(doc.problem((*loc, "completed"), "completed-not-done",
                                    msg("completed-not-done", status=record.status),
                                    msg("hint.set-done")))
    if record.completed is None:
        return problems
    start, updated, when = plan.settings.start, f.file.updated, vn_date(record.completed)
    if record.completed < start:
        problems.append(doc.problem((*loc, "completed"), "date-before-plan",
                                    msg("date-before-plan", date=when, start=vn_date(start))))
    if record.completed > updated:
        problems.append(doc.problem((*loc, "completed"), "date-after-update",
                                    msg("date-after-update", date=when, updated=vn_date(updated)),
                                    _after_update_hint(record.completed, start, updated)))
    elif record.completed > ctx.today:
        problems.append(doc.problem((*loc, "completed"), "future-date",
                                    msg("future-date.completed", date=when)))
    return problems


def check_event_records(ctx: CheckContext) -> list[Problem]:
    if ctx.plan is None:
        return []
    events = {e.id: e for e in ctx.plan.events}
    problems: list[Problem] = []
    for f in ctx.files:
        for loc, record in f.entries("events", f.file.events):
            event = events.get(record.event)
            if event is None:
                problems.append(f.doc.problem(
                    (*loc, "event"), "unknown-event",
                    msg("unknown-event.plan", event=quoted(record.event)),
                    did_you_mean(record.event, set(events))))
                continue
            allowed = {a for ref in event.recorded_by for a in ctx.directory.expand(ref)}
            if f.agency is not None and f.agency not in allowed:
                problems.append(f.doc.problem(
                    (*loc, "event"), "not-recorder",
                    msg("not-recorder", agency=quoted(f.named), event=quoted(event.id)),
                    msg("hint.recorded-by", agencies=", ".join(event.recorded_by))
                    if event.recorded_by else msg("hint.recorded-by-plan")))
            if record.date < ctx.plan.settings.start or record.date > ctx.today:
                problems.append(f.doc.problem((*loc, "date"), "bad-date",
                                              msg("bad-date.event", date=vn_date(record.date))))
    return problems


def _after_update_hint(completed: date, start: date, updated: date) -> Msg:
    """A completion after the update date whose day and month, swapped, fall
    within the plan and the update (07/12/2020 typed month-first for 12 July):
    say so, rather than to move the update date."""
    try:
        swapped = completed.replace(day=completed.month, month=completed.day)
    except ValueError:
        swapped = None
    if swapped is not None and swapped != completed and start <= swapped <= updated:
        return msg("hint.swapped-day-month", date=vn_date(completed), day=completed.day,
                   month=completed.month, swapped=vn_date(swapped))
    return msg("hint.set-updated")
