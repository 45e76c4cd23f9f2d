"""One file must not break everyone's reports (issue 12, defect 6): validate
refuses what a renderer cannot write, and no renderer fails on what the
loader lets through, whatever an agency typed."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from cchc_plan.app import agency_report, calendar, district_report, open_project
from cchc_plan.check import run_checks
from cchc_plan.core.problems import sorted_problems
from cchc_plan.engine.obligations import compute_status
from cchc_plan.load.models import AssignmentFile
from cchc_plan.load.project import Project
from cchc_plan.load.reader import model_from_bytes
from cchc_plan.render import ics, machine, render_report, status_view, terminal
from cchc_plan.views.overview import overview
from cchc_plan.views.status import Filters, status_snapshot
from helpers import MINI, run_cli

AS_OF = ("--as-of", "2020-09-15")


def commands(root: Path) -> dict[str, int]:
    """Exit code of every command that reads the agency files."""
    runs = {
        "status": run_cli("status", "--root", str(root), *AS_OF),
        "status-csv": run_cli("status", "--root", str(root), *AS_OF, "--format", "csv"),
        "calendar": run_cli("calendar", "--root", str(root), *AS_OF, "-o", "-"),
    }
    for fmt in ("docx", "xlsx", "md", "html", "json"):
        runs[f"report-{fmt}"] = run_cli("report", "--root", str(root), *AS_OF, "--format", fmt,
                                        "-o", "-")
        runs[f"report-pnv-{fmt}"] = run_cli("report", "--root", str(root), *AS_OF, "--format",
                                            fmt, "--agency", "phong-noi-vu", "-o", "-")
    for name, run in runs.items():
        assert "Traceback" not in run.stderr, name
    return {name: run.exit_code for name, run in runs.items()}


def validate_codes(root: Path) -> set[str]:
    result = run_cli("validate", "--root", str(root), "--format", "json")
    assert result.exit_code == 1
    return {p["code"] for p in json.loads(result.stdout)}


def test_a_far_event_date_breaks_nobody(repo_copy: Path) -> None:
    """`date: 9999-12-31` in one agency's event made status, report and calendar exit 3."""
    target = repo_copy / "assignments" / "phong-noi-vu.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("    date: 2020-08-05", "    date: 9999-12-31"),
                      encoding="utf-8")
    assert "bad-date" in validate_codes(repo_copy)
    assert set(commands(repo_copy).values()) == {0}


@pytest.mark.parametrize("escape", ["\\0\\v", "\\e\\u202E", "\\uFFFE\\x7f",
                                    "\\x9b\\U0010FFFF"])
def test_control_characters_are_refused_and_break_no_report(repo_copy: Path,
                                                            escape: str) -> None:
    """NUL, VT, ESC or U+FFFE in a note passed validate, then crashed docx and xlsx."""
    target = repo_copy / "assignments" / "phong-noi-vu.yaml"
    text = target.read_text(encoding="utf-8")
    note = "    notes: Đã ban hành kế hoạch kiểm tra; đã kiểm tra 6/12 đơn vị"
    assert note in text
    target.write_text(text.replace(note, f'    notes: "Đã ban hành{escape} kế hoạch"'),
                      encoding="utf-8")
    assert "control-character" in validate_codes(repo_copy)
    assert set(commands(repo_copy).values()) == {0}


@pytest.mark.parametrize(("field", "value"), [("deadline", "2150-01-01"),
                                              ("request_due", "1/1/1901")])
def test_dates_far_from_the_plan_are_refused(repo_copy: Path, field: str, value: str) -> None:
    target = repo_copy / "assignments" / "phong-noi-vu.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("    deadline: 2020-10-10", f"    {field}: {value}"),
                      encoding="utf-8")
    assert "date-out-of-range" in validate_codes(repo_copy)
    assert set(commands(repo_copy).values()) == {0}


# --- any value the loader lets through, every renderer ---------------------------------------

BASE = open_project(MINI, today=date(2030, 1, 1), use_cache=False)
EXAMPLES = int(os.environ.get("CCHC_FUZZ_EXAMPLES", "300")) // 10 or 1
SLOW = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

odd_text = st.one_of(
    st.text(max_size=60),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=400),
    st.sampled_from(["=1+2", "@SUM(A1)", "+x", "-x", "\tx", "#N/A", "[/x]", "[bold]",
                     "<script>alert(1)</script>", "[a](javascript:alert(1))", "|a|b|",
                     "\u202eevil", "a\u2028b", "\ufeff", "x" * 40_000, "Ä\u0308", "🧾" * 50,
                     "%0A::warning::x", "\\", "`code`", "**bold**", "{0}", "{name}"]))
odd_date = st.dates(min_value=date(2010, 1, 1), max_value=date(2040, 12, 31))


def quoted(value: str) -> str:
    """A YAML double-quoted string holding any text, every other character escaped."""
    def one(c: str) -> str:
        if " " <= c <= "~" and c not in '"\\':
            return c
        return f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}"

    return '"' + "".join(map(one, value)) + '"'


@st.composite
def agency_files(draw: st.DrawFn) -> bytes:
    """An agency file for the mini plan holding odd values everywhere a person writes."""
    def text(nonblank: bool = False) -> str:
        value = draw(odd_text)
        return quoted(value + "x" if nonblank and not value.strip() else value)

    def day() -> str:
        return draw(odd_date).isoformat()

    lines = [
        "agency: phong-noi-vu",
        f"contact: {{name: {text()}, position: {text()}, phone: {text()}, email: {text()}}}",
        f"updated: {day()}",
        f"events: [{{event: tinh-phe-duyet, date: {day()}, source: {text()}}}]",
        "tasks:",
    ]
    for task in ("1", "2.1", "3", "4"):
        status = draw(st.sampled_from(["not_started", "in_progress", "done"]))
        lines += [
            f"  - task: \"{task}\"",
            f"    status: {status}",
            f"    assignee: {{name: {text()}, position: {text()}}}",
            f"    notes: {text()}",
            f"    deadline: {day()}",
        ]
        if status == "done":
            lines += [f"    completed: {day()}",
                      f"    evidence: [{{number: {text()}, date: {day()}, title: {text(True)}, "
                      f"link: {text()}}}]"]
    return ("\n".join(lines) + "\n").encode("utf-8")


@SLOW
@given(agency_files())
def test_every_renderer_writes_any_value_the_loader_accepts(raw: bytes) -> None:
    loaded, problems = model_from_bytes(raw, "assignments/phong-noi-vu.yaml", AssignmentFile)
    assert loaded.model is not None, problems  # the values reach the renderers
    project = Project(BASE.root, BASE.plan, BASE.registry, [loaded], [], BASE.directory,
                      BASE.today)
    project.problems = sorted_problems([*problems, *run_checks(project)])
    as_of = date(2020, 9, 15)
    out = Console(file=io.StringIO(), width=120, color_system=None)
    terminal.print_problems(project.problems, out, "vi")
    result = compute_status(project, as_of)
    snapshot = status_snapshot(result, len(project.problems))
    view = overview(snapshot, Filters())
    for kind in ("summary", "by_agency", "detail"):
        status_view.print_view(view, kind, "vi", out, 100)
    list(machine.obligation_lines(snapshot.rows))
    machine.obligations_csv(snapshot.rows)
    machine.problems_github(project.problems, "en")
    for report in (agency_report(project, "phong-noi-vu", as_of), district_report(project, as_of)):
        for fmt in ("md", "html", "json", "docx", "xlsx"):
            assert render_report(report, fmt, "vi")
    assert ics.render(calendar(project, None, as_of), "vi")
