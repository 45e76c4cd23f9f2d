"""`--help` and usage errors in the session's language.

Help texts live in the catalog, keyed by where they appear: `help.<command>`
(what a command does), `help.<command>.examples`, `help.<command>.<option>`, and
`help.option.<option>` for options many commands share (`--root`, `--lang` …).
The click tree typer builds is relabelled from the catalog before parsing
(`relabel`) and again when `--lang` is read (it is eager: `cchc status --lang en
--help` is English); the help formatter's headings follow the language too.
What a command says in code is the fallback, and a test keeps the catalog
complete. Usage errors that click raises while parsing are worded here from the
exception's own fields (`usage_message`), in the language known at that point:
`cchc --lang en …`, `--lang en` earlier on the line, or LANG=en… .

Only typer's public interface is used: `typer.Context` (and its documented
`formatter_class`), `typer.BadParameter`, `typer.TyperException`,
`typer.main.get_command`, and the documented attributes of click's objects
(`params`, `help`, `epilog`, an exception's `option_name`, `possibilities`,
`param`, a type's `name`, `min`, `max`, `choices`). typer vendors click from
0.26 on, under a private name: nothing here imports it, so an upgrade of typer
can change the classes but not the names this module reads.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

import typer

from cchc_plan.cli.session import Session
from cchc_plan.core.catalog import CATALOG
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import Msg, msg

ORIGINAL = "_cchc_original_help"


def walk(command: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(catalog path, command) of a command and every command under it."""
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from walk(sub, f"{path}.{name}" if path else name)


def relabel(root: Any, lang: Lang) -> None:
    """Set every help text of the tree from the catalog, in `lang`."""
    for path, command in walk(root):
        key = path or "cchc"
        command.context_class = _localized_context(command)
        _set(command, "help", f"help.{key}", lang)
        _set(command, "epilog", f"help.{key}.examples", lang)
        command.short_help = None
        for param in command.params:
            if hasattr(param, "help"):  # options have help; arguments' names are words
                own = f"help.{key}.{param.name}"
                _set(param, "help", own if own in CATALOG else f"help.option.{param.name}", lang)


def _set(target: Any, attribute: str, message_id: str, lang: Lang) -> None:
    originals = target.__dict__.setdefault(ORIGINAL, {})
    originals.setdefault(attribute, getattr(target, attribute, None))
    entry = CATALOG.get(message_id)
    setattr(target, attribute, entry[lang] if entry else originals[attribute])


# --- the formatter: headings in the language ------------------------------------------

CLICK_HELP = "Show this message and exit."
"""The help option's text: click adds that option itself, outside the params."""
HEADINGS = {"Options": "help.heading.options", "Commands": "help.heading.commands",
            "Arguments": "help.heading.arguments"}


def _lang_of(ctx: Any) -> Lang:
    found = ctx.find_object(Session)
    return found.lang if found else "vi"


HelpFormatter: Any = typer.Context.formatter_class
"""click's help formatter, as the public `typer.Context` names it."""


class LocalizedFormatter(HelpFormatter):  # type: ignore[misc]
    def __init__(self, lang: Lang, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """`Usage: ` in the language (click passes no other prefix here)."""
        del prefix
        super().write_usage(prog, args, CATALOG["help.heading.usage"][self.lang] + " ")

    def write_heading(self, heading: str) -> None:
        message_id = HEADINGS.get(heading)
        super().write_heading(CATALOG[message_id][self.lang] if message_id else heading)

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        """Option rows; click's own words in them (the --help option, the
        `[default: …]` mark) in the language."""
        super().write_dl([(term, self._words(text)) for term, text in rows], col_max,
                         col_spacing)

    def _words(self, text: str) -> str:
        if text == CLICK_HELP:
            return CATALOG["help.option.help"][self.lang]
        return text.replace("[default: ", CATALOG["help.default"][self.lang] + " ")


def _localized_context(command: Any) -> type:
    base = command.context_class
    if getattr(base, "_cchc_localized", False):
        return base  # type: ignore[no-any-return]

    def make_formatter(self: Any) -> LocalizedFormatter:
        return LocalizedFormatter(_lang_of(self), width=self.terminal_width,
                                  max_width=self.max_content_width)

    return type("LocalizedContext", (base,), {"make_formatter": make_formatter,
                                             "_cchc_localized": True})


# --- usage errors ---------------------------------------------------------------------


def usage_message(exc: typer.TyperException) -> tuple[Msg, Msg | None]:
    """The message and hint for one of click's usage errors."""
    ctx = getattr(exc, "ctx", None)
    see = msg("hint.see-help", command=f"{ctx.command_path} --help") if ctx else None
    kind = usage_kind(exc)
    if kind == "no-such-option":
        option = getattr(exc, "option_name", "")
        possible = sorted(getattr(exc, "possibilities", None) or [])
        close = difflib.get_close_matches(option, possible, n=1)
        return (msg("usage.no-such-option", option=option),
                msg("hint.did-you-mean", name=close[0]) if close else see)
    if kind == "missing":
        return msg("usage.missing-value", option=_param_hint(exc)), see
    if kind == "bad-value":
        return _bad_value(exc), see
    if kind == "needs-value":
        return msg("usage.option-needs-value", option=getattr(exc, "option_name", "")), see
    text = str(getattr(exc, "message", exc))
    if found := re.match(r"No such command '(.*)'\.", text):
        commands = sorted(getattr(ctx.command, "commands", {})) if ctx else []
        close = difflib.get_close_matches(found[1], commands, n=1)
        return (msg("usage.no-such-command", command=found[1]),
                msg("hint.did-you-mean", name=close[0]) if close else see)
    return msg("usage.bad-command-line", detail=text), see


def usage_kind(exc: Exception) -> str:
    """Which of click's usage errors `exc` is, from its public class name in
    typer (`typer.BadParameter`) and the attributes click documents for the
    others (`NoSuchOption.possibilities`, `MissingParameter.param_type`,
    `BadOptionUsage.option_name`), not from classes typer keeps private."""
    if hasattr(exc, "possibilities"):
        return "no-such-option"
    if isinstance(exc, typer.BadParameter):
        return "missing" if hasattr(exc, "param_type") else "bad-value"
    if hasattr(exc, "option_name"):
        return "needs-value"
    if type(exc).__name__ == "NoArgsIsHelpError":
        return "no-args"
    return "other"


def _param_hint(exc: Any) -> str:
    if exc.param_hint:
        hints = exc.param_hint
        return " / ".join(hints) if isinstance(hints, list | tuple) else str(hints)
    if exc.param is not None:
        return " / ".join(getattr(exc.param, "opts", [])) or str(exc.param.name)
    return ""


def _bad_value(exc: Any) -> Msg:
    option = _param_hint(exc)
    choices = getattr(getattr(exc.param, "type", None), "choices", None)
    value = re.match(r"'?(.*?)'? is not", str(exc.message))
    if choices and value:
        return msg("usage.bad-choice", option=option, value=value[1],
                   choices=", ".join(map(str, choices)))
    kind = getattr(exc.param, "type", None)
    name = getattr(kind, "name", "")  # click's ParamType.name: "int", "int range"
    if value and name == "int range" and "not in the range" in str(exc.message):
        bounds = f"[{kind.min if kind.min is not None else ''}, {kind.max or ''}]"  # type: ignore[union-attr]
        return msg("usage.out-of-range", option=option, value=value[1], range=bounds)
    if value and name in ("int", "int range"):
        return msg("usage.not-a-number", option=option, value=value[1])
    return msg("usage.bad-value", option=option, detail=exc.message)
