"""`cchc init`: starting progress files for agencies."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from cchc_plan import app as lib
from cchc_plan.cli.handler import EXIT_OK
from cchc_plan.cli.options import (
    AgencyOpt,
    DebugOpt,
    ForceOpt,
    LangOpt,
    RootOpt,
    check_agency_or_all,
)
from cchc_plan.cli.root import command
from cchc_plan.cli.session import session
from cchc_plan.core.pathtext import for_people


@command
def init(
    ctx: typer.Context,
    root: RootOpt = None,
    agency: AgencyOpt = None,
    all_agencies: Annotated[bool, typer.Option(
        "--all", help="Write a file for every agency that has none yet.")] = False,
    force: ForceOpt = False,
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> int:
    """Write a starting progress file assignments/<agency>.yaml listing the agency's tasks."""
    from cchc_plan.render import scaffold as render
    from cchc_plan.views.scaffold import scaffold_path

    s = session(ctx, debug=debug, lang=lang, root=root)
    check_agency_or_all(agency, all_agencies)
    project = lib.open_plan(s.root, use_cache=s.use_cache)
    targets = [agency] if agency else lib.agencies_needing_files(project, replace=force)
    for name in targets:
        view = lib.scaffold(project, name)
        target = project.root / scaffold_path(view.agency)
        lib.write_file(target, render.render(view, s.lang).encode("utf-8"), force=force,
                       within=project.root)
        s.say("cli.wrote", path=for_people(scaffold_path(view.agency)))
    if written := lib.write_missing_schema(project):  # what the files' first line points at
        s.say("cli.wrote", path=for_people(str(written)))
    return EXIT_OK


@command
def new(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(help="A new or empty folder for the repository.")],
    district: Annotated[str, typer.Option(help="The district's name, e.g. 'Krông Pa'.")]
    = "Mẫu",
    province: Annotated[str, typer.Option(help="The province's name, e.g. 'Gia Lai'.")]
    = "Mẫu",
    year: Annotated[int | None, typer.Option(
        min=2000, max=2100, help="The plan's year (default: this year).")] = None,
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> int:
    """Create a data repository for a new plan: plan and agency templates, CI, a README."""
    s = session(ctx, debug=debug, lang=lang)
    written = lib.new_repository(folder, district=district, province=province,
                                 year=year or date.today().year)
    s.say("cli.new-done", path=folder, n=len(written))
    return EXIT_OK
