"""The files of a new plan repository (`cchc new`), from the templates shipped
in the package (`cchc_plan/templates/new/`): a commented plan with one task of
every deadline kind, the registry of a district's usual offices, CI for GitHub
and GitLab, pre-commit, a README in Vietnamese.

Templates are `string.Template` text: `${district}`, `${province}`, `${year}`,
`${version}`; a literal `$` is written `$$`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from string import Template

TEMPLATES = files("cchc_plan") / "templates" / "new"


def _walk(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        path = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _walk(entry, f"{path}/")
        elif not entry.name.endswith((".pyc", ".pyo")):
            yield path, entry


def render_repository(values: Mapping[str, object]) -> dict[str, bytes]:
    """Relative path -> bytes of every template file, filled with `values`."""
    return {path: Template(entry.read_text(encoding="utf-8")).substitute(values).encode("utf-8")
            for path, entry in _walk(TEMPLATES)}
