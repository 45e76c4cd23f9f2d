"""Agencies named the short way: where a registry group stands for them, the
group's name ("UBND các xã, thị trấn") instead of each member's, so a list of
who holds a task does not run to thirty names."""

from __future__ import annotations

from dataclasses import dataclass

from cchc_plan.load.directory import Directory


@dataclass(frozen=True)
class NameEntry:
    """An agency's name, or a group's standing for its members, less the
    members named in `excluded`."""

    name: str
    excluded: tuple[str, ...] = ()


MAX_EXCLUDED = 4
"""A group stands for its members "except" at most this many of them (and
never for fewer than twice as many as it leaves out)."""


def collapse(directory: Directory, agencies: list[str],
             max_excluded: int = MAX_EXCLUDED) -> list[NameEntry]:
    """Agency names, with a group written once where it stands for them: whole,
    or less at most `max_excluded` members (the group that leaves out fewest
    first); in registry order of each entry's first member."""
    left = set(agencies)
    order = {ident: index for index, ident in enumerate(directory.agencies)}
    entries: list[tuple[int, NameEntry]] = []
    while True:
        best = max(((score, group, present, absent)
                    for group in directory.groups
                    for score, present, absent in [_fit(directory, group, left,
                                                        max_excluded)]
                    if score is not None), default=None)
        if best is None:
            break
        _, group, present, absent = best
        left -= set(present)
        entries.append((order[present[0]], NameEntry(
            directory.groups[group].name, tuple(directory.name(a) for a in absent))))
    entries += [(order[a], NameEntry(directory.name(a))) for a in left]
    return [entry for _, entry in sorted(entries, key=lambda e: e[0])]


def _fit(directory: Directory, group: str, left: set[str],
         max_excluded: int) -> tuple[int | None, list[str], list[str]]:
    """How well a group stands for the agencies left: members covered less
    twice those it would have to except (None: it may not stand for them)."""
    members = directory.expand(group)
    present = [m for m in members if m in left]
    absent = [m for m in members if m not in left]
    if len(present) < 2 or len(absent) > min(max_excluded, len(present) // 2):
        return None, present, absent
    return len(present) - 2 * len(absent), present, absent
