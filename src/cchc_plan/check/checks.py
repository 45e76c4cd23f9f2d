"""Cross-file checks. Each check is `check_x(project) -> list[Problem]` and is
registered in CHECKS, which runs them in order. A check looks only at files
whose models loaded; problems inside a file are the loader's.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cchc_plan.core.dates import natural_key
from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.core.problems import Problem
from cchc_plan.core.text import fold
from cchc_plan.load.directory import UnknownAgency, task_roles
from cchc_plan.load.models import (
    PERIODIC,
    Agency,
    AgencyRegistry,
    AssignmentFile,
    DeadlinePart,
    Group,
    Plan,
    Progress,
    RelativePart,
    Role,
    Task,
    TaskEntry,
)
from cchc_plan.load.reader import Loaded, Project

Check = Callable[[Project], list[Problem]]


def _plan(project: Project) -> Plan | None:
    return project.plan.model


def _tasks(plan: Plan) -> Iterator[tuple[str, int, Task]]:
    for index, task in enumerate(plan.milestones):
        yield "milestones", index, task
    for index, task in enumerate(plan.tasks):
        yield "tasks", index, task


# --- the registry ---------------------------------------------------------------


def _registry_entries(reg: AgencyRegistry) -> Iterator[tuple[str, int, Agency | Group]]:
    for index, agency in enumerate(reg.agencies):
        yield "agencies", index, agency
    for index, group in enumerate(reg.groups):
        yield "groups", index, group


def check_registry_ids(project: Project) -> list[Problem]:
    reg, doc = project.registry.model, project.registry.doc
    if reg is None:
        return []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for kind, index, entry in _registry_entries(reg):
        if entry.id in seen:
            problems.append(
                doc.problem(
                    (kind, index, "id"),
                    "duplicate-id",
                    msg("duplicate-id", id=quoted(entry.id)),
                    msg("hint.already-entry-of", kind=seen[entry.id]),
                )
            )
        seen.setdefault(entry.id, kind)
    return problems


def check_registry_names(project: Project) -> list[Problem]:
    """Two entries whose names fold to the same text would make lookups ambiguous."""
    reg, doc = project.registry.model, project.registry.doc
    if reg is None:
        return []
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    for kind, index, entry in _registry_entries(reg):
        for name in (entry.id, entry.name, *entry.aliases):
            other = owner.setdefault(fold(name), entry.id)
            if other != entry.id:
                problems.append(
                    doc.problem(
                        (kind, index),
                        "ambiguous-name",
                        msg("ambiguous-name", name=quoted(name), id=quoted(entry.id),
                            other=quoted(other)),
                        msg("hint.names-differ"),
                    )
                )
    return problems


def check_group_members(project: Project) -> list[Problem]:
    reg, doc = project.registry.model, project.registry.doc
    if reg is None:
        return []
    problems = []
    for index, group in enumerate(reg.groups):
        for m_index, member in enumerate(group.members):
            problems.extend(
                _reference(project, project.registry, member, ("groups", index, "members", m_index))
            )
        if _in_cycle(reg, group.id, group.id, set()):
            problems.append(
                doc.problem(
                    ("groups", index, "members"),
                    "group-cycle",
                    msg("group-cycle", id=quoted(group.id)),
                )
            )
    return problems


def _in_cycle(reg: AgencyRegistry, start: str, current: str, seen: set[str]) -> bool:
    group = next((g for g in reg.groups if g.id == current), None)
    if group is None or current in seen:
        return False
    seen.add(current)
    return any(m == start or _in_cycle(reg, start, m, seen) for m in group.members)


def _reference(
    project: Project,
    loaded: Loaded[Plan] | Loaded[AgencyRegistry] | Loaded[AssignmentFile],
    ref: str,
    loc: tuple[str | int, ...],
) -> list[Problem]:
    try:
        project.directory.resolve(ref)
    except UnknownAgency as exc:
        return [
            loaded.doc.problem(
                loc,
                "unknown-agency",
                msg("unknown-agency", ref=quoted(ref)),
                exc.hint,
            )
        ]
    return []


# --- the plan -----------------------------------------------------------------


def check_task_ids(project: Project) -> list[Problem]:
    plan = _plan(project)
    if plan is None:
        return []
    problems = []
    seen: set[str] = set()
    for kind, index, task in _tasks(plan):
        if task.id in seen:
            problems.append(
                project.plan.doc.problem(
                    (kind, index, "id"), "duplicate-id",
                    msg("duplicate-id.task", task=quoted(task.id)),
                )
            )
        seen.add(task.id)
    for name, ids in (("sections", [s.id for s in plan.sections]),
                      ("events", [e.id for e in plan.events])):
        counts = Counter(ids)
        for index, ident in enumerate(ids):
            if counts[ident] > 1:
                problems.append(project.plan.doc.problem(
                    (name, index, "id"), "duplicate-id",
                    msg("duplicate-id.list", id=quoted(ident), list=name)))
    return problems


def check_task_agencies(project: Project) -> list[Problem]:
    plan = _plan(project)
    if plan is None or project.registry.model is None:
        return []
    problems: list[Problem] = []
    for kind, index, task in _tasks(plan):
        for field in ("lead", "coordinating"):
            for r_index, ref in enumerate(getattr(task, field)):
                problems.extend(
                    _reference(project, project.plan, ref, (kind, index, field, r_index))
                )
    if plan.settings.coordinator:
        problems.extend(
            _reference(
                project, project.plan, plan.settings.coordinator, ("settings", "coordinator")
            )
        )
    for index, event in enumerate(plan.events):
        for r_index, ref in enumerate(event.recorded_by):
            problems.extend(
                _reference(project, project.plan, ref, ("events", index, "recorded_by", r_index))
            )
    return problems


def check_structure(project: Project) -> list[Problem]:
    """Sections exist, sub-items stand under an existing row, headings have sub-items,
    every other task has a lead and a deadline rule."""
    plan = _plan(project)
    if plan is None:
        return []
    doc = project.plan.doc
    ids = {t.id for t in plan.all_tasks()}
    parents = {t.parent for t in plan.all_tasks() if t.parent}
    sections = {s.id for s in plan.sections}
    problems = []
    for kind, index, task in _tasks(plan):
        here = (kind, index)
        if kind == "tasks" and task.section is not None and task.section not in sections:
            problems.append(
                doc.problem(
                    (*here, "section"),
                    "unknown-section",
                    msg("unknown-section", section=quoted(task.section)),
                    _did_you_mean(task.section, sections),
                )
            )
        if task.parent and task.parent not in ids:
            problems.append(
                doc.problem(
                    (*here, "parent"), "unknown-task",
                    msg("unknown-task.parent", parent=quoted(task.parent)),
                )
            )
        if task.parent == task.id:
            problems.append(
                doc.problem((*here, "parent"), "bad-parent",
                            msg("bad-parent", task=quoted(task.id)))
            )
        if task.is_heading and task.id not in parents:
            problems.append(
                doc.problem(
                    (*here, "lead"),
                    "no-lead",
                    msg("no-lead", task=quoted(task.id)),
                    msg("hint.heading-only"),
                )
            )
        if not task.is_heading and not task.deadline:
            problems.append(
                doc.problem(
                    (*here, "deadline_text"),
                    "no-deadline",
                    msg("no-deadline", task=quoted(task.id)),
                    msg("hint.unspecified"),
                )
            )
    return problems


def check_deadline_parts(project: Project) -> list[Problem]:
    plan = _plan(project)
    if plan is None:
        return []
    doc = project.plan.doc
    events = {e.id for e in plan.events}
    levels = {a.level for a in project.directory.agencies.values()}
    problems = []
    for kind, index, task in _tasks(plan):
        names = Counter(p.name for p in task.deadline)
        for p_index, part in enumerate(task.deadline):
            here = (kind, index, "deadline", p_index)
            if names[part.name] > 1:
                problems.append(
                    doc.problem(
                        here,
                        "duplicate-part",
                        msg("duplicate-part", task=quoted(task.id), part=quoted(part.name)),
                        msg("hint.part-key"),
                    )
                )
            if isinstance(part, RelativePart) and part.event not in events:
                problems.append(
                    doc.problem(
                        (*here, "event"),
                        "unknown-event",
                        msg("unknown-event", event=quoted(part.event)),
                        _did_you_mean(part.event, events),
                    )
                )
            if part.level is not None and levels and part.level not in levels:
                problems.append(
                    doc.problem(
                        (*here, "level"),
                        "unknown-level",
                        msg("unknown-level", level=quoted(part.level)),
                        _did_you_mean(part.level, {str(v) for v in levels if v}),
                    )
                )
    return problems


# --- agency files -------------------------------------------------------------


def check_assignment_agency(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    for loaded in project.assignments:
        if loaded.model is None:
            continue
        try:
            ident = project.directory.resolve(loaded.model.agency)
        except UnknownAgency as exc:
            problems.append(
                loaded.doc.problem(
                    ("agency",),
                    "unknown-agency",
                    msg("unknown-agency.file", agency=quoted(loaded.model.agency)),
                    exc.hint,
                )
            )
            continue
        if ident in project.directory.groups:
            problems.append(
                loaded.doc.problem(
                    ("agency",),
                    "group-file",
                    msg("group-file", id=quoted(ident)),
                )
            )
        elif Path(loaded.path).stem != ident:
            problems.append(
                loaded.doc.problem(
                    ("agency",),
                    "file-name",
                    msg("file-name", id=quoted(ident), name=quoted(Path(loaded.path).name)),
                    msg("hint.rename", path=f"assignments/{ident}.yaml"),
                )
            )
    duplicates = Counter(_agency_of(project, a) for a in project.assignments if a.model)
    for loaded in project.assignments:
        owner = _agency_of(project, loaded)
        if loaded.model and owner and duplicates[owner] > 1:
            problems.append(
                loaded.doc.problem(
                    ("agency",), "duplicate-file", msg("duplicate-file", id=quoted(owner))
                )
            )
    return problems


def _agency_of(project: Project, loaded: Loaded[AssignmentFile]) -> str | None:
    if loaded.model is None:
        return None
    try:
        return project.directory.resolve(loaded.model.agency)
    except UnknownAgency:
        return None


def check_assignment_tasks(project: Project) -> list[Problem]:
    plan = _plan(project)
    if plan is None:
        return []
    tasks = {t.id: t for t in plan.all_tasks()}
    problems: list[Problem] = []
    for loaded in project.assignments:
        ident = _agency_of(project, loaded)
        if loaded.model is None or ident is None or ident not in project.directory.agencies:
            continue
        level = project.directory.agencies[ident].level
        seen: dict[str, int] = {}
        for index, entry in enumerate(loaded.model.tasks):
            here = ("tasks", index)
            task = tasks.get(entry.task)
            if task is None:
                problems.append(
                    loaded.doc.problem(
                        (*here, "task"),
                        "unknown-task",
                        msg("unknown-task", task=quoted(entry.task)),
                        _did_you_mean(entry.task, set(tasks)),
                    )
                )
                continue
            if entry.task in seen:
                problems.append(
                    loaded.doc.problem(
                        (*here, "task"),
                        "duplicate-task",
                        msg("duplicate-task", task=quoted(entry.task)),
                        msg("hint.first-at-entry", n=seen[entry.task] + 1),
                    )
                )
                continue
            seen[entry.task] = index
            role = task_roles(task, project.directory).get(ident)
            if role is None:
                problems.append(
                    loaded.doc.problem(
                        (*here, "task"),
                        "not-involved",
                        msg("not-involved", task=task.id, agency=quoted(ident)),
                        _agencies_hint(project, task),
                    )
                )
                continue
            problems.extend(_period_problems(loaded, here, entry, task, role, level))
    return problems


def _agencies_hint(project: Project, task: Task) -> Msg:
    if task.is_heading:
        return msg("hint.heading-use-subitems", task=task.id)
    lead = ", ".join(task.lead) or "-"
    coord = ", ".join(task.coordinating) or "-"
    return msg("hint.lead-coordinating", lead=lead, coordinating=coord)


def _period_twice(period: str | None, part: str | None) -> Msg:
    if part:
        return msg("duplicate-period.part", period=period or "-", part=part)
    return msg("duplicate-period", period=period or "-")


def _period_problems(
    loaded: Loaded[AssignmentFile],
    here: tuple[str | int, ...],
    task_entry: TaskEntry,
    task: Task,
    role: Role,
    level: str | None,
) -> list[Problem]:
    parts = task.parts_for(role, level)
    keys = [p.name for p in parts]
    problems = []
    seen: set[tuple[str | None, str | None]] = set()
    for p_index, entry in enumerate(task_entry.periods):
        loc = (*here, "periods", p_index)
        if (entry.period, entry.part) in seen:
            problems.append(
                loaded.doc.problem(
                    loc,
                    "duplicate-period",
                    _period_twice(entry.period, entry.part),
                )
            )
        seen.add((entry.period, entry.part))
        candidates = [p for p in parts if entry.part in (None, p.name)]
        if not candidates:
            problems.append(
                loaded.doc.problem(
                    (*loc, "part"),
                    "unknown-part",
                    msg("unknown-part", task=task.id, part=quoted(entry.part)),
                    msg("hint.parts", parts=", ".join(keys)),
                )
            )
            continue
        problems.extend(_period_kind_problems(loaded, loc, task, entry.period, candidates))
    return problems


def _period_kind_problems(
    loaded: Loaded[AssignmentFile],
    loc: tuple[str | int, ...],
    task: Task,
    period: str | None,
    parts: list[DeadlinePart],
) -> list[Problem]:
    kinds = {p.kind for p in parts}
    if period is None:
        if kinds <= set(PERIODIC):
            return [
                loaded.doc.problem(
                    loc,
                    "missing-period",
                    msg("missing-period", task=task.id),
                    _period_example(kinds),
                )
            ]
        return []
    quarterly = "-Q" in period
    fits = ("quarterly" in kinds and quarterly) or (
        not quarterly and ({"annual", "relative"} & kinds)
    )
    if not fits:
        hint = _period_example(kinds) if kinds & set(PERIODIC) else msg("hint.remove-period")
        return [
            loaded.doc.problem(
                (*loc, "period"), "bad-period",
                msg("bad-period", task=task.id, period=quoted(period)), hint
            )
        ]
    return []


def _period_example(kinds: set[str] | set[Any]) -> Msg:
    return msg("hint.period-quarter" if "quarterly" in kinds else "hint.period-year")


def check_progress(project: Project) -> list[Problem]:
    """Done needs a completion date and evidence; dates are not before the plan's
    start nor after the file's `updated` date or today; whoever leads a task
    names the responsible person once work has begun."""
    plan = _plan(project)
    if plan is None:
        return []
    tasks = {t.id: t for t in plan.all_tasks()}
    problems: list[Problem] = []
    for loaded in project.assignments:
        file, ident = loaded.model, _agency_of(project, loaded)
        if file is None:
            continue
        if file.updated > project.today:
            problems.append(
                loaded.doc.problem(
                    ("updated",), "future-date", msg("future-date", date=f"{file.updated:%d/%m/%Y}")
                )
            )
        for index, entry in enumerate(file.tasks):
            here: tuple[str | int, ...] = ("tasks", index)
            records: list[tuple[tuple[str | int, ...], Progress]] = [(here, entry)]
            records += [((*here, "periods", i), p) for i, p in enumerate(entry.periods)]
            for loc, record in records:
                problems.extend(_record_problems(loaded, loc, record, plan, project))
            task = tasks.get(entry.task)
            role = task_roles(task, project.directory).get(ident or "") if task else None
            if role == "lead" and entry.status != "not_started" and not _named(entry):
                problems.append(loaded.doc.problem(
                    here, "no-assignee", msg("no-assignee", task=entry.task),
                    msg("hint.add-assignee")))
    return problems


def _named(entry: TaskEntry) -> bool:
    return bool(entry.assignee and entry.assignee.name)


def _record_problems(
    loaded: Loaded[AssignmentFile],
    loc: tuple[str | int, ...],
    record: Progress,
    plan: Plan,
    project: Project,
) -> list[Problem]:
    assert loaded.model is not None
    problems = []
    if record.status == "done":
        if record.completed is None:
            problems.append(
                loaded.doc.problem(
                    (*loc, "status"),
                    "done-without-date",
                    msg("done-without-date"),
                    msg("hint.add-completed"),
                )
            )
        if not record.evidence:
            problems.append(
                loaded.doc.problem(
                    (*loc, "status"),
                    "done-without-evidence",
                    msg("done-without-evidence"),
                    msg("hint.list-evidence"),
                )
            )
    elif record.completed is not None:
        problems.append(
            loaded.doc.problem(
                (*loc, "completed"),
                "completed-not-done",
                msg("completed-not-done", status=record.status),
                msg("hint.set-done"),
            )
        )
    if record.completed is not None:
        start, updated = plan.settings.start, loaded.model.updated
        when = f"{record.completed:%d/%m/%Y}"
        if record.completed < start:
            problems.append(
                loaded.doc.problem(
                    (*loc, "completed"),
                    "date-before-plan",
                    msg("date-before-plan", date=when, start=f"{start:%d/%m/%Y}"),
                )
            )
        if record.completed > updated:
            problems.append(
                loaded.doc.problem(
                    (*loc, "completed"),
                    "date-after-update",
                    msg("date-after-update", date=when, updated=f"{updated:%d/%m/%Y}"),
                    msg("hint.set-updated"),
                )
            )
        elif record.completed > project.today:
            problems.append(
                loaded.doc.problem(
                    (*loc, "completed"), "future-date", msg("future-date.completed", date=when)
                )
            )
    return problems


def check_event_records(project: Project) -> list[Problem]:
    plan = _plan(project)
    if plan is None:
        return []
    events = {e.id: e for e in plan.events}
    problems: list[Problem] = []
    for loaded in project.assignments:
        ident = _agency_of(project, loaded)
        for index, record in enumerate(loaded.model.events if loaded.model else []):
            event = events.get(record.event)
            if event is None:
                problems.append(
                    loaded.doc.problem(
                        ("events", index, "event"),
                        "unknown-event",
                        msg("unknown-event.plan", event=quoted(record.event)),
                        _did_you_mean(record.event, set(events)),
                    )
                )
                continue
            allowed = {a for ref in event.recorded_by for a in project.directory.expand(ref)}
            if ident not in allowed:
                problems.append(
                    loaded.doc.problem(
                        ("events", index, "event"),
                        "not-recorder",
                        msg("not-recorder", agency=quoted(ident), event=quoted(event.id)),
                        msg("hint.recorded-by", agencies=", ".join(event.recorded_by))
                        if event.recorded_by else msg("hint.recorded-by-plan"),
                    )
                )
            if record.date < plan.settings.start or record.date > project.today:
                problems.append(
                    loaded.doc.problem(
                        ("events", index, "date"),
                        "bad-date",
                        msg("bad-date.event", date=f"{record.date:%d/%m/%Y}"),
                    )
                )
    return problems


def _did_you_mean(value: str, options: set[str]) -> Msg | None:
    close = difflib.get_close_matches(value, sorted(options, key=natural_key), n=1, cutoff=0.5)
    return msg("hint.did-you-mean", name=quoted(close[0])) if close else None


CHECKS: list[Check] = [
    check_registry_ids,
    check_registry_names,
    check_group_members,
    check_task_ids,
    check_task_agencies,
    check_structure,
    check_deadline_parts,
    check_assignment_agency,
    check_assignment_tasks,
    check_progress,
    check_event_records,
]


def run_checks(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    for check in CHECKS:
        problems.extend(check(project))
    return problems
