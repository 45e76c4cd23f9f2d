"""`cchc validate` prints its problems without rich where rich would print
their bare text (a pipe, a file), and through rich everywhere else: the same
bytes either way."""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_plan.cli.data import print_problems
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import msg
from cchc_plan.core.problems import Problem, Severity
from cchc_plan.render import problem_lines, terminal
from helpers import EXAMPLES, MINI, copy_repo, run_cli

ODD = ["Phòng Nội vụ", "ＷＩＤＥ 全角", "e\u0301 combining", "two\nlines", "trailing\n", "",
       "\x1b[31mred", "bell\a back\b cr\r ff\f", "[bold]markup[/bold] :smile:", "\u202ebidi",
       "emoji 👍🏽", "zero\u200bwidth", "a\u00a0b"]


def problem(detail: str, severity: Severity = "error", hint: str | None = None,
            path: str = "assignments/phong-noi-vu.yaml") -> Problem:
    return Problem(path, 3, 7, "yaml-syntax", msg("yaml-syntax", detail=detail),
                   msg("hint.did-you-mean", name=hint) if hint is not None else None, severity)


def printed_by_rich(problems: list[Problem], lang: Lang,
                    monkeypatch: pytest.MonkeyPatch) -> str:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    terminal.print_problems(problems, terminal.console(soft_wrap=True), lang)
    return out.getvalue()


def printed_plain(problems: list[Problem], lang: Lang, monkeypatch: pytest.MonkeyPatch) -> str:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    print_problems(problems, lang)
    return out.getvalue()


@pytest.fixture(autouse=True)
def no_colour_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in problem_lines.RICH_ASKED:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_plain_lines_are_what_rich_prints_to_a_pipe(
        lang: Lang, monkeypatch: pytest.MonkeyPatch) -> None:
    problems = [problem(text, "warning" if i % 2 else "error", text if i % 3 else None,
                        path=f"assignments/{text[:8]}.yaml") for i, text in enumerate(ODD)]
    plain = printed_plain(problems, lang, monkeypatch)
    assert plain == printed_by_rich(problems, lang, monkeypatch)
    assert "\x1b" not in plain  # no escape sequence either way


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=40), st.none() | st.text(max_size=20),
                          st.sampled_from(["error", "warning"])), max_size=4))
def test_any_text_prints_the_same_as_through_rich(
        rows: list[tuple[str, str | None, Severity]]) -> None:
    problems = [problem(detail, severity, hint) for detail, hint, severity in rows]
    with pytest.MonkeyPatch.context() as monkeypatch:
        for name in problem_lines.RICH_ASKED:
            monkeypatch.delenv(name, raising=False)
        assert printed_plain(problems, "en", monkeypatch) == \
            printed_by_rich(problems, "en", monkeypatch)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Closed(io.StringIO):
    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")


def test_rich_prints_whenever_it_could_do_more(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [problem_lines.problem_lines(problem("x", hint="y"), "en")]
    assert not problem_lines.needs_rich(io.StringIO(), rows)
    assert problem_lines.needs_rich(Terminal(), rows)
    assert problem_lines.needs_rich(Closed(), rows)
    tabbed = [problem_lines.problem_lines(problem("a\tb"), "en")]
    assert problem_lines.needs_rich(io.StringIO(), tabbed)
    hint_tabbed = [problem_lines.problem_lines(problem("a", hint="\t"), "en")]
    assert problem_lines.needs_rich(io.StringIO(), hint_tabbed)
    for name, value in (("FORCE_COLOR", "1"), ("TTY_COMPATIBLE", "0")):
        with monkeypatch.context() as env:
            env.setenv(name, value)
            assert problem_lines.needs_rich(io.StringIO(), rows)


def test_a_tab_is_expanded_as_rich_expands_it(monkeypatch: pytest.MonkeyPatch) -> None:
    problems = [problem("ＷＩ\tDE\tx", hint="a\tb")]
    assert printed_plain(problems, "en", monkeypatch) == \
        printed_by_rich(problems, "en", monkeypatch)
    assert "\t" not in printed_plain(problems, "en", monkeypatch)


def test_colour_on_a_terminal_comes_from_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    out = Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    print_problems([problem("x")], "en")
    assert "\x1b[31merror[yaml-syntax]\x1b[0m" in out.getvalue()


def broken_stdout() -> io.TextIOWrapper:
    read, write = os.pipe()
    os.close(read)
    return io.TextIOWrapper(io.FileIO(write, "w"), encoding="utf-8")


@pytest.mark.posix
def test_a_reader_gone_away_ends_the_run_as_rich_ends_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Exit status 1 and stdout on the null device, for both (where SIGPIPE
    is not left to end the process first)."""
    def plain() -> None:
        print_problems([problem("x")], "en")

    def through_rich() -> None:
        terminal.print_problems([problem("x")], terminal.console(soft_wrap=True), "en")

    for printer in (plain, through_rich):
        stream = broken_stdout()
        monkeypatch.setattr(sys, "stdout", stream)
        with pytest.raises(SystemExit) as ended:
            printer()
        assert ended.value.code == 1
        stream.write("after\n")
        stream.flush()  # the null device takes it
        monkeypatch.undo()
        stream.close()


def test_validate_prints_the_lines_to_a_pipe(tmp_path: Path) -> None:
    """Through the command line: a misspelt field, its did-you-mean, then the count."""
    root = copy_repo(MINI, tmp_path / "repo")
    text = (EXAMPLES / "positive" / "phong-noi-vu.yaml").read_text(encoding="utf-8")
    (root / "assignments" / "phong-noi-vu.yaml").write_text(
        text.replace("status:", "statuz:", 1), encoding="utf-8")
    result = run_cli("validate", "--root", str(root), "--lang", "en")
    assert result.exit_code == 1
    first, hint = result.stdout.splitlines()[:2]
    assert re.fullmatch(r"assignments/phong-noi-vu\.yaml:\d+:\d+: error\[[a-z-]+\]: .*statuz.*",
                        first)
    assert hint.startswith("  hint: ")
    assert "status" in hint
    assert "\x1b" not in result.stdout
