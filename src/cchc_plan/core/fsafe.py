"""One file-safety layer, two backends, the same promises.

    with open_folder(root) as folder:          # the folder the user named
        with folder.sub("assignments") as inner:  # never through a link
            fd = inner.open_read("x.yaml")      # never through a link

A `Folder` is a folder cchc reads or writes in, reached without following a
link below the folder the user named. Every operation names a file *in* it:
`lstat`, `open_read`, `create` (a fresh file, O_EXCL), `replace`, `place_new`
(rename without clobbering), `unlink`, `sub` (a subfolder, made if asked),
`entries`. Two backends keep the same promises:

- `posix` (Linux, macOS, the BSDs): the folder is an open descriptor and every
  name is opened relative to it (`dir_fd`) with O_NOFOLLOW / O_DIRECTORY, so
  the kernel refuses a link at the very moment of the open: no race.
- `portable` (Windows, where `os.supports_dir_fd` is empty and O_NOFOLLOW does
  not exist): the folder is a path. Each folder on the way was lstat-checked
  when reached (a symbolic link, a junction or another name-surrogate reparse
  point is refused), and the folder is checked again, same device and file
  id, before each operation in it; a file is lstat-checked, opened, then fstat-ed and
  compared with the lstat (st_dev/st_ino). A swap between the check and the
  open is caught after the fact for reads, but a window remains: a link
  planted in that instant may be followed once (docs/an-toan-nen-tang.md).

The backend is chosen by capability (`posix_capable`), never by catching
NotImplementedError; CCHC_FS_BACKEND=portable forces the portable one (the
tests run the command line that way on Linux too).

Every descriptor is opened in binary mode (O_BINARY on Windows: text mode
would turn CRLF into LF, and stop reading at a Ctrl-Z byte).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

Backend = Literal["posix", "portable"]
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
NAME_SURROGATE = 0x20000000
"""The bit of a reparse tag saying the point names another path (a symbolic
link, a junction, a mount point): IsReparseTagNameSurrogate in the Windows SDK."""

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
CLOEXEC = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOINHERIT", 0)
DIRECTORY = getattr(os, "O_DIRECTORY", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)
BINARY = getattr(os, "O_BINARY", 0)
NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | CLOEXEC | BINARY
READ_FILE = os.O_RDONLY | NOFOLLOW | NONBLOCK | CLOEXEC | BINARY
OPEN_FOLDER = os.O_RDONLY | DIRECTORY | CLOEXEC
_PORTABLE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | CLOEXEC | BINARY
_PORTABLE_READ = os.O_RDONLY | NONBLOCK | CLOEXEC | BINARY
_NO_HARD_LINK = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EINVAL}
LOCKED_WINERRORS = {5, 32, 33}
"""ERROR_ACCESS_DENIED (replacing a file another program holds open),
ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: Word or Excel has the file."""


def posix_capable() -> bool:
    """Whether this platform has everything the posix backend uses."""
    needed = {os.open, os.stat, os.mkdir, os.unlink, os.rename, os.link}
    return (needed <= os.supports_dir_fd and os.scandir in os.supports_fd
            and hasattr(os, "O_NOFOLLOW") and hasattr(os, "O_DIRECTORY"))


def backend() -> Backend:
    """The backend of this run: posix where the platform has it, unless
    CCHC_FS_BACKEND=portable asks for the portable one."""
    forced = os.environ.get("CCHC_FS_BACKEND", "").strip().lower()
    return "posix" if forced != "portable" and posix_capable() else "portable"


def is_link(info: os.stat_result) -> bool:
    """Whether an lstat result is a link of any kind: a symbolic link, or on
    Windows a junction or another reparse point naming a path. Reparse points
    that do not name a path (OneDrive placeholders, deduplicated files) are
    files Windows resolves itself; one whose tag is unknown counts as a link."""
    if stat.S_ISLNK(info.st_mode):
        return True
    if not getattr(info, "st_file_attributes", 0) & FILE_ATTRIBUTE_REPARSE_POINT:
        return False
    tag = getattr(info, "st_reparse_tag", 0)
    return not tag or bool(tag & NAME_SURROGATE)


def path_is_link(path: Path) -> bool:
    """Whether `path` is a link of any kind (`is_link`); False when missing."""
    try:
        return is_link(os.lstat(path)) or _is_junction(path)
    except OSError:
        return False


def is_locked(exc: OSError) -> bool:
    """Whether an error is a file held open by another program (Word, Excel)
    on Windows, or access refused to an existing file elsewhere."""
    if not isinstance(exc, PermissionError):
        return False
    winerror = getattr(exc, "winerror", None)
    return winerror in LOCKED_WINERRORS if winerror is not None else exc.errno == errno.EACCES


def _loop(path: object) -> OSError:
    return OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))


class Folder(ABC):
    """A folder, reached without following a link below the named one."""

    def __init__(self, shown: Path) -> None:
        self.shown = shown
        """The folder's path, for messages."""

    def __enter__(self) -> Folder:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None:
        """Let go of the folder."""

    @abstractmethod
    def lstat(self, name: str) -> os.stat_result:
        """`name`'s own status (a link is not followed)."""

    @abstractmethod
    def open_read(self, name: str) -> int:
        """A descriptor to read `name`; OSError(ELOOP) when it is a link."""

    @abstractmethod
    def create(self, name: str, mode: int = 0o666) -> int:
        """A descriptor to write a new file `name` (FileExistsError when taken)."""

    @abstractmethod
    def replace(self, src: str, dst: str) -> None:
        """Rename `src` over `dst`, atomically; a link at `dst` is replaced, not followed."""

    @abstractmethod
    def place_new(self, src: str, dst: str) -> None:
        """Rename `src` to `dst` unless `dst` exists (FileExistsError then)."""

    @abstractmethod
    def unlink(self, name: str) -> None:
        """Remove `name` (a link itself, never what it names)."""

    @abstractmethod
    def sub(self, name: str, *, make: bool = False) -> Folder:
        """The subfolder `name` (made when missing if `make`), never through a
        link: OSError ELOOP for a link, ENOTDIR for anything else."""

    @abstractmethod
    def entries(self) -> list[os.DirEntry[str]]:
        """The folder's entries."""


class _PosixFolder(Folder):
    def __init__(self, fd: int, shown: Path) -> None:
        super().__init__(shown)
        self.fd = fd

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def lstat(self, name: str) -> os.stat_result:
        return os.stat(name, dir_fd=self.fd, follow_symlinks=False)

    def open_read(self, name: str) -> int:
        return os.open(name, READ_FILE, dir_fd=self.fd)

    def create(self, name: str, mode: int = 0o666) -> int:
        return os.open(name, NEW_FILE, mode, dir_fd=self.fd)

    def replace(self, src: str, dst: str) -> None:
        os.replace(src, dst, src_dir_fd=self.fd, dst_dir_fd=self.fd)

    def place_new(self, src: str, dst: str) -> None:
        try:  # a hard link fails when the name is taken, where a rename would clobber
            os.link(src, dst, src_dir_fd=self.fd, dst_dir_fd=self.fd, follow_symlinks=False)
        except OSError as exc:
            if isinstance(exc, FileExistsError) or exc.errno not in _NO_HARD_LINK:
                raise
            self.replace(src, dst)  # no hard links on this file system
            return
        os.unlink(src, dir_fd=self.fd)

    def unlink(self, name: str) -> None:
        os.unlink(name, dir_fd=self.fd)

    def sub(self, name: str, *, make: bool = False) -> Folder:
        flags = OPEN_FOLDER | NOFOLLOW
        try:
            return _PosixFolder(os.open(name, flags, dir_fd=self.fd), self.shown / name)
        except FileNotFoundError:
            if not make:
                raise
        with contextlib.suppress(FileExistsError):
            os.mkdir(name, 0o777, dir_fd=self.fd)
        return _PosixFolder(os.open(name, flags, dir_fd=self.fd), self.shown / name)

    def entries(self) -> list[os.DirEntry[str]]:
        with os.scandir(self.fd) as found:
            return list(found)


class _PortableFolder(Folder):
    """A folder as a path, with the identity (st_dev, st_ino) it had when
    reached. Checking the folder itself is enough: a folder on the way that
    became a link would make the path lead to another folder, another id."""

    def __init__(self, path: Path, info: os.stat_result, *, followed: bool) -> None:
        super().__init__(path)
        self.path = path
        self.where = os.fspath(path)
        self.dev, self.ino = info.st_dev, info.st_ino
        self.followed = followed
        """Whether the path may be a link: the folder the user named."""

    def close(self) -> None:
        """Nothing is held open: a folder cannot be opened as a file on Windows."""

    def verify(self) -> None:
        """OSError(ELOOP) when the path no longer leads to the folder reached."""
        info = os.stat(self.where) if self.followed else os.lstat(self.where)
        if (not self.followed and is_link(info)) or not stat.S_ISDIR(info.st_mode) \
                or not _same(info, self.dev, self.ino):
            raise _loop(self.path)

    def _at(self, name: str) -> str:
        return os.path.join(self.where, name)

    def lstat(self, name: str) -> os.stat_result:
        return os.lstat(self._at(name))

    def open_read(self, name: str) -> int:
        self.verify()
        where = self._at(name)
        before = os.lstat(where)
        if is_link(before):
            raise _loop(where)
        fd = os.open(where, _PORTABLE_READ)
        if not _same(os.fstat(fd), before.st_dev, before.st_ino):  # swapped meanwhile
            os.close(fd)
            raise _loop(where)
        return fd

    def create(self, name: str, mode: int = 0o666) -> int:
        self.verify()
        fd = os.open(self._at(name), _PORTABLE_NEW, mode)  # O_EXCL: never an existing name
        try:
            after = os.lstat(self._at(name))
            opened = os.fstat(fd)
        except OSError:
            os.close(fd)
            raise
        if is_link(after) or not _same(opened, after.st_dev, after.st_ino):
            os.close(fd)
            raise _loop(self._at(name))
        return fd

    def replace(self, src: str, dst: str) -> None:
        self.verify()
        os.replace(self._at(src), self._at(dst))

    def place_new(self, src: str, dst: str) -> None:
        self.verify()
        if os.name == "nt":  # a rename on Windows never replaces an existing name
            os.rename(self._at(src), self._at(dst))
            return
        try:
            os.link(self._at(src), self._at(dst))
        except OSError as exc:
            if isinstance(exc, FileExistsError) or exc.errno not in _NO_HARD_LINK:
                raise
            if os.path.lexists(self._at(dst)):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST),
                                      str(self._at(dst))) from None
            self.replace(src, dst)
            return
        os.unlink(self._at(src))

    def unlink(self, name: str) -> None:
        self.verify()
        os.unlink(self._at(name))

    def sub(self, name: str, *, make: bool = False) -> Folder:
        self.verify()
        path = self.path / name
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            if not make:
                raise
            with contextlib.suppress(FileExistsError):
                os.mkdir(path, 0o777)
            info = os.lstat(path)
        if is_link(info) or _is_junction(path):
            raise _loop(path)
        if not stat.S_ISDIR(info.st_mode):
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
        return _PortableFolder(path, info, followed=False)

    def entries(self) -> list[os.DirEntry[str]]:
        self.verify()
        with os.scandir(self.path) as found:
            return list(found)


def _same(info: os.stat_result, dev: int, ino: int) -> bool:
    """Whether `info` is the file (dev, ino). A file system that gives no file
    id (st_ino 0 on some Windows volumes) cannot tell: then it passes."""
    if not ino or not info.st_ino:
        return True
    return (info.st_dev, info.st_ino) == (dev, ino)


def _is_junction(path: Path) -> bool:
    check = getattr(os.path, "isjunction", None)  # Python 3.12+
    return bool(check(path)) if check is not None else False


@contextlib.contextmanager
def open_folder(path: Path) -> Iterator[Folder]:
    """The folder the user named (a link there is the user's own choice and is
    followed); below it, `Folder.sub` follows none. OSError as os.open raises."""
    folder = open_named(path)
    try:
        yield folder
    finally:
        folder.close()


def open_named(path: Path) -> Folder:
    """`open_folder` without the context: the caller closes it."""
    if backend() == "posix":
        return _PosixFolder(os.open(path, OPEN_FOLDER), path)
    info = os.stat(path)
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    return _PortableFolder(path, info, followed=True)
