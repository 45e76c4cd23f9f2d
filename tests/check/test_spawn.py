"""The worker pools with the `spawn` start method, Windows' and macOS' default
(issue 23): workers rely on nothing inherited from the parent's memory, and
find exactly what one process finds."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import cchc_plan.app as lib
from cchc_plan.core import workers
from cchc_plan.load.cache import Cache
from cchc_plan.load.inputs import snapshot
from helpers import EXAMPLES, KRONG_PA, MINI, copy_repo


@pytest.fixture
def spawned(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """CCHC_MP_START=spawn, and the start method of every pool made."""
    monkeypatch.setenv("CCHC_MP_START", "spawn")
    monkeypatch.setattr("cchc_plan.load.reader.PARALLEL_MIN_BYTES", 0)
    methods: list[str] = []

    def pool(**kwargs: Any) -> ProcessPoolExecutor:
        context = kwargs.get("mp_context")
        methods.append(context.get_start_method() if context else "default")
        made: ProcessPoolExecutor = ProcessPoolExecutor(**kwargs)
        return made

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", pool)  # as new_pool finds it
    return methods


def test_the_start_method_is_chosen_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_MP_START", "spawn")
    context = workers.pool_context()
    assert context is not None
    assert context.get_start_method() == "spawn"
    monkeypatch.setenv("CCHC_MP_START", "")
    assert workers.pool_context() is None
    monkeypatch.setenv("CCHC_MP_START", "no-such-method")
    assert workers.pool_context() is None


def test_validate_in_spawned_workers(tmp_path: Path, spawned: list[str]) -> None:
    """check.stream's workers: the plan and the registry come through initargs."""
    root = copy_repo(MINI, tmp_path / "repo")
    for index, example in enumerate(sorted((EXAMPLES / "negative").glob("*.yaml"))):
        (root / "assignments" / f"ubnd-xa-{index:03d}.yaml").write_bytes(example.read_bytes())
    whole = list(lib._open(snapshot(root), date.today(), 1, Cache(root, False)).problems)
    in_workers = list(lib._checked(snapshot(root), date.today(), 2, Cache(root, False)))
    assert in_workers == whole
    assert spawned == ["spawn"]


def test_status_reads_in_spawned_workers(tmp_path: Path, spawned: list[str]) -> None:
    """load.reader's workers parse YAML; the models are the same as in one process."""
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    today = date(2020, 9, 15)
    one = lib._open(snapshot(root), today, 1, Cache(root, False))
    two = lib._open(snapshot(root), today, 2, Cache(root, False))
    assert spawned == ["spawn"]
    assert [a.model for a in two.assignments] == [a.model for a in one.assignments]
    assert two.problems == one.problems
