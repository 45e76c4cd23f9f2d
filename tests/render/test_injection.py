"""Text from agency files stays text wherever it goes (issue 12, defects 4, 7
and 11): no formula in xlsx or CSV, no workflow command from a file name, no
escape sequence or rich markup on the terminal, no HTML or link in Markdown."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from rich.console import Console

from cchc_plan.core.messages import msg
from cchc_plan.core.problems import Problem
from cchc_plan.render import machine, terminal
from helpers import run_cli

NOTE = "=cmd|' /C calc'!A0"
ASSIGNEE = '=HYPERLINK("http://evil.example","x")'
PROGRESS = f"""\
agency: phong-noi-vu
contact: {{name: "@SUM(1+1)*cmd|' /C calc'!A0", position: "-2+3"}}
updated: 2020-09-10
tasks:
  - task: "7"
    status: in_progress
    assignee: {{name: '{ASSIGNEE}', position: "+1"}}
    notes: "{NOTE}"
  - task: "2.6"
    status: done
    completed: 2020-08-20
    assignee: {{name: "#N/A"}}
    notes: "<img src=x onerror=alert(1)> [click](javascript:alert(1)) <https://x.example>"
    evidence:
      - {{number: 45/BC, title: "[x](javascript:alert(document.cookie))",
         link: "javascript:alert(2)"}}
"""


@pytest.fixture
def hostile(repo_copy: Path) -> Path:
    (repo_copy / "assignments" / "phong-noi-vu.yaml").write_text(PROGRESS, encoding="utf-8")
    plan = repo_copy / "plan" / "appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("    title: In nội dung tuyên truyền ở mặt sau",
                                 "    title: \"=1+2\" #", 1), encoding="utf-8")
    return repo_copy


def report(root: Path, fmt: str, *agency: str) -> bytes:
    result = run_cli("report", "--root", str(root), "--as-of", "2020-09-15", "--format", fmt,
                     "-o", "-", *agency)
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


# --- defect 4: formulas -----------------------------------------------------------------


@pytest.mark.parametrize("agency", [("--agency", "phong-noi-vu"), ()])
def test_xlsx_has_no_formula_and_keeps_the_text(hostile: Path, agency: tuple[str, ...]) -> None:
    from openpyxl import load_workbook

    data = report(hostile, "xlsx", *agency)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode("utf-8")
                assert "<f>" not in xml, name
                assert "<f " not in xml, name
                assert 't="e"' not in xml, name  # '#N/A' is text, not an error value
        workbook = archive.read("xl/workbook.xml").decode("utf-8")
        assert 'fullCalcOnLoad="1"' not in workbook
    book = load_workbook(io.BytesIO(data))
    texts = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row}
    if agency:
        assert any(NOTE in t for t in texts)  # "Ghi chú: =cmd…", as text
        assert any(ASSIGNEE in t for t in texts)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)


def test_csv_fields_cannot_start_a_formula(hostile: Path) -> None:
    result = run_cli("status", "--root", str(hostile), "--as-of", "2020-09-15", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    titles = [r["title"] for r in rows]
    assert "'=1+2" in titles
    assert "=1+2" not in titles
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_owasp_prefix(start: str) -> None:
    from cchc_plan.render.safe import spreadsheet

    assert spreadsheet(f"{start}x") == f"'{start}x"
    assert spreadsheet("x=1") == "x=1"


# --- defect 7: workflow commands ----------------------------------------------------------


def test_github_annotations_cannot_be_injected() -> None:
    evil = "assignments/a\n::warning file=x::owned\r::stop-commands::tok,en:%.yaml"
    problem = Problem(evil, 1, 1, "bad,code::x", msg("unreadable", reason="a\n::error::b"))
    out = machine.problems_github([problem], "en")
    assert out.count("\n") == 1
    assert "\r" not in out
    assert out.startswith("::error file=assignments/a%0A%3A%3Awarning file=x%3A%3Aowned%0D"
                          "%3A%3Astop-commands%3A%3Atok%2Cen%3A%25.yaml,line=1,col=1,"
                          "title=bad%2Ccode%3A%3Ax::")
    assert out.rstrip("\n").endswith("a%0A::error::b")


def test_a_file_named_to_inject_is_refused_and_escaped(repo_copy: Path) -> None:
    name = "x\n::warning::pwned.yaml"
    (repo_copy / "assignments" / name).write_text("agency: x\n", encoding="utf-8")
    result = run_cli("validate", "--root", str(repo_copy), "--format", "github")
    assert result.exit_code == 1
    # the plan's two review notes (issue 27) are warnings of their own
    lines = [line for line in result.stdout.splitlines() if "title=unreviewed" not in line]
    assert len(lines) == 1
    assert lines[0].startswith("::error file=assignments/x\\n%3A%3Awarning%3A%3Apwned.yaml,")
    assert "title=bad-file-name::" in lines[0]


# --- defect 11: terminals and Markdown -----------------------------------------------------


def screen(render: object) -> str:
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(render)
    return out.getvalue()


def test_no_escape_sequence_reaches_the_terminal() -> None:
    osc8 = "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\"
    osc52 = "\x1b]52;c;cm0gLXJmIH4K\x07"
    problem = Problem(f"assignments/{osc8}.yaml", 1, 1, "x\x1b[2J",
                      msg("unreadable", reason=osc52 + "\x9b31m\u202eevil"))
    out = io.StringIO()
    terminal.print_problems([problem], Console(file=out, width=300, color_system=None), "en")
    shown = out.getvalue()
    for bad in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert bad not in shown
    assert "click" in shown
    assert "evil" in shown


def test_rich_markup_in_a_title_is_shown_as_written(repo_copy: Path) -> None:
    plan = repo_copy / "plan" / "appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("    title: In nội dung tuyên truyền ở mặt sau",
                                 "    title: \"[/x] [red]y[/]\" #", 1), encoding="utf-8")
    result = run_cli("tasks", "--root", str(repo_copy))
    assert result.exit_code == 0, result.stderr
    assert "[/x] [red]y[/]" in result.stdout
    agencies = run_cli("agencies", "--root", str(repo_copy))
    assert agencies.exit_code == 0


def test_markdown_passes_no_html_and_no_link(hostile: Path) -> None:
    text = report(hostile, "md", "--agency", "phong-noi-vu").decode("utf-8")
    assert "<img" not in text
    assert "](javascript:" not in text.replace("\\", "")
    assert re.search(r"(?<!\\)\[[^\]]*\]\(", text) is None  # no link syntax from data
    assert "javascript&#58;" in text
    assert "&lt;img" in text  # shown, not interpreted


def test_html_escapes(hostile: Path) -> None:
    text = report(hostile, "html", "--agency", "phong-noi-vu").decode("utf-8")
    assert "<img" not in text
    assert '<a href="javascript' not in text
