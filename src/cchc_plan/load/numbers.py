"""Numbers that remember how they were written.

Task ids and periods may be written without quotes: `2.10` is not `2.1` as a
task id and `08` is not `8`. The builder keeps the source text beside the
value; models that want text take `source`.
"""

from __future__ import annotations

from typing import Any


class _Sourced:
    """Mixed into a number type: the value, and the text it was read from.
    Pickled (worker processes, caches) as both."""

    source: str

    def __new__(cls, value: Any, source: str) -> Any:
        obj = super().__new__(cls, value)  # type: ignore[call-arg]
        obj.source = source
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self._plain(), self.source))  # type: ignore[attr-defined]


class YamlInt(_Sourced, int):
    def _plain(self) -> int:
        return int(self)


class YamlFloat(_Sourced, float):
    def _plain(self) -> float:
        return float(self)


def number_source(value: object) -> str | None:
    """The text a number was written as, or None for anything else."""
    return value.source if isinstance(value, _Sourced) else None
