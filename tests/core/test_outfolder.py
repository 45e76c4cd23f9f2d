"""Writing the site's folder: only inside it, an earlier site recognised by its
manifest and rewritten in place, any other non-empty folder refused without
--force."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from cchc_plan.core.errors import TargetError
from cchc_plan.core.outfolder import MANIFEST, read_manifest, write_folder
from helpers import MINI, run_cli

pytestmark = pytest.mark.usefixtures("fs_backend")  # both file-safety backends

GEN = "cchc site"


def test_a_new_folder_gets_the_files_and_a_manifest(tmp_path: Path) -> None:
    out = tmp_path / "a" / "public"
    written = write_folder(out, {"index.html": b"1", "co-quan/x.html": b"2"}, generator=GEN)
    assert (out / "index.html").read_bytes() == b"1"
    assert (out / "co-quan" / "x.html").read_bytes() == b"2"
    assert written[-1] == out / MANIFEST
    assert read_manifest(out, GEN) == ["co-quan/x.html", "index.html"]
    assert read_manifest(out, "another tool") is None


def test_an_earlier_site_is_rewritten_without_backups_and_stale_pages_go(
        tmp_path: Path) -> None:
    out = tmp_path / "public"
    write_folder(out, {"index.html": b"old", "co-quan/gone.html": b"x"}, generator=GEN)
    (out / "notes.txt").write_text("mine", encoding="utf-8")  # not the site's: left alone
    write_folder(out, {"index.html": b"new"}, generator=GEN)
    assert (out / "index.html").read_bytes() == b"new"
    assert not (out / "co-quan" / "gone.html").exists()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == [
        MANIFEST, "index.html", "notes.txt"]  # no .bak, no temporary file


def test_a_folder_that_is_not_a_site_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    (out / "index.html").write_text("their page", encoding="utf-8")
    with pytest.raises(TargetError) as caught:
        write_folder(out, {"index.html": b"site"}, generator=GEN)
    assert caught.value.reason == "not-site"
    assert (out / "index.html").read_text(encoding="utf-8") == "their page"
    write_folder(out, {"index.html": b"site"}, generator=GEN, force=True)
    assert (out / "index.html").read_bytes() == b"site"
    assert (out / "index.html.bak").read_text(encoding="utf-8") == "their page"


def test_a_manifest_cannot_make_it_delete_outside(tmp_path: Path) -> None:
    out = tmp_path / "public"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    (out / "elsewhere").symlink_to(tmp_path)
    (out / MANIFEST).write_text(json.dumps({"generator": GEN, "files": [
        "../victim.txt", "/etc/passwd", "elsewhere/victim.txt", ".hidden"]}), encoding="utf-8")
    write_folder(out, {"index.html": b"1"}, generator=GEN)
    assert victim.read_text(encoding="utf-8") == "keep"


def test_a_linked_subfolder_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "public"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "co-quan").symlink_to(elsewhere)
    (out / MANIFEST).write_text(json.dumps({"generator": GEN, "files": []}), encoding="utf-8")
    with pytest.raises(TargetError) as caught:
        write_folder(out, {"co-quan/x.html": b"2"}, generator=GEN)
    assert caught.value.reason == "symlink"
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("name", ["../x.html", "/abs.html", "a/../../x", ".git/config", "",
                                  "a//b", "a\\b"])
def test_names_that_leave_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(TargetError):
        write_folder(tmp_path / "public", {name: b"x"}, generator=GEN)
    assert not (tmp_path / "x.html").exists()


def test_the_command_refuses_a_non_empty_folder_and_says_how(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "x.txt").write_text("x", encoding="utf-8")
    done = run_cli("site", "--root", str(MINI), "-o", str(out))
    assert done.exit_code == 2
    assert "không phải là trang do `cchc site` tạo" in done.stderr
    assert "--force" in done.stderr
    again = run_cli("site", "--root", str(MINI), "-o", str(out), "--force")
    assert again.exit_code == 0, again.stderr
    twice = run_cli("site", "--root", str(MINI), "-o", str(out))  # an earlier site now
    assert twice.exit_code == 0, twice.stderr


@pytest.mark.posix
def test_pages_are_readable_by_a_web_server(tmp_path: Path) -> None:
    out = tmp_path / "public"
    saved = os.umask(0o022)
    try:
        write_folder(out, {"index.html": b"1", "co-quan/x.html": b"2"}, generator=GEN)
    finally:
        os.umask(saved)
    for path in (out / "index.html", out / "co-quan" / "x.html", out / MANIFEST):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
