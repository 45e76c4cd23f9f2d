"""Changing values in an agency file and keeping everything else as it was.

`cchc form import` writes what an agency filled in back into
assignments/<agency>.yaml, a file people also edit by hand. ruamel.yaml's
round-trip mode keeps comments, key order, quoting, flow or block style and
indentation (guessed from the file); only the values that change are
touched, and a file with no change is never rewritten. If the library would
still rewrite something else in a file (a layout it does not reproduce), the
change is carried over line by line onto the original text instead: the
lines ruamel's output changes are replaced, all others stay byte for byte.

Only files that the project's own safe loader has read within its bounds
reach this module; ruamel.yaml is imported by `cchc form import` alone.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString
from ruamel.yaml.util import load_yaml_guess_indent

KEY_ORDER = ("schema_version", "agency", "contact", "updated", "events", "task", "period",
             "part", "status", "completed", "assignee", "deadline", "request_due", "evidence",
             "notes", "periods", "tasks")
"""Where a new key goes: before the first existing key that comes later here."""
PERSON_KEYS = ("name", "position", "phone", "email")
_NUMBERLIKE = re.compile(r"^[\d.]+$")
_PLAIN = re.compile(r"[^\W_][\w .()/+–-]*[\w.)]|[^\W_]")
"""Text that needs no quotes in block and flow style alike: no indicator
(`? : # , [ ] { } ' " ! & * | > % @`) anywhere, no space at either end."""


@dataclass(frozen=True)
class Change:
    """New values for one record of an agency file, which is created if missing.

    `task` None is the top level of the file (`contact.name`, `updated`);
    else the task entry, or with `period` and/or `part` its entry under
    `periods:`. `values` are (dotted key, value): `status`, `evidence.0.title`,
    `assignee.name`; None clears a value, and `evidence.0` None removes the
    first document."""

    task: str | None
    period: str | None = None
    part: str | None = None
    values: tuple[tuple[str, Any], ...] = ()


class EditError(Exception):
    """The file cannot be read for a round trip."""


def apply_changes(text: str, changes: Sequence[Change], task_order: Sequence[str]) -> str:
    """The file's text with the changes made (the same text when there are none)."""
    if not changes:
        return text
    bom = text.startswith("\ufeff")
    body = text[1:] if bom else text
    crlf = "\r\n" in body
    if crlf:
        body = body.replace("\r\n", "\n")
    yaml = _yaml(body)
    try:
        data = yaml.load(body)
    except YAMLError as exc:
        raise EditError(str(exc).splitlines()[0] if str(exc) else "") from None
    if not isinstance(data, CommentedMap):
        raise EditError("top level")
    base = _dump(yaml, data)
    order = {task: i for i, task in enumerate(task_order)}
    for change in changes:
        _apply(data, change, order)
    changed = _dump(yaml, data)
    result = changed if base == body else carry_over(body, base, changed)
    if crlf:
        result = result.replace("\n", "\r\n")
    return ("\ufeff" if bom else "") + result


def _yaml(text: str) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1_000_000  # never fold a long line the file did not fold
    try:
        _, indent, offset = load_yaml_guess_indent(text)
    except YAMLError:
        indent, offset = None, None
    sequence = indent or 2
    offset = offset or 0
    yaml.indent(mapping=max(sequence - offset, 2), sequence=sequence, offset=offset)
    return yaml


def _dump(yaml: YAML, data: Any) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def carry_over(original: str, base: str, changed: str) -> str:
    """Make the edits from `base` to `changed` on `original`, where `base` is
    ruamel's rendering of the untouched `original`: each changed block of
    lines replaces the lines of `original` that `base` shares with it."""
    orig, before, after = (t.splitlines(keepends=True) for t in (original, base, changed))
    to_orig: dict[int, int] = {}
    for block in difflib.SequenceMatcher(None, before, orig, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            to_orig[block.a + k] = block.b + k
    out, cursor = [], 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after,
                                                       autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        start = _mapped_start(to_orig, i1, len(orig))
        if start is None or start < cursor:
            return changed  # the two renderings cannot be lined up: take ruamel's
        end = to_orig[i2 - 1] + 1 if i2 > i1 and (i2 - 1) in to_orig else start + (i2 - i1)
        out += orig[cursor:start] + after[j1:j2]
        cursor = end
    return "".join(out + orig[cursor:])


def _mapped_start(to_orig: dict[int, int], index: int, size: int) -> int | None:
    if index in to_orig:
        return to_orig[index]
    if index == 0:
        return 0
    return to_orig[index - 1] + 1 if (index - 1) in to_orig else (size if index >= size else None)


# --- one change -------------------------------------------------------------------------


def _apply(data: CommentedMap, change: Change, order: dict[str, int]) -> None:
    if change.task is None:
        record = data
    else:
        entry = _task_entry(data, change.task, order)
        record = entry if change.period is None and change.part is None else _period_entry(
            entry, change.period, change.part)
    for key, value in change.values:
        _set(record, key.split("."), value)


def _task_entry(data: CommentedMap, task: str, order: dict[str, int]) -> CommentedMap:
    tasks = data.get("tasks")
    if not isinstance(tasks, CommentedSeq):
        tasks = CommentedSeq()
        _insert(data, "tasks", tasks)
    for item in tasks:
        if isinstance(item, CommentedMap) and _text(item.get("task")) == task:
            return item
    entry = CommentedMap([("task", _id(task))])
    rank = order.get(task, len(order))
    place = next((i for i, item in enumerate(tasks) if isinstance(item, CommentedMap)
                  and order.get(_text(item.get("task")) or "", len(order)) > rank), len(tasks))
    tasks.insert(place, entry)
    return entry


def _period_entry(entry: CommentedMap, period: str | None, part: str | None) -> CommentedMap:
    periods = entry.get("periods")
    if not isinstance(periods, CommentedSeq):
        periods = CommentedSeq()
        _insert(entry, "periods", periods)
    for item in periods:
        if (isinstance(item, CommentedMap) and _text(item.get("period")) == period
                and _text(item.get("part")) == part):
            return item
    record = CommentedMap()
    if period is not None:
        record["period"] = _id(period)
    if part is not None:
        record["part"] = part
    if periods and isinstance(periods[0], CommentedMap) and periods[0].fa.flow_style():
        record.fa.set_flow_style()
    periods.append(record)
    return record


def _set(record: CommentedMap, path: list[str], value: Any) -> None:
    key = path[0]
    if len(path) == 1:
        _set_value(record, key, value)
    elif key == "evidence":
        _set_evidence(record, path[2:], value)
    else:
        child = record.get(key)
        if not isinstance(child, CommentedMap):
            if value is None:
                return
            child = CommentedMap()
            if key == "assignee":  # `{name: ..., position: ...}`, as the examples write it
                child.fa.set_flow_style()
            if key in record:
                record[key] = child
            else:
                _insert(record, key, child)
        _set(child, path[1:], value)


def _set_value(record: CommentedMap, key: str, value: Any) -> None:
    if value is None:
        if key in record and key in PERSON_KEYS:
            record[key] = None  # a person's blank field stays, as the starting file has it
        elif key in record:
            del record[key]
        return
    value = _scalar(record, value)
    if key in record:
        record[key] = value
    else:
        _insert(record, key, value)


def _set_evidence(record: CommentedMap, path: list[str], value: Any) -> None:
    docs = record.get("evidence")
    if not path:  # `evidence.0` None: the first document goes
        if isinstance(docs, CommentedSeq) and docs:
            del docs[0]
            if not docs:
                del record["evidence"]
        return
    if not isinstance(docs, CommentedSeq):
        if value is None:
            return
        docs = CommentedSeq()
        _insert(record, "evidence", docs)
    if not docs or not isinstance(docs[0], CommentedMap):
        if value is None:
            return
        doc = CommentedMap()
        doc.fa.set_flow_style()
        docs.insert(0, doc)
    doc = docs[0]
    _set_value(doc, path[0], value)


def _insert(mapping: CommentedMap, key: str, value: Any) -> None:
    rank = KEY_ORDER.index(key) if key in KEY_ORDER else len(KEY_ORDER)
    keys = list(mapping)
    place = next((i for i, k in enumerate(keys)
                  if (KEY_ORDER.index(k) if k in KEY_ORDER else len(KEY_ORDER)) > rank),
                 len(keys))
    mapping.insert(place, key, value)


def _scalar(parent: CommentedMap, value: Any) -> Any:
    """Text the way the project's own reader (PyYAML, YAML 1.1) reads it back as
    the same text: plain when that is sure (`20/BC-TP`, `Nguyễn Văn A`), a
    literal block for lines of notes, double quotes otherwise. ruamel.yaml
    alone would write some plain scalars (`?1` in a flow mapping) that only a
    YAML 1.2 reader takes."""
    if not isinstance(value, str):
        return value
    if "\n" in value:
        lines = value.split("\n")
        if parent.fa.flow_style() or any(line != line.rstrip() or "\t" in line
                                         for line in lines):
            return DoubleQuotedScalarString(value)
        return LiteralScalarString(value)
    return value if _plain_is_safe(value) else DoubleQuotedScalarString(value)


def _plain_is_safe(value: str) -> bool:
    if not _PLAIN.fullmatch(value):
        return False
    try:
        return bool(yaml.safe_load(value) == value)
    except yaml.YAMLError:
        return False


def _id(value: str) -> Any:
    """Task ids and periods that look like numbers are quoted, as `cchc init` writes them."""
    return DoubleQuotedScalarString(value) if _NUMBERLIKE.match(value) else value


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
