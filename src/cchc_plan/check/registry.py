"""Checks of the agency registry: ids and names unique, groups well formed."""

from __future__ import annotations

from collections.abc import Iterator

from cchc_plan.check.context import CheckContext
from cchc_plan.core.messages import msg, quoted
from cchc_plan.core.problems import Problem
from cchc_plan.core.text import fold
from cchc_plan.load.models import Agency, AgencyRegistry, Group


def _entries(reg: AgencyRegistry) -> Iterator[tuple[str, int, Agency | Group]]:
    for index, agency in enumerate(reg.agencies):
        yield "agencies", index, agency
    for index, group in enumerate(reg.groups):
        yield "groups", index, group


def check_registry_ids(ctx: CheckContext) -> list[Problem]:
    if ctx.registry is None:
        return []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for kind, index, entry in _entries(ctx.registry):
        if entry.id in seen:
            problems.append(ctx.registry_doc.problem(
                (kind, index, "id"), "duplicate-id", msg("duplicate-id", id=quoted(entry.id)),
                msg("hint.already-entry-of", kind=seen[entry.id])))
        seen.setdefault(entry.id, kind)
    return problems


def check_registry_names(ctx: CheckContext) -> list[Problem]:
    """Two entries whose names fold to the same text would make lookups ambiguous."""
    if ctx.registry is None:
        return []
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    for kind, index, entry in _entries(ctx.registry):
        for name in (entry.id, entry.name, *entry.aliases):
            other = owner.setdefault(fold(name), entry.id)
            if other != entry.id:
                problems.append(ctx.registry_doc.problem(
                    (kind, index), "ambiguous-name",
                    msg("ambiguous-name", name=quoted(name), id=quoted(entry.id),
                        other=quoted(other)),
                    msg("hint.names-differ")))
    return problems


def check_group_members(ctx: CheckContext) -> list[Problem]:
    if ctx.registry is None:
        return []
    problems = []
    groups = {g.id: g for g in ctx.registry.groups}
    for index, group in enumerate(ctx.registry.groups):
        for m_index, member in enumerate(group.members):
            problems += ctx.reference(ctx.registry_doc, member,
                                      ("groups", index, "members", m_index))
        if _in_cycle(groups, group.id, group.id, set()):
            problems.append(ctx.registry_doc.problem(
                ("groups", index, "members"), "group-cycle",
                msg("group-cycle", id=quoted(group.id))))
    return problems


def _in_cycle(groups: dict[str, Group], start: str, current: str, seen: set[str]) -> bool:
    group = groups.get(current)
    if group is None or current in seen:
        return False
    seen.add(current)
    return any(m == start or _in_cycle(groups, start, m, seen) for m in group.members)
