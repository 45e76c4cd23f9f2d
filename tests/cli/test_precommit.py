"""pre-commit in a repository made by `cchc new`: the shipped hook (language:
python, so pre-commit installs cchc itself) blocks a commit with a bad agency
file and lets an untracked draft be; `cchc validate --tracked` underneath."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import git, run_cli

CHECKOUT = Path(__file__).resolve().parents[2]
PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) \
    or shutil.which("pre-commit")
BAD = "agency: phong-noi-vu\ntasks:\n  - {task: '1.1', status: xong}\n"


@pytest.fixture
def repo(new_repo: Path) -> Path:
    git(new_repo, "init", "-q")
    return new_repo


def commit(root: Path, message: str) -> subprocess.CompletedProcess[str]:
    """`git commit` with the repository's hooks, as an officer runs it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env |= {"GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root.parent),
            "PRE_COMMIT_HOME": str(root.parent / "pre-commit-home"), "NO_COLOR": "1"}
    return subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org",
                           "-c", "commit.gpgsign=false", "commit", "-q", "-m", message],
                          cwd=root, env=env, capture_output=True, text=True, check=False)


def test_tracked_leaves_out_untracked_drafts(repo: Path) -> None:
    git(repo, "add", "-A")
    draft = repo / "assignments" / "phong-noi-vu.yaml"
    draft.write_text(BAD, encoding="utf-8")  # tracked: checked
    (repo / "assignments" / "phong-tu-phap.yaml").rename(repo / "assignments" / "nhap.yaml")
    assert run_cli("validate", "--root", str(repo), "--tracked").exit_code == 1
    git(repo, "checkout", "--", "assignments/phong-noi-vu.yaml")
    (repo / "assignments" / "nhap.yaml").write_text(BAD, encoding="utf-8")  # untracked draft
    quiet = run_cli("validate", "--root", str(repo), "--tracked")
    assert quiet.exit_code == 0, quiet.stdout
    assert "bỏ qua 1 tệp git chưa theo dõi: assignments/nhap.yaml" in quiet.stderr
    assert run_cli("validate", "--root", str(repo)).exit_code == 1  # without: every file
    found = json.loads(run_cli("validate", "--root", str(repo), "--tracked",
                               "--format", "json").stdout)
    assert all(p["path"] != "assignments/nhap.yaml" for p in found)


def test_tracked_outside_git_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "plain"
    assert run_cli("new", str(target)).exit_code == 0
    done = run_cli("validate", "--root", str(target), "--tracked")
    assert done.exit_code == 2
    assert "--tracked cần một kho git" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.network
@pytest.mark.git
@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is in the test extras")
def test_precommit_blocks_a_bad_agency_file(repo: Path) -> None:
    config = repo / ".pre-commit-config.yaml"
    text = config.read_text(encoding="utf-8")
    assert "language: python" in text
    assert "entry: cchc validate --tracked" in text
    # cchc-plan is not on PyPI yet: the hook installs this checkout instead of the release
    text, n = re.subn(r"additional_dependencies: \[.*\]",
                      f'additional_dependencies: ["cchc-plan @ {CHECKOUT.as_uri()}"]', text)
    assert n == 1
    config.write_text(text, encoding="utf-8")
    assert PRE_COMMIT is not None
    subprocess.run([PRE_COMMIT, "install"], cwd=repo, check=True, capture_output=True,
                   env={**os.environ, "HOME": str(repo.parent)})
    git(repo, "add", "-A")
    first = commit(repo, "kế hoạch mới")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "cchc validate" in first.stdout + first.stderr  # the hook ran

    agency = repo / "assignments" / "phong-noi-vu.yaml"
    agency.write_text(BAD, encoding="utf-8")
    git(repo, "add", str(agency))
    blocked = commit(repo, "cập nhật tiến độ")
    assert blocked.returncode != 0
    assert "assignments/phong-noi-vu.yaml:3:" in blocked.stdout + blocked.stderr
    assert "error[" in blocked.stdout + blocked.stderr

    git(repo, "reset", "-q", "HEAD", "--", str(agency))
    git(repo, "checkout", "--", str(agency))
    (repo / "assignments" / "nhap.yaml").write_text(BAD, encoding="utf-8")  # never added
    readme = repo / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "\nGhi chú.\n", encoding="utf-8")
    agency.write_text(agency.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git(repo, "add", str(readme), str(agency))
    allowed = commit(repo, "sửa README")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
