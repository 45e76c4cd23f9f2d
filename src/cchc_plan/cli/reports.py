"""`cchc report`: an agency's submission, the consolidated report, all of them
at once (--all), or the coordinator's reminder letter (--reminder); a PDF
beside each Word file with --pdf. Without -o, files go to `<repo>/reports/`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cchc_plan import app as lib
from cchc_plan.cli.handler import EXIT_OK
from cchc_plan.cli.opener import open_written
from cchc_plan.cli.options import (
    AgencyOpt,
    AsOfOpt,
    DebugOpt,
    ForceOpt,
    JobsOpt,
    MessagesLangOpt,
    NoCacheOpt,
    OpenOpt,
    OutputOpt,
    RootOpt,
    option_date,
)
from cchc_plan.cli.output import emit
from cchc_plan.cli.root import command
from cchc_plan.cli.session import Session, session
from cchc_plan.core.errors import InputError
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import msg, text
from cchc_plan.engine.vocabulary import DEFAULT_DUE_SOON_DAYS
from cchc_plan.render import ReportFormat

if TYPE_CHECKING:
    from cchc_plan.app import Opened
    from cchc_plan.engine.obligations import StatusResult
    from cchc_plan.render import Report

REPORT_LANG: Lang = "vi"
"""Reports handed to UBND are always Vietnamese, whatever --lang says."""
REPORTS_DIR = "reports"
"""Where reports go without -o: a folder of the repository that .gitignore lists."""


@command
def report(
    ctx: typer.Context,
    root: RootOpt = None,
    agency: AgencyOpt = None,
    every: Annotated[bool, typer.Option(
        "--all", help="Every agency's submission and the consolidated report (-o: a folder).")]
    = False,
    reminder: Annotated[bool, typer.Option(
        "--reminder", help="The reminder letter (công văn đôn đốc) to agencies with something "
        "overdue or due within --due-within days.")] = False,
    as_of: AsOfOpt = None,
    due_within: Annotated[int, typer.Option(
        min=0, max=3660, help="--reminder: days ahead that count as due soon.")]
    = DEFAULT_DUE_SOON_DAYS,
    fmt: Annotated[ReportFormat, typer.Option(
        "--format", help="docx (default), xlsx, md, json or html.")] = "docx",
    pdf: Annotated[bool, typer.Option(
        "--pdf", help="Also a PDF beside each Word file (needs LibreOffice).")] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    open_file: OpenOpt = False,
    debug: DebugOpt = False,
    lang: MessagesLangOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
) -> int:
    """Write an agency's submission (--agency), all of them (--all), the reminder letter
    (--reminder), or the consolidated report of all agencies."""
    s = session(ctx, debug=debug, lang=lang, root=root, jobs=jobs, no_cache=no_cache)
    check_options(agency, every, reminder, fmt, pdf)
    when = lib.as_of_date(option_date("--as-of", as_of))
    opened = lib.open_status(s.root, as_of=when, jobs=s.jobs, use_cache=s.use_cache,
                             due_soon_days=due_within if reminder else DEFAULT_DUE_SOON_DAYS)
    if every:
        written = write_all_reports(opened, fmt, output, force, s)
    elif reports := chosen_reports(opened.result, agency, reminder, when, due_within):
        written = write_report(reports[0], fmt, output, opened.project.root, force, s)
    else:
        s.say("cli.reminder-nobody", date=when.strftime("%d/%m/%Y"))
        return EXIT_OK
    pdfs = lib.write_pdfs(written, force=force) if pdf and written else []
    for path in pdfs:
        s.say("cli.wrote", path=path)
    if open_file and written:  # the folder of --all; the PDF when there is one
        open_written(written[0].parent if every else (pdfs or written)[0], s)
    return EXIT_OK


def check_options(agency: str | None, every: bool, reminder: bool, fmt: ReportFormat,
                  pdf: bool) -> None:
    """Usage errors before any file is read: one kind of report, --pdf with Word
    and LibreOffice there."""
    if sum((bool(agency), every, reminder)) > 1:
        raise InputError(msg("usage.report-one-kind"))
    if pdf and fmt != "docx":
        raise InputError(msg("usage.pdf-needs-docx"))
    if pdf:
        lib.check_pdf()


def chosen_reports(result: StatusResult, agency: str | None, reminder: bool,
                   when: date, due_within: int) -> list[Report]:
    """The one report asked for (none: a reminder letter with no one to remind)."""
    if reminder:
        letter = lib.reminder_letter(result, when, due_within)
        return [letter] if letter.addressees else []
    if agency:
        return [lib.agency_report(result, agency, when)]
    return [lib.district_report(result, when)]


def write_report(report: Report, fmt: ReportFormat, output: Path | None, root: Path,
                 force: bool, s: Session) -> list[Path]:
    """Render and write one report; the file written (none for `-o -`)."""
    from cchc_plan.render import render_report, report_filename

    name = report_filename(report, fmt)
    target = emit(render_report(report, fmt, REPORT_LANG), output or default_folder(root),
                  name, force, s)
    return [target] if target is not None else []


def write_all_reports(opened: Opened, fmt: ReportFormat, output: Path | None, force: bool,
                      s: Session) -> list[Path]:
    """Every agency's submission, then the consolidated report, into one
    folder (`app.batch`: on every core when there are many)."""
    from cchc_plan.render import report_name

    folder = output_folder(output, opened.project.root)
    result = opened.result
    agencies: list[str | None] = [*lib.report_agencies(result), None]
    targets = [folder / report_name(a, result.as_of, fmt) for a in agencies]
    lib.check_targets(targets, force=force)
    tasks = [lib.report_task(a, fmt, REPORT_LANG, t, force)
             for a, t in zip(agencies, targets, strict=True)]
    with progress(len(tasks), s) as advance:
        for _ in lib.write_all(result, tasks, s.jobs or lib.default_jobs()):
            advance()
    s.say("cli.wrote-reports", n=len(targets), folder=folder)
    return targets


def default_folder(root: Path) -> Path:
    return lib.repository_folder(root, REPORTS_DIR)


def output_folder(output: Path | None, root: Path) -> Path:
    """The folder --all writes into: -o (made if missing, `app.writes`), else
    <repo>/reports."""
    if output is None:
        return default_folder(root)
    return lib.output_folder(output, "--all")


@contextmanager
def progress(total: int, s: Session) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr when it is a terminal; nothing on a pipe.
    Yields the function that moves it on by one."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn(text("cli.writing-reports", s.lang)), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=total)
        yield lambda: bar.advance(task)
