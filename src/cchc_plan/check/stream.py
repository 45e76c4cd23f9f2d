"""`cchc validate` without keeping every model: the agency files are judged
one by one against the plan and the registry, and only their problems (and
the agency each names, for `check_duplicate_files`) are kept, so memory does
not grow with the number of files.

- `check_stream`: in this process, a chunk of files at a time
  (`load.reader.read_in_chunks`);
- `check_in_workers`: in worker processes that each hold the plan and the
  registry and do a file's whole work (parse, model, the file checks, its
  cache entry), so the work of a country's files is shared between the cores
  rather than only the parsing.

Both find exactly what `check.run_checks` finds over a fully loaded project
(a test compares them).
"""

from __future__ import annotations

from collections.abc import Iterable

from cchc_plan.check import FILE_CHECKS, PROJECT_CHECKS, named_agencies, run_all
from cchc_plan.check.assignments import check_duplicate_files
from cchc_plan.check.context import CheckContext
from cchc_plan.core.problems import Problem
from cchc_plan.core.workers import new_pool
from cchc_plan.load.cache import Cache
from cchc_plan.load.inputs import InputFile
from cchc_plan.load.models import AssignmentFile
from cchc_plan.load.project import Loaded, Project
from cchc_plan.load.reader import ignore_interrupts, interrupts_held, read_files
from cchc_plan.load.yamlio import Document

Chunk = list[tuple[Loaded[AssignmentFile], list[Problem]]]


def check_stream(project: Project, chunks: Iterable[Chunk]) -> list[Problem]:
    """The problems `run_checks` finds plus each file's own, for a project
    whose agency files arrive a chunk at a time; nothing of a chunk is kept
    but its problems and the agency each file names."""
    ctx = CheckContext.build(project)
    problems = run_all(PROJECT_CHECKS, ctx)
    named: list[tuple[str, Document]] = []
    for chunk in chunks:
        problems += [p for _, own in chunk for p in own]
        ctx.take_files([loaded for loaded, _ in chunk])
        problems += run_all(FILE_CHECKS, ctx)
        named += [(agency, Document(doc.path, source=doc.source))  # no data kept
                  for agency, doc in named_agencies(ctx)]
    ctx.take_files([])
    return [*problems, *check_duplicate_files(named)]


def check_in_workers(project: Project, items: list[InputFile], cache: Cache | None,
                     jobs: int) -> list[Problem]:
    """Like `check_stream`, with each agency file read and judged whole in one
    of `jobs` worker processes; they send back problems and a name only."""
    ctx = CheckContext.build(project)
    problems = run_all(PROJECT_CHECKS, ctx)
    named: list[tuple[str, Document]] = []
    pool = new_pool(jobs, _start_worker, (project, cache))  # pickled for `spawn`
    try:
        with interrupts_held():  # the workers start here
            judged = pool.map(_judge, items, chunksize=max(len(items) // (jobs * 16), 1))
        for item, (found, agency) in zip(items, judged, strict=True):
            problems += found  # the worker read the file itself (`InputFile.take`)
            if agency is not None:
                named.append((agency, Document(item.shown, source=item)))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return [*problems, *check_duplicate_files(named)]


_worker: dict[str, object] = {}
"""In a worker process: the context every file is judged in, and the cache."""


def _start_worker(project: Project, cache: Cache | None) -> None:
    ignore_interrupts()
    _worker["ctx"] = CheckContext.build(project)
    _worker["cache"] = cache


def _judge(item: InputFile) -> tuple[list[Problem], str | None]:
    """In a worker: one agency file's problems (its own and the file checks'),
    and the agency it names."""
    ctx = _worker["ctx"]
    cache = _worker["cache"]
    assert isinstance(ctx, CheckContext)
    assert cache is None or isinstance(cache, Cache)
    _, found, agency = check_file(item, ctx, cache)
    return found, agency


def check_file(item: InputFile, ctx: CheckContext,
               cache: Cache | None) -> tuple[Loaded[AssignmentFile], list[Problem], str | None]:
    """One agency file read and modelled, with its problems (its own and the
    file checks') and the agency its `agency` field names; `ctx` holds no
    file after. What a worker does for `validate` and for the status
    (`engine.stream.judge_file`)."""
    [(loaded, problems)] = read_files([item], AssignmentFile, cache, 1)
    ctx.take_files([loaded])
    found = [*problems, *run_all(FILE_CHECKS, ctx)]
    named = next((f.named for f in ctx.files if f.named), None)
    ctx.take_files([])
    return loaded, found, named
