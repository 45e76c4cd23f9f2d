"""`cchc site`: the leaders' web site, a folder of static pages."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc_plan import app as lib
from cchc_plan.cli.handler import EXIT_OK
from cchc_plan.cli.opener import open_written
from cchc_plan.cli.options import (
    AsOfOpt,
    DebugOpt,
    JobsOpt,
    LangOpt,
    NoCacheOpt,
    OpenOpt,
    RootOpt,
    option_date,
)
from cchc_plan.cli.root import command
from cchc_plan.cli.session import session


@command
def site(
    ctx: typer.Context,
    root: RootOpt = None,
    output: Annotated[Path, typer.Option(
        "-o", "--output", help="Folder to write the site into (new, empty, or an earlier "
        "site).")] = Path("public"),
    as_of: AsOfOpt = None,
    reports: Annotated[Path | None, typer.Option(
        "--reports", file_okay=False, help="Folder of report files (cchc report) to link "
        "each agency's latest.")] = None,
    force: Annotated[bool, typer.Option(
        help="Write into a non-empty folder that is not an earlier site.")] = False,
    open_file: OpenOpt = False,
    debug: DebugOpt = False,
    lang: LangOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
) -> int:
    """Write a static web site for the district leaders: overview, agencies, tasks, trend."""
    s = session(ctx, debug=debug, lang=lang, root=root, jobs=jobs, no_cache=no_cache)
    written = lib.site(s.root, output, lang=s.lang, as_of=option_date("--as-of", as_of),
                       reports=reports, force=force, jobs=s.jobs, use_cache=s.use_cache)
    s.say("cli.site-done", path=output / "index.html", n=len(written))
    if open_file:
        open_written(output / "index.html", s)
    return EXIT_OK
