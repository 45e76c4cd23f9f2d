"""JSON, CSV and GitHub-annotation output: stable codes, ISO dates."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from operator import attrgetter, itemgetter
from typing import Any

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.core.pathtext import for_machines
from cchc_plan.core.problems import Problem
from cchc_plan.render import safe
from cchc_plan.render.indented import dumps_indented
from cchc_plan.views.counting import CountingFacts
from cchc_plan.views.overview import AgencyLine, Head, Overview
from cchc_plan.views.status import StatusRow
from cchc_plan.views.summary import Summary

OBLIGATION_FIELDS = (
    "task",
    "section",
    "title",
    "part",
    "label",
    "period",
    "agency",
    "agency_name",
    "role",
    "due",
    "status",
    "due_soon",
    "days_late",
    "days_left",
    "completed",
    "reported",
    "progress",
    "notes",
    "readable",
)
"""The fields of one obligation in `cchc status --format json|csv`, in order
(schemas/status.schema.json)."""
STATUS_SCHEMA_VERSION = 2


record_values = attrgetter(*OBLIGATION_FIELDS)
"""The values of one row, in OBLIGATION_FIELDS order."""


def obligation_record(ob: StatusRow) -> dict[str, Any]:
    """One obligation as JSON data: stable codes, ISO dates."""
    return {key: value.isoformat() if isinstance(value, date) else value
            for key, value in zip(OBLIGATION_FIELDS, record_values(ob), strict=True)}


def to_json(data: Any) -> str:
    return dumps_indented(data) + "\n"


def status_json_parts(view: Overview, rows_a_part: int = 2000) -> Iterator[str]:
    """`cchc status --format json`: `{"as_of", "plan", "summary", "rows"}`,
    one row per line (schemas/status.schema.json), in pieces of `rows_a_part`
    rows to be written as they come: the whole text of a province's 32,000
    rows, built and copied in one string, was 120 MB of the command's peak
    memory."""
    return json_parts(view.head(), obligation_lines(view.shown), rows_a_part)


def json_parts(head: Head, lines: Iterator[str], rows_a_part: int = 2000) -> Iterator[str]:
    """The status JSON of `head` and the rows' `lines` (`obligation_lines`), in pieces."""
    yield f'{json_head(head)[:-2]},\n  "rows": '
    first = next(lines, None)
    if first is None:
        yield "[]\n}\n"
        return
    part = ["[\n  ", first]
    for count, line in enumerate(lines, start=1):
        if count % rows_a_part == 0:
            yield "".join(part)
            part = []
        part += [",\n  ", line]
    part.append("\n  ]\n}\n")
    yield "".join(part)


def json_head(head: Head) -> str:
    """The status JSON without its rows, indented."""
    return dumps_indented({
        "schema_version": STATUS_SCHEMA_VERSION,
        "as_of": head.as_of.isoformat(),
        "plan": plan_record(head),
        "summary": summary_record(head),
    })


def plan_record(head: Head) -> dict[str, Any] | None:
    plan = head.plan
    if plan is None:
        return None
    rules = plan.rules
    return {"number": plan.number, "title": plan.title, "issuer": plan.issuer,
            "start": plan.start.isoformat(),
            "horizon": plan.horizon.isoformat() if plan.horizon else None,
            "span": head.span, "rules": rules_record(rules)}


def rules_record(rules: CountingFacts) -> dict[str, Any]:
    """The counting rules in force: the same keys in status and report JSON."""
    return {"before_inclusive": rules.before_inclusive, "roll_to_working_day": rules.roll,
            "relative": rules.relative}


def counts_record(summary: Summary) -> dict[str, Any]:
    """Counts per status and the on-time rate (views.summary): the same keys
    as a report's `summary`."""
    return {"total": summary.total, "counts": dict(summary.counts), "on_time": summary.on_time,
            "due_count": summary.due_count, "on_time_rate": summary.on_time_rate}


def summary_record(head: Head) -> dict[str, Any]:
    scope, filters = head.agency, head.filters
    return {
        "scope": {"agency": scope.agency, "name": scope.name} if scope else None,
        **counts_record(head.summary),
        "shown": head.shown,
        "filters": {"section": filters.section, "task": filters.task,
                    "only": filters.only, "lead_only": filters.lead_only},
        "due_soon_days": head.due_soon_days,
        "agencies": [agency_record(line) for line in head.lines],
        "not_submitted": [a.agency for a in head.not_submitted],
    }


def agency_record(line: AgencyLine) -> dict[str, Any]:
    info, oldest = line.info, line.oldest
    return {
        "agency": info.agency, "name": info.name, "short": info.short,
        "submitted": info.submitted, "readable": info.readable,
        "updated": info.updated.isoformat() if info.updated else None,
        **counts_record(line.summary),
        "shown": line.shown.total,
        "oldest_overdue": ({"task": oldest.task, "part": oldest.part, "period": oldest.period,
                            "days_late": oldest.days_late} if oldest else None),
    }


def obligation_lines(rows: Iterable[StatusRow]) -> Iterator[str]:
    """Each row as one line of JSON (no newline in it: JSON escapes them), the
    same records as `obligation_record`: readable and diffable.

    Written from encoded pieces, each distinct piece encoded once: a province
    has tens of thousands of rows that repeat a few hundred tasks, agencies and
    due dates, and json.dumps per row took most of a cached `cchc status`. A
    piece is a run of fields that repeat together (the task's, the agency's,
    the due date's...), so a row is five lookups, not nineteen."""
    a, b, c, d, e = (Piece(keys) for keys in PIECES)
    for row in rows:  # five pieces, unrolled: a country writes 1.25 million rows
        yield (f"{{{a.memo.get(a.values(row)) or a.encoded(row)}, "
               f"{b.memo.get(b.values(row)) or b.encoded(row)}, "
               f"{c.memo.get(c.values(row)) or c.encoded(row)}, "
               f"{d.memo.get(d.values(row)) or d.encoded(row)}, "
               f"{e.memo.get(e.values(row)) or e.encoded(row)}}}")


class Piece:
    """A run of fields of a row, each distinct run of values encoded once."""

    def __init__(self, keys: tuple[str, ...]) -> None:
        self.keys = keys
        self.values: Callable[[StatusRow], tuple[object, ...]] = itemgetter(
            *(StatusRow._fields.index(k) for k in keys))
        self.memo: dict[tuple[object, ...], str] = {}

    def encoded(self, row: StatusRow) -> str:
        values = self.values(row)
        text = self.memo[values] = self.text(values)
        return text

    def text(self, values: tuple[object, ...]) -> str:
        """The piece of JSON for these values of its fields."""
        return ", ".join(f"{_KEYS[k]}: {_ENCODE(v.isoformat() if isinstance(v, date) else v)}"
                         for k, v in zip(self.keys, values, strict=True))


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


PIECES = (("task", "section", "title", "part", "label", "period"),
          ("agency", "agency_name", "role"),
          ("due", "status", "due_soon", "days_late", "days_left"),
          ("completed", "reported", "progress"),
          ("notes", "readable"))
"""OBLIGATION_FIELDS in runs that repeat together (`obligation_lines`)."""
_KEYS = {k: json.dumps(k) for k in OBLIGATION_FIELDS}


def obligations_csv(rows: Iterable[StatusRow]) -> str:
    """CSV for spreadsheets: a text field that starts with = + - @ TAB or CR
    gets a leading single quote, so no spreadsheet takes it for a formula
    (OWASP, CSV injection). Without a byte order mark: the command line adds
    one where Excel will read the text (`cli.output.csv_for_excel`)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=OBLIGATION_FIELDS, lineterminator="\n")
    writer.writeheader()
    for ob in rows:
        record = obligation_record(ob)
        writer.writerow(
            {
                k: "" if v is None else str(v).lower() if isinstance(v, bool)
                else safe.spreadsheet(v) if isinstance(v, str) else v
                for k, v in record.items()
            }
        )
    return out.getvalue()


def problems_json(problems: Iterable[Problem], lang: Lang) -> str:
    """One record per problem: the stable `code`, and `message`/`hint` in `lang`."""
    return to_json(
        [
            {
                "path": for_machines(p.path),
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


def problems_github(problems: Iterable[Problem], lang: Lang, prefix: str = "") -> str:
    """GitHub Actions workflow commands: annotations on the changed lines.
    `prefix` is the repository's folder from the git top level ("" at the top),
    so annotations attach when the plan sits in a subfolder. Properties and
    message are escaped as the runner's rules say, so no file name or text can
    end a command early or start another."""
    lines = []
    for p in problems:
        hint = p.hint_text(lang)
        message = p.text(lang) + (f" ({text('cli.hint-word', lang)}: {hint})" if hint else "")
        path = safe.workflow_property(prefix + for_machines(p.path))
        title = safe.workflow_property(p.code)
        lines.append(f"::{p.severity} file={path},line={p.line},col={p.column},title={title}::"
                     f"{safe.workflow_data(message)}")
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
            "severity": "major" if p.is_error else "minor",
            "fingerprint": hashlib.sha256(f"{base}:{seen[base]}".encode()).hexdigest(),
            "location": {"path": f"{prefix}{for_machines(p.path)}",
                         "lines": {"begin": p.line, "end": p.line}},
        })
    return to_json(issues)
