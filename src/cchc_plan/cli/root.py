"""The typer application and its callback (the global options)."""

from __future__ import annotations

import typer

from cchc_plan.cli.options import DebugOpt, LangOpt
from cchc_plan.cli.session import session

app = typer.Typer(
    name="cchc",
    help="Kế hoạch CCHC as data: validate the plan and agency files, see what is due "
    "and late, write the reports agencies hand in.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _global(
    ctx: typer.Context,
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> None:
    """Kế hoạch CCHC as data."""
    session(ctx, lang=lang, debug=debug)
