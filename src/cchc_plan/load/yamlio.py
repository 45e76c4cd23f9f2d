"""The one module that owns reading YAML text.

Reading a file gives plain Python data (dict, list, str, int, float, bool,
None); when a problem needs a position, the file is read again recording the
line and column of every key and value, so later stages can point at the
exact place of a problem. Safety and bounds live here and in `builder`:

- safe loading only: the composer builds a node graph and `builder` turns it
  into data itself, so no YAML tag can construct a Python object;
- duplicate keys are errors;
- file size, nesting depth, alias expansion and string length are bounded;
- UTF-8 with or without BOM, CRLF or LF; other encodings are a clear error;
- the text is normalised to Unicode NFC before parsing.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any, Protocol

import yaml

from cchc_plan.core.messages import Msg, msg
from cchc_plan.core.problems import Problem, Severity
from cchc_plan.core.text import nfc
from cchc_plan.load.builder import Builder, Limit, Marks, Path_
from cchc_plan.load.limits import MAX_DEPTH, MAX_FILE_BYTES

try:  # libyaml when present: several times faster
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Base = yaml.SafeLoader

_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_IMPLICIT: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: (*found, *_RESOLVERS.get(None, [])) for first, found in _RESOLVERS.items()
    if first is not None}
_STR, _SEQ, _MAP = (f"tag:yaml.org,2002:{t}" for t in ("str", "seq", "map"))


class _Loader(_Base):  # type: ignore[misc]
    """The safe loader with PyYAML's resolver, minus its generality: the
    composer asks it for the tag of every node (half a million times for a
    province), and PyYAML's `resolve` builds a list and tries the regular
    expressions of a value's first character, then looks at path resolvers
    that safe loading never registers. Here the same expressions are tried,
    from a table made once, and most text ("Phòng Nội vụ") meets none; the
    tags are the same."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                tag = _PLAIN_TAGS.get(value)
                return implicit_tag(value) if tag is None else tag
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass  # no path resolvers

    def ascend_resolver(self) -> None:
        pass


_PLAIN_TAGS: dict[str, str] = {}
"""Tags of short plain scalars met before in this process: most are keys
(`task`, `status`, `period`) and a few values, met again in every file."""
_PLAIN_TAGS_MAX = 50_000


def implicit_tag(value: str) -> str:
    """The tag of a plain scalar, by the resolver's expressions (remembered
    for short values, up to a bound)."""
    tag = next((t for t, pattern in _IMPLICIT.get(value[:1], ()) if pattern.match(value)), _STR)
    if len(value) <= 32 and len(_PLAIN_TAGS) < _PLAIN_TAGS_MAX:
        _PLAIN_TAGS[value] = tag
    return tag


class Source(Protocol):
    def read_again(self) -> bytes | None:
        """The file's bytes as the run first read them, or None."""


@dataclass
class Document:
    """A loaded YAML file: its data, and where each piece stands.

    Positions are worked out only when a problem needs one: the file is parsed
    again with marks then (most files have no problems, and recording a mark
    for every value would double the cost of reading), unless they were noted
    as the file was read (`load_text(marks=True)`: the plan).
    """

    path: str
    data: Any = None
    text: str | None = field(default=None, repr=False)
    source: Source | None = field(default=None, repr=False)
    """Where the bytes can be read again for positions (the run's snapshot)."""
    _marks: Marks | None = field(default=None, repr=False)

    def marks(self) -> Marks:
        """(value marks, key marks), from the text, or the file if the text is gone."""
        if self._marks is None:
            data, self._marks = _marks_of(self)
            if self.data is None:  # let go of (`let_go`)
                self.data = data
        return self._marks

    def let_go(self, source: Source) -> None:
        """Keep only where to read the file again: the text goes, and the data
        too unless positions were worked out already (a file with problems
        keeps both, so a later check does not parse it a second time)."""
        self.source, self.text = source, None
        if self._marks is None:
            self.data = None

    def locate(self, loc: Path_, *, key: bool = False) -> tuple[int, int]:
        """Line and column of the deepest part of `loc` that exists in the file.

        `loc` may hold steps that are not in the data (pydantic adds union
        tags, missing fields): those are skipped.
        """
        value_marks, key_marks = self.marks()
        node = self.data
        matched: list[str | int] = []
        for step in loc:
            child = _child(node, step)
            if child is _MISSING:
                continue  # a union tag, or a field the file does not have
            node = child
            matched.append(step)
        found = tuple(matched)
        if key and found in key_marks:
            return key_marks[found]
        while found and found not in value_marks:
            found = found[:-1]
        return value_marks.get(found, (1, 1))

    def problem(
        self, loc: Path_, code: str, message: Msg, hint: Msg | None = None, *, key: bool = False,
        severity: Severity = "error",
    ) -> Problem:
        line, col = self.locate(loc, key=key)
        return Problem(self.path, line, col, code, message, hint, severity)


def _marks_of(doc: Document) -> tuple[Any, Marks]:
    """The data and marks of a document, parsed again from its text or file."""
    text = doc.text
    if text is None and doc.source is not None:
        raw = doc.source.read_again()
        text = read_text(raw, doc.path)[0] if raw is not None else None
    if text is None:
        return None, ({}, {})
    try:
        node = _compose(nfc(text))
        builder = Builder(doc.path, record=True)
        data = builder.build(node, (), 0) if node is not None else None
    except (yaml.YAMLError, Limit, RecursionError):
        return None, ({}, {})
    return data, (builder.value_marks, builder.key_marks)


_MISSING = object()


def _child(node: Any, step: str | int) -> Any:
    if isinstance(node, dict):
        if node.get("kind") == step:  # pydantic puts union tags in locations
            return _MISSING
        return node.get(step, _MISSING)
    if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
        return node[step]
    return _MISSING


def read_text(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Decode a file's bytes as UTF-8 (BOM allowed); anything else is a problem."""
    if len(raw) > MAX_FILE_BYTES:
        return None, [
            Problem(
                path,
                1,
                1,
                "file-too-large",
                msg("file-too-large", size=len(raw), limit=MAX_FILE_BYTES),
                msg("hint.split-file"),
            )
        ]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, [
            Problem(
                path,
                1,
                1,
                "bad-encoding",
                msg("bad-encoding.utf16"),
                msg("hint.save-utf8-notepad"),
            )
        ]
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        return None, [
            Problem(
                path,
                line,
                1,
                "binary-file",
                msg("binary-file"),
                msg("hint.save-utf8-text"),
            )
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem(
                path,
                line,
                col,
                "bad-encoding",
                msg("bad-encoding", byte=f"{raw[exc.start]:02x}"),
                msg("hint.save-utf8"),
            )
        ]
    return text, []


def load_bytes(raw: bytes, path: str, *, marks: bool = False) -> tuple[Document, list[Problem]]:
    text, problems = read_text(raw, path)
    if text is None:
        return Document(path), problems
    return load_text(text, path, marks=marks)


def load_text(text: str, path: str, *, marks: bool = False) -> tuple[Document, list[Problem]]:
    """Parse YAML text. The text is normalised to NFC first, so a file saved in
    NFD (macOS, some phones) gives the same data and the same positions. With
    `marks`, the positions are noted while the data is built (as `Document.marks`
    would note them later, parsing again) for a file likely to need some."""
    text = nfc(text)
    doc = Document(path, text=text)
    conflicts = conflict_markers(text, path)
    if conflicts:
        return doc, conflicts
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        return doc, [_syntax_problem(exc, path, text)]
    except yaml.YAMLError as exc:
        detail = (str(exc).splitlines() or [""])[0]
        return doc, [Problem(path, 1, 1, "yaml-syntax", _syntax_message(detail))]
    except RecursionError:
        return doc, [
            Problem(
                path,
                1,
                1,
                "too-deep",
                msg("too-deep.recursion"),
                msg("hint.depth-limit", limit=MAX_DEPTH),
            )
        ]
    if node is None:
        return doc, [
            Problem(
                path,
                1,
                1,
                "empty-file",
                msg("empty-file"),
                msg("hint.run-init"),
            )
        ]
    builder = Builder(path, record=marks)
    try:
        doc.data = builder.build(node, () if marks else None, 0)
    except Limit as exc:
        line, col = (exc.mark.line + 1, exc.mark.column + 1) if exc.mark else (1, 1)
        return Document(path), [Problem(path, line, col, exc.code, exc.message, exc.hint)]
    if marks:
        doc._marks = (builder.value_marks, builder.key_marks)
    return doc, builder.problems


_MARKER = re.compile(r"^(<{7}|>{7}|={7}|\|{7})(?: |$)", re.MULTILINE)


def conflict_markers(text: str, path: str) -> list[Problem]:
    """Lines git leaves in a file when a merge conflicts, each at its own line,
    looked for before parsing (YAML would call the line after a missing ':').
    `=======` and `|||||||` count only in a file that opens a conflict."""
    if "<<<<<<<" not in text and ">>>>>>>" not in text:
        return []
    found = []
    opened = False
    line, counted = 1, 0
    for match in _MARKER.finditer(text):
        opened = opened or match.group(1)[0] == "<"
        if opened or match.group(1)[0] == ">":
            line += text.count("\n", counted, match.start())  # linear: counted once
            counted = match.start()
            found.append(Problem(path, line, 1, "conflict-marker",
                                 msg("conflict-marker", line=line), msg("hint.resolve-conflict")))
    return found


def _compose(text: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        return loader.get_single_node()  # type: ignore[no-any-return]
    finally:
        loader.dispose()


def _syntax_problem(exc: yaml.MarkedYAMLError, path: str, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    detail = " ".join(str(p) for p in (exc.context, exc.problem) if p)
    lines = text.splitlines()
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    hint = None
    if "\t" in source_line[: max(col, 1)] or "'\\t'" in detail:
        hint = msg("hint.no-tabs")
    elif "expected a single document" in detail:
        hint = msg("hint.one-document")
    elif "mapping values are not allowed" in detail:
        hint = msg("hint.quote-colon")
    return Problem(path, line, col, "yaml-syntax", _syntax_message(detail), hint)


# What PyYAML (or libyaml) says -> a plain message; English keeps PyYAML's text.
_SYNTAX_MESSAGES = (
    ("cannot start any token", "yaml.bad-character"),
    ("found a tab character", "yaml.tab"),
    ("mapping values are not allowed", "yaml.colon"),
    ("could not find expected ':'", "yaml.no-colon"),
    ("did not find expected key", "yaml.indent-key"),
    ("did not find expected '-' indicator", "yaml.indent-list"),
    ("did not find expected ',' or ']'", "yaml.flow-list"),
    ("did not find expected ',' or '}'", "yaml.flow-map"),
    ("found unexpected end of stream", "yaml.end-of-file"),
    ("expected a single document", "yaml.two-documents"),
    ("found undefined alias", "yaml.undefined-alias"),
    ("did not find expected node content", "yaml.no-value"),
    ("found unknown escape character", "yaml.escape"),
    ("characters are not allowed", "yaml.control-character"),
    ("block sequence entries are not allowed", "yaml.dash"),
)


def _syntax_message(detail: str) -> Msg:
    if not detail:
        return msg("yaml.invalid")
    for words, message_id in _SYNTAX_MESSAGES:
        if words in detail:
            return msg(message_id, detail=detail)
    return msg("yaml-syntax", detail=detail)


