"""Writing a folder of generated files (a web site) safely.

    write_folder(folder, {"index.html": b"...", "co-quan/x.html": make_page},
                 generator="cchc site", force=False)

A file is given as its bytes, or as a function that makes them when it is
written: then only the files being written are in memory at once.

- Only inside `folder`: every relative path is checked (no `..`, no absolute
  path, no name starting with a dot), and a subfolder that exists must be a
  real folder, never a symbolic link that would lead elsewhere.
- Each file is written atomically (`write_atomic`): a reader sees the old
  file or the complete new one. Several are written at once (threads), as
  each waits for the disk; the manifest is written last.
- A folder is recognised as an earlier output by its manifest, `MANIFEST`
  (JSON naming the generator and every file written). Writing into an empty
  or new folder, or into an earlier output of the same generator, needs no
  `force`; any other non-empty folder is refused without it. Files of the
  earlier output that the new one no longer has are removed (only those the
  manifest lists, and only regular files or links, never what they point at),
  and the files it rewrites are replaced without a `.bak` copy; with `force`,
  a file that is not the earlier output's is replaced with its `.bak` kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from cchc_plan.core.errors import TargetError, WriteError
from cchc_plan.core.fsafe import is_locked, path_is_link
from cchc_plan.core.messages import msg, quoted
from cchc_plan.core.writeout import write_atomic

MANIFEST = "cchc-site.json"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
WRITERS = 8
"""Files written at once: each waits for its fsync, and waiting overlaps."""
_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def check_relative(name: str) -> str:
    """A path inside the folder: '/'-separated parts of letters, digits, '.',
    '_' and '-', none starting with a dot or holding '..'."""
    parts = name.split("/")
    if not name or len(name) > 1024 or not all(_PART.match(p) and ".." not in p for p in parts):
        raise TargetError(msg("usage.bad-file-name", name=quoted(name)), "bad-name")
    return name


Payload = bytes | Callable[[], bytes]


def write_folder(folder: Path, files: Mapping[str, Payload], *, generator: str,
                 force: bool = False) -> list[Path]:
    """Write `files` (relative path -> bytes, or a function making them) into
    `folder`; the paths written, the manifest last."""
    for name in files:
        check_relative(name)
    earlier = _prepare(folder, generator, force)
    previous = set(earlier or ())
    for name in sorted(previous - set(files)):
        _remove_stale(folder, name)
    targets = [(_target(folder, name), payload, name in previous)
               for name, payload in files.items()]
    written = _write_all(targets, force)
    manifest = json.dumps({"generator": generator, "files": sorted(files)}, indent=1).encode()
    written.append(_write_one(folder / MANIFEST, manifest, replace=earlier is not None,
                              force=force))
    return written  # mode 0o666 less the umask, as writeout makes every file


def _write_all(targets: list[tuple[Path, Payload, bool]], force: bool) -> list[Path]:
    """Each file made here, in order, and written by one of WRITERS threads
    (the fsyncs overlap); at most 2 * WRITERS made files wait at once."""
    written: list[Path] = []
    pending: deque[Future[Path]] = deque()
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        for target, given, replace in targets:
            payload = given() if callable(given) else given
            pending.append(pool.submit(_write_one, target, payload, replace=replace,
                                       force=force))
            if len(pending) >= 2 * WRITERS:
                written.append(pending.popleft().result())
        written += [f.result() for f in pending]
    return written


def _write_one(target: Path, payload: bytes, *, replace: bool, force: bool) -> Path:
    """Write one file atomically. A file of the earlier output is replaced in
    one rename, without a .bak copy: written under a fresh hidden name first."""
    if not replace:
        return write_atomic(target, lambda s: s.write(payload), force=force)
    fresh = target.with_name(f".{target.name}.{os.urandom(6).hex()}.new")
    write_atomic(fresh, lambda s: s.write(payload))
    try:
        os.replace(fresh, target)  # over a link, replaces the link itself
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(fresh)
        if is_locked(exc):
            raise WriteError(msg("write.locked", path=target)) from None
        raise WriteError(msg("write.cannot-write", path=target,
                             reason=exc.strerror or exc)) from None
    return target


def _prepare(folder: Path, generator: str, force: bool) -> list[str] | None:
    """Make the folder if needed; the files of the earlier output in it, or
    None when it holds none. A non-empty folder that is not one needs `force`."""
    if folder.exists() and not folder.is_dir():
        raise TargetError(msg("usage.site-not-folder", path=folder), "special")
    folder.mkdir(parents=True, exist_ok=True)
    earlier = read_manifest(folder, generator)
    if earlier is None and any(folder.iterdir()) and not force:
        raise TargetError(msg("usage.site-not-empty", path=folder), "not-site")
    return earlier


def read_manifest(folder: Path, generator: str) -> list[str] | None:
    """The files an earlier output of `generator` wrote in `folder`, or None
    when the folder holds no such output (no manifest, or one that is not
    ours or does not parse). Names that could leave the folder are dropped."""
    path = folder / MANIFEST
    try:
        info = path.lstat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_MANIFEST_BYTES:
        return None
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("generator") != generator:
        return None
    names = data.get("files")
    if not isinstance(names, list):
        return None
    return [n for n in names if isinstance(n, str) and _is_relative(n) and n != MANIFEST]


def _is_relative(name: str) -> bool:
    try:
        check_relative(name)
    except TargetError:
        return False
    return True


def _target(folder: Path, name: str) -> Path:
    """The path of `name`, its subfolders made; none of them may be a link."""
    here = folder
    for part in name.split("/")[:-1]:
        here = here / part
        if path_is_link(here):  # a symlink, or a junction on Windows
            raise TargetError(msg("usage.site-link", path=here), "symlink")
        here.mkdir(exist_ok=True)
        if not here.is_dir():
            raise TargetError(msg("usage.site-not-folder", path=here), "special")
    return folder / name


def _remove_stale(folder: Path, name: str) -> None:
    """Remove one file of the earlier output: a regular file or a link (the
    link itself), never through a linked subfolder."""
    here = folder
    for part in name.split("/")[:-1]:
        here = here / part
        if path_is_link(here) or not here.is_dir():
            return
    path = folder / name
    with contextlib.suppress(OSError):
        mode = path.lstat().st_mode
        if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
            os.unlink(path)
