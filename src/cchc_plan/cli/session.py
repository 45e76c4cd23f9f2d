"""The options every command shares, gathered once per run.

`cchc` builds one `Session` before it parses the command line and hands it to
typer as the context object; the callback fills in the global options and each
command adds its own (`--root`, `--lang`, `--jobs`, `--no-cache`). The error
handler reads the same object, so an error is printed in the language the
command asked for, and `--debug` is an option like any other.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import typer

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.load.cache import cache_allowed


def env_lang() -> Lang:
    """The language the environment asks for: CCHC_LANG, else the locale
    (LC_ALL, LC_MESSAGES, LANG): English for en*, Vietnamese otherwise."""
    for name in ("CCHC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "vi"
    return "vi"


@dataclass
class Session:
    lang: Lang = field(default_factory=env_lang)
    debug: bool = False
    root: Path | None = None
    jobs: int | None = None
    use_cache: bool = True

    def say(self, message_id: str, **params: object) -> None:
        """One message line on stderr, in the session's language."""
        typer.echo(text(message_id, self.lang, **params), err=True)


def session(ctx: typer.Context, *, lang: Lang | None = None, root: Path | None = None,
            jobs: int | None = None, no_cache: bool = False, debug: bool = False) -> Session:
    """The run's session, with the command's own options applied."""
    current = ctx.find_object(Session)
    assert current is not None, "cchc's main() always passes a Session"
    if lang:
        current.lang = lang
    current.debug = current.debug or debug
    current.root = root or current.root
    current.jobs = jobs or current.jobs
    current.use_cache = current.use_cache and not no_cache and cache_allowed()
    return current
