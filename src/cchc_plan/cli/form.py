"""`cchc form export` / `cchc form import`: the progress form for agencies that
work in Excel, out and back in."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cchc_plan import app as lib
from cchc_plan.cli.handler import EXIT_DATA, EXIT_OK
from cchc_plan.cli.opener import open_written
from cchc_plan.cli.options import (
    AgencyOpt,
    AsOfOpt,
    DebugOpt,
    ForceOpt,
    JobsOpt,
    LangOpt,
    NoCacheOpt,
    OpenOpt,
    OutputOpt,
    RootOpt,
    check_agency_or_all,
    option_date,
)
from cchc_plan.cli.output import emit, output_path
from cchc_plan.cli.root import group
from cchc_plan.cli.session import Session, session
from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import msg

if TYPE_CHECKING:
    from cchc_plan.engine.obligations import StatusResult

form_app = typer.Typer(
    name="form", no_args_is_help=True, add_completion=False, rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="The progress form: an Excel workbook for an agency to fill in, and reading it back.")
group(form_app, "form")


@form_app.callback()
def _group(ctx: typer.Context, debug: DebugOpt = False, lang: LangOpt = None) -> None:
    """The options of the group itself: `cchc form --lang en --help`."""
    session(ctx, lang=lang, debug=debug)


@form_app.command("export")
def export(
    ctx: typer.Context,
    agency: AgencyOpt = None,
    all_agencies: Annotated[bool, typer.Option(
        "--all", help="A form for every agency the plan gives tasks to (-o: a folder).")] = False,
    output: OutputOpt = None,
    as_of: AsOfOpt = None,
    force: ForceOpt = False,
    open_file: OpenOpt = False,
    root: RootOpt = None,
    debug: DebugOpt = False,
    lang: LangOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
) -> int:
    """Write an agency's progress form (.xlsx): its tasks, periods and what its file records."""
    from cchc_plan.features.progress_form import form_xlsx

    s = session(ctx, debug=debug, lang=lang, root=root, jobs=jobs, no_cache=no_cache)
    check_agency_or_all(agency, all_agencies)
    when = lib.as_of_date(option_date("--as-of", as_of))
    opened = lib.open_status(s.root, as_of=when, window_end=lib.form_window(when), jobs=s.jobs,
                             use_cache=s.use_cache)
    if all_agencies:
        written: list[Path | None] = list(write_all_forms(opened.result, output, force, s))
    else:
        assert agency is not None, "check_agency_or_all: an agency or --all"
        [view] = lib.form_views(opened.result, [agency], when)
        written = [emit(form_xlsx.render(view), output, form_xlsx.form_filename(view), force, s)]
    if open_file and written and written[0]:  # one agency's form; the folder of --all
        open_written(written[0] if agency else written[0].parent, s)
    return EXIT_OK


def write_all_forms(result: StatusResult, output: Path | None, force: bool,
                    s: Session) -> Iterator[Path]:
    """A form for every agency the plan gives tasks to, into -o (made if
    missing) or the current folder (`app.batch`: on every core when there
    are many)."""
    from cchc_plan.features.progress_form.form_xlsx import FORM_NAME

    folder = lib.output_folder(output, "--all") if output is not None else Path.cwd()
    agencies = lib.form_agencies(result)
    tasks = [lib.form_task(a, lib.output_parent(output_path(folder, FORM_NAME.format(agency=a))),
                           force) for a in agencies]
    for path in lib.write_all(result, tasks, s.jobs or lib.default_jobs()):
        s.say("cli.wrote", path=path)
        yield path


@form_app.command("import")
def import_forms(
    ctx: typer.Context,
    files: Annotated[list[Path] | None, typer.Argument(
        help="Filled forms (.xlsx).", dir_okay=False)] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Say what would change; write nothing.")] = False,
    diff: Annotated[bool, typer.Option(
        "--diff", help="Also print the unified diff of each agency file.")] = False,
    force: Annotated[bool, typer.Option(
        help="Take a form made for another plan, or before the plan's tasks changed.")]
    = False,
    agency: Annotated[str | None, typer.Option(
        "--agency", help="Refuse forms of any other agency.")] = None,
    root: RootOpt = None,
    debug: DebugOpt = False,
    lang: LangOpt = None,
    no_cache: NoCacheOpt = False,
) -> int:
    """Check filled forms and merge them into assignments/<agency>.yaml (nothing is
    written if any form has a problem)."""
    from cchc_plan.features.progress_form import form_report
    from cchc_plan.render import terminal

    s = session(ctx, debug=debug, lang=lang, root=root, no_cache=no_cache)
    if not files:
        raise InputError(msg("form.usage.no-files"))
    if missing := [str(f) for f in files if not f.exists()]:  # a typo is a usage error
        raise InputError(msg("form.usage.no-such-form", files=", ".join(missing)))
    project = lib.open_plan(s.root, use_cache=s.use_cache)
    results = lib.form_import(project, files, force=force, agency=agency)
    problems = [p for r in results for p in r.problems]
    terminal.print_problems(problems, terminal.console(stderr=True, soft_wrap=True), s.lang)
    if problems:
        s.say("form.cli.not-written", n=len(problems))
        return EXIT_DATA
    if not dry_run:
        lib.write_imports(results, project.root)
    for result in results:
        typer.echo("\n".join(form_report.import_lines(result, s.lang, dry_run=dry_run)))
        if diff and result.changed:
            sys.stdout.write(form_report.diff_text(result))
    return EXIT_OK
