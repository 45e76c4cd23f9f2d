"""A content-hash cache under `<root>/.cchc-cache/` (listed in .gitignore).

Two kinds of entries:
- per file: the parsed and validated model of one data file, keyed by the
  file's bytes, so a run reparses only the files that changed;
- per run: the result of `validate` or `status` keyed by the bytes of every
  input file and the options, so a repeat run with nothing changed skips
  parsing, validation and the deadline engine altogether.

Every key also holds a fingerprint of cchc's own source, so a new version never
reads an old entry. Entries are pickles signed with HMAC-SHA256 under a key kept
outside the repository (`$XDG_CACHE_HOME/cchc/key`, mode 0600): a corrupt,
stale or tampered entry fails the check and is ignored and rebuilt, never
trusted and never unpickled. Any error with the cache only turns it off;
`--no-cache` or the environment variable CCHC_NO_CACHE=1 turns it off too.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

CACHE_DIR = ".cchc-cache"
T = TypeVar("T")
FORMAT = b"cchc-cache-1"


@cache
def code_fingerprint() -> str:
    """Changes whenever cchc's source or the Python version changes."""
    digest = hashlib.sha256(sys.version.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _key_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cchc"


@cache
def _secret() -> bytes | None:
    """The signing key, made on first use; None when it cannot be kept."""
    path = _key_dir() / "key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as stream:
            stream.write(os.urandom(32))
        return path.read_bytes()
    except OSError:
        try:
            return path.read_bytes()  # another process made it first
        except OSError:
            return None


def digest_bytes(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


class Cache:
    """Signed pickles in one folder. Disabled, it stores and finds nothing."""

    def __init__(self, root: Path, enabled: bool = True) -> None:
        self.folder = root / CACHE_DIR
        enabled = enabled and not os.environ.get("CCHC_NO_CACHE")
        self.secret = _secret() if enabled else None
        self._read: dict[Path, tuple[bytes, str]] = {}

    def read(self, path: Path) -> tuple[bytes, str]:
        """A file's bytes and their SHA-256, read and hashed once per run: the
        run key and the per-file keys use the same bytes (OSError if unreadable)."""
        if path not in self._read:
            raw = path.read_bytes()
            self._read[path] = (raw, hashlib.sha256(raw).hexdigest())
        return self._read[path]

    def take(self, path: Path) -> tuple[bytes, str]:
        """Like `read`, then forget the bytes: the caller keeps them."""
        found = self.read(path)
        del self._read[path]
        return found

    @property
    def enabled(self) -> bool:
        return self.secret is not None

    def key(self, *parts: bytes | str) -> str:
        return digest_bytes(code_fingerprint(), *parts)

    def inputs_key(self, paths: Iterable[Path], *options: str) -> str | None:
        """A key for a whole run: every input file's bytes and the options;
        None when a file cannot be read (the full run will say why)."""
        parts: list[bytes | str] = list(options)
        try:
            for path in paths:
                parts += [f"{path.parent.name}/{path.name}", self.read(path)[1]]
        except OSError:
            return None
        return self.key(*parts)

    def remembered(self, name: str, key: str | None, compute: Callable[[], T]) -> T:
        """The entry `name` if it holds `key`, else `compute()`, stored under `key`."""
        found = self.get(name, key) if key else None
        if found is None:
            found = compute()
            if key:
                self.put(name, key, found)
        return found

    def get(self, name: str, key: str) -> Any | None:
        if self.secret is None:
            return None
        try:
            blob = (self.folder / name).read_bytes()
        except OSError:
            return None
        header = FORMAT + key.encode()
        signature, body = blob[:32], blob[32:]
        expected = hmac.new(self.secret, body, hashlib.sha256).digest()
        if not hmac.compare_digest(signature, expected) or not body.startswith(header):
            return None
        try:
            return pickle.loads(body[len(header):])
        except Exception:  # a signed entry from an incompatible library version
            return None

    def put(self, name: str, key: str, value: Any) -> None:
        if self.secret is None:
            return
        with contextlib.suppress(Exception):
            body = FORMAT + key.encode() + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            signature = hmac.new(self.secret, body, hashlib.sha256).digest()
            self.folder.mkdir(exist_ok=True)
            _ignore_file(self.folder)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as stream:
                    stream.write(signature + body)
                os.replace(tmp, self.folder / name)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise


def _ignore_file(folder: Path) -> None:
    """A .gitignore inside the cache folder, for repositories that do not list it."""
    marker = folder / ".gitignore"
    if not marker.exists():
        marker.write_text("*\n", encoding="utf-8")


def file_entry_name(shown: str) -> str:
    return "file-" + hashlib.sha256(shown.encode()).hexdigest()[:32]
