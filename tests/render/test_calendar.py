"""`cchc calendar`: the .ics file against the status engine."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from cchc_plan.app import open_project
from cchc_plan.engine.obligations import compute_status
from cchc_plan.engine.vocabulary import DONE
from cchc_plan.render import ics as ics_writer
from helpers import run_cli

AS_OF = "15/8/2020"
PNV = "phong-noi-vu"
DOMAIN = "@34-kh-ubnd-2020.ubnd-huyen-krong-pa"


def ics(root: Path, *args: str) -> bytes:
    result = run_cli("calendar", "--root", str(root), *args, "-o", "-")
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


def events(payload: bytes) -> dict[str, Any]:
    cal = Calendar.from_ical(payload)
    found = list(cal.walk("VEVENT"))
    uids = [str(e["uid"]) for e in found]
    assert len(uids) == len(set(uids)), [u for u, n in Counter(uids).items() if n > 1]
    return dict(zip(uids, found, strict=True))


def uid_fields(uid: str) -> tuple[str, str, str, str]:
    """(task, agency, part, period) from cchc_<task>_<agency>_<part>_<period>@..."""
    fields = uid.split("@")[0].split("_")
    assert fields[0] == "cchc"
    return fields[1], fields[2], "_".join(fields[3:-1]), fields[-1]


def dates_of(event: Any) -> list[date]:
    start: date = event.decoded("dtstart")
    assert type(start) is date
    if "rrule" not in event:
        return [start]
    rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=datetime.combine(start, time()))
    return [d.date() for d in rule]


def expected(root: Path, agency: str | None, as_of: date, horizon: date,
             include_done: bool = False) -> Counter[tuple[str, str, str, date]]:
    result = compute_status(open_project(root, use_cache=False), as_of, window_end=horizon)
    return Counter(
        (o.task.id, o.agency, o.part_key, o.due)
        for o in result.obligations
        if (agency is None or o.agency == agency) and o.due and o.due <= horizon
        and (include_done or o.status not in DONE) and o.status != "supporting"
    )


def got(found: dict[str, Any]) -> Counter[tuple[str, str, str, date]]:
    out: Counter[tuple[str, str, str, date]] = Counter()
    for uid, event in found.items():
        task, agency, part, _ = uid_fields(uid)
        out.update((task, agency, part, day) for day in dates_of(event))
    return out


def write_progress(root: Path, body: str) -> None:
    (root / "assignments" / f"{PNV}.yaml").write_text(
        f"schema_version: 1\nagency: {PNV}\n{body}", encoding="utf-8")


# --- the shipped plan -------------------------------------------------------------


def test_task_7_is_an_all_day_event_on_its_deadline(blank_repo: Path) -> None:
    payload = ics(blank_repo, "--agency", PNV, "--as-of", AS_OF)
    event = events(payload)[f"cchc_7_{PNV}_date_once{DOMAIN}"]
    assert event.decoded("dtstart") == date(2020, 8, 17)
    assert event.decoded("dtend") == date(2020, 8, 18)
    assert b"DTSTART;VALUE=DATE:20200817\r\n" in payload
    assert b"DTEND;VALUE=DATE:20200818\r\n" in payload
    assert str(event["summary"]).startswith("[CCHC 7] Xây dựng bộ tiêu chí")
    text = str(event["description"])
    for part in ("Chủ trì", "Phòng Nội vụ", "Hoàn thành trước ngày 17/8/2020",
                 "Quyết định ban hành Bộ tiêu chí", "UBND các xã, thị trấn"):
        assert part in text


def test_annual_part_within_the_horizon_by_period(blank_repo: Path) -> None:
    """The horizon (31/12/2021) cuts by period (issue 27): the plan for 2021,
    due 31/12/2020, is the district part's one occurrence; the plan for 2022
    is the next programme's. (A yearly series: test_plan_horizon_ends_the_series_early.)"""
    found = events(ics(blank_repo, "--agency", PNV, "--as-of", AS_OF))
    event = found[f"cchc_1_{PNV}_ke-hoach-huyen_2021{DOMAIN}"]
    assert event.decoded("dtstart") == date(2020, 12, 31)
    assert "rrule" not in event
    assert not any("ke-hoach-huyen_2022" in uid or "_yearly" in uid for uid in found)


def test_quarterly_parts_are_one_event_per_period(blank_repo: Path) -> None:
    found = events(ics(blank_repo, "--agency", "van-phong-hdnd-ubnd", "--as-of", AS_OF))
    quarters = sorted(uid_fields(u)[3] for u in found if uid_fields(u)[2] == "bao-cao-quy")
    assert quarters == ["2020-Q3", "2020-Q4", "2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"]
    assert all("rrule" not in e for u, e in found.items() if "bao-cao-quy" in u)


@pytest.mark.parametrize("agency", [PNV, "van-phong-hdnd-ubnd", None])
def test_dates_match_the_engine(agency: str | None, blank_repo: Path) -> None:
    args = ("--agency", agency) if agency else ()
    found = events(ics(blank_repo, *args, "--as-of", AS_OF))
    assert got(found) == expected(blank_repo, agency, date(2020, 8, 15), date(2021, 12, 31))


def test_horizon_option_limits_and_breaks_series(blank_repo: Path) -> None:
    found = events(ics(blank_repo, "--agency", PNV, "--as-of", AS_OF, "--horizon", "31/12/2020"))
    assert max(d for e in found.values() for d in dates_of(e)) == date(2020, 12, 31)
    assert f"cchc_1_{PNV}_ke-hoach-huyen_2021{DOMAIN}" in found
    assert got(found) == expected(blank_repo, PNV, date(2020, 8, 15), date(2020, 12, 31))


def test_every_open_event_has_two_reminders(blank_repo: Path) -> None:
    found = events(ics(blank_repo, "--agency", PNV, "--as-of", AS_OF))
    for event in found.values():
        alarms = event.subcomponents
        assert [a["action"] for a in alarms] == ["DISPLAY", "DISPLAY"]
        assert [a.decoded("trigger") for a in alarms] == [timedelta(days=-7), timedelta(days=-1)]
        assert all(a["description"] for a in alarms)


def test_calendar_properties(blank_repo: Path) -> None:
    cal = Calendar.from_ical(ics(blank_repo, "--agency", "Phong Noi vu", "--as-of", AS_OF))
    assert str(cal["version"]) == "2.0"
    assert str(cal["calscale"]) == "GREGORIAN"
    assert str(cal["prodid"]).startswith("-//cchc-plan//")
    assert str(cal["x-wr-timezone"]) == "Asia/Ho_Chi_Minh"
    assert str(cal["x-wr-calname"]) == "CCHC – Phòng Nội vụ"
    stamps = {e.decoded("dtstamp") for e in cal.walk("VEVENT")}
    assert {s.date() for s in stamps} == {date(2020, 8, 15)}


def test_all_agencies_named_per_event(blank_repo: Path) -> None:
    payload = ics(blank_repo, "--as-of", AS_OF)
    cal = Calendar.from_ical(payload)
    assert str(cal["x-wr-calname"]) == "CCHC – UBND huyện Krông Pa"
    found = events(payload)
    agencies = {uid_fields(u)[1] for u in found}
    assert len(agencies) > 10
    event = found[f"cchc_IV.1_phong-tu-phap_date_once{DOMAIN}"]
    assert str(event["summary"]).endswith("– Phòng Tư pháp")


def test_same_bytes_and_stable_uids(blank_repo: Path) -> None:
    first = ics(blank_repo, "--agency", PNV, "--as-of", AS_OF)
    assert ics(blank_repo, "--agency", PNV, "--as-of", AS_OF) == first
    later = events(ics(blank_repo, "--agency", PNV, "--as-of", "20/8/2020"))
    assert f"cchc_7_{PNV}_date_once{DOMAIN}" in later
    assert set(later) <= set(events(first))


def test_skipped_count_on_stderr(blank_repo: Path) -> None:
    result = run_cli("calendar", "--root", str(blank_repo), "--agency", PNV, "--as-of", AS_OF,
                     "-o", "-")
    status = compute_status(open_project(blank_repo, use_cache=False), date(2020, 8, 15))
    undated = sum(1 for o in status.obligations if o.agency == PNV and o.due is None)
    assert undated > 0
    assert f"bỏ qua {undated} nghĩa vụ không có ngày" in result.stderr
    english = run_cli("calendar", "--root", str(blank_repo), "--agency", PNV, "--as-of", AS_OF,
                      "-o", "-", "--lang", "en")
    assert f"{undated} obligation(s) without a date" in english.stderr
    vi_text, en_text = (Calendar.from_ical(r.stdout_bytes).to_ical().decode()
                        for r in (result, english))
    assert "Nhiệm vụ 7" in vi_text
    assert "Task 7" in en_text
    assert "Nhiệm vụ" not in en_text
    assert events(english.stdout_bytes).keys() == events(result.stdout_bytes).keys()


def test_writes_the_default_file_name(tmp_path: Path, blank_repo: Path) -> None:
    result = run_cli("calendar", "--root", str(blank_repo), "--agency", PNV, "--as-of", AS_OF,
                     cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    written = tmp_path / f"cchc-{PNV}.ics"
    assert written.read_bytes() == ics(blank_repo, "--agency", PNV, "--as-of", AS_OF)
    again = run_cli("calendar", "--root", str(blank_repo), "--agency", PNV, "--as-of", AS_OF,
                    cwd=tmp_path)
    assert again.exit_code == 2  # no clobbering without --force


# --- done obligations ---------------------------------------------------------------


def test_done_left_out_unless_include_done(repo_copy: Path) -> None:
    write_progress(repo_copy, """updated: 2020-08-14
tasks:
  - task: "7"
    status: done
    completed: 2020-08-14
    evidence: [{title: Quyết định ban hành Bộ tiêu chí}]
""")
    uid = f"cchc_7_{PNV}_date_once{DOMAIN}"
    assert uid not in events(ics(repo_copy, "--agency", PNV, "--as-of", AS_OF))
    found = events(ics(repo_copy, "--agency", PNV, "--as-of", AS_OF, "--include-done"))
    assert found[uid].decoded("dtstart") == date(2020, 8, 17)
    assert "Hoàn thành đúng hạn (14/08/2020)" in str(found[uid]["description"])
    assert found[uid].subcomponents == []  # no reminders for work already done
    assert got(found) == expected(repo_copy, PNV, date(2020, 8, 15), date(2021, 12, 31), True)


def test_done_period_leaves_the_series(repo_copy: Path) -> None:
    # two years more than the shipped horizon (the plan for 2023, due 31/12/2022, is
    # of the period 2023: issue 27), and no roll (31/12/2022 is a Saturday)
    plan = repo_copy / "plan" / "appendix.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "horizon: 2021-12-31", "horizon: 2023-12-31").replace(
        "roll_to_working_day: true", "roll_to_working_day: false"), encoding="utf-8")
    write_progress(repo_copy, """updated: 2020-12-20
tasks:
  - task: "1"
    periods:
      - period: 2021
        part: ke-hoach-huyen
        status: done
        completed: 2020-12-20
        evidence: [{title: Kế hoạch CCHC năm 2021}]
""")
    args = ("--agency", PNV, "--as-of", "10/1/2021", "--horizon", "31/12/2022")
    series = f"cchc_1_{PNV}_ke-hoach-huyen_yearly{DOMAIN}"
    found = events(ics(repo_copy, *args))
    assert dates_of(found[series]) == [date(2021, 12, 31), date(2022, 12, 31)]
    assert f"cchc_1_{PNV}_ke-hoach-huyen_2021{DOMAIN}" not in found
    found = events(ics(repo_copy, *args, "--include-done"))
    assert found[f"cchc_1_{PNV}_ke-hoach-huyen_2021{DOMAIN}"].decoded("dtstart") == date(
        2020, 12, 31)
    assert dates_of(found[series]) == [date(2021, 12, 31), date(2022, 12, 31)]
    assert got(found) == expected(repo_copy, PNV, date(2021, 1, 10), date(2022, 12, 31), True)


# --- other plans: nothing district-specific in the code ------------------------------


def test_names_come_from_the_plan(mini_copy: Path) -> None:
    payload = ics(mini_copy, "--as-of", "1/8/2020")
    assert str(Calendar.from_ical(payload)["x-wr-calname"]) == "CCHC – UBND huyện Mẫu"
    found = events(payload)
    assert all(u.endswith("@1-kh-ubnd-2020.ubnd-huyen-mau") for u in found)
    assert got(found) == expected(mini_copy, None, date(2020, 8, 1), date(2021, 12, 31))


def _edit_settings(root: Path, extra: str) -> None:
    plan = root / "plan" / "appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("  start: 2020-07-01\n", f"  start: 2020-07-01\n{extra}"),
                    encoding="utf-8")


def test_rolling_annual_parts_are_one_event_per_period(mini_copy: Path) -> None:
    plan = mini_copy / "plan" / "appendix.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "roll_to_working_day: false", "roll_to_working_day: true"), encoding="utf-8")
    found = events(ics(mini_copy, "--as-of", "1/8/2020", "--horizon", "31/1/2023"))
    assert not any("rrule" in e for e in found.values())
    huyen = {uid_fields(u)[3]: e.decoded("dtstart") for u, e in found.items()
             if uid_fields(u)[2] == "huyen"}
    assert huyen == {"2021": date(2020, 12, 31), "2022": date(2021, 12, 31),
                     "2023": date(2023, 1, 3)}  # 31/12/2022 is a Saturday, 2/1 a holiday
    assert got(found) == expected(mini_copy, None, date(2020, 8, 1), date(2023, 1, 31))


def test_plan_horizon_ends_the_series_early(mini_copy: Path) -> None:
    _edit_settings(mini_copy, "  horizon: 2022-06-30\n")
    found = events(ics(mini_copy, "--agency", PNV, "--as-of", "1/8/2020",
                       "--horizon", "31/12/2023"))
    event = found[f"cchc_1_{PNV}_huyen_yearly@1-kh-ubnd-2020.ubnd-huyen-mau"]
    assert event["rrule"].to_ical() == b"FREQ=YEARLY;UNTIL=20211231"
    assert got(found) == expected(mini_copy, PNV, date(2020, 8, 1), date(2023, 12, 31))


def test_icalendar_is_imported_lazily() -> None:
    code = ("import sys, cchc_plan.cli, cchc_plan.views.calendar; "
            "sys.exit('icalendar' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@given(st.text(max_size=400))
def test_folded_lines_fit_and_unfold_to_the_line(value: str) -> None:
    line = "DESCRIPTION:" + ics_writer.escape(value)
    folded = ics_writer.fold(line)
    physical = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert physical[0] + "".join(part[1:] for part in physical[1:]) == line
    parsed = Calendar.from_ical(
        f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    event = next(iter(parsed.walk("VEVENT")))
    assert str(event["description"]) == value.replace("\r\n", "\n").replace("\r", "\n")
