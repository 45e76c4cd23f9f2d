"""The cache is untrusted input (issue 12, defect 2): reading an entry never
runs code, the key is made atomically and used only when it is 32 bytes, and
a `.cchc-cache` that is a link or holds links or special files is not used."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_plan.load import cache as cache_module
from cchc_plan.load.cache import CACHE_DIR
from helpers import KRONG_PA, REPO, copy_repo, run_cli

pytestmark = pytest.mark.usefixtures("fs_backend")  # both file-safety backends

CACHED = {"CCHC_NO_CACHE": ""}
BROKEN = "assignments/phong-tu-phap.yaml"


class Boom:
    """A pickle that runs a command when loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (os.system, (f"touch {self.marker}",))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    _forget_key()
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    (root / BROKEN).write_text("agency: phong-tu-phap\nupdated: 1/9/2020\ntasks: [{task: x}]\n",
                               encoding="utf-8")
    return root


def validate(root: Path, **env: str) -> tuple[int, list[dict[str, object]]]:
    """Its exit code and errors (the shipped plan's review notes are warnings)."""
    result = run_cli("validate", "--root", str(root), "--format", "json", env={**CACHED, **env})
    return result.exit_code, [p for p in json.loads(result.stdout) if p["severity"] == "error"]


def test_a_forged_pickle_never_runs(repo: Path, tmp_path: Path) -> None:
    """The attack: an empty key, and a `.cchc-cache/run-validate` pickle calling os.system."""
    key = tmp_path / "xdg" / "cchc" / "key"
    key.parent.mkdir(parents=True)
    key.write_bytes(b"")
    marker = tmp_path / "ran"
    folder = repo / CACHE_DIR
    folder.mkdir()
    forged = pickle.dumps(Boom(marker))
    for name in ("run-validate", "run-status", *(p.name for p in folder.iterdir())):
        (folder / name).write_bytes(b"\x00" * 32 + b"cchc-cache-1" + forged)
    code, problems = validate(repo)
    assert code == 1
    assert {p["path"] for p in problems} == {BROKEN}
    assert not marker.exists()


def test_a_key_of_the_wrong_size_turns_the_cache_off(repo: Path, tmp_path: Path) -> None:
    key = tmp_path / "xdg" / "cchc" / "key"
    key.parent.mkdir(parents=True)
    for content in (b"", b"x" * 31, b"x" * 33):
        key.write_bytes(content)
        _forget_key()
        assert validate(repo)[0] == 1
        assert not (repo / CACHE_DIR).exists()


def test_the_key_is_made_once_by_concurrent_first_runs(tmp_path: Path) -> None:
    """Many processes making the key at once all end with the same 32 bytes."""
    code = ("import sys; from cchc_plan.load import cache; k = cache.secret(); "
            "sys.stdout.write(k.hex() if k else 'none')")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg"),
           "PYTHONPATH": str(REPO / "src")}
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=env)
             for _ in range(24)]
    keys = {p.communicate()[0].decode() for p in procs}
    assert len(keys) == 1
    (key,) = keys
    assert len(bytes.fromhex(key)) == 32
    folder = tmp_path / "xdg" / "cchc"
    assert sorted(p.name for p in folder.iterdir()) == ["key"]  # no temporary file left
    assert (folder / "key").stat().st_mode & 0o777 == 0o600


def test_a_relative_xdg_cache_home_is_ignored(repo: Path, tmp_path: Path) -> None:
    code, _ = validate(repo, XDG_CACHE_HOME="relative-cache")
    assert code == 1
    assert not (repo / "relative-cache").exists()
    assert not (Path.cwd() / "relative-cache").exists()
    assert (tmp_path / "home" / ".cache" / "cchc" / "key").stat().st_size == 32


def test_a_missing_home_is_not_created(repo: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nonexistent"
    code, problems = validate(repo, XDG_CACHE_HOME="", HOME=str(missing))
    assert code == 1
    assert {p["path"] for p in problems} == {BROKEN}
    assert not missing.exists()
    assert not (repo / CACHE_DIR).exists()  # no key, no cache


def test_a_cache_folder_that_is_a_link_is_not_used(repo: Path, tmp_path: Path) -> None:
    """`.cchc-cache -> /elsewhere` made cchc write 34 files there."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (repo / CACHE_DIR).symlink_to(elsewhere)
    for _ in range(2):
        assert validate(repo)[0] == 1
        run_cli("status", "--root", str(repo), "--format", "json", env=CACHED)
    assert list(elsewhere.iterdir()) == []


@pytest.mark.posix
@pytest.mark.parametrize("odd", ["link-to-zero", "fifo", "folder", "link"])
def test_a_cache_folder_holding_odd_entries_is_not_used(repo: Path, tmp_path: Path,
                                                        odd: str) -> None:
    """`run-validate -> /dev/zero` used 3.8 GB; a FIFO would hang."""
    cold = validate(repo, CCHC_NO_CACHE="1")
    validate(repo)  # fills the cache
    entry = repo / CACHE_DIR / "run-validate"
    entry.unlink()
    if odd == "link-to-zero":
        entry.symlink_to("/dev/zero")
    elif odd == "fifo":
        os.mkfifo(entry)
    elif odd == "folder":
        entry.mkdir()
    else:
        target = tmp_path / "planted"
        target.write_bytes(b"{}")
        entry.symlink_to(target)
    before = sorted(p.name for p in (repo / CACHE_DIR).iterdir())
    assert validate(repo) == cold
    assert sorted(p.name for p in (repo / CACHE_DIR).iterdir()) == before  # nothing written


def test_entries_are_plain_json(repo: Path) -> None:
    validate(repo)
    run_cli("status", "--root", str(repo), "--format", "json", env=CACHED)
    entries = [p for p in (repo / CACHE_DIR).iterdir() if p.name != ".gitignore"]
    assert len(entries) > 2
    for entry in entries:
        blob = entry.read_bytes()
        head, rest = blob.split(b"\n", 1)
        assert head == b"cchc-cache-2"
        json.loads(rest[32:])  # after the signature: JSON, nothing else


def test_a_result_committed_into_the_repository_is_not_trusted(repo: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               ) -> None:
    """An entry signed with another key (a pull request adding `.cchc-cache/run-validate`
    that says "no problems") is ignored."""
    other = copy_repo(KRONG_PA, tmp_path / "other")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "attacker"))
    _forget_key()
    assert validate(other)[0] == 0
    clean = (other / CACHE_DIR / "run-validate").read_bytes()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _forget_key()
    (repo / CACHE_DIR).mkdir()
    (repo / CACHE_DIR / "run-validate").write_bytes(clean)
    assert validate(repo)[0] == 1


def test_problems_survive_the_round_trip_exactly(repo: Path) -> None:
    """Problems hold Msg namedtuples: what comes back from the cache is equal, field by field."""
    from cchc_plan.app import validate as validate_repo

    cold = validate_repo(repo, use_cache=False).problems
    validate_repo(repo)
    warm = validate_repo(repo).problems
    assert warm == cold
    assert [type(p.message) for p in warm] == [type(p.message) for p in cold]
    assert all(isinstance(p.message.params, tuple) for p in warm)


def _forget_key() -> None:
    """The key is remembered per folder within a process; tests change the folder."""
    cache_module._secret_in.cache_clear()


def test_no_home_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert cache_module.key_dir() is None
    monkeypatch.setenv("HOME", "relative/home")
    assert cache_module.key_dir() is None


def test_a_full_disk_leaves_no_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails midway leaves no key at all (a 0-byte key once stayed for good)."""
    def full(_: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(os, "fsync", full)
    _forget_key()
    assert cache_module.secret() is None
    assert list((tmp_path / "xdg" / "cchc").iterdir()) == []
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _forget_key()
    key = cache_module.secret()
    assert key is not None
    assert len(key) == 32
