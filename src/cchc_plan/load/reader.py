"""Read a plan repository's files into models: the first two stages.

    read_project(root, today, jobs=N, cache=Cache(root)) -> Project

Files whose bytes are in the cache are not parsed again; the others are parsed
in `jobs` processes when there are enough of them to pay for the processes.
The cross-file checks are the next stage (`check`); `cchc_plan.app` runs both.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from cchc_plan.core.messages import msg
from cchc_plan.core.perf import paused_gc
from cchc_plan.core.problems import Problem
from cchc_plan.load.cache import Cache, file_entry_name
from cchc_plan.load.directory import Directory
from cchc_plan.load.layout import AGENCIES_FILE, PLAN_FILE, assignment_paths, shown_path
from cchc_plan.load.models import AgencyRegistry, AssignmentFile, Plan
from cchc_plan.load.project import Loaded, Project
from cchc_plan.load.pydantic_problems import pydantic_problems
from cchc_plan.load.yamlio import Document, load_bytes

M = TypeVar("M", bound=BaseModel)
PARALLEL_MIN = 24  # fewer files to parse than this: one process is faster
Result = tuple[Loaded[Any], list[Problem]]


def model_from_bytes(raw: bytes, shown: str, model: type[M]) -> tuple[Loaded[M], list[Problem]]:
    """One file's model (or its problems) from its bytes."""
    return build_model(*load_bytes(raw, shown), model)


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


def read_project(root: Path, today: date, *, jobs: int = 1,
                 cache: Cache | None = None) -> Project:
    """Every input file of the repository, modelled; no cross-file checks."""
    with paused_gc():
        plan, p1 = read_files([root / PLAN_FILE], root, Plan, cache, 1)[0]
        registry, p2 = read_files([root / AGENCIES_FILE], root, AgencyRegistry, cache, 1)[0]
        project = Project(root, plan, registry, problems=[*p1, *p2], today=today,
                          directory=Directory.build(registry.model))
        for loaded, problems in read_files(assignment_paths(root), root, AssignmentFile,
                                           cache, jobs):
            project.assignments.append(loaded)
            project.problems.extend(problems)
        return project


def read_files(paths: list[Path], root: Path, model: type[BaseModel], cache: Cache | None,
               jobs: int) -> list[Result]:
    """Each file's model and problems, in order: from the cache where its bytes
    are known, else parsed (in `jobs` processes when there are many)."""
    results: list[Result | None] = []
    misses: list[tuple[int, bytes, str, str | None]] = []
    for index, path in enumerate(paths):
        shown = shown_path(path, root)
        try:
            raw, digest = cache.take(path) if cache and cache.enabled else (path.read_bytes(), "")
        except OSError as exc:
            doc = Document(shown)
            results.append((Loaded(shown, doc, None), [Problem(
                shown, 1, 1, "unreadable", msg("unreadable", reason=exc.strerror or exc))]))
            continue
        key = cache.key(shown, model.__name__, digest) if cache and cache.enabled else None
        hit = cache.get(file_entry_name(shown), key) if cache and key else None
        results.append(hit)
        if hit is None:
            misses.append((index, raw, shown, key))
    for (index, _, shown, key), parsed in zip(misses, _parse_all(misses, paths, model, jobs),
                                               strict=True):
        results[index] = parsed
        if cache and key:
            cache.put(file_entry_name(shown), key, parsed)
    for path, done in zip(paths, results, strict=True):
        if done is not None:
            _keep_light(done[0].doc, path)
    return [r for r in results if r is not None]


def _keep_light(doc: Document, path: Path) -> None:
    """Remember the file, and let go of its text and raw data: the model holds
    the data, and positions are read again from the file if a later check
    needs one. At province size this keeps memory to the models alone."""
    doc.source = path
    doc.text = None
    doc.data = None


def _parse_all(misses: list[tuple[int, bytes, str, str | None]], paths: list[Path],
               model: type[BaseModel], jobs: int) -> list[Result]:
    """Parse and validate the files the cache did not have. With several
    processes, the workers only turn YAML into plain data (the larger part of
    the work, and cheap to send back) and this process builds the models:
    sending models back cost more than building them."""
    if jobs <= 1 or len(misses) < PARALLEL_MIN:
        return [model_from_bytes(raw, shown, model) for _, raw, shown, _ in misses]
    chunk = max(len(misses) // (jobs * 8), 1)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        read = pool.map(_read_one, [(raw, shown) for _, raw, shown, _ in misses],
                        chunksize=chunk)  # results arrive in order, while others are read
        return [build_model(Document(shown, data=data, source=paths[index]), problems, model)
                for (index, _, shown, _), (data, problems) in zip(misses, read, strict=True)]


def _read_one(args: tuple[bytes, str]) -> tuple[Any, list[Problem]]:
    """In a worker process: one file's YAML as plain data, and its problems."""
    raw, shown = args
    doc, problems = load_bytes(raw, shown)
    return doc.data, problems
