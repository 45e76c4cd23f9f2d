"""Read a plan repository's files into models: the first two stages.

    read_project(snapshot(root), today, jobs=N, cache=Cache(root)) -> Project

The files are the run's snapshot (`load.inputs`): listed and read once, so the
reader and the run's cache key see the same bytes. Files whose bytes are in the
cache are not parsed again; the others are parsed in `jobs` processes when
there are enough of them to pay for the processes. The cross-file checks are
the next stage (`check`); `cchc_plan.app` runs both.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from cchc_plan.core.messages import msg
from cchc_plan.core.perf import paused_gc
from cchc_plan.core.problems import Problem, problem_data, problem_from_data
from cchc_plan.core.workers import new_pool
from cchc_plan.load.cache import Cache, Codec, file_entry_name
from cchc_plan.load.directory import Directory
from cchc_plan.load.inputs import InputFile, Inputs
from cchc_plan.load.models import AgencyRegistry, AssignmentFile, Plan
from cchc_plan.load.project import Loaded, Project
from cchc_plan.load.pydantic_problems import pydantic_problems
from cchc_plan.load.yamlio import Document, load_bytes

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

M = TypeVar("M", bound=BaseModel)
PARALLEL_MIN_BYTES = 640 * 1024
"""Less YAML than this to parse: one process is faster (starting the workers
and sending the data back cost more). Measured whole-process on 2 cores:
the shipped 31 files (350 KB) took 1.09x as long with 2 processes as with
one, 40 generated files (550 KB) 0.99x, 80 files (920 KB) 0.91x."""
Result = tuple[Loaded[Any], list[Problem]]
Miss = tuple[int, InputFile, str | None]
"""A file to parse: its place in the list, the file, its cache key."""


MARKED_MODELS: tuple[type[BaseModel], ...] = (Plan,)
"""Files whose positions are noted as they are read: a plan an import wrote
keeps `review:` notes, each a warning placed at its line, and parsing the plan
again for them cost more than noting every position the first time."""


def model_from_bytes(raw: bytes, shown: str, model: type[M]) -> tuple[Loaded[M], list[Problem]]:
    """One file's model (or its problems) from its bytes."""
    return build_model(*load_bytes(raw, shown, marks=model in MARKED_MODELS), model)


def build_model(doc: Document, problems: list[Problem],
                model: type[M]) -> tuple[Loaded[M], list[Problem]]:
    """The model of a parsed file, or its problems with positions."""
    shown = doc.path
    if doc.data is None:
        return Loaded(shown, doc, None), problems
    if not isinstance(doc.data, dict):
        kind = type(doc.data).__name__
        return Loaded(shown, doc, None), [doc.problem(
            (), "wrong-type", msg("wrong-type.top", kind=kind), msg("hint.start-with-fields"))]
    try:
        return Loaded(shown, doc, model.model_validate(doc.data)), problems
    except ValidationError as exc:
        partial, kept = partial_model(doc.data, model, exc)
        return (Loaded(shown, doc, None, partial, kept),
                [*problems, *pydantic_problems(exc, doc, model)])


def partial_model(data: dict[str, Any], model: type[M],
                  exc: ValidationError) -> tuple[M | None, dict[str, tuple[int, ...]]]:
    """The model of the file without the list entries that failed, when every
    error lies inside an entry of a top-level list (one bad task entry of an
    agency file); else None."""
    bad: dict[str, set[int]] = {}
    for err in exc.errors(include_url=False):
        loc = err["loc"]
        listed = data.get(str(loc[0])) if loc else None
        if len(loc) < 2 or not isinstance(loc[1], int) or not isinstance(listed, list):
            return None, {}  # an error in the entry list itself, or outside any list
        bad.setdefault(str(loc[0]), set()).add(loc[1])
    kept = {name: tuple(i for i in range(len(data[name])) if i not in indexes)
            for name, indexes in bad.items()}
    trimmed = {**data, **{name: [data[name][i] for i in keep] for name, keep in kept.items()}}
    try:
        return model.model_validate(trimmed), kept
    except ValidationError:
        return None, {}


def read_assignment_bytes(files: list[tuple[str, bytes]]) -> list[Result]:
    """Agency files given as (shown path, bytes) rather than read from disk
    (the site's trend reads them from git objects): modelled one by one like
    `read_files` does, without the cache; the text is not kept."""
    results = [model_from_bytes(raw, shown, AssignmentFile) for shown, raw in files]
    for loaded, _ in results:
        loaded.doc.text = loaded.doc.data = None
    return results


def read_project(inputs: Inputs, today: date, *, jobs: int = 1,
                 cache: Cache | None = None) -> Project:
    """Every input file of the snapshot, modelled; no cross-file checks."""
    with paused_gc():
        project = read_base(inputs, today, cache=cache)
        for loaded, problems in read_files(inputs.assignments, AssignmentFile, cache, jobs):
            project.assignments.append(loaded)
            project.problems.extend(problems)
        return project


def read_base(inputs: Inputs, today: date, *, cache: Cache | None = None) -> Project:
    """The plan and the registry of the snapshot, modelled, and the problems of
    what was skipped; no agency file yet."""
    plan, p1 = read_files([inputs.plan], Plan, cache, 1)[0]
    registry, p2 = read_files([inputs.registry], AgencyRegistry, cache, 1)[0]
    return Project(inputs.root, plan, registry, problems=[*inputs.problems, *p1, *p2],
                   today=today, directory=Directory.build(registry.model))


def worth_workers(items: list[InputFile], jobs: int) -> bool:
    """Whether these files are enough YAML to share between `jobs` processes."""
    return jobs > 1 and len(items) >= 2 and sum(i.size for i in items) >= PARALLEL_MIN_BYTES


CHUNK_BYTES = 1024 * 1024
"""`read_in_chunks` hands over the agency files about this much YAML at a time."""


def read_in_chunks(items: list[InputFile], cache: Cache | None) -> Iterator[list[Result]]:
    """The agency files modelled a chunk at a time (about CHUNK_BYTES of YAML
    each), in this process, for a caller that lets each chunk go before the
    next: `validate` keeps only problems, so its memory does not grow with the
    number of files (with more YAML, `check.stream.check_in_workers`)."""
    chunk: list[InputFile] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += item.size
        if size >= CHUNK_BYTES:
            yield read_files(chunk, AssignmentFile, cache, 1)
            chunk, size = [], 0
    if chunk:
        yield read_files(chunk, AssignmentFile, cache, 1)


def read_files(items: list[InputFile], model: type[BaseModel], cache: Cache | None,
               jobs: int) -> list[Result]:
    """Each file's model and problems, in order: from the cache where its bytes
    are known, else parsed (in `jobs` processes when there are many)."""
    results: list[Result | None] = []
    misses: list[Miss] = []
    for index, item in enumerate(items):
        if not item.listed:  # not read: a link, a special file, too large...
            results.append(unread(item))
            continue
        key = cache.key(item.shown, model.__name__, item.digest) if cache and cache.enabled \
            else None
        hit = cache.get(file_entry_name(item.shown), key, file_codec(model, item.shown)) \
            if cache and key else None
        results.append(hit)
        if hit is None:
            misses.append((index, item, key))
    for (index, item, key), parsed in zip(misses, _parse_all(misses, model, jobs),
                                           strict=True):
        results[index] = parsed
        if cache and key and not any(p.code == "input-changed" for p in parsed[1]):
            cache.put(file_entry_name(item.shown), key, parsed, file_codec(model, item.shown))
    for item, done in zip(items, results, strict=True):
        if done is not None:
            _keep_light(done[0].doc, item)
    return [r for r in results if r is not None]


def unread(item: InputFile) -> Result:
    """A file with no model: the snapshot could not read it, or it changed
    since (`InputFile.take`); its problems say which."""
    return Loaded(item.shown, Document(item.shown), None), list(item.problems)


def parse_one(item: InputFile, model: type[M]) -> tuple[Loaded[M], list[Problem]]:
    """One file read again (its bytes checked against the snapshot) and modelled."""
    raw = item.take()
    if raw is None:
        return unread(item)
    return model_from_bytes(raw, item.shown, model)


def file_codec(model: type[BaseModel], shown: str) -> Codec[Result]:
    """A file's cache entry: its model's data (rebuilt and checked again by
    the model when read back), the partial model's when the model failed
    only for some entries, and its problems, as plain JSON data."""

    def encode(result: Result) -> dict[str, Any]:
        loaded, problems = result
        return {"model": _dump(loaded.model), "partial": _dump(loaded.partial),
                "kept": {name: list(indexes) for name, indexes in loaded.kept.items()},
                "problems": [problem_data(p) for p in problems]}

    def decode(data: Any) -> Result:
        built, partial = _rebuilt(model, data["model"]), _rebuilt(model, data["partial"])
        kept = data["kept"]
        if not isinstance(kept, dict) or not all(
                isinstance(v, list) and all(type(i) is int for i in v) for v in kept.values()):
            raise ValueError("not the kept entries")
        problems = [problem_from_data(p) for p in data["problems"]]
        if any(p.path != shown for p in problems):
            raise ValueError("another file's problems")
        return (Loaded(shown, Document(shown), built, partial,
                       {str(k): tuple(v) for k, v in kept.items()}), problems)

    return Codec(encode, decode)


def _dump(model: BaseModel | None) -> Any:
    return model.model_dump(mode="json") if model is not None else None


def _rebuilt(model: type[BaseModel], data: Any) -> BaseModel | None:
    return model.model_validate(data) if data is not None else None


def _keep_light(doc: Document, item: InputFile) -> None:
    """Remember the file, and let go of its text and raw data: the model holds
    the data, and positions are read again from the file if a later check
    needs one. At province size this keeps memory to the models alone."""
    doc.path = item.shown
    doc.let_go(item)


def _parse_all(misses: list[Miss], model: type[BaseModel], jobs: int) -> list[Result]:
    """Parse and validate the files the cache did not have. With several
    processes, the workers only turn YAML into plain data (the larger part of
    the work, and cheap to send back) and this process builds the models:
    sending models back cost more than building them."""
    if not worth_workers([item for _, item, _ in misses], jobs):
        return [parse_one(item, model) for _, item, _ in misses]
    chunk = max(len(misses) // (jobs * 8), 1)
    pool = _new_pool(jobs)
    try:
        with interrupts_held():  # the workers start here
            read = pool.map(_read_one, [item for _, item, _ in misses],
                            chunksize=chunk)  # results arrive in order, while others are read
        return [build_model(Document(item.shown, data=data, source=item), problems, model)
                if changed is None else unread(changed)
                for (_, item, _), (data, problems, changed) in zip(misses, read, strict=True)]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    return new_pool(jobs, ignore_interrupts)


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C is this process's to handle: it stops the pool (pending work
    cancelled, running chunks finished) and cchc exits 130, so the workers
    ignore SIGINT and none dies midway with a traceback. Where the platform
    can (POSIX: pthread_sigmask), SIGINT is blocked while they start, so none
    is hit before its initializer ran; one that arrives meanwhile is delivered
    here right after. On Windows there is no signal mask: a Ctrl-C in the
    instant a worker starts can still end that worker, and the pool then stops."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def ignore_interrupts() -> None:
    """In each worker, before any work: Ctrl-C is the main process's."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_one(item: InputFile) -> tuple[Any, list[Problem], InputFile | None]:
    """In a worker process: one file read (checked against the snapshot's
    digest) and its YAML as plain data, with its problems; the file with
    its problem when it changed since the snapshot."""
    raw = item.take()
    if raw is None:
        return None, [], item
    doc, problems = load_bytes(raw, item.shown)
    return doc.data, problems, None
