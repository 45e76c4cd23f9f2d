"""The typer application, its callback (the global options), and the one
registry of commands and groups.

Commands register with `command` and groups with `group` instead of on the
application directly, so that a run can build an application holding only the
command it runs (`app_for`) from typer's public interface alone: typer reads
the signature and type hints of every registered command to build the click
tree, a third of a cached `cchc status`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer

from cchc_plan.cli.options import DebugOpt, LangOpt
from cchc_plan.cli.session import session
from cchc_plan.core.version import __version__

SETTINGS: dict[str, Any] = {
    "name": "cchc",
    "help": "Kế hoạch CCHC as data: validate the plan and agency files, see what is due "
            "and late, write the reports agencies hand in.",
    "no_args_is_help": True,
    "add_completion": True,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
}
app = typer.Typer(**SETTINGS)
"""The whole application: top-level help, completion, the tests."""

COMMANDS: dict[str, Callable[..., Any]] = {}
GROUPS: dict[str, typer.Typer] = {}
F = TypeVar("F", bound=Callable[..., Any])


def command(func: F) -> F:
    """Register a top-level command, named after its function (`init`, `status`)."""
    COMMANDS[func.__name__.replace("_", "-")] = func
    app.command()(func)
    return func


def group(sub: typer.Typer, name: str) -> None:
    """Register a group of commands (`cchc form …`)."""
    GROUPS[name] = sub
    app.add_typer(sub, name=name)


def app_for(args: list[str]) -> typer.Typer:
    """The application with only the command `args` runs, when it names one;
    the whole application for everything else: top-level help, a mistyped
    command (its did-you-mean needs the names), shell completion."""
    if any(key.endswith("_COMPLETE") for key in os.environ):
        return app
    chosen = next((a for a in args if a in COMMANDS or a in GROUPS), None)
    if chosen is None:
        return app
    small = typer.Typer(**SETTINGS)
    small.callback()(_global)
    if chosen in COMMANDS:
        small.command()(COMMANDS[chosen])
    else:
        small.add_typer(GROUPS[chosen], name=chosen)
    return small


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"cchc {__version__}")
        raise typer.Exit()


VersionOpt = Annotated[bool, typer.Option(
    "--version", is_eager=True, callback=_print_version, help="Print the version and exit.")]


@app.callback()
def _global(
    ctx: typer.Context,
    debug: DebugOpt = False,
    lang: LangOpt = None,
    version: VersionOpt = False,  # noqa: ARG001 (acted on by its callback)
) -> None:
    """Kế hoạch CCHC as data."""
    session(ctx, lang=lang, debug=debug)
