"""Obligations and their status as of a date.

An obligation is one (task, agency, deadline part, period). `compute_status`
expands each task to the agencies it involves (groups stand for each member),
asks `deadlines.DueDates` when each part falls due, matches the obligation with
the agency's progress file and classifies it. It knows nothing about any
particular district: everything comes from the plan files.

Everything is judged as it stood on the as-of date: an obligation is done
only if its completion date is on or before it (done after the last allowed
day is `done_late`); an event counts only once it has happened; a file counts
as submitted only if it said so then (signed, `updated` on or before the date;
in git, for a past date, as last committed by then: `submitted_then`),
and the duty to send that file (a task with `submits_file`) is not done while
the file is not submitted. It is due soon when it
is pending and due within `due_soon_days` of the as-of date. An agency that
the task names but that does not deliver a part (`holders` of the part)
supports it: its obligation is `supporting`, with the part's due date for
reference, never overdue and never counted in a rate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from cchc_plan.core.dates import natural_key
from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import msg
from cchc_plan.core.perf import paused_gc
from cchc_plan.engine.deadlines import DueDates, Occurrence
from cchc_plan.engine.vocabulary import DEFAULT_DUE_SOON_DAYS, StatusCode, urgency_rank
from cchc_plan.load.directory import Directory
from cchc_plan.load.inputs import InputFile
from cchc_plan.load.models import (
    AssignmentFile,
    DeadlinePart,
    Evidence,
    PartFor,
    Person,
    Plan,
    Progress,
    Role,
    Task,
    TaskEntry,
)
from cchc_plan.load.project import Loaded, Project

UNDATED_KINDS = ("ongoing", "unspecified")
"""Parts never due: their obligations are `ongoing`."""


@dataclass(slots=True)
class Obligation:
    task: Task
    agency: str
    role: Role
    part: DeadlinePart
    period: str | None
    due: date | None
    status: StatusCode
    due_soon: bool
    reported: bool
    readable: bool
    completed: date | None = None
    days_late: int | None = None
    days_left: int | None = None
    evidence: list[Evidence] = field(default_factory=list)
    progress: str | None = None
    """What the agency reported (not_started, in_progress, done), if it has an entry."""
    notes: str | None = None
    assignee: Person | None = None
    internal_deadline: date | None = None

    @property
    def part_key(self) -> str:
        return self.part.name

    @property
    def urgency(self) -> tuple[int, int, tuple[tuple[int, str], ...], str]:
        """Most urgent first: overdue by days late, then due soon, then the rest."""
        days = -(self.days_late or 0) if self.status == "overdue" else (self.days_left or 0)
        return (urgency_rank(self.status, self.due_soon), days, natural_key(self.task.id),
                self.agency)


@dataclass
class AgencyData:
    """What the engine knows of one agency's file."""

    head: AssignmentFile | None = None
    """The file without its task entries: who signed it, when, the events it
    records (None: no file, or one that could not be read)."""
    path: str | None = None
    readable: bool = True
    entries: dict[str, TaskEntry] = field(default_factory=dict, repr=False)
    """Its task entries by task id, while the file is held (`task_entries`)."""
    submitted: bool = False
    """A file counts once someone has signed it (`contact.name` is filled in)
    and, at an as-of date, only if it was updated by then: a file first filled
    on 15/7/2021 was not submitted on 1/3/2021. A blank scaffold from `cchc
    init` is not a submission."""
    source: InputFile | None = field(default=None, repr=False)
    """The file as the run's snapshot listed it, when its entries were let go
    once its obligations were worked out (`engine.stream`)."""

    def task_entries(self) -> dict[str, TaskEntry]:
        """The file's task entries, read again (its digest checked) when they
        were let go: a form needs them, the status does not."""
        if self.source is None or self.head is None:
            return self.entries
        from cchc_plan.load.reader import parse_one

        loaded, _ = parse_one(self.source, AssignmentFile)
        if loaded.model is None:  # it loaded at the run's start: it changed since
            shown = self.source.shown
            raise InputError(msg("input-changed", path=shown), msg("hint.run-again"))
        return entries_of(loaded.model)

    def let_go(self, source: InputFile) -> None:
        """Keep the head only: `task_entries` reads the entries again from `source`."""
        self.entries, self.source = {}, source


def entries_of(model: AssignmentFile) -> dict[str, TaskEntry]:
    return {e.task: e for e in reversed(model.tasks)}  # the first entry of a task wins


def agency_data(model: AssignmentFile, path: str, as_of: date | None) -> AgencyData:
    """The engine's view of a file that loaded and speaks for its agency."""
    submitted = bool(model.contact and model.contact.name) and (
        as_of is None or model.updated <= as_of)
    return AgencyData(model.model_copy(update={"tasks": []}), path, True, entries_of(model),
                      submitted)


@dataclass
class StatusResult:
    as_of: date
    due_soon_days: int
    window_end: date
    obligations: list[Obligation]
    files: dict[str, AgencyData]
    plan: Plan
    directory: Directory
    _by_agency: dict[str, list[Obligation]] | None = field(default=None, repr=False,
                                                            compare=False)

    def by_agency(self) -> dict[str, list[Obligation]]:
        """Each agency's obligations, most urgent first: an index made on first
        use (`report --all` asks for each of a province's 681 agencies)."""
        if self._by_agency is None:
            self._by_agency = {}
            for ob in self.obligations:
                self._by_agency.setdefault(ob.agency, []).append(ob)
        return self._by_agency

    def of_agency(self, agency: str) -> list[Obligation]:
        """One agency's obligations, most urgent first."""
        return self.by_agency().get(agency, [])


def agency_files(project: Project, as_of: date | None = None,
                 said: dict[str, bool] | None = None) -> dict[str, AgencyData]:
    """Agency id -> its file, by file name (`Directory.speaks_for`, as the
    checks): a file whose `agency` names another agency contributes nothing,
    and its own agency's file counts as unreadable, like one that could not be
    read, so status and reports say so. `said` is `submitted_then` of the date
    (None: each file's submission judged from its own `updated`)."""
    files: dict[str, AgencyData] = {}
    for loaded in project.assignments:
        data = file_data(loaded, project.directory, as_of, said)
        if data is not None:
            files[Path(loaded.path).stem] = data
    return files


def file_data(loaded: Loaded[AssignmentFile], directory: Directory, as_of: date | None,
              said: dict[str, bool] | None) -> AgencyData | None:
    """One file as `agency_files` takes it; None for a file named for no agency."""
    stem = Path(loaded.path).stem
    if stem not in directory.agencies:
        return None
    model = loaded.model
    if model is None or directory.speaks_for(loaded.path, model.agency) != stem:
        return AgencyData(None, loaded.path, readable=False)
    data = agency_data(model, loaded.path, as_of)
    if said is not None and stem in said:
        data.submitted = said[stem]  # what the file said then, as committed
    return data


def submitted_then(project: Project, as_of: date | None) -> dict[str, bool] | None:
    """For a past date in a repository in git: whether each agency's file, as
    committed by then, was submitted then (issue 27: a file submitted on 1/3
    and edited on 15/7 was submitted on 2/3, though its `updated` now says
    15/7). None otherwise: each file is judged from its own `updated`."""
    if not project.read_history or as_of is None or as_of >= project.today:
        return None
    from cchc_plan.load.git_history import submitted_on

    return submitted_on(project.root, as_of)


def event_recorders(plan: Plan, directory: Directory) -> dict[str, set[str]]:
    """Each event's agencies allowed to record its dates."""
    return {e.id: {a for ref in e.recorded_by for a in directory.expand(ref)}
            for e in plan.events}


def event_dates(plan: Plan, directory: Directory, files: dict[str, AgencyData],
                as_of: date | None = None) -> dict[str, list[date]]:
    """Known dates of each event: from the plan and from the agencies that
    record it; at an as-of date, only those on or before it (an event dated
    later has not happened yet: what waits for it is `awaiting`)."""
    found: dict[str, set[date]] = {e.id: set(e.dates) for e in plan.events}
    allowed = event_recorders(plan, directory)
    for ident, data in files.items():
        for record in data.head.events if data.head else []:
            if ident in allowed.get(record.event, ()):
                found[record.event].add(record.date)
    return {k: sorted(d for d in v if as_of is None or d <= as_of) for k, v in found.items()}


@dataclass
class Judging:
    """What every agency's obligations are worked out with: the plan, the
    registry, the due dates (events known) and the date. Built once a run;
    each agency's obligations need only this and the agency's own file, so
    they can be worked out where the file is read (`engine.stream`)."""

    plan: Plan
    directory: Directory
    rules: DueDates
    as_of: date
    soon_end: date
    tasks: AgencyTasks
    said: dict[str, bool] | None = None
    """`submitted_then`, when a past date is read from git."""
    light: bool = False
    """Leave out of each obligation what only documents show (`StatusStream`)."""
    parts: dict[tuple[int, Role, str | None], list[PartFor]] = field(default_factory=dict)
    """Memo of `Task.parts_for`, keyed by id of the task."""

    def __getstate__(self) -> dict[str, object]:
        """Pickled (for a worker process) without the memo: its keys are ids."""
        return {**self.__dict__, "parts": {}}

    def obligations(self, agency: str, data: AgencyData) -> list[Obligation]:
        """One agency's obligations, in plan order."""
        level = self.directory.agencies[agency].level
        out = []
        for task, role in self.tasks.get(agency):
            entry = data.entries.get(task.id)
            key = (id(task), role, level)  # the agencies of one task share most parts
            if key not in self.parts:
                self.parts[key] = task.parts_for(role, level)
            for part, held in self.parts[key]:
                request = progress_for(entry, part, None)
                for occ in self.rules.occurrences(part, request.request_due if request else None):
                    ob = classify(task, agency, role, occ, entry, data, self.as_of, self.soon_end)
                    if self.light:
                        ob.evidence, ob.assignee, ob.internal_deadline = [], None, None
                    out.append(ob if held else supporting(ob))
        return out


def judging(project: Project, files: dict[str, AgencyData], as_of: date,
            said: dict[str, bool] | None, *, due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
            window_end: date | None = None, light: bool = False) -> Judging:
    """The `Judging` of a run; `files` need hold only the agencies that record
    events (the rest are not read for it)."""
    plan = project.plan.model
    assert plan is not None, "the status needs a plan that loaded"
    soon_end = as_of + timedelta(days=max(due_soon_days, 0))
    end = max(window_end or soon_end, as_of)
    yearly = {e.id for e in plan.events if e.recurs == "yearly"}
    events = event_dates(plan, project.directory, files, as_of)
    return Judging(plan, project.directory, DueDates(plan.settings, events, yearly, end), as_of,
                   soon_end, AgencyTasks(plan, project.directory),
                   said, light)


class AgencyTasks:
    """Agency id -> the tasks (not headings) that involve it and its role in
    each, in plan order, worked out for an agency when asked: from each
    task's roles (`Directory.roles`), a few dozen lookups an agency. Built up
    front for a country's 28,000 agencies it was 2.4 million pairs and half a
    second of the one process before the workers start."""

    def __init__(self, plan: Plan, directory: Directory) -> None:
        self.involving = [(task, directory.roles(task))
                          for task in plan.all_tasks() if not task.is_heading]

    def get(self, agency: str) -> list[tuple[Task, Role]]:
        return [(task, roles[agency]) for task, roles in self.involving if agency in roles]

    def __contains__(self, agency: object) -> bool:
        return any(agency in roles for _, roles in self.involving)


def status_result(judge: Judging, obligations: list[Obligation], files: dict[str, AgencyData],
                  due_soon_days: int) -> StatusResult:
    """The result, most urgent first."""
    obligations.sort(key=lambda o: o.urgency)
    return StatusResult(judge.as_of, due_soon_days, judge.rules.window_end, obligations, files,
                        judge.plan, judge.directory)


def compute_status(project: Project, as_of: date, *,
                   due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
                   window_end: date | None = None) -> StatusResult:
    """Every obligation of the plan as of `as_of`, most urgent first, for a
    project whose agency files are all loaded (`engine.stream` works it out
    file by file instead).

    `window_end` (default: the end of the due-soon window) is how far ahead
    periodic obligations are generated; a calendar looks further ahead than
    `cchc status` without calling every obligation in between due soon."""
    with paused_gc():
        said = submitted_then(project, as_of)
        files = agency_files(project, as_of, said)
        judge = judging(project, files, as_of, said, due_soon_days=due_soon_days,
                        window_end=window_end)
        obligations = [ob for agency in judge.directory.agencies if agency in judge.tasks
                       for ob in judge.obligations(agency, files.get(agency, AgencyData()))]
        return status_result(judge, obligations, files, due_soon_days)


def supporting(ob: Obligation) -> Obligation:
    """The obligation of an agency that supports a part another agency delivers."""
    ob.status, ob.due_soon, ob.days_late, ob.days_left = "supporting", False, None, None
    return ob


def progress_for(entry: TaskEntry | None, part: DeadlinePart,
                 period: str | None) -> Progress | None:
    """The record that speaks for one obligation: the period entry for its
    (period, part), else for the period of any part; for parts without a
    period, a period-less entry naming the part, else the task entry itself."""
    if entry is None:
        return None
    for candidate in (part.name, None):
        for p in entry.periods:
            if p.period == period and p.part == candidate and (period or candidate):
                return p
    return entry if period is None else None


def classify(task: Task, agency: str, role: Role, occ: Occurrence, entry: TaskEntry | None,
             data: AgencyData, as_of: date, soon_end: date) -> Obligation:
    record = progress_for(entry, occ.part, occ.period)
    completed = record.completed if record and record.status == "done" else None
    if task.submits_file and not data.submitted:
        completed = None  # the duty to send the file: not done while it is not sent
    done = completed is not None and completed <= as_of
    ob = Obligation(
        task=task, agency=agency, role=role, part=occ.part, period=occ.period, due=occ.due,
        status="ongoing", due_soon=False, reported=data.submitted and record is not None,
        readable=data.readable, completed=completed if done else None,
        evidence=list(record.evidence) if record else [],
        progress=record.status if record else None,
        notes=record.notes if record else None,
        assignee=entry.assignee if entry else None,
        internal_deadline=entry.deadline if entry else None,
    )
    if occ.part.kind in UNDATED_KINDS:
        return ob
    if occ.due is None:
        ob.status = "done_on_time" if done else "awaiting"
        return ob
    if done:
        assert completed is not None
        late = (completed - occ.due).days
        ob.status = "done_late" if late > 0 else "done_on_time"
        ob.days_late = late if late > 0 else None
        return ob
    if as_of > occ.due:
        ob.status, ob.days_late = "overdue", (as_of - occ.due).days
    else:
        ob.status, ob.days_left = "pending", (occ.due - as_of).days
        ob.due_soon = occ.due <= soon_end
    return ob
