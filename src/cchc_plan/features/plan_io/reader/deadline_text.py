"""Reading the prose of a plan's deadline column ("Thời gian hoàn thành/yêu
cầu khác") into the deadline parts of the plan model.

`parse_deadline(text, plan_year=2020)` gives the parts as plain data, the way
they appear in YAML, the events relative parts wait for, and a review note
(a catalog message) for every guess.

How: the cell is cut into segments (lines, bullets, sentences). Each segment
is folded (no diacritics, đ as d, lower case) with a map back to the original
characters, and the rules (`deadline_rules`) are run over the folded text. The
hits of a segment are then ranked and merged, and cell-level passes here
settle what one segment cannot know alone: a day and month without a year,
levels, holders, keys, "for next year". Labels, bases and event names are cut
from the original text, never from the folded one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.features.plan_io.reader.deadline_patterns import YEARS, Hit, Part, is_valid_day
from cchc_plan.features.plan_io.reader.deadline_periods import OF_YEAR, resolve_of_year
from cchc_plan.features.plan_io.reader.deadline_rules import find_hits, merge_hits, select_hits
from cchc_plan.features.plan_io.reader.text_segments import (
    Segment,
    fold,
    read_segment,
    shorten,
    split_segments,
    trim_label,
)


@dataclass(frozen=True)
class ParseResult:
    parts: list[Part]
    """Deadline parts in the order the cell writes them."""
    review: list[Msg]
    """A note for every guess."""
    events: list[dict[str, str]]
    """`{id, name, recurs}` for the events that relative parts wait for."""


@dataclass(frozen=True)
class Draft:
    """A part on its way out, or (part None) a segment that gave none."""

    part: Part | None
    label: str
    phrase: str = ""
    notes: tuple[Msg, ...] = ()
    event: dict[str, str] | None = None
    annual_cue: bool = False
    next_year_cue: bool = False
    citation: bool = False


_ANNUAL_CUE = re.compile(
    r"\b(?:hang|moi)\s+nam\b(?!\s*[0-9])|\bcua\s+nam\b(?!\s*[0-9])"
    r"|\bbao\s+cao\s+(?:ca\s+)?nam\b(?!\s*[0-9])|\b(?:0?6|sau)\s+thang\b(?!\s+(?:ke|tu|dau|cuoi)\b)"
    r"|\bnam\s+(?:sau|tiep\s+theo|ke\s+tiep|toi|thuc\s+hien|th\S{0,3}c\s+hien|danh\s+gia"
    r"|bao\s+cao|ke\s+hoach)\b",
    re.ASCII,
)
_NEXT_YEAR_CUE = re.compile(r"\bnam\s+(?:sau|tiep\s+theo|ke\s+tiep|toi)\b", re.ASCII)


def draft_segment(seg: Segment) -> list[Draft]:
    found = find_hits(seg)
    hits = merge_hits(select_hits(found))
    lost = tuple(n for h in found if h.problem and h not in hits for n in h.notes)
    if not hits:
        return [Draft(None, seg.text, notes=lost)]
    labels = split_labels(seg, hits)
    annual = bool(_ANNUAL_CUE.search(seg.folded))
    next_year = bool(_NEXT_YEAR_CUE.search(seg.folded))
    drafts = [draft_from_hit(h, lb, annual, next_year) for h, lb in zip(hits, labels, strict=True)]
    return [replace(drafts[0], notes=drafts[0].notes + lost), *drafts[1:]]


def draft_from_hit(hit: Hit, label: str, annual: bool, next_year: bool) -> Draft:
    notes = hit.notes
    if not hit.cued:
        day = hit.part.get("date") or hit.part.get("on")
        notes += (msg("deadline.qualifier", date=day),)
    return Draft(hit.part, label, hit.phrase, notes, hit.event, annual, next_year, hit.citation)


_JOINER = re.compile(r"(?:[,;]\s*)?\b(?:va|dong\s+thoi|sau\s+do)\b|[,;]", re.ASCII)


def split_labels(seg: Segment, hits: list[Hit]) -> list[str]:
    """Each part's own words: the segment cut at the "và" / comma between two hits."""
    if len(hits) == 1:
        return [seg.text]
    cuts = [(0, 0)]
    for first, second in pairwise(hits):
        gap_start = max(first.end, cuts[-1][1])
        joiners = list(_JOINER.finditer(seg.folded, gap_start, max(gap_start, second.start)))
        cut = joiners[-1].span() if joiners else (max(second.start, gap_start),) * 2
        cuts.append(cut)
    ends = [start for start, _ in cuts[1:]] + [len(seg.folded)]
    return [trim_label(seg.original(c[1], end)) for c, end in zip(cuts, ends, strict=True)]


# ---------------------------------------------------------------- the whole cell


def drop_citations(drafts: list[Draft]) -> list[Draft]:
    """Cited documents only stand for a deadline when nothing else in the cell does."""
    if all(d.citation for d in drafts if d.part is not None):
        return drafts
    return [
        Draft(None, d.label, notes=(msg("deadline.citation", text=quoted(shorten(d.label))),))
        if d.citation
        else d
        for d in drafts
    ]


def resolve_day_months(drafts: list[Draft], plan_year: int | None) -> list[Draft]:
    """A day and month without a year: annual if the segment or a sibling part says so,
    else in the plan's year."""
    annual_cell = any(
        d.part is not None
        and (d.part["kind"] == "annual"
             or (d.part["kind"] in ("day_month", OF_YEAR) and d.annual_cue))
        for d in drafts
    )
    return [resolve_day_month(d, annual_cell, plan_year) for d in drafts]


def resolve_day_month(draft: Draft, annual_cell: bool, plan_year: int | None) -> Draft:
    if draft.part is not None and draft.part["kind"] == OF_YEAR:
        annual = draft.annual_cue or annual_cell
        part, notes = resolve_of_year(draft.part, annual, annual and not draft.annual_cue,
                                      plan_year, draft.phrase)
        return replace(draft, part=part, notes=(*draft.notes, *notes))
    if draft.part is None or draft.part["kind"] != "day_month":
        return draft
    if draft.annual_cue or annual_cell:
        return as_annual(draft)
    return in_plan_year(draft, plan_year)


def as_annual(draft: Draft) -> Draft:
    assert draft.part is not None
    part = {"kind": "annual", "on": draft.part["on"], "qualifier": draft.part["qualifier"]}
    if draft.annual_cue:
        return replace(draft, part=part)
    note = msg("deadline.sibling-annual", text=quoted(draft.phrase))
    return replace(draft, part=part, notes=(*draft.notes, note))


def in_plan_year(draft: Draft, plan_year: int | None) -> Draft:
    assert draft.part is not None
    on, text = draft.part["on"], draft.phrase
    day, month = (int(x) for x in on.split("/"))
    if plan_year is None:
        return as_unspecified(draft, msg("deadline.no-year", text=quoted(text)))
    if plan_year not in YEARS:
        return as_unspecified(draft, msg("deadline.bad-plan-year", year=plan_year,
                                         text=quoted(text)))
    if not is_valid_day(day, month, plan_year):
        return as_unspecified(draft, msg("deadline.not-in-year", year=plan_year,
                                         text=quoted(text)))
    part = {"kind": "date", "date": f"{on}/{plan_year}", "qualifier": draft.part["qualifier"]}
    note = msg("deadline.plan-year", year=plan_year, text=quoted(text))
    return replace(draft, part=part, notes=(*draft.notes, note))


def as_unspecified(draft: Draft, note: Msg) -> Draft:
    return replace(draft, part={"kind": "unspecified"}, notes=(note,))


_PLAN_LABEL = re.compile(
    r"(?:xay\s+dung\s+|ban\s+hanh\s+|lap\s+|trinh\s+)?(?:ke\s+hoach|du\s+toan)"
)


NEXT_YEAR_FROM = 10
"""A day from October on "for next year" is next year's plan; an earlier day "of
the next year" is the report on the year before it."""


def mark_next_year(draft: Draft) -> Draft:
    """Annual parts due on a day of December for next year's plan."""
    if draft.part is None or draft.part["kind"] != "annual":
        return draft
    month = int(draft.part["on"].split("/")[1])
    if draft.next_year_cue and month >= NEXT_YEAR_FROM:
        return replace(draft, part={**draft.part, "for_next_year": True})
    if draft.next_year_cue:  # "báo cáo năm … trước ngày 31/01 năm sau": on the year before
        note = msg("deadline.after-period", text=quoted(draft.phrase))
        return replace(draft, notes=(*draft.notes, note))
    if month == 12 and _PLAN_LABEL.match(fold(draft.label)):
        part = {**draft.part, "for_next_year": True}
        return replace(draft, part=part, notes=(*draft.notes, msg("deadline.next-year")))
    return draft


_LEVELS = (
    (
        "xa",
        re.compile(
            r"\bcap\s+xa\b|\b(?:cua|cac|ubnd|ubnd\s+cac)\s+xa\b|\bxa\s*,?\s*(?:phuong|thi\s+tran)\b"
        ),
    ),
    ("huyen", re.compile(r"\bcap\s+huyen\b|\b(?:cua|ubnd)\s+huyen\b")),
)
_ROLES = (
    ("lead", re.compile(r"(?:cac\s+)?(?:co\s+quan\s+|don\s+vi\s+|phong\s+)?chu\s+tri\b")),
    ("coordinating", re.compile(r"(?:cac\s+)?(?:co\s+quan\s+|don\s+vi\s+|phong\s+)?phoi\s+hop\b")),
)


def level_of(label: str) -> str | None:
    folded = fold(label)
    return next((level for level, pattern in _LEVELS if pattern.search(folded)), None)


def role_of(label: str) -> str | None:
    folded = fold(label)
    return next((role for role, pattern in _ROLES if pattern.match(folded)), None)


def mark_levels(drafts: list[Draft]) -> list[Draft]:
    """Levels only when the cell sets levels apart ("của huyện … Cấp xã …")."""
    levels = [level_of(d.label) for d in drafts]
    if len({lv for lv in levels if lv}) < 2:
        return drafts
    return [
        replace(d, part={**d.part, "level": lv}) if lv and d.part is not None else d
        for d, lv in zip(drafts, levels, strict=True)
    ]


def mark_holders(drafts: list[Draft]) -> list[Draft]:
    """"Cơ quan chủ trì …; cơ quan phối hợp …": a part for each role."""
    return [
        replace(d, part={**d.part, "holders": role})
        if d.part is not None and (role := role_of(d.label))
        else d
        for d in drafts
    ]


# Words left out of keys: grammar, and the deadline's own words.
_KEY_STOP = frozenset({
    "va", "cua", "cac", "nhung", "moi", "la", "thi", "duoc", "voi", "cho", "tai", "ve", "o",
    "truoc", "ngay", "trong", "thang", "nam", "hang", "cuoi", "den", "het", "theo", "khi",
    "thuong", "xuyen", "lien", "tuc",
})
_KIND_KEY = {
    "date": "ngay",
    "month_end": "cuoi-thang",
    "annual": "hang-nam",
    "quarterly": "hang-quy",
    "semiannual": "sau-thang",
    "monthly": "hang-thang",
    "relative": "su-kien",
    "ongoing": "thuong-xuyen",
    "on_request": "theo-yeu-cau",
    "per_regulation": "theo-quy-dinh",
    "unspecified": "khac",
}


def key_of(label: str, kind: str) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", fold(label)) if w not in _KEY_STOP]
    words = [w for w in words if not w.isdigit()][:2]
    return "-".join(words) or _KIND_KEY.get(kind, "phan")


def mark_keys(drafts: list[Draft]) -> list[Draft]:
    used: set[str] = set()
    out = []
    for draft in drafts:
        if draft.part is None:
            out.append(draft)
            continue
        key = base = key_of(draft.label, draft.part["kind"])
        number = 1
        while key in used:
            number += 1
            key = f"{base}-{number}"
        used.add(key)
        out.append(replace(draft, part={"key": key, **draft.part}))
    return out


def finish_parts(drafts: list[Draft]) -> list[Draft]:
    """Cell-level marks; levels, holders and keys only matter when there are several parts."""
    drafts = [mark_next_year(d) for d in drafts]
    if sum(d.part is not None for d in drafts) < 2:
        return drafts
    real = [d for d in drafts if d.part is not None]
    marked = iter(mark_keys(mark_holders(mark_levels(real))))
    return [next(marked) if d.part is not None else d for d in drafts]


_FIELD_ORDER = (
    "key", "kind", "date", "month", "on", "qualifier", "for_next_year", "days_after_end",
    "day_of_last_month", "event", "days", "months", "working_days", "basis", "level",
    "holders", "label",
)


def emit_part(draft: Draft) -> Part:
    assert draft.part is not None
    part = dict(draft.part)
    if draft.label:
        part["label"] = draft.label
    return {k: part[k] for k in sorted(part, key=field_rank)}


def field_rank(name: str) -> int:
    return _FIELD_ORDER.index(name) if name in _FIELD_ORDER else len(_FIELD_ORDER)



def review_notes(drafts: list[Draft]) -> list[Msg]:
    notes: list[Msg] = []
    for draft in drafts:
        if draft.part is None and not draft.notes:
            notes.append(msg("deadline.skipped", text=quoted(shorten(draft.label))))
        notes.extend(draft.notes)
    return list(dict.fromkeys(notes))



def unrecognised(segments: list[Segment]) -> ParseResult:
    label = "; ".join(s.text for s in segments)
    note = msg("deadline.unrecognised", text=quoted(shorten(label)))
    return ParseResult([{"kind": "unspecified", "label": label}], [note], [])


def parse_deadline(text: str, *, plan_year: int | None = None) -> ParseResult:
    """The deadline parts of one cell of the "Thời gian hoàn thành" column.

    An empty cell is `unspecified`; a day and month without a year that is not
    periodic takes `plan_year` (with a note), or is `unspecified` without it.
    """
    segments = [read_segment(s) for s in split_segments(text)]
    if not segments:
        return ParseResult([{"kind": "unspecified"}], [], [])
    drafts = [d for seg in segments for d in draft_segment(seg)]
    drafts = resolve_day_months(drop_citations(drafts), plan_year)
    if all(d.part is None for d in drafts):
        return unrecognised(segments)
    drafts = finish_parts(drafts)
    real = [d for d in drafts if d.part is not None]
    events = {e["id"]: e for d in real if (e := d.event) is not None}
    return ParseResult(
        parts=[emit_part(d) for d in real],
        review=review_notes(drafts),
        events=list(events.values()),
    )
