"""The inputs of a run (issue 12, defects 3 and 8): listed and read once, no
link followed out of the repository, sizes checked before reading, and every
skipped entry named as a problem."""

from __future__ import annotations

import json
import os
import resource
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import cchc_plan.load.reader
from cchc_plan.load import cache as cache_module
from helpers import KRONG_PA, MINI, REPO, copy_repo, run_cli

pytestmark = pytest.mark.usefixtures("fs_backend")  # both file-safety backends

CACHED = {"CCHC_NO_CACHE": ""}
GOOD = """agency: phong-tu-phap
updated: 1/9/2020
tasks:
  - {task: "2.10", status: in_progress, assignee: {name: Lê Văn An}}
"""


def problems(root: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[int, list[
        dict[str, object]]]:
    result = run_cli("validate", "--root", str(root), "--format", "json", *extra, env=env)
    assert "Traceback" not in result.stderr
    return result.exit_code, json.loads(result.stdout)


def codes(found: list[dict[str, object]]) -> list[tuple[object, object]]:
    return sorted((p["path"], p["code"]) for p in found)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    root = copy_repo(MINI, tmp_path / "repo")
    (root / "assignments" / "phong-tu-phap.yaml").write_text(GOOD, encoding="utf-8")
    return root


# --- defect 3: one snapshot per run ----------------------------------------------------


def test_a_file_that_vanishes_mid_run_never_leaves_a_stale_clean(
        repo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bad file deleted while the run reads, then restored: the cached result
    must belong to the bytes the run's key was made of."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cache_module._secret_in.cache_clear()
    bad = repo_copy / "assignments" / "phong-tu-phap.yaml"
    bad.write_text("agency: phong-tu-phap\nupdated: 1/9/2020\nstatus: dnoe\n", encoding="utf-8")
    content = bad.read_bytes()
    original: Callable[..., object] = cchc_plan.load.reader.read_project

    def vanishing(*args: object, **kwargs: object) -> object:
        bad.unlink()
        try:
            return original(*args, **kwargs)
        finally:
            bad.write_bytes(content)

    monkeypatch.setattr(cchc_plan.load.reader, "read_project", vanishing)
    first = problems(repo_copy, env=CACHED)
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    again = problems(repo_copy, env=CACHED)
    assert first[0] == again[0] == 1
    assert ("assignments/phong-tu-phap.yaml", "unknown-field") in codes(again[1])
    assert first == again


# --- defect 8: links, special files, odd names ------------------------------------------


def test_a_link_to_a_secret_is_not_read(mini: Path, tmp_path: Path) -> None:
    """`assignments/hosts.yaml -> /somewhere/secret.yml` printed the secret in validate output."""
    secret = tmp_path / "secret.yml"
    secret.write_text("agency: TOKEN-s3cr3t-VALUE\nupdated: 1/9/2020\n", encoding="utf-8")
    (mini / "assignments" / "phong-noi-vu.yaml").symlink_to(secret)
    result = run_cli("validate", "--root", str(mini), "--format", "json")
    assert "s3cr3t" not in result.stdout + result.stderr
    assert result.exit_code == 1
    assert codes(json.loads(result.stdout)) == [("assignments/phong-noi-vu.yaml", "symlink")]
    status = run_cli("status", "--root", str(mini), "--as-of", "2020-09-15",
                     env={"NO_COLOR": "1"})
    assert "s3cr3t" not in status.stdout + status.stderr
    assert "Phòng Nội vụ" in status.stdout  # its file is named as one that was not read


def test_a_link_inside_the_repository_is_not_followed_either(mini: Path) -> None:
    (mini / "assignments" / "phong-noi-vu.yaml").symlink_to("phong-tu-phap.yaml")
    code, found = problems(mini)
    assert code == 1
    assert codes(found) == [("assignments/phong-noi-vu.yaml", "symlink")]


def test_an_assignments_folder_that_is_a_link_is_not_read(mini: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (mini / "assignments").rename(elsewhere)
    (mini / "assignments").symlink_to(elsewhere)
    code, found = problems(mini)
    assert code == 1
    assert codes(found) == [("assignments", "symlink")]


def test_a_plan_folder_that_is_a_link_is_not_read(mini: Path, tmp_path: Path) -> None:
    (mini / "plan").rename(tmp_path / "plan")
    (mini / "plan").symlink_to(tmp_path / "plan")
    code, found = problems(mini)
    assert code == 1
    assert {("plan/agencies.yaml", "symlink"), ("plan/appendix.yaml", "symlink")} <= set(
        codes(found))


def test_an_assignments_that_is_a_file(mini: Path) -> None:
    for path in (mini / "assignments").iterdir():
        path.unlink()
    (mini / "assignments").rmdir()
    (mini / "assignments").write_text("x\n", encoding="utf-8")
    code, found = problems(mini)
    assert code == 1
    assert codes(found) == [("assignments", "not-a-folder")]


@pytest.mark.posix
def test_special_entries_are_named(mini: Path) -> None:
    folder = mini / "assignments"
    os.mkfifo(folder / "phong-noi-vu.yaml")
    (folder / "ubnd-xa-a.yaml").mkdir()
    with socket.socket(socket.AF_UNIX) as sock:
        short = Path(f"/tmp/cchc-sock-{os.getpid()}")
        sock.bind(str(short))
        try:
            short.rename(folder / "ubnd-xa-b.yaml")
            code, found = problems(mini)
        finally:
            (folder / "ubnd-xa-b.yaml").unlink()
    assert code == 1
    assert codes(found) == [("assignments/phong-noi-vu.yaml", "special-file"),
                            ("assignments/ubnd-xa-a.yaml", "not-a-file"),
                            ("assignments/ubnd-xa-b.yaml", "special-file")]


@pytest.mark.parametrize(("name", "shown"), [
    ("PHONG-NOI-VU.YAML", "assignments/PHONG-NOI-VU.YAML"),
    ("Phong Noi Vu.yaml", "assignments/Phong Noi Vu.yaml"),
    ("phong-noi-vu.yml", "assignments/phong-noi-vu.yml"),
    ("a\n::warning::x.yaml", "assignments/a\\n::warning::x.yaml"),
    ("a\x1b]8;;evil\x07.yaml", "assignments/a\\x1b]8;;evil\\x07.yaml"),
    ("phong_noi_vu.yaml", "assignments/phong_noi_vu.yaml"),
])
def test_odd_names_are_named_not_read(mini: Path, name: str, shown: str) -> None:
    (mini / "assignments" / name).write_text(GOOD.replace("phong-tu-phap", "phong-noi-vu"),
                                             encoding="utf-8")
    code, found = problems(mini)
    assert code == 1
    assert codes(found) == [(shown, "bad-file-name")]


def test_files_that_are_not_yaml_are_left_alone(mini: Path) -> None:
    for name in ("README.md", ".gitkeep", "phong-tu-phap.yaml.bak", ".phong-tu-phap.yaml.swp"):
        (mini / "assignments" / name).write_text("x: [\n", encoding="utf-8")
    assert problems(mini) == (0, [])


def test_the_size_is_checked_before_reading(mini: Path) -> None:
    """A 3 GB sparse file reached 6.3 GB of memory: it must not be read at all."""
    big = mini / "assignments" / "phong-noi-vu.yaml"
    with big.open("wb") as stream:
        stream.truncate(3 * 1024**3)

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))

    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CCHC_NO_CACHE": "1"}
    done = subprocess.run([sys.executable, "-m", "cchc_plan", "validate", "--root", str(mini),
                           "--format", "json", "--jobs", "1"], capture_output=True, text=True,
                          env=env, preexec_fn=limit_memory, check=False)
    assert done.returncode == 1, done.stderr
    assert codes(json.loads(done.stdout)) == [("assignments/phong-noi-vu.yaml", "file-too-large")]


def test_positions_are_not_read_through_a_swapped_file(mini: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Positions are worked out from the file again when a check needs one:
    only from the same bytes, never through a link put there meanwhile."""
    from cchc_plan.app import open_project
    from cchc_plan.load import reader

    target = mini / "assignments" / "phong-tu-phap.yaml"
    target.write_text(GOOD.replace('"2.10"', '"9.9"'), encoding="utf-8")  # unknown task
    original = reader.model_from_bytes

    def then_swapped(raw: bytes, shown: str, model: type[Any]) -> Any:
        modelled = original(raw, shown, model)
        if shown == "assignments/phong-tu-phap.yaml":
            target.unlink()
            target.symlink_to("/dev/zero")
        return modelled

    monkeypatch.setattr(reader, "model_from_bytes", then_swapped)
    project = open_project(mini, use_cache=False, jobs=1)
    found = [p for p in project.problems if p.code == "unknown-task"]
    assert [(p.line, p.column) for p in found] == [(1, 1)]  # no position rather than a wrong one


def test_a_file_changed_after_the_snapshot_is_not_read(mini: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot keeps digests, not bytes: a file is read again where it is
    used, and taken only if it still has the snapshot's bytes."""
    from cchc_plan.app import open_project
    from cchc_plan.load import inputs

    target = mini / "assignments" / "phong-tu-phap.yaml"
    original = inputs.snapshot

    def changed(root: Path) -> inputs.Inputs:
        taken = original(root)
        assert all(not hasattr(item, "raw") for item in taken.files)  # no bytes held
        target.write_text(GOOD.replace('"2.10"', '"9.9"'), encoding="utf-8")
        return taken

    monkeypatch.setattr("cchc_plan.app.snapshot", changed)
    project = open_project(mini, use_cache=False, jobs=1)
    assert [(p.path, p.code) for p in project.problems] == [
        ("assignments/phong-tu-phap.yaml", "input-changed")]


def test_the_krong_pa_fixture_has_no_skipped_entry() -> None:
    assert problems(KRONG_PA)[0] == 0


class _FstatSaysLess:
    """`os` as `load.inputs` sees it, whose fstat reports `less` bytes fewer
    than a file holds: the file grew between being opened and being read."""

    def __init__(self, less: int) -> None:
        self.less = less

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def fstat(self, fd: int) -> os.stat_result:
        info = os.fstat(fd)
        fields = list(info)
        fields[6] = max(info.st_size - self.less, 0)  # st_size
        return os.stat_result(fields)


def test_a_file_that_grew_after_it_was_opened_is_read_to_its_end(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc_plan.load import inputs

    root = copy_repo(MINI, tmp_path / "repo")
    path = root / "assignments" / "phong-tu-phap.yaml"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(inputs, "os", _FstatSaysLess(40))
    [item] = [i for i in inputs.snapshot(root).assignments if i.shown.endswith("tu-phap.yaml")]
    assert item.problems == []
    assert item.take() == path.read_bytes()


def test_a_file_that_grew_past_the_limit_after_it_was_opened_is_too_large(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc_plan.load import inputs

    root = copy_repo(MINI, tmp_path / "repo")
    (root / "assignments" / "phong-tu-phap.yaml").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(inputs, "MAX_FILE_BYTES", len(GOOD.encode()) - 10)
    monkeypatch.setattr(inputs, "os", _FstatSaysLess(40))
    [item] = [i for i in inputs.snapshot(root).assignments if i.shown.endswith("tu-phap.yaml")]
    assert [p.code for p in item.problems] == ["file-too-large"]
