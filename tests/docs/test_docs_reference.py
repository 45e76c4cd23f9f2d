"""The documentation says what the program says: the generated command and
field references match `--help` and the schemas (run `python
docs/gen_reference.py` after changing a help text or a model), the API page
has an entry for every public name, every page is in the site's navigation,
and the README stays a short front door whose links lead somewhere."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
import yaml

import cchc_plan
from helpers import REPO

DOCS = REPO / "docs"


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_reference", DOCS / "gen_reference.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_pages_match_the_program() -> None:
    generator = load_generator()
    written: dict[Path, str] = generator.pages()
    stale = [path.name for path, text in written.items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert not stale, f"{stale} differ from --help or the schemas: python docs/gen_reference.py"


def test_reference_has_every_command_in_both_languages() -> None:
    generator = load_generator()
    paths = generator.command_paths()
    assert ["status"] in paths
    assert ["form", "import"] in paths
    assert ["plan", "export"] in paths
    vi = (DOCS / "reference" / "lenh.md").read_text(encoding="utf-8")
    en = (DOCS / "reference" / "commands.md").read_text(encoding="utf-8")
    for path in paths:
        heading = f"## `{' '.join(['cchc', *path])}`"
        assert heading in vi, heading
        assert heading in en, heading
    assert "Cách dùng: cchc status" in vi
    assert "Usage: cchc status" in en


def test_api_page_names_every_public_name() -> None:
    page = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = {line.rsplit(".", 1)[-1] for line in re.findall(r"^::: (\S+)$", page, re.M)}
    missing = set(cchc_plan.__all__) - documented - {"__version__"}
    assert not missing, f"docs/api.md lacks {sorted(missing)}"
    assert "__version__" in page


def nav_files(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [f for item in node for f in nav_files(item)]
    if isinstance(node, dict):
        return [f for value in node.values() for f in nav_files(value)]
    return []


def test_every_page_is_in_the_navigation() -> None:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    listed = set(nav_files(config["nav"]))
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert pages == listed


def test_readme_is_a_short_front_door() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(readme.encode("utf-8")) <= 12 * 1024
    assert 'python -m pip install -e ".[test]" && cchc status' in readme
    assert "\npython -m pytest\n" in readme
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        if not target.startswith("http"):
            assert (REPO / target).exists(), target


@pytest.mark.parametrize("section", ["Tệp của cơ quan", "Deadlines and status", "Security"])
def test_readme_still_leads_to_sections_the_code_cites(section: str) -> None:
    """Agency files' header comment, engine/deadlines.py and core/problems.py
    cite these README sections by name; the README's table leads to them."""
    assert section in (REPO / "README.md").read_text(encoding="utf-8")


def test_site_workflow_publishes_the_docs() -> None:
    """The daily site job builds the documentation into public/docs, with
    warnings as errors, before the Pages artifact is uploaded."""
    workflow = yaml.safe_load((REPO / ".github/workflows/validate.yml").read_text(
        encoding="utf-8"))
    steps = workflow["jobs"]["site"]["steps"]
    runs = [s.get("run", "") for s in steps]
    assert 'python -m pip install ".[docs]"' in runs
    docs = runs.index(".ci/docs public/docs")
    upload = next(i for i, s in enumerate(steps)
                  if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert runs.index("cchc site -o public --reports reports") < docs < upload
    assert "--strict" in (REPO / ".ci/docs").read_text(encoding="utf-8")
