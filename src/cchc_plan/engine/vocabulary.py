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

StatusCode = Literal["overdue", "pending", "awaiting", "ongoing", "supporting", "done_late",
                     "done_on_time"]
STATUS_CODES: tuple[StatusCode, ...] = get_args(StatusCode)
"""In the order people read them: what needs action first."""

DONE: tuple[StatusCode, ...] = ("done_late", "done_on_time")
UNDATED: tuple[StatusCode, ...] = ("awaiting", "ongoing")
"""No due date to judge by: never late, hidden from the status table unless asked."""
SUPPORTING: StatusCode = "supporting"
"""A part of a task that another agency named by the task must deliver: the
agency supports it. Shown, never overdue, never in a rate."""
QUIET: tuple[StatusCode, ...] = (*UNDATED, SUPPORTING)
"""Nothing to act on by a date: left out of the short views unless asked."""
RATE_BASE: tuple[StatusCode, ...] = ("overdue", "done_late", "done_on_time")
"""The statuses the on-time rate can count; `views.summary.in_rate` adds that
the due date has come by the as-of date."""
DEFAULT_DUE_SOON_DAYS = 7

Tone = Literal["alarm", "warn", "wait", "calm", "quiet", "late", "good"]
TONE: dict[StatusCode, Tone] = {
    "overdue": "alarm", "pending": "warn", "awaiting": "wait", "ongoing": "calm",
    "supporting": "quiet", "done_late": "late", "done_on_time": "good",
}


def urgency_rank(status: str, due_soon: bool) -> int:
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
