"""The lines `cchc validate` prints for its problems, and printing them
without rich where rich would print the bare text.

To a pipe or a file (CI, a pre-commit hook, `> out.txt`) rich prints no
style: the text of each line and a line break, nothing else; importing rich's
console took about 19 ms, 7 % of a cold `validate` of the shipped repository.
So `cchc validate` writes the lines itself then (`write_lines`), and has rich
print them (`terminal.print_lines`) whenever `needs_rich` says it might do
more: on a terminal, when FORCE_COLOR or TTY_COMPATIBLE is set, under IPython
(Jupyter displays rich's output itself), on a stream that cannot say whether
it is a terminal, and for a line holding a TAB (rich expands tabs by the width
of what stands before). A test compares both on the same problems.
"""

from __future__ import annotations

import builtins
import os
import sys
from typing import NamedTuple, TextIO

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.core.pathtext import for_people
from cchc_plan.core.problems import Problem
from cchc_plan.render import safe

RICH_ASKED = ("FORCE_COLOR", "TTY_COMPATIBLE")
"""Variables that make rich treat any stream as a terminal (or say what it is)."""


class ProblemLines(NamedTuple):
    """One problem as printed: `where: `, the `error[code]` label (coloured on
    a terminal), `: message`, and the hint line below, if any."""

    where: str
    label: str
    is_error: bool
    message: str
    hint: str | None

    @property
    def first(self) -> str:
        return self.where + self.label + self.message


def problem_lines(problem: Problem, lang: Lang) -> ProblemLines:
    """`path:line:col: error[code]: message` (`warning[code]` for a warning),
    then the hint; `error[code]` is the same in every language (editors and CI
    match it), the texts are in `lang`; nothing a terminal could act on."""
    where = problem._replace(path=for_people(problem.path)).where()  # a\b.yaml on Windows
    hint = problem.hint_text(lang)
    return ProblemLines(
        safe.terminal(f"{where}: "), f"{problem.severity}[{safe.terminal(problem.code)}]",
        problem.is_error, safe.terminal(f": {problem.text(lang)}"),
        safe.terminal(text("cli.hint", lang, hint=hint)) if hint else None)


def needs_rich(stream: TextIO, rows: list[ProblemLines]) -> bool:
    """Whether rich could print more than the bare text of `rows` on `stream`."""
    if any(name in os.environ for name in RICH_ASKED) or hasattr(builtins, "get_ipython"):
        return True
    if any("\t" in row.first or "\t" in (row.hint or "") for row in rows):
        return True
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return True


def write_lines(rows: list[ProblemLines]) -> None:
    """The lines on stdout, each written and flushed as rich's `print` does;
    a reader gone away ends the run as rich ends it: stdout to the null
    device, exit status 1."""
    out = sys.stdout
    try:
        for row in rows:
            write_line(out, row.first)
            if row.hint is not None:
                write_line(out, row.hint)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        raise SystemExit(1) from None


def write_line(stream: TextIO, line: str) -> None:
    stream.write(line + "\n")
    stream.flush()
