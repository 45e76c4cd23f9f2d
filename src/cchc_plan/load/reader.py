"""Load a plan repository: read YAML, build models, run the cross-file checks.

    load_project(root, jobs=N, cache=Cache(root)) -> Project

`Project.problems` holds every problem of every file; a file that cannot be
read or modelled is still listed, so later stages can say plainly whose data
is missing instead of treating the agency as silent. Files whose bytes are in
the cache are not parsed again; the others are parsed in `jobs` processes
when there are enough of them to pay for the processes.
"""

from __future__ import annotations

import difflib
import types
import typing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from cchc_plan.core.dates import DateError
from cchc_plan.core.messages import InvalidValue, Msg, msg, quoted
from cchc_plan.core.problems import Problem, sorted_problems
from cchc_plan.load.cache import Cache, file_entry_name
from cchc_plan.load.directory import Directory
from cchc_plan.load.layout import (
    AGENCIES_FILE,
    ASSIGNMENTS_DIR,
    PLAN_FILE,
    RootNotFound,
    assignment_paths,
    check_root,
    find_root,
    paused_gc,
    shown_path,
)
from cchc_plan.load.models import AgencyRegistry, AssignmentFile, Plan
from cchc_plan.load.yamlio import Document, load_bytes

__all__ = ["AGENCIES_FILE", "ASSIGNMENTS_DIR", "PLAN_FILE", "Loaded", "Project", "RootNotFound",
           "assignment_paths", "check_root", "find_root", "load_project"]

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
PARALLEL_MIN = 24  # fewer files to parse than this: one process is faster


@dataclass
class Loaded(Generic[T]):
    """One file: its shown path, its parsed document and model (None when unusable)."""

    path: str
    doc: Document
    model: T | None


@dataclass
class Project:
    root: Path
    plan: Loaded[Plan]
    registry: Loaded[AgencyRegistry]
    assignments: list[Loaded[AssignmentFile]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    directory: Directory = field(default_factory=Directory)
    today: date = field(default_factory=date.today)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


def load_model(path: Path, root: Path, model: type[M]) -> tuple[Loaded[M], list[Problem]]:
    return _load_many([path], root, model, None, 1)[0]


def model_from_bytes(raw: bytes, shown: str, model: type[M]) -> tuple[Loaded[M], list[Problem]]:
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
        return Loaded(shown, doc, None), [*problems, *pydantic_problems(exc, doc, model)]


def load_project(root: Path, today: date | None = None, *, jobs: int = 1,
                 cache: Cache | None = None) -> Project:
    with paused_gc():
        return _load_project(root, today or date.today(), jobs, cache)


def _load_project(root: Path, today: date, jobs: int, cache: Cache | None) -> Project:
    from cchc_plan.check.checks import run_checks

    plan, p1 = _load_many([root / PLAN_FILE], root, Plan, cache, 1)[0]
    registry, p2 = _load_many([root / AGENCIES_FILE], root, AgencyRegistry, cache, 1)[0]
    project = Project(root, plan, registry, problems=[*p1, *p2], today=today)
    project.directory = Directory.build(project.registry.model)
    for loaded, problems in _load_many(assignment_paths(root), root, AssignmentFile, cache, jobs):
        project.assignments.append(loaded)
        project.problems.extend(problems)
    project.problems.extend(run_checks(project))
    project.problems = sorted_problems(project.problems)
    return project


Result = tuple[Loaded[Any], list[Problem]]


def _load_many(paths: list[Path], root: Path, model: type[BaseModel], cache: Cache | None,
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


# --- pydantic errors -> problems with positions --------------------------------


def pydantic_problems(exc: ValidationError, doc: Document, model: type[BaseModel]) -> list[Problem]:
    return [_one_problem(err, doc, model) for err in exc.errors(include_url=False)]


# pydantic error type -> (message id, the ctx entry that holds its limit)
_TYPE_MESSAGES: dict[str, tuple[str, str | None]] = {
    "string_type": ("wrong-type.text", None),
    "list_type": ("wrong-type.list", None),
    "dict_type": ("wrong-type.mapping", None),
    "model_type": ("wrong-type.mapping", None),
    "model_attributes_type": ("wrong-type.mapping", None),
    "int_type": ("wrong-type.integer", None),
    "int_parsing": ("wrong-type.integer", None),
    "int_from_float": ("wrong-type.integer", None),
    "bool_type": ("wrong-type.bool", None),
    "bool_parsing": ("wrong-type.bool", None),
    "greater_than_equal": ("wrong-type.at-least", "ge"),
    "greater_than": ("wrong-type.more-than", "gt"),
    "less_than_equal": ("wrong-type.at-most", "le"),
    "less_than": ("wrong-type.less-than", "lt"),
    "too_long": ("wrong-type.too-many", "max_length"),
    "string_too_long": ("wrong-type.too-long", "max_length"),
    "union_tag_not_found": ("wrong-type.no-kind", None),
}


def _one_problem(err: Any, doc: Document, model: type[BaseModel]) -> Problem:
    loc: tuple[str | int, ...] = tuple(err["loc"])
    kind: str = err["type"]
    ctx: dict[str, Any] = err.get("ctx") or {}
    where = ".".join(str(p) for p in loc)
    if kind == "extra_forbidden":
        name = str(loc[-1])
        allowed = field_names(model, loc[:-1])
        close = difflib.get_close_matches(name, allowed, n=1)
        hint = msg("hint.did-you-mean", name=quoted(close[0])) if close else _allowed_hint(allowed)
        return doc.problem(loc, "unknown-field", msg("unknown-field", name=quoted(name)), hint,
                           key=True)
    if kind == "missing":
        return doc.problem(loc[:-1], "missing-field", msg("missing-field", name=quoted(loc[-1])))
    value = err.get("input")
    error = ctx.get("error")
    if kind == "value_error" and isinstance(error, DateError):
        return doc.problem(loc, "bad-date", error.message)
    if kind == "value_error" and isinstance(error, InvalidValue):
        return doc.problem(loc, "wrong-type", error.message.with_params(where=where))
    if kind == "union_tag_invalid" and "tag" in ctx:  # a deadline part's unknown `kind`
        loc, value = (*loc, "kind"), ctx["tag"]
        where = f"{where}.kind"
    if kind in ("literal_error", "union_tag_invalid"):
        expected = _expected(err)
        close = difflib.get_close_matches(str(value), expected, n=1)
        hint = (msg("hint.did-you-mean", name=quoted(close[0])) if close
                else msg("hint.one-of", options=", ".join(expected)))
        return doc.problem(loc, "bad-value", msg("bad-value", where=where, value=quoted(value)),
                           hint)
    if kind == "string_pattern_mismatch":
        if loc and loc[-1] == "period":
            return doc.problem(loc, "bad-id", msg("bad-id.period", where=where,
                                                   value=quoted(value)), msg("hint.period-format"))
        return doc.problem(loc, "bad-id", msg("bad-id", where=where, value=quoted(value)),
                           msg("hint.id-format"))
    detail = str(err["msg"]).removeprefix("Value error, ")
    return doc.problem(loc, "wrong-type", _type_message(kind, ctx, where, detail))


def _type_message(kind: str, ctx: dict[str, Any], where: str, detail: str) -> Msg:
    """A wrong value's message; pydantic's own (English) text for a kind not listed."""
    if kind in ("too_short", "string_too_short"):
        if ctx.get("field_type") == "List":
            return msg("wrong-type.too-few", where=where, limit=ctx.get("min_length", 1))
        return msg("wrong-type.empty", where=where)  # NonEmpty text: at least 1 character
    if kind in _TYPE_MESSAGES:
        message_id, limit = _TYPE_MESSAGES[kind]
        return msg(message_id, where=where, **({"limit": ctx.get(limit, "")} if limit else {}))
    return msg("wrong-type", where=where, detail=detail)


def _expected(err: Any) -> list[str]:
    ctx = err.get("ctx", {})
    raw = str(ctx.get("expected_tags") or ctx.get("expected") or "")
    return [p.strip(" '\"") for p in raw.replace(" or ", ",").split(",") if p.strip(" '\"")]


def _allowed_hint(allowed: list[str]) -> Msg | None:
    return msg("hint.allowed-fields", names=", ".join(allowed)) if allowed else None


def field_names(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """Field names of the model that sits at `loc` inside `model` (for did-you-mean)."""
    current: Any = model
    for step in loc:
        current = _step(current, step)
        if current is None:
            return []
    current = _unwrap(current, None)
    return list(current.model_fields) if _is_model(current) else []


def _step(current: Any, step: str | int) -> Any:
    if isinstance(step, str) and _is_model_union(current):
        return _unwrap(current, step)  # the step is the union's tag
    current = _unwrap(current, None)
    if isinstance(step, int):
        args = typing.get_args(current)
        return args[0] if typing.get_origin(current) is list and args else None
    if _is_model(current):
        info = current.model_fields.get(step)
        return info.annotation if info else current  # a union tag: stay on the member
    return None


def _unwrap(tp: Any, tag: str | None) -> Any:
    """Strip Annotated/Optional; pick a union member by its `kind` tag."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(tp) if a is not type(None)]
            models = [m for m in members if _is_model(m)]
            tagged = [m for m in models if tag and _kind_of(m) == tag]
            tp = (tagged or models or members)[0]
        else:
            return tp


def _is_model_union(tp: Any) -> bool:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return False
    return sum(_is_model(a) for a in typing.get_args(tp)) > 1


def _kind_of(model: Any) -> str | None:
    info = model.model_fields.get("kind")
    args = typing.get_args(info.annotation) if info else ()
    return str(args[0]) if args else None


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)
