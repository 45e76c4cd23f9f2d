"""Library entry points the CLI calls: open a repository, run the pipeline,
resolve what users type.

`validate_repo` and `status_snapshot` look in the cache first: when no input
file changed since the last run they answer without building the models, so
the modules that import pydantic are imported only on a cache miss.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_plan.core.dates import DateError, parse_date
from cchc_plan.core.errors import DataError, UsageError
from cchc_plan.core.messages import msg, quoted
from cchc_plan.core.names import NameIndex, UnknownAgency
from cchc_plan.core.problems import Problem
from cchc_plan.core.writeout import safe_name, write_atomic
from cchc_plan.load.cache import Cache
from cchc_plan.load.layout import RootNotFound, check_root, find_root, input_paths
from cchc_plan.views.status import StatusSnapshot

if TYPE_CHECKING:
    from cchc_plan.load.reader import Project


def repo_root(root: Path | None) -> Path:
    """`root`, checked, or the nearest repository upward."""
    try:
        return check_root(root) if root else find_root()
    except RootNotFound as exc:
        raise UsageError(exc.message, msg("hint.root")) from None


def open_project(root: Path | None, today: date | None = None, *, jobs: int = 1,
                 use_cache: bool = True, cache: Cache | None = None) -> Project:
    """Load the repository at `root` (or the nearest one upward)."""
    from cchc_plan.load.reader import load_project

    folder = repo_root(root)
    return load_project(folder, today, jobs=jobs, cache=cache or Cache(folder, use_cache))


def open_plan(root: Path | None) -> Project:
    """The repository, for commands that need its plan and registry to load."""
    project = open_project(root)
    require_plan(project)
    return project


def require_plan(project: Project) -> None:
    """Commands other than `validate` need the plan and registry to load."""
    if project.plan.model is None or project.registry.model is None:
        bad = [p for p in project.problems if p.path in (project.plan.path, project.registry.path)]
        raise DataError(bad[:20])


def validate_repo(root: Path | None, *, jobs: int = 1,
                  use_cache: bool = True) -> tuple[list[Problem], int]:
    """Every problem of every file, and how many files were checked."""
    folder = repo_root(root)
    today = date.today()
    cache = Cache(folder, use_cache)
    paths = input_paths(folder)

    def run() -> tuple[list[Problem], int]:
        project = open_project(folder, today, jobs=jobs, cache=cache)
        return project.problems, len(paths)

    key = cache.inputs_key(paths, "validate", today.isoformat()) if cache.enabled else None
    return cache.remembered("run-validate", key, run)


def status_snapshot(root: Path | None, as_of: date, due_within: int, *, jobs: int = 1,
                    use_cache: bool = True) -> tuple[StatusSnapshot, NameIndex]:
    """The status rows as of a date, and the names to resolve `--agency` with."""
    folder = repo_root(root)
    cache = Cache(folder, use_cache)

    def run() -> tuple[StatusSnapshot, NameIndex]:
        from cchc_plan.engine.obligations import compute_status
        from cchc_plan.views.reports import status_snapshot as snapshot_of

        project = open_project(folder, jobs=jobs, cache=cache)
        require_plan(project)
        errors = sum(p.severity == "error" for p in project.problems)
        result = compute_status(project, as_of, due_within)
        return snapshot_of(result, errors), project.directory.index

    options = ("status", as_of.isoformat(), str(due_within), date.today().isoformat())
    key = cache.inputs_key(input_paths(folder), *options) if cache.enabled else None
    return cache.remembered("run-status", key, run)


def parse_as_of(text: str | None, today: date | None = None) -> date:
    if text is None:
        return today or date.today()
    return parse_option_date("--as-of", text)


def parse_option_date(option: str, text: str) -> date:
    try:
        return parse_date(text)
    except DateError as exc:
        raise UsageError(exc.message, context=option) from None


def resolve_name(names: NameIndex, name: str | None) -> str | None:
    """An agency id for whatever the user typed (id, name, any spelling)."""
    if name is None:
        return None
    try:
        ident = names.resolve(name)
    except UnknownAgency as exc:
        raise UsageError(msg("usage.no-agency", name=quoted(name)), exc.hint) from None
    if ident in names.group_names:
        raise UsageError(msg("usage.group-not-agency", id=quoted(ident)), msg("hint.one-agency"))
    return ident


def resolve_agency(project: Project, name: str | None) -> str | None:
    return resolve_name(project.directory.index, name)


def output_path(output: Path | None, default_name: str) -> Path:
    """Where to write: -o as given (a folder gets the default name), else the
    default name in the current folder. The default name is checked so an
    agency id can never lead outside the folder."""
    name = safe_name(default_name)
    if output is None:
        return Path.cwd() / name
    return output / name if output.is_dir() else output


def write_output(target: Path, payload: bytes, force: bool) -> None:
    write_atomic(target, lambda stream: stream.write(payload), force=force)


def init_targets(project: Project, agency: str | None, all_agencies: bool,
                 force: bool) -> list[str]:
    """Agencies `cchc init` writes for: one, or with --all every agency the plan
    involves that has no file yet (all of them with --force)."""
    if agency and all_agencies:
        raise UsageError(msg("usage.agency-and-all"))
    if agency:
        return [resolve_agency(project, agency) or agency]
    if not all_agencies:
        raise UsageError(msg("usage.which-agency"), msg("hint.agency-or-all"))
    from cchc_plan.views.scaffold import involved_tasks, scaffold_path

    return [a for a in project.directory.agencies
            if involved_tasks(project, a)
            and (force or not (project.root / scaffold_path(a)).exists())]
