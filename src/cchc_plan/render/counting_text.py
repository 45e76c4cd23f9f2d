"""The sentence saying how deadlines are counted, for every report and the
status view; light (no document model), so a cached `cchc status` stays fast."""

from __future__ import annotations

from collections.abc import Callable

from cchc_plan.views.counting import CountingFacts


def rule_text(rules: CountingFacts, say: Callable[[str], str]) -> str:
    """How deadlines are counted, from the settings in force; `say` looks a
    catalog message up in the document's language (`Words`)."""
    sentences = [say("report.rule-before-inclusive" if rules.before_inclusive
                     else "report.rule-before-strict")]
    if rules.relative:
        sentences.append(say("report.rule-relative"))
    sentences.append(say("report.rule-roll-all" if rules.roll else "report.rule-roll-none"))
    return " ".join(sentences)
