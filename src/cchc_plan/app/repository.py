"""The JSON Schemas of a repository (`cchc schema`), and the one an agency
file's first line points at, written inside the repository (no folder on the
way may be a link)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cchc_plan.app.writes import write_file

if TYPE_CHECKING:
    from cchc_plan.core.lang import Lang
    from cchc_plan.load.project import Project
    from cchc_plan.load.schema import Kind as SchemaKind


def schema(kind: SchemaKind, lang: Lang, project: Project | None = None) -> str:
    """The JSON Schema text of a data file; the agency file's for `project`'s
    plan (its tasks and agencies to pick from) when one is given."""
    from cchc_plan.load.schema import schema_text

    if project is None or not project.usable:
        return schema_text(kind, lang)
    return schema_text(kind, lang, project.plan.model, project.directory)


def write_missing_schema(project: Project) -> str | None:
    """schemas/assignment.schema.json for the plan, when the repository has none
    (the agency files' modeline points at it); its relative path if written."""
    from cchc_plan.load.schema import schema_filename

    relative = f"schemas/{schema_filename('assignment')}"
    if (project.root / relative).exists() or (project.root / relative).is_symlink():
        return None
    write_new(project.root / relative, schema("assignment", "vi", project).encode("utf-8"),
              project.root)
    return relative


def check_empty(target: Path) -> None:
    """TargetError unless `target` is missing or an empty folder (`cchc new`)."""
    from cchc_plan.core.errors import TargetError
    from cchc_plan.core.messages import msg

    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise TargetError(msg("usage.folder-not-empty", path=target), "not-empty")


def check_level(level: str) -> None:
    """InputError unless `cchc new` has templates for `level`."""
    from cchc_plan.core.errors import InputError
    from cchc_plan.core.messages import msg
    from cchc_plan.render.repository import levels

    known = levels()
    if level not in known:
        raise InputError(msg("usage.unknown-level", level=level, choices=", ".join(known)))


def write_new(path: Path, payload: bytes, within: Path) -> Path:
    """A new file inside `within`: its folders made, none of them a link."""
    return write_file(path, payload, within=within)
