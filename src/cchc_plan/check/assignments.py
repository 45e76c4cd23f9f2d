"""Checks of each agency file against the registry and the plan: the file is
the agency's own, names tasks that involve the agency, and its periods and
parts are ones the task has for that agency."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from cchc_plan.check.context import AgencyFile, CheckContext, Loc, did_you_mean
from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.core.problems import Problem
from cchc_plan.load.models import PERIODIC, DeadlinePart, Role, Task, TaskEntry
from cchc_plan.load.yamlio import Document


def check_assignment_agency(ctx: CheckContext) -> list[Problem]:
    return [p for f in ctx.files for p in _agency_problems(ctx, f)]


def check_duplicate_files(named: list[tuple[str, Document]]) -> list[Problem]:
    """Two files naming the same agency: a problem in each. Works on (agency
    named, document) pairs only, so a run that lets each file's model go
    (`check.check_stream`) can still compare every file with every other."""
    owners = Counter(agency for agency, _ in named)
    return [doc.problem(("agency",), "duplicate-file", msg("duplicate-file", id=quoted(agency)))
            for agency, doc in named if owners[agency] > 1]


def _agency_problems(ctx: CheckContext, f: AgencyFile) -> list[Problem]:
    if f.unknown is not None:
        return [f.doc.problem(("agency",), "unknown-agency",
                              msg("unknown-agency.file", agency=quoted(f.file.agency)),
                              f.unknown.hint)]
    ident = f.named
    if ident in ctx.directory.groups:
        return [f.doc.problem(("agency",), "group-file", msg("group-file", id=quoted(ident)))]
    stem = Path(f.loaded.path).stem
    if stem != ident:
        return [f.doc.problem(("agency",), "file-name",
                              msg("file-name", id=quoted(ident),
                                  name=quoted(Path(f.loaded.path).name)),
                              msg("hint.rename", path=f"assignments/{ident}.yaml"))]
    return []


def check_assignment_tasks(ctx: CheckContext) -> list[Problem]:
    if ctx.plan is None:
        return []
    problems: list[Problem] = []
    for f in ctx.files:
        if f.agency is None:
            continue
        seen: dict[str, int] = {}
        for here, entry in f.entries("tasks", f.file.tasks):
            problem = _entry_problem(ctx, f, here, entry, seen)
            if problem is not None:
                problems.append(problem)
                continue
            seen[entry.task] = int(here[1])
            task = ctx.tasks[entry.task]
            role = ctx.directory.roles(task)[f.agency]
            problems += _period_problems(f, here, entry, task, role)
    return problems


def _entry_problem(ctx: CheckContext, f: AgencyFile, here: Loc, entry: TaskEntry,
                   seen: dict[str, int]) -> Problem | None:
    """Why an entry cannot be matched with the plan: an unknown task, a task
    listed twice, a task that does not involve the agency."""
    task = ctx.tasks.get(entry.task)
    if task is None:
        return f.doc.problem((*here, "task"), "unknown-task",
                             msg("unknown-task", task=quoted(entry.task)),
                             did_you_mean(entry.task, set(ctx.tasks)))
    if entry.task in seen:
        return f.doc.problem((*here, "task"), "duplicate-task",
                             msg("duplicate-task", task=quoted(entry.task)),
                             msg("hint.first-at-entry", n=seen[entry.task] + 1))
    assert f.agency is not None
    if f.agency not in ctx.directory.roles(task):
        return f.doc.problem((*here, "task"), "not-involved",
                             msg("not-involved", task=task.id, agency=quoted(f.agency)),
                             _agencies_hint(task))
    return None


def _agencies_hint(task: Task) -> Msg:
    if task.is_heading:
        return msg("hint.heading-use-subitems", task=task.id)
    lead = ", ".join(task.lead) or "-"
    coord = ", ".join(task.coordinating) or "-"
    return msg("hint.lead-coordinating", lead=lead, coordinating=coord)


def _period_problems(f: AgencyFile, here: Loc, task_entry: TaskEntry, task: Task,
                     role: Role) -> list[Problem]:
    parts = [held.part for held in task.parts_for(role, f.level)]
    problems = []
    seen: set[tuple[str | None, str | None]] = set()
    for p_index, entry in enumerate(task_entry.periods):
        loc = (*here, "periods", p_index)
        if (entry.period, entry.part) in seen:
            twice = (msg("duplicate-period.part", period=entry.period or "-", part=entry.part)
                     if entry.part else msg("duplicate-period", period=entry.period or "-"))
            problems.append(f.doc.problem(loc, "duplicate-period", twice))
        seen.add((entry.period, entry.part))
        candidates = [p for p in parts if entry.part in (None, p.name)]
        if not candidates:
            problems.append(f.doc.problem(
                (*loc, "part"), "unknown-part",
                msg("unknown-part", task=task.id, part=quoted(entry.part)),
                msg("hint.parts", parts=", ".join(p.name for p in parts))))
            continue
        kind_problems = _period_kind_problems(f, loc, task, entry.period, candidates)
        problems += kind_problems
        if not kind_problems and entry.part is None and entry.period is not None:
            problems += _ambiguous_period(f, loc, task, entry.period, candidates)
    return problems


def _period_of_kind(period: str) -> set[str]:
    """The kinds of deadline part that name their occurrences like `period`."""
    if "-Q" in period:
        return {"quarterly"}
    if "-H" in period:
        return {"semiannual"}
    if "-M" in period:
        return {"monthly"}
    if len(period) > 4:  # an event's date: one occurrence of a yearly event
        return {"relative"}
    return {"annual", "relative"}


def _ambiguous_period(f: AgencyFile, loc: Loc, task: Task, period: str,
                      parts: list[DeadlinePart]) -> list[Problem]:
    """An entry with a period and no `part` that several parts name alike
    (task 10: the plan due 31/01 and the report due 15/9 are both `2021`)
    would settle all of them: the file must say which."""
    alike = [p.name for p in parts if p.kind in _period_of_kind(period)]
    if len(alike) < 2:
        return []
    return [f.doc.problem(loc, "ambiguous-period",
                          msg("ambiguous-period", task=task.id, period=period,
                              parts=", ".join(alike)),
                          msg("hint.add-part", part=alike[0]))]


def _period_kind_problems(f: AgencyFile, loc: Loc, task: Task, period: str | None,
                          parts: list[DeadlinePart]) -> list[Problem]:
    kinds: set[str] = {p.kind for p in parts}
    if period is None:
        if kinds <= set(PERIODIC):
            return [f.doc.problem(loc, "missing-period", msg("missing-period", task=task.id),
                                  _period_example(kinds))]
        return []
    if kinds & _period_of_kind(period):
        return []
    hint = _period_example(kinds) if kinds & set(PERIODIC) else msg("hint.remove-period")
    return [f.doc.problem((*loc, "period"), "bad-period",
                          msg("bad-period", task=task.id, period=quoted(period)), hint)]


def _period_example(kinds: set[str]) -> Msg:
    if "monthly" in kinds:
        return msg("hint.period-month")
    if "semiannual" in kinds:
        return msg("hint.period-half")
    return msg("hint.period-quarter" if "quarterly" in kinds else "hint.period-year")
