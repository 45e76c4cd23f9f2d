"""The deadline parser against phrases taken from published Vietnamese
documents (tests/load/deadline_published.yaml, issue 26 item 8): at least 90 %
read to the parts the document means, none read to other parts without a review
note, and a golden file of every result.

UPDATE_GOLDEN=1 rewrites tests/golden/deadline-published.json.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from cchc_plan.features.plan_io.reader.deadline_text import ParseResult, parse_deadline
from helpers import assert_golden

HERE = Path(__file__).parent
CORPUS: list[dict[str, Any]] = yaml.safe_load(
    (HERE / "deadline_published.yaml").read_text("utf-8"))

WHEN = ("kind", "date", "on", "month", "qualifier", "for_next_year", "days_after_end",
        "day_of_last_month", "days", "months", "working_days")
"""The fields that say when; labels, keys, bases and event ids are the golden file's."""


def when(part: dict[str, Any]) -> dict[str, Any]:
    """A part's timing, "05/6" and "5/6" alike."""
    out = {k: part[k] for k in WHEN if k in part and part[k] not in (None, False)}
    for name in ("date", "on", "month"):
        if name in out:
            out[name] = "/".join(str(int(x)) for x in str(out[name]).split("/"))
    return out


def parse(entry: dict[str, Any]) -> ParseResult:
    return parse_deadline(entry["text"], plan_year=entry.get("plan_year"))


def verdict(entry: dict[str, Any]) -> str:
    """"right": the parts the document means; "flagged": other parts, with a review
    note saying what was guessed or left out; "wrong": other parts, silently."""
    result = parse(entry)
    if [when(p) for p in result.parts] == [when(p) for p in entry["parts"]]:
        return "right"
    return "flagged" if result.review else "wrong"


CASES = [pytest.param(e, id=f"{n:03d}-{e['text'][:40]!r}") for n, e in enumerate(CORPUS, 1)]


def test_corpus_is_large_and_sourced() -> None:
    texts = [e["text"] for e in CORPUS]
    assert len(texts) >= 150
    assert len(set(texts)) == len(texts), "each phrase once"
    assert all(re.search(r"[0-9]+/", e["source"]) or "http" in e["source"] for e in CORPUS)


@pytest.mark.parametrize("entry", CASES)
def test_never_silently_wrong(entry: dict[str, Any]) -> None:
    result = parse(entry)
    assert verdict(entry) != "wrong", ([when(p) for p in result.parts], entry["parts"])


def test_nine_in_ten_read_right() -> None:
    counts = Counter(verdict(e) for e in CORPUS)
    print(dict(counts), len(CORPUS))
    assert counts["wrong"] == 0
    assert counts["right"] >= 0.9 * len(CORPUS), counts


def test_golden() -> None:
    results = []
    for entry in CORPUS:
        result = parse(entry)
        results.append({"text": entry["text"], "plan_year": entry.get("plan_year"),
                        "verdict": verdict(entry),
                        "result": {"parts": result.parts, "events": result.events,
                                   "review": [n.text("vi") for n in result.review]}})
    text = json.dumps(results, sort_keys=True, ensure_ascii=False, indent=2) + "\n"
    assert_golden("deadline-published.json", text)
