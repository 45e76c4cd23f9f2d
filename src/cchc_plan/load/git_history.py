"""The history of `assignments/`, read from git objects (never the work tree),
for the trend of `cchc site` and for whether an agency's file was submitted on
a past date (`submitted_on`: what the file said then, as committed).

    history = assignment_history(root, until=date(2021, 3, 31))
    for revision, project in projects_by_day(project, history): ...

One revision per commit day: the last commit of each day, along the first
parent of HEAD, among the commits that changed `assignments/`; its agency
files are the blobs of that commit's tree. The day is the commit date as
its committer's clock wrote it.

git runs through `load.git`, which leaves an untrusted repository nothing to
execute. Only `rev-parse`, `log` and `cat-file --batch[-check]` run, without diffs,
text conversion or filters. Work is bounded: at most MAX_COMMITS commits, a
tree of at most MAX_TREE_BYTES, agency files of at most MAX_FILE_BYTES (a
larger one counts as unreadable, as it would on disk) and MAX_TOTAL_BYTES of
file contents in all; sizes are asked for before any content is read. Older
days beyond a bound are left out and the history says it is `truncated`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from cchc_plan.load.git import run_git as _git
from cchc_plan.load.layout import ASSIGNMENTS_DIR
from cchc_plan.load.limits import MAX_FILE_BYTES
from cchc_plan.load.models import AssignmentFile
from cchc_plan.load.project import Loaded, Project
from cchc_plan.load.reader import read_assignment_bytes
from cchc_plan.load.yamlio import Document

MAX_COMMITS = 1000
MAX_TREE_BYTES = 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
_OID = re.compile(r"^(?:[0-9a-f]{40}|[0-9a-f]{64})$")
_FILE_MODES = (b"100644", b"100755")


@dataclass(frozen=True)
class Revision:
    day: date
    commit: str
    files: tuple[tuple[str, str | None], ...]
    """(shown path, blob id) of each agency file; None for a file too large to read."""


@dataclass
class History:
    revisions: list[Revision] = field(default_factory=list)
    """Oldest first."""
    blobs: dict[str, bytes] = field(default_factory=dict)
    truncated: bool = False


def assignment_history(root: Path, until: date, *, last_only: bool = False) -> History | None:
    """The revisions of `assignments/` by day through `until` (with `last_only`,
    the last one alone); None when `root` is not in a git work tree or git
    cannot run."""
    where = _git(root, ["rev-parse", "--is-inside-work-tree", "--show-prefix"])
    lines = where.decode("utf-8", "replace").split("\n") if where is not None else []
    if len(lines) != 3 or lines[0] != "true":
        return None
    folder = f"{lines[1]}{ASSIGNMENTS_DIR.as_posix()}"
    log = _git(root, ["log", "--first-parent", "--no-show-signature", "--no-color",
                      f"--max-count={MAX_COMMITS}", "--format=%H %cI", "HEAD", "--",
                      ASSIGNMENTS_DIR.as_posix()])
    if log is None:
        return History()  # no commit yet
    commits = _last_of_each_day(log.decode("ascii", "replace").splitlines(), until)
    commits = commits[:1] if last_only else commits
    history = History(truncated=len(log.splitlines()) >= MAX_COMMITS)
    trees = _trees(root, [f"{commit}:{folder}" for _, commit in commits], history)
    sizes = _sizes(root, sorted({oid for files in trees for _, oid in files if oid}))
    budget = MAX_TOTAL_BYTES
    wanted: dict[str, None] = {}
    for (day, commit), files in zip(commits, trees, strict=False):
        new = {oid for _, oid in files if oid and oid not in wanted}
        cost = sum(sizes.get(oid, 0) for oid in new if sizes.get(oid, 0) <= MAX_FILE_BYTES)
        if cost > budget:
            history.truncated = True
            break
        budget -= cost
        wanted.update(dict.fromkeys(o for o in new if sizes.get(o, MAX_FILE_BYTES + 1)
                                    <= MAX_FILE_BYTES))
        kept = tuple((f"{ASSIGNMENTS_DIR.as_posix()}/{name}", oid if oid in wanted else None)
                     for name, oid in files)
        history.revisions.append(Revision(day, commit, kept))
    history.revisions.reverse()
    history.blobs = _contents(root, list(wanted))
    return history


def submitted_on(root: Path, as_of: date) -> dict[str, bool] | None:
    """Agency id (the file's name) -> whether its file, as last committed on or
    before `as_of`, was submitted then: signed (`contact.name`) and updated by
    that day. None outside git or before any commit; a file not committed by
    then is not in it (the caller judges it from the file itself)."""
    history = assignment_history(root, as_of, last_only=True)
    if history is None or not history.revisions:
        return None
    said = {}
    for shown, oid in history.revisions[-1].files:
        raw = history.blobs.get(oid) if oid else None
        model = read_assignment_bytes([(shown, raw)])[0][0].model if raw is not None else None
        said[Path(shown).stem] = bool(model is not None and model.contact
                                      and model.contact.name and model.updated <= as_of)
    return said


def projects_by_day(base: Project, history: History) -> Iterator[tuple[Revision, Project]]:
    """`base` (its plan and registry) with the agency files of each revision;
    a blob seen before is not parsed again. No cross-file checks: status needs
    none."""
    parsed: dict[tuple[str, str | None], Loaded[AssignmentFile]] = {}
    for revision in history.revisions:
        loaded = []
        for shown, oid in revision.files:
            key = (shown, oid)
            if key not in parsed:
                raw = history.blobs.get(oid) if oid else None
                parsed[key] = (read_assignment_bytes([(shown, raw)])[0][0] if raw is not None
                               else Loaded(shown, Document(shown), None))
            loaded.append(parsed[key])
        yield revision, replace(base, assignments=loaded, problems=[])


def _last_of_each_day(lines: list[str], until: date) -> list[tuple[date, str]]:
    """(day, commit) of the newest commit of each day through `until`, newest first."""
    seen: dict[date, str] = {}
    for line in lines:
        commit, _, when = line.partition(" ")
        try:
            day = date.fromisoformat(when[:10])
        except ValueError:
            continue
        if _OID.match(commit) and day <= until and day not in seen:
            seen[day] = commit
    return sorted(seen.items(), reverse=True)


def _trees(root: Path, specs: list[str], history: History) -> list[list[tuple[str, str | None]]]:
    """The agency files (name, blob id) of `assignments/` at each spec; a
    commit without the folder has none. Stops at a tree over the bound."""
    checked = _batch_check(root, specs)
    wanted = []
    for spec in specs:
        oid, kind, size = checked.get(spec, ("", "", 0))
        if kind == "tree" and size > MAX_TREE_BYTES:
            history.truncated = True
            break
        wanted.append(oid if kind == "tree" else "")
    contents = _contents(root, sorted({oid for oid in wanted if oid}))
    return [_tree_files(contents[oid], len(oid) // 2) if oid in contents else []
            for oid in wanted]


def _tree_files(raw: bytes, oid_bytes: int) -> list[tuple[str, str | None]]:
    """Regular files named *.yaml or *.yml in a raw tree object, by name."""
    out = []
    at = 0
    while at < len(raw):
        space = raw.find(b" ", at)
        nul = raw.find(b"\0", space + 1)
        if space < 0 or nul < 0 or nul + 1 + oid_bytes > len(raw):
            break
        mode, name = raw[at:space], raw[space + 1:nul]
        oid = raw[nul + 1:nul + 1 + oid_bytes].hex()
        at = nul + 1 + oid_bytes
        if mode in _FILE_MODES and name.endswith((b".yaml", b".yml")):
            try:
                out.append((name.decode("utf-8"), oid))
            except UnicodeDecodeError:
                continue
    return sorted(out)


def _sizes(root: Path, oids: list[str]) -> dict[str, int]:
    return {oid: size for oid, (_, kind, size) in _batch_check(root, oids).items()
            if kind == "blob"}


def _batch_check(root: Path, names: list[str]) -> dict[str, tuple[str, str, int]]:
    """name -> (object id, type, size) for the names git knows."""
    if not names or any("\n" in n for n in names):
        return {}
    out = _git(root, ["cat-file", "--batch-check"], "".join(f"{n}\n" for n in names).encode())
    lines = out.decode("utf-8", "replace").split("\n") if out is not None else []
    found = {}
    for name, line in zip(names, lines, strict=False):
        fields = line.split(" ")
        if len(fields) == 3 and _OID.match(fields[0]) and fields[2].isdigit():
            found[name] = (fields[0], fields[1], int(fields[2]))
    return found


def _contents(root: Path, oids: list[str]) -> dict[str, bytes]:
    """The bytes of objects whose sizes were checked, by id."""
    if not oids:
        return {}
    out = _git(root, ["cat-file", "--batch"], "".join(f"{o}\n" for o in oids).encode())
    found: dict[str, bytes] = {}
    at = 0
    while out is not None and at < len(out):
        end = out.find(b"\n", at)
        fields = out[at:end].split(b" ") if end >= 0 else []
        if len(fields) != 3 or not fields[2].isdigit():
            break
        size = int(fields[2])
        found[fields[0].decode("ascii")] = out[end + 1:end + 1 + size]
        at = end + 1 + size + 1
    return found
