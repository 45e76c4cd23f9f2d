"""Agency lookup: ids, names and aliases in any spelling; groups expanded."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from .models import Agency, AgencyRegistry, Group, Role, Task
from .text import fold


class UnknownAgency(LookupError):
    def __init__(self, name: str, suggestions: list[str]) -> None:
        super().__init__(name)
        self.name, self.suggestions = name, suggestions

    @property
    def hint(self) -> str | None:
        return f"did you mean {', '.join(self.suggestions)}?" if self.suggestions else None


@dataclass
class Directory:
    """Every agency and group of a plan, by id and by folded name."""

    agencies: dict[str, Agency] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    by_fold: dict[str, str] = field(default_factory=dict)
    _expanded: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _roles: dict[str, dict[str, Role]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, registry: AgencyRegistry | None) -> Directory:
        directory = cls()
        if registry is None:
            return directory
        for agency in registry.agencies:
            directory.agencies.setdefault(agency.id, agency)
        for group in registry.groups:
            directory.groups.setdefault(group.id, group)
        for entry in [*registry.groups, *registry.agencies]:
            for name in (entry.id, entry.name, *entry.aliases):
                directory.by_fold.setdefault(fold(name), entry.id)
        return directory

    def resolve(self, name: str) -> str:
        """An agency or group id for an id, a name or an alias; UnknownAgency if none."""
        if name in self.agencies or name in self.groups:
            return name
        found = self.by_fold.get(fold(name))
        if found is None:
            raise UnknownAgency(name, self.suggest(name))
        return found

    def suggest(self, name: str) -> list[str]:
        folded = fold(name)
        close = difflib.get_close_matches(folded, list(self.by_fold), n=3, cutoff=0.6)
        return list(dict.fromkeys(self.by_fold[c] for c in close))

    def expand(self, ref: str) -> list[str]:
        """Agency ids behind a reference, in registry order; cycles stop quietly
        (the checks report them). Remembered: groups are expanded once."""
        if ref not in self._expanded:
            self._expanded[ref] = list(self._expand(ref, frozenset()))
        return self._expanded[ref]

    def _expand(self, ref: str, seen: frozenset[str]) -> dict[str, None]:
        try:
            ident = self.resolve(ref)
        except UnknownAgency:
            return {}
        if ident in self.agencies:
            return {ident: None}
        if ident in seen:
            return {}
        members: dict[str, None] = {}
        for member in self.groups[ident].members:
            members.update(self._expand(member, seen | {ident}))
        return members

    def roles(self, task: Task) -> dict[str, Role]:
        """Each agency a task involves and its role; an agency named as lead is
        lead even when a coordinating group also holds it."""
        if task.id not in self._roles:
            roles: dict[str, Role] = {}
            for ref in task.lead:
                roles.update(dict.fromkeys(self.expand(ref), "lead"))
            for ref in task.coordinating:
                for agency_id in self.expand(ref):
                    roles.setdefault(agency_id, "coordinating")
            self._roles[task.id] = roles
        return self._roles[task.id]

    def name(self, ident: str) -> str:
        entry = self.agencies.get(ident) or self.groups.get(ident)
        return entry.name if entry else ident


def task_roles(task: Task, directory: Directory) -> dict[str, Role]:
    """Each agency a task involves and its role (see Directory.roles)."""
    return directory.roles(task)
