"""Deadlines that name a part of a year without the year ("trong tháng 5",
"Quý I", "6 tháng đầu năm", "trước tháng 12 hằng năm"), and the rules real
plans write that the older rules did not read: "đột xuất khi cần thiết",
"ngày 02 tháng sau", ", năm" after a period ("6 tháng, năm").

A part of a year is a hit of the internal kind `OF_YEAR` until the whole cell
is known (`resolve_of_year`): every year when the cell says "hằng năm" (or a
sibling part is annual), else in the plan's year with a note, else nothing
(a note: the year is unknown). The day taken is the part's last day; "trước
tháng 12" is the end of November.
"""

from __future__ import annotations

import re
from typing import Any

from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.features.plan_io.reader.deadline_builders import (
    build_annual_default,
    invalid,
    make_hit,
    phrase,
)
from cchc_plan.features.plan_io.reader.deadline_patterns import (
    BEFORE,
    LATEST,
    PERIOD_CUE,
    PRECISE,
    QUARTER_END,
    WEAK,
    YEARS,
    Hit,
    Part,
    Rule,
    compile_rule,
    cue_meaning,
    days_in_month,
    quarter_number,
)
from cchc_plan.features.plan_io.reader.text_segments import Segment

OF_YEAR = "of-year"
"""The kind of a hit that is a part of some year: `on` its last day (day/month),
`month` for a month; settled by `resolve_of_year`."""

_NO_YEAR = r"(?![0-9])(?!\s*[/.-]\s*[0-9])(?!\s*,?\s*(?:nam\s+)?[0-9])"


def month_end_day(month: int) -> str:
    return f"{days_in_month(month, 2001)}/{month}"


def of_year(seg: Segment, m: re.Match[str], on: str, month: int | None, *notes: Msg) -> Hit:
    part: Part = {"kind": OF_YEAR, "on": on}
    if month is not None:
        part["month"] = month
    return make_hit(seg, m, PRECISE, part, *notes)


def build_month(seg: Segment, m: re.Match[str]) -> Hit | None:
    """"trong tháng 5", "chậm nhất tháng 5 hằng năm", "trước tháng 12" (= by 30/11)."""
    month = int(m.group("m"))
    if not 1 <= month <= 12:
        return invalid(seg, m)
    edge = m.group("edge") or ""
    if cue_meaning(m.group("cue")) == "before" and not edge:
        month = month - 1 if month > 1 else 12
        note = msg("deadline.month", text=quoted(phrase(seg, m)), month=str(month))
        return of_year(seg, m, month_end_day(month), month, note)
    notes = ((msg("deadline.month", text=quoted(phrase(seg, m)), month=str(month)),)
             if edge in ("dau", "giua") else ())
    return of_year(seg, m, month_end_day(month), month, *notes)


def build_month_range(seg: Segment, m: re.Match[str]) -> Hit | None:
    """"từ tháng 3 đến tháng 5 (năm 2021)": due by the end of the last month."""
    month, year = int(m.group("m")), m.group("y")
    if not 1 <= month <= 12 or (year and int(year) not in YEARS):
        return invalid(seg, m)
    if year:
        written = f"{month}/{year}"
        note = msg("deadline.range", text=quoted(phrase(seg, m)), date=written)
        return make_hit(seg, m, PRECISE, {"kind": "month_end", "month": written}, note)
    on = month_end_day(month)
    return of_year(seg, m, on, month, msg("deadline.range", text=quoted(phrase(seg, m)),
                                          date=on))


def build_quarter(seg: Segment, m: re.Match[str]) -> Hit | None:
    """"Quý I", "trong quý II hằng năm": the quarter's last day."""
    quarter = quarter_number(m.group("q"))
    if cue_meaning(m.group("cue")) == "before":
        if quarter == 1:
            return make_hit(seg, m, WEAK, {"kind": "unspecified"}, msg(
                "deadline.year-part", text=quoted(phrase(seg, m))), problem=True)
        quarter -= 1
    on = QUARTER_END[quarter]
    return of_year(seg, m, on, None, msg("deadline.quarter", text=quoted(phrase(seg, m)),
                                         date=on))


def build_half(seg: Segment, m: re.Match[str]) -> Hit | None:
    """"6 tháng đầu năm" (by 30/6), "6 tháng cuối năm 2021" (by 31/12/2021)."""
    on = "30/6" if m.group("half") == "dau" else "31/12"
    year = m.group("y")
    if year:
        if int(year) not in YEARS:
            return invalid(seg, m)
        date = f"{on}/{year}"
        note = msg("deadline.range", text=quoted(phrase(seg, m)), date=date)
        return make_hit(seg, m, PRECISE, {"kind": "date", "date": date, "qualifier": "by"}, note)
    return of_year(seg, m, on, None, msg("deadline.range", text=quoted(phrase(seg, m)), date=on))


def build_month_after(seg: Segment, m: re.Match[str]) -> Hit | None:
    """"ngày 02 tháng sau": each month, N days after the month ends."""
    days = int(m.group("n"))
    if not 1 <= days <= 31:
        return invalid(seg, m)
    return make_hit(seg, m, PRECISE, {"kind": "monthly", "days_after_end": days})


def build_adhoc(seg: Segment, m: re.Match[str]) -> Hit | None:
    """"đột xuất khi cần thiết", "báo cáo đột xuất theo yêu cầu": on request."""
    return make_hit(seg, m, WEAK, {"kind": "on_request", "basis": phrase(seg, m)})


RULES: dict[str, Rule] = {
    "month-after": compile_rule(
        "month-after",
        r"(?:(?:" + BEFORE + "|" + LATEST + r"|den|vao)\s+)?ngay\s+(?P<n>[0-9]{1,2})\s+"
        r"(?:cua\s+)?thang\s+(?:sau|tiep\s+theo|ke\s+tiep)(?![a-z0-9])",
        build_month_after,
    ),
    "half-of-year": compile_rule(
        "half-of-year",
        PERIOD_CUE + r"(?:0?6|sau)\s+thang\s+(?P<half>dau|cuoi)\s+nam"
        r"(?:\s+(?P<y>[0-9]{4}))?(?![0-9])",
        build_half,
    ),
    "month-range": compile_rule(
        "month-range",
        r"(?:ke\s+)?tu\s+thang\s+[0-9]{1,2}(?:\s*(?:/|,?\s*nam)\s*[0-9]{4})?\s*"
        r"(?:den(?:\s+het)?|toi|[-–])\s*thang\s+(?P<m>[0-9]{1,2})"
        r"(?:\s*(?:/|,?\s*nam)\s*(?P<y>[0-9]{4}))?(?![0-9])(?!\s*[/.-]\s*[0-9])",
        build_month_range,
    ),
    "month-of-year": compile_rule(
        "month-of-year",
        PERIOD_CUE + r"(?:(?P<edge>cuoi|het|dau|giua)\s+)?thang\s+(?P<m>[0-9]{1,2})" + _NO_YEAR,
        build_month,
    ),
    "quarter-no-year": compile_rule(
        "quarter-no-year",
        PERIOD_CUE + r"quy\s+(?P<q>iv|i{1,3}|[1-4])(?![a-z0-9])" + _NO_YEAR,
        build_quarter,
    ),
    "annual-after-period": compile_rule(
        "annual-after-period",
        r"(?:(?<=thang, )|(?<=thang ,)|(?<=thang va )|(?<=quy, )|(?<=quy va ))"
        r"(?:hang\s+|ca\s+)?nam(?![a-z0-9])(?!\s*[0-9])(?!\s+(?:sau|toi|tiep|ke|bao|ke\s+hoach)\b)",
        build_annual_default,
    ),
    "adhoc": compile_rule(
        "adhoc",
        r"(?:(?:bao\s+cao|thuc\s+hien)\s+)?dot\s+xuat(?![a-z0-9])"
        r"(?!\s+(?:khi|theo)\s+(?:co\s+)?yeu\s+cau)(?:\s+khi\s+can\s+thiet(?![a-z0-9]))?",
        build_adhoc,
    ),
}


# ---------------------------------------------------------------- the whole cell


def resolve_of_year(part: Part, annual: bool, sibling: bool, plan_year: int | None,
                    text: str) -> tuple[Part, tuple[Msg, ...]]:
    """A part of a year as the cell reads it: (part, notes to add)."""
    on, month = part["on"], part.get("month")
    if annual:
        out: dict[str, Any] = {"kind": "annual", "on": on, "qualifier": "by"}
        notes = () if not sibling else (msg("deadline.sibling-annual", text=quoted(text)),)
        return out, notes
    if plan_year is None or plan_year not in YEARS:
        return {"kind": "unspecified"}, (msg("deadline.no-year", text=quoted(text)),)
    if month is not None:
        out = {"kind": "month_end", "month": f"{month}/{plan_year}"}
    else:
        out = {"kind": "date", "date": f"{on}/{plan_year}", "qualifier": "by"}
    return out, (msg("deadline.plan-year", year=plan_year, text=quoted(text)),)
