"""`cchc status --format json` without the cache (`app.status_json`: rows
counted and encoded where each file is read, `render.status_lines`) is the
text the rows path writes (`machine.status_json_parts` of `app.status`),
byte for byte, under every filter, in this process and in workers, and
twice in one process (each run numbers its pieces anew)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cchc_plan import app as lib
from cchc_plan.core.errors import InputError
from cchc_plan.render import machine
from cchc_plan.views.overview import overview
from cchc_plan.views.status import Filters, unknown_filter
from helpers import FIXTURES, KRONG_PA, MINI

FILTERS = [
    Filters(),
    Filters(agency="phong-noi-vu"),
    Filters(agency="Phòng Nội vụ"),
    Filters(only="overdue"),
    Filters(only="due-soon"),
    Filters(section="II", lead_only=True),
    Filters(section="3"),
    Filters(task="2.6"),
    Filters(agency="ubnd-xa-chu-gu", only="done-late"),
    Filters(agency="ubnd-xa-chu-gu", lead_only=True),
]


def by_rows(root: Path, as_of: date, filters: Filters) -> str:
    snapshot = lib.status(root, as_of=as_of, use_cache=False, jobs=1)
    agency = snapshot.names.resolve_agency(filters.agency) if filters.agency else None
    unknown = unknown_filter(snapshot.rows, filters.section, filters.task)
    if unknown:
        return f"unknown: {unknown.id}"
    view = overview(snapshot, Filters(agency, filters.section, filters.task, filters.only,
                                      filters.lead_only))
    return "".join(machine.status_json_parts(view))


def by_lines(root: Path, as_of: date, filters: Filters, jobs: int = 1) -> str:
    text = lib.status_json(root, as_of=as_of, filters=filters, jobs=jobs)
    return f"unknown: {text.unknown.id}" if text.unknown else "".join(text.parts())


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
@pytest.mark.parametrize("as_of", [date(2020, 8, 20), date(2020, 9, 15), date(2019, 1, 1)])
def test_the_same_text_as_the_rows_path(filters: Filters, as_of: date) -> None:
    assert by_lines(KRONG_PA, as_of, filters) == by_rows(KRONG_PA, as_of, filters)


@pytest.mark.parametrize("root", sorted(p for p in FIXTURES.iterdir()
                                        if (p / "plan" / "appendix.yaml").is_file()),
                         ids=lambda p: p.name)
def test_every_fixture(root: Path) -> None:
    for as_of in (date(2020, 9, 15), date(2021, 7, 15)):
        assert by_lines(root, as_of, Filters()) == by_rows(root, as_of, Filters())


def test_in_workers_and_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cchc_plan.load.reader.PARALLEL_MIN_BYTES", 0)
    for filters in (Filters(), Filters(only="overdue"), Filters(agency="phong-noi-vu")):
        expected = by_rows(KRONG_PA, date(2020, 9, 15), filters)
        for _ in range(2):
            assert by_lines(KRONG_PA, date(2020, 9, 15), filters, jobs=2) == expected
            assert by_lines(KRONG_PA, date(2020, 9, 15), filters) == expected


def test_unknown_filters_and_agencies() -> None:
    assert by_lines(MINI, date(2020, 9, 15), Filters(section="IX")) == "unknown: usage.no-section"
    assert by_lines(MINI, date(2020, 9, 15), Filters(task="99")) == "unknown: usage.no-task"
    with pytest.raises(InputError):
        by_lines(MINI, date(2020, 9, 15), Filters(agency="không có"))


def test_overdue_shown() -> None:
    late = lib.status_json(KRONG_PA, as_of=date(2020, 9, 15), filters=Filters(only="overdue"))
    assert late.overdue_shown()
    assert late.head.shown
    done = lib.status_json(KRONG_PA, as_of=date(2020, 9, 15), filters=Filters(only="done-late"))
    assert not done.overdue_shown()
