"""The seventh stage: the `cchc` command line, thin commands over the library.

Each command parses its options, calls `cchc_plan.app` and hands the result
to a renderer. Heavy libraries (Word, Excel, iCalendar) are imported inside
the commands that need them.
"""

from __future__ import annotations

import os
import sys

import typer

from cchc_plan.cli import (  # noqa: F401  (register the commands)
    data,
    documents,
    files,
    form,
    plan,
    reports,
    site,
    status,
)
from cchc_plan.cli.handler import run_guarded
from cchc_plan.cli.help import relabel
from cchc_plan.cli.root import app, app_for
from cchc_plan.cli.session import Session
from cchc_plan.cli.streams import use_utf8_streams

__all__ = ["app", "invoke", "main"]


def invoke(args: list[str], session: Session | None = None) -> int:
    """Run one command line in this process; its exit code."""
    current = session or Session()

    def run() -> int | None:
        command = typer.main.get_command(app_for(args))
        relabel(command, current.lang)
        result = command.main(args, prog_name="cchc", obj=current, standalone_mode=False)
        return result if isinstance(result, int) else None

    return run_guarded(run, current)


def main() -> None:
    import gc

    # A run is short and builds hundreds of thousands of objects that live to
    # its end and hold no cycles worth collecting; the cyclic collector would
    # walk them again and again (it doubled the time to read a province's files).
    gc.disable()
    without_pydantic_plugins()
    restore_sigpipe()
    use_utf8_streams()
    code = invoke(sys.argv[1:])
    # At exit Python collects once more, over everything still alive and the
    # cycles left while the collector was off: a tenth of a cold `validate`
    # (25-30 ms). What is alive now is frozen out of that walk; the process
    # gives its memory back as it ends anyway.
    gc.freeze()
    sys.exit(code)


def without_pydantic_plugins() -> None:
    """The command line runs pydantic without third-party plugins, unless
    PYDANTIC_DISABLE_PLUGINS says otherwise: none is part of cchc, a plugin
    installed in the same Python would see every agency's file as it is
    validated, and looking for them read every installed package's metadata
    (about 6 ms of a 0.24 s `cchc validate`). The library leaves the host
    program's plugins alone."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def restore_sigpipe() -> None:
    """`cchc status | head -1`: end quietly when the reader goes away, as Unix
    tools do, instead of printing an error about the broken pipe."""
    import signal

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
