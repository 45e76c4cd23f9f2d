"""The library's plan import and export (`cchc plan import|export`, `cchc
deadline parse`): a Word or Excel appendix to a draft plan, a plan to its Word
appendix, one deadline phrase to its parts. Each stage is imported when used."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cchc_plan.core.lang import Lang
    from cchc_plan.features.plan_io.reader.deadline_text import ParseResult
    from cchc_plan.features.plan_io.reader.importer import ImportResult
    from cchc_plan.load.models import Plan


def import_plan(source: Path, *, agencies: Path | None, lang: Lang, year: int | None = None,
                sheet: str | None = None, use_embedded: bool = True,
                existing: Path | None = None) -> ImportResult:
    """A draft plan from the appendix table of a Word or Excel file, its agencies
    resolved against the registry at `agencies` (every name proposed when there
    is none there), its review notes in `lang`; the settings, signer and report
    of the plan at `existing` (the one the draft replaces) kept where the
    document says nothing else. PlanUnusable when the registry has errors;
    InputError when the file has no appendix table."""
    from cchc_plan.core.messages import msg
    from cchc_plan.features.plan_io.reader.importer import (
        ImportRequest,
        read_existing,
        read_registry,
        run,
    )

    plan, broken = read_existing(existing)
    result = run(ImportRequest(source, read_registry(agencies), lang, year, sheet, use_embedded,
                               plan))
    if broken:
        result.plan.review.append(msg("import.existing-unusable").text(lang))
    return result


def export_plan(plan: Plan) -> bytes:
    """The plan's appendix as a Word table in the document's own layout, its
    records embedded so that `import_plan` gives them back."""
    from cchc_plan.features.plan_io.plan_docx import render
    from cchc_plan.features.plan_io.plan_table import appendix_view

    return render(appendix_view(plan))


def parse_deadline(phrase: str, plan_year: int | None = None) -> ParseResult:
    """The deadline parts the plan model holds for one phrase of a deadline cell."""
    from cchc_plan.features.plan_io.reader.deadline_text import parse_deadline as parse

    return parse(phrase, plan_year=plan_year)
