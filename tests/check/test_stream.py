"""`cchc validate` judges agency files a chunk at a time and keeps only their
problems (check.check_stream); it must find exactly what the whole-project
checks find (check.run_checks), duplicates across chunks included."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import cchc_plan.app as lib
from cchc_plan.load.cache import Cache
from cchc_plan.load.inputs import snapshot
from helpers import EXAMPLES, KRONG_PA, MINI, copy_repo


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """The mini plan with every negative example as an agency file of its own
    (most name phong-noi-vu: file-name and duplicate-file problems across files)."""
    root = copy_repo(MINI, tmp_path / "repo")
    for index, example in enumerate(sorted((EXAMPLES / "negative").glob("*.yaml"))):
        (root / "assignments" / f"ubnd-xa-{index:03d}.yaml").write_bytes(example.read_bytes())
    own = (EXAMPLES / "negative" / "unknown-task.yaml").read_bytes()  # its own name: task checks
    (root / "assignments" / "phong-noi-vu.yaml").write_bytes(own)
    return root


def whole(root: Path) -> list[object]:
    return list(lib._open(snapshot(root), date.today(), 1, Cache(root, False)).problems)


def streamed(root: Path, jobs: int = 1) -> list[object]:
    return list(lib._checked(snapshot(root), date.today(), jobs, Cache(root, False)))


@pytest.mark.parametrize("chunk", [1, 3000, 4 * 1024 * 1024])
def test_chunks_find_what_the_whole_project_finds(messy: Path, chunk: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    expected = whole(messy)
    assert {"duplicate-file", "file-name", "unknown-task", "yaml-syntax"} \
        <= {p.code for p in expected}  # type: ignore[attr-defined]
    monkeypatch.setattr("cchc_plan.load.reader.CHUNK_BYTES", chunk)
    assert streamed(messy) == expected


def test_workers_find_what_the_whole_project_finds(messy: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cchc_plan.load.reader.PARALLEL_MIN_BYTES", 0)
    assert streamed(messy, jobs=2) == whole(messy)


def test_workers_fill_the_file_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("CCHC_NO_CACHE", raising=False)
    monkeypatch.setattr("cchc_plan.load.reader.PARALLEL_MIN_BYTES", 0)
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    first = lib.validate(root, jobs=2)
    entries = {p.name for p in (root / ".cchc-cache").iterdir() if p.name.startswith("file-")}
    assert len(entries) == len(list((root / "assignments").glob("*.yaml"))) + 2
    (root / ".cchc-cache" / "run-validate").unlink()
    assert lib.validate(root, jobs=2) == first


def test_a_clean_repository_stays_clean(tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    found = whole(root)
    assert streamed(root) == found
    # the plan's two review notes (tasks 15 and 36.2) are its only warnings
    assert [p.code for p in found] == ["unreviewed", "unreviewed"]  # type: ignore[attr-defined]
