"""Commands over the data files: validate, tasks, agencies, schema."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from cchc_plan import app as lib
from cchc_plan.cli.handler import EXIT_DATA, EXIT_OK
from cchc_plan.cli.options import (
    AgencyOpt,
    DebugOpt,
    ForceOpt,
    JobsOpt,
    LangOpt,
    NoCacheOpt,
    RootOpt,
    SectionOpt,
)
from cchc_plan.cli.output import emit
from cchc_plan.cli.root import command
from cchc_plan.cli.session import Session, session
from cchc_plan.core.errors import InputError
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import msg
from cchc_plan.core.pathtext import for_people
from cchc_plan.core.problems import Problem


@command
def validate(
    ctx: typer.Context,
    root: RootOpt = None,
    fmt: Annotated[Literal["text", "json", "github", "gitlab"], typer.Option(
        "--format", help="text, json, github (annotations) or gitlab (Code Quality).")]
    = "text",
    tracked: Annotated[bool, typer.Option(
        "--tracked", help="Only the agency files git tracks (pre-commit).")] = False,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> int:
    """Check the plan and every agency file; print each problem with file:line:col."""
    s = session(ctx, debug=debug, lang=lang, root=root, jobs=jobs, no_cache=no_cache)
    found = lib.validate(s.root, jobs=s.jobs, use_cache=s.use_cache, tracked=tracked)
    if fmt == "json":  # render.machine, and the views it imports, only for the formats it writes
        from cchc_plan.render import machine

        sys.stdout.write(machine.problems_json(found.problems, s.lang))
    elif fmt in ("github", "gitlab"):
        from cchc_plan.render import machine

        write = machine.problems_github if fmt == "github" else machine.problems_gitlab
        sys.stdout.write(write(found.problems, s.lang, lib.git_prefix(s.root)))
    else:
        print_problems(found.problems, s.lang)
        say_checked(s, found)
    return EXIT_OK if found.ok else EXIT_DATA


def print_problems(problems: list[Problem], lang: Lang) -> None:
    """The problems on stdout: plain lines where rich would print just their
    text, else through rich, which is imported for that only (`render.problem_lines`)."""
    from cchc_plan.render import problem_lines

    rows = [problem_lines.problem_lines(p, lang) for p in problems]
    if problem_lines.needs_rich(sys.stdout, rows):
        from cchc_plan.render import terminal

        terminal.print_lines(rows, terminal.console(soft_wrap=True))
    else:
        problem_lines.write_lines(rows)


def say_checked(s: Session, found: lib.Validation) -> None:
    """The summary line of `validate` on stderr, and the files left out."""
    if found.errors:
        s.say("cli.checked-errors", files=found.files, errors=found.errors)
    elif found.warnings:
        s.say("cli.checked-warnings", files=found.files, warnings=found.warnings)
    else:
        s.say("cli.checked-ok", files=found.files)
    if found.untracked:
        shown = ", ".join(for_people(p) for p in found.untracked[:5])
        shown += ", …" if len(found.untracked) > 5 else ""
        s.say("cli.untracked", n=len(found.untracked), paths=shown)


@command
def tasks(
    ctx: typer.Context,
    root: RootOpt = None,
    agency: AgencyOpt = None,
    section: SectionOpt = None,
    fmt: Annotated[Literal["table", "json"], typer.Option(
        "--format", help="table or json.")] = "table",
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> int:
    """List the plan's tasks."""
    from cchc_plan.render import machine, terminal
    from cchc_plan.views.tasks import list_tasks

    s = session(ctx, debug=debug, lang=lang, root=root, jobs=jobs, no_cache=no_cache)
    project = lib.open_plan(s.root, jobs=s.jobs, use_cache=s.use_cache)
    ident = project.directory.index.resolve_agency(agency) if agency else None
    rows = list_tasks(project, ident, section)
    if fmt == "json":
        sys.stdout.write(machine.to_json([t.model_dump(mode="json") for t in rows]))
    else:
        terminal.console().print(terminal.tasks_table(rows, s.lang, project.directory.name))
    return EXIT_OK


@command
def agencies(
    ctx: typer.Context,
    root: RootOpt = None,
    fmt: Annotated[Literal["table", "json"], typer.Option(
        "--format", help="table or json.")] = "table",
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> int:
    """List agencies and groups with their ids."""
    from cchc_plan.render import machine, terminal

    s = session(ctx, debug=debug, lang=lang, root=root, jobs=jobs, no_cache=no_cache)
    project = lib.open_plan(s.root, jobs=s.jobs, use_cache=s.use_cache)
    if fmt == "json":
        assert project.registry.model is not None
        sys.stdout.write(machine.to_json(project.registry.model.model_dump(mode="json")))
    else:
        terminal.console().print(terminal.agencies_table(project.directory, s.lang))
    return EXIT_OK


@command
def schema(
    ctx: typer.Context,
    plan: Annotated[bool, typer.Option("--plan", help="The plan file's schema.")] = False,
    agencies: Annotated[bool, typer.Option(
        "--agencies", help="The agency registry's schema.")] = False,
    root: RootOpt = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="File to write (default: print).")] = None,
    force: ForceOpt = False,
    debug: DebugOpt = False,
    lang: LangOpt = None,
) -> int:
    """Print or write the JSON Schema of the agency file (for this repository's plan:
    its tasks and agencies to pick from), or of the plan (--plan) or registry (--agencies)."""
    from cchc_plan.load.schema import schema_filename

    s = session(ctx, debug=debug, lang=lang, root=root)
    if plan and agencies:
        raise InputError(msg("usage.plan-and-agencies"))
    kind: Literal["plan", "agencies", "assignment"] = (
        "plan" if plan else "agencies" if agencies else "assignment")
    in_repo = kind == "assignment" and (s.root is not None or lib.in_repository())
    project = lib.open_plan(s.root, use_cache=s.use_cache) if in_repo else None
    emit(lib.schema(kind, s.lang, project).encode("utf-8"), output or Path("-"),
         schema_filename(kind), force, s)
    return EXIT_OK
