"""The JSON Schemas editors use: every field explained in both languages, with
examples; the agency file's schema offers this plan's tasks and agencies; the
done rule and impossible dates are caught while typing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cchc_plan.app import open_plan, schema
from cchc_plan.core.lang import LANGS, Lang
from cchc_plan.load.schema import Kind, schema_for
from helpers import KRONG_PA

KINDS: tuple[Kind, ...] = ("assignment", "plan", "agencies")


def properties(node: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = [(f"{node.get('title', '')}.{k}", v) for k, v in node.get("properties", {}).items()]
    for name, definition in node.get("$defs", {}).items():
        out += [(f"{name}.{k}", v) for k, v in definition.get("properties", {}).items()]
    return out


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_field_has_title_description_and_examples(kind: Kind, lang: Lang) -> None:
    found = properties(schema_for(kind, lang))
    assert len(found) > 10
    missing = [name for name, prop in found
               if not (prop.get("title") and prop.get("description") and prop.get("examples"))]
    assert not missing, missing


def test_vietnamese_by_default_english_on_request() -> None:
    vi = schema_for("assignment", "vi")["properties"]["updated"]
    en = schema_for("assignment", "en")["properties"]["updated"]
    assert vi["title"] == "Ngày cập nhật"
    assert en["title"] == "Updated"


def test_plan_choices() -> None:
    project = open_plan(KRONG_PA, use_cache=False)
    assert project.plan.model is not None
    generated = schema_for("assignment", "vi", project.plan.model, project.directory)
    tasks = generated["$defs"]["TaskEntry"]["properties"]["task"]["oneOf"]
    ids = {t.id for t in project.plan.model.all_tasks() if not t.is_heading}
    assert {c["const"] for c in tasks if isinstance(c["const"], str)} == ids
    assert {"const": 7, "description": next(c["description"] for c in tasks
                                            if c["const"] == "7")} in tasks
    assert not any(c["const"] == "3" for c in tasks)  # a heading: its sub-items carry the work
    agencies = generated["properties"]["agency"]["oneOf"]
    assert {"const": "phong-noi-vu", "description": "Phòng Nội vụ"} in agencies
    assert len(agencies) == len(project.directory.agencies)


def check(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    schema_file = tmp_path / "assignment.schema.json"
    schema_file.write_text(schema("assignment", "vi", open_plan(KRONG_PA, use_cache=False)),
                           encoding="utf-8")
    target = tmp_path / "phong-noi-vu.yaml"
    target.write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--schemafile",
                           str(schema_file), str(target)], capture_output=True, text=True,
                          check=False)


GOOD = ('agency: phong-noi-vu\nupdated: "10/9/2020"\ntasks:\n  - task: "7"\n'
        '    status: done\n    completed: "14/8/2020"\n    evidence: [{title: Quyết định}]\n')


@pytest.mark.parametrize(("name", "change"), [
    ("done without date", ('    completed: "14/8/2020"\n', "")),
    ("done without evidence", ("    evidence: [{title: Quyết định}]\n", "    evidence: []\n")),
    ("impossible date", ('updated: "10/9/2020"', 'updated: "31/4/2020"')),
    ("task not in the plan", ('task: "7"', 'task: "77"')),
    ("agency not in the registry", ("agency: phong-noi-vu", "agency: phong-noi-vuu")),
])
def test_the_editor_catches_it(tmp_path: Path, name: str, change: tuple[str, str]) -> None:
    assert check(tmp_path, GOOD).returncode == 0
    assert check(tmp_path, GOOD.replace(*change)).returncode == 1, name
