"""Messages as data, turned into text only when printed.

A message is `Msg(id, params)`: an id of the catalog (`core.catalog`) and its
parameters as text. Problems are cached and compared as data, so one cache
entry serves every language; `Msg.text(lang)` renders it. The language is
always passed in: nothing below the CLI has a default language.

Ids:
- a problem code is the id of that problem's main message (`unknown-field`);
  a problem with several wordings adds a suffix (`duplicate-id.task`), and the
  problem's `code` stays the stable machine code;
- `date.*` dates that cannot be read, `yaml.*` YAML syntax, `hint.*` hints,
  `usage.*` and `write.*` errors of a command, `cli.*` lines commands print,
  `status.*`, `role.*`, `label.*`, `type.*` labels, `report.*` report wording.

Templates use named `{fields}`; every parameter is a string. Values the user
typed arrive quoted, as Python's repr writes them (`'asignee'`), so templates
never add quotes of their own. Two extras: `{n:num}` groups the digits of a
number (5.242.880 in Vietnamese, 5,242,880 in English), `{kind!t}` names a
YAML value type in the language (`type.*` entries) and `{where!w}` a place in
a file, written language-neutral as `place()` builds it (`task=3.2/status`)
and read as "nhiệm vụ 3.2 › status" (`place.*` entries).
"""

from __future__ import annotations

import string
from typing import Any, NamedTuple

from cchc_plan.core.catalog import CATALOG
from cchc_plan.core.lang import Lang

Params = tuple[tuple[str, str], ...]

MAX_SHOWN = 200  # characters of a quoted value shown in a message


class Msg(NamedTuple):
    """A message as data: its catalog id and its parameters (name, text) in
    name order, so equal messages compare and hash equal."""

    id: str
    params: Params = ()

    def text(self, lang: Lang) -> str:
        return render(self.id, self.params, lang)

    def with_params(self, **params: object) -> Msg:
        """The same message with more (or other) parameters."""
        return msg(self.id, **{**dict(self.params), **params})


def msg(message_id: str, /, **params: object) -> Msg:
    """`msg("unknown-field", name=quoted(name))`; every value becomes text."""
    return Msg(message_id, tuple(sorted((k, str(v)) for k, v in params.items())))


def text(message_id: str, lang: Lang, /, **params: object) -> str:
    return msg(message_id, **params).text(lang)


PLACE_SEP = "/"


def place(*steps: str) -> str:
    """A place in a file as a message parameter, language-neutral: each step a
    field name, or `kind=id` for an entry known by its id (`task=3.2`,
    `period=2021`, `item=2` for the second entry of a list without ids)."""
    return PLACE_SEP.join(steps)


def quoted(value: object) -> str:
    """A value the user wrote, as messages show it: `'asignee'`, `5`, `None`."""
    shown = repr(value)
    return shown if len(shown) <= MAX_SHOWN else shown[: MAX_SHOWN - 1] + "…"


def render(message_id: str, params: Params, lang: Lang) -> str:
    """The message in `lang`; never raises (a broken template falls back to
    English, then to the id and its parameters)."""
    values = dict(params)
    entry = CATALOG.get(message_id, {})
    for template, used in ((entry.get(lang), lang), (entry.get("en"), "en")):
        if template is None:
            continue
        try:
            return _Formatter(used).vformat(template, (), values)
        except (KeyError, IndexError, ValueError, AttributeError):
            continue
    return " ".join([message_id, *(f"{k}={v}" for k, v in params)])


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "t":
            names = CATALOG.get(f"type.{value}")
            return names[self.lang] if names else str(value)
        if conversion == "w":
            return " › ".join(self._place_step(step) for step in str(value).split(PLACE_SEP))
        return super().convert_field(value, conversion)

    def _place_step(self, step: str) -> str:
        kind, _, ident = step.partition("=")
        template = CATALOG.get(f"place.{kind}", {}).get(self.lang) if ident else None
        return template.replace("{id}", ident) if template else step

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec == "num":
            return _group_digits(str(value), "." if self.lang == "vi" else ",")
        return super().format_field(value, format_spec)


def _group_digits(digits: str, separator: str) -> str:
    if not digits.isdigit():
        return digits
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


class Localized(Exception):
    """An exception whose text is a catalog message (and maybe a hint).

    `context`, when given, is language-neutral text put before the message
    (an option name: `--as-of: ...`). `str()` gives the English text, for logs
    and tracebacks; people see `text(lang)`.
    """

    def __init__(self, message: Msg, hint: Msg | None = None, context: str | None = None) -> None:
        self.message, self.hint, self.context = message, hint, context
        super().__init__(self.text("en"))

    def text(self, lang: Lang) -> str:
        body = self.message.text(lang)
        return f"{self.context}: {body}" if self.context else body

    def hint_text(self, lang: Lang) -> str | None:
        return self.hint.text(lang) if self.hint else None

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message, self.hint, self.context))


class InvalidValue(Localized, ValueError):
    """A value a model validator rejects; pydantic reports it as `value_error`
    and the loader turns it back into this message."""
