"""What `validate` answers, and its cache entry as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cchc_plan.core.problems import Problem, problem_data, problem_from_data
from cchc_plan.load.cache import Codec


@dataclass(frozen=True)
class Validation:
    """Every problem of every file (capped: `core.problems.capped`), how many
    files were checked, and how many errors and warnings were found in all."""

    problems: list[Problem]
    files: int
    errors: int
    warnings: int
    untracked: tuple[str, ...] = ()
    """Agency files left out because git does not track them (`tracked=True`)."""

    @property
    def ok(self) -> bool:
        return not self.errors  # warnings leave the data usable


def _validation_data(found: Validation) -> dict[str, Any]:
    return {"files": found.files, "errors": found.errors, "warnings": found.warnings,
            "problems": [problem_data(p) for p in found.problems],
            "untracked": list(found.untracked)}


def _validation_from_data(data: Any) -> Validation:
    counts = [data[k] for k in ("files", "errors", "warnings")]
    if not all(type(n) is int for n in counts):
        raise ValueError("not a validation")
    untracked = data.get("untracked", [])
    if not all(type(p) is str for p in untracked):
        raise ValueError("not a validation")
    files, errors, warnings = counts
    return Validation([problem_from_data(p) for p in data["problems"]], files, errors, warnings,
                      tuple(untracked))


VALIDATION = Codec(_validation_data, _validation_from_data)
