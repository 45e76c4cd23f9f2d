"""The content-hash cache: warm runs give exactly the cold results, and a
corrupt, stale or tampered entry is ignored and rebuilt."""

from __future__ import annotations

from pathlib import Path

import pytest

from cchc_plan.load.cache import CACHE_DIR
from helpers import KRONG_PA, REPO, copy_repo, run_cli

CACHED = {"CCHC_NO_CACHE": ""}
FILLED = """agency: phong-noi-vu
contact: {name: Nguyễn Thị Hoa, position: Chuyên viên}
updated: 1/10/2020
tasks:
  - task: "2.6"
    assignee: {name: Trần Văn Bình, position: Phó Trưởng phòng}
    status: done
    completed: 20/8/2020
    evidence: [{number: 45/NV, title: Giấy tiếp nhận hồ sơ mẫu mới}]
  - task: "7"
    assignee: {name: Lê Thị Cúc, position: Chuyên viên}
    status: in_progress
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    (root / "assignments" / "phong-noi-vu.yaml").write_text(FILLED, encoding="utf-8")
    return root


def outputs(root: Path, *extra: str) -> list[tuple[int, str]]:
    runs = [
        run_cli("validate", "--root", str(root), "--format", "json", *extra, env=CACHED),
        run_cli("status", "--root", str(root), "--as-of", "2020-10-15", "--format", "json",
                *extra, env=CACHED),
        run_cli("status", "--root", str(root), "--as-of", "2020-10-15", "--agency",
                "Phòng Nội vụ", "--lang", "en", *extra, env={**CACHED, "NO_COLOR": "1"}),
    ]
    return [(r.exit_code, r.stdout) for r in runs]


def test_warm_equals_cold(repo: Path) -> None:
    cold = outputs(repo, "--no-cache")
    assert not (repo / CACHE_DIR).exists()
    first = outputs(repo)
    assert (repo / CACHE_DIR).is_dir()
    assert outputs(repo) == first == cold


def test_parallel_equals_serial(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cchc_plan.load.reader.PARALLEL_MIN_BYTES", 0)  # workers even for these
    assert outputs(repo, "--no-cache", "--jobs", "2") == outputs(repo, "--no-cache", "--jobs", "1")


def test_a_changed_file_is_read_again(repo: Path) -> None:
    outputs(repo)
    target = repo / "assignments" / "phong-y-te.yaml"  # a blank scaffold
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("    status: not_started", "    status: dnoe", 1),
                      encoding="utf-8")
    warm = outputs(repo)
    assert warm == outputs(repo, "--no-cache")
    assert warm[0][0] == 1
    assert "dnoe" in warm[0][1]


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "swap"])
def test_tampered_entries_are_ignored(repo: Path, damage: str) -> None:
    cold = outputs(repo, "--no-cache")
    outputs(repo)
    entries = sorted(p for p in (repo / CACHE_DIR).iterdir() if p.name != ".gitignore")
    assert entries
    for index, entry in enumerate(entries):
        blob = entry.read_bytes()
        if damage == "flip":
            entry.write_bytes(blob[:-1] + bytes([blob[-1] ^ 1]))
        elif damage == "truncate":
            entry.write_bytes(blob[: len(blob) // 2])
        elif damage == "garbage":
            entry.write_bytes(b"\x80\x04not a pickle")
        else:  # another entry's valid content under this name
            entry.write_bytes(entries[(index + 1) % len(entries)].read_bytes())
    assert outputs(repo) == cold
    assert outputs(repo) == cold


def test_cache_folder_ignores_itself(repo: Path) -> None:
    outputs(repo)
    assert (repo / CACHE_DIR / ".gitignore").read_text(encoding="utf-8") == "*\n"
    assert ".cchc-cache/" in (REPO / ".gitignore").read_text(encoding="utf-8")
