"""What `cchc plan import` tells the person who ran it: what was read, what
the file carried, which agencies the registry lacks (with the rows that name
them and a proposed entry) and how many notes wait for review."""

from __future__ import annotations

import yaml

from cchc_plan.core.dates import vn_date
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import quoted, text
from cchc_plan.features.plan_io.reader.importer import ImportResult


def summary_lines(result: ImportResult, registry: str, lang: Lang,
                  output: str = "plan/appendix.yaml") -> list[str]:
    """What was read, what the reader had to choose, the agencies the registry
    lacks, and the next commands."""
    lines = read_lines(result, registry, lang)
    lines.extend(choice_lines(result, lang))
    if result.notes:
        lines.append(text("import.review-count", lang, n=result.notes))
    lines.extend(text("import.next-steps", lang, plan=output, registry=registry).splitlines())
    return lines


def choice_lines(result: ImportResult, lang: Lang) -> list[str]:
    """What the reader chose where the document left room: ids, the deadline
    column, the settings read from the body."""
    plan, lines = result.plan, []
    if result.qualified:
        lines.append(text("import.summary-qualified", lang, example=plan.tasks[0].id))
    if result.deadline_column:
        taken, others = result.deadline_column
        lines.append(text("import.deadline-column", lang, taken=quoted(taken),
                          other=", ".join(map(quoted, others))))
    signer = plan.document.signer
    horizon = plan.settings.horizon
    lines.append(text("import.summary-settings", lang,
                      coordinator=plan.settings.coordinator or "—",
                      horizon=vn_date(horizon) if horizon else "—",
                      signer=(signer.name or signer.title or "—") if signer else "—",
                      milestones=len(plan.milestones)))
    return lines


def read_lines(result: ImportResult, registry: str, lang: Lang) -> list[str]:
    plan = result.plan
    where = (text("import.where-tables", lang, tables=", ".join(result.tables))
             if result.kind == "docx" else text("import.where-sheets", lang,
                                               sheets=", ".join(result.tables)))
    lines = [text("import.read", lang, file=result.source, where=where, tasks=len(plan.tasks),
                  sections=len(plan.sections))]
    carried = result.carried
    if carried is not None:
        lines.append(text("import.carried", lang, kept=len(carried.kept),
                          changed=len(carried.changed)))
        for task, columns in carried.changed.items():
            lines.append(text("import.carried-changed", lang, task=task,
                              columns=", ".join(columns)))
        for task, columns in carried.disagreed.items():
            lines.append(text("import.carried-disagreed", lang, task=task,
                              columns=", ".join(columns)))
        if carried.embedded_only:
            lines.append(text("import.carried-only", lang, n=len(carried.embedded_only)))
        if carried.dropped:
            lines.append(text("import.carried-dropped", lang, n=len(carried.dropped),
                              tasks=", ".join(carried.dropped)))
    if result.unknown:
        lines.append(text("import.unknown-head", lang, n=len(result.unknown), registry=registry))
    for unknown in result.unknown:
        entry = yaml.safe_dump(unknown.proposal, allow_unicode=True, sort_keys=False,
                               default_flow_style=True, width=1000).strip()
        lines.append(text("import.unknown-line", lang, name=unknown.name,
                          rows=", ".join(unknown.rows), entry=f"- {entry}"))
        if unknown.close:
            lines.append(text("import.unknown-close", lang, ids=", ".join(unknown.close)))
    return lines
