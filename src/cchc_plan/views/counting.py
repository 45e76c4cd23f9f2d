"""The counting rules in force, as facts every report and the status view
states in one sentence (`render.counting_text`). Kept apart from the report
data so that a cached `cchc status` need not import the models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cchc_plan.load.models import Plan


@dataclass(frozen=True)
class CountingFacts:
    """The counting rules in force, for the sentence every report prints."""

    before_inclusive: bool
    roll: bool
    """A last day on a weekend or holiday moves to the next working day (every deadline)."""
    relative: bool
    """The plan has deadlines counted from an event."""


def rule_facts(plan: Plan) -> CountingFacts:
    from cchc_plan.load.models import RelativePart

    relative = any(isinstance(p, RelativePart) for t in plan.all_tasks() for p in t.deadline)
    settings = plan.settings
    return CountingFacts(settings.before_inclusive, settings.roll_to_working_day, relative)
