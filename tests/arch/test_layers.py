"""The package is one pipeline: each subpackage a stage, each stage importing
only itself and earlier stages, and no import cycles anywhere.

    core -> load -> check -> engine -> views -> render -> features -> app -> cli

`features` holds whole workflows (the progress form, plan import/export, the
site), one package each, above the stages they use; no feature imports another.

Imports are read from the source (every `import`, at module level, inside
functions and under TYPE_CHECKING), so a lazy import cannot hide an arrow
that runs back up the pipeline."""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

import cchc_plan

PACKAGE = Path(cchc_plan.__file__).resolve().parent
STAGES = ("core", "load", "check", "engine", "views", "render", "features", "app", "cli")
"""Pipeline order; the package's face (`cchc_plan/__init__`) and `__main__` sit above all."""


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def stage_of(module: str) -> int:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] == "__main__":
        return len(STAGES)  # the face of the package
    return STAGES.index(parts[1])


def imports_of(path: Path, *, runtime_only: bool) -> Iterator[str]:
    """The cchc_plan modules a file imports (with `runtime_only`, not those
    under `if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    if runtime_only:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                skipped.update(id(n) for child in node.body for n in ast.walk(child))
    known = modules()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                target = f"{node.module}.{alias.name}"
                yield target if target in known else node.module
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


@functools.cache  # one graph for all the parametrized tests, not one each
def graph(*, runtime_only: bool) -> dict[str, set[str]]:
    known = modules()
    return {name: {t for t in imports_of(path, runtime_only=runtime_only)
                   if t in known and t != name}
            for name, path in known.items()}


def test_stages_are_the_subpackages() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    files = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__", "__main__"}
    assert folders | files == set(STAGES)


@pytest.mark.parametrize("module", sorted(modules()))
def test_no_import_runs_back_up_the_pipeline(module: str) -> None:
    later = [target for target in graph(runtime_only=False)[module]
             if stage_of(target) > stage_of(module)]
    assert not later, f"{module} imports later stages: {later}"


def feature_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "features" else None


FEATURES = sorted(p.name for p in (PACKAGE / "features").iterdir()
                  if (p / "__init__.py").exists())


def test_features_are_known() -> None:
    assert FEATURES == ["plan_io", "progress_form", "site"]


@pytest.mark.parametrize("feature", FEATURES)
def test_no_feature_imports_another(feature: str) -> None:
    edges = graph(runtime_only=False)
    crossing = sorted({(m, t) for m, targets in edges.items() if feature_of(m) == feature
                       for t in targets if feature_of(t) not in (None, feature)})
    assert not crossing, f"{feature} imports another feature: {crossing}"


def test_no_import_cycles() -> None:
    edges = graph(runtime_only=True)
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            cycle = [*path[path.index(node):], node]
            raise AssertionError("import cycle: " + " -> ".join(cycle))
        if node in done:
            return
        for target in sorted(edges[node]):
            visit(target, [*path, node])
        done.add(node)

    for start in sorted(edges):
        visit(start, [])


def test_modules_stay_small() -> None:
    """One module a thing: nothing over ~400 lines but the message catalog."""
    long = {name: n for name, path in modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
            and ".core.catalog" not in name}
    assert not long, long
