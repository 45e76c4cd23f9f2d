"""The typer application and its callback (the global options)."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc_plan.cli.options import DebugOpt, LangOpt
from cchc_plan.cli.session import session
from cchc_plan.core.version import __version__

app = typer.Typer(
    name="cchc",
    help="Kế hoạch CCHC as data: validate the plan and agency files, see what is due "
    "and late, write the reports agencies hand in.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


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
