"""`cchc plan import|export` and `cchc deadline parse`: plans from and to Word."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from cchc_plan import app as lib
from cchc_plan.cli.handler import EXIT_OK
from cchc_plan.cli.opener import open_written
from cchc_plan.cli.options import DebugOpt, ForceOpt, LangOpt, OpenOpt, OutputOpt, RootOpt
from cchc_plan.cli.output import emit
from cchc_plan.cli.root import group
from cchc_plan.cli.session import session
from cchc_plan.core.text import slug
from cchc_plan.features.plan_io import api as plans
from cchc_plan.load.layout import AGENCIES_FILE, PLAN_FILE

plan_app = typer.Typer(name="plan", no_args_is_help=True, add_completion=False,
                       rich_markup_mode=None, pretty_exceptions_enable=False,
                       help="Import a plan from Word or Excel, or export its appendix to Word.")
deadline_app = typer.Typer(name="deadline", no_args_is_help=True, add_completion=False,
                           rich_markup_mode=None, pretty_exceptions_enable=False,
                           help="The reader of a plan's deadline phrases.")
group(plan_app, "plan")
group(deadline_app, "deadline")


@plan_app.callback()
def _plan(ctx: typer.Context, debug: DebugOpt = False, lang: LangOpt = None) -> None:
    """The options of the group itself: `cchc plan --lang en --help`."""
    session(ctx, lang=lang, debug=debug)


@deadline_app.callback()
def _deadline(ctx: typer.Context, debug: DebugOpt = False, lang: LangOpt = None) -> None:
    """The options of the group itself: `cchc deadline --lang en --help`."""
    session(ctx, lang=lang, debug=debug)

YearOpt = Annotated[int | None, typer.Option(
    "--year", min=1900, max=2199, help="The plan's year, for dates written without one "
    "(default: from the document).")]


@plan_app.command("import")
def import_plan(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(help="The plan: a .docx or .xlsx file.",
                                           dir_okay=False)],
    output: Annotated[Path, typer.Option(
        "-o", "--output", help="The draft plan to write; '-' prints it.")]
    = PLAN_FILE,
    agencies: Annotated[Path, typer.Option(
        help="The agency registry names are resolved against; written with proposed "
        "entries when it does not exist.")] = AGENCIES_FILE,
    year: YearOpt = None,
    sheet: Annotated[str | None, typer.Option(help="Excel: the sheet with the table.")] = None,
    ignore_embedded: Annotated[bool, typer.Option(
        "--ignore-embedded",
        help="Read only the table, not the records a `cchc plan export` file carries.")]
    = False,
    force: ForceOpt = False,
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> int:
    """Read the appendix table (Phụ lục) of a Word or Excel plan into a draft plan/appendix.yaml."""
    from cchc_plan.features.plan_io.plan_summary import summary_lines
    from cchc_plan.features.plan_io.plan_yaml import render_plan, render_registry

    s = session(ctx, debug=debug, lang=lang)
    result = plans.import_plan(source, agencies=agencies, lang=s.lang, year=year, sheet=sheet,
                             use_embedded=not ignore_embedded)
    for default in (PLAN_FILE, AGENCIES_FILE):  # a new district: plan/ is made here
        if default in (output, agencies) and not default.parent.exists():
            default.parent.mkdir()
    emit(render_plan(result.plan, result.source, s.lang).encode("utf-8"), output,
         "appendix.yaml", force, s)
    if result.unknown and not agencies.exists():
        proposals = [u.proposal for u in result.unknown]
        emit(render_registry(proposals, result.source, s.lang).encode("utf-8"), agencies,
             "agencies.yaml", False, s)
    for line in summary_lines(result, str(agencies), s.lang):
        typer.echo(line, err=True)
    return EXIT_OK


@plan_app.command("export")
def export_plan(
    ctx: typer.Context,
    root: RootOpt = None,
    fmt: Annotated[Literal["docx"], typer.Option(
        "--format", help="docx: the appendix as a Word table.")] = "docx",
    output: OutputOpt = None,
    force: ForceOpt = False,
    open_file: OpenOpt = False,
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> int:
    """Write the plan's appendix as a Word table in the document's own layout."""
    s = session(ctx, debug=debug, lang=lang, root=root)
    project = lib.open_plan(s.root, use_cache=s.use_cache)
    assert project.plan.model is not None
    name = f"phu-luc-{slug(project.plan.model.document.number or 'ke-hoach')}.{fmt}"
    written = emit(plans.export_plan(project.plan.model), output, name, force, s)
    if open_file:
        open_written(written, s)
    return EXIT_OK


@deadline_app.command("parse")
def parse_deadline(
    ctx: typer.Context,
    phrase: Annotated[str, typer.Argument(help="A deadline cell, e.g. 'trước ngày 17/8/2020'.")],
    year: YearOpt = None,
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> int:
    """Show the deadline parts a phrase gives and the notes on what was guessed."""
    from cchc_plan.features.plan_io.plan_yaml import render_phrase

    s = session(ctx, debug=debug, lang=lang)
    result = plans.parse_deadline(phrase, year)
    sys.stdout.write(render_phrase(result.parts, result.events))
    for note in result.review:
        s.say("import.review-line", note=note.text(s.lang))
    return EXIT_OK
