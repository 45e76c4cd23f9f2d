"""Working days (engine.workdays): the holidays of the `holidays` package,
kept per country and year in the user's cache so a later run need not
import it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from cchc_plan.engine.workdays import WorkCalendar

PROBE = """
import sys
from datetime import date
from cchc_plan.engine.workdays import WorkCalendar
print(WorkCalendar("VN").is_day_off(date(2020, 9, 2)), "holidays" in sys.modules)
"""


def probe(xdg: Path, **env: str) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          check=True, env={**os.environ, "XDG_CACHE_HOME": str(xdg), **env})
    return done.stdout.strip()


def entry(xdg: Path) -> Path:
    return xdg / "cchc" / ".cchc-cache" / "holidays-VN"


def test_the_same_days_as_the_holidays_package(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import holidays

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    reference = holidays.country_holidays("VN")
    calendar = WorkCalendar("VN")
    day = date(2016, 1, 1)
    while day < date(2032, 1, 1):
        assert calendar.is_day_off(day) == (day.weekday() >= 5 or day in reference), day
        day += timedelta(days=1)


def test_a_later_run_reads_the_days_without_importing_holidays(tmp_path: Path) -> None:
    assert probe(tmp_path) == "True True"  # Quốc khánh; computed the first time
    assert entry(tmp_path).is_file()
    assert probe(tmp_path) == "True False"


def test_a_forged_entry_is_not_believed(tmp_path: Path) -> None:
    probe(tmp_path)
    blob = entry(tmp_path).read_bytes()
    forged = blob.replace(b',"2020-09-02"', b"")
    assert forged != blob
    entry(tmp_path).write_bytes(forged)
    assert probe(tmp_path) == "True True"  # the signature fails: computed again


def test_no_cache_computes_and_writes_nothing(tmp_path: Path) -> None:
    assert probe(tmp_path, CCHC_NO_CACHE="1") == "True True"
    assert not entry(tmp_path).exists()


def test_weekends_only_without_a_country() -> None:
    calendar = WorkCalendar(None)
    assert not calendar.is_day_off(date(2020, 9, 2))
    assert calendar.roll_forward(date(2020, 9, 5)) == date(2020, 9, 7)
    assert calendar.add_working_days(date(2020, 9, 4), 1) == date(2020, 9, 7)


def test_an_unknown_country_is_a_problem_not_a_crash(mini_copy: Path) -> None:
    from helpers import run_cli

    plan = mini_copy / "plan" / "appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("  roll_to_working_day: false",
                                 "  roll_to_working_day: true\n  holidays: XX"), encoding="utf-8")
    found = run_cli("validate", "--root", str(mini_copy))
    assert found.exit_code == 1
    assert "plan/appendix.yaml:16:13: error[unknown-country]" in found.stdout
    status = run_cli("status", "--root", str(mini_copy), "--as-of", "2020-10-01")
    assert "Traceback" not in status.stderr
    assert "lỗi nội bộ" not in status.stderr
    assert not WorkCalendar("XX").is_day_off(date(2020, 9, 2))  # weekends only
