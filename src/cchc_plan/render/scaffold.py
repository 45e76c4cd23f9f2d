"""The text of a starting progress file (`cchc init`).

Every task that involves the agency, each with `status: not_started` and a
comment holding the task's title, the agency's role and the deadline as the
plan writes it. It validates as written.
"""

from __future__ import annotations

import json

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.load.models import Narrative
from cchc_plan.views.scaffold import Scaffold, ScaffoldTask

SCHEMA_REF = "../schemas/assignment.schema.json"
NARRATIVE_KEYS = tuple(Narrative.model_fields)
"""The report's own words, one section each (`results`, `shortcomings`, ...)."""


def _q(value: str) -> str:
    """A YAML scalar that stays text whatever it holds (JSON strings are YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _comment(value: str) -> str:
    return " ".join(value.split())


def render(view: Scaffold, lang: Lang) -> str:
    doc = view.plan.document
    plan_name = " ".join(f"{doc.number or ''} {doc.issuer_short}".split())
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_REF}",
        f"# {text('scaffold.title', lang, agency=view.name, plan=plan_name)}",
        "#",
        *(f"# {line}" for line in text("scaffold.how", lang).splitlines()),
        "schema_version: 1",
        f"agency: {view.agency}",
        "contact:",
        "  name:",
        "  position:",
        "  phone:",
        "  email:",
        f"# {text('scaffold.signer', lang)}",
        "signer:",
        "  name:",
        "  title:",
        f"updated: {view.today.isoformat()}",
        f"# {text('scaffold.narrative', lang)}",
        "narrative:",
        *(f"  {key}:" for key in NARRATIVE_KEYS),
        "tasks:",
    ]
    for item in view.tasks:
        lines += _entry_lines(item, lang)
    return "\n".join(lines) + "\n"


def _entry_lines(item: ScaffoldTask, lang: Lang) -> list[str]:
    task = item.task
    deadline = _comment(task.deadline_text) or text("scaffold.no-deadline", lang)
    role = text("role." + item.role, lang)
    lines = [
        f"  # {task.id}. {_comment(task.title)}",
        "  # " + text("scaffold.role-deadline", lang, role=role, deadline=deadline),
    ]
    if item.periodic:
        lines.append(f"  # {text('scaffold.periodic', lang)}")
    lines += [f"  - task: {_q(task.id)}", "    status: not_started"]
    lines += ["    assignee:", "      name:", "      position:"]
    return lines
