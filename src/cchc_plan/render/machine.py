"""JSON, CSV and GitHub-annotation output: stable codes, ISO dates."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from ..i18n import Lang
from ..messages import text
from ..problems import Problem
from ..rows import StatusRow

OBLIGATION_FIELDS = (
    "task",
    "section",
    "title",
    "agency",
    "role",
    "part",
    "period",
    "due",
    "status",
    "due_soon",
    "reported",
    "days_late",
    "days_left",
    "completed",
    "readable",
)


def obligation_record(ob: StatusRow) -> dict[str, Any]:
    return {
        "task": ob.task,
        "section": ob.section,
        "title": ob.title,
        "agency": ob.agency,
        "role": ob.role,
        "part": ob.part,
        "period": ob.period,
        "due": ob.due.isoformat() if ob.due else None,
        "status": ob.status,
        "due_soon": ob.due_soon,
        "reported": ob.reported,
        "days_late": ob.days_late,
        "days_left": ob.days_left,
        "completed": ob.completed.isoformat() if ob.completed else None,
        "readable": ob.readable,
    }


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def obligations_json(rows: Iterable[StatusRow]) -> str:
    return to_json([obligation_record(o) for o in rows])


def obligations_csv(rows: Iterable[StatusRow]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=OBLIGATION_FIELDS, lineterminator="\n")
    writer.writeheader()
    for ob in rows:
        record = obligation_record(ob)
        writer.writerow(
            {
                k: "" if v is None else str(v).lower() if isinstance(v, bool) else v
                for k, v in record.items()
            }
        )
    return out.getvalue()


def problems_json(problems: Iterable[Problem], lang: Lang = "vi") -> str:
    """One record per problem: the stable `code`, and `message`/`hint` in `lang`."""
    return to_json(
        [
            {
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "code": p.code,
                "severity": p.severity,
                "message": p.text(lang),
                "hint": p.hint_text(lang),
            }
            for p in problems
        ]
    )


def problems_github(problems: Iterable[Problem], lang: Lang = "vi") -> str:
    """GitHub Actions workflow commands: annotations on the changed lines."""
    lines = []
    for p in problems:
        hint = p.hint_text(lang)
        message = p.text(lang) + (f" ({text('cli.hint-word', lang)}: {hint})" if hint else "")
        message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        title = p.code.replace(",", " ").replace("::", " ")
        lines.append(
            f"::{p.severity} file={p.path},line={p.line},col={p.column},title={title}::{message}"
        )
    return "".join(f"{line}\n" for line in lines)
