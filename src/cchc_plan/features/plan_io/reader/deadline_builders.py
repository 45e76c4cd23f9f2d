"""The builders of the deadline rules: each turns one regex match into a hit,
a deadline part with the notes on what it had to guess."""

from __future__ import annotations

import re
from typing import Any

from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.features.plan_io.reader.deadline_patterns import (
    IMMEDIATE,
    ONGOING,
    PERIOD_DAY,
    PRECISE,
    QUARTER_END,
    VAGUE,
    WEAK,
    YEARS,
    Builder,
    Hit,
    Part,
    cue_meaning,
    group,
    is_valid_date,
    is_valid_day,
    quarter_number,
)
from cchc_plan.features.plan_io.reader.text_segments import Segment, fold, read_segment, trim_label


def make_hit(
    seg: Segment, m: re.Match[str], rank: int, part: Part, *notes: Msg, **extra: Any
) -> Hit:
    return Hit(m.start(), m.end(), rank, part, phrase(seg, m), tuple(notes), **extra)


def phrase(seg: Segment, m: re.Match[str]) -> str:
    return trim_label(seg.original(m.start(), m.end()))


def invalid(seg: Segment, m: re.Match[str], *, number: bool = False) -> Hit:
    """Keeps the span claimed (no second reading) and says why nothing came of it."""
    note = msg("deadline.bad-number" if number else "deadline.bad-date",
               text=quoted(phrase(seg, m)))
    return make_hit(seg, m, WEAK, {"kind": "unspecified"}, note, problem=True)


def dated(seg: Segment, m: re.Match[str], part: Part) -> Hit:
    meaning = cue_meaning(m.group("cue"))
    if meaning == "start":
        note = msg("deadline.start-only", text=quoted(phrase(seg, m)))
        return make_hit(seg, m, ONGOING, {"kind": "ongoing"}, note)
    part = {**part, "qualifier": "before" if meaning == "before" else "by"}
    return make_hit(seg, m, PRECISE, part, cued=meaning is not None)


def build_date(seg: Segment, m: re.Match[str]) -> Hit | None:
    day, month, year = group(m, "d", "dw"), group(m, "m", "mw"), group(m, "y", "yw")
    if not is_valid_date(int(day), int(month), int(year)):
        return invalid(seg, m)
    return dated(seg, m, {"kind": "date", "date": f"{day}/{month}/{year}"})


def build_day_month(seg: Segment, m: re.Match[str]) -> Hit | None:
    """A day and month; `resolve_day_months` decides later: annual, or a year."""
    day, month = group(m, "d", "dw"), group(m, "m", "mw")
    alone = m.start() == 0 and m.end() == len(seg.folded.rstrip())
    if not (m.group("cue") or m.group("ngay") or m.group("sep") in (None, "/") or alone):
        return None  # "1.5" within words is not taken for a date; "10.10" alone is
    if not is_valid_day(int(day), int(month)):
        return invalid(seg, m)
    return dated(seg, m, {"kind": "day_month", "on": f"{day}/{month}"})


def build_range(seg: Segment, m: re.Match[str]) -> Hit | None:
    day, month, year = m.group("d"), m.group("m"), m.group("y")
    if not is_valid_date(int(day), int(month), int(year)):
        return invalid(seg, m)
    date = f"{day}/{month}/{year}"
    note = msg("deadline.range", text=quoted(phrase(seg, m)), date=date)
    return make_hit(seg, m, PRECISE, {"kind": "date", "date": date, "qualifier": "by"}, note)


def build_month_end(seg: Segment, m: re.Match[str]) -> Hit | None:
    month, year = int(m.group("m")), int(m.group("y"))
    if not (1 <= month <= 12 and year in YEARS):
        return invalid(seg, m)
    written, edge = f"{m.group('m')}/{m.group('y')}", m.group("edge") or ""
    meaning = cue_meaning(m.group("cue"))
    before_month = meaning == "before" and not edge  # "trước tháng 9" is by the end of 8
    if before_month:
        written = f"{month - 1}/{year}" if month > 1 else f"12/{year - 1}"
    at_end = edge.startswith("cu") or edge == "het"
    guessed = before_month or edge in ("dau", "giua") or not (meaning or at_end)
    notes = (msg("deadline.month", text=quoted(phrase(seg, m)), month=written),) if guessed \
        else ()
    return make_hit(seg, m, PRECISE, {"kind": "month_end", "month": written}, *notes)


def build_quarter(seg: Segment, m: re.Match[str]) -> Hit | None:
    quarter, year = quarter_number(m.group("q")), int(m.group("y"))
    if year not in YEARS:
        return invalid(seg, m)
    if cue_meaning(m.group("cue")) == "before":
        quarter, year = (quarter - 1, year) if quarter > 1 else (4, year - 1)
    date = f"{QUARTER_END[quarter]}/{year}"
    note = msg("deadline.quarter", text=quoted(phrase(seg, m)), date=date)
    return make_hit(seg, m, PRECISE, {"kind": "date", "date": date, "qualifier": "by"}, note)


def build_year(seg: Segment, m: re.Match[str]) -> Hit | None:
    if m.groupdict().get("edge"):  # "đầu năm 2018": no day can be told
        note = msg("deadline.year-part", text=quoted(phrase(seg, m)))
        return make_hit(seg, m, WEAK, {"kind": "unspecified"}, note, problem=True)
    year = int(m.group("y2") or m.group("y1"))
    if cue_meaning(m.group("cue")) == "before" and not m.group("y2"):
        year -= 1
    date = f"31/12/{year}"
    note = msg("deadline.year", text=quoted(phrase(seg, m)), date=date)
    return make_hit(seg, m, VAGUE, {"kind": "date", "date": date, "qualifier": "by"}, note)


def build_annual_default(seg: Segment, m: re.Match[str]) -> Hit | None:
    part = {"kind": "annual", "on": "31/12", "qualifier": "by"}
    note = msg("deadline.annual-day", text=quoted(phrase(seg, m)), on="31/12")
    return make_hit(seg, m, VAGUE, part, note)


def build_quarterly(seg: Segment, m: re.Match[str]) -> Hit | None:
    days = int(m.groupdict().get("n") or 0)
    if days > 92:
        return invalid(seg, m, number=True)
    return make_hit(seg, m, PRECISE, {"kind": "quarterly", "days_after_end": days},
                    *period_end_note(seg, m, days))


def build_quarter_last_month_day(seg: Segment, m: re.Match[str]) -> Hit | None:
    day = int(m.group("n"))
    if not 1 <= day <= 31:
        return invalid(seg, m)
    return make_hit(seg, m, PRECISE, {"kind": "quarterly", "day_of_last_month": day})


def build_period_last_month_day(seg: Segment, m: re.Match[str]) -> Hit | None:
    """"ngày 15 của tháng cuối kỳ": a day for whichever period the segment names."""
    day = int(m.group("n"))
    if not 1 <= day <= 31:
        return invalid(seg, m)
    return make_hit(seg, m, PRECISE, {"kind": PERIOD_DAY, "day_of_last_month": day})


def build_semiannual(seg: Segment, m: re.Match[str]) -> Hit | None:
    part = {"kind": "semiannual", "days_after_end": 0}
    return make_hit(seg, m, PRECISE, part, *period_end_note(seg, m, 0))


def build_monthly(seg: Segment, m: re.Match[str]) -> Hit | None:
    groups = m.groupdict()
    written = groups.get("n") or groups.get("n2") or groups.get("n3")
    if not written:
        part: Part = {"kind": "monthly", "days_after_end": 0}
        return make_hit(seg, m, PRECISE, part, *period_end_note(seg, m, 0))
    day = int(written)
    if not 1 <= day <= 31:
        return invalid(seg, m)
    return make_hit(seg, m, PRECISE, {"kind": "monthly", "day_of_last_month": day})


def period_end_note(seg: Segment, m: re.Match[str], days: int) -> tuple[Msg, ...]:
    """A period with no day of its own ("hằng quý") is taken as due on its last day."""
    return () if days else (msg("deadline.period-end", text=quoted(phrase(seg, m))),)


def build_weekly(seg: Segment, m: re.Match[str]) -> Hit | None:
    note = msg("deadline.weekly", text=quoted(phrase(seg, m)))
    return make_hit(seg, m, ONGOING, {"kind": "ongoing"}, note)


def build_ongoing(seg: Segment, m: re.Match[str]) -> Hit | None:
    return make_hit(seg, m, ONGOING, {"kind": "ongoing"})


def build_immediate(seg: Segment, m: re.Match[str]) -> Hit | None:
    return make_hit(seg, m, IMMEDIATE, {"kind": "ongoing"})


def build_as_circumstances(seg: Segment, m: re.Match[str]) -> Hit | None:
    return make_hit(seg, m, WEAK, {"kind": "unspecified"})


def build_relative(seg: Segment, m: re.Match[str]) -> Hit | None:
    count, unit = int(m.group("n")), " ".join(m.group("unit").split())
    name, yearly = event_name(seg.original(m.start("event"), m.end("event")))
    event_id = event_slug(name)
    if not 1 <= count <= 3660 or not event_id:
        return invalid(seg, m, number=True)
    if unit == "thang" and count > 120:
        return invalid(seg, m, number=True)
    part: Part = {"kind": "relative", "event": event_id}
    part["months" if unit == "thang" else "days"] = count
    if unit.endswith("lam viec"):
        part["working_days"] = True
    note = msg("deadline.event", id=event_id, name=quoted(name))
    event = {"id": event_id, "name": name, "recurs": "yearly" if yearly else "once"}
    return make_hit(seg, m, PRECISE, part, note, event=event)


_YEARLY_TAIL = re.compile(r"[\s,(]*(?:dinh\s+ky\s+)?(?:hang|moi)\s+nam[\s)]*$", re.ASCII)


def event_name(text: str) -> tuple[str, bool]:
    """The event's words without a trailing "hằng năm", and whether it said so."""
    seg = read_segment(trim_label(text))
    tail = _YEARLY_TAIL.search(seg.folded)
    if not tail:
        return seg.text, False
    return trim_label(seg.original(0, tail.start())), True


_SLUG_WORD = re.compile(r"[a-z0-9]+|,", re.ASCII)


def event_slug(name: str) -> str:
    """"UBND tỉnh phê duyệt kế hoạch và phân bổ …" -> "ubnd-tinh-phe-duyet-ke-hoach"."""
    tokens = _SLUG_WORD.findall(fold(name))
    words: list[str] = []
    for token in tokens:
        if token in (",", "va") and words:
            break
        if token != ",":
            words.append(token)
    return "-".join(words[:6])


def build_basis(kind: str) -> Builder:
    """A builder for on_request / per_regulation: `basis` is the head noun and its
    complement as written ("yêu cầu của UBND tỉnh")."""

    def build(seg: Segment, m: re.Match[str]) -> Hit | None:
        end = m.end("tail") if m.groupdict().get("tail") else m.end("head")
        basis = trim_label(seg.original(m.start("head"), end))
        citation = kind == "per_regulation" and is_citation(seg, m)
        return make_hit(seg, m, WEAK, {"kind": kind, "basis": basis}, citation=citation)

    return build


_CITED = re.compile(
    r"\s+tai\s+(?:cac\s+)?(?:nghi|quyet|thong|luat|chi|cong|van|ke|dieu|khoan|muc|phu)", re.ASCII
)


def is_citation(seg: Segment, m: re.Match[str]) -> bool:
    """"theo quy định tại Quyết định số …": names a document, says how, not when."""
    if not m.groupdict().get("tail"):
        return False
    start, end = m.span("tail")
    cites = any(s < end and start < e for s, e in seg.references)
    return cites or bool(_CITED.match(m.group("tail")))

