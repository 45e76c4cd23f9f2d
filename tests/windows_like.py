"""The `os` module as CPython on Windows has it, on Linux: for the tests of
the portable file-safety backend (issue 23).

On Windows `os.supports_dir_fd` is empty, `dir_fd`/`src_dir_fd`/`dst_dir_fd`
raise NotImplementedError, `os.scandir` takes no descriptor, and O_NOFOLLOW /
O_DIRECTORY do not exist. `windows_like_os` makes it so for calls made from
cchc's own code (the standard library and the tests keep the real `os`), so a
run proves that no POSIX-only call is left on cchc's path."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import pytest

DIR_FD_ARGS = ("dir_fd", "src_dir_fd", "dst_dir_fd")
WRAPPED = ("open", "stat", "lstat", "mkdir", "unlink", "remove", "rename", "replace", "link",
           "rmdir", "chmod", "utime", "readlink", "symlink", "access")


def _from_cchc() -> bool:
    caller = sys._getframe(2).f_globals.get("__name__", "")
    return isinstance(caller, str) and caller.startswith("cchc_plan")


def _refusing(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        if _from_cchc() and any(kwargs.get(k) is not None for k in DIR_FD_ARGS):
            raise NotImplementedError(f"{name}: dir_fd unavailable on this platform")
        return real(*args, **kwargs)
    return call


def _scandir(real: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        if _from_cchc() and args and isinstance(args[0], int):
            raise TypeError("scandir: path should be string, bytes, os.PathLike or None, not int")
        return real(*args, **kwargs)
    return call


def windows_like_os(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `os` look like Windows' to cchc for the rest of the test."""
    monkeypatch.setattr(os, "supports_dir_fd", set())
    for flag in ("O_NOFOLLOW", "O_DIRECTORY"):
        monkeypatch.delattr(os, flag, raising=False)
    for name in WRAPPED:
        monkeypatch.setattr(os, name, _refusing(name, getattr(os, name)))
    monkeypatch.setattr(os, "scandir", _scandir(os.scandir))
