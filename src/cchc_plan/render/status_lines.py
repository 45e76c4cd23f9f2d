"""`cchc status --format json` made where the files are read (issue 28).

Each worker turns its agency's obligations into rows (`views.status.rows_of`),
keeps those the filters show, and sends back, for each, its urgency key and
the numbers of the five pieces its JSON line is made of (`machine.PIECES`),
with the text of each piece it had not sent before; besides them the
agency's counts and its oldest overdue row (`encoded_agency`). This process
keeps a row as its key and five shared strings, sorts, and writes
(`StatusLines`). The text is `machine.status_json_parts`'s, byte for byte
(tests/render/test_status_lines.py compares them under every filter).

Why: a country's 1.25 million rows held here as StatusRow objects were most
of its 857 MB, and their counting, sorting and encoding 8 seconds of one
core after the parallel part, the other core idle.

A piece's number belongs to the process that made it: `source` says which
(the process id: one process makes the pieces of many agencies, one after
another), and `run` keeps a process from numbering on from a run before
(the command line runs once; a library may run twice).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from cchc_plan.core.messages import Msg
from cchc_plan.render.machine import PIECES, Piece, json_parts
from cchc_plan.views.overview import AgencyLine, Head, not_submitted, oldest_overdue
from cchc_plan.views.status import (
    AgencyInfo,
    Filters,
    PlanInfo,
    StatusRow,
    UrgencyKey,
    named_in,
    rows_of,
    select,
    span_of,
    unknown_named,
)
from cchc_plan.views.summary import Summary, combined, summarize

if TYPE_CHECKING:
    from cchc_plan.engine.obligations import Obligation

_INDEX_BITS = 40
"""A row's place in arrival order, below its urgency key: ties keep that order."""
_NO_NAMES: tuple[set[str], set[str]] = (set(), set())


class Encoded(NamedTuple):
    """One agency's rows as a worker sends them back."""

    agency: str
    total: int
    """Its rows before any filter (an agency with none is not listed)."""
    scope: Summary | None
    """Its counts, when it is in the scope (`--agency`)."""
    shown: Summary | None
    """The counts of its rows the filters show (None: all of them, `scope`)."""
    oldest: StatusRow | None
    source: int
    fresh: list[str]
    """The text of each piece new in this agency, numbered on from `source`'s last."""
    rows: list[tuple[int, int, int, int, int, int]]
    """Each shown row: its urgency key and its five pieces' numbers."""
    named: tuple[set[str], set[str]] = _NO_NAMES
    """Sections, and tasks and parents, of its rows (`named_in`; only with
    --section or --task)."""


@dataclass
class _Numbering:
    """This process's pieces of one run: values of each piece -> number."""

    run: str
    pieces: list[Piece] = field(default_factory=lambda: [Piece(keys) for keys in PIECES])
    numbers: list[dict[tuple[object, ...], int]] = field(
        default_factory=lambda: [{} for _ in PIECES])
    count: int = 0


_numbering: list[_Numbering] = []
"""The numbering of this process (one at most)."""


def encoded_agency(obligations: list[Obligation], *, names: dict[str, tuple[str, str]],
                   key: UrgencyKey, filters: Filters, as_of: date, run: str) -> list[Encoded]:
    """One agency's obligations as `Encoded` (a `StatusStream.shaped` shape:
    a `functools.partial` of it, with everything but the obligations)."""
    if not obligations:
        return []
    rows = rows_of(obligations, names)
    agency, pid = rows[0].agency, os.getpid()
    named = named_in(rows) if filters.section or filters.task else _NO_NAMES
    if filters.agency is not None and agency != filters.agency:
        return [Encoded(agency, len(rows), None, None, None, pid, [], [], named)]
    shown = select(rows, filters)
    shown.sort(key=key)
    fresh: list[str] = []
    a, b, c, d, e = (_numberer(_numbering_for(run), slot, fresh) for slot in range(len(PIECES)))
    out = [(key(row), a(row), b(row), c(row), d(row), e(row)) for row in shown]
    return [Encoded(agency, len(rows), summarize(rows, as_of),
                    summarize(shown, as_of) if filters.narrowing else None,
                    oldest_overdue(shown), pid, fresh, out, named)]


def _numbering_for(run: str) -> _Numbering:
    if not _numbering or _numbering[0].run != run:
        _numbering[:] = [_Numbering(run)]
    return _numbering[0]


def forget_numbering() -> None:
    """Let go of this process's numbering (a run done here keeps every piece
    it numbered until the next run otherwise)."""
    _numbering.clear()


def _numberer(numbering: _Numbering, slot: int,
              fresh: list[str]) -> Callable[[StatusRow], int]:
    """A row -> the number of its piece `slot`, a new piece's text put in `fresh`."""
    piece, numbers = numbering.pieces[slot], numbering.numbers[slot]
    values_of = piece.values

    def number(row: StatusRow) -> int:
        values = values_of(row)
        found = numbers.get(values)
        if found is None:
            found = numbers[values] = numbering.count
            numbering.count += 1
            fresh.append(piece.text(values))
        return found

    return number


class StatusLines:
    """The encoded agencies of a run, taken as they come; then their head and
    their rows, most urgent first, as `machine.status_json_parts` writes them."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, str, str, str, str, str]] = []
        self.agencies: dict[str, Encoded] = {}
        self.sections: set[str] = set()
        self.tasks: set[str] = set()
        self._texts: dict[int, list[str]] = {}

    def take(self, agency: Encoded) -> None:
        texts = self._texts.setdefault(agency.source, [])
        texts += agency.fresh
        at = len(self.rows)
        if at + len(agency.rows) >= 1 << _INDEX_BITS:
            raise OverflowError("too many rows")
        self.rows += [((key << _INDEX_BITS) | (at + i), texts[a], texts[b], texts[c], texts[d],
                       texts[e]) for i, (key, a, b, c, d, e) in enumerate(agency.rows)]
        self.agencies[agency.agency] = agency._replace(fresh=[], rows=[], named=_NO_NAMES)
        self.sections |= agency.named[0]
        self.tasks |= agency.named[1]

    @property
    def holding(self) -> set[str]:
        """The agencies with obligations."""
        return {a for a, one in self.agencies.items() if one.total}

    def overdue_shown(self) -> bool:
        return any((one.shown or one.scope or _NONE).counts.get("overdue", 0)
                   for one in self.agencies.values())

    def unknown_filter(self, filters: Filters) -> Msg | None:
        """`views.status.unknown_filter` of every row, shown or not."""
        return unknown_named(self.sections, self.tasks, filters.section, filters.task)

    def head(self, as_of: date, plan: PlanInfo, due_soon_days: int, filters: Filters,
             infos: list[AgencyInfo]) -> Head:
        """What `Overview.head` says of the same rows: `infos` are the
        agencies holding obligations (`views.status.agency_infos`)."""
        lines, scoped = [], []
        for info in infos:
            one = self.agencies[info.agency]
            if one.scope is None:
                continue
            scoped.append(one.scope)
            if one.shown is not None and not one.shown.total:
                continue  # narrowed to nothing
            lines.append(AgencyLine(info, one.scope, one.shown or one.scope, one.oldest))
        scope = next((a for a in infos if a.agency == filters.agency), None)
        return Head(as_of, plan, span_of(plan, as_of), due_soon_days, filters, scope,
                    combined(scoped), len(self.rows), lines,
                    not_submitted(infos, filters.agency))

    def json_parts(self, head: Head) -> Iterator[str]:
        self.rows.sort()
        return json_parts(head, (f"{{{a}, {b}, {c}, {d}, {e}}}" for _, a, b, c, d, e in self.rows))


_NONE = Summary({}, 0)
