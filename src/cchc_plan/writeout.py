"""Writing files safely: atomically, inside the asked folder, never clobbering.

A file is written to a temporary file in the target's folder, flushed and
fsynced, then renamed over the target, so a crash leaves either the old file
or the complete new one. An existing file is replaced only with `force`, and
then a copy is kept as `<name>.bak`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .errors import UsageError


class WriteError(Exception):
    """A file could not be written; the old file, if any, is intact."""


def safe_name(name: str) -> str:
    """Refuse a name that could leave its folder (`..`, `/`, `\\`, NUL)."""
    if not name or name in (".", "..") or any(c in name for c in "/\\\x00") or name.startswith("."):
        raise UsageError(f"{name!r} cannot be used as a file name")
    return name


def check_target(path: Path, force: bool) -> None:
    if path.is_dir():
        raise UsageError(f"{path} is a folder", "give a file name with -o")
    if path.exists() and not path.is_file():
        raise UsageError(f"{path} is not a regular file", "write to a file in a folder of yours")
    if not path.parent.is_dir():
        raise UsageError(f"folder {path.parent} does not exist", "create it first, or choose -o")
    if path.exists() and not force:
        raise UsageError(f"{path} already exists",
                         "use --force to replace it (a .bak copy is kept)")


def write_atomic(path: Path, write: Callable[[BinaryIO], object], *, force: bool = False) -> Path:
    """Write `path` through `write(stream)`; returns the path written."""
    check_target(path, force)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteError(f"cannot write in {path.parent}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        _discard(tmp)
        raise
    return path


def write_text_atomic(path: Path, text: str, *, force: bool = False) -> Path:
    return write_atomic(path, lambda s: s.write(text.encode("utf-8")), force=force)


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
