"""The layout of the progress form (`cchc form`), format version 1: which sheet
holds what, in which row and column, and the bounds a filled form must keep.

The form is an input format like the YAML files: the renderer
(`form_xlsx`) writes this layout and the reader (`form_input`)
reads it, both from here, so the two cannot drift apart. The workbook is
always Vietnamese; its sheets are found by their Vietnamese names.

Hidden metadata: a sheet named `cchc`, very hidden (LibreOffice keeps it as
hidden) and protected, holds `key | value` rows (FORM_KIND, version, agency,
plan identity and fingerprint, the as-of date of the form, a keyed seal over
these: `form_seal`)
and from META_TABLE_ROW on one row per form row: its sheet row, task, part,
period, the digest of the task and that of the document the row showed (so
that emptying a document's cells removes that document once, never the next).
A sheet rather than document properties, because the row table belongs with
the rest and both Excel and LibreOffice keep a hidden sheet as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text

FORM_LANG: Lang = "vi"
"""The form goes to the agencies: always Vietnamese, like the reports."""
FORM_KIND = "cchc-progress-form"
FORM_VERSION = 1
META_SHEET = "cchc"
META_KEYS = ("kind", "version", "agency", "plan", "plan_fingerprint", "as_of", "rows", "seal")
"""The `key | value` rows of the metadata sheet, from row 1, in this order."""
META_TABLE_ROW = 12
"""First row of the table of form rows: sheet row | task | part | period | digest of
the task | digest of the document the row showed."""
META_TABLE_COLUMNS = 6

TITLE_ROW = 1
SUBTITLE_ROW = 2
HEADER_ROW = 3
FIRST_ROW = 4
"""Rows of the progress sheet: title, subtitle, column titles, then one row per obligation."""

ColumnKind = Literal["int", "text", "date", "status", "due"]


@dataclass(frozen=True)
class FormColumn:
    key: str
    width: float
    """In Excel's character units; the widths add up to what A4 landscape prints."""
    locked: bool
    kind: ColumnKind
    per_task: bool = False
    """Filled on the first row of a task only (the task's own fields)."""


COLUMNS: tuple[FormColumn, ...] = (
    FormColumn("number", 5, True, "int"),
    FormColumn("task", 26, True, "text"),
    FormColumn("content", 24, True, "text"),
    FormColumn("role", 9, True, "text"),
    FormColumn("period", 9, True, "text"),
    FormColumn("due", 11, True, "due"),
    FormColumn("status", 15, False, "status"),
    FormColumn("completed", 11.5, False, "date"),
    FormColumn("assignee", 15, False, "text", per_task=True),
    FormColumn("position", 12, False, "text", per_task=True),
    FormColumn("deadline", 11.5, False, "date", per_task=True),
    FormColumn("doc_number", 12, False, "text"),
    FormColumn("doc_date", 11.5, False, "date"),
    FormColumn("doc_title", 22, False, "text"),
    FormColumn("doc_link", 14, False, "text"),
    FormColumn("notes", 20, False, "text"),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS, 1)}
"""Column number (A = 1) of each key."""

CONTACT_FIELDS = ("agency", "plan", "name", "position", "phone", "email", "updated")
CONTACT_FIRST_ROW = 3
"""The contact sheet: a heading in row 1, then one `label | value` row per field."""
CONTACT_LOCKED = ("agency", "plan")
CONTACT_ROW = {key: CONTACT_FIRST_ROW + i for i, key in enumerate(CONTACT_FIELDS)}
CONTACT_VALUE_COLUMN = 2

MAX_FORM_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 400
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 128 * 1024 * 1024
MAX_RATIO = 200
"""Unpacked size over packed size of one member: more is a zip bomb."""
MAX_ROWS = 20_000
MAX_COLUMNS = 64
MAX_CELL_CHARS = 10_000


def status_labels() -> dict[str, str]:
    """Status code -> its label in the drop-down."""
    return {
        "not_started": text("progress.not_started", FORM_LANG),
        "in_progress": text("progress.in_progress", FORM_LANG),
        "done": text("progress.done", FORM_LANG),
    }


def column_titles(lang: Lang) -> dict[str, str]:
    """The title of each column of the progress sheet."""
    return {
        "number": text("report.col-number", lang), "task": text("form.col.task", lang),
        "content": text("form.col.content", lang), "role": text("form.col.role", lang),
        "period": text("form.col.period", lang), "due": text("form.col.due", lang),
        "status": text("form.col.status", lang), "completed": text("form.col.completed", lang),
        "assignee": text("form.col.assignee", lang), "position": text("form.col.position", lang),
        "deadline": text("form.col.deadline", lang),
        "doc_number": text("form.col.doc-number", lang),
        "doc_date": text("form.col.doc-date", lang),
        "doc_title": text("form.col.doc-title", lang),
        "doc_link": text("form.col.doc-link", lang), "notes": text("form.col.notes", lang),
    }


def progress_sheet_name() -> str:
    return text("form.sheet.progress", FORM_LANG)


def contact_sheet_name() -> str:
    return text("form.sheet.contact", FORM_LANG)
