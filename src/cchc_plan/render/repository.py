"""The files of a new plan repository (`cchc new`), from the templates shipped
in the package (`cchc_plan/templates/new/`): a commented plan with one task of
every deadline kind, the registry of a district's usual offices, CI for GitHub
and GitLab, pre-commit, a README in Vietnamese.

Templates are `string.Template` text: `${district}`, `${province}`, `${year}`,
`${version}`, and the level's words and ids (`${unit}`, `${coordinator}` …, from
`templates/levels/levels.yaml`); a literal `$` is written `$$`. The registry
(plan/agencies.yaml) is the level's own file in `templates/levels/`: the offices
of a district, a province's departments or a commune's civil servants.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from string import Template
from typing import Any

import yaml

TEMPLATES = files("cchc_plan") / "templates" / "new"
LEVELS = files("cchc_plan") / "templates" / "levels"
DEFAULT_LEVEL = "huyen"


def _walk(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        path = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _walk(entry, f"{path}/")
        elif not entry.name.endswith((".pyc", ".pyo")):
            yield path, entry


def levels() -> dict[str, dict[str, Any]]:
    """The levels `cchc new --level` knows, each with its words and ids."""
    data = yaml.safe_load((LEVELS / "levels.yaml").read_text(encoding="utf-8"))
    return dict(data["levels"])


def level_values(level: str) -> dict[str, str]:
    """What the templates say of a level: its word ("thành phố"), its
    coordinator's id and name, the groups the sample tasks give work to."""
    values = {k: str(v) for k, v in levels()[level].items()}
    raw = (LEVELS / values["registry"]).read_text(encoding="utf-8")
    registry = yaml.safe_load(Template(raw).safe_substitute(unit=values["unit"]))
    names = {a["id"]: a["name"] for a in registry["agencies"]}
    values["coordinator_name"] = names.get(values["coordinator"], values["coordinator"])
    values["own_cap"] = values["own_word"][:1].upper() + values["own_word"][1:]
    values["level"] = level
    return values


def render_repository(values: Mapping[str, object]) -> dict[str, bytes]:
    """Relative path -> bytes of every template file and the level's registry,
    filled with `values` (the level's own when `values` names none)."""
    filled = {**level_values(str(values.get("level") or DEFAULT_LEVEL)), **values}
    files_ = {path: Template(entry.read_text(encoding="utf-8")).substitute(filled)
              for path, entry in _walk(TEMPLATES)}
    registry = LEVELS / str(filled["registry"])
    files_["plan/agencies.yaml"] = Template(registry.read_text(encoding="utf-8")) \
        .substitute(filled)
    return {path: text.encode("utf-8") for path, text in sorted(files_.items())}
