"""Property tests: whatever bytes arrive, `cchc` answers with problems or success,
never an exception; text that differs only in encoding means the same."""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import shutil
import tempfile
import unicodedata
from datetime import date
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_plan.app import open_project
from cchc_plan.check import run_checks
from cchc_plan.core.problems import Problem, sorted_problems
from cchc_plan.load.models import AssignmentFile
from cchc_plan.load.project import Project
from cchc_plan.load.reader import model_from_bytes
from cchc_plan.load.yamlio import load_bytes
from helpers import EXAMPLES as EXAMPLE_FILES
from helpers import MINI, copy_repo, run_cli

BASE = open_project(MINI, today=date(2030, 1, 1), use_cache=False)
REAL = (EXAMPLE_FILES / "positive" / "phong-noi-vu.yaml").read_bytes()
NAME = "assignments/phong-noi-vu.yaml"
EXAMPLES = int(os.environ.get("CCHC_FUZZ_EXAMPLES", "300"))  # raise it for a long run
FAST = settings(max_examples=EXAMPLES, deadline=2000,
                suppress_health_check=[HealthCheck.too_slow])


def validate(raw: bytes) -> list[Problem]:
    """The whole pipeline for one agency file against the mini plan."""
    loaded, problems = model_from_bytes(raw, NAME, AssignmentFile)
    project = Project(BASE.root, BASE.plan, BASE.registry, [loaded], [],
                      BASE.directory, BASE.today)
    result = sorted_problems([*problems, *run_checks(project)])
    for problem in result:
        assert problem.path == NAME
        assert problem.line >= 1
        assert problem.column >= 1
        assert problem.code
        assert problem.message
    return result


def test_the_real_file_is_clean() -> None:
    assert validate(REAL) == []


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes(raw: bytes) -> None:
    load_bytes(raw, "f.yaml")
    validate(raw)


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20), st.dates().map(str))
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["agency", "updated", "tasks", "task", "status",
                                       "completed", "evidence", "periods", "period", "title",
                                       "contact", "name", "events", "x"]) | st.text(max_size=8),
                      inner, max_size=5),
    max_leaves=30,
)


@FAST
@given(documents)
def test_random_documents(data: object) -> None:
    validate(yaml.safe_dump(data, allow_unicode=True).encode("utf-8"))


@st.composite
def mutations(draw: st.DrawFn) -> bytes:
    lines = REAL.decode("utf-8").split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "insert", "swap", "truncate"]))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "insert":
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.text(max_size=3)) + lines[i][pos:]
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        if not lines:
            lines = [""]
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@FAST
@given(mutations())
def test_mutations_of_a_real_file(raw: bytes) -> None:
    validate(raw)


@FAST
@given(mutations(), st.sampled_from(["bom", "crlf", "nfd", "all"]))
def test_encoding_changes_nothing(raw: bytes, how: str) -> None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return
    changed = text
    if how in ("nfd", "all"):
        changed = unicodedata.normalize("NFD", changed)
    if how in ("crlf", "all"):
        changed = changed.replace("\n", "\r\n")
    encoded = changed.encode("utf-8", "surrogatepass")
    if how in ("bom", "all"):
        encoded = codecs.BOM_UTF8 + encoded
    if "\r" in text or "\ufeff" in text:
        return  # the mutation itself already played with line ends or BOMs

    assert validate(encoded) == validate(raw)


# --- hostile repositories (issue 12) ---------------------------------------------------------

GOOD_FILE = (b"agency: phong-tu-phap\nupdated: 1/9/2020\n"
             b"tasks:\n  - {task: \"2.10\", status: in_progress, assignee: {name: An}}\n")
ODD_NAMES = ["UPPER.YAML", "Phòng.yaml", "a b.yaml", "a\nb.yaml", "a\x1b[31m.yaml",
             "x:y,z%.yaml", "a.yml", "-.yaml", "x" * 250 + ".yaml", "\u202eevil.yaml",
             "phong-noi-vu.yaml.bak", ".hidden.yaml", "README.md"]
CONTENTS = [GOOD_FILE, b"agency: phong-noi-vu\nupdated: 1/9/2020\n",
            b"<<<<<<< HEAD\nagency: x\n=======\nagency: y\n>>>>>>> b\n",
            b'agency: phong-tu-phap\nupdated: 1/9/2020\ncontact: {name: "\\e]52;c;eA==\\a"}\n',
            b"agency: phong-tu-phap\nupdated: 31/12/9999\n", b"\x00\x01", b"",
            b"agency: ubnd-xa-thi-tran\nupdated: 1/9/2020\n"]

hostile_steps = st.lists(st.one_of(
    st.tuples(st.just("file"), st.sampled_from(["phong-tu-phap", "phong-noi-vu", "ubnd-xa-a"]),
              st.sampled_from(CONTENTS)),
    st.tuples(st.just("odd-name"), st.sampled_from(ODD_NAMES), st.sampled_from(CONTENTS)),
    st.tuples(st.just("link"), st.sampled_from(["phong-noi-vu.yaml", "ubnd-xa-b.yaml"]),
              st.sampled_from(["OUTSIDE/secret.yml", "/dev/zero", "phong-tu-phap.yaml",
                               "missing.yaml", "OUTSIDE", ".."])),
    st.tuples(st.just("fifo"), st.sampled_from(["phong-noi-vu.yaml", "ubnd-xa-c.yaml"]),
              st.just(b"")),
    st.tuples(st.just("folder"), st.sampled_from(["ubnd-xa-d.yaml", "phong-noi-vu.yaml"]),
              st.just(b"")),
    st.tuples(st.just("cache"), st.sampled_from(["link-folder", "garbage", "link-entry",
                                                 "fifo-entry", "truncate", "swap",
                                                 "short-key", "link-key"]), st.just(b"")),
    st.tuples(st.just("assignments"), st.sampled_from(["file", "link"]), st.just(b"")),
), min_size=1, max_size=6)


Step = tuple[str, str, bytes | str]


def apply_step(root: Path, outside: Path, step: Step) -> None:
    kind, name, content = step
    folder = root / "assignments"
    if kind == "assignments":
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):
            folder.unlink()
        if name == "file":
            folder.write_bytes(b"x\n")
        else:
            folder.symlink_to(outside)
        return
    if not folder.is_dir() or folder.is_symlink():
        return
    target = folder / (f"{name}.yaml" if kind == "file" else name)
    if target.is_symlink() or target.exists():
        return
    if kind in ("file", "odd-name"):
        assert isinstance(content, bytes)
        target.write_bytes(content)
    elif kind == "link":
        target.symlink_to(str(content).replace("OUTSIDE", str(outside)))
    elif kind == "fifo":
        if hasattr(os, "mkfifo"):  # no FIFOs on Windows
            os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    else:
        tamper_cache(root, outside, name)


def tamper_cache(root: Path, outside: Path, how: str) -> None:
    cache = root / ".cchc-cache"
    key = outside.parent / "xdg" / "cchc" / "key"
    if how == "link-folder":
        if not cache.exists() and not cache.is_symlink():
            cache.symlink_to(outside)
        return
    if how in ("short-key", "link-key"):
        if key.exists() or key.is_symlink():
            key.unlink()
        key.parent.mkdir(parents=True, exist_ok=True)
        if how == "short-key":
            key.write_bytes(b"k" * 31)
        else:
            key.symlink_to(outside / "secret.yml")
        return
    if not cache.is_dir() or cache.is_symlink():
        return
    entries = sorted(p for p in cache.iterdir() if p.name != ".gitignore" and p.is_file()
                     and not p.is_symlink())
    if not entries:
        return
    entry = entries[0]
    if how == "garbage":
        entry.write_bytes(b"cchc-cache-2\n" + b"\0" * 32 + b'{"files": 0, "problems": []}')
    elif how == "truncate":
        entry.write_bytes(entry.read_bytes()[:40])
    elif how == "swap":
        entry.write_bytes(entries[-1].read_bytes())
    else:
        entry.unlink()
        if how == "fifo-entry" and hasattr(os, "mkfifo"):  # no FIFOs on Windows
            os.mkfifo(entry)
        else:
            entry.symlink_to("/dev/zero")


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink()}


@settings(max_examples=max(EXAMPLES // 10, 5), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(hostile_steps)
def test_hostile_repositories(steps: list[Step]) -> None:
    """Links, special files, odd names and a tampered cache: cchc answers with
    problems, never an exception or a hang, writes nothing outside its cache,
    and a warm run says what a cold one says."""
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        outside = base / "OUTSIDE"
        outside.mkdir()
        (outside / "secret.yml").write_bytes(b"agency: TOKEN-s3cr3t\nupdated: 1/9/2020\n")
        root = copy_repo(MINI, base / "repo")
        (root / "assignments" / "phong-tu-phap.yaml").write_bytes(GOOD_FILE)
        env = {"CCHC_NO_CACHE": "", "XDG_CACHE_HOME": str(base / "xdg"), "HOME": str(base)}
        first_run = run_cli("validate", "--root", str(root), "--format", "json", env=env)
        for step in steps:
            with contextlib.suppress(OSError):
                apply_step(root, outside, step)
        before = tree(outside)
        cold = run_cli("validate", "--root", str(root), "--format", "json", "--no-cache")
        warm = [run_cli("validate", "--root", str(root), "--format", "json", env=env)
                for _ in range(2)]
        github = run_cli("validate", "--root", str(root), "--format", "github", env=env)
        status = run_cli("status", "--root", str(root), "--as-of", "2020-09-15", env=env)
        assert first_run.exit_code == 0
        for run in (cold, *warm, github, status):
            assert run.exit_code in (0, 1), run.stderr
            assert "Traceback" not in run.stderr
            assert "s3cr3t" not in run.stdout + run.stderr
        assert [(w.exit_code, w.stdout) for w in warm] == [(cold.exit_code, cold.stdout)] * 2
        found = json.loads(cold.stdout)
        lines = github.stdout.splitlines()
        assert len(lines) == len(found)
        assert all(line.startswith("::error file=") for line in lines)
        assert tree(outside) == before
