"""The inputs of one run, listed and hashed once: a snapshot.

    inputs = snapshot(root)

Every later step of the run (the run-level cache key, the reader, the
per-file cache keys) uses this one snapshot, so a file that changes or
vanishes while cchc runs can never make a result that belongs to other bytes:
the snapshot keeps each file's SHA-256, not its bytes, and a file read again
where it is used is taken only if its bytes still have that digest (else it
is a problem, `input-changed`: run again).

Everything under the repository is untrusted, so the snapshot reads it
defensively:

- no link is followed below the repository folder: `plan`, `assignments`
  and every file are opened through the file-safety layer (`core.fsafe`:
  O_NOFOLLOW relative to their folder already open, or on Windows checked
  before and after the open; a junction counts as a link); a link is
  reported, never read;
- only regular files are read (a FIFO is opened non-blocking and never read;
  a folder named `x.yaml` is named as one), and the size is checked with
  fstat on the open file before any byte is read;
- an agency file's name is its identity: `<agency id>.yaml`, lower-case
  letters, digits and '-' (the id pattern). Other names ending in .yaml or
  .yml in any case are reported; files that do not look like YAML
  (README.md, x.yaml.bak) and hidden files are left alone.

What was skipped is said as problems (`snapshot.problems`), with codes.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from cchc_plan.core.fsafe import Folder, is_link, open_named
from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.core.problems import Problem
from cchc_plan.core.text import printable, slug
from cchc_plan.load.layout import AGENCIES_FILE, ASSIGNMENTS_DIR, PLAN_FILE
from cchc_plan.load.limits import MAX_FILE_BYTES

Kind = Literal["plan", "registry", "assignment"]
AGENCY_FILE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\.yaml")
"""The name of an agency's file: its id (the registry's id pattern) and .yaml."""
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class InputFile:
    """One input file as it was when the run began: its bytes' SHA-256 and
    size, or the problems that kept it from being read (`digest` is "" then).

    The bytes themselves are not kept: the snapshot reads each file once to
    hash it and lets go, and whoever uses the file reads it again (`take`,
    in a worker process as well) and gets the bytes only if they are still
    the snapshot's. So memory does not grow with the repository (holding
    every file's bytes was 1.9 MB of memory a MB of YAML, 674 MB for a
    country's files), and a result still never belongs to other bytes."""

    root: Path
    shown: str
    """The path relative to the repository, with '/': how problems name it."""
    kind: Kind
    size: int = 0
    digest: str = ""
    problems: list[Problem] = field(default_factory=list)

    @property
    def listed(self) -> bool:
        """Whether the snapshot read the file (its digest is known)."""
        return bool(self.digest)

    def hold(self, raw: bytes | None) -> None:
        """Remember the size and SHA-256 of the bytes read (None: not read)."""
        if raw is not None:
            self.size, self.digest = len(raw), hashlib.sha256(raw).hexdigest()

    def take(self) -> bytes | None:
        """The bytes of the snapshot, read again where they are used; None,
        with a problem added (`input-changed`), when the file is no longer
        what the snapshot hashed, or was never read."""
        if not self.listed:
            return None
        raw = self.read_again()
        if raw is None:
            self.problems.append(Problem(self.shown, 1, 1, "input-changed",
                                         msg("input-changed", path=self.shown),
                                         msg("hint.run-again")))
        return raw

    def read_again(self) -> bytes | None:
        """The bytes once more, the same way, and only if they are still the
        ones of the snapshot; None otherwise."""
        raw, problems = _read_file(self.root, self.shown.split("/"), self.shown)
        if problems or raw is None or hashlib.sha256(raw).hexdigest() != self.digest:
            return None
        return raw


@dataclass
class Inputs:
    """Every input of a run: the plan, the registry, the agency files (by
    name), and problems for what was skipped."""

    root: Path
    plan: InputFile
    registry: InputFile
    assignments: list[InputFile]
    problems: list[Problem]
    untracked: list[str] = field(default_factory=list)
    """Agency files left out because git does not track them (`tracked`)."""

    @property
    def files(self) -> list[InputFile]:
        return [self.plan, self.registry, *self.assignments]

    def key_parts(self) -> list[str]:
        """What a run's result depends on, as text for a cache key: each file's
        name and digest (or why it was not read), and what was skipped."""
        parts = []
        for item in self.files:
            parts += [item.kind, item.shown, item.digest, *(p.code for p in item.problems)]
        parts += [f"{p.path}:{p.code}" for p in self.problems]
        parts += [f"untracked:{path}" for path in self.untracked]
        return parts


def snapshot(root: Path, tracked: frozenset[str] | None = None) -> Inputs:
    """List and read the repository's inputs, once. With `tracked` (the
    names in assignments/ that git tracks), other agency files are left out
    and named in `untracked`; the plan and the registry are always read."""
    plan = _read_input(root, PLAN_FILE, "plan")
    registry = _read_input(root, AGENCIES_FILE, "registry")
    inputs = Inputs(root, plan, registry, [], [])
    inputs.assignments, inputs.problems = _read_assignments(root, tracked, inputs.untracked)
    return inputs


def _read_input(root: Path, path: Path, kind: Kind) -> InputFile:
    shown = path.as_posix()
    item = InputFile(root, shown, kind)
    raw, item.problems = _read_file(root, list(path.parts), shown)
    item.hold(raw)
    return item


def _read_file(root: Path, parts: list[str], shown: str) -> tuple[bytes | None, list[Problem]]:
    """One file's bytes, opened below `root` without following a link."""
    try:
        with _folder(root, parts[:-1]) as folder:
            assert folder is not None  # not missing_ok: a missing folder is refused
            return _read_at(folder, parts[-1], shown)
    except _Refused as refused:
        return None, [refused.problem(shown)]


def _read_at(folder: Folder, name: str, shown: str) -> tuple[bytes | None, list[Problem]]:
    try:
        info = folder.lstat(name)
    except OSError as exc:
        return None, [_unreadable(shown, exc)]
    kind = _kind_problem(info, shown)  # a device is never even opened
    if kind is not None:
        return None, [kind]
    try:
        fd = folder.open_read(name)
    except OSError as exc:
        return None, [_open_problem(folder, name, shown, exc)]
    try:
        info = os.fstat(fd)  # what was opened, which may differ from what was listed
        kind = _kind_problem(info, shown)
        if kind is not None:
            return None, [kind]
        if info.st_size > MAX_FILE_BYTES:
            return None, [_too_large(shown, info.st_size)]
        with os.fdopen(os.dup(fd), "rb") as stream:
            raw = _read_up_to_limit(stream, info.st_size)
    except OSError as exc:
        return None, [_unreadable(shown, exc)]
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:  # it grew since fstat
        return None, [_too_large(shown, len(raw))]
    return raw, []


def _read_up_to_limit(stream: BinaryIO, size: int) -> bytes:
    """The stream's bytes to its end, or MAX_FILE_BYTES + 1 of them if it has
    more: first the `size` it had when opened, and the rest only if it grew
    (asking for the limit at once made a 16 MB buffer for every file read)."""
    raw = stream.read(size + 1)
    if len(raw) > size:
        raw += stream.read(MAX_FILE_BYTES + 1 - len(raw))
    return raw


def _kind_problem(info: os.stat_result, shown: str) -> Problem | None:
    if is_link(info):
        return _problem(shown, "symlink", msg("symlink", path=shown), msg("hint.no-link"))
    if stat.S_ISDIR(info.st_mode):
        return _problem(shown, "not-a-file", msg("not-a-file", path=shown))
    if not stat.S_ISREG(info.st_mode):
        return _problem(shown, "special-file", msg("special-file", path=shown))
    return None


def _open_problem(folder: Folder, name: str, shown: str, exc: OSError) -> Problem:
    """Why a file listed as regular could not be opened (it changed meanwhile)."""
    with contextlib.suppress(OSError):
        found = _kind_problem(folder.lstat(name), shown)
        if found is not None:
            return found
    if exc.errno == errno.ELOOP:
        return _problem(shown, "symlink", msg("symlink", path=shown), msg("hint.no-link"))
    return _unreadable(shown, exc)


def _read_assignments(root: Path, tracked: frozenset[str] | None,
                      untracked: list[str]) -> tuple[list[InputFile], list[Problem]]:
    shown_dir = ASSIGNMENTS_DIR.as_posix()
    try:
        with _folder(root, list(ASSIGNMENTS_DIR.parts), missing_ok=True) as folder:
            if folder is None:
                return [], []
            return _list_assignments(root, folder, shown_dir, tracked, untracked)
    except _Refused as refused:
        return [], [refused.problem(shown_dir)]


def _list_assignments(root: Path, folder: Folder, shown_dir: str, tracked: frozenset[str] | None,
                      untracked: list[str]) -> tuple[list[InputFile], list[Problem]]:
    files: list[InputFile] = []
    problems: list[Problem] = []
    names = sorted(entry.name for entry in folder.entries())
    for name in names:
        if name.startswith(".") or not name.lower().endswith(YAML_SUFFIXES):
            continue
        shown = f"{shown_dir}/{printable(name)}"
        if tracked is not None and name not in tracked:
            untracked.append(shown)
            continue
        if not AGENCY_FILE.fullmatch(name):
            problems.append(_bad_name(shown, name))
            continue
        item = InputFile(root, shown, "assignment")
        raw, item.problems = _read_at(folder, name, shown)
        item.hold(raw)
        files.append(item)
    return files, problems


def _bad_name(shown: str, name: str) -> Problem:
    stem = name.rsplit(".", 1)[0]
    better = slug(stem)
    hint = msg("hint.rename", path=f"{ASSIGNMENTS_DIR.as_posix()}/{better}.yaml") if better \
        else msg("hint.file-name-format")
    return _problem(shown, "bad-file-name", msg("bad-file-name", name=quoted(name)), hint)


class _Refused(Exception):
    """A folder on the way could not be opened as a folder of the repository."""

    def __init__(self, code: str, shown: str, reason: str = "") -> None:
        super().__init__(code)
        self.code, self.shown, self.reason = code, shown, reason

    def problem(self, path: str) -> Problem:
        if self.code == "symlink":
            return _problem(path, "symlink", msg("symlink", path=self.shown), msg("hint.no-link"))
        if self.code == "not-a-folder":
            return _problem(path, "not-a-folder", msg("not-a-folder", path=self.shown))
        return _problem(path, "unreadable", msg("unreadable", reason=self.reason))


@contextlib.contextmanager
def _folder(root: Path, parts: list[str], *,
            missing_ok: bool = False) -> Iterator[Folder | None]:
    """The folder `root/parts...`, open; below `root` no link is followed.
    None when it is missing and `missing_ok`."""
    try:
        folder: Folder | None = open_named(root)
    except OSError as exc:
        raise _Refused("unreadable", str(root), exc.strerror or str(exc)) from None
    here: list[str] = []
    try:
        for part in parts:
            assert folder is not None
            here.append(part)
            try:
                inner = folder.sub(part)
            except FileNotFoundError:
                if missing_ok:
                    folder.close()
                    folder = None
                    break
                raise _Refused("unreadable", "/".join(here), os.strerror(errno.ENOENT)) from None
            except OSError as exc:
                raise _folder_refusal(folder, part, "/".join(here), exc) from None
            folder.close()
            folder = inner
        yield folder
    finally:
        if folder is not None:
            folder.close()


def _folder_refusal(parent: Folder, part: str, shown: str, exc: OSError) -> _Refused:
    try:
        found: os.stat_result | None = parent.lstat(part)
    except OSError:
        found = None
    if found is not None and is_link(found):
        return _Refused("symlink", shown)
    if exc.errno in (errno.ENOTDIR, errno.ELOOP):
        return _Refused("not-a-folder", shown)
    return _Refused("unreadable", shown, exc.strerror or str(exc))


def _problem(path: str, code: str, message: Msg, hint: Msg | None = None) -> Problem:
    return Problem(path, 1, 1, code, message, hint)


def _too_large(shown: str, size: int) -> Problem:
    return Problem(shown, 1, 1, "file-too-large",
                   msg("file-too-large", size=size, limit=MAX_FILE_BYTES), msg("hint.split-file"))


def _unreadable(shown: str, exc: OSError) -> Problem:
    return Problem(shown, 1, 1, "unreadable", msg("unreadable", reason=exc.strerror or exc))
