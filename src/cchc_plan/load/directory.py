"""Agency lookup: ids, names and aliases in any spelling; groups expanded."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from cchc_plan.core.names import NameIndex, UnknownAgency
from cchc_plan.load.models import Agency, AgencyRegistry, Group, Role, Task


@dataclass
class Directory:
    """Every agency and group of a plan, by id and by folded name."""

    agencies: dict[str, Agency] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    index: NameIndex = field(default_factory=NameIndex)
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
        for group in registry.groups:
            directory.index.add(group.id, [group.name, *group.aliases], group=True)
        for agency in registry.agencies:
            directory.index.add(agency.id, [agency.name, *agency.aliases], group=False)
        return directory

    def resolve(self, name: str) -> str:
        """An agency or group id for an id, a name or an alias; UnknownAgency if none."""
        return self.index.resolve(name)

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

    def speaks_for(self, path: str, claimed: str) -> str | None:
        """The agency a file speaks for. The file name is the identity
        (`assignments/<id>.yaml`): a file counts only when its name is an
        agency's id and its `agency` field names that same agency (by id or
        name); None otherwise, and then it counts for nobody."""
        stem = PurePosixPath(path).stem
        if stem not in self.agencies:
            return None
        try:
            return stem if self.resolve(claimed) == stem else None
        except UnknownAgency:
            return None

    def name(self, ident: str) -> str:
        return self.index.name(ident)

