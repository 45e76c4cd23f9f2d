"""Where a plan repository keeps its files, and how to find it."""

from __future__ import annotations

import errno
from pathlib import Path

from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import msg, quoted

PLAN_FILE = Path("plan/appendix.yaml")
AGENCIES_FILE = Path("plan/agencies.yaml")
ASSIGNMENTS_DIR = Path("assignments")


class RootNotFound(InputError):
    """No folder holding plan/appendix.yaml."""


def find_root(start: Path | None = None) -> Path:
    """The nearest folder upward holding plan/appendix.yaml, like git finds .git."""
    try:
        here = (start or Path.cwd()).resolve()
    except OSError as exc:  # the current folder was removed
        raise RootNotFound(msg("usage.no-root", plan=PLAN_FILE.as_posix(),
                               folder=exc.strerror or exc)) from None
    for folder in (here, *here.parents):
        if _has_plan(folder):
            return folder
    raise RootNotFound(msg("usage.no-root", plan=PLAN_FILE.as_posix(), folder=here))


def check_root(root: Path) -> Path:
    if not _has_plan(root):
        raise RootNotFound(msg("usage.root-without-plan", plan=PLAN_FILE.as_posix(), folder=root))
    return root


def _has_plan(folder: Path) -> bool:
    try:
        return (folder / PLAN_FILE).is_file()
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise InputError(msg("usage.name-too-long", name=quoted(str(folder)),
                                 limit=255)) from None
        return False


def git_prefix(root: Path) -> str:
    """The repository's folder relative to the top of its git work tree, with a
    trailing '/' ("" at the top or outside git), for paths that CI matches
    against the files of a commit."""
    here = root.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            inside = here.relative_to(folder).as_posix()
            return "" if inside == "." else f"{inside}/"
    return ""
