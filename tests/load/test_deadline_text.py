"""The deadline-phrase parser against a hand-written corpus of real-world
phrases (every deadline_text of the shipped plan, its OCR, and every kind the
issue lists, with and without diacritics), the shipped plan, a golden file of
its results, and random text (hypothesis).

UPDATE_GOLDEN=1 rewrites tests/golden/deadline-corpus.json.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_plan.features.plan_io.reader.deadline_text import ParseResult, parse_deadline
from helpers import assert_golden

HERE = Path(__file__).parent
CORPUS: list[dict[str, Any]] = yaml.safe_load(
    (HERE / "deadline_corpus.yaml").read_text("utf-8"))

TEXT_FIELDS = ("label", "basis")
PLAN_FIELDS = (
    "kind", "date", "month", "on", "qualifier", "for_next_year", "days_after_end", "days",
    "level",
)
MODEL_KINDS = {
    "date", "month_end", "annual", "quarterly", "semiannual", "monthly", "relative", "ongoing",
    "on_request", "per_regulation", "unspecified",
}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FORMATS = {
    "date": re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$"),
    "on": re.compile(r"^\d{1,2}/\d{1,2}$"),
    "month": re.compile(r"^\d{1,2}/\d{4}$"),
}


# ---------------------------------------------------------------- the corpus


def strip_diacritics(text: str) -> str:
    """The text as OCR without diacritics gives it: marks dropped, đ as d, case kept."""
    text = text.replace("đ", "d").replace("Đ", "D")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def ascii_expectation(entry: dict[str, Any]) -> dict[str, Any]:
    """The same entry read from OCR: same parts, their words without diacritics."""
    parts = [
        {k: strip_diacritics(v) if k in TEXT_FIELDS else v for k, v in part.items()}
        for part in entry["parts"]
    ]
    events = [{**e, "name": strip_diacritics(e["name"])} for e in entry.get("events", [])]
    return {**entry, "text": strip_diacritics(entry["text"]), "parts": parts, "events": events}


def corpus_cases() -> list[Any]:
    cases = []
    for number, entry in enumerate(CORPUS, 1):
        name = f"{number:03d}-{entry['text'][:40]!r}"
        cases.append(pytest.param(entry, id=name))
        if entry.get("ascii"):
            cases.append(pytest.param(ascii_expectation(entry), id=f"{name}-ascii"))
    return cases


CASES = corpus_cases()


def parse_entry(entry: dict[str, Any]) -> ParseResult:
    return parse_deadline(entry["text"], plan_year=entry.get("plan_year"))


@pytest.mark.parametrize("entry", CASES)
def test_corpus(entry: dict[str, Any]) -> None:
    result = parse_entry(entry)
    notes = review_texts(result)
    assert result.parts == entry["parts"]
    assert len(notes) == entry.get("review", 0), notes
    for wanted in entry.get("review_has", []):
        assert any(wanted in note for note in notes), (wanted, notes)
    assert result.events == entry.get("events", [])


def review_texts(result: ParseResult) -> list[str]:
    return [note.text("vi") for note in result.review]


def test_corpus_size() -> None:
    shipped = [e for e in CORPUS if str(e.get("source", "")).startswith("34/KH-UBND")]
    assert len(CORPUS) >= 100
    assert len(shipped) == 41, "every deadline_text of plan/appendix.yaml, once"
    assert all(e.get("ascii") for e in shipped if e["text"])


PLAN_CASES = [
    pytest.param(e, id=e["source"]) for e in CORPUS if "plan" in e and "plan_differs" not in e
]


@pytest.mark.parametrize("entry", PLAN_CASES)
def test_agrees_with_the_shipped_plan(entry: dict[str, Any]) -> None:
    """The parts a cell gives carry what the plan's editor wrote for that cell."""
    parts = parse_entry(entry).parts
    assert [cell_fields(p) for p in parts] == [cell_fields(p) for p in entry["plan"]]


def cell_fields(part: dict[str, Any]) -> dict[str, Any]:
    fields = {k: part[k] for k in PLAN_FIELDS if k in part}
    if part["kind"] == "annual":
        fields.setdefault("for_next_year", False)
    return fields


# ---------------------------------------------------------------- spellings of a cell


def spread(text: str) -> str:
    """Stray spaces: every space doubled, spaces at both ends."""
    return "  " + text.replace(" ", "  ") + " \t"


def without_words(result: ParseResult) -> list[dict[str, Any]]:
    return [{k: v for k, v in p.items() if k not in TEXT_FIELDS} for p in result.parts]


@pytest.mark.parametrize("entry", CASES)
def test_nfd_and_stray_spaces_read_alike(entry: dict[str, Any]) -> None:
    year = entry.get("plan_year")
    expected = parse_entry(entry)
    assert parse_deadline(unicodedata.normalize("NFD", entry["text"]), plan_year=year) == expected
    assert parse_deadline(spread(entry["text"]), plan_year=year) == expected


@pytest.mark.parametrize("entry", CASES)
def test_case_does_not_matter(entry: dict[str, Any]) -> None:
    year = entry.get("plan_year")
    expected = without_words(parse_entry(entry))
    assert without_words(parse_deadline(entry["text"].upper(), plan_year=year)) == expected
    assert without_words(parse_deadline(entry["text"].lower(), plan_year=year)) == expected


# ---------------------------------------------------------------- golden


def golden_results() -> list[dict[str, Any]]:
    results = []
    for case in CASES:
        entry = case.values[0]
        result = parse_entry(entry)
        results.append({"text": entry["text"], "plan_year": entry.get("plan_year"),
                        "result": {"parts": result.parts, "events": result.events,
                                   "review": review_texts(result)}})
    return results


def test_golden() -> None:
    text = json.dumps(golden_results(), sort_keys=True, ensure_ascii=False, indent=2) + "\n"
    assert_golden("deadline-corpus.json", text)


# ---------------------------------------------------------------- never raises

FRAGMENTS = [
    *sorted({e["text"] for e in CORPUS if e["text"]}),
    "trước ngày", "chậm nhất", "hằng năm", "hằng quý", "hang quy", "định kỳ 6 tháng",
    "ngày 20 của tháng cuối quý", "sau 30 ngày kể từ ngày", "kể từ", "khi có", "theo",
    "quy định tại", "số 13/2018/QĐ-UBND ngày 24/4/2018", "31/12", "29/2", "0/0/0000",
    "99/99/9999", "tháng 13/2020", "quý V/2020", "0 ngày", "99999 ngày", "ngày 0",
    "Cấp xã", "của huyện", "chủ trì", "phối hợp", "năm sau", "- ", "• ", "1. ", "\n",
    ". ", "; ", ": - ", ", ", " và ", "(", ")", "“", "…", "\u0301", "\u200b", "Đ", "İ",
]
PLAN_YEARS = st.one_of(st.none(), st.integers(-(10**6), 10**6), st.sampled_from([2020, 2021]))


def check_invariants(result: ParseResult) -> None:
    json.dumps([result.parts, result.events], ensure_ascii=False)
    assert result.parts, "a cell always has a part"
    for part in result.parts:
        kind = part["kind"]
        assert kind in MODEL_KINDS
        for name, pattern in FORMATS.items():
            assert name not in part or pattern.match(part[name]), part
        assert all(isinstance(part.get(k, ""), str) for k in TEXT_FIELDS)
    keys = [p.get("key") for p in result.parts]
    if len(result.parts) > 1:
        assert all(k and ID.match(k) for k in keys), keys
        assert len(set(keys)) == len(keys), keys
    else:
        assert keys == [None]
    event_ids = {e["id"] for e in result.events}
    assert all(ID.match(i) for i in event_ids)
    assert {p["event"] for p in result.parts if p["kind"] == "relative"} == event_ids
    assert all(note.text("vi") and note.text("en") for note in result.review)


@settings(max_examples=400, deadline=None, database=None)
@given(text=st.text(), plan_year=PLAN_YEARS)
def test_never_raises_on_random_text(text: str, plan_year: int | None) -> None:
    check_invariants(parse_deadline(text, plan_year=plan_year))


@settings(
    max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    pieces=st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=10),
    joiner=st.sampled_from(["", " ", "\n", ". ", "; ", ", ", " và ", "\n- "]),
    plan_year=PLAN_YEARS,
)
def test_never_raises_on_mixed_phrases(
    pieces: list[str], joiner: str, plan_year: int | None
) -> None:
    text = joiner.join(pieces)
    check_invariants(parse_deadline(text, plan_year=plan_year))
    check_invariants(parse_deadline(strip_diacritics(text).upper(), plan_year=plan_year))
