"""`cchc status`: what is late and what is due soon."""

from __future__ import annotations

import sys
from typing import Annotated, Literal

import typer

from cchc_plan import app as lib
from cchc_plan.cli.handler import EXIT_DATA, EXIT_OK
from cchc_plan.cli.options import (
    AgencyOpt,
    AsOfOpt,
    DebugOpt,
    JobsOpt,
    LangOpt,
    NoCacheOpt,
    OnlyOpt,
    RootOpt,
    SectionOpt,
    option_date,
)
from cchc_plan.cli.root import command
from cchc_plan.cli.session import Session, session
from cchc_plan.cli.streams import csv_for_excel
from cchc_plan.core.errors import InputError
from cchc_plan.engine.vocabulary import DEFAULT_DUE_SOON_DAYS


@command
def status(
    ctx: typer.Context,
    root: RootOpt = None,
    as_of: AsOfOpt = None,
    agency: AgencyOpt = None,
    section: SectionOpt = None,
    task: Annotated[str | None, typer.Option(help="Task id as printed, e.g. 2.6.")] = None,
    only: OnlyOpt = None,
    lead_only: Annotated[bool, typer.Option(help="Only obligations the agency leads.")] = False,
    by: Annotated[Literal["agency", "section", "leader"] | None, typer.Option(
        help="One line per agency (file, counts, on-time rate, oldest overdue), per "
        "section (lĩnh vực) or per leader in charge.")] = None,
    detail: Annotated[bool, typer.Option(
        "--detail", "--all", help="One line per obligation (supporting ones included).")] = False,
    due_within: Annotated[int, typer.Option(
        min=0, max=3660, help="Days ahead that count as due soon.")] = DEFAULT_DUE_SOON_DAYS,
    fmt: Annotated[Literal["table", "json", "csv"], typer.Option(
        "--format", help="table, json or csv.")] = "table",
    fail_on: Annotated[Literal["overdue"] | None, typer.Option(
        help="Exit 1 if any obligation shown is overdue.")] = None,
    debug: DebugOpt = False,
    lang: LangOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
) -> int:
    """What is late and due soon, grouped by task; --by agency, --agency X,
    --detail for more."""
    from cchc_plan.render import machine
    from cchc_plan.views.overview import overview
    from cchc_plan.views.status import Filters, unknown_filter

    s = session(ctx, debug=debug, lang=lang, root=root, jobs=jobs, no_cache=no_cache)
    when = option_date("--as-of", as_of)
    if fmt == "json" and not s.use_cache:  # rows counted and encoded in the workers
        text = lib.status_json(s.root, as_of=when, due_soon_days=due_within, jobs=s.jobs,
                               filters=Filters(agency, section, task, only, lead_only))
        if text.unknown:
            raise InputError(text.unknown)
        sys.stdout.writelines(text.parts())
        return _ended(s, text.problem_count, bool(fail_on) and text.overdue_shown())
    snapshot = lib.status(s.root, as_of=when, due_soon_days=due_within, jobs=s.jobs,
                          use_cache=s.use_cache)
    ident = snapshot.names.resolve_agency(agency) if agency else None
    if unknown := unknown_filter(snapshot.rows, section, task):
        raise InputError(unknown)
    view = overview(snapshot, Filters(ident, section, task, only, lead_only))
    if fmt == "json":
        sys.stdout.writelines(machine.status_json_parts(view))  # written as made
    elif fmt == "csv":
        sys.stdout.write(csv_for_excel(machine.obligations_csv(view.shown), sys.stdout))
    else:  # rich is loaded for a table only
        from cchc_plan.render import status_cells, status_view, terminal

        grouped: dict[str, status_view.View] = {
            "agency": "by_agency", "section": "by_section", "leader": "by_leader"}
        kind: status_view.View = ("detail" if detail else grouped[by] if by
                                  else "agency" if ident else "summary")
        out = terminal.console()
        status_view.print_view(view, kind, s.lang, out, status_cells.screen_width(out))
    overdue = bool(fail_on) and any(o.status == "overdue" for o in view.shown)
    return _ended(s, snapshot.problem_count, overdue)


def _ended(s: Session, problem_count: int, overdue: bool) -> int:
    """What a status run says last, and its exit code (1: --fail-on overdue met)."""
    if problem_count:
        s.say("cli.data-problems", n=problem_count)
    return EXIT_DATA if overdue else EXIT_OK
