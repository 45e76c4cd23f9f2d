"""Many documents from one status (`report --all`, `form export --all`), each
made and written by one task: in worker processes when there are enough of
them to pay for the processes, else here, one after the other. Either way a
task is the same function (`report_file`, `form_file`) given the status, and
a document, once written, is gone (`core.perf.collecting_after_load`).

Each worker holds the status (inherited with `fork`, pickled once with
`spawn`) and builds the document's data itself: only a task's few arguments
and the path written cross between processes. A province's 681 reports are
written by two cores in about half the time of one.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_plan.app.writes import write_file
from cchc_plan.core.perf import collect_garbage, collecting_after_load

if TYPE_CHECKING:
    from cchc_plan.core.lang import Lang
    from cchc_plan.engine.obligations import StatusResult
    from cchc_plan.render import ReportFormat

Task = Callable[["StatusResult"], Path]
"""One document: made from the status, written; its path."""
PER_WORKER = 8
"""Fewer tasks than this a worker: one process (starting one costs about as
much as eight small reports)."""


def write_all(result: StatusResult, tasks: list[Task], jobs: int) -> Iterator[Path]:
    """Each task's file, in the order of `tasks`, as each is written."""
    workers = min(jobs, len(tasks) // PER_WORKER)
    if workers < 2:
        with collecting_after_load() as collect:
            for task in tasks:
                yield task(result)
                collect()  # the document just written is gone
        return
    from cchc_plan.core.workers import new_pool  # multiprocessing: only for a batch
    from cchc_plan.load.reader import interrupts_held

    pool = new_pool(workers, _start_worker, (result,))  # pickled once for `spawn`
    try:
        with interrupts_held():  # the workers start here
            written = pool.map(_run, tasks)
        yield from written
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def report_file(agency: str | None, fmt: ReportFormat, lang: Lang, target: Path, force: bool,
                result: StatusResult) -> Path:
    """An agency's submission (None: the consolidated report), written to `target`."""
    from cchc_plan.render import render_report
    from cchc_plan.views.reports import agency_report, district_report

    report = agency_report(result, agency) if agency else district_report(result)
    write_file(target, render_report(report, fmt, lang), force=force)
    return target


def report_task(agency: str | None, fmt: ReportFormat, lang: Lang, target: Path,
                force: bool) -> Task:
    return partial(report_file, agency, fmt, lang, target, force)


def form_file(agency: str, target: Path, force: bool, result: StatusResult) -> Path:
    """An agency's progress form, written to `target`."""
    from cchc_plan.features.progress_form import form_xlsx
    from cchc_plan.features.progress_form.rows import view_of

    view = view_of(result, agency, fingerprint_of(result))
    write_file(target, form_xlsx.render(view), force=force)
    return target


_fingerprint: dict[str, Any] = {}
"""The plan last fingerprinted in this process, and its fingerprint."""


def fingerprint_of(result: StatusResult) -> str:
    """The fingerprint of the status's plan, worked out once a process, not
    once a form (1.1 ms each of the shipped 31 forms): every task of a batch
    is given the same status."""
    from cchc_plan.features.progress_form.rows import plan_fingerprint

    if _fingerprint.get("plan") is not result.plan:
        _fingerprint.update(plan=result.plan, fingerprint=plan_fingerprint(result.plan))
    return str(_fingerprint["fingerprint"])


def form_task(agency: str, target: Path, force: bool) -> Task:
    return partial(form_file, agency, target, force)


_worker: dict[str, Any] = {}


def _start_worker(result: StatusResult) -> None:
    """A worker's collector walks only what its documents make: what it was
    given is frozen (with `fork` it starts with the parent's collector off)."""
    from cchc_plan.load.reader import ignore_interrupts

    ignore_interrupts()
    _worker["result"] = result
    gc.freeze()
    gc.enable()


def _run(task: Task) -> Path:
    path = task(_worker["result"])
    collect_garbage()  # the document just written is gone
    return path
