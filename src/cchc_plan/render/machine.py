"""JSON, CSV and GitHub-annotation output: stable codes, ISO dates."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable
from datetime import date
from operator import attrgetter
from typing import Any

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.core.problems import Problem
from cchc_plan.views.status import StatusRow

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


record_values = attrgetter(*OBLIGATION_FIELDS)
"""The values of one row, in OBLIGATION_FIELDS order."""


def obligation_record(ob: StatusRow) -> dict[str, Any]:
    """One obligation as JSON data: stable codes, ISO dates."""
    return {key: value.isoformat() if isinstance(value, date) else value
            for key, value in zip(OBLIGATION_FIELDS, record_values(ob), strict=True)}


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def obligations_json(rows: Iterable[StatusRow]) -> str:
    """A JSON list with one obligation per line (readable and diffable), the
    same records as `obligation_record`.

    Written line by line from encoded values, each distinct value encoded once:
    a province has tens of thousands of rows that repeat a few hundred titles
    and names, and json.dumps per row took most of a cached `cchc status`."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    memos: list[dict[object, str]] = [{} for _ in OBLIGATION_FIELDS]  # one per column
    lines = []
    for row in rows:
        parts = []
        for memo, value in zip(memos, record_values(row), strict=True):
            text = memo.get(value)
            if text is None:
                text = memo[value] = encode(
                    value.isoformat() if isinstance(value, date) else value)
            parts.append(text)
        lines.append(_TEMPLATE % tuple(parts))
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


_TEMPLATE = "{" + ", ".join(f"{json.dumps(k)}: %s" for k in OBLIGATION_FIELDS) + "}"


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


def problems_json(problems: Iterable[Problem], lang: Lang) -> str:
    """One record per problem: the stable `code`, and `message`/`hint` in `lang`."""
    return to_json(
        [
            {
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "code": p.code,
                "severity": "error",
                "message": p.text(lang),
                "hint": p.hint_text(lang),
            }
            for p in problems
        ]
    )


def problems_github(problems: Iterable[Problem], lang: Lang, prefix: str = "") -> str:
    """GitHub Actions workflow commands: annotations on the changed lines.
    `prefix` is the repository's folder from the git top level ("" at the top),
    so annotations attach when the plan sits in a subfolder."""
    lines = []
    for p in problems:
        hint = p.hint_text(lang)
        message = p.text(lang) + (f" ({text('cli.hint-word', lang)}: {hint})" if hint else "")
        message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        title = p.code.replace(",", " ").replace("::", " ")
        lines.append(
            f"::error file={prefix}{p.path},line={p.line},col={p.column},title={title}::{message}"
        )
    return "".join(f"{line}\n" for line in lines)


def problems_gitlab(problems: Iterable[Problem], lang: Lang, prefix: str = "") -> str:
    """GitLab Code Quality: the Code Climate JSON a merge request shows.
    Fingerprints are stable across languages and runs (path, code, message id
    and parameters, and which occurrence it is)."""
    seen: dict[str, int] = {}
    issues = []
    for p in problems:
        base = hashlib.sha256(repr((p.path, p.code, p.message)).encode()).hexdigest()
        seen[base] = seen.get(base, 0) + 1
        hint = p.hint_text(lang)
        issues.append({
            "type": "issue",
            "check_name": p.code,
            "description": p.text(lang) + (f" ({text('cli.hint-word', lang)}: {hint})"
                                           if hint else ""),
            "categories": ["Bug Risk"],
            "severity": "major",
            "fingerprint": hashlib.sha256(f"{base}:{seen[base]}".encode()).hexdigest(),
            "location": {"path": f"{prefix}{p.path}",
                         "lines": {"begin": p.line, "end": p.line}},
        })
    return to_json(issues)
