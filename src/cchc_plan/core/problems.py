"""Problems found in data: values, never exceptions.

Every stage of the pipeline returns a list of `Problem`s next to its result, so
one run reports every problem in every file. A problem knows its file, line and
column (1-based), a stable code, its message and an optional hint. Message and
hint are catalog messages (`Msg`), rendered in a language only when printed:
the same problems, cached once, print in Vietnamese or English.

A problem in a spreadsheet cell is the same `Problem`: its path is the book
and the sheet followed by `!` (`phieu.xlsx:Tiến độ!`), its line the row and
its column the column number, and it prints as Excel writes a cell reference:
`phieu.xlsx:Tiến độ!E12: error[...]` (`cell_path` makes such a path).

A problem is an `error` (the data is wrong: `cchc validate` exits 1) or a
`warning` (something for a person to look at that does not make the data wrong,
such as a `review:` note an import left on a guess: exit 0).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import Any, Literal, NamedTuple

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import Msg, msg, text

CELL_MARK = "!"
"""Ends the path of a problem in a spreadsheet cell (a YAML path never does)."""


def cell_path(book: str, sheet: str) -> str:
    """The path of problems in the cells of one sheet: `book.xlsx:Sheet!`."""
    return f"{book}:{sheet}{CELL_MARK}"


def column_letters(column: int) -> str:
    """1 -> A, 27 -> AA: how spreadsheets name a column."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


Severity = Literal["error", "warning"]


class Problem(NamedTuple):
    path: str
    line: int
    column: int
    code: str
    message: Msg
    hint: Msg | None = None
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def text(self, lang: Lang) -> str:
        return self.message.text(lang)

    def hint_text(self, lang: Lang) -> str | None:
        return self.hint.text(lang) if self.hint else None

    def where(self) -> str:
        """`path:line:col`, or `book.xlsx:Sheet!E12` for a spreadsheet cell."""
        if self.path.endswith(CELL_MARK):
            return f"{self.path}{column_letters(self.column)}{self.line}"
        return f"{self.path}:{self.line}:{self.column}"

    def format(self, lang: Lang) -> str:
        """`path:line:col: error[code]: message` (the hint, if any, on its own line);
        `warning[code]` for a warning.

        `error[code]` stays as it is in every language: editors and CI match it."""
        head = f"{self.where()}: {self.severity}[{self.code}]: {self.text(lang)}"
        hint = self.hint_text(lang)
        return head if not hint else f"{head}\n" + text("cli.hint", lang, hint=hint)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)


MAX_PER_FILE = 100
MAX_PER_RUN = 1000
"""How many problems a run shows (README, "Security"): one hostile file of
330,000 bad entries printed 52 MB. Beyond a cap, one line says how many more."""


def _order(p: Problem) -> tuple[str, int, int, str, Msg, Msg]:
    return (*p.sort_key(), p.message, p.hint or Msg(""))


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in file order, each reported once (ties in a fixed order too)."""
    return sorted(set(problems), key=_order)


def capped(problems: Iterable[Problem], per_file: int = MAX_PER_FILE,
           per_run: int = MAX_PER_RUN) -> list[Problem]:
    """The first `per_file` problems of each file and `per_run` of the run,
    in file order, each cap followed by one problem saying how many more
    there are ("và N lỗi khác"): an error if any of those is one, else a
    warning. Picking the first ones costs n log(cap)."""
    by_file: dict[str, set[Problem]] = {}
    for problem in problems:
        by_file.setdefault(problem.path, set()).add(problem)
    paths = sorted(by_file)
    shown: list[Problem] = []
    room = per_run
    for number, path in enumerate(paths):
        found = by_file[path]
        first = heapq.nsmallest(per_file + 1, found, key=_order)
        for problem in first[:per_file]:
            if room == 0:
                rest = found - set(shown)
                rest.update(*(by_file[p] for p in paths[number + 1:]))
                return [*shown, _more(problem, rest, msg("too-many-problems.run", n=len(rest),
                                                         limit=per_run))]
            shown.append(problem)
            room -= 1
        if len(found) > per_file:
            rest = found - set(first[:per_file])
            shown.append(_more(first[per_file], rest, msg("too-many-problems", n=len(rest),
                                                          limit=per_file)))
    return shown


def _more(at: Problem, rest: set[Problem], message: Msg) -> Problem:
    severity: Severity = "error" if any(p.is_error for p in rest) else "warning"
    return Problem(at.path, at.line, at.column, "too-many-problems", message, None, severity)


# --- as plain data (the cache) --------------------------------------------------------


def msg_data(message: Msg) -> list[Any]:
    return [message.id, [list(pair) for pair in message.params]]


def msg_from_data(data: Any) -> Msg:
    """A message back from `msg_data`; ValueError on anything else."""
    ident, params = _items(data, 2)
    pairs = tuple(tuple(_texts(pair, 2)) for pair in _items(params))
    return Msg(_text(ident), pairs)  # type: ignore[arg-type]


def problem_data(problem: Problem) -> list[Any]:
    """A problem as JSON data: exactly what it holds, so it comes back equal."""
    return [problem.path, problem.line, problem.column, problem.code,
            msg_data(problem.message), msg_data(problem.hint) if problem.hint else None,
            problem.severity]


def problem_from_data(data: Any) -> Problem:
    path, line, column, code, message, hint, severity = _items(data, 7)
    if severity not in ("error", "warning"):
        raise ValueError("not a severity")
    return Problem(_text(path), _number(line), _number(column), _text(code),
                   msg_from_data(message), None if hint is None else msg_from_data(hint),
                   severity)


def _items(data: Any, length: int | None = None) -> list[Any]:
    if not isinstance(data, list) or (length is not None and len(data) != length):
        raise ValueError("not a list of the expected length")
    return data


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def _texts(data: Any, length: int) -> list[str]:
    return [_text(v) for v in _items(data, length)]


def _number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError("not a line or column")
    return value
