"""Writing files safely: atomically, never through a link, never clobbering.

Every path cchc writes is reached through the file-safety layer
(`core.fsafe`: relative to its folder already open, `dir_fd`, where the
platform has it; lstat-checked and re-checked on Windows), and never followed
if it is a link (a symbolic link, or on Windows a junction):

- the target: a link or anything but a regular file is refused
  (`TargetError`, reason "symlink" / "special" / "folder");
- the temporary file: a fresh name created with O_CREAT | O_EXCL (and
  O_NOFOLLOW where it exists), so nothing planted at that name is written through;
- the backup `<name>.bak` (with `force`): a fresh file holding a copy of the
  old bytes, renamed into place; a link there is refused.

New files get mode 0o666 less the umask (0644 under the usual 022), like any
file a user's program creates; the old file's mode is never copied. The new
bytes are written to the temporary file, flushed and fsynced, then renamed over
the target, so a crash leaves either the old file or the complete new one.
An existing file is replaced only with `force`. A target another program holds
open (Word or Excel on Windows) is a `WriteError` that says so; the temporary
file is removed and the old file is intact.

With `within`, the folders from `within` down to the target's are also opened
without following links (and made when missing): `cchc init` writes inside the
repository, whose `assignments` an agency's pull request could make a link.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from cchc_plan.core.errors import TargetError, WriteError
from cchc_plan.core.fsafe import Folder, is_link, is_locked, open_named
from cchc_plan.core.messages import msg, quoted

MAX_NAME_BYTES = 255


def safe_name(name: str) -> str:
    """Refuse a name that could leave its folder (`..`, `/`, `\\`, NUL)."""
    if not name or name in (".", "..") or any(c in name for c in "/\\\x00") or name.startswith("."):
        raise TargetError(msg("usage.bad-file-name", name=quoted(name)), "bad-name")
    return name


def check_target(path: Path, force: bool) -> None:
    """TargetError when `path` could not be written as asked, as `write_atomic`
    would say, before anything is written (for a command that writes many)."""
    _check_name(path.name)
    with open_folder(path.parent) as folder:
        _check_target(folder, path, force)


def write_atomic(path: Path, write: Callable[[BinaryIO], object], *, force: bool = False,
                 within: Path | None = None) -> Path:
    """Write `path` through `write(stream)`; returns the path written."""
    _check_name(path.name)
    with open_folder(path.parent, within) as folder:
        exists = _check_target(folder, path, force)
        tmp = _create(folder, path.name, path.parent)
        try:
            with os.fdopen(tmp.fd, "wb") as stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            if exists:
                _backup(folder, path)
            _put_in_place(folder, tmp.name, path, replace=exists)
        except OSError as exc:
            _discard(folder, tmp.name)
            raise _write_error(path, exc, exists) from None
        except BaseException:
            _discard(folder, tmp.name)
            raise
    return path


def _write_error(path: Path, exc: OSError, exists: bool) -> WriteError:
    """What to say when writing failed: a file held open by Word or Excel is
    named as such (the old file is intact, nothing half-written is left)."""
    if exists and is_locked(exc):
        return WriteError(msg("write.locked", path=path))
    return WriteError(msg("write.cannot-write", path=path, reason=_reason(exc)))


class _Temp:
    def __init__(self, fd: int, name: str) -> None:
        self.fd, self.name = fd, name


def _temp_name(name: str) -> str:
    return f".{name}.{os.urandom(6).hex()}.tmp"


def _create(folder: Folder, name: str, shown: Path) -> _Temp:
    """A new, empty temporary file next to `name`, mode 0o666 less the umask."""
    for _ in range(100):
        tmp = _temp_name(name)
        try:
            return _Temp(_open_new(folder, tmp), tmp)
        except FileExistsError:
            continue  # taken (or planted): try another name
        except OSError as exc:
            raise WriteError(msg("write.cannot-write-in", folder=shown,
                                 reason=_reason(exc))) from None
    raise WriteError(msg("write.cannot-write-in", folder=shown, reason="EEXIST"))


def _open_new(folder: Folder, name: str) -> int:
    return folder.create(name, 0o666)


def _check_name(name: str) -> None:
    if len(os.fsencode(name)) > MAX_NAME_BYTES:
        raise TargetError(msg("usage.name-too-long", name=quoted(name), limit=MAX_NAME_BYTES),
                          "bad-name")


def _lstat(folder: Folder, name: str) -> os.stat_result | None:
    try:
        return folder.lstat(name)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise WriteError(msg("write.cannot-write", path=name, reason=_reason(exc))) from None


def _check_target(folder: Folder, path: Path, force: bool) -> bool:
    """Whether `path` exists; TargetError when it may not be written."""
    found = _lstat(folder, path.name)
    backup = _lstat(folder, _backup_name(path.name)) if found and force else None
    for where, info in ((path, found), (path.with_name(_backup_name(path.name)), backup)):
        if info is None:
            continue
        if is_link(info):
            raise TargetError(msg("usage.symlink", path=where), "symlink")
        if stat.S_ISDIR(info.st_mode):
            raise TargetError(msg("usage.is-folder", path=where), "folder")
        if not stat.S_ISREG(info.st_mode):
            raise TargetError(msg("usage.not-regular-file", path=where), "special")
    if found is not None and not force:
        raise TargetError(msg("usage.file-exists", path=path), "exists")
    return found is not None


def _backup_name(name: str) -> str:
    return name + ".bak"


def _backup(folder: Folder, path: Path) -> None:
    """`<name>.bak`: a new file holding the old bytes (never the old mode),
    renamed into place; whatever stands at that name is replaced, not followed."""
    source = folder.open_read(path.name)
    with os.fdopen(source, "rb") as old:
        if not stat.S_ISREG(os.fstat(old.fileno()).st_mode):
            raise TargetError(msg("usage.not-regular-file", path=path), "special")
        tmp = _create(folder, path.name, path.parent)
        try:
            with os.fdopen(tmp.fd, "wb") as copy:
                while chunk := old.read(1 << 20):
                    copy.write(chunk)
                copy.flush()
                os.fsync(copy.fileno())
            folder.replace(tmp.name, _backup_name(path.name))
        except BaseException:
            _discard(folder, tmp.name)
            raise


def _put_in_place(folder: Folder, tmp: str, path: Path, *, replace: bool) -> None:
    """Rename the finished temporary file to its name. Without `replace`, a
    file that appeared there meanwhile is not clobbered."""
    if replace:
        folder.replace(tmp, path.name)
        return
    try:
        folder.place_new(tmp, path.name)
    except FileExistsError:
        raise TargetError(msg("usage.file-exists", path=path), "exists") from None


def make_folder(folder: Path, within: Path) -> Path:
    """`folder` inside `within`, made when missing; TargetError when it, or a
    folder on the way, is a link or not a folder (a committed `reports ->
    /elsewhere` must not send output elsewhere)."""
    with open_folder(folder, within):
        return folder


@contextlib.contextmanager
def open_folder(folder: Path, within: Path | None = None) -> Iterator[Folder]:
    """The folder, open. With `within`, each folder below `within` is opened
    without following a link, and made when missing."""
    if within is None:
        here = _open_top(folder)
    else:
        try:
            parts = folder.relative_to(within).parts
        except ValueError:
            raise TargetError(msg("usage.bad-file-name", name=quoted(str(folder))),
                              "bad-name") from None
        here = _open_top(within)
        for part in parts:
            try:
                inner = _open_sub(here, part)
            finally:
                here.close()
            here = inner
    try:
        yield here
    finally:
        here.close()


def _open_top(path: Path) -> Folder:
    try:
        return open_named(path)
    except FileNotFoundError:
        raise TargetError(msg("usage.no-folder", path=path), "no-folder") from None
    except OSError as exc:
        raise _folder_error(None, path.name, path, exc) from None


def _open_sub(parent: Folder, part: str) -> Folder:
    """A folder below the top one: made when missing, never through a link."""
    shown = parent.shown / part
    try:
        return parent.sub(part, make=True)
    except FileNotFoundError:
        raise TargetError(msg("usage.no-folder", path=shown), "no-folder") from None
    except OSError as exc:
        raise _folder_error(parent, part, shown, exc) from None


def _folder_error(parent: Folder | None, part: str, shown: Path,
                  exc: OSError) -> TargetError | WriteError:
    if exc.errno == errno.ENAMETOOLONG:
        return TargetError(msg("usage.name-too-long", name=quoted(str(shown)),
                               limit=MAX_NAME_BYTES), "bad-name")
    if exc.errno in (errno.ELOOP, errno.ENOTDIR):
        info = None
        with contextlib.suppress(OSError):
            info = parent.lstat(part) if parent is not None else os.lstat(shown)
        if info is not None and is_link(info):
            return TargetError(msg("usage.symlink", path=shown), "symlink")
        return TargetError(msg("usage.not-a-folder", path=shown), "not-folder")
    return WriteError(msg("write.cannot-write-in", folder=shown, reason=_reason(exc)))


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _discard(folder: Folder, name: str) -> None:
    with contextlib.suppress(OSError):
        folder.unlink(name)
