"""Run-time settings that only make cchc faster, never change what it does."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
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


@contextmanager
def collecting_after_load() -> Iterator[Callable[[], None]]:
    """Cyclic garbage collection on for a batch that writes document after
    document (`report --all`, `form export --all`, `site`), with what was
    loaded before frozen out of its sight.

    A run keeps the collector off (`cli.main`, `paused_gc`), which is right
    while the repository is read: nothing it builds is garbage. A Word or
    Excel document is another matter: python-docx and openpyxl objects hold
    reference cycles, so without the collector every document written stays
    in memory to the end of the run (6 MB a document: 4.4 GB for a
    province's 681 reports). `gc.freeze()` moves everything alive now (the
    project, the status) to a generation the collector never walks, so
    collecting costs only what the batch itself makes. The caller's setting
    is restored after, and what this froze is unfrozen.

    It yields `collect_garbage`, for the batch to call once a document is written:
    left to its thresholds, the collector lets a document's cycles reach the
    oldest generation, which it walks rarely, and a province's 681 reports
    then sat at 160 MB rather than 110 MB. A full collection costs little
    with the loaded data frozen."""
    was_enabled = gc.isenabled()
    already_frozen = gc.get_freeze_count()
    gc.freeze()
    gc.enable()
    try:
        yield collect_garbage
    finally:
        if not was_enabled:
            gc.disable()
        if not already_frozen:
            gc.unfreeze()


def collect_garbage() -> None:
    """A full collection, then what is left frozen too: what `collecting_after_load`
    gives a batch to call after each document. What is alive then is the
    batch's own state (the modules the first document imported, caches), not
    garbage, so the next collection need not walk it again (unfrozen, it cost
    6 ms a document)."""
    gc.collect()
    gc.freeze()
