"""The counting rules in force, as facts every report and the status view
states in one sentence (`render.rules_text`). Kept apart from the report
data so that a cached `cchc status` need not import the models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cchc_plan.load.models import Plan


@dataclass(frozen=True)
class RuleFacts:
    """The counting rules in force, for the sentence every report prints."""

    before_inclusive: bool
    roll: bool
    """A last day on a weekend or holiday moves to the next working day (every deadline)."""
    relative: bool
    """The plan has deadlines counted from an event."""


def rule_facts(plan: Plan) -> RuleFacts:
    from cchc_plan.load.models import RelativePart

    relative = any(isinstance(p, RelativePart) for t in plan.all_tasks() for p in t.deadline)
    return RuleFacts(plan.settings.before_inclusive, plan.settings.roll_to_working_day, relative)
