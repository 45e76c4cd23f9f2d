"""Turning a composed YAML node graph into plain data, safely and within bounds.

The composer (libyaml when present) builds nodes; this builder turns them into
dict, list, str, int, float, bool and None itself, so no YAML tag can construct
a Python object: any tag other than the core ones is refused. Keys stay text
(`on:` is not True, `2020:` is not an int); duplicate keys are problems; size,
depth, alias expansion and string length are bounded. With `record`, it also
notes the line and column of every key and value by their path.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.core.problems import Problem
from cchc_plan.core.text import nfc
from cchc_plan.load.limits import MAX_ALIASES, MAX_DEPTH, MAX_NODES, MAX_STRING
from cchc_plan.load.numbers import YamlFloat, YamlInt

Path_ = tuple[str | int, ...]
Marks = tuple[dict[Path_, tuple[int, int]], dict[Path_, tuple[int, int]]]

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
_ALLOWED_TAGS = _SCALAR_TAGS | {f"{_CORE}map", f"{_CORE}seq", f"{_CORE}merge"}
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                       "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff"
                       "\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff"
                       "\u202a-\u202e\u2066-\u2069"
                       "\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
"""Characters no text value may hold (README, "Security"): C0 controls but TAB
and LF, DEL, C1 controls, surrogates, noncharacters, and the bidi embedding,
override and isolate controls that reorder a line (Trojan Source); and the
invisible format characters (INVISIBLE) with which two different names look
the same in a report."""
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
"""Soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width
space/non-joiner/joiner, left-to-right and right-to-left marks, word joiner,
invisible operators, and a byte order mark inside the text."""
_MERGE, _NULL, _STR = f"{_CORE}merge", f"{_CORE}null", f"{_CORE}str"
_BOOL = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


def _position(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class Limit(Exception):
    """A bound was passed or a node is not allowed: the whole file is refused."""

    def __init__(self, code: str, message: Msg, mark: yaml.Mark | None, hint: Msg | None = None):
        super().__init__(code)
        self.code, self.message, self.mark, self.hint = code, message, mark, hint


class Builder:
    """Turns a node graph into data, enforcing bounds. With `record`, it also
    notes the line and column of every key and value by their path."""

    def __init__(self, path: str, record: bool = False) -> None:
        self.path = path
        self.record = record
        self.problems: list[Problem] = []
        self.value_marks: dict[Path_, tuple[int, int]] = {}
        self.key_marks: dict[Path_, tuple[int, int]] = {}
        self.nodes = 0
        self.aliases = 0
        self.seen: set[int] = set()
        self.stack: set[int] = set()

    def build(self, node: yaml.Node, loc: Path_ | None, depth: int) -> Any:
        """`loc` is the path of `node` when recording marks, else None."""
        if loc is None and type(node) is yaml.ScalarNode and node.tag in _SCALAR_TAGS \
                and depth < MAX_DEPTH and self.nodes < MAX_NODES:
            self.nodes += 1  # most nodes: a value's text, no bound near (`_count`)
            return self._scalar(node)
        self._count(node, depth)
        if loc is not None:
            self.value_marks[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if node.tag not in _ALLOWED_TAGS:
            raise Limit(
                "forbidden-tag",
                msg("forbidden-tag", tag=quoted(node.tag)),
                node.start_mark,
                msg("hint.plain-values"),
            )
        if type(node) is yaml.ScalarNode:  # most nodes: no alias bookkeeping for text
            return self._scalar(node)
        self._count_alias(node)
        if id(node) in self.stack:
            raise Limit("alias-loop", msg("alias-loop"), node.start_mark)
        self.stack.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                if loc is None:
                    return [self.build(item, None, depth + 1) for item in node.value]
                return [self.build(item, (*loc, i), depth + 1) for i, item in enumerate(node.value)]
            assert isinstance(node, yaml.MappingNode)
            return self._mapping(node, loc, depth)
        finally:
            self.stack.discard(id(node))

    def _count_alias(self, node: yaml.Node) -> None:
        """A collection met again is an alias: at most MAX_ALIASES of them, so
        that a few lines cannot expand to billions of values."""
        if id(node) in self.seen:
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise Limit(
                    "too-many-aliases",
                    msg("too-many-aliases", limit=MAX_ALIASES),
                    node.start_mark,
                    msg("hint.write-out-aliases"),
                )
        self.seen.add(id(node))

    def _count(self, node: yaml.Node, depth: int) -> None:
        if depth >= MAX_DEPTH:  # the top-level mapping is level 1
            raise Limit("too-deep", msg("too-deep", limit=MAX_DEPTH), node.start_mark)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise Limit("too-large", msg("too-large", limit=MAX_NODES), node.start_mark,
                        msg("hint.no-anchors"))

    def _mapping(self, node: yaml.MappingNode, loc: Path_ | None, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first: dict[Any, yaml.Node] = {}
        merged: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                merged.update(self._merge(value_node, loc, depth))
                continue
            if type(key_node) is not yaml.ScalarNode:
                raise Limit("bad-key", msg("bad-key"), key_node.start_mark)
            if depth + 1 < MAX_DEPTH and self.nodes < MAX_NODES:
                self.nodes += 1  # `_count`, no bound near
            else:
                self._count(key_node, depth + 1)
            key = key_node.value if key_node.tag != _NULL else ""
            # keys stay text: `on:` is not True, `2020:` not an int
            if key in result:
                self.problems.append(
                    Problem(
                        self.path,
                        *_position(key_node),
                        "duplicate-key",
                        msg("duplicate-key", key=quoted(key)),
                        msg("hint.first-at-line", line=_position(first[key])[0]),
                    )
                )
                continue
            first[key] = key_node
            if loc is None:
                result[key] = self.build(value_node, None, depth + 1)
            else:
                self.key_marks[(*loc, key)] = _position(key_node)
                result[key] = self.build(value_node, (*loc, key), depth + 1)
        for key, value in merged.items():
            result.setdefault(key, value)
        return result

    def _merge(self, node: yaml.Node, loc: Path_ | None, depth: int) -> dict[Any, Any]:
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        merged: dict[Any, Any] = {}
        for source in reversed(sources):
            value = self.build(source, loc, depth + 1)
            if not isinstance(value, dict):
                raise Limit("bad-merge", msg("bad-merge"), source.start_mark)
            merged.update(value)
        return merged

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        text: str = node.value
        if len(text) > MAX_STRING:
            raise Limit(
                "string-too-long",
                msg("string-too-long", length=len(text), limit=MAX_STRING),
                node.start_mark,
            )
        if node.tag == _STR:  # most values: text
            return self._text(text, node)
        tag = node.tag[len(_CORE) :]
        if tag == "null":
            return None
        if tag == "bool":
            return _BOOL.get(text.lower(), text)
        if tag == "int":
            try:
                return YamlInt(int(text.replace("_", ""), 0), text)
            except ValueError:
                return text
        if tag == "float":
            try:
                return YamlFloat(float(text.replace("_", "")), text)
            except ValueError:
                return text
        return self._text(text, node)

    def _text(self, text: str, node: yaml.ScalarNode) -> str:
        if text.isascii() and text.isprintable():  # most values: nothing to do
            return text
        if not text.isprintable():  # rare: a line break, a tab, or worse
            text = self._without_controls(text, node)
        return nfc(text)

    def _without_controls(self, text: str, node: yaml.ScalarNode) -> str:
        """The text with every character no report can hold replaced by U+FFFD,
        and one problem saying so: escapes such as "\\0", "\\e", "\\x9b" or
        "\\uFFFE" pass YAML's own check and broke Word and Excel."""
        found = FORBIDDEN.search(text)
        if found is None:
            return text
        char = found.group()
        self.problems.append(Problem(
            self.path, node.start_mark.line + 1, node.start_mark.column + 1, "control-character",
            msg("control-character.invisible" if INVISIBLE.match(char) else "control-character",
                char=f"U+{ord(char):04X}"), msg("hint.remove-character")))
        return FORBIDDEN.sub("\ufffd", text)
