"""The library: the whole pipeline behind one call each, for the CLI and for
anyone who uses cchc from Python.

    from cchc_plan import open_project, status
    snapshot = status("path/to/repo", as_of=date(2020, 9, 15))

Every function takes the repository folder (None: the nearest folder upward
holding plan/appendix.yaml, as git finds .git), reads it with `jobs`
processes and the content-hash cache unless `use_cache=False`, and raises
only `cchc_plan.core.errors` exceptions (InputError, PlanUnusable,
WriteError), never anything of the command line. `validate` and `status`
answer from the cache when no input file changed since the last run, without
building the models.
"""

from __future__ import annotations

import os
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_plan.app.batch import form_task as form_task
from cchc_plan.app.batch import report_task as report_task
from cchc_plan.app.batch import write_all as write_all
from cchc_plan.app.forms import form_agencies as form_agencies
from cchc_plan.app.forms import form_import as form_import
from cchc_plan.app.forms import form_view as form_view
from cchc_plan.app.forms import form_views as form_views
from cchc_plan.app.forms import form_window as form_window
from cchc_plan.app.opened import Opened as Opened
from cchc_plan.app.opened import open_status as open_status_of
from cchc_plan.app.opened import status_of, status_snapshot
from cchc_plan.app.opened import status_text as status_text_of
from cchc_plan.app.repository import schema as schema
from cchc_plan.app.repository import write_missing_schema as write_missing_schema
from cchc_plan.app.validation import VALIDATION
from cchc_plan.app.validation import Validation as Validation
from cchc_plan.app.writes import check_targets as check_targets
from cchc_plan.app.writes import output_folder as output_folder
from cchc_plan.app.writes import output_parent as output_parent
from cchc_plan.app.writes import repository_folder as repository_folder
from cchc_plan.app.writes import write_file as write_file
from cchc_plan.app.writes import write_imports as write_imports
from cchc_plan.app.writes import write_pdfs as write_pdfs
from cchc_plan.core.errors import PlanUnusable
from cchc_plan.core.perf import collecting_after_load, paused_gc
from cchc_plan.core.problems import capped, sorted_problems
from cchc_plan.engine.vocabulary import DEFAULT_DUE_SOON_DAYS
from cchc_plan.load.cache import Cache, Codec
from cchc_plan.load.inputs import Inputs, snapshot
from cchc_plan.load.layout import check_root, find_root

if TYPE_CHECKING:  # the stages are imported when first used: a cached run needs none
    from collections.abc import Callable

    from cchc_plan.app.opened import StatusText
    from cchc_plan.core.lang import Lang
    from cchc_plan.core.messages import Msg
    from cchc_plan.core.problems import Problem
    from cchc_plan.engine.obligations import StatusResult
    from cchc_plan.features.site.data import Trend
    from cchc_plan.load.project import Project
    from cchc_plan.views.calendar import CalendarView
    from cchc_plan.views.reminder import ReminderLetter
    from cchc_plan.views.reports import AgencyReport, DistrictReport
    from cchc_plan.views.scaffold import Scaffold
    from cchc_plan.views.status import Filters, StatusSnapshot


def default_jobs() -> int:
    """Processes for reading files and writing documents: the cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return os.cpu_count() or 1


def git_prefix(root: Path | str | None) -> str:
    """The repository's folder from its git top level ("plan-2021/", or "")."""
    from cchc_plan.load.layout import git_prefix as prefix

    return prefix(repository(root))


def in_repository() -> bool:
    """Whether the current folder is inside a plan repository."""
    from cchc_plan.load.layout import RootNotFound

    try:
        find_root()
    except RootNotFound:
        return False
    return True


def repository(root: Path | str | None) -> Path:
    """`root`, checked, or the nearest repository upward (InputError if none)."""
    return check_root(Path(root)) if root else find_root()


def open_project(root: Path | str | None = None, *, today: date | None = None,
                 jobs: int | None = 1, use_cache: bool = True) -> Project:
    """Read every file and run the cross-file checks: load -> models -> checks.
    Problems are in `project.problems`; nothing is raised for bad data."""
    folder = repository(root)
    return _open(snapshot(folder), as_of_date(today), jobs, Cache(folder, use_cache))


def _open(inputs: Inputs, today: date, jobs: int | None, cache: Cache) -> Project:
    """The project of one snapshot of the inputs, listed and read once at the run's start."""
    from cchc_plan.check import run_checks
    from cchc_plan.load.reader import read_project

    project = read_project(inputs, today, jobs=jobs or default_jobs(), cache=cache)
    project.read_history = True  # a past date's submissions as committed then
    with paused_gc():
        project.problems = sorted_problems([*project.problems, *run_checks(project)])
    return project


def _checked(inputs: Inputs, today: date, jobs: int | None, cache: Cache) -> list[Problem]:
    """Every problem of the snapshot, as `_open` finds them, keeping only
    problems (`check.stream`): the agency files are judged in worker
    processes when there is enough YAML to pay for them, else a chunk at a
    time here, so the memory `validate` needs does not grow with the files."""
    from cchc_plan.check.stream import check_in_workers, check_stream
    from cchc_plan.load.reader import read_base, read_in_chunks, worth_workers

    workers = jobs or default_jobs()
    with paused_gc():
        project = read_base(inputs, today, cache=cache)
        if worth_workers(inputs.assignments, workers):
            found = check_in_workers(project, inputs.assignments, cache, workers)
        else:
            found = check_stream(project, read_in_chunks(inputs.assignments, cache))
        return sorted_problems([*project.problems, *found])


def open_plan(root: Path | str | None = None, *, today: date | None = None,
              jobs: int | None = 1, use_cache: bool = True) -> Project:
    """`open_project` for uses that need the plan and registry (else PlanUnusable)."""
    project = open_project(root, today=today, jobs=jobs, use_cache=use_cache)
    if not project.usable:
        raise PlanUnusable(project.plan_problems()[:20])
    return project


def validate(root: Path | str | None = None, *, jobs: int | None = None,
             use_cache: bool = True, tracked: bool = False) -> Validation:
    """Every problem of every file of the repository; with `tracked`, of the
    agency files git tracks only (what a commit holds: the pre-commit hook)."""
    folder = repository(root)
    today = date.today()
    cache = Cache(folder, use_cache)
    inputs = snapshot(folder, _tracked_names(folder) if tracked else None)

    def run() -> Validation:
        found = _checked(inputs, today, jobs, cache)
        errors = sum(p.is_error for p in found)
        return Validation(capped(found), len(inputs.files), errors, len(found) - errors,
                          tuple(inputs.untracked))

    key = cache.key(*inputs.key_parts(), "validate", today.isoformat()) if cache.enabled \
        else None
    return cache.remembered("run-validate", key, run, VALIDATION)


def _tracked_names(folder: Path) -> frozenset[str]:
    from cchc_plan.core.errors import InputError
    from cchc_plan.core.messages import msg
    from cchc_plan.load.git import tracked_names
    from cchc_plan.load.layout import ASSIGNMENTS_DIR

    names = tracked_names(folder, ASSIGNMENTS_DIR.as_posix())
    if names is None:
        raise InputError(msg("usage.not-git", path=folder), msg("hint.without-tracked"))
    return names


def as_of_date(as_of: date | None = None) -> date:
    """The date a run counts from: the one asked for, or today (for every command)."""
    return as_of or date.today()


def open_status(root: Path | str | None = None, *, as_of: date | None = None,
                due_soon_days: int = DEFAULT_DUE_SOON_DAYS, window_end: date | None = None,
                jobs: int | None = None, use_cache: bool = True) -> Opened:
    """The repository's status as of a date (default today), each agency file
    read, checked and turned into obligations in one step and then let go
    (`app.opened`): what the documents of a whole repository start from.
    PlanUnusable when the plan or the registry did not load."""
    folder = repository(root)
    return open_status_of(snapshot(folder), date.today(), as_of_date(as_of),
                          Cache(folder, use_cache), jobs or default_jobs(),
                          due_soon_days=due_soon_days, window_end=window_end)


def status(root: Path | str | None = None, *, as_of: date | None = None,
           due_soon_days: int = DEFAULT_DUE_SOON_DAYS, jobs: int | None = None,
           use_cache: bool = True) -> StatusSnapshot:
    """Every obligation as a plain row, as of a date (default today), most
    urgent first; `snapshot.records()` gives them as dicts (e.g. for pandas)."""
    folder = repository(root)
    today = as_of_date()
    when = as_of_date(as_of)
    cache = Cache(folder, use_cache)
    inputs = snapshot(folder)

    def run() -> StatusSnapshot:
        return status_snapshot(inputs, today, when, cache, jobs or default_jobs(),
                               due_soon_days=due_soon_days)

    from cchc_plan.load.git import history_key
    from cchc_plan.views.status_data import snapshot_data, snapshot_from_data
    options = ("status", when.isoformat(), str(due_soon_days), today.isoformat(),
               history_key(folder, when, today))  # a past date reads git history
    key = cache.key(*inputs.key_parts(), *options) if cache.enabled else None
    return cache.remembered("run-status", key, run, Codec(snapshot_data, snapshot_from_data))


def status_json(root: Path | str | None = None, *, as_of: date | None = None,
                filters: Filters | None = None, due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
                jobs: int | None = None) -> StatusText:
    """`status` as JSON without the cache, rows encoded where each file is read
    (`render.status_lines`); `filters.agency` may be a name as typed."""
    folder = repository(root)
    return status_text_of(snapshot(folder), as_of_date(), as_of_date(as_of),
                          Cache(folder, False), jobs or default_jobs(), filters,
                          due_soon_days=due_soon_days)


def agency_report(source: Project | StatusResult, agency: str, as_of: date) -> AgencyReport:
    """An agency's submission: `agency` is an id or a name in any spelling;
    `source` a loaded project, or the status `open_status` worked out."""
    from cchc_plan.views.reports import agency_report as build

    result = status_of(source, as_of)
    return build(result, result.directory.index.resolve_agency(agency))


def district_report(source: Project | StatusResult, as_of: date) -> DistrictReport:
    """The coordinator's consolidated report."""
    from cchc_plan.views.reports import district_report as build

    return build(status_of(source, as_of))


def all_reports(source: Project | StatusResult,
                as_of: date) -> list[AgencyReport | DistrictReport]:
    """Every agency's submission (each agency holding an obligation, in the
    consolidated report's order), then the consolidated report: the status
    worked out once for all of them."""
    from cchc_plan.views.reports import agency_report as build
    from cchc_plan.views.reports import district_report as build_district

    result = status_of(source, as_of)
    district = build_district(result)
    reports: list[AgencyReport | DistrictReport] = [build(result, a.agency)
                                                    for a in district.agencies]
    return [*reports, district]


def report_agencies(result: StatusResult) -> list[str]:
    """The agencies `all_reports` writes a submission for, in its order."""
    from cchc_plan.views.reports import agency_summaries

    return [line.agency for line in agency_summaries(result)]


def reminder_letter(source: Project | StatusResult, as_of: date,
                    due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> ReminderLetter:
    """The coordinator's reminder to the agencies with something overdue or
    due within `due_soon_days` (of a `source` status opened with them)."""
    from cchc_plan.views.reminder import reminder_letter as build

    result = status_of(source, as_of, due_soon_days=due_soon_days)
    if result.due_soon_days != due_soon_days:
        raise ValueError(f"a status due soon within {result.due_soon_days} days")
    return build(result)


def check_pdf() -> None:
    """InputError (saying how to install it) when LibreOffice is not there to make PDFs."""
    from cchc_plan.render.pdf import require_soffice

    require_soffice()


def calendar_horizon(as_of: date, horizon: date | None = None) -> date:
    """The last day a calendar lists: `horizon`, or 31 December of the year after `as_of`."""
    from cchc_plan.views.calendar import default_horizon

    return horizon or default_horizon(as_of)


def calendar(source: Project | StatusResult, agency: str | None, as_of: date,
             horizon: date | None = None, include_done: bool = False) -> CalendarView:
    """The dated obligations through `horizon` (default: `calendar_horizon`),
    as calendar entries; a `source` status must reach as far."""
    from cchc_plan.views.calendar import calendar_view

    until = calendar_horizon(as_of, horizon)
    result = status_of(source, as_of, window_end=until)
    if result.window_end < until:
        raise ValueError(f"a status that looks ahead to {result.window_end} only")
    ident = result.directory.index.resolve_agency(agency) if agency else None
    return calendar_view(result, ident, until, include_done)


def site(root: Path | str | None, output: Path, *, lang: Lang, as_of: date | None = None,
         reports: Path | None = None, force: bool = False, jobs: int | None = None,
         use_cache: bool = True,
         refused: Callable[[Path, Msg], None] | None = None) -> list[Path]:
    """Write the leaders' web site into `output` (new, empty, an earlier site, or
    any folder with `force`), as of `as_of` (default today), linking the files
    of `reports` that `cchc report` wrote; `refused` is told every other one."""
    from cchc_plan.core.outfolder import write_folder
    from cchc_plan.features.site.data import site_view
    from cchc_plan.features.site.pages import render_site, report_file
    from cchc_plan.features.site.report_files import (
        list_report_files,
        read_report,
        recognised_reports,
    )

    when = as_of_date(as_of)
    found = recognised_reports(list_report_files(reports) if reports is not None else [],
                               lambda f, why: refused(f.path, why) if refused else None)
    opened = open_status(root, as_of=when, jobs=jobs, use_cache=use_cache)
    view = site_view(opened.result, site_trend(opened.project, when), found)
    output_folder(output, "cchc site")
    with collecting_after_load():
        files = render_site(view, lang)  # each page made as it is written
        files.update((report_file(f.name), partial(read_report, f)) for f in view.linked_reports)
        return write_folder(output, files, generator="cchc site", force=force)


def site_trend(project: Project, until: date) -> Trend:
    """The status on each day the agency files changed in git, through `until`."""
    from cchc_plan.features.site.data import trend
    from cchc_plan.load.git_history import assignment_history

    return trend(project, assignment_history(project.root, until))


def scaffold(project: Project, agency: str) -> Scaffold:
    """What a starting progress file for `agency` lists."""
    from cchc_plan.views.scaffold import scaffold as build

    return build(project, project.directory.index.resolve_agency(agency))


def agencies_needing_files(project: Project, *, replace: bool = False) -> list[str]:
    """Agencies the plan involves that have no progress file yet (all of them
    with `replace`). "Yet" is what the run's snapshot listed, whatever stands
    there (a link or a FIFO is a file that is there, and is not replaced)."""
    listed = {Path(loaded.path).stem for loaded in project.assignments}
    return [a for a in form_agencies(project) if replace or a not in listed]


def orphan_files(project: Project) -> list[Path]:
    """Agency files (assignments/<id>.yaml) of agencies the registry no longer
    has (the sample commune of `cchc new` once the real list replaces it) or
    the plan gives no task (a file still citing the template's tasks)."""
    involved = set(form_agencies(project))
    return sorted(project.root / loaded.path for loaded in project.assignments
                  if Path(loaded.path).stem not in involved)


def new_repository(target: Path, *, district: str, province: str, year: int,
                   level: str = "huyen") -> list[Path]:
    """A data repository for a new plan in `target` (a new or empty folder):
    the plan and registry templates of the issuer's `level`, CI and pre-commit
    files, a README, the JSON Schemas and a starting file for every agency.
    Validates at once."""
    from cchc_plan.app.repository import check_empty, check_level, write_new
    from cchc_plan.core.version import __version__
    from cchc_plan.load.schema import schema_filename, schema_text
    from cchc_plan.render import scaffold as render_scaffold
    from cchc_plan.render.repository import render_repository
    from cchc_plan.views.scaffold import scaffold_path

    check_level(level)
    check_empty(target)
    target.mkdir(parents=True, exist_ok=True)
    values = {"district": district, "province": province, "year": year, "version": __version__,
              "level": level}
    written = [write_new(target / path, payload, target)
               for path, payload in render_repository(values).items()]
    for kind in ("plan", "agencies"):
        written.append(write_new(target / "schemas" / schema_filename(kind),
                                  schema_text(kind, "vi").encode("utf-8"), target))
    project = open_plan(target, use_cache=False)
    written.append(write_new(target / "schemas" / schema_filename("assignment"),
                              schema("assignment", "vi", project).encode("utf-8"), target))
    for agency in agencies_needing_files(project):
        text = render_scaffold.render(scaffold(project, agency), "vi").encode("utf-8")
        written.append(write_new(target / scaffold_path(agency), text, target))
    return written
