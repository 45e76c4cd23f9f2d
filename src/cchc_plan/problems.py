"""Problems found in data: values, never exceptions.

Every stage of the pipeline returns a list of `Problem`s next to its result, so
one run reports every problem in every file. A problem knows its file, line and
column (1-based), a stable code and an optional hint.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, NamedTuple

Severity = Literal["error", "warning"]


class Problem(NamedTuple):
    path: str
    line: int
    column: int
    code: str
    message: str
    hint: str | None = None
    severity: Severity = "error"

    def format(self) -> str:
        """`path:line:col: error[code]: message` (the hint, if any, on its own line)."""
        head = (
            f"{self.path}:{self.line}:{self.column}: {self.severity}[{self.code}]: {self.message}"
        )
        return head if not self.hint else f"{head}\n  hint: {self.hint}"

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in file order, each reported once."""
    return sorted(set(problems), key=Problem.sort_key)


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)
