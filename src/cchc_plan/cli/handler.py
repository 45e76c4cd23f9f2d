"""Exit codes, and the one place that turns every exception into a message.

0 clean, 1 data problems, 2 usage errors, 3 a bug in cchc, 130 interrupted.
No traceback reaches a user unless `--debug` asks for it.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable

import typer

from cchc_plan.cli.help import usage_kind, usage_message
from cchc_plan.cli.session import Session
from cchc_plan.core.errors import InputError, PlanUnusable, TargetError, WriteError
from cchc_plan.core.messages import Msg, msg, text
from cchc_plan.load.layout import RootNotFound

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_BUG = 3
EXIT_INTERRUPTED = 130

TARGET_HINTS = {
    "exists": "hint.force",
    "folder": "hint.give-file-name",
    "special": "hint.own-folder",
    "no-folder": "hint.create-folder",
    "not-empty": "hint.new-folder",
    "not-site": "hint.site-force",
    "symlink": "hint.no-symlink",
    "not-folder": "hint.not-a-folder",
}
"""Advice the command line adds to a refused output file."""


def run_guarded(command: Callable[[], int | None], session: Session) -> int:
    """Run the CLI; every exception becomes a message in the session's
    language and an exit code."""
    try:
        exit_code = command() or EXIT_OK
        sys.stdout.flush()  # here, where a failure can still be said
        return exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except UnicodeEncodeError as exc:
        _silence_stdout()
        said = text("cli.cannot-encode", session.lang, encoding=exc.encoding)
        if said.encode(exc.encoding, "replace").decode(exc.encoding) != said:
            said = text("cli.cannot-encode", "en", encoding=exc.encoding)  # readable there
        print(said, file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        if exc.filename is not None:  # a file the library should have named: a bug
            return report_error(exc, session)
        _silence_stdout()  # the output stream failed (a full disk, /dev/full)
        print(text("cli.cannot-write-output", session.lang, reason=exc.strerror or exc),
              file=sys.stderr)
        return EXIT_DATA
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_USAGE)
    except Exception as exc:  # everything a command raises ends here
        return report_error(exc, session)


def report_error(exc: Exception, session: Session) -> int:
    """Print one exception for a person; its exit code."""
    say = session.say
    if isinstance(exc, typer.Abort):
        return EXIT_INTERRUPTED
    if isinstance(exc, typer.Exit):
        return int(exc.exit_code)
    if usage_kind(exc) == "no-args":  # `cchc` alone: the help page
        exc.show()  # type: ignore[attr-defined]
        return EXIT_USAGE
    if isinstance(exc, typer.TyperException):  # click's usage errors: bad option, bad value
        message, hint = usage_message(exc)
        say("cli.error", message=message.text(session.lang))
        if hint:
            say("cli.hint", hint=hint.text(session.lang))
        return int(getattr(exc, "exit_code", EXIT_USAGE))
    if isinstance(exc, InputError):
        say("cli.error", message=exc.text(session.lang))
        hint = exc.hint or cli_hint(exc)
        if hint:
            say("cli.hint", hint=hint.text(session.lang))
        return EXIT_USAGE
    if isinstance(exc, PlanUnusable):
        say("cli.plan-unusable")
        print(exc.text(session.lang), file=sys.stderr)
        return EXIT_DATA
    if isinstance(exc, WriteError):
        say("cli.error", message=exc.text(session.lang))
        return EXIT_DATA
    if session.debug:
        traceback.print_exception(exc)
    else:
        print(text("cli.internal-error", session.lang, name=type(exc).__name__),
              file=sys.stderr)
    return EXIT_BUG


def cli_hint(exc: InputError) -> Msg | None:
    """Advice that names options, which only the command line can give."""
    if isinstance(exc, RootNotFound):
        return msg("hint.root")
    if isinstance(exc, TargetError) and exc.reason in TARGET_HINTS:
        return msg(TARGET_HINTS[exc.reason])
    return None


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the exit flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
