"""Commands that write documents: calendar (report is in `cli.reports`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

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
    LangOpt,
    NoCacheOpt,
    OpenOpt,
    RootOpt,
    option_date,
)
from cchc_plan.cli.output import emit
from cchc_plan.cli.root import command
from cchc_plan.cli.session import session


@command
def calendar(
    ctx: typer.Context,
    root: RootOpt = None,
    agency: AgencyOpt = None,
    as_of: AsOfOpt = None,
    horizon: Annotated[str | None, typer.Option(
        help="Last day to include: 2021-12-31 or 31/12/2021 (default: end of next year).")]
    = None,
    include_done: Annotated[bool, typer.Option(help="Also list obligations already done.")]
    = False,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="The .ics file to write; '-' prints to stdout.")] = None,
    force: ForceOpt = False,
    open_file: OpenOpt = False,
    debug: DebugOpt = False,
    lang: LangOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
) -> int:
    """Write deadlines as an iCalendar (.ics) file for phone and desktop calendars."""
    from cchc_plan.render import ics

    s = session(ctx, debug=debug, lang=lang, root=root, jobs=jobs, no_cache=no_cache)
    when = lib.as_of_date(option_date("--as-of", as_of))
    until = lib.calendar_horizon(when, option_date("--horizon", horizon))
    opened = lib.open_status(s.root, as_of=when, window_end=until, jobs=s.jobs,
                             use_cache=s.use_cache)
    view = lib.calendar(opened.result, agency, when, until, include_done)
    if view.skipped:
        s.say("cli.undated-left-out", n=view.skipped)
    written = emit(ics.render(view, s.lang), output, ics.calendar_filename(view.agency), force, s)
    if open_file:
        open_written(written, s)
    return EXIT_OK
