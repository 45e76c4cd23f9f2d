"""What an agency's progress form holds: one row per task, deadline part and
period the agency holds, in plan order, with the values its file records.

The rows are the engine's obligations for the agency. Periodic parts give one
row per period from the plan's start through 31 December of the form's as-of
year and the first period due after it (`DueDates` stops at `settings.horizon`):
an agency reports the periods that have come and the one it is working on,
and a form made in September 2020 does not list periods of 2027. Periods the
file records outside that window stay in the file untouched (the form does
not carry them).

Each row knows the record of the file that speaks for it (`RecordRef`, as
`engine.obligations.progress_for` matches them): the task entry itself, or an
entry under `periods:` for a period and/or a part. Rows without a record get
the one a new entry would be; several rows can share one record (a task entry
speaks for every part without a period of its own).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from cchc_plan.core.dates import period_label
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.engine.obligations import Obligation, StatusResult, compute_status, progress_for
from cchc_plan.features.progress_form.form_layout import FIRST_ROW, FORM_LANG
from cchc_plan.load.models import (
    AssignmentFile,
    DeadlinePart,
    Plan,
    Progress,
    Role,
    Status,
    Task,
    TaskEntry,
)
from cchc_plan.load.project import Project
from cchc_plan.views.scaffold import scaffold_path

Cell = str | int | date | None


@dataclass(frozen=True, order=True)
class RecordRef:
    """A record of an agency file: the task entry (no period, no part) or the
    entry under `periods:` with this period and part."""

    task: str
    period: str | None = None
    part: str | None = None


@dataclass(frozen=True)
class Values:
    """What one row says of its record: the progress fields the form carries."""

    status: Status = "not_started"
    completed: date | None = None
    doc_number: str | None = None
    doc_date: date | None = None
    doc_title: str | None = None
    doc_link: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class TaskValues:
    """The task entry's own fields, on the first row of each task."""

    assignee: str | None = None
    position: str | None = None
    deadline: date | None = None


@dataclass(frozen=True)
class ContactValues:
    name: str | None = None
    position: str | None = None
    phone: str | None = None
    email: str | None = None
    updated: date | None = None


@dataclass(frozen=True)
class FormRow:
    row: int
    """The row of the progress sheet."""
    number: int
    task: Task
    part: DeadlinePart
    period: str | None
    role: Role
    locked: dict[str, Cell]
    """The locked cells as the form writes them (and as import expects them back)."""
    values: Values
    ref: RecordRef
    exists: bool
    """Whether the file has the record yet."""
    first_of_task: bool
    task_values: TaskValues

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.task.id, self.part.name, self.period)


@dataclass(frozen=True)
class FormView:
    agency: str
    agency_name: str
    plan_name: str
    plan_identity: str
    plan_fingerprint: str
    as_of: date
    rows: list[FormRow]
    contact: ContactValues
    task_digests: dict[str, str]
    """Digest of each task the form lists, as this agency holds it."""
    coordinator: str
    file_path: str
    has_file: bool
    tasks_with_entries: set[str] = field(default_factory=set)


def form_views(result: StatusResult, agencies: list[str]) -> Iterator[FormView]:
    """The forms of several agencies (ids of the registry) from one status
    (`form_status`, or one worked out with `window_end=form_window(as_of)`),
    one at a time (each reads its agency's file again): the plan's
    fingerprint worked out once for all of them."""
    fingerprint = plan_fingerprint(result.plan)
    return (view_of(result, agency, fingerprint) for agency in agencies)


def form_window(as_of: date) -> date:
    """How far ahead a form made as of `as_of` lists periods: 31 December."""
    return date(as_of.year, 12, 31)


def form_status(project: Project, as_of: date) -> StatusResult:
    """The status a form made as of `as_of` lists: periods through 31 December."""
    return compute_status(project, as_of, window_end=form_window(as_of))


def form_view(project: Project, agency: str, as_of: date) -> FormView:
    """The form of one agency (an id of the registry) as of a date."""
    result = form_status(project, as_of)
    return view_of(result, agency, plan_fingerprint(result.plan))


def view_of(result: StatusResult, agency: str, fingerprint: str) -> FormView:
    """The form of one agency from the status of its date; the file's task
    entries (what the form shows filled in) are read again when the status
    let them go (`AgencyData.task_entries`)."""
    plan, directory = result.plan, result.directory
    data = result.files.get(agency)
    file = data.head if data else None
    entries = data.task_entries() if data else {}
    level = directory.agencies[agency].level
    mine = sorted(result.of_agency(agency),
                  key=_plan_order(plan, level))
    events = {e.id: e.name for e in plan.events}
    rows: list[FormRow] = []
    for ob in mine:
        first = not rows or rows[-1].task.id != ob.task.id
        rows.append(_row(ob, len(rows), entries.get(ob.task.id), first, level, events))
    coordinator = plan.settings.coordinator
    return FormView(
        agency=agency, agency_name=directory.name(agency), plan_name=plan_name(plan),
        plan_identity=plan_identity(plan), plan_fingerprint=fingerprint,
        as_of=result.as_of, rows=rows, contact=_contact(file), task_digests=_task_digests(rows),
        coordinator=directory.name(coordinator) if coordinator else "",
        file_path=scaffold_path(agency), has_file=file is not None,
        tasks_with_entries=set(entries))


OrderKey = tuple[int, int, date, str]


def _plan_order(plan: Plan, level: str | None) -> Callable[[Obligation], OrderKey]:
    index = {t.id: i for i, t in enumerate(plan.all_tasks())}

    def key(ob: Obligation) -> OrderKey:
        parts = [p.part.name for p in ob.task.parts_for(ob.role, level)]
        part = parts.index(ob.part.name) if ob.part.name in parts else len(parts)
        return (index[ob.task.id], part, ob.due or date.max, ob.period or "")

    return key


def _task_digests(rows: list[FormRow]) -> dict[str, str]:
    """Each task's digest, worked out once for its rows (they come together)."""
    digests: dict[str, str] = {}
    last: Task | None = None
    for r in rows:
        if r.task is not last:
            digests[r.task.id] = task_digest(r.task, r.role)
            last = r.task
    return digests


def _row(ob: Obligation, index: int, entry: TaskEntry | None, first: bool,
         level: str | None, events: dict[str, str]) -> FormRow:
    record = progress_for(entry, ob.part, ob.period)
    held = ob.task.parts_for(ob.role, level)  # held or supported: both can be reported
    if record is None:
        part = ob.part.name if ob.period and len(held) > 1 else None
        ref = RecordRef(ob.task.id, ob.period, part)
    elif record is entry:
        ref = RecordRef(ob.task.id)
    else:
        ref = RecordRef(ob.task.id, getattr(record, "period", None), getattr(record, "part", None))
    locked: dict[str, Cell] = {
        "number": index + 1,
        "task": f"{ob.task.id}. {ob.task.title}",
        "content": content_text(ob.task, ob.part),
        "role": text("role." + ob.role, FORM_LANG),
        "period": period_text(ob.period),
        "due": ob.due or due_text(ob.part, events),
    }
    return FormRow(
        row=FIRST_ROW + index, number=index + 1, task=ob.task, part=ob.part, period=ob.period,
        role=ob.role, locked=locked, values=values_of(record), ref=ref,
        exists=record is not None, first_of_task=first, task_values=task_values_of(entry))


def values_of(record: Progress | None) -> Values:
    if record is None:
        return Values()
    doc = record.evidence[0] if record.evidence else None
    return Values(
        status=record.status, completed=record.completed,
        doc_number=doc.number if doc else None, doc_date=doc.date if doc else None,
        doc_title=doc.title if doc else None, doc_link=doc.link if doc else None,
        notes=record.notes)


def task_values_of(entry: TaskEntry | None) -> TaskValues:
    if entry is None:
        return TaskValues()
    person = entry.assignee
    return TaskValues(person.name if person else None, person.position if person else None,
                      entry.deadline)


def _contact(file: AssignmentFile | None) -> ContactValues:
    if file is None:
        return ContactValues()
    c = file.contact
    if c is None:
        return ContactValues(updated=file.updated)
    return ContactValues(c.name, c.position, c.phone, c.email, file.updated)


def content_text(task: Task, part: DeadlinePart) -> str:
    """What the row asks for: the part's own label, else the task's outputs."""
    if part.label:
        return " ".join(part.label.split())
    if task.outputs:
        return text("form.outputs", FORM_LANG, outputs="; ".join(task.outputs))
    return ""


def period_text(period: str | None, lang: Lang = FORM_LANG) -> str:
    return period_label(period, lang)


def due_text(part: DeadlinePart, events: dict[str, str]) -> str:
    """The due cell of a row without a date; `events`: each event's name by id."""
    if part.kind == "on_request":
        return text("form.due.on-request", FORM_LANG)
    if part.kind == "per_regulation":
        return text("form.due.per-regulation", FORM_LANG)
    if part.kind == "relative":
        event = getattr(part, "event", "")
        return text("form.due.after-event", FORM_LANG, event=events.get(event, event))
    if part.kind == "unspecified":
        return text("form.due.unspecified", FORM_LANG)
    return text("form.due.ongoing", FORM_LANG)


def plan_name(plan: Plan) -> str:
    doc = plan.document
    return " ".join(f"{text('report.plan-kind', FORM_LANG)} {doc.number or ''} "
                    f"{doc.issuer_short}".split())


def plan_identity(plan: Plan) -> str:
    """Which plan a form is for: number, issuer and year of the document."""
    doc = plan.document
    return f"{doc.number or '-'} | {doc.issuer} | {doc.year}"


def _digest(payload: object) -> str:
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def task_digest(task: Task, role: Role) -> str:
    """Changes when anything of the task that the form shows or depends on changes."""
    return _digest([task.model_dump(mode="json"), role])


def doc_digest(values: Values) -> str:
    """Which document a row shows ('' for none)."""
    doc = (values.doc_number, values.doc_date, values.doc_title, values.doc_link)
    return _digest(doc) if any(v is not None for v in doc) else ""


def plan_fingerprint(plan: Plan) -> str:
    return _digest([t.model_dump(mode="json") for t in plan.all_tasks()])
