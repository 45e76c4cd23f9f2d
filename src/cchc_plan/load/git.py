"""git as a plain program: for the history of `assignments/` (`load.git_history`)
and the files git tracks (`cchc validate --tracked`, the pre-commit hook).

The repository is untrusted (a plan folder may come on a USB stick, its
`.git/config` written by anyone), so git runs with a fixed argument list, no
shell, and settings on the command line (which win over the repository's)
that leave it nothing to execute:

- `core.fsmonitor` would run a program whenever the index is read;
- `log.showSignature` would run `gpg.program` for every commit shown;
- `safe.bareRepository=explicit`: a bare repository planted inside the plan
  folder (its own `config`, `HEAD`, `objects/`) is never used;
- every transport is refused (`protocol.*.allow=never`, `GIT_NO_LAZY_FETCH`),
  so a partial clone cannot fetch a missing object through `ext::` (which
  runs a command) or `core.sshCommand`;
- no hooks (`core.hooksPath`), no automatic gc or maintenance, no pager, no
  colour, no replace objects, literal pathspecs;
- the caller's GIT_* environment (GIT_DIR of a hook, GIT_EXTERNAL_DIFF...) is
  not passed on, except an absolute GIT_INDEX_FILE: the index a commit is
  being made from (`git commit -a` runs its hooks on a temporary index).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

TIMEOUT = 60.0  # seconds for one git command

GIT_CONFIG = (
    "core.fsmonitor=false",
    "core.hooksPath=/dev/null",
    "log.showSignature=false",
    "safe.bareRepository=explicit",
    "protocol.allow=never",
    *(f"protocol.{name}.allow=never" for name in ("ext", "file", "ssh", "git", "http", "https")),
    "gc.auto=0",
    "maintenance.auto=false",
    "core.pager=cat",
    "color.ui=false",
)
GIT_ENV = {
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_OPTIONAL_LOCKS": "0",
    "GIT_NO_REPLACE_OBJECTS": "1",
    "GIT_LITERAL_PATHSPECS": "1",
    "GIT_NO_LAZY_FETCH": "1",
    "LC_ALL": "C",
}

def run_git(root: Path, args: list[str], feed: bytes | None = None) -> bytes | None:
    """git's standard output, or None when it cannot run or fails."""
    program = shutil.which("git")
    if program is None:
        return None
    command = [program, "--no-pager", *(a for c in GIT_CONFIG for a in ("-c", c)), *args]
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")} | GIT_ENV
    index = os.environ.get("GIT_INDEX_FILE", "")
    if os.path.isabs(index):
        env["GIT_INDEX_FILE"] = index
    try:
        done = subprocess.run(command, cwd=root, input=feed, capture_output=True, env=env,
                              timeout=TIMEOUT, check=False,
                              stdin=subprocess.DEVNULL if feed is None else None)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def tracked_names(root: Path, folder: str) -> frozenset[str] | None:
    """The names of the files directly in `root/folder` that git tracks
    (committed or added to the index); None when `root` is not in a git work
    tree or git cannot run."""
    out = run_git(root, ["ls-files", "-z", "--cached", "--", folder])
    if out is None:
        return None
    prefix = f"{folder}/"
    paths = (p.decode("utf-8", "surrogateescape") for p in out.split(b"\0") if p)
    return frozenset(p[len(prefix):] for p in paths
                     if p.startswith(prefix) and "/" not in p[len(prefix):])


def history_key(root: Path, when: date, today: date) -> str:
    """What a past date's status also depends on: the commit the files' history
    is read from (`engine.obligations.submitted_then`); nothing for today."""
    if when >= today:
        return ""
    head = run_git(root, ["rev-parse", "--verify", "-q", "HEAD"])
    return head.decode("ascii", "replace").strip() if head else ""
