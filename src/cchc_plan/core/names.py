"""Name lookup without the models: id, name or alias in any spelling -> id.

Kept free of pydantic so the cached fast paths (`validate`, `status` when no
file changed) can resolve `--agency` without building the models.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import msg, quoted
from cchc_plan.core.text import fold


class UnknownAgency(InputError, LookupError):
    """No agency or group by that name; the hint names the closest ones."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = (msg("hint.did-you-mean-any", names=", ".join(suggestions)) if suggestions
                else msg("hint.list-agencies"))
        super().__init__(msg("usage.no-agency", name=quoted(name)), hint)
        self.name, self.suggestions = name, suggestions

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.name, self.suggestions))


@dataclass
class NameIndex:
    """Folded names -> ids, and which ids are agencies or groups."""

    by_fold: dict[str, str] = field(default_factory=dict)
    agency_names: dict[str, str] = field(default_factory=dict)
    group_names: dict[str, str] = field(default_factory=dict)

    def add(self, ident: str, names: list[str], *, group: bool) -> None:
        (self.group_names if group else self.agency_names).setdefault(ident, names[0])
        for name in (ident, *names):
            self.by_fold.setdefault(fold(name), ident)

    def resolve(self, name: str) -> str:
        """An agency or group id for an id, a name or an alias; UnknownAgency if none."""
        if name in self.agency_names or name in self.group_names:
            return name
        found = self.by_fold.get(fold(name))
        if found is None:
            raise UnknownAgency(name, self._suggest(name))
        return found

    def resolve_agency(self, name: str) -> str:
        """Like `resolve`, for a place that needs one agency, not a group."""
        ident = self.resolve(name)
        if ident in self.group_names:
            raise InputError(msg("usage.group-not-agency", id=quoted(ident)),
                             msg("hint.one-agency"))
        return ident

    def _suggest(self, name: str) -> list[str]:
        """The closest agencies; a group only for a name that speaks of several
        ("các …"): an unknown agency is not a group misspelt."""
        folded = fold(name)
        several = folded.replace("-", " ").startswith("cac ")
        names = [n for n, ident in self.by_fold.items()
                 if several or ident not in self.group_names]
        close = difflib.get_close_matches(folded, names, n=3, cutoff=0.6)
        return list(dict.fromkeys(self.by_fold[c] for c in close))

    def name(self, ident: str) -> str:
        return self.agency_names.get(ident) or self.group_names.get(ident) or ident


def index_data(index: NameIndex) -> dict[str, dict[str, str]]:
    return {"by_fold": index.by_fold, "agency_names": index.agency_names,
            "group_names": index.group_names}


def index_from_data(data: Any) -> NameIndex:
    """A name index back from `index_data`; ValueError on anything else."""
    if not isinstance(data, dict) or set(data) != {"by_fold", "agency_names", "group_names"}:
        raise ValueError("not a name index")
    return NameIndex(*(_text_map(data[k]) for k in ("by_fold", "agency_names", "group_names")))


def _text_map(data: Any) -> dict[str, str]:
    if not isinstance(data, dict) or not all(type(v) is str for v in data.values()):
        raise ValueError("not a map of text")
    return data
