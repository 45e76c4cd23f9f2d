"""The file-safety layer (issue 23): the backend is chosen by capability, the
portable backend (Windows) refuses junctions and reparse points as links,
catches a file swapped between its check and its open, and keeps the
promises of the posix one."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from cchc_plan.core import fsafe
from cchc_plan.core.errors import TargetError
from cchc_plan.core.writeout import write_atomic
from helpers import MINI, copy_repo, run_cli
from windows_like import windows_like_os

JUNCTION = 0xA0000003  # IO_REPARSE_TAG_MOUNT_POINT
SYMLINK = 0xA000000C  # IO_REPARSE_TAG_SYMLINK
ONEDRIVE = 0x9000601A  # IO_REPARSE_TAG_CLOUD_6: a placeholder, not a link


def fake_stat(mode: int, attributes: int = 0, tag: int = 0) -> Any:
    return SimpleNamespace(st_mode=mode, st_file_attributes=attributes, st_reparse_tag=tag,
                           st_dev=1, st_ino=2)


@pytest.mark.parametrize(("info", "link"), [
    (fake_stat(stat.S_IFLNK | 0o777), True),
    (fake_stat(stat.S_IFDIR | 0o755, fsafe.FILE_ATTRIBUTE_REPARSE_POINT, JUNCTION), True),
    (fake_stat(stat.S_IFREG | 0o644, fsafe.FILE_ATTRIBUTE_REPARSE_POINT, SYMLINK), True),
    (fake_stat(stat.S_IFDIR | 0o755, fsafe.FILE_ATTRIBUTE_REPARSE_POINT, 0), True),  # unknown
    (fake_stat(stat.S_IFREG | 0o644, fsafe.FILE_ATTRIBUTE_REPARSE_POINT, ONEDRIVE), False),
    (fake_stat(stat.S_IFREG | 0o644), False),
    (fake_stat(stat.S_IFDIR | 0o755), False),
])
def test_what_counts_as_a_link(info: Any, link: bool) -> None:
    assert fsafe.is_link(info) is link


def test_the_backend_is_chosen_by_capability(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CCHC_FS_BACKEND", raising=False)
    assert fsafe.backend() == ("posix" if fsafe.posix_capable() else "portable")
    monkeypatch.setenv("CCHC_FS_BACKEND", "portable")
    assert fsafe.backend() == "portable"
    monkeypatch.setenv("CCHC_FS_BACKEND", "posix")
    windows_like_os(monkeypatch)  # asking for posix where it is missing gives portable
    assert not fsafe.posix_capable()
    assert fsafe.backend() == "portable"


def test_without_o_nofollow_the_portable_backend_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CCHC_FS_BACKEND", raising=False)
    monkeypatch.delattr(os, "O_NOFOLLOW", raising=False)
    assert fsafe.backend() == "portable"


@pytest.fixture
def portable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_FS_BACKEND", "portable")
    windows_like_os(monkeypatch)


def as_junction(monkeypatch: pytest.MonkeyPatch, junction: Path) -> None:
    """`junction` (a real folder here) is seen by lstat as a Windows junction."""
    real_lstat = os.lstat

    def lstat(path: Any, *args: Any, **kwargs: Any) -> Any:
        info = real_lstat(path, *args, **kwargs)
        if Path(path) != junction:
            return info
        return fake_stat(info.st_mode, fsafe.FILE_ATTRIBUTE_REPARSE_POINT, JUNCTION)

    monkeypatch.setattr(os, "lstat", lstat)


@pytest.mark.usefixtures("portable")
def test_an_assignments_junction_is_refused_like_a_symlink(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`assignments\\ -> C:\\Users\\...` as a junction: not read, not written into."""
    root = copy_repo(MINI, tmp_path / "repo")
    (root / "assignments" / "phong-noi-vu.yaml").write_text(
        "agency: TOKEN-s3cr3t\nupdated: 1/9/2020\n", encoding="utf-8")
    as_junction(monkeypatch, root / "assignments")
    result = run_cli("validate", "--root", str(root), "--format", "json")
    assert result.exit_code == 1
    assert "s3cr3t" not in result.stdout
    assert [(p["path"], p["code"]) for p in json.loads(result.stdout)] == [
        ("assignments", "symlink")]
    init = run_cli("init", "--agency", "phong-tu-phap", "--root", str(root))
    assert init.exit_code == 2
    assert not (root / "assignments" / "phong-tu-phap.yaml").exists()


@pytest.mark.usefixtures("portable")
def test_a_junction_on_the_way_to_a_target_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "reports").mkdir()
    as_junction(monkeypatch, tmp_path / "reports")
    with pytest.raises(TargetError) as caught:
        write_atomic(tmp_path / "reports" / "r.md", lambda s: s.write(b"x"), within=tmp_path)
    assert caught.value.reason == "symlink"
    assert list((tmp_path / "reports").iterdir()) == []


@pytest.mark.usefixtures("portable")
def test_a_file_swapped_for_a_link_after_its_check_is_not_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The portable backend's race: lstat sees a file, then a link takes its
    place before the open. The open is compared with the lstat and refused."""
    secret = tmp_path / "secret"
    secret.write_bytes(b"s3cr3t")
    (tmp_path / "f.yaml").write_bytes(b"ok")
    real_open = os.open

    def swapping_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == "f.yaml":
            Path(path).unlink()
            Path(path).symlink_to(secret)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", swapping_open)
    with fsafe.open_folder(tmp_path) as folder, pytest.raises(OSError, match=r"f\.yaml") as caught:
        folder.open_read("f.yaml")
    assert caught.value.errno == errno.ELOOP


@pytest.mark.usefixtures("portable")
def test_a_folder_swapped_for_a_link_after_it_was_reached_is_refused(tmp_path: Path) -> None:
    (tmp_path / "assignments").mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with fsafe.open_folder(tmp_path) as top, top.sub("assignments") as folder:
        (tmp_path / "assignments").rmdir()
        (tmp_path / "assignments").symlink_to(elsewhere)
        with pytest.raises(OSError, match="assignments"):
            folder.create("x.yaml")
    assert list(elsewhere.iterdir()) == []


@pytest.mark.usefixtures("portable")
def test_place_new_never_clobbers(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"new")
    (tmp_path / "b").write_bytes(b"old")
    with fsafe.open_folder(tmp_path) as folder, pytest.raises(FileExistsError):
        folder.place_new("a", "b")
    assert (tmp_path / "b").read_bytes() == b"old"


@pytest.mark.usefixtures("fs_backend")
@pytest.mark.parametrize("data", [b"a\r\nb\x1a\r\nc", bytes(range(256))])
def test_bytes_are_kept_exactly(tmp_path: Path, data: bytes) -> None:
    """Binary mode everywhere (O_BINARY on Windows): CRLF and Ctrl-Z survive."""
    write_atomic(tmp_path / "f.yaml", lambda s: s.write(data))
    with fsafe.open_folder(tmp_path) as folder:
        fd = folder.open_read("f.yaml")
    with os.fdopen(fd, "rb") as stream:
        assert stream.read() == data
