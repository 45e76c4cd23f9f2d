"""`cchc init`: starting progress files for agencies."""

from __future__ import annotations

import sys
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
from cchc_plan.cli.session import Session, session
from cchc_plan.core.messages import text
from cchc_plan.core.pathtext import for_people


@command
def init(
    ctx: typer.Context,
    root: RootOpt = None,
    agency: AgencyOpt = None,
    all_agencies: Annotated[bool, typer.Option(
        "--all", help="Write a file for every agency that has none yet.")] = False,
    prune: Annotated[bool, typer.Option(
        help="Remove files in assignments/ of agencies no longer in the registry or given no "
        "task, without asking.")] = False,
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
    if all_agencies:
        remove_orphans(s, lib.orphan_files(project), project.root, prune or force)
    return EXIT_OK


def remove_orphans(s: Session, paths: list[Path], root: Path, remove: bool) -> None:
    """Files of agencies the registry lost or the plan gives nothing: removed with
    --prune/--force, else asked about one by one at a terminal, else listed with
    the way to remove them."""
    if not paths:
        return
    names = [for_people(p.relative_to(root).as_posix()) for p in paths]
    ask = not remove and sys.stdin.isatty() and sys.stderr.isatty()
    if not remove and not ask:
        s.say("cli.orphan-files", n=len(names), paths=", ".join(names))
        s.say("hint.orphan-prune")
        return
    for path, name in zip(paths, names, strict=True):
        if remove or typer.confirm(text("cli.orphan-ask", s.lang, path=name), default=False,
                                   err=True):
            path.replace(path.with_name(f"{path.name}.bak"))  # as --force keeps a copy
            s.say("cli.removed", path=name)


@command
def new(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(help="A new or empty folder for the repository.")],
    district: Annotated[str, typer.Option(help="The district's name, e.g. 'Krông Pa'.")]
    = "Mẫu",
    province: Annotated[str | None, typer.Option(
        help="The province's name, e.g. 'Gia Lai' (for --level tinh: the district's name).")]
    = None,
    year: Annotated[int | None, typer.Option(
        min=2000, max=2100, help="The plan's year (default: this year).")] = None,
    level: Annotated[str, typer.Option(
        help="The issuer's level: huyen, thi-xa, thanh-pho, quan, tinh, xa, phuong, "
        "thi-tran.")] = "huyen",
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> int:
    """Create a data repository for a new plan: plan and agency templates, CI, a README."""
    s = session(ctx, debug=debug, lang=lang)
    province = province or (district if level == "tinh" else "Mẫu")
    written = lib.new_repository(folder, district=district, province=province,
                                 year=year or date.today().year, level=level)
    s.say("cli.new-done", path=folder, n=len(written))
    return EXIT_OK
