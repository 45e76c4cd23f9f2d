"""What the deadline rules are made of: hits (what a rule read), the rules'
ranks, the folded regex pieces they share, and date arithmetic on written
days and months."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cchc_plan.core.messages import Msg
from cchc_plan.features.plan_io.reader.text_segments import Segment

Part = dict[str, Any]
"""A deadline part as plain data, the way it is written in YAML."""

# In one segment a precise hit (a date, a period) drops "theo quy định" and the like,
# which then say how, not when; "thường xuyên" keeps a request beside it.
PRECISE, ONGOING, VAGUE, IMMEDIATE, WEAK = 4, 3, 2, 1, 0
PERIOD_DAY = "period-day"
"""The kind of a hit that is only a day of some period's last month, until
`deadline_rules.settle_period_days` gives it to the period beside it."""

@dataclass(frozen=True)
class Hit:
    """What one rule read in a segment (folded span, part, guesses)."""

    start: int
    end: int
    rank: int
    part: Part
    phrase: str
    notes: tuple[Msg, ...] = ()
    event: dict[str, str] | None = None
    cued: bool = True
    """False when a date was written without "trước" / "chậm nhất" / …"""
    citation: bool = False
    problem: bool = False
    """Words that look like a deadline but cannot be one (31/9/2020): the note stays."""


Builder = Callable[[Segment, re.Match[str]], "Hit | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


def compile_rule(name: str, pattern: str, build: Builder) -> Rule:
    """A rule whose match starts at a word's start."""
    return Rule(name, re.compile(r"(?<![a-z0-9])(?:" + pattern + ")", re.ASCII), build)


# Folded regex pieces. OCR variants seen in scans: "trtroc", "truac", "truck" for
# "trước", "cu6i" for "cuối", "Chain nhAt" for "Chậm nhất", "lien tic" for "liên tục".
BEFORE = r"(?:truoc|tr[a-z0-9]{2,3}[ck]|tnrac)"
LATEST = r"(?:cham\s+nhat|ch[a-z]{2,3}\s+nhat|muon\s+nhat)(?:\s+la)?(?:\s+vao)?"
START_CUES = ("tu", "ke tu", "bat dau", "bat dau tu")
# "đúng", not the "dụng" of "sử dụng", "xây dựng", "áp dụng", "ứng dụng", "tuyển dụng".
RIGHT = r"(?<!su )(?<!ap )(?<!ung )(?<!xay )(?<!tuyen )(?<!trong )dung"
DATE_CUE = (
    r"(?:(?P<cue>" + BEFORE + r"\s+hoac\s+(?:trong|dung)|" + BEFORE + "|" + LATEST
    + r"|han\s+(?:chot|cuoi)(?:\s+la)?|khong\s+qua|den\s+het|den|toi|trong|vao"
    r"|hoan\s+thanh|xong|ke\s+tu|bat\s+dau(?:\s+tu)?|tu)\s*:?\s+)?"
)
PERIOD_CUE = (
    r"(?:(?P<cue>" + BEFORE + "|" + LATEST + r"|trong|cuoi|het|den(?:\s+het)?"
    r"|hoan\s+thanh(?:\s+trong)?|xong|vao)\s+)?"
)
DATE = (
    r"(?<![0-9])(?:(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>[0-9]{4})"
    r"|(?P<dw>[0-9]{1,2})\s+thang\s+(?P<mw>[0-9]{1,2})\s*,?\s*nam\s+(?P<yw>[0-9]{4}))(?![0-9])"
)
DAY_MONTH = (
    r"(?<![0-9/.-])(?:(?P<d>[0-9]{1,2})\s*(?P<sep>[/.-])\s*(?P<m>[0-9]{1,2})"
    r"(?![0-9]|\s*[/.-]\s*[0-9])"
    r"|(?P<dw>[0-9]{1,2})\s+thang\s+(?P<mw>[0-9]{1,2})(?![0-9]|\s*[/.-]\s*[0-9]|\s*,?\s*nam\s+[0-9]))"
)
YEAR_SEPARATOR = r"\s*(?:[/.-]|\s+nam\s+|\s*,\s*nam\s+)\s*"
CLAUSE_STOP = (
    r"(?=\s*(?:[.;:]|$)"
    r"|\s+va\s+(?:theo|dung|dam\s+bao|thuc\s+hien|tien\s+hanh|trien\s+khai|duy\s+tri|cap\s+nhat"
    r"|bao\s+cao|truoc|cham\s+nhat|hoan\s+thanh|gui|nop)\b"
    r"|\s*,\s*(?:dam\s+bao|thuc\s+hien|duy\s+tri|bao\s+cao|truoc|cham\s+nhat|hoan\s+thanh|gui|nop)\b)"
)
BASIS_TAIL = (
    r"(?P<tail>\s+(?:cua|tai|ve|hien\s+hanh|da|duoc|so|cho|tu)\b[^.;:]*?" + CLAUSE_STOP + r")?"
)
TIME_WORD = r"(?:thoi\s+gian|thoi\s+han|tien\s+do)"
NOT_QUY_WORD = (
    r"(?![a-z0-9])(?!\s+(?:dinh|che|trinh|mo|hoach|luat|tac|pham|cach|chuan|uoc"
    r"|i|ii|iii|iv|[0-9])\b)"
)
NO_NUMBER = r"(?![a-z0-9])(?!\s*[0-9])"
SIX_MONTHS = r"(?:0?6|sau)\s+thang" + NO_NUMBER + r"(?!\s+(?:dau|cuoi|ke|tu)\b)"


# ---------------------------------------------------------------- dates


def days_in_month(month: int, year: int | None) -> int:
    if month == 2:
        leap = year is None or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def is_valid_day(day: int, month: int, year: int | None = None) -> bool:
    return 1 <= month <= 12 and 1 <= day <= days_in_month(month, year)


YEARS = range(1900, 2200)
"""Years a plan can mean; "17/8/0000" is a slip, not a date."""


def is_valid_date(day: int, month: int, year: int) -> bool:
    return year in YEARS and is_valid_day(day, month, year)


def group(m: re.Match[str], *names: str) -> str:
    """The first of several alternative groups that matched."""
    return next((v for name in names if (v := m.group(name)) is not None), "")


def cue_meaning(cue: str | None) -> str | None:
    """"before", "by", "start" (từ ngày …) or None when nothing was written."""
    if not cue:
        return None
    words = " ".join(cue.split())
    if " hoac " in words:
        return "by"
    if re.fullmatch(BEFORE, words, re.ASCII):
        return "before"
    return "start" if words in START_CUES else "by"


def quarter_number(written: str) -> int:
    return {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(written) or int(written)


QUARTER_END = {1: "31/3", 2: "30/6", 3: "30/9", 4: "31/12"}

