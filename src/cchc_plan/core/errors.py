"""Exit codes and the one top-level handler that keeps tracebacks from users.

0 clean, 1 data problems, 2 usage errors, 3 a bug in cchc, 130 interrupted.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from cchc_plan.core.messages import Localized, Msg, lang_from_argv, msg, text

if TYPE_CHECKING:
    from cchc_plan.core.i18n import Lang
    from cchc_plan.core.problems import Problem

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_BUG = 3
EXIT_INTERRUPTED = 130


class UsageError(Localized):
    """A wrong argument or a missing folder: exit 2 with this message (and hint)."""


class DataError(Exception):
    """Data that stops a command (the plan does not load): exit 1. Carries
    the problems that stop it, printed in the language of the command."""

    def __init__(self, problems: Sequence[Problem], fallback: Msg | None = None) -> None:
        self.problems = list(problems)
        self.fallback = fallback or msg("cli.plan-unreadable")
        super().__init__(self.text("en"))

    def text(self, lang: Lang = "vi") -> str:
        return "\n".join(p.format(lang) for p in self.problems) or self.fallback.text(lang)


def run_guarded(main: Callable[[], int | None], debug: bool, lang: Lang | None = None) -> int:
    """Run the CLI; turn every exception into a message and an exit code.
    The internal-error line is in `lang`, by default the `--lang` of the
    command line."""
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
            chosen = lang or lang_from_argv(sys.argv[1:])
            print(text("cli.internal-error", chosen, name=name), file=sys.stderr)
        return EXIT_BUG


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the exit flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
