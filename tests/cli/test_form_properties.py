"""Property: whatever valid progress an agency file holds and whatever valid
values an officer types into the form, importing the form gives a file whose
model says exactly what the form said, and keeps what the form does not carry.

valid progress -> YAML -> form -> cells edited with openpyxl -> import -> the
form made again from the merged file shows the typed values."""

from __future__ import annotations

import dataclasses
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from cchc_plan import app as lib
from cchc_plan.features.progress_form import form_xlsx
from cchc_plan.features.progress_form.form_layout import status_labels
from cchc_plan.features.progress_form.rows import FormView, Values
from cchc_plan.load.models import Status
from formtools import CONTACT, PROGRESS, cell, fill
from helpers import MINI, copy_repo

STATUSES: list[Status] = ["not_started", "in_progress", "done"]
EXAMPLES = int(os.environ.get("CCHC_FORM_EXAMPLES", "25"))
AGENCY = "phong-noi-vu"
AS_OF = date(2020, 12, 31)
START = date(2020, 7, 1)
UPDATED = date(2021, 1, 4)
"""The date the officer types as the date of the update."""
SECOND = "Văn bản thứ hai, phiếu không mang"

WORD_CHARS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạềếểễệọộớờởỡợừứửữựĐÂ0123456789/-.,:#'\"()&%*!?"
word = st.text(WORD_CHARS, min_size=1, max_size=8)
phrase = st.lists(word, min_size=1, max_size=5).map(" ".join)
notes = st.one_of(st.none(), phrase, st.tuples(phrase, phrase).map("\n".join))
day = st.integers(0, (AS_OF - START).days).map(lambda n: START + timedelta(days=n))


@st.composite
def values(draw: st.DrawFn) -> Values:
    status: Status = draw(st.sampled_from(STATUSES))
    has_doc = status == "done" or draw(st.booleans())
    title = draw(phrase) if has_doc else None
    return Values(
        status=status, completed=draw(day) if status == "done" else None,
        doc_number=draw(st.one_of(st.none(), word)) if has_doc else None,
        doc_date=draw(st.one_of(st.none(), day)) if has_doc else None,
        doc_title=title,
        doc_link=draw(st.one_of(st.none(), st.just("https://x.vn/a b.pdf"))) if has_doc else None,
        notes=draw(notes))


@dataclass(frozen=True)
class Person:
    name: str
    position: str | None


people = st.builds(Person, phrase, st.one_of(st.none(), phrase))


def record(v: Values) -> dict[str, Any]:
    out: dict[str, Any] = {"status": v.status}
    if v.completed:
        out["completed"] = v.completed
    if v.doc_title:
        doc = {"number": v.doc_number, "date": v.doc_date, "title": v.doc_title,
               "link": v.doc_link}
        out["evidence"] = [{k: x for k, x in doc.items() if x is not None},
                           {"title": SECOND}]
    if v.notes:
        out["notes"] = v.notes
    return out


def starting_file(rows: FormView, start: list[Values], person: Person) -> str:
    """A valid file: a record for every row (the task entry for rows without a
    period), an event, extra evidence and a comment the form does not carry."""
    tasks: dict[str, dict[str, Any]] = {}
    for row, v in zip(rows.rows, start, strict=True):
        entry = tasks.setdefault(row.task.id, {"task": row.task.id,
                                               "assignee": {"name": person.name}})
        if row.period:
            entry.setdefault("periods", []).append({"period": row.period, **record(v)})
        elif "status" not in entry:
            entry.update(record(v))
    data = {"schema_version": 1, "agency": AGENCY,
            "contact": {"name": person.name, "position": person.position},
            "updated": AS_OF, "events": [{"event": "tinh-phe-duyet", "date": date(2020, 8, 1)}],
            "tasks": list(tasks.values())}
    return "# viết tay: giữ nguyên\n" + yaml.safe_dump(data, allow_unicode=True,
                                                       sort_keys=False)


def typed(v: Values, labels: dict[str, str], row: int) -> dict[tuple[str, str], Any]:
    return {(PROGRESS, cell(key, row)): value for key, value in (
        ("status", labels[v.status]), ("completed", v.completed), ("doc_number", v.doc_number),
        ("doc_date", v.doc_date), ("doc_title", v.doc_title), ("doc_link", v.doc_link),
        ("notes", v.notes))}


def _nfc(v: Values) -> Values:
    def norm(x: Any) -> Any:
        return unicodedata.normalize("NFC", x) if isinstance(x, str) else x
    return Values(*(norm(getattr(v, f)) for f in Values.__dataclass_fields__))


@settings(max_examples=EXAMPLES, deadline=None, phases=(Phase.explicit, Phase.generate),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_what_the_form_says_is_what_the_file_says(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = copy_repo(MINI, Path(folder) / "repo")
        blank = lib.form_view(lib.open_plan(root, use_cache=False), AGENCY, AS_OF)
        person = data.draw(people)
        start = data.draw(st.lists(values(), min_size=len(blank.rows),
                                   max_size=len(blank.rows)))
        target = root / "assignments" / f"{AGENCY}.yaml"
        target.write_text(starting_file(blank, start, person), encoding="utf-8")
        project = lib.open_plan(root, use_cache=False)
        assert not project.problems, [p.format("en") for p in project.problems]
        view = lib.form_view(project, AGENCY, AS_OF)
        form = Path(folder) / "form.xlsx"
        form.write_bytes(form_xlsx.render(view))

        wanted = data.draw(st.lists(values(), min_size=len(view.rows), max_size=len(view.rows)))
        owners = {r.task.id: data.draw(people) for r in view.rows}
        cells: dict[tuple[str, str], Any] = {(CONTACT, "B9"): UPDATED}
        for row, v in zip(view.rows, wanted, strict=True):
            cells.update(typed(v, status_labels(), row.row))
            if row.first_of_task:
                cells[(PROGRESS, cell("assignee", row.row))] = owners[row.task.id].name
                cells[(PROGRESS, cell("position", row.row))] = owners[row.task.id].position
        fill(form, cells)

        results = lib.form_import(project, [form])
        assert not results[0].problems, ([p.format("en") for p in results[0].problems],
                                         results[0].after)
        lib.write_imports(results)

        merged = lib.open_plan(root, use_cache=False)
        assert not merged.problems, [p.format("en") for p in merged.problems]
        again = lib.form_view(merged, AGENCY, AS_OF)
        assert [r.key for r in again.rows] == [r.key for r in view.rows]
        for row, v in zip(again.rows, wanted, strict=True):
            expected = _nfc(v)
            if v.doc_title is None and row.values.doc_title == SECOND:
                # the document the row showed was emptied: the next one, which the form
                # did not show, is now the first
                expected = dataclasses.replace(expected, doc_title=SECOND)
            assert row.values == expected, (row.key, row.values, v)
            if row.first_of_task:
                owner = owners[row.task.id]
                assert (row.task_values.assignee, row.task_values.position) == (
                    owner.name, owner.position)
        text = target.read_text(encoding="utf-8")
        assert text.startswith("# viết tay: giữ nguyên\n")
        model = merged.assignments[0].model
        assert model is not None
        assert model.events[0].date == date(2020, 8, 1)
        assert model.updated == UPDATED
        # a document the form does not carry survives wherever a record kept its documents
        kept = [e for t in model.tasks for e in [t, *t.periods] if len(e.evidence) > 1]
        assert all(e.evidence[1].title == SECOND for e in kept)
        lib.form_import(merged, [form])  # the same form again changes nothing
        assert not lib.form_import(merged, [form])[0].changed
