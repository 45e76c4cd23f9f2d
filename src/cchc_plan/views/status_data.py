"""A status snapshot as plain JSON data and back, for the cache.

Rows go by column, each column its distinct values and, per row, an index
into them: tens of thousands of rows repeat a few hundred titles and names,
so the entry is small, and checking it means checking the distinct values
and the largest index. Reading back checks every field's type: anything
unexpected raises, and the cache takes that as a miss.
"""

from __future__ import annotations

import base64
import dataclasses
import sys
from array import array
from datetime import date
from typing import Any, get_type_hints

from cchc_plan.core.names import index_data, index_from_data
from cchc_plan.views.counting import CountingFacts
from cchc_plan.views.status import AgencyInfo, PlanInfo, StatusRow, StatusSnapshot

KINDS = {str: "text", str | None: "text?", date: "date", date | None: "date?", bool: "bool",
         int: "int", int | None: "int?"}


def kinds_of(record: type, leave_out: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The cache's kind of each field of `record`, in order, read from its type
    hints: a field added to a row is cached (or, of a type not known here,
    refused at import) without a second list to keep in step."""
    hints = get_type_hints(record)
    names = (record._fields if hasattr(record, "_fields")
             else [f.name for f in dataclasses.fields(record)])
    return tuple(KINDS[hints[name]] for name in names if name not in leave_out)


ROW_KINDS = kinds_of(StatusRow)
"""The type of each StatusRow field, in order."""
PLAN_KINDS = kinds_of(PlanInfo, leave_out=("rules", "sections"))
AGENCY_KINDS = kinds_of(AgencyInfo)


def snapshot_data(snap: StatusSnapshot) -> dict[str, Any]:
    columns = []
    for values in zip(*snap.rows, strict=True) if snap.rows else [()] * len(ROW_KINDS):
        distinct: dict[object, int] = {}
        numbers = [distinct.setdefault(v, len(distinct)) for v in values]
        columns.append([[_plain(v) for v in distinct], _packed(numbers, len(distinct))])
    plan = snap.plan
    return {
        "as_of": snap.as_of.isoformat(), "rows": len(snap.rows), "columns": columns,
        "unreadable": snap.unreadable, "problem_count": snap.problem_count,
        "names": index_data(snap.names), "due_soon_days": snap.due_soon_days,
        "plan": None if plan is None else [
            *(_plain(v) for v in (plan.number, plan.title, plan.issuer, plan.start,
                                  plan.horizon)),
            [plan.rules.before_inclusive, plan.rules.roll, plan.rules.relative],
            [list(s) for s in plan.sections]],
        "agencies": [[_plain(v) for v in (a.agency, a.name, a.short, a.submitted, a.readable,
                                          a.updated, a.leader)] for a in snap.agencies],
    }


def snapshot_from_data(data: Any) -> StatusSnapshot:
    count, columns = data["rows"], data["columns"]
    if type(count) is not int or not isinstance(columns, list) or len(columns) != len(ROW_KINDS):
        raise ValueError("not a status snapshot")
    cells = [_column(kind, column, count) for kind, column in zip(ROW_KINDS, columns,
                                                                 strict=True)]
    rows = list(map(StatusRow._make, zip(*cells, strict=True)))
    unreadable = data["unreadable"]
    if not isinstance(unreadable, list) or not all(type(n) is str for n in unreadable):
        raise ValueError("not a status snapshot")
    return StatusSnapshot(
        _cell("date", data["as_of"]), rows, unreadable, _cell("int", data["problem_count"]),
        index_from_data(data["names"]), _plan(data["plan"]),
        [AgencyInfo(*_record(AGENCY_KINDS, a)) for a in _list(data["agencies"])],
        _cell("int", data["due_soon_days"]))


def _plan(data: Any) -> PlanInfo | None:
    if data is None:
        return None
    *fields, rules, sections = _list(data, len(PLAN_KINDS) + 2)
    flags = [_cell("bool", v) for v in _list(rules, 3)]
    number, title, issuer, start, horizon = _record(PLAN_KINDS, fields)
    pairs = tuple((_cell("text", i), _cell("text", t)) for i, t in map(_pair, _list(sections)))
    return PlanInfo(number, title, issuer, start, horizon, CountingFacts(*flags), pairs)


def _pair(data: Any) -> list[Any]:
    return _list(data, 2)


def _record(kinds: tuple[str, ...], data: Any) -> list[Any]:
    return [_cell(kind, value) for kind, value in zip(kinds, _list(data, len(kinds)),
                                                       strict=True)]


def _list(data: Any, length: int | None = None) -> list[Any]:
    if not isinstance(data, list) or (length is not None and len(data) != length):
        raise ValueError("not a list of the expected length")
    return data


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _packed(numbers: list[int], distinct: int) -> str:
    """Row indices as base64 of little-endian unsigned numbers of 1, 2 or 4
    bytes (the first letter says which): they cannot be negative, only too large."""
    code = "B" if distinct <= 1 << 8 else "H" if distinct <= 1 << 16 else "I"
    index = array(code, numbers)
    if sys.byteorder == "big":
        index.byteswap()
    return code + base64.b64encode(index.tobytes()).decode("ascii")


def _unpacked(text: Any) -> array[int]:
    if not isinstance(text, str) or text[:1] not in ("B", "H", "I"):
        raise ValueError("not an index")
    index = array(text[0])
    index.frombytes(base64.b64decode(text[1:], validate=True))
    if sys.byteorder == "big":
        index.byteswap()
    return index


def _column(kind: str, column: Any, count: int) -> list[Any]:
    values, packed = _list(column, 2)
    index = _unpacked(packed)
    if len(index) != count:
        raise ValueError("not a column")
    values = [_cell(kind, v) for v in _list(values)]
    if index and max(index) >= len(values):
        raise ValueError("not a column")
    return list(map(values.__getitem__, index))


def _cell(kind: str, value: Any) -> Any:
    if value is None and kind.endswith("?"):
        return None
    base = kind.rstrip("?")
    if base == "date" and type(value) is str:
        return date.fromisoformat(value)
    if base == "text" and type(value) is str:
        return value
    if (base == "bool" and type(value) is bool) or (base == "int" and type(value) is int):
        return value
    raise ValueError(f"not a {kind}")
