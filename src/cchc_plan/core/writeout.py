"""Writing files safely: atomically, never through a symlink, never clobbering.

Every path cchc writes is opened relative to its folder, already open
(`dir_fd`), and never followed if it is a symbolic link:

- the target: a symlink or anything but a regular file is refused
  (`TargetError`, reason "symlink" / "special" / "folder");
- the temporary file: a fresh name created with O_CREAT | O_EXCL | O_NOFOLLOW,
  so nothing planted at that name is written through;
- the backup `<name>.bak` (with `force`): a fresh file holding a copy of the
  old bytes, renamed into place; a symlink there is refused.

New files get mode 0o666 less the umask (0644 under the usual 022), like any
file a user's program creates; the old file's mode is never copied. The new
bytes are written to the temporary file, flushed and fsynced, then renamed over
the target, so a crash leaves either the old file or the complete new one.
An existing file is replaced only with `force`.

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
from cchc_plan.core.messages import msg, quoted

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
CLOEXEC = getattr(os, "O_CLOEXEC", 0)
DIRECTORY = getattr(os, "O_DIRECTORY", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)
NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | CLOEXEC
READ_FILE = os.O_RDONLY | NOFOLLOW | NONBLOCK | CLOEXEC
OPEN_FOLDER = os.O_RDONLY | DIRECTORY | CLOEXEC
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
            raise WriteError(msg("write.cannot-write", path=path, reason=_reason(exc))) from None
        except BaseException:
            _discard(folder, tmp.name)
            raise
    return path


class _Temp:
    def __init__(self, fd: int, name: str) -> None:
        self.fd, self.name = fd, name


def _temp_name(name: str) -> str:
    return f".{name}.{os.urandom(6).hex()}.tmp"


def _create(folder: int, name: str, shown: Path) -> _Temp:
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


def _open_new(folder: int, name: str) -> int:
    return os.open(name, NEW_FILE, 0o666, dir_fd=folder)


def _check_name(name: str) -> None:
    if len(os.fsencode(name)) > MAX_NAME_BYTES:
        raise TargetError(msg("usage.name-too-long", name=quoted(name), limit=MAX_NAME_BYTES),
                          "bad-name")


def _lstat(folder: int, name: str) -> os.stat_result | None:
    try:
        return os.stat(name, dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise WriteError(msg("write.cannot-write", path=name, reason=_reason(exc))) from None


def _check_target(folder: int, path: Path, force: bool) -> bool:
    """Whether `path` exists; TargetError when it may not be written."""
    found = _lstat(folder, path.name)
    backup = _lstat(folder, _backup_name(path.name)) if found and force else None
    for where, info in ((path, found), (path.with_name(_backup_name(path.name)), backup)):
        if info is None:
            continue
        if stat.S_ISLNK(info.st_mode):
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


def _backup(folder: int, path: Path) -> None:
    """`<name>.bak`: a new file holding the old bytes (never the old mode),
    renamed into place; whatever stands at that name is replaced, not followed."""
    source = os.open(path.name, READ_FILE, dir_fd=folder)
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
            os.replace(tmp.name, _backup_name(path.name), src_dir_fd=folder, dst_dir_fd=folder)
        except BaseException:
            _discard(folder, tmp.name)
            raise


def _put_in_place(folder: int, tmp: str, path: Path, *, replace: bool) -> None:
    """Rename the finished temporary file to its name. Without `replace`, a
    file that appeared there meanwhile is not clobbered (a hard link fails
    when the name is taken)."""
    if replace:
        os.replace(tmp, path.name, src_dir_fd=folder, dst_dir_fd=folder)
        return
    try:
        os.link(tmp, path.name, src_dir_fd=folder, dst_dir_fd=folder, follow_symlinks=False)
    except FileExistsError:
        raise TargetError(msg("usage.file-exists", path=path), "exists") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV):
            raise
        os.replace(tmp, path.name, src_dir_fd=folder, dst_dir_fd=folder)  # no hard links here
        return
    os.unlink(tmp, dir_fd=folder)


def make_folder(folder: Path, within: Path) -> Path:
    """`folder` inside `within`, made when missing; TargetError when it, or a
    folder on the way, is a link or not a folder (a committed `reports ->
    /elsewhere` must not send output elsewhere)."""
    with open_folder(folder, within):
        return folder


@contextlib.contextmanager
def open_folder(folder: Path, within: Path | None = None) -> Iterator[int]:
    """The folder, open. With `within`, each folder below `within` is opened
    without following a link, and made when missing."""
    if within is None:
        fd = _open_dir(folder, None, folder)
    else:
        try:
            parts = folder.relative_to(within).parts
        except ValueError:
            raise TargetError(msg("usage.bad-file-name", name=quoted(str(folder))),
                              "bad-name") from None
        fd = _open_dir(within, None, within)
        here = within
        for part in parts:
            here = here / part
            try:
                inner = _open_dir(part, fd, here, make=True, nofollow=True)
            finally:
                os.close(fd)
            fd = inner
    try:
        yield fd
    finally:
        os.close(fd)


def _open_dir(path: Path | str, parent: int | None, shown: Path, *, make: bool = False,
              nofollow: bool = False) -> int:
    flags = OPEN_FOLDER | (NOFOLLOW if nofollow else 0)
    for _ in range(2):
        try:
            return os.open(path, flags, dir_fd=parent)
        except FileNotFoundError:
            if not make:
                raise TargetError(msg("usage.no-folder", path=shown), "no-folder") from None
            with contextlib.suppress(FileExistsError):
                os.mkdir(path, 0o777, dir_fd=parent)
            make = False
        except OSError as exc:
            raise _folder_error(path, parent, shown, exc) from None
    raise TargetError(msg("usage.no-folder", path=shown), "no-folder")


def _folder_error(path: Path | str, parent: int | None, shown: Path,
                  exc: OSError) -> TargetError | WriteError:
    if exc.errno == errno.ENAMETOOLONG:
        return TargetError(msg("usage.name-too-long", name=quoted(str(shown)),
                               limit=MAX_NAME_BYTES), "bad-name")
    if exc.errno in (errno.ELOOP, errno.ENOTDIR):
        try:
            info = os.stat(path, dir_fd=parent, follow_symlinks=False)
        except OSError:
            info = None
        if info is not None and stat.S_ISLNK(info.st_mode):
            return TargetError(msg("usage.symlink", path=shown), "symlink")
        return TargetError(msg("usage.not-a-folder", path=shown), "not-folder")
    return WriteError(msg("write.cannot-write-in", folder=shown, reason=_reason(exc)))


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _discard(folder: int, name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name, dir_fd=folder)
