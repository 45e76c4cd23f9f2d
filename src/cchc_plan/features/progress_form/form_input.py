"""A filled progress form, read back: its metadata, and each cell checked and
turned into a value, every problem at its cell (`book.xlsx:Sheet!E12`).

Dates are read as in the YAML files (`core.dates`): a date cell, or text such
as "17/8/2020" or "17-08-2020"; month first is refused with the same message.
Statuses are the drop-down labels, in any case and with or without
diacritics (the YAML codes are taken too). Text cells keep their text; a
number typed where text belongs becomes its digits.

`CellDocument` carries a YAML document's problems back to the form: the
checks of the merged agency file report through it, and a problem about a
record the form carries lands on that record's cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from cchc_plan.core.dates import DateError, parse_date
from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.core.problems import Problem, Severity, cell_path, column_letters
from cchc_plan.core.text import fold, nfc
from cchc_plan.features.progress_form.form_layout import (
    COLUMN_INDEX,
    COLUMNS,
    CONTACT_FIELDS,
    CONTACT_ROW,
    CONTACT_VALUE_COLUMN,
    FIRST_ROW,
    FORM_KIND,
    FORM_VERSION,
    HEADER_ROW,
    MAX_CELL_CHARS,
    META_KEYS,
    META_SHEET,
    META_TABLE_COLUMNS,
    META_TABLE_ROW,
    contact_sheet_name,
    progress_sheet_name,
    status_labels,
)
from cchc_plan.features.progress_form.form_seal import seal_key, verify
from cchc_plan.features.progress_form.workbook import Book, Sheet
from cchc_plan.load.builder import Path_
from cchc_plan.load.yamlio import Document

STATUS_CODES = ("not_started", "in_progress", "done")


@dataclass(frozen=True)
class MetaRow:
    row: int
    task: str
    part: str
    period: str | None
    digest: str
    doc: str
    """Digest of the document the row showed, '' if none."""


@dataclass(frozen=True)
class FormMeta:
    agency: str
    plan: str
    plan_fingerprint: str
    as_of: date
    rows: list[MetaRow]


@dataclass
class RowInput:
    """One row of the progress sheet: its raw cells and the values read from them."""

    meta: MetaRow
    raw: dict[str, Any]
    values: dict[str, Any]


@dataclass
class FormInput:
    path: str
    meta: FormMeta | None = None
    rows: list[RowInput] = field(default_factory=list)
    contact_raw: dict[str, Any] = field(default_factory=dict)
    contact: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def progress_cell(self, row: int, key: str) -> tuple[str, int, int]:
        return (cell_path(self.path, progress_sheet_name()), row, COLUMN_INDEX[key])

    def contact_cell(self, key: str) -> tuple[str, int, int]:
        return (cell_path(self.path, contact_sheet_name()), CONTACT_ROW[key],
                CONTACT_VALUE_COLUMN)


def read_form(book: Book, key: bytes | None = None) -> FormInput:
    """The form's metadata and values; `problems` has every cell that is wrong.
    The seal is checked under `key` (default: this computer's `seal_key`)."""
    form = FormInput(book.path)
    meta_sheet = book.sheets.get(META_SHEET)
    if meta_sheet is None:
        form.problems.append(Problem(book.path, 1, 1, "form-not-a-form",
                                     msg("form-not-a-form", sheet=quoted(META_SHEET)),
                                     msg("hint.form-export")))
        return form
    form.meta = read_meta(meta_sheet, book.path, form.problems,
                          seal_key() if key is None else key)
    sheets = {}
    for name in (progress_sheet_name(), contact_sheet_name()):
        if name not in book.sheets:
            form.problems.append(Problem(book.path, 1, 1, "form-missing-sheet",
                                         msg("form-missing-sheet", sheet=quoted(name)),
                                         msg("hint.form-export")))
        else:
            sheets[name] = book.sheets[name]
    if form.meta is None or len(sheets) < 2:
        return form
    progress, contact = sheets[progress_sheet_name()], sheets[contact_sheet_name()]
    reader = CellReader(form)
    form.rows = [reader.row(progress, r) for r in form.meta.rows]
    reader.contact(contact)
    reader.structure(progress, contact, form.meta)
    return form


def read_meta(sheet: Sheet, path: str, problems: list[Problem],
              seal_key: bytes) -> FormMeta | None:
    def bad(key: str) -> None:
        problems.append(Problem(cell_path(path, META_SHEET), 1, 1, "form-metadata",
                                msg("form-metadata", key=key), msg("hint.form-export")))

    values = {str(sheet.value(i, 1)): _meta_text(sheet.value(i, 2))
              for i in range(1, len(META_KEYS) + 1)}
    if values.get("kind") != FORM_KIND:
        problems.append(Problem(path, 1, 1, "form-not-a-form",
                                msg("form-not-a-form", sheet=quoted(META_SHEET)),
                                msg("hint.form-export")))
        return None
    if values.get("version") != str(FORM_VERSION):
        problems.append(Problem(path, 1, 1, "form-version",
                                msg("form-version", version=quoted(values.get("version")),
                                    supported=FORM_VERSION), msg("hint.form-export")))
        return None
    try:
        count = int(values.get("rows") or "")
        as_of = date.fromisoformat(values.get("as_of") or "")
    except ValueError:
        bad("rows/as_of")
        return None
    table = [[_meta_text(sheet.value(r, c)) for c in range(1, META_TABLE_COLUMNS + 1)]
             for r in range(META_TABLE_ROW, META_TABLE_ROW + count)]
    listed = [values.get(k) or "" for k in META_KEYS[:-1]]
    verdict = verify(listed + [v for row in table for v in row], values.get("seal") or "",
                     seal_key)
    if verdict != "sound":
        problems.append(Problem(cell_path(path, META_SHEET), 1, 1, "form-metadata",
                                msg("form-seal.legacy") if verdict == "legacy" else
                                msg("form-seal.forged", agency=quoted(values.get("agency"))),
                                msg("hint.form-new-export")))
        return None
    rows = [MetaRow(int(r[0]), r[1], r[2], r[3] or None, r[4], r[5]) for r in table]
    return FormMeta(values["agency"], values["plan"], values["plan_fingerprint"], as_of, rows)


def _meta_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


class CellReader:
    """Reads the cells of one form, noting each problem at its cell."""

    def __init__(self, form: FormInput) -> None:
        self.form = form
        self.labels = {fold(label): code for code, label in status_labels().items()}
        self.labels.update({code: code for code in STATUS_CODES})

    def problem(self, where: tuple[str, int, int], code: str, message: Msg,
                hint: Msg | None = None) -> None:
        self.form.problems.append(Problem(*where, code, message, hint))

    def row(self, sheet: Sheet, meta: MetaRow) -> RowInput:
        raw = {c.key: sheet.value(meta.row, COLUMN_INDEX[c.key]) for c in COLUMNS}
        values: dict[str, Any] = {}
        for column in COLUMNS:
            where = self.form.progress_cell(meta.row, column.key)
            value = self.cached(sheet, where, raw[column.key])
            if column.locked:
                raw[column.key] = value
            elif column.kind == "status":
                values[column.key] = self.status(where, value)
            elif column.kind == "date":
                values[column.key] = self.date(where, value)
            else:
                values[column.key] = self.text(where, value)
        return RowInput(meta, raw, values)

    def contact(self, sheet: Sheet) -> None:
        for key in CONTACT_FIELDS:
            where = self.form.contact_cell(key)
            value = self.cached(sheet, where, sheet.value(where[1], where[2]))
            self.form.contact_raw[key] = value
            if key == "updated":
                self.form.contact[key] = self.date(where, value)
            elif key == "phone" and isinstance(value, int | float) \
                    and not isinstance(value, bool):
                self.form.contact[key] = phone_text(value)
            elif key not in ("agency", "plan"):
                self.form.contact[key] = self.text(where, value)

    def cached(self, sheet: Sheet, where: tuple[str, int, int], value: Any) -> Any:
        """A cell's value; a formula's saved result (a formula never saved is a problem)."""
        if (where[1], where[2]) in sheet.formulas and value is None:
            self.problem(where, "form-formula", msg("form-formula"), msg("hint.form-values-only"))
        return value

    def status(self, where: tuple[str, int, int], value: Any) -> str | None:
        shown = self.text(where, value)
        if shown is None:
            return "not_started"
        code = self.labels.get(fold(shown)) or self.labels.get(shown)
        if code is None:
            self.problem(where, "form-bad-status", msg("form-bad-status", value=quoted(shown)),
                         msg("hint.form-statuses", labels=", ".join(status_labels().values())))
        return code

    def date(self, where: tuple[str, int, int], value: Any) -> date | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, datetime) and value.time() == datetime.min.time():
            return value.date()
        try:
            return parse_date(value)
        except DateError as exc:
            self.problem(where, "bad-date", exc.message, exc.hint)
            return None

    def text(self, where: tuple[str, int, int], value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            shown = f"{value.day:02d}/{value.month:02d}/{value.year}"
        elif isinstance(value, float) and value.is_integer():
            shown = str(int(value))
        else:
            shown = str(value)
        shown = nfc(shown.replace("\r\n", "\n").replace("\r", "\n")).strip()
        if len(shown) > MAX_CELL_CHARS:
            self.problem(where, "form-cell-too-long",
                         msg("form-cell-too-long", length=len(shown), limit=MAX_CELL_CHARS),
                         msg("hint.form-shorten"))
            return None
        return shown or None

    def structure(self, progress: Sheet, contact: Sheet, meta: FormMeta) -> None:
        """Merged cells where values go, and rows added below the form's rows."""
        last = FIRST_ROW + len(meta.rows) - 1
        for sheet, first_row, path in ((progress, HEADER_ROW, progress_sheet_name()),
                                       (contact, 2, contact_sheet_name())):
            for top, left, bottom, right in sheet.merged:
                if bottom >= first_row:
                    cells = f"{_ref(top, left)}:{_ref(bottom, right)}"
                    self.problem((cell_path(self.form.path, path), top, left),
                                 "form-merged-cell", msg("form-merged-cell", cells=cells),
                                 msg("hint.form-unmerge"))
        extra = sorted(pos for pos in progress.cells if pos[0] > last or
                       (pos[0] >= FIRST_ROW and pos[1] > len(COLUMNS)))
        for row in sorted({r for r, _ in extra})[:20]:
            column = min(c for r, c in extra if r == row)
            self.problem((cell_path(self.form.path, progress_sheet_name()), row, column),
                         "form-extra-row",
                         msg("form-extra-row", row=row, first=FIRST_ROW, last=last),
                         msg("hint.form-delete-row"))


def _ref(row: int, column: int) -> str:
    return f"{column_letters(column)}{row}"


class CellDocument(Document):
    """A YAML document whose problems point at the form's cells where the form
    carries the value: `cells` maps a location in the data (`("tasks", 3,
    "completed")`) to (path, row, column); the deepest known part of a
    problem's location wins, and a location the form does not carry keeps its
    place in the YAML file."""

    def __init__(self, doc: Document, cells: dict[Path_, tuple[str, int, int]],
                 by_code: dict[tuple[str, Path_], tuple[str, int, int]]) -> None:
        super().__init__(doc.path, data=doc.data, text=doc.text, source=doc.source)
        self.cells = cells
        self.by_code = by_code

    def problem(self, loc: Path_, code: str, message: Msg, hint: Msg | None = None, *,
                key: bool = False, severity: Severity = "error") -> Problem:
        steps = tuple(loc)
        for size in range(len(steps), 0, -1):
            where = self.by_code.get((code, steps[:size])) or self.cells.get(steps[:size])
            if where is not None:
                return Problem(*where, code, message, form_hint(code, hint), severity)
        return super().problem(loc, code, message, hint, key=key, severity=severity)


def phone_text(value: float) -> str:
    """A phone number a spreadsheet turned into a number (Calc reads 0905123456
    typed in a cell as 905123456): its leading 0 back, or the + of a number
    written with the country code 84. Vietnamese numbers never start with 00."""
    digits = str(int(value))
    if digits.startswith("84") and len(digits) >= 11:
        return "+" + digits
    return "0" + digits


FORM_HINTS = {
    "no-assignee": msg("hint.form-assignee"),
    "done-without-date": msg("hint.form-completed"),
    "done-without-evidence": msg("hint.form-evidence"),
    "completed-not-done": msg("hint.form-set-done"),
}
"""The hint in the form's own terms (its columns) for a check whose hint
speaks of YAML keys: an officer filling the form never sees `assignee:`."""


def form_hint(code: str, hint: Msg | None) -> Msg | None:
    if code in FORM_HINTS:
        return FORM_HINTS[code]
    if code == "date-after-update" and hint is not None and hint.id == "hint.set-updated":
        return msg("hint.form-updated")
    return hint
