"""Where a plan repository keeps its files, and how to find it."""

from __future__ import annotations

from pathlib import Path

from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import msg

PLAN_FILE = Path("plan/appendix.yaml")
AGENCIES_FILE = Path("plan/agencies.yaml")
ASSIGNMENTS_DIR = Path("assignments")


class RootNotFound(InputError):
    """No folder holding plan/appendix.yaml."""


def find_root(start: Path | None = None) -> Path:
    """The nearest folder upward holding plan/appendix.yaml, like git finds .git."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / PLAN_FILE).is_file():
            return folder
    raise RootNotFound(msg("usage.no-root", plan=PLAN_FILE.as_posix(), folder=here))


def check_root(root: Path) -> Path:
    if not (root / PLAN_FILE).is_file():
        raise RootNotFound(msg("usage.root-without-plan", plan=PLAN_FILE.as_posix(), folder=root))
    return root


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
