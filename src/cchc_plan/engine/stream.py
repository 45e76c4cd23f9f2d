"""The status worked out where each file is read, so memory does not grow
with the number of files (issue 28).

    result, problems = stream_status(project, inputs.assignments, cache, jobs, as_of)

`project` holds the plan and the registry only. Each agency file is read,
modelled, checked (its own problems and the file checks) and turned into its
agency's obligations in one step (`judge_file`); then its task entries are
let go: what is kept of a file is its obligations, its head (who signed it,
when) and its problems. The events the due dates wait for come first, from
the files that may record them (`event_files`; in workers when they are
many, as a country's districts): every other agency's obligations need only
the plan, the registry, those dates and its own file.

One path for one core and many: with enough YAML to pay for processes, each
worker holds the plan and the registry and does `judge_file` for its share of
the files, sending back problems and compact rows (`packed`: the plan's tasks
and parts by place, not by copy) or what the caller's `shape` made of the
obligations there (`StatusStream.shaped`: `cchc status`'s rows); otherwise
this process does it, file after file. Both give exactly what
`compute_status` and `check.run_checks` give over a fully loaded project (a
test compares them).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from cchc_plan.check import PROJECT_CHECKS, run_all
from cchc_plan.check.assignments import check_duplicate_files
from cchc_plan.check.context import CheckContext
from cchc_plan.check.stream import check_file
from cchc_plan.core.perf import paused_gc
from cchc_plan.core.problems import Problem
from cchc_plan.core.workers import new_pool
from cchc_plan.engine.obligations import (
    AgencyData,
    Judging,
    Obligation,
    StatusResult,
    event_recorders,
    file_data,
    judging,
    status_result,
    submitted_then,
)
from cchc_plan.engine.vocabulary import DEFAULT_DUE_SOON_DAYS
from cchc_plan.load.cache import Cache
from cchc_plan.load.directory import Directory
from cchc_plan.load.inputs import InputFile
from cchc_plan.load.models import IMPLIED_PART, AssignmentFile, DeadlinePart, Task
from cchc_plan.load.project import Project
from cchc_plan.load.reader import ignore_interrupts, interrupts_held, read_files, worth_workers
from cchc_plan.load.yamlio import Document


@dataclass
class Judged:
    """One agency file, judged: its problems, the agency its `agency` field
    names (for `check_duplicate_files`), and, for a file named for an agency
    of the registry, the engine's view of it and that agency's obligations."""

    problems: list[Problem]
    named: str | None
    agency: str | None = None
    data: AgencyData | None = None
    obligations: list[Obligation] = field(default_factory=list)
    packed: list[tuple[Any, ...]] = field(default_factory=list)
    shaped: list[Any] | None = None
    """The obligations as the caller's `shape` made them, in the worker."""


class StatusStream:
    """The obligations of a repository's agencies, file by file as each is
    judged (then those of the agencies without a file), for a caller that
    keeps what it needs of each and lets the rest go. `files` and
    `problems` are complete once the iteration ends. With `light`, the
    obligations leave out what only documents show (evidence, assignee,
    internal deadline): what `cchc status` needs, and less to send back."""

    def __init__(self, project: Project, items: list[InputFile], cache: Cache | None,
                 jobs: int, as_of: date, *, due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
                 window_end: date | None = None, light: bool = False) -> None:
        self.project, self.items, self.cache, self.jobs = project, items, cache, jobs
        said = submitted_then(project, as_of)  # git's history, read once
        self.judge = judging(project, event_files(project, items, cache, as_of, said, jobs), as_of,
                             said, due_soon_days=due_soon_days, window_end=window_end,
                             light=light)
        self.files: dict[str, AgencyData] = {}
        self.problems: list[Problem] = []

    def __iter__(self) -> Iterator[list[Obligation]]:
        yield from self._chunks(None)

    def shaped(self, shape: Shape) -> Iterator[list[Any]]:
        """Each agency's obligations as `shape` makes them, made where the
        file was judged (in a worker, so this process gets them ready: for
        `cchc status`, its rows). `shape` is pickled for workers started with
        `spawn`: a module's function, or a `functools.partial` of one."""
        return self._chunks(shape)

    def _chunks(self, shape: Shape | None) -> Iterator[list[Any]]:
        judge, items = self.judge, self.items
        in_workers = (judge_in_workers(self.project, items, self.cache, judge, self.jobs, shape)
                      if worth_workers(items, self.jobs) else None)
        try:  # the project's checks while the workers start
            checks = CheckContext.build(self.project)
            self.problems = run_all(PROJECT_CHECKS, checks)
        except BaseException:
            if in_workers is not None:
                in_workers.close()
            raise
        judged = in_workers if in_workers is not None else (
            judge_file(item, checks, judge, self.cache) for item in items)
        named: list[tuple[str, Document]] = []
        last = {PurePosixPath(item.shown).stem: index for index, item in enumerate(items)}
        for index, (item, one) in enumerate(zip(items, judged, strict=True)):
            self.problems += one.problems
            if one.named is not None:
                named.append((one.named, Document(item.shown, source=item)))
            if one.agency is None or one.data is None or last[one.agency] != index:
                continue  # named for no agency, or a later file of the same name wins
            one.data.let_go(item)
            self.files[one.agency] = one.data
            yield made(judge, one, shape)
        for agency in judge.directory.agencies:
            if agency in judge.tasks and agency not in self.files:
                obligations = judge.obligations(agency, AgencyData())
                yield shape(obligations) if shape else obligations
        self.problems += check_duplicate_files(named)


Shape = Callable[[list[Obligation]], list[Any]]
"""What a caller of `StatusStream.shaped` makes of one agency's obligations."""


def made(judge: Judging, one: Judged, shape: Shape | None) -> list[Any]:
    """A judged file's obligations: as shaped in a worker, unpacked from a
    worker's rows, or as judged here (then shaped here)."""
    if one.shaped is not None:
        return one.shaped
    obligations = unpacked(judge, one.packed) if one.packed else one.obligations
    return shape(obligations) if shape else obligations


def stream_status(project: Project, items: list[InputFile], cache: Cache | None, jobs: int,
                  as_of: date, *, due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
                  window_end: date | None = None) -> tuple[StatusResult, list[Problem]]:
    """The status as of `as_of` and every problem of the agency files and of
    the project, reading each of `items` once (twice for the few that record
    events) and keeping none of their task entries."""
    with paused_gc():
        stream = StatusStream(project, items, cache, jobs, as_of, due_soon_days=due_soon_days,
                              window_end=window_end)
        obligations = [ob for chunk in stream for ob in chunk]
        return (status_result(stream.judge, obligations, stream.files, due_soon_days),
                stream.problems)


def event_files(project: Project, items: list[InputFile], cache: Cache | None, as_of: date,
                said: dict[str, bool] | None, jobs: int = 1) -> dict[str, AgencyData]:
    """The files of the agencies that may record an event's dates, read first:
    the due dates of every agency's parts that wait for an event need them.
    A country's districts each record theirs (700 files): then in workers."""
    plan = project.plan.model
    assert plan is not None, "the status needs a plan that loaded"
    directory = project.directory
    recorders = {a for allowed in event_recorders(plan, directory).values() for a in allowed}
    wanted = [i for i in items if PurePosixPath(i.shown).stem in recorders]
    found: Iterable[AgencyData | None] = (
        read_heads_in_workers(directory, wanted, cache, as_of, said, jobs)
        if worth_workers(wanted, jobs) else
        (head_of(item, directory, cache, as_of, said) for item in wanted))
    return {PurePosixPath(item.shown).stem: data
            for item, data in zip(wanted, found, strict=True) if data is not None}


def head_of(item: InputFile, directory: Directory, cache: Cache | None, as_of: date,
            said: dict[str, bool] | None) -> AgencyData | None:
    """An agency file as the engine sees it, without its task entries (what
    the events' dates are read from)."""
    [(loaded, _)] = read_files([item], AssignmentFile, cache, 1)
    data = file_data(loaded, directory, as_of, said)
    if data is not None:
        data.entries = {}
    return data


def read_heads_in_workers(directory: Directory, items: list[InputFile], cache: Cache | None,
                          as_of: date, said: dict[str, bool] | None,
                          jobs: int) -> list[AgencyData | None]:
    """`head_of` each of `items` in `jobs` worker processes."""
    pool = new_pool(jobs, _start_head_worker, (directory, cache, as_of, said))
    try:
        with interrupts_held():
            return list(pool.map(_head_of, items, chunksize=chunk_size(items, jobs)))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def chunk_size(items: list[InputFile], jobs: int) -> int:
    """Files handed to a worker at a time: a few, so the workers end together
    (the last chunk of a country's 28,000 files was 875 of them, two seconds
    of one core alone)."""
    return max(min(len(items) // (jobs * 16), 16), 1)


def judge_file(item: InputFile, checks: CheckContext, judge: Judging,
               cache: Cache | None) -> Judged:
    """One agency file read, modelled, checked, and turned into its agency's
    obligations; its task entries are not kept."""
    loaded, found, named = check_file(item, checks, cache)
    data = file_data(loaded, judge.directory, judge.as_of, judge.said)
    if data is None:
        return Judged(found, named)
    agency = PurePosixPath(item.shown).stem
    obligations = judge.obligations(agency, data) if agency in judge.tasks else []
    data.entries = {}
    return Judged(found, named, agency, data, obligations)


# --- in worker processes ---------------------------------------------------------------

def judge_in_workers(project: Project, items: list[InputFile], cache: Cache | None,
                     judge: Judging, jobs: int,
                     shape: Shape | None = None) -> Generator[Judged, None, None]:
    """`judge_file` for each of `items` in `jobs` worker processes, each
    holding the plan and the registry; results in the order of `items`, each
    as it arrives (so its rows can be unpacked and let go before the next);
    with `shape`, each file's obligations shaped there."""
    pool = new_pool(jobs, _start_worker, (project, cache, judge, shape))  # pickled for `spawn`
    try:
        with interrupts_held():  # the workers start here, at work before the first is asked for
            judged = pool.map(_judge, items, chunksize=chunk_size(items, jobs))
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    return _until_shut(pool, judged)


def _until_shut(pool: Executor, results: Iterator[Judged]) -> Generator[Judged, None, None]:
    """`results`, then the pool shut down (closing the generator early does it too)."""
    try:
        yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_worker: dict[str, Any] = {}
"""In a worker process: the check context, the judging and the cache."""


def _start_head_worker(directory: Directory, cache: Cache | None, as_of: date,
                       said: dict[str, bool] | None) -> None:
    ignore_interrupts()
    _worker.update(directory=directory, cache=cache, as_of=as_of, said=said)


def _head_of(item: InputFile) -> AgencyData | None:
    w = _worker
    return head_of(item, w["directory"], w["cache"], w["as_of"], w["said"])


def _start_worker(project: Project, cache: Cache | None, judge: Judging,
                  shape: Shape | None) -> None:
    """One pickle for them all (`spawn`), so `judge.plan` is `project`'s plan here too."""
    ignore_interrupts()
    _worker.update(checks=CheckContext.build(project), cache=cache, judge=judge, shape=shape,
                   places={id(task): i for i, task in enumerate(judge.plan.all_tasks())})


def _judge(item: InputFile) -> Judged:
    """In a worker: `judge_file`, its obligations sent back shaped, or as
    `packed` rows."""
    one = judge_file(item, _worker["checks"], _worker["judge"], _worker["cache"])
    shape = _worker["shape"]
    if shape is not None:
        one.shaped = shape(one.obligations)
    else:
        one.packed = packed(_worker["places"], one.obligations)
    one.obligations = []
    return one


def packed(places: dict[int, int], obligations: list[Obligation]) -> list[tuple[Any, ...]]:
    """Obligations as plain tuples: the task by its place in the plan (`places`:
    id of a task -> its place), the part by its place in the task's deadline
    (-1: the implied ongoing part)."""
    return [(places[id(o.task)], _part_place(o.task, o.part), o.agency, o.role, o.period,
             o.due, o.status, o.due_soon, o.reported, o.readable, o.completed, o.days_late,
             o.days_left, o.evidence, o.progress, o.notes, o.assignee, o.internal_deadline)
            for o in obligations]


def _part_place(task: Task, part: DeadlinePart) -> int:
    return next((i for i, p in enumerate(task.deadline) if p is part), -1)


def unpacked(judge: Judging, rows: list[tuple[Any, ...]]) -> list[Obligation]:
    """`packed` rows as obligations on this process's plan."""
    tasks = judge.plan.all_tasks()
    out = []
    for (task_at, part_at, agency, role, period, due, status, due_soon, reported, readable,
         completed, days_late, days_left, evidence, progress, notes, assignee,
         internal) in rows:
        task = tasks[task_at]
        part = task.deadline[part_at] if part_at >= 0 else IMPLIED_PART
        out.append(Obligation(task, agency, role, part, period, due, status, due_soon, reported,
                              readable, completed, days_late, days_left, evidence, progress,
                              notes, assignee, internal))
    return out
