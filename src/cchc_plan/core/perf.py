"""Run-time settings that only make cchc faster, never change what it does."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a repository is read and judged:
    the objects made then live on, and walking them again and again cost as
    much as reading the files. The caller's setting is restored after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
