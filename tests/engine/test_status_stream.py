"""The status worked out file by file (engine.stream, in this process or in
workers) is exactly the status of the fully loaded project (compute_status),
with the same problems; forms made from it read the files again and are the
same forms."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest

import cchc_plan.app as lib
from cchc_plan.core.errors import InputError
from cchc_plan.engine.obligations import StatusResult, compute_status
from cchc_plan.load.cache import Cache
from cchc_plan.load.inputs import snapshot
from helpers import EXAMPLES, FIXTURES, KRONG_PA, MINI, copy_repo

DATES = [date(2020, 8, 1), date(2020, 8, 20), date(2021, 1, 20), date(2021, 7, 15)]


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """The mini plan with every negative example as an agency file (files that
    do not load, that speak for another agency, duplicates)."""
    root = copy_repo(MINI, tmp_path / "messy")
    for index, example in enumerate(sorted((EXAMPLES / "negative").glob("*.yaml"))):
        (root / "assignments" / f"ubnd-xa-{index:03d}.yaml").write_bytes(example.read_bytes())
    (root / "assignments" / "phong-noi-vu.yaml").write_bytes(
        (EXAMPLES / "negative" / "unknown-task.yaml").read_bytes())
    return root


def whole(root: Path, as_of: date, **options: object) -> tuple[StatusResult, list[object]]:
    project = lib._open(snapshot(root), date.today(), 1, Cache(root, False))
    return compute_status(project, as_of, **options), list(project.problems)  # type: ignore[arg-type]


def streamed(root: Path, as_of: date, jobs: int = 1,
             **options: object) -> tuple[StatusResult, list[object]]:
    opened = lib.open_status(root, as_of=as_of, jobs=jobs, use_cache=False, **options)  # type: ignore[arg-type]
    return opened.result, list(opened.project.problems)


def rows(result: StatusResult) -> list[tuple[object, ...]]:
    return [(o.task.id, o.part.name, *astuple(o)[1:]) for o in result.obligations]


def files(result: StatusResult) -> dict[str, tuple[object, ...]]:
    return {a: (d.head.model_dump() if d.head else None, d.path, d.readable, d.submitted,
                sorted(d.task_entries()))
            for a, d in result.files.items()}


def same(left: tuple[StatusResult, list[object]], right: tuple[StatusResult, list[object]]) -> None:
    (one, p1), (two, p2) = left, right
    assert rows(one) == rows(two)
    assert files(one) == files(two)
    assert (one.as_of, one.window_end, one.due_soon_days) == (two.as_of, two.window_end,
                                                              two.due_soon_days)
    assert p1 == p2


@pytest.mark.parametrize("as_of", DATES, ids=str)
def test_in_this_process_as_the_whole_project(tmp_path: Path, as_of: date) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    same(streamed(root, as_of), whole(root, as_of))


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir()
                                           if (p / "plan" / "appendix.yaml").is_file()))
def test_in_workers_as_the_whole_project(tmp_path: Path, fixture: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cchc_plan.load.reader.PARALLEL_MIN_BYTES", 0)
    root = copy_repo(FIXTURES / fixture, tmp_path / "repo")
    for as_of in (DATES[1], DATES[3]):
        same(streamed(root, as_of, jobs=2), whole(root, as_of))


def test_messy_files_in_workers_and_here(messy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = whole(messy, DATES[2])
    assert {"duplicate-file", "file-name", "unknown-task"} <= {
        p.code for p in expected[1]}  # type: ignore[attr-defined]
    same(streamed(messy, DATES[2]), expected)
    monkeypatch.setattr("cchc_plan.load.reader.PARALLEL_MIN_BYTES", 0)
    same(streamed(messy, DATES[2], jobs=2), expected)


def test_event_files_read_in_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When many agencies record events (a country's districts), their files
    are read first in workers: the same due dates, the same status."""
    root = copy_repo(MINI, tmp_path / "events")
    plan = root / "plan" / "appendix.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "recorded_by: [phong-noi-vu]", "recorded_by: [phong-noi-vu, phong-tu-phap, ubnd-xa-a]"),
        encoding="utf-8")
    filled = (EXAMPLES / "positive" / "phong-noi-vu.yaml").read_text(encoding="utf-8")
    for agency, day in (("phong-noi-vu", "2020-09-01"), ("phong-tu-phap", "2020-08-10"),
                        ("ubnd-xa-a", "2021-02-03")):
        (root / "assignments" / f"{agency}.yaml").write_text(
            filled.replace("agency: phong-noi-vu", f"agency: {agency}")
                  .replace("date: 2020-09-01", f"date: {day}"), encoding="utf-8")
    monkeypatch.setattr("cchc_plan.load.reader.PARALLEL_MIN_BYTES", 0)
    import cchc_plan.engine.stream as stream

    read, calls = stream.read_heads_in_workers, []
    monkeypatch.setattr(stream, "read_heads_in_workers",
                        lambda *a: calls.append(a) or read(*a))  # type: ignore[func-returns-value]
    for as_of in DATES:
        same(streamed(root, as_of, jobs=2), whole(root, as_of))
    assert len(calls) == len(DATES)


def test_a_window_and_a_due_soon_span(tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    options: dict[str, object] = {"window_end": date(2022, 12, 31), "due_soon_days": 30}
    same(streamed(root, DATES[2], 1, **options), whole(root, DATES[2], **options))


def test_forms_read_the_files_again(tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    as_of = DATES[2]
    project = lib.open_plan(root, use_cache=False)
    agencies = lib.form_agencies(project)
    opened = lib.open_status(root, as_of=as_of, window_end=lib.form_window(as_of),
                             use_cache=False)
    assert lib.form_agencies(opened.result) == agencies
    assert list(lib.form_views(opened.result, agencies, as_of)) == \
        list(lib.form_views(project, agencies, as_of))


def test_a_file_changed_since_it_was_read_is_said(tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    as_of = DATES[2]
    opened = lib.open_status(root, as_of=as_of, window_end=lib.form_window(as_of),
                             use_cache=False)
    path = root / "assignments" / "phong-noi-vu.yaml"
    path.write_bytes(path.read_bytes() + b"\n# edited meanwhile\n")
    with pytest.raises(InputError, match=r"phong-noi-vu\.yaml"):
        list(lib.form_views(opened.result, ["phong-noi-vu"], as_of))


def test_a_status_of_another_date_is_refused(tmp_path: Path) -> None:
    root = copy_repo(MINI, tmp_path / "repo")
    opened = lib.open_status(root, as_of=DATES[1], use_cache=False)
    with pytest.raises(ValueError, match="2020-08-20"):
        lib.district_report(opened.result, DATES[2])
    with pytest.raises(ValueError, match="look"):
        lib.calendar(opened.result, None, DATES[1])


@pytest.mark.parametrize("jobs", [1, 2])
def test_status_rows_as_the_whole_project(messy: Path, tmp_path: Path, jobs: int,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """`cchc status` makes each file's obligations rows as they arrive."""
    from cchc_plan.views.status import status_snapshot

    monkeypatch.setattr("cchc_plan.load.reader.PARALLEL_MIN_BYTES", 0)
    for root in (messy, copy_repo(KRONG_PA, tmp_path / "repo")):
        for as_of in (DATES[1], DATES[3]):
            result, problems = whole(root, as_of)
            expected = status_snapshot(result, sum(p.is_error for p in problems))  # type: ignore[attr-defined]
            got = lib.status(root, as_of=as_of, jobs=jobs, use_cache=False)
            assert got.rows == expected.rows
            assert (got.agencies, got.unreadable, got.problem_count, got.plan) == (
                expected.agencies, expected.unreadable, expected.problem_count, expected.plan)
