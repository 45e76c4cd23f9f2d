"""What a filled form changes in its agency's file: the form read back
(`form_input`) against the form as it would be made now (`views.form`).

- The form must be the agency's, for this plan, made from tasks that have not
  changed since (`check_identity`; --force lets the last two pass).
- A locked cell must hold what the form wrote (only checked for tasks that
  did not change).
- Only values that differ from the file become changes (`load.yaml_edit.Change`),
  so an unedited form changes nothing. Rows that share one record (a task
  entry speaking for several parts) change it together when they agree; a
  row that says otherwise gets a record of its own under `periods:` (the
  engine takes a part's own record before the shared one).
- Anything changed and the date of the update left as it was: the file's
  `updated` becomes the day of the import.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from cchc_plan.core.dates import vn_date
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import Msg, msg, quoted, text
from cchc_plan.core.problems import Problem
from cchc_plan.features.progress_form.form_input import FormInput, RowInput
from cchc_plan.features.progress_form.form_layout import COLUMNS, FORM_LANG, column_titles
from cchc_plan.features.progress_form.rows import FormRow, FormView, RecordRef, Values, doc_digest
from cchc_plan.features.progress_form.yaml_edit import Change
from cchc_plan.load.builder import Path_

PROGRESS_FIELDS = ("status", "completed", "doc_number", "doc_date", "doc_title", "doc_link",
                   "notes")
YAML_FIELD = {
    "status": "status", "completed": "completed", "notes": "notes",
    "doc_number": "evidence.0.number", "doc_date": "evidence.0.date",
    "doc_title": "evidence.0.title", "doc_link": "evidence.0.link",
    "assignee": "assignee.name", "position": "assignee.position", "deadline": "deadline",
}
DOC_FIELDS = ("doc_number", "doc_date", "doc_title", "doc_link")
CONTACT_KEYS = ("name", "position", "phone", "email")


@dataclass(frozen=True)
class Edit:
    """One value changed, for the summary: (field, old, new)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Summary:
    task: str | None
    """None: the contact sheet."""
    period: str | None
    part: str | None
    """The part's label, when the task has several."""
    edits: list[Edit]
    new: bool = False


@dataclass
class MergePlan:
    changes: list[Change] = field(default_factory=list)
    summary: list[Summary] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    forced: list[Msg] = field(default_factory=list)
    matched: list[tuple[FormRow, RowInput]] = field(default_factory=list)


def check_identity(view: FormView, form: FormInput, *, force: bool) -> MergePlan:
    """Problems that make the whole form unusable here (or notes, with `force`)."""
    plan = MergePlan()
    assert form.meta is not None
    meta = form.meta
    where = form.contact_cell("plan")
    if meta.plan != view.plan_identity:
        problem = msg("form-other-plan", form=quoted(meta.plan), plan=quoted(view.plan_identity))
        _refuse_or_note(plan, force, Problem(*where, "form-other-plan", problem,
                                             msg("hint.form-new-export")))
    changed = changed_tasks(view, form)
    if changed:
        problem = msg("form-tasks-changed", tasks=", ".join(changed))
        _refuse_or_note(plan, force, Problem(*where, "form-tasks-changed", problem,
                                             msg("hint.form-new-export")))
    return plan


def _refuse_or_note(plan: MergePlan, force: bool, problem: Problem) -> None:
    if force:
        plan.forced.append(problem.message)
    else:
        plan.problems.append(problem)


def changed_tasks(view: FormView, form: FormInput) -> list[str]:
    """Tasks of the form whose plan text changed, went away or were added for the agency."""
    assert form.meta is not None
    then = {r.task: r.digest for r in form.meta.rows}
    now = view.task_digests
    ids = list(dict.fromkeys([*then, *now]))
    return [t for t in ids if then.get(t) != now.get(t)]


def plan_merge(view: FormView, form: FormInput, today: date, plan: MergePlan) -> MergePlan:
    """The changes the form makes to the agency's file, and the cells that are wrong."""
    rows = {r.key: r for r in view.rows}
    assert form.meta is not None
    same = {r.task for r in form.meta.rows if view.task_digests.get(r.task) == r.digest}
    for row in form.rows:
        key = (row.meta.task, row.meta.part, row.meta.period)
        expected = rows.get(key)
        if expected is None:
            plan.skipped.append((row.meta.row, row.meta.task))
            continue
        plan.matched.append((expected, row))
        if row.meta.task in same:
            plan.problems += locked_problems(expected, row, form)
    groups: dict[RecordRef, list[tuple[FormRow, RowInput]]] = {}
    for expected, row in plan.matched:
        groups.setdefault(expected.ref, []).append((expected, row))
    for ref, members in groups.items():
        _record_changes(plan, ref, members)
    for expected, row in plan.matched:
        if expected.first_of_task:
            _task_changes(plan, expected, row)
    _contact_changes(plan, view, form, today)
    return plan


# --- locked cells -------------------------------------------------------------------------


def locked_problems(expected: FormRow, row: RowInput, form: FormInput) -> list[Problem]:
    problems = []
    for column in COLUMNS:
        locked = column.locked or (column.per_task and not expected.first_of_task)
        if not locked:
            continue
        want = expected.locked.get(column.key)
        got = row.raw.get(column.key)
        if _norm(got) != _norm(want):
            problems.append(Problem(*form.progress_cell(row.meta.row, column.key),
                                    "form-locked-cell",
                                    msg("form-locked-cell", found=_quoted(got),
                                        expected=_quoted(want)), msg("hint.form-undo")))
    return problems


def _norm(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return " ".join(value.split()) or None
    return value


def _quoted(value: Any) -> str:
    value = _norm(value)
    if value is None:
        return text("form.change.empty", FORM_LANG)
    return vn_date(value) if isinstance(value, date) else quoted(value)


# --- records ------------------------------------------------------------------------------


def _row_values(row: RowInput) -> Values | None:
    """The progress values a row gives, or None when a cell of them could not be read."""
    v = row.values
    if v.get("status") is None:
        return None
    return Values(v["status"], v.get("completed"), v.get("doc_number"), v.get("doc_date"),
                  v.get("doc_title"), v.get("doc_link"), v.get("notes"))


def _record_changes(plan: MergePlan, ref: RecordRef,
                    members: list[tuple[FormRow, RowInput]]) -> None:
    current = members[0][0].values
    given = [(expected, _row_values(row)) for expected, row in members]
    if any(values is None for _, values in given):
        return
    distinct = {values for _, values in given}
    if len(distinct) == 1:
        values = given[0][1]
        assert values is not None
        edits = _edits(current, values)
        if not _may_remove_doc(current, values, members[0][1]):
            values = _keep_doc(values, current)
            edits = _edits(current, values)
        if edits:
            exists = members[0][0].exists
            plan.changes.append(_change(ref, current, values, whole=not exists))
            plan.summary.append(_summary(members[0][0], edits, new=not exists))
        return
    for expected, own_values in given:  # the rows disagree: each that differs gets its own record
        assert own_values is not None
        if own_values == current:
            continue
        own = RecordRef(ref.task, expected.period, expected.part.name)
        plan.changes.append(_change(own, Values(), own_values, whole=True, status=True))
        plan.summary.append(_summary(expected, _edits(current, own_values), new=True))


def _may_remove_doc(current: Values, new: Values, row: RowInput) -> bool:
    """Emptying a row's document cells removes the document the row showed, and
    only that one: once it is gone (the form imported before), the next document
    of the record, which the form never showed, stays."""
    emptied = all(getattr(new, k) is None for k in DOC_FIELDS)
    return not emptied or doc_digest(current) == row.meta.doc


def _keep_doc(new: Values, current: Values) -> Values:
    return dataclasses.replace(new, **{k: getattr(current, k) for k in DOC_FIELDS})


def _edits(old: Values, new: Values) -> list[Edit]:
    return [Edit(k, getattr(old, k), getattr(new, k)) for k in PROGRESS_FIELDS
            if getattr(old, k) != getattr(new, k)]


def _change(ref: RecordRef, old: Values, new: Values, *, whole: bool,
            status: bool = False) -> Change:
    """The values to write: those that differ from `old`; for a new record
    (`whole`), every value given (and the status too with `status`, so that a
    part's own record says all that it overrides)."""
    values: list[tuple[str, Any]] = []
    for key in ("status", "completed", "notes"):
        o, n = getattr(old, key), getattr(new, key)
        if (o != n or (status and key == "status")) and not (whole and n is None):
            values.append((YAML_FIELD[key], n))
    old_doc = tuple(getattr(old, k) for k in DOC_FIELDS)
    new_doc = tuple(getattr(new, k) for k in DOC_FIELDS)
    if new_doc != old_doc:
        if all(v is None for v in new_doc):
            values.append(("evidence.0", None))
        else:
            values += [(YAML_FIELD[k], n) for k, o, n in zip(DOC_FIELDS, old_doc, new_doc,
                                                             strict=True)
                       if o != n and not (whole and n is None)]
    return Change(ref.task, ref.period, ref.part, tuple(values))


def _summary(row: FormRow, edits: list[Edit], *, new: bool) -> Summary:
    label = row.part.label or row.part.key if row.part.key and len(row.task.deadline) > 1 else None
    return Summary(row.task.id, row.period, label, edits, new)


def _task_changes(plan: MergePlan, expected: FormRow, row: RowInput) -> None:
    old = expected.task_values
    new = {"assignee": row.values.get("assignee"), "position": row.values.get("position"),
           "deadline": row.values.get("deadline")}
    edits = [Edit(k, getattr(old, k), v) for k, v in new.items() if getattr(old, k) != v]
    if edits:
        values = tuple((YAML_FIELD[e.field], e.new) for e in edits)
        plan.changes.append(Change(expected.task.id, None, None, values))
        plan.summary.append(Summary(expected.task.id, None, None, edits))


def _contact_changes(plan: MergePlan, view: FormView, form: FormInput, today: date) -> None:
    c = view.contact
    shown = [("agency", view.agency_name)]
    if form.meta is not None and form.meta.plan == view.plan_identity:
        shown.append(("plan", view.plan_name))  # another plan (--force) names another plan
    for key, want in shown:
        got = form.contact_raw.get(key)
        if _norm(got) != _norm(want):
            plan.problems.append(Problem(*form.contact_cell(key), "form-locked-cell",
                                         msg("form-locked-cell", found=_quoted(got),
                                             expected=_quoted(want)), msg("hint.form-undo")))
    edits = [Edit(k, getattr(c, k), form.contact.get(k)) for k in CONTACT_KEYS
             if getattr(c, k) != form.contact.get(k)]
    updated = form.contact.get("updated")
    prefilled = updated == view.as_of and not (edits or plan.changes)
    if updated is None or updated == c.updated or prefilled:
        # a form that changes nothing, its date as prefilled (the date it was made
        # for), keeps the file's date; a date typed by the officer is the file's
        updated = today if (edits or plan.changes) else c.updated
    if updated != c.updated:
        edits.append(Edit("updated", c.updated, updated))
    if edits:
        values = tuple((f"contact.{e.field}" if e.field != "updated" else "updated", e.new)
                       for e in edits)
        plan.changes.append(Change(None, None, None, values))
        plan.summary.append(Summary(None, None, None, edits))


# --- where problems of the merged file land ------------------------------------------------


def cell_map(plan: MergePlan, form: FormInput, data: Any
             ) -> tuple[dict[Path_, tuple[str, int, int]],
                        dict[tuple[str, Path_], tuple[str, int, int]]]:
    """Locations in the merged file's data -> the form cell that carries them.
    Records are matched as `engine.obligations.progress_for` matches them."""
    tasks = data.get("tasks") if isinstance(data, dict) else None
    index: dict[str, int] = {}
    for i, entry in enumerate(tasks if isinstance(tasks, list) else []):
        if isinstance(entry, dict) and entry.get("task") is not None:
            index.setdefault(str(entry["task"]), i)
    cells: dict[Path_, tuple[str, int, int]] = {}
    by_code: dict[tuple[str, Path_], tuple[str, int, int]] = {}
    for expected, row in plan.matched:
        found = index.get(expected.task.id)
        if found is None:
            continue
        i = found
        assert isinstance(tasks, list)
        cell = _cells_of(form, row.meta.row)
        loc = _record_loc(tasks[i], ("tasks", i), expected.part.name, expected.period)
        if loc is not None:
            for key in ("status", "completed", "notes"):
                cells.setdefault((*loc, key), cell(key))
            cells.setdefault((*loc, "evidence"), cell("doc_title"))
            cells.setdefault((*loc, "evidence", 0), cell("doc_title"))
            for key in ("number", "date", "title", "link"):
                cells.setdefault((*loc, "evidence", 0, key), cell(f"doc_{key}"))
            cells.setdefault(loc, cell("status"))
        if expected.first_of_task:
            task_loc: Path_ = ("tasks", i)
            for key, column in (("assignee", "assignee"), ("deadline", "deadline"),
                                ("task", "task")):
                cells.setdefault((*task_loc, key), cell(column))
            cells.setdefault((*task_loc, "assignee", "name"), cell("assignee"))
            cells.setdefault((*task_loc, "assignee", "position"), cell("position"))
            by_code[("no-assignee", task_loc)] = cell("assignee")
    cells[("contact",)] = form.contact_cell("name")
    for key in CONTACT_KEYS:
        cells[("contact", key)] = form.contact_cell(key)
    cells[("updated",)] = form.contact_cell("updated")
    return cells, by_code


def _record_loc(entry: Any, loc: Path_, part: str, period: str | None) -> Path_ | None:
    """Where the record for (part, period) is in a task entry's data."""
    periods = entry.get("periods") if isinstance(entry, dict) else None
    items = list(enumerate(periods)) if isinstance(periods, list) else []
    for candidate in (part, None):
        for j, p in items:
            if not isinstance(p, dict):
                continue
            said = None if p.get("period") is None else str(p.get("period"))
            if said == period and p.get("part") == candidate and (period or candidate):
                return (*loc, "periods", j)
    return loc if period is None else None


def _cells_of(form: FormInput, row: int) -> Any:
    def cell(key: str) -> tuple[str, int, int]:
        return form.progress_cell(row, key)

    return cell


def edit_text(edit: Edit, lang: Lang) -> str:
    """`Tình trạng Đang thực hiện → Đã hoàn thành`, for the summary."""
    labels = {**column_titles(lang), "name": text("form.contact.name", lang),
              "phone": text("form.contact.phone", lang),
              "email": text("form.contact.email", lang),
              "updated": text("form.contact.updated", lang)}
    return text("form.change.value", lang, field=labels[edit.field],
                old=_shown(edit.field, edit.old, lang), new=_shown(edit.field, edit.new, lang))


def _shown(key: str, value: Any, lang: Lang) -> str:
    if value is None:
        return text("form.change.empty", lang)
    if key == "status":
        return text(f"progress.{value}", lang)
    return vn_date(value) if isinstance(value, date) else " / ".join(str(value).splitlines())
