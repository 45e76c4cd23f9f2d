"""Errors the library raises for a person to read. The CLI maps each kind to
an exit code (`cli.handler`); nothing here knows about options or exit codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from cchc_plan.core.messages import Localized, Msg, msg

if TYPE_CHECKING:
    from cchc_plan.core.lang import Lang
    from cchc_plan.core.problems import Problem


class CchcError(Localized):
    """Base of the errors below."""


class InputError(CchcError):
    """What the caller asked for cannot be done as asked: a folder without a
    plan, an unknown agency, a group where one agency is needed."""


TargetReason = Literal["exists", "folder", "special", "no-folder", "bad-name", "symlink",
                       "not-empty", "not-site", "not-folder"]


class TargetError(InputError):
    """A file cannot be written where it was asked; `reason` lets a caller
    add its own advice (the CLI suggests --force or -o)."""

    def __init__(self, message: Msg, reason: TargetReason) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message, self.reason))


class WriteError(CchcError):
    """A file could not be written; the old file, if any, is intact."""


class PlanUnusable(CchcError):
    """The plan or the registry does not load, so the command cannot run.
    Carries the problems that stop it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(msg("cli.plan-unreadable"))

    def text(self, lang: Lang) -> str:
        return "\n".join(p.format(lang) for p in self.problems) or super().text(lang)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problems,))
