"""A content-hash cache under `<root>/.cchc-cache/` (listed in .gitignore).

Two kinds of entries:
- per file: what the reader made of one data file (the model's data and the
  file's problems), keyed by the file's bytes, so a run reparses only the
  files that changed;
- per run: the result of `validate` or `status` keyed by the run's snapshot
  of its inputs (`load.inputs`) and the options, so a repeat run with nothing
  changed skips parsing, validation and the deadline engine altogether.

The folder is in the repository, so it is untrusted input like the rest:

- entries are plain JSON, never pickles: reading one runs no code. Each is
  decoded by the caller's `Codec`, which checks every field and rebuilds the
  values (models through `model_validate`); anything unexpected is a miss;
- entries are signed with HMAC-SHA256 under a 32-byte key kept outside the
  repository (`$XDG_CACHE_HOME/cchc/key`, else `~/.cache/cchc/key`, else on
  Windows `%LOCALAPPDATA%\\cchc\\key`; a relative XDG_CACHE_HOME is ignored,
  as the XDG spec says; a home folder that does not exist is never created).
  The key is made atomically (written to a temporary file, then linked into
  place) and used only if it is exactly
  32 bytes: a forged or swapped entry, or a result committed into the
  repository, fails the check;
- a `.cchc-cache` that is a link (a symlink, a Windows junction), or holds a
  link or anything but regular files, is not used at all; entries are opened
  through the file-safety layer (`core.fsafe`) without following links, and
  are at most MAX_ENTRY_BYTES.

Every key also holds a fingerprint of cchc's own source, so a new version never
reads an old entry. Any error with the cache only turns it off; `--no-cache` or
the environment variable CCHC_NO_CACHE=1 turns it off too.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from cchc_plan.core.fsafe import NEW_FILE, READ_FILE, Folder, open_named

CACHE_DIR = ".cchc-cache"
T = TypeVar("T")
FORMAT = b"cchc-cache-2\n"
KEY_BYTES = 32
MAX_ENTRY_BYTES = 64 * 1024 * 1024
"""Larger results are not cached (a national status table would be)."""


class Codec(NamedTuple, Generic[T]):
    """How one kind of entry becomes JSON data and back. `decode` raises
    (ValueError, TypeError, KeyError, ...) on anything it does not expect."""

    encode: Callable[[T], Any]
    decode: Callable[[Any], T]


@cache
def code_fingerprint() -> str:
    """Changes whenever cchc's source or the Python version changes: the name,
    size and modification time of every module, as Python's own bytecode
    cache judges a source changed (reading every byte took 10 ms a run)."""
    digest = hashlib.sha256(sys.version.encode())
    package = Path(__file__).resolve().parent.parent
    for folder, subfolders, names in os.walk(package):
        subfolders.sort()
        inside = os.path.relpath(folder, package)  # once a folder: relpath is slow
        for name in sorted(n for n in names if n.endswith(".py")):
            info = os.stat(os.path.join(folder, name))
            where = name if inside == os.curdir else os.path.join(inside, name)
            digest.update(f"{where}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def key_dir(windows: bool = os.name == "nt") -> Path | None:
    """Where the signing keys live; None when there is no safe place. On
    Windows, where HOME is seldom set, %LOCALAPPDATA% (tests pass `windows`)."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    local = os.environ.get("LOCALAPPDATA", "")
    home = os.environ.get("HOME", "")
    if xdg and os.path.isabs(xdg):
        base, anchor = Path(xdg), Path(xdg).parent
    elif windows and local and os.path.isabs(local):
        base, anchor = Path(local), Path(local)
    elif home and os.path.isabs(home):
        base, anchor = Path(home) / ".cache", Path(home)
    else:
        return None
    return base / "cchc" if anchor.is_dir() else None


def secret(name: str = "key") -> bytes | None:
    """The key `name` in `key_dir()` (the cache's `key`; the form seal's
    `form-key`: one key per purpose), made on first use."""
    folder = key_dir()
    return _secret_in(folder, name) if folder is not None else None


@lru_cache(maxsize=8)
def _secret_in(folder: Path, name: str = "key") -> bytes | None:
    """The key `name` in `folder`, made on first use; None when it cannot be
    had or is not exactly KEY_BYTES long (then the cache stays off)."""
    path = folder / name
    found = _read_key(path)
    if found is not None or path.exists() or path.is_symlink():
        return found
    try:
        for level in (folder.parent, folder):
            with contextlib.suppress(FileExistsError):
                level.mkdir(mode=0o700)
        tmp = folder / f".key-{os.urandom(8).hex()}"
        fd = os.open(tmp, NEW_FILE, 0o600)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(os.urandom(KEY_BYTES))
                stream.flush()
                os.fsync(stream.fileno())
            with contextlib.suppress(FileExistsError):  # another process was first
                os.link(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    except OSError:
        return None
    return _read_key(path)


def _read_key(path: Path) -> bytes | None:
    try:
        fd = os.open(path, READ_FILE)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            return None
        key = stream.read(KEY_BYTES + 1)
    return key if len(key) == KEY_BYTES else None


def digest_bytes(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def cache_allowed() -> bool:
    """Whether the environment leaves the cache on (CCHC_NO_CACHE unset or empty)."""
    return not os.environ.get("CCHC_NO_CACHE")


class Cache:
    """Signed JSON entries in one folder. Disabled, it stores and finds nothing."""

    def __init__(self, root: Path, enabled: bool = True) -> None:
        self.root = root
        enabled = enabled and cache_allowed()
        self.secret = secret() if enabled else None
        self._usable: bool | None = None

    @property
    def enabled(self) -> bool:
        return self.secret is not None

    def key(self, *parts: bytes | str) -> str:
        return digest_bytes(code_fingerprint(), *parts)

    def remembered(self, name: str, key: str | None, compute: Callable[[], T],
                   codec: Codec[T]) -> T:
        """The entry `name` if it holds `key`, else `compute()`, stored under `key`."""
        found = self.get(name, key, codec) if key else None
        if found is None:
            found = compute()
            if key:
                self.put(name, key, found, codec)
        return found

    def get(self, name: str, key: str, codec: Codec[T]) -> T | None:
        if self.secret is None:
            return None
        try:
            with self._folder(create=False) as folder:
                blob = _read_entry(folder, name)
            if blob is None:
                return None
            body = self._verified(name, key, blob)
            return None if body is None else codec.decode(json.loads(body))
        except Exception:  # a damaged or foreign entry is a miss, whatever it holds
            return None

    def put(self, name: str, key: str, value: T, codec: Codec[T]) -> None:
        if self.secret is None:
            return
        with contextlib.suppress(Exception):
            body = json.dumps(codec.encode(value), ensure_ascii=False, allow_nan=False,
                              separators=(",", ":")).encode("utf-8")
            if len(body) > MAX_ENTRY_BYTES:
                return
            with self._folder(create=True) as folder:
                _write_entry(folder, name, FORMAT + self._signature(name, key, body) + body)

    def _signature(self, name: str, key: str, body: bytes) -> bytes:
        assert self.secret is not None
        signed = FORMAT + name.encode() + b"\0" + key.encode() + b"\0" + body
        return hmac.new(self.secret, signed, hashlib.sha256).digest()

    def _verified(self, name: str, key: str, blob: bytes) -> bytes | None:
        """The body of an entry signed for this name and key, else None."""
        head = len(FORMAT) + 32
        if not blob.startswith(FORMAT) or len(blob) < head:
            return None
        signature, body = blob[len(FORMAT):head], blob[head:]
        return body if hmac.compare_digest(signature, self._signature(name, key, body)) else None

    @contextlib.contextmanager
    def _folder(self, *, create: bool) -> Iterator[Folder]:
        """The cache folder, open, never through a link; OSError when it is
        missing (and not `create`) or not to be used."""
        if self._usable is False:
            raise OSError("cache folder not used")
        parent = open_named(self.root)
        try:
            folder = _open_cache_folder(parent, create)
        except FileNotFoundError:
            raise
        except OSError:
            self._usable = False  # a link, or not a folder: not used in this run
            raise
        finally:
            parent.close()
        try:
            if self._usable is None:
                self._usable = _only_regular_files(folder)
            if not self._usable:
                raise OSError("cache folder not used")
            yield folder
        finally:
            folder.close()


def _open_cache_folder(parent: Folder, create: bool) -> Folder:
    try:
        return parent.sub(CACHE_DIR)
    except FileNotFoundError:
        if not create:
            raise
    folder = parent.sub(CACHE_DIR, make=True)
    _write_new(folder, ".gitignore", b"*\n")
    return folder


def _only_regular_files(folder: Folder) -> bool:
    """Whether the folder holds regular files only (no link, FIFO, folder...;
    a junction is a folder)."""
    return all(e.is_file(follow_symlinks=False) and not e.is_symlink() for e in folder.entries())


def _read_entry(folder: Folder, name: str) -> bytes | None:
    try:
        fd = folder.open_read(name)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES + 64:
            return None
        return stream.read(MAX_ENTRY_BYTES + 64)


def _write_entry(folder: Folder, name: str, blob: bytes) -> None:
    tmp = f".tmp-{os.urandom(8).hex()}"
    fd = folder.create(tmp)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(blob)
        folder.replace(tmp, name)
    except BaseException:
        with contextlib.suppress(OSError):
            folder.unlink(tmp)
        raise


def _write_new(folder: Folder, name: str, data: bytes) -> None:
    """A small file made only if absent (the folder's own .gitignore)."""
    with contextlib.suppress(FileExistsError):
        fd = folder.create(name)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)


def file_entry_name(shown: str) -> str:
    return "file-" + hashlib.sha256(shown.encode()).hexdigest()[:32]
