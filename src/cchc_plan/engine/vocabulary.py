"""The status vocabulary: every status an obligation can have, once.

Everything else is derived from STATUS_CODES here: which statuses are done,
which have no date, the base of the on-time rate, the urgency order, the
`--only` choices of `cchc status`; labels (`status.<code>` in the catalog)
and terminal styles (by `TONE`) are keyed by these codes, and tests check
that they cover every one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, get_args

StatusCode = Literal["overdue", "pending", "awaiting", "ongoing", "done_late", "done_on_time"]
STATUS_CODES: tuple[StatusCode, ...] = get_args(StatusCode)
"""In the order people read them: what needs action first."""

DONE: tuple[StatusCode, ...] = ("done_late", "done_on_time")
UNDATED: tuple[StatusCode, ...] = ("awaiting", "ongoing")
"""No due date to judge by: never late, hidden from the status table unless asked."""
RATE_BASE: tuple[StatusCode, ...] = ("overdue", "done_late", "done_on_time")
"""Obligations whose last day has come: the base of the on-time rate."""
DEFAULT_DUE_SOON_DAYS = 7

Tone = Literal["alarm", "warn", "wait", "calm", "late", "good"]
TONE: dict[StatusCode, Tone] = {
    "overdue": "alarm", "pending": "warn", "awaiting": "wait", "ongoing": "calm",
    "done_late": "late", "done_on_time": "good",
}


def urgency_rank(status: StatusCode, due_soon: bool) -> int:
    """0 for the most urgent: overdue, then pending due soon, then the rest in
    STATUS_CODES order."""
    index = STATUS_CODES.index(status)
    return index if index == 0 else index + (0 if status == "pending" and due_soon else 1)


Selector = Callable[[str, bool], bool]
"""(status, due_soon) -> whether an obligation is in a `--only` selection."""


def _is(code: str) -> Selector:
    return lambda status, _due_soon: status == code


ONLY: dict[str, Selector] = {
    **{code.replace("_", "-"): _is(code) for code in STATUS_CODES},
    "due-soon": lambda _status, due_soon: due_soon,
    "done": lambda status, _due_soon: status in DONE,
    "open": lambda status, _due_soon: status in ("overdue", "pending"),
}
"""`cchc status --only` choices: each status, and the usual groups of them."""
