"""One rule for output folders (`app.writes`): what -o names is made when
missing, with its missing parents; an existing name that is not a folder is
refused for a batch with the same sentence everywhere; what -o names is never
a link. Runs on the mini fixture (fast)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import MINI, run_cli

AS_OF = "2020-09-15"
BATCHES = {
    "report --all": ["report", "--all", "--format", "md"],
    "form export --all": ["form", "export", "--all"],
    "site": ["site"],
}


def batch(name: str, out: Path) -> list[str]:
    return [*BATCHES[name], "--root", str(MINI), "--as-of", AS_OF, "-o", str(out), "--lang", "en"]


@pytest.mark.parametrize("name", sorted(BATCHES))
def test_a_batch_makes_its_folder_and_the_missing_ones_above(name: str, tmp_path: Path) -> None:
    out = tmp_path / "out" / "2020" / "all"
    done = run_cli(*batch(name, out))
    assert done.exit_code == 0, done.stderr
    assert out.is_dir()
    assert any(out.iterdir())


@pytest.mark.parametrize("name", sorted(BATCHES))
def test_a_batch_refuses_a_file_with_one_sentence(name: str, tmp_path: Path) -> None:
    out = tmp_path / "taken.txt"
    out.write_text("mine", encoding="utf-8")
    done = run_cli(*batch(name, out))
    assert done.exit_code == 2
    assert "writes several files: -o must be a folder" in done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("name", sorted(BATCHES))
def test_a_batch_never_writes_through_a_linked_folder(name: str, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "out"
    link.symlink_to(elsewhere, target_is_directory=True)
    done = run_cli(*batch(name, link))
    assert done.exit_code == 2
    assert "symbolic link" in done.stderr
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("name", sorted(BATCHES))
def test_a_folder_above_that_is_a_file_is_a_sentence(name: str, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    done = run_cli(*batch(name, tmp_path / "file" / "out"))
    assert done.exit_code == 2
    assert "is not a folder" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("args", [
    ["report", "--format", "md"],
    ["report", "--agency", "phong-noi-vu", "--format", "md"],
    ["form", "export", "--agency", "phong-noi-vu"],
])
def test_one_file_gets_its_missing_folders_made(args: list[str], tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.file"
    done = run_cli(*args, "--root", str(MINI), "--as-of", AS_OF, "-o", str(target))
    assert done.exit_code == 0, done.stderr
    assert target.is_file()


def test_a_folder_made_for_output_is_never_followed_as_a_link(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A link planted where cchc is about to make a folder (a race) is refused,
    not written through."""
    import os

    from cchc_plan.app import writes
    from cchc_plan.core.errors import TargetError

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    planted = tmp_path / "out"
    real = os.path.lexists

    def late(path: str | Path) -> bool:
        found = real(path)
        if Path(path) == planted and not found:
            planted.symlink_to(elsewhere, target_is_directory=True)
        return found

    monkeypatch.setattr(os.path, "lexists", late)
    with pytest.raises(TargetError):
        writes.output_folder(planted / "all", "--all")
    assert list(elsewhere.iterdir()) == []
