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

from cchc_plan.core.errors import TargetError, WriteError
from cchc_plan.core.messages import msg, quoted


def safe_name(name: str) -> str:
    """Refuse a name that could leave its folder (`..`, `/`, `\\`, NUL)."""
    if not name or name in (".", "..") or any(c in name for c in "/\\\x00") or name.startswith("."):
        raise TargetError(msg("usage.bad-file-name", name=quoted(name)), "bad-name")
    return name


def check_target(path: Path, force: bool) -> None:
    if path.is_dir():
        raise TargetError(msg("usage.is-folder", path=path), "folder")
    if path.exists() and not path.is_file():
        raise TargetError(msg("usage.not-regular-file", path=path), "special")
    if not path.parent.is_dir():
        raise TargetError(msg("usage.no-folder", path=path.parent), "no-folder")
    if path.exists() and not force:
        raise TargetError(msg("usage.file-exists", path=path), "exists")


def write_atomic(path: Path, write: Callable[[BinaryIO], object], *, force: bool = False) -> Path:
    """Write `path` through `write(stream)`; returns the path written."""
    check_target(path, force)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteError(msg("write.cannot-write-in", folder=path.parent,
                             reason=exc.strerror or exc)) from None
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
        raise WriteError(msg("write.cannot-write", path=path,
                             reason=exc.strerror or exc)) from None
    except BaseException:
        _discard(tmp)
        raise
    return path


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
