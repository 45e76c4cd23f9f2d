"""The `cchc` command line: thin commands over the library.

Each command parses its options, calls the library and hands the result to a
renderer. Heavy libraries (Word, Excel, iCalendar) are imported inside the
commands that need them.

Every message is Vietnamese unless the command has `--lang en`: each command
records its language first thing, and errors raised before that (or outside a
command) use the `--lang` of the command line. Typer's own usage errors (an
unknown option, a bad choice) stay as typer prints them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from cchc_plan.core.errors import EXIT_DATA, EXIT_OK, EXIT_USAGE, DataError, UsageError, run_guarded
from cchc_plan.core.i18n import Lang
from cchc_plan.core.messages import lang_from_argv, text
from cchc_plan.core.writeout import WriteError

app = typer.Typer(
    name="cchc",
    help="Kế hoạch CCHC as data: validate the plan and agency files, see what is due "
    "and late, write the reports agencies hand in.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

RootOpt = Annotated[
    Path | None,
    typer.Option(
        "--root",
        help="Plan repository (default: nearest folder upward with plan/appendix.yaml).",
        file_okay=False,
    ),
]
LangOpt = Annotated[Literal["vi", "en"], typer.Option(
    "--lang", help="Language of labels and messages: vi (default) or en.")]
MessagesLangOpt = Annotated[Literal["vi", "en"], typer.Option(
    "--lang", help="Language of messages: vi (default) or en. The report itself is always "
    "Vietnamese.")]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of", help="Date to judge deadlines on: 2020-09-15 or 15/9/2020 (default today)."
    ),
]
JobsOpt = Annotated[int | None, typer.Option(
    "--jobs", min=1, max=256, help="Processes for reading files (default: the number of cores).")]
NoCacheOpt = Annotated[bool, typer.Option(
    "--no-cache", help="Read every file again; do not use or write .cchc-cache/.")]
AgencyOpt = Annotated[
    str | None,
    typer.Option("--agency", help="Agency id or name, e.g. phong-noi-vu or 'Phòng Nội vụ'."),
]


@app.callback()
def _global(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks of internal errors.")
    ] = False,
) -> None:
    """Kế hoạch CCHC as data."""


@app.command()
def validate(
    root: RootOpt = None,
    fmt: Annotated[
        Literal["text", "json", "github"],
        typer.Option("--format", help="text, json, or github annotations."),
    ] = "text",
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    lang: LangOpt = "vi",
) -> int:
    """Check the plan and every agency file; print each problem with file:line:col."""
    from cchc_plan import app as api
    from cchc_plan.render import machine, terminal

    chosen = _use(lang)
    problems, files = api.validate_repo(root, jobs=_jobs(jobs), use_cache=not no_cache)
    if fmt == "json":
        sys.stdout.write(machine.problems_json(problems, chosen))
    elif fmt == "github":
        sys.stdout.write(machine.problems_github(problems, chosen))
    else:
        terminal.print_problems(problems, terminal.console(soft_wrap=True), chosen)
        errors = sum(p.severity == "error" for p in problems)
        if errors:
            _say("cli.checked-errors", files=files, errors=errors)
        else:
            _say("cli.checked-ok", files=files)
    return EXIT_DATA if any(p.severity == "error" for p in problems) else EXIT_OK


@app.command()
def tasks(
    root: RootOpt = None,
    agency: AgencyOpt = None,
    section: Annotated[str | None, typer.Option(help="Section, e.g. III or 3.")] = None,
    fmt: Annotated[
        Literal["table", "json"], typer.Option("--format", help="table or json.")
    ] = "table",
    lang: LangOpt = "vi",
) -> int:
    """List the plan's tasks."""
    from cchc_plan import app as api
    from cchc_plan.render import machine, terminal
    from cchc_plan.views.tasks import list_tasks

    chosen = _use(lang)
    project = api.open_plan(root)
    rows = list_tasks(project, api.resolve_agency(project, agency), section)
    if fmt == "json":
        sys.stdout.write(machine.to_json([t.model_dump(mode="json") for t in rows]))
    else:
        assert project.plan.model is not None
        terminal.console().print(terminal.tasks_table(project.plan.model, rows, chosen))
    return EXIT_OK


@app.command()
def agencies(
    root: RootOpt = None,
    fmt: Annotated[
        Literal["table", "json"], typer.Option("--format", help="table or json.")
    ] = "table",
    lang: LangOpt = "vi",
) -> int:
    """List agencies and groups with their ids."""
    from cchc_plan import app as api
    from cchc_plan.render import machine, terminal

    chosen = _use(lang)
    project = api.open_plan(root)
    assert project.registry.model is not None
    if fmt == "json":
        sys.stdout.write(machine.to_json(project.registry.model.model_dump(mode="json")))
    else:
        terminal.console().print(terminal.agencies_table(project.directory, chosen))
    return EXIT_OK


@app.command()
def status(
    root: RootOpt = None,
    as_of: AsOfOpt = None,
    agency: AgencyOpt = None,
    section: Annotated[str | None, typer.Option(help="Section, e.g. III or 3.")] = None,
    task: Annotated[str | None, typer.Option(help="Task id as printed, e.g. 2.6.")] = None,
    only: Annotated[
        Literal[
            "overdue",
            "pending",
            "due-soon",
            "done",
            "done-late",
            "done-on-time",
            "ongoing",
            "awaiting",
            "open",
        ]
        | None,
        typer.Option(help="Show only one kind of obligation."),
    ] = None,
    lead_only: Annotated[bool, typer.Option(help="Only obligations the agency leads.")] = False,
    show_all: Annotated[bool, typer.Option(
        "--all", help="Table: also show ongoing and awaiting rows (no due date).")] = False,
    due_within: Annotated[
        int, typer.Option(min=0, max=3660, help="Days ahead that count as due soon.")
    ] = 7,
    fmt: Annotated[
        Literal["table", "json", "csv"], typer.Option("--format", help="table, json or csv.")
    ] = "table",
    fail_on: Annotated[
        Literal["overdue"] | None, typer.Option(help="Exit 1 if any obligation is overdue.")
    ] = None,
    lang: LangOpt = "vi",
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
) -> int:
    """Which obligations are late, due soon or done, most urgent first."""
    from cchc_plan import app as api
    from cchc_plan.render import machine, terminal
    from cchc_plan.views.status import Filters, select

    chosen = _use(lang)
    when = api.parse_as_of(as_of)
    snapshot, names = api.status_snapshot(root, when, due_within, jobs=_jobs(jobs),
                                          use_cache=not no_cache)
    filters = Filters(api.resolve_name(names, agency), section, task, only, lead_only)
    rows = select(snapshot.rows, filters)
    if fmt == "json":
        sys.stdout.write(machine.obligations_json(rows))
    elif fmt == "csv":
        sys.stdout.write(machine.obligations_csv(rows))
    else:
        show = show_all or only in ("ongoing", "awaiting")
        terminal.print_status(snapshot, rows, chosen, terminal.console(), show)
    _warn_problems(snapshot.problem_count)
    return EXIT_DATA if fail_on and any(o.status == "overdue" for o in rows) else EXIT_OK


@app.command()
def report(
    root: RootOpt = None,
    agency: AgencyOpt = None,
    as_of: AsOfOpt = None,
    fmt: Annotated[Literal["docx", "xlsx", "md", "json", "html"], typer.Option(
        "--format", help="docx (default), xlsx, md, json or html.")] = "docx",
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="File or folder to write; '-' prints to stdout.",
        dir_okay=True)] = None,
    force: Annotated[bool, typer.Option(
        help="Replace an existing file (a .bak copy is kept).")] = False,
    lang: MessagesLangOpt = "vi",
) -> int:
    """Write an agency's submission (--agency), or the consolidated report of all agencies."""
    from cchc_plan import app as api
    from cchc_plan.render.reports import build_report, default_filename, render_report

    _use(lang)
    project = api.open_plan(root)
    data = build_report(project, api.resolve_agency(project, agency), api.parse_as_of(as_of))
    _emit(render_report(data, fmt), output, default_filename(data, fmt), force)
    return EXIT_OK


@app.command()
def calendar(
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
    force: Annotated[bool, typer.Option(help="Replace an existing file.")] = False,
    lang: LangOpt = "vi",
) -> int:
    """Write deadlines as an iCalendar (.ics) file for phone and desktop calendars."""
    from cchc_plan import app as api
    from cchc_plan.render.ics import build_calendar, default_calendar_name

    _use(lang)
    project = api.open_plan(root)
    when = api.parse_as_of(as_of)
    until = api.parse_option_date("--horizon", horizon) if horizon else None
    ident = api.resolve_agency(project, agency)
    payload, skipped = build_calendar(project, ident, when, until, include_done)
    if skipped:
        _say("cli.undated-left-out", n=skipped)
    _emit(payload, output, default_calendar_name(project, ident), force)
    return EXIT_OK


@app.command()
def init(
    root: RootOpt = None,
    agency: AgencyOpt = None,
    all_agencies: Annotated[bool, typer.Option(
        "--all", help="Write a file for every agency that has none yet.")] = False,
    force: Annotated[bool, typer.Option(
        help="Replace an existing file (a .bak copy is kept).")] = False,
    lang: LangOpt = "vi",
) -> int:
    """Write a starting progress file assignments/<agency>.yaml listing the agency's tasks."""
    from cchc_plan import app as api
    from cchc_plan.views.scaffold import scaffold_path, scaffold_text

    _use(lang)
    project = api.open_plan(root)
    targets = api.init_targets(project, agency, all_agencies, force)
    for ident in targets:
        target = project.root / scaffold_path(ident)
        target.parent.mkdir(exist_ok=True)
        text = scaffold_text(project, ident, project.today)
        api.write_output(target, text.encode("utf-8"), force)
        _say("cli.wrote", path=scaffold_path(ident))
    return EXIT_OK


@app.command()
def schema(
    plan: Annotated[bool, typer.Option("--plan", help="The plan file's schema.")] = False,
    agencies: Annotated[bool, typer.Option(
        "--agencies", help="The agency registry's schema.")] = False,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="File to write (default: print).")] = None,
    force: Annotated[bool, typer.Option(help="Replace an existing file.")] = False,
    lang: LangOpt = "vi",
) -> int:
    """Print or write the JSON Schema of the agency file (or --plan, --agencies)."""
    from cchc_plan.core.messages import msg
    from cchc_plan.load.schema import schema_filename, schema_text

    _use(lang)
    if plan and agencies:
        raise UsageError(msg("usage.plan-and-agencies"))
    kind: Literal["plan", "agencies", "assignment"] = (
        "plan" if plan else "agencies" if agencies else "assignment")
    _emit(schema_text(kind).encode("utf-8"), output or Path("-"), schema_filename(kind), force)
    return EXIT_OK


def _emit(payload: bytes, output: Path | None, default_name: str, force: bool) -> None:
    """Hand a command's output over: to stdout for `-o -`, else written
    atomically to the file (or into the folder, under `default_name`)."""
    from cchc_plan import app as api

    if str(output) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
        return
    target = api.output_path(output, default_name)
    api.write_output(target, payload, force)
    _say("cli.wrote", path=target)


def _warn_problems(count: int) -> None:
    if count:
        _say("cli.data-problems", n=count)


class _Session:
    """The language of this run's messages: the command's `--lang` once the
    command runs, before that the `--lang` read from the command line."""

    lang: Lang = "vi"


def _use(value: str) -> Lang:
    """Record the command's language and return it."""
    _Session.lang = _lang(value)
    return _Session.lang


def _say(message_id: str, **params: object) -> None:
    """One message line on stderr, in the run's language."""
    print(text(message_id, _Session.lang, **params), file=sys.stderr)


def _jobs(jobs: int | None) -> int:
    from cchc_plan.load.layout import default_jobs

    return jobs or default_jobs()


def _lang(value: str) -> Lang:
    return "en" if value == "en" else "vi"


def _invoke() -> int:
    _Session.lang = lang_from_argv(sys.argv[1:])
    try:
        result = app(standalone_mode=False)
    except typer.Abort:
        return 130
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.TyperException as exc:  # typer's usage errors: bad option, bad value
        show = getattr(exc, "show", None)
        if show:
            show()
        else:
            print(f"cchc: error: {exc}", file=sys.stderr)
        return int(getattr(exc, "exit_code", EXIT_USAGE))
    except UsageError as exc:
        lang = _Session.lang
        _say("cli.error", message=exc.text(lang))
        hint = exc.hint_text(lang)
        if hint:
            _say("cli.hint", hint=hint)
        return EXIT_USAGE
    except DataError as exc:
        _say("cli.plan-unusable")
        print(exc.text(_Session.lang), file=sys.stderr)
        return EXIT_DATA
    except WriteError as exc:
        _say("cli.error", message=exc.text(_Session.lang))
        return EXIT_DATA
    return result if isinstance(result, int) else EXIT_OK


def main() -> None:
    import gc

    # A run is short and builds hundreds of thousands of objects that live to
    # its end and hold no cycles worth collecting; the cyclic collector would
    # walk them again and again (it doubled the time to read a province's files).
    gc.disable()
    restore_sigpipe()
    sys.exit(run_guarded(_invoke, debug="--debug" in sys.argv[1:]))


def restore_sigpipe() -> None:
    """`cchc status | head -1`: end quietly when the reader goes away, as Unix
    tools do, instead of printing an error about the broken pipe."""
    import signal

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
