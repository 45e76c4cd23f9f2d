"""The status of a repository as of a date, worked out file by file
(`engine.stream`): what `status`, `report`, `calendar`, `form export` and
`site` start from. No agency file's task entries outlive the step that read
it, so a province's 680 files take the memory of their obligations, not of
their models (issue 28).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from cchc_plan.core.errors import PlanUnusable
from cchc_plan.core.perf import paused_gc
from cchc_plan.core.problems import sorted_problems
from cchc_plan.engine.vocabulary import DEFAULT_DUE_SOON_DAYS

if TYPE_CHECKING:
    from cchc_plan.core.messages import Msg
    from cchc_plan.engine.obligations import StatusResult
    from cchc_plan.load.cache import Cache
    from cchc_plan.load.inputs import Inputs
    from cchc_plan.load.project import Project
    from cchc_plan.render.status_lines import StatusLines
    from cchc_plan.views.overview import Head
    from cchc_plan.views.status import Filters, StatusSnapshot


@dataclass
class Opened:
    """A repository opened for its status: `project` holds the plan, the
    registry and every problem of every file, but no agency file (its
    `assignments` is empty: each was judged and let go); `result` is the
    status as of the date asked for."""

    project: Project
    result: StatusResult


def open_status(inputs: Inputs, today: date, as_of: date, cache: Cache, jobs: int, *,
                due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
                window_end: date | None = None) -> Opened:
    """The snapshot's status as of `as_of` and its problems (PlanUnusable
    when the plan or the registry did not load)."""
    from cchc_plan.engine.stream import stream_status

    with paused_gc():
        project = usable_base(inputs, today, cache)
        result, found = stream_status(project, inputs.assignments, cache, jobs, as_of,
                                      due_soon_days=due_soon_days, window_end=window_end)
        project.problems = sorted_problems([*project.problems, *found])
        return Opened(project, result)


def status_snapshot(inputs: Inputs, today: date, as_of: date, cache: Cache, jobs: int, *,
                    due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> StatusSnapshot:
    """`cchc status`'s rows of the snapshot: each file's obligations made rows
    where the file is judged (`StatusStream.shaped`, light), so a country's
    1.2 million obligations are never held as objects, only as rows, and this
    process does not make them."""
    from cchc_plan.engine.stream import StatusStream
    from cchc_plan.views.status import agency_names, rows_of, snapshot_of, sort_by_urgency

    with paused_gc():
        project = usable_base(inputs, today, cache)
        stream = StatusStream(project, inputs.assignments, cache, jobs, as_of,
                              due_soon_days=due_soon_days, light=True)
        shape = partial(rows_of, names=agency_names(project.directory))
        rows = [row for chunk in stream.shaped(shape) for row in chunk]
        sort_by_urgency(rows)
        errors = sum(p.is_error for p in (*project.problems, *stream.problems))
        judge = stream.judge
        return snapshot_of(rows, stream.files, judge.plan, judge.directory, as_of,
                           due_soon_days, errors)


def usable_base(inputs: Inputs, today: date, cache: Cache) -> Project:
    """The plan and the registry of the snapshot (PlanUnusable if either did
    not load), set to read a past date's submissions from git."""
    from cchc_plan.load.reader import read_base

    project = read_base(inputs, today, cache=cache)
    if not project.usable:
        raise PlanUnusable(project.plan_problems()[:20])
    project.read_history = True  # a past date's submissions as committed then
    return project


def status_of(source: Project | StatusResult, as_of: date, *,
              due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
              window_end: date | None = None) -> StatusResult:
    """The status a document is made from: worked out from a loaded project,
    or the one `open_status` worked out already (for the same date)."""
    from cchc_plan.engine.obligations import StatusResult, compute_status

    if isinstance(source, StatusResult):
        if source.as_of != as_of:
            raise ValueError(f"the status as of {source.as_of}, not {as_of}")
        return source
    return compute_status(source, as_of, due_soon_days=due_soon_days, window_end=window_end)


@dataclass
class StatusText:
    """`cchc status --format json` of a run without the cache, its rows made
    where the files are read (`render.status_lines`): `parts()` is the text."""

    lines: StatusLines
    head: Head
    problem_count: int
    unknown: Msg | None
    """A --section or --task that names nothing (`views.status.unknown_filter`)."""

    def parts(self) -> Iterator[str]:
        return self.lines.json_parts(self.head)

    def overdue_shown(self) -> bool:
        return self.lines.overdue_shown()


def status_text(inputs: Inputs, today: date, as_of: date, cache: Cache, jobs: int,
                filters: Filters | None, *,
                due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> StatusText:
    """`status_snapshot`'s JSON without its rows ever held here as rows:
    `filters.agency` as typed (a name or an id)."""
    from cchc_plan.engine.stream import StatusStream
    from cchc_plan.render.status_lines import StatusLines, encoded_agency, forget_numbering
    from cchc_plan.views.status import Filters, UrgencyKey, agency_infos, agency_names, plan_info

    filters = filters or Filters()

    with paused_gc():
        project = usable_base(inputs, today, cache)
        directory = project.directory
        if filters.agency:
            filters = replace(filters, agency=directory.index.resolve_agency(filters.agency))
        stream = StatusStream(project, inputs.assignments, cache, jobs, as_of,
                              due_soon_days=due_soon_days, light=True)
        plan = stream.judge.plan
        key = UrgencyKey((t.id for t in plan.all_tasks()), directory.agencies)
        shape = partial(encoded_agency, names=agency_names(directory), key=key, filters=filters,
                        as_of=as_of, run=os.urandom(8).hex())
        lines = StatusLines()
        try:
            for chunk in stream.shaped(shape):
                for agency in chunk:
                    lines.take(agency)
        finally:
            forget_numbering()
        errors = sum(p.is_error for p in (*project.problems, *stream.problems))
        infos = agency_infos(stream.files, directory, lines.holding)
        head = lines.head(as_of, plan_info(plan), due_soon_days, filters, infos)
        return StatusText(lines, head, errors, lines.unknown_filter(filters))
