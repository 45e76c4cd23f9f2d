"""Exit codes and the one top-level handler that keeps tracebacks from users.

0 clean, 1 data problems, 2 usage errors, 3 a bug in cchc, 130 interrupted.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_BUG = 3
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """A wrong argument or a missing folder: exit 2 with this message."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class DataError(Exception):
    """Data that stops a command (the plan does not load): exit 1."""


def run_guarded(main: Callable[[], int | None], debug: bool) -> int:
    """Run the CLI; turn every exception into a message and an exit code."""
    try:
        return main() or 0
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else EXIT_USAGE)
    except Exception:
        if debug:
            traceback.print_exc()
        else:
            kind = sys.exc_info()[0]
            name = kind.__name__ if kind else "error"
            print(
                f"cchc: internal error ({name}); please report it with the command you ran "
                "(add --debug to see the details)",
                file=sys.stderr,
            )
        return EXIT_BUG


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the exit flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
