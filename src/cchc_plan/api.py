"""Library entry points the CLI calls: open a repository, resolve user input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .agencies import UnknownAgency
from .dates import DateError, parse_date
from .errors import DataError, UsageError
from .load import Project as Project
from .load import RootNotFound, check_root, find_root, load_project
from .problems import Problem
from .writeout import safe_name, write_atomic


def open_project(root: Path | None, today: date | None = None) -> Project:
    """Load the repository at `root` (or the nearest one upward)."""
    try:
        folder = check_root(root) if root else find_root()
    except RootNotFound as exc:
        raise UsageError(str(exc), "run cchc inside a plan repository or pass --root DIR") from None
    return load_project(folder, today)


def require_plan(project: Project) -> None:
    """Commands other than `validate` need the plan and registry to load."""
    if project.plan.model is None or project.registry.model is None:
        bad = [p for p in project.problems if p.path in (project.plan.path, project.registry.path)]
        raise DataError("\n".join(p.format() for p in bad[:20]) or "the plan could not be read")


def plan_problems(project: Project) -> list[Problem]:
    return [p for p in project.problems if p.path.startswith("plan/")]


def parse_as_of(text: str | None, today: date | None = None) -> date:
    if text is None:
        return today or date.today()
    try:
        return parse_date(text)
    except DateError as exc:
        raise UsageError(f"--as-of: {exc}") from None


def resolve_agency(project: Project, name: str | None) -> str | None:
    """An agency id for whatever the user typed (id, name, any spelling)."""
    if name is None:
        return None
    try:
        ident = project.directory.resolve(name)
    except UnknownAgency as exc:
        raise UsageError(f"no agency {name!r}", exc.hint or "`cchc agencies` lists them") from None
    if ident in project.directory.groups:
        members = ", ".join(project.directory.expand(ident)[:5])
        raise UsageError(f"{ident!r} is a group, not one agency", f"members: {members}, …")
    return ident


def parse_option_date(option: str, text: str) -> date:
    try:
        return parse_date(text)
    except DateError as exc:
        raise UsageError(f"{option}: {exc}") from None


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
        raise UsageError("give --agency or --all, not both")
    if agency:
        return [resolve_agency(project, agency) or agency]
    if not all_agencies:
        raise UsageError("which agency?", "pass --agency ID, or --all for every agency")
    from .scaffold import involved_tasks, scaffold_path

    return [a for a in project.directory.agencies
            if involved_tasks(project, a)
            and (force or not (project.root / scaffold_path(a)).exists())]
