"""The aggregate every stage reads: each input file loaded, and the repository.

`Project.problems` holds every problem of every file; a file that cannot be
read or modelled is still listed, so later stages can say plainly whose data
is missing instead of treating the agency as silent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar

from cchc_plan.core.problems import Problem
from cchc_plan.load.directory import Directory
from cchc_plan.load.models import AgencyRegistry, AssignmentFile, Plan
from cchc_plan.load.yamlio import Document

T = TypeVar("T")


@dataclass
class Loaded(Generic[T]):
    """One file: its shown path, its parsed document and model (None when unusable)."""

    path: str
    doc: Document
    model: T | None
    partial: T | None = None
    """When the model failed only for some entries of its lists: the model of
    the other entries, for the cross-file checks alone (so one round of
    `cchc validate` finds every problem). Status never reads it."""
    kept: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """For `partial`: list field -> the file's indexes of the entries it kept."""

    @property
    def checkable(self) -> T | None:
        return self.model if self.model is not None else self.partial


@dataclass
class Project:
    root: Path
    plan: Loaded[Plan]
    registry: Loaded[AgencyRegistry]
    assignments: list[Loaded[AssignmentFile]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    directory: Directory = field(default_factory=Directory)
    today: date = field(default_factory=date.today)
    read_history: bool = False
    """Whether a past date's submissions are read from git, as the files were
    committed then (`load.git_history.submitted_on`); the library sets it for
    the repositories it opens."""

    @property
    def ok(self) -> bool:
        """No errors (warnings do not count)."""
        return not any(p.is_error for p in self.problems)

    @property
    def usable(self) -> bool:
        """The plan and the registry loaded: commands other than validate can run."""
        return self.plan.model is not None and self.registry.model is not None

    def plan_problems(self) -> list[Problem]:
        """The problems of the plan and the registry files."""
        return [p for p in self.problems if p.path in (self.plan.path, self.registry.path)]
