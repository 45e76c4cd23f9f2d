"""Writing files (issue 12, defect 1): never through a symlink, at any path cchc
writes (the target, its temporary file, its .bak); new files get the user's
umask; the backup is a fresh copy of the bytes, never of the mode."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cchc_plan.core.errors import TargetError, WriteError
from cchc_plan.core.writeout import write_atomic
from helpers import run_cli

pytestmark = pytest.mark.usefixtures("fs_backend")  # both file-safety backends

SHELL = b"#!/bin/sh\necho pwned > /tmp/cchc-pwned\n"


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def write(target: Path, payload: bytes = b"new", **options: object) -> Path:
    return write_atomic(target, lambda stream: stream.write(payload), **options)  # type: ignore[arg-type]


@pytest.mark.posix
@pytest.mark.usefixtures("umask_022")
def test_backup_through_a_symlink_never_writes_the_hook(repo_copy: Path) -> None:
    """The attack: an executable agency file and `<file>.bak -> ../.git/hooks/pre-commit`;
    `cchc init --force` must not create or touch the hook."""
    hooks = repo_copy / ".git" / "hooks"
    hooks.mkdir(parents=True)
    target = repo_copy / "assignments" / "phong-noi-vu.yaml"
    target.write_bytes(SHELL)
    target.chmod(0o755)
    backup = target.with_name("phong-noi-vu.yaml.bak")
    backup.symlink_to("../.git/hooks/pre-commit")
    result = run_cli("init", "--agency", "phong-noi-vu", "--force", "--root", str(repo_copy))
    assert result.exit_code == 2
    assert "liên kết" in result.stderr  # says why
    assert not (hooks / "pre-commit").exists()
    assert backup.is_symlink()
    assert target.read_bytes() == SHELL  # nothing replaced


@pytest.mark.posix
@pytest.mark.usefixtures("umask_022")
def test_backup_is_a_fresh_file_with_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "phong-noi-vu.yaml"
    target.write_bytes(SHELL)
    target.chmod(0o755)
    write(target, force=True)
    backup = tmp_path / "phong-noi-vu.yaml.bak"
    assert backup.read_bytes() == SHELL
    assert stat.S_IMODE(backup.stat().st_mode) == 0o644  # not the original's 755
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@pytest.mark.posix
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_follow_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        written = write(tmp_path / "cchc-tat-ca.ics")
    finally:
        os.umask(old)
    assert stat.S_IMODE(written.stat().st_mode) == mode


def test_a_symlink_target_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"keep")
    link = tmp_path / "report.md"
    link.symlink_to(elsewhere)
    for force in (False, True):
        with pytest.raises(TargetError) as caught:
            write(link, force=force)
        assert caught.value.reason == "symlink"
    assert elsewhere.read_bytes() == b"keep"
    assert link.is_symlink()


def test_a_dangling_symlink_target_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "report.md"
    link.symlink_to(tmp_path / "created-through-the-link")
    with pytest.raises(TargetError) as caught:
        write(link)
    assert caught.value.reason == "symlink"
    assert not (tmp_path / "created-through-the-link").exists()


@pytest.mark.posix
def test_a_special_target_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "report.md"
    os.mkfifo(fifo)
    with pytest.raises(TargetError) as caught:
        write(fifo, force=True)
    assert caught.value.reason == "special"


def test_the_temporary_file_is_never_followed(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a symlink planted at the very name of the temporary file is not written through."""
    import cchc_plan.core.writeout as writeout

    victim = tmp_path / "victim"
    victim.write_bytes(b"keep")
    names = iter(["planted", "fresh"])
    monkeypatch.setattr(writeout, "_temp_name", lambda name: f".{name}.{next(names)}.tmp")
    (tmp_path / ".out.md.planted.tmp").symlink_to(victim)
    write(tmp_path / "out.md")
    assert victim.read_bytes() == b"keep"
    assert (tmp_path / "out.md").read_bytes() == b"new"


def test_no_temporary_file_is_left_after_a_failure(tmp_path: Path) -> None:
    def fail(_: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(WriteError):
        write_atomic(tmp_path / "out.md", fail)
    assert list(tmp_path.iterdir()) == []


def test_a_name_too_long_is_a_target_error(tmp_path: Path) -> None:
    with pytest.raises(TargetError):
        write(tmp_path / ("x" * 300 + ".md"))


def test_init_refuses_an_assignments_symlink(repo_copy: Path, tmp_path: Path) -> None:
    """`assignments -> /elsewhere` made `init --all` write 31 files into the target."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for path in (repo_copy / "assignments").iterdir():
        path.unlink()
    (repo_copy / "assignments").rmdir()
    (repo_copy / "assignments").symlink_to(elsewhere)
    result = run_cli("init", "--all", "--root", str(repo_copy))
    assert result.exit_code == 2
    assert list(elsewhere.iterdir()) == []
    assert "Traceback" not in result.stderr


def test_init_when_assignments_is_a_file(repo_copy: Path) -> None:
    for path in (repo_copy / "assignments").iterdir():
        path.unlink()
    (repo_copy / "assignments").rmdir()
    (repo_copy / "assignments").write_text("not a folder\n", encoding="utf-8")
    result = run_cli("init", "--agency", "phong-noi-vu", "--root", str(repo_copy))
    assert result.exit_code == 2
    assert "assignments" in result.stderr
    assert "thư mục" in result.stderr
    assert (repo_copy / "assignments").read_text(encoding="utf-8") == "not a folder\n"
