"""Checks of the plan: ids unique, references resolve, every task has a lead
and a deadline rule, deadline parts name real events and levels and are
someone's to deliver; notes an import left for review are warnings until a
person removes them."""

from __future__ import annotations

from collections import Counter

from cchc_plan.check.context import CheckContext, did_you_mean
from cchc_plan.core.messages import msg, quoted
from cchc_plan.core.problems import Problem
from cchc_plan.load.holidays import known_country
from cchc_plan.load.models import RelativePart


def check_task_ids(ctx: CheckContext) -> list[Problem]:
    if ctx.plan is None:
        return []
    problems = []
    seen: set[str] = set()
    for here, task in ctx.plan_tasks():
        if task.id in seen:
            problems.append(ctx.plan_doc.problem(
                (*here, "id"), "duplicate-id", msg("duplicate-id.task", task=quoted(task.id))))
        seen.add(task.id)
    for name, ids in (("sections", [s.id for s in ctx.plan.sections]),
                      ("events", [e.id for e in ctx.plan.events])):
        counts = Counter(ids)
        problems += [ctx.plan_doc.problem((name, index, "id"), "duplicate-id",
                                          msg("duplicate-id.list", id=quoted(ident), list=name))
                     for index, ident in enumerate(ids) if counts[ident] > 1]
    return problems


def check_task_agencies(ctx: CheckContext) -> list[Problem]:
    if ctx.plan is None or ctx.registry is None:
        return []
    doc = ctx.plan_doc
    problems: list[Problem] = []
    for here, task in ctx.plan_tasks():
        for field in ("lead", "coordinating"):
            for r_index, ref in enumerate(getattr(task, field)):
                problems += ctx.reference(doc, ref, (*here, field, r_index))
    if ctx.plan.settings.coordinator:
        problems += ctx.reference(doc, ctx.plan.settings.coordinator, ("settings", "coordinator"))
    for index, event in enumerate(ctx.plan.events):
        for r_index, ref in enumerate(event.recorded_by):
            problems += ctx.reference(doc, ref, ("events", index, "recorded_by", r_index))
    return problems


def check_structure(ctx: CheckContext) -> list[Problem]:
    """Sections exist, sub-items stand under an existing row, headings have sub-items,
    every other task has a lead and a deadline rule."""
    if ctx.plan is None:
        return []
    doc = ctx.plan_doc
    parents = {t.parent for t in ctx.tasks.values() if t.parent}
    sections = {s.id for s in ctx.plan.sections}
    problems = []
    for here, task in ctx.plan_tasks():
        if here[0] == "tasks" and task.section is not None and task.section not in sections:
            problems.append(doc.problem(
                (*here, "section"), "unknown-section",
                msg("unknown-section", section=quoted(task.section)),
                did_you_mean(task.section, sections)))
        if task.parent and task.parent not in ctx.tasks:
            problems.append(doc.problem((*here, "parent"), "unknown-task",
                                        msg("unknown-task.parent", parent=quoted(task.parent))))
        if task.parent == task.id:
            problems.append(doc.problem((*here, "parent"), "bad-parent",
                                        msg("bad-parent", task=quoted(task.id))))
        if task.is_heading and task.id not in parents:
            problems.append(doc.problem((*here, "lead"), "no-lead",
                                        msg("no-lead", task=quoted(task.id)),
                                        msg("hint.heading-only")))
        if not task.is_heading and not task.deadline:
            problems.append(doc.problem((*here, "deadline_text"), "no-deadline",
                                        msg("no-deadline", task=quoted(task.id)),
                                        msg("hint.unspecified")))
    return problems


def check_holidays(ctx: CheckContext) -> list[Problem]:
    """`settings.holidays` names a country whose public holidays are known
    (a code the `holidays` package lacks made every deadline count fail)."""
    if ctx.plan is None or not ctx.plan.settings.holidays:
        return []
    code = ctx.plan.settings.holidays
    if known_country(code, ctx.plan.settings.start.year):
        return []
    return [ctx.plan_doc.problem(("settings", "holidays"), "unknown-country",
                                 msg("unknown-country", code=quoted(code)),
                                 msg("hint.country-code"))]


def check_deadline_parts(ctx: CheckContext) -> list[Problem]:
    if ctx.plan is None:
        return []
    doc = ctx.plan_doc
    events = {e.id for e in ctx.plan.events}
    levels = {a.level for a in ctx.directory.agencies.values()}
    problems = []
    for here, task in ctx.plan_tasks():
        names = Counter(p.name for p in task.deadline)
        for p_index, part in enumerate(task.deadline):
            loc = (*here, "deadline", p_index)
            if names[part.name] > 1:
                problems.append(doc.problem(
                    loc, "duplicate-part",
                    msg("duplicate-part", task=quoted(task.id), part=quoted(part.name)),
                    msg("hint.part-key")))
            if isinstance(part, RelativePart) and part.event not in events:
                problems.append(doc.problem(
                    (*loc, "event"), "unknown-event",
                    msg("unknown-event", event=quoted(part.event)),
                    did_you_mean(part.event, events)))
            if part.level is not None and levels and part.level not in levels:
                problems.append(doc.problem(
                    (*loc, "level"), "unknown-level",
                    msg("unknown-level", level=quoted(part.level)),
                    did_you_mean(part.level, {v for v in levels if v})))
    return problems


def check_report_proposals(ctx: CheckContext) -> list[Problem]:
    """A proposal's `task` is a task of the plan; `missed` needs one (which
    deadline was missed)."""
    if ctx.plan is None:
        return []
    problems = []
    for index, proposal in enumerate(ctx.plan.report.proposals):
        loc = ("report", "proposals", index)
        if proposal.task and proposal.task not in ctx.tasks:
            problems.append(ctx.plan_doc.problem(
                (*loc, "task"), "unknown-task",
                msg("unknown-task.proposal", task=quoted(proposal.task)),
                did_you_mean(proposal.task, set(ctx.tasks))))
        if proposal.agencies == "missed" and not proposal.task:
            problems.append(ctx.plan_doc.problem(
                (*loc, "agencies"), "proposal-without-task",
                msg("proposal-without-task"), msg("hint.proposal-task")))
    return problems


def check_part_holders(ctx: CheckContext) -> list[Problem]:
    """Every deadline part is someone's to deliver: an agency the task names,
    at the part's level, in a role the part's `holders` include. A part left
    to coordinating agencies the task does not name yet, with a `review:` note
    saying so, binds no one until they are named (the note is the warning)."""
    if ctx.plan is None or ctx.registry is None:
        return []
    problems = []
    agencies = ctx.directory.agencies
    for here, task in ctx.plan_tasks():
        roles = ctx.directory.roles(task)
        if task.is_heading or not roles:
            continue
        for p_index, part in enumerate(task.deadline):
            if part.holders == "coordinating" and not task.coordinating and task.review:
                continue
            if not any(part.held_by(role) and part.level in (None, agencies[a].level)
                       for a, role in roles.items()):
                problems.append(ctx.plan_doc.problem(
                    (*here, "deadline", p_index), "no-holder",
                    msg("no-holder", task=quoted(task.id), part=quoted(part.name),
                        holders=part.holders or part.held_by_default),
                    msg("hint.holders")))
    return problems


def check_review_notes(ctx: CheckContext) -> list[Problem]:
    """One warning per `review:` note: what an import guessed stays visible until
    a person has checked it and deleted the note."""
    if ctx.plan is None:
        return []
    doc = ctx.plan_doc
    places: list[tuple[tuple[str | int, ...], list[str]]] = [((), ctx.plan.review)]
    places += [(here, task.review) for here, task in ctx.plan_tasks()]
    return [doc.problem((*here, "review", index), "unreviewed",
                        msg("unreviewed", note=note), msg("hint.unreviewed"),
                        severity="warning")
            for here, notes in places for index, note in enumerate(notes)]
