"""Option types shared by the commands (typer `Annotated` aliases)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from cchc_plan.cli.help import relabel
from cchc_plan.cli.session import session
from cchc_plan.core.dates import DateError, parse_date
from cchc_plan.core.errors import InputError
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import msg
from cchc_plan.engine.vocabulary import ONLY

RootOpt = Annotated[Path | None, typer.Option(
    "--root", file_okay=False,
    help="Plan repository (default: nearest folder upward with plan/appendix.yaml).")]
def use_lang(ctx: typer.Context, value: Lang | None) -> Lang | None:
    """`--lang`, read before the other options (it is eager) so that `--help` and
    later errors are in that language."""
    if value:
        session(ctx, lang=value)
        relabel(ctx.find_root().command, value)
    return value


LangOpt = Annotated[Lang | None, typer.Option(
    "--lang", is_eager=True, callback=use_lang,
    help="Language of labels and messages: vi (default) or en.")]
MessagesLangOpt = Annotated[Lang | None, typer.Option(
    "--lang", is_eager=True, callback=use_lang,
    help="Language of messages: vi (default) or en. The report itself is always "
    "Vietnamese.")]
AsOfOpt = Annotated[str | None, typer.Option(
    "--as-of", help="Date to judge deadlines on: 2020-09-15 or 15/9/2020 (default today).")]
JobsOpt = Annotated[int | None, typer.Option(
    "--jobs", min=1, max=256,
    help="Processes for reading files and writing documents (default: the number of cores).")]
NoCacheOpt = Annotated[bool, typer.Option(
    "--no-cache", help="Read every file again; do not use or write .cchc-cache/.")]
AgencyOpt = Annotated[str | None, typer.Option(
    "--agency", help="Agency id or name, e.g. phong-noi-vu or 'Phòng Nội vụ'.")]
SectionOpt = Annotated[str | None, typer.Option(help="Section, e.g. III or 3.")]
OutputOpt = Annotated[Path | None, typer.Option(
    "-o", "--output", help="File or folder to write; '-' prints to stdout.")]
DebugOpt = Annotated[bool, typer.Option(
    "--debug", help="Show the traceback of an internal error (to report it).")]
ForceOpt = Annotated[bool, typer.Option(
    help="Replace an existing file (a .bak copy is kept).")]
OpenOpt = Annotated[bool, typer.Option(
    "--open", help="Open what was written in the computer's default program (Word, Excel, "
    "the browser).")]


def check_only(value: str | None) -> str | None:
    """`--only`: one of the selections the status vocabulary defines; a usage
    error in the user's language otherwise."""
    if value is not None and value not in ONLY:
        raise InputError(msg("usage.bad-choice", option="--only", value=value,
                             choices=", ".join(ONLY)))
    return value


OnlyOpt = Annotated[str | None, typer.Option(
    callback=check_only, metavar="|".join(ONLY), help="Show only one kind of obligation.")]


def option_date(option: str, value: str | None) -> date | None:
    """A date option as typed (ISO or day-first Vietnamese); a usage error with
    the option's name when it cannot be read."""
    if value is None:
        return None
    try:
        return parse_date(value)
    except DateError as exc:
        raise InputError(exc.message, context=option) from None


def check_agency_or_all(agency: str | None, all_agencies: bool) -> None:
    """`--agency` or `--all`, exactly one of them (a usage error otherwise)."""
    if agency and all_agencies:
        raise InputError(msg("usage.agency-and-all"))
    if not (agency or all_agencies):
        raise InputError(msg("usage.which-agency"), msg("hint.agency-or-all"))
