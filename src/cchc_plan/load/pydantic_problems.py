"""pydantic's validation errors as problems at their place in the file, with
the catalog's wording, a did-you-mean for unknown fields and the allowed
values for a wrong one. The place is named as an officer reads the file:
"nhiệm vụ 3.2 › kỳ 2021 › status", not `tasks.6.periods.0.status`."""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from cchc_plan.core.dates import DateError, PeriodError
from cchc_plan.core.messages import InvalidValue, Msg, msg, place, quoted
from cchc_plan.core.problems import Problem
from cchc_plan.load.numbers import number_source
from cchc_plan.load.yamlio import Document


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
    where = place_of(loc, doc.data)
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
    if kind == "value_error" and isinstance(error, PeriodError):
        return doc.problem(loc, "bad-id", error.message.with_params(where=where),
                           msg("hint.period-format"))
    if kind == "value_error" and isinstance(error, InvalidValue):
        return doc.problem(loc, "wrong-type", error.message.with_params(where=where))
    if kind == "union_tag_invalid" and "tag" in ctx:  # a deadline part's unknown `kind`
        loc, value = (*loc, "kind"), ctx["tag"]
        where = place_of(loc, doc.data)
    if kind in ("literal_error", "union_tag_invalid"):
        expected = _expected(err)
        close = difflib.get_close_matches(str(value), expected, n=1)
        hint = (msg("hint.did-you-mean", name=quoted(close[0])) if close
                else msg("hint.one-of", options=", ".join(expected)))
        return doc.problem(loc, "bad-value", msg("bad-value", where=where, value=quoted(value)),
                           hint)
    if kind == "string_pattern_mismatch":
        return doc.problem(loc, "bad-id", msg("bad-id", where=where, value=quoted(value)),
                           msg("hint.id-format"))
    detail = str(err["msg"]).removeprefix("Value error, ")
    return doc.problem(loc, "wrong-type", _type_message(kind, ctx, where, detail))


IDENTIFIED: dict[str, tuple[str, tuple[str, ...]]] = {
    "tasks": ("task", ("task", "id")),
    "milestones": ("task", ("id",)),
    "periods": ("period", ("period",)),
    "deadline": ("part", ("key", "kind")),
    "events": ("event", ("event", "id")),
    "agencies": ("agency", ("id",)),
    "groups": ("group", ("id",)),
    "sections": ("section", ("id",)),
}
"""List fields whose entries officers know by an id: (place kind, id fields)."""
_SAFE_ID = re.compile(r"^[\w.\-]{1,40}$")


def place_of(loc: tuple[str | int, ...], data: Any) -> str:
    """The place of `loc` for `{where!w}`: entries of a list named by their id
    where the file gives one (`task=3.2`), else by their number (`item=7`)."""
    steps: list[str] = []
    current: Any = data
    for index, step in enumerate(loc):
        if isinstance(step, int):
            item = current[step] if isinstance(current, list) and step < len(current) else None
            parent = loc[index - 1] if index else ""
            fields = IDENTIFIED.get(str(parent), ("", ()))[1]
            if loc[index + 1:] in [(name,) for name in fields]:
                fields = ()  # the id itself is what is wrong: name the entry by number
            ident = _entry_id(item, fields)
            if ident is not None and steps:
                steps[-1] = f"{IDENTIFIED[str(parent)][0]}={ident}"
            else:
                steps.append(f"item={step + 1}")
            current = item
        else:
            steps.append(str(step))
            current = current.get(step) if isinstance(current, dict) else None
    return place(*steps)


def _entry_id(item: Any, fields: tuple[str, ...]) -> str | None:
    if not isinstance(item, dict):
        return None
    for name in fields:
        value = _as_id_text(item.get(name))
        if value is not None and _SAFE_ID.match(value):
            return value
    return None


def _as_id_text(value: Any) -> str | None:
    source = number_source(value)
    if source is not None:
        return source
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value)
    return None


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
