"""What every cross-file check reads, worked out once per run: the plan's task
map and, for each agency file whose model loaded, the agency it names."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from cchc_plan.core.dates import natural_key
from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.core.names import UnknownAgency
from cchc_plan.core.problems import Problem
from cchc_plan.load.directory import Directory
from cchc_plan.load.models import AgencyRegistry, AssignmentFile, Plan, Task
from cchc_plan.load.project import Loaded, Project
from cchc_plan.load.yamlio import Document

Loc = tuple[str | int, ...]
T = TypeVar("T")


@dataclass(frozen=True)
class AgencyFile:
    """One agency file whose model loaded (perhaps without its broken
    entries: `Loaded.partial`), with the agency it names resolved."""

    loaded: Loaded[AssignmentFile]
    file: AssignmentFile
    named: str | None
    """The id the file's `agency` resolves to (an agency or a group), if any."""
    unknown: UnknownAgency | None
    """Why it resolves to nothing."""
    agency: str | None
    """The agency the file speaks for (`Directory.speaks_for`: its own name's,
    when its `agency` names the same); None otherwise, and then the checks
    that match it with the plan skip it, as status and reports do."""
    level: str | None

    @property
    def doc(self) -> Document:
        return self.loaded.doc

    def entries(self, name: str, items: list[T]) -> Iterator[tuple[Loc, T]]:
        """The entries of one of the file's lists with their place in the file
        (a partial model keeps only some of them, at their own indexes)."""
        indexes = self.loaded.kept.get(name) or range(len(items))
        for index, item in zip(indexes, items, strict=True):
            yield (name, index), item


@dataclass
class CheckContext:
    project: Project
    directory: Directory
    today: date
    plan: Plan | None = None
    registry: AgencyRegistry | None = None
    tasks: dict[str, Task] = field(default_factory=dict)
    files: list[AgencyFile] = field(default_factory=list)

    @classmethod
    def build(cls, project: Project) -> CheckContext:
        plan = project.plan.model
        ctx = cls(project, project.directory, project.today, plan, project.registry.model)
        ctx.tasks = {t.id: t for t in plan.all_tasks()} if plan else {}
        ctx.take_files(project.assignments)
        return ctx

    def take_files(self, loaded: list[Loaded[AssignmentFile]]) -> None:
        """These agency files (those whose model loaded) are the ones the file
        checks look at, in place of any before."""
        self.files = [_agency_file(one, self.directory) for one in loaded
                      if one.checkable is not None]

    @property
    def plan_doc(self) -> Document:
        return self.project.plan.doc

    @property
    def registry_doc(self) -> Document:
        return self.project.registry.doc

    def plan_tasks(self) -> Iterator[tuple[Loc, Task]]:
        """Every task of the plan with its place in the file."""
        assert self.plan is not None
        for index, task in enumerate(self.plan.milestones):
            yield ("milestones", index), task
        for index, task in enumerate(self.plan.tasks):
            yield ("tasks", index), task

    def reference(self, doc: Document, ref: str, loc: Loc) -> list[Problem]:
        """An unknown-agency problem when `ref` names no agency or group."""
        try:
            self.directory.resolve(ref)
        except UnknownAgency as exc:
            return [doc.problem(loc, "unknown-agency", msg("unknown-agency", ref=quoted(ref)),
                                exc.hint)]
        return []


def _agency_file(loaded: Loaded[AssignmentFile], directory: Directory) -> AgencyFile:
    model = loaded.checkable
    assert model is not None
    try:
        named = directory.resolve(model.agency)
    except UnknownAgency as exc:
        return AgencyFile(loaded, model, None, exc, None, None)
    ident = directory.speaks_for(loaded.path, model.agency)
    if ident is None:
        return AgencyFile(loaded, model, named, None, None, None)
    return AgencyFile(loaded, model, named, None, ident, directory.agencies[ident].level)


def did_you_mean(value: str, options: set[str]) -> Msg | None:
    close = difflib.get_close_matches(value, sorted(options, key=natural_key), n=1, cutoff=0.5)
    return msg("hint.did-you-mean", name=quoted(close[0])) if close else None


Check = Callable[[CheckContext], list[Problem]]
