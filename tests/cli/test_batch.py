"""`report --all` and `form export --all` write their documents in worker
processes when there are enough (`app.batch`): the same files as one process
writes, and a problem with one file said as it would be without workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import KRONG_PA, copy_repo, run_cli

AS_OF = "15/9/2020"


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("command", [["report", "--all", "--format", "docx"],
                                     ["form", "export", "--all"]], ids=["report", "form"])
def test_workers_write_what_one_process_writes(tmp_path: Path, command: list[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    one = run_cli(*command, "--root", str(root), "--as-of", AS_OF, "--jobs", "1",
                  "-o", str(tmp_path / "one"))
    assert one.exit_code == 0, one.stderr
    monkeypatch.setattr("cchc_plan.app.batch.PER_WORKER", 1)
    many = run_cli(*command, "--root", str(root), "--as-of", AS_OF, "--jobs", "2",
                   "-o", str(tmp_path / "many"))
    assert many.exit_code == 0, many.stderr
    assert files(tmp_path / "many") == files(tmp_path / "one")
    assert len(files(tmp_path / "one")) >= 31


def test_a_file_in_the_way_is_said_from_a_worker(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    out = tmp_path / "forms"
    out.mkdir()
    (out / "phieu-tien-do-phong-noi-vu.xlsx").write_bytes(b"an officer's own file")
    monkeypatch.setattr("cchc_plan.app.batch.PER_WORKER", 1)
    result = run_cli("form", "export", "--all", "--root", str(root), "--as-of", AS_OF,
                     "--jobs", "2", "-o", str(out))
    assert result.exit_code == 2
    assert "phieu-tien-do-phong-noi-vu.xlsx" in result.stderr
    assert "--force" in result.stderr
    assert "Traceback" not in result.stderr
    assert (out / "phieu-tien-do-phong-noi-vu.xlsx").read_bytes() == b"an officer's own file"
