"""JSON with two spaces of indentation, as `json.dumps(data, ensure_ascii=False,
indent=2)` writes it, made faster.

The standard library writes indented JSON in Python generators (its C encoder
serves only unindented output): the head of a country's `cchc status --format
json`, 28,000 agencies with their counts, took a second. Here each value is
written by one recursive function into one list; text, numbers and the three
constants as json writes them. Anything else (a type json would refuse or
convert) is handed to json itself, so the text is always json's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring
from typing import Any

_FLOATS = {float("inf"): "Infinity", float("-inf"): "-Infinity"}


class _Unusual(Exception):
    """A value this writer leaves to json."""


def dumps_indented(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`."""
    out: list[str] = []
    try:
        _write(data, "\n", out)
    except (_Unusual, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


def _write(value: Any, newline: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        out.append(_float(value))
    elif kind is dict:
        _write_dict(value, newline, out)
    elif kind is list or kind is tuple:
        _write_list(value, newline, out)
    else:
        raise _Unusual


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    return _FLOATS.get(value) or float.__repr__(value)


def _write_dict(value: dict[Any, Any], newline: str, out: list[str]) -> None:
    if any(type(key) is not str for key in value):
        raise _Unusual  # json turns numbers and constants into keys its own way
    _write_items("{", "}", ((encode_basestring(k) + ": ", v) for k, v in value.items()),
                 newline, out)


def _write_list(value: list[Any] | tuple[Any, ...], newline: str, out: list[str]) -> None:
    _write_items("[", "]", (("", item) for item in value), newline, out)


def _write_items(opening: str, closing: str, items: Iterator[tuple[str, Any]], newline: str,
                 out: list[str]) -> None:
    """A dict's or a list's items (each with what goes before its value), one
    a line, indented one step more than `newline`; `{}` or `[]` when empty."""
    inner = newline + "  "
    separator = opening + inner
    empty = True
    for before, item in items:
        out.append(separator + before)
        separator, empty = "," + inner, False
        _write(item, inner, out)
    out.append(opening + closing if empty else newline + closing)
