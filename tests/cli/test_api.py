"""The library API works as the README shows it, and raises only cchc's own
errors (never the command line's)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import cchc_plan
from helpers import KRONG_PA, MINI


def test_readme_example() -> None:
    found = cchc_plan.validate(KRONG_PA, use_cache=False)
    assert found.ok
    assert found.files == 33
    snapshot = cchc_plan.status(KRONG_PA, as_of=date(2020, 9, 15), use_cache=False)
    late = [r for r in snapshot.rows if r.status == "overdue"]
    assert late
    assert all(r.days_late for r in late)
    records = snapshot.records()
    assert records[0].keys() == set(cchc_plan.StatusRow._fields)


def test_reports_and_calendar_from_python() -> None:
    project = cchc_plan.open_plan(KRONG_PA, use_cache=False)
    report = cchc_plan.agency_report(project, "Phòng Nội vụ", date(2020, 9, 15))
    assert report.agency.id == "phong-noi-vu"
    assert report.summary.total
    district = cchc_plan.district_report(project, date(2020, 9, 15))
    assert cchc_plan.render_report(district, "md", "vi").startswith(b"|")
    calendar = cchc_plan.calendar(project, None, date(2020, 9, 15))
    assert calendar.entries
    assert calendar.skipped


def test_library_errors_are_cchc_errors(tmp_path: Path) -> None:
    with pytest.raises(cchc_plan.InputError):
        cchc_plan.validate(tmp_path)
    project = cchc_plan.open_plan(MINI, use_cache=False)
    with pytest.raises(cchc_plan.InputError) as unknown:
        cchc_plan.agency_report(project, "khong-co", date(2020, 9, 15))
    assert "--" not in unknown.value.text("en")  # no command-line advice in the library


def test_import_is_free() -> None:
    import subprocess
    import sys

    code = "import sys, cchc_plan; sys.exit('cchc_plan.app' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
