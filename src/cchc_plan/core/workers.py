"""Worker processes, the same on every platform.

    pool = new_pool(jobs, initializer, initargs)

The pool's start method is the platform's default (`spawn` on Windows and
macOS, `fork` or `forkserver` on Linux) unless CCHC_MP_START names another
(the tests run the command line with `spawn` on Linux). So that `spawn`
works, a worker relies on nothing inherited from the parent's memory: what it
needs comes through `initializer` and `initargs` (pickled), and both are
module-level names, importable in a fresh interpreter.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # multiprocessing is imported by the runs that start workers only
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import BaseContext

START_METHODS = ("spawn", "fork", "forkserver")


def pool_context() -> BaseContext | None:
    """The start method CCHC_MP_START asks for, if this platform has it;
    None for the platform's default."""
    import multiprocessing

    asked = os.environ.get("CCHC_MP_START", "").strip().lower()
    if asked in START_METHODS and asked in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context(asked)
    return None


def new_pool(jobs: int, initializer: Callable[..., object],
             initargs: tuple[Any, ...] = ()) -> ProcessPoolExecutor:
    """A pool of `jobs` worker processes, each starting with `initializer(*initargs)`."""
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, initializer=initializer, initargs=initargs,
                               mp_context=pool_context())
