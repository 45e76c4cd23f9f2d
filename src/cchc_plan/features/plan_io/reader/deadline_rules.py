"""The deadline rules, most specific first, and how the hits of one segment
are chosen and merged.

A rule's match claims its span, so a later rule cannot read the same words
again. The hits of a segment are then ranked (a date beats "theo quy định" in
the same sentence) and parts of one kind that say the same thing are merged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.features.plan_io.reader.deadline_builders import (
    build_annual_default,
    build_as_circumstances,
    build_basis,
    build_date,
    build_day_month,
    build_immediate,
    build_month_end,
    build_monthly,
    build_ongoing,
    build_period_last_month_day,
    build_quarter,
    build_quarter_last_month_day,
    build_quarterly,
    build_range,
    build_relative,
    build_semiannual,
    build_weekly,
    build_year,
)
from cchc_plan.features.plan_io.reader.deadline_patterns import (
    BASIS_TAIL,
    BEFORE,
    CLAUSE_STOP,
    DATE,
    DATE_CUE,
    DAY_MONTH,
    IMMEDIATE,
    LATEST,
    NO_NUMBER,
    NOT_QUY_WORD,
    ONGOING,
    PERIOD_CUE,
    PERIOD_DAY,
    PRECISE,
    RIGHT,
    SIX_MONTHS,
    TIME_WORD,
    VAGUE,
    WEAK,
    YEAR_SEPARATOR,
    Hit,
    Part,
    Rule,
    compile_rule,
)
from cchc_plan.features.plan_io.reader.deadline_periods import OF_YEAR
from cchc_plan.features.plan_io.reader.deadline_periods import RULES as PERIOD_RULES
from cchc_plan.features.plan_io.reader.text_segments import Segment

RULES: tuple[Rule, ...] = (
    compile_rule(
        "as-circumstances",
        r"thoi\s+gian\s+(?:thuc\s+hien\s+)?phu\s+hop(?:\s+voi)?\s+(?:(?:tinh\s+hinh|dieu\s+kien)\s+)?"
        r"thuc\s+te|tuy\s+(?:theo\s+)?(?:tinh\s+hinh|dieu\s+kien)(?:\s+thuc\s+te)?"
        r"|theo\s+tinh\s+hinh\s+thuc\s+te|chua\s+(?:xac\s+dinh|co)\s+thoi\s+(?:gian|han)",
        build_as_circumstances,
    ),
    compile_rule(
        "date-range",
        r"(?:ke\s+)?tu\s+(?:ngay\s+)?[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}(?:\s*[/.-]\s*[0-9]{4})?\s*"
        r"(?:den(?:\s+het)?|toi|[-–])\s*(?:ngay\s+)?(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})"
        r"\s*[/.-]\s*(?P<y>[0-9]{4})(?![0-9])",
        build_range,
    ),
    compile_rule(
        "quarter-last-month-day",
        r"(?:(?:" + BEFORE + "|" + LATEST + r"|den|vao|trong)\s+)?ngay\s+(?P<n>[0-9]{1,2})\s+"
        r"(?:cua\s+)?(?:cac\s+)?thang\s+cuoi(?:\s+cung)?\s+(?:cua\s+)?(?:moi\s+|hang\s+|tung\s+)?quy"
        r"(?![a-z0-9])",
        build_quarter_last_month_day,
    ),
    compile_rule(
        "period-last-month-day",
        r"(?:(?:" + BEFORE + "|" + LATEST + r"|den|vao|trong)\s+)?ngay\s+(?P<n>[0-9]{1,2})\s+"
        r"(?:cua\s+)?thang\s+cuoi\s+(?:cua\s+)?(?:moi\s+|hang\s+|tung\s+)?ky(?![a-z0-9])",
        build_period_last_month_day,
    ),
    compile_rule(
        "quarter-next-first-month",
        r"(?:(?:" + BEFORE + "|" + LATEST + r"|den|vao|trong)\s+)?ngay\s+(?P<n>[0-9]{1,2})\s+"
        r"(?:cua\s+)?thang\s+dau(?:\s+tien)?\s+(?:cua\s+)?quy\s+(?:sau|tiep\s+theo|ke\s+tiep)"
        r"(?![a-z0-9])",
        build_quarterly,
    ),
    compile_rule(
        "quarter-days-after",
        r"(?:(?:sau|trong(?:\s+vong)?|" + LATEST + r"|khong\s+qua)\s+)?(?P<n>[0-9]{1,3})\s+ngay\s+"
        r"(?:(?:ke\s+)?tu|sau)(?:\s+(?:ngay|khi))?\s+(?:ket\s+thuc|het)\s+(?:moi\s+)?quy(?![a-z0-9])",
        build_quarterly,
    ),
    compile_rule(
        "relative",
        r"(?:(?:sau|trong(?:\s+vong|\s+thoi\s+han|\s+thoi\s+gian)?|" + LATEST
        + r"|khong\s+qua|toi\s+da)\s+)?(?P<n>[0-9]{1,5})\s+"
        r"(?P<unit>ngay(?:\s+lam\s+viec)?|thang)\s*,?\s+(?:ke\s+tu|tinh\s+tu|sau)(?:\s+(?:ngay|khi))?\s+"
        r"(?P<event>[a-z0-9][^.;:]*?)" + CLAUSE_STOP,
        build_relative,
    ),
    compile_rule(
        "monthly-day",
        r"(?:(?:" + BEFORE + "|" + LATEST + r"|den|vao)\s+)?ngay\s+(?P<n>[0-9]{1,2})\s+"
        r"(?:cua\s+)?(?:hang|moi)\s+thang" + NO_NUMBER
        + r"|(?:(?:" + BEFORE + "|" + LATEST + r"|den|vao)\s+)?ngay\s+(?P<n3>[0-9]{1,2})\s+"
        + r"cua\s+thang(?![a-z0-9])(?!\s*[0-9])(?!\s+(?:truoc|dau|cuoi|giua)\b)"
        + r"|(?:dinh\s+ky\s+)?(?:hang|moi)\s+thang\s*,?\s*(?:" + BEFORE + "|" + LATEST
        + r"|vao)\s+ngay\s+(?P<n2>[0-9]{1,2})(?![0-9]|\s*[/.-]\s*[0-9])"
        + r"(?!\s+(?:cua\s+)?thang\s+truoc)",
        build_monthly,
    ),
    PERIOD_RULES["month-after"],
    PERIOD_RULES["half-of-year"],
    compile_rule("date", DATE_CUE + r"(?P<ngay>ngay\s+)?" + DATE, build_date),
    PERIOD_RULES["month-range"],
    compile_rule(
        "month-end",
        PERIOD_CUE + r"(?:(?P<edge>cuoi|cu[0-9]i|het|dau|giua)\s+)?thang\s+(?P<m>[0-9]{1,2})"
        + YEAR_SEPARATOR + r"(?P<y>[0-9]{4})(?![0-9])",
        build_month_end,
    ),
    compile_rule(
        "quarter-of-year",
        PERIOD_CUE + r"quy\s+(?P<q>iv|i{1,3}|[1-4])" + YEAR_SEPARATOR + r"(?P<y>[0-9]{4})(?![0-9])",
        build_quarter,
    ),
    compile_rule("day-month", DATE_CUE + r"(?P<ngay>ngay\s+)?" + DAY_MONTH, build_day_month),
    PERIOD_RULES["month-of-year"],
    PERIOD_RULES["quarter-no-year"],
    compile_rule(
        "quarterly",
        r"(?:dinh\s+ky\s+)?(?:hang|moi|tung|theo)\s+quy" + NOT_QUY_WORD
        + r"|dinh\s+ky\s+(?:3|ba)\s+thang" + NO_NUMBER
        + r"|(?:3|ba)\s+thang\s*(?:/\s*|(?:mot|1)\s+)lan|bao\s+cao\s+quy" + NOT_QUY_WORD,
        build_quarterly,
    ),
    compile_rule(
        "semiannual",
        r"(?:dinh\s+ky|hang|moi)\s+" + SIX_MONTHS
        + r"|(?:0?6|sau)\s+thang\s*(?:/\s*|(?:mot|1)\s+)lan"
        + r"|bao\s+cao\s+(?:so\s+ket\s+)?" + SIX_MONTHS
        + r"|(?:(?<=quy, )|(?<=quy va ))" + SIX_MONTHS,
        build_semiannual,
    ),
    PERIOD_RULES["annual-after-period"],
    compile_rule(
        "monthly",
        r"(?:dinh\s+ky\s+)?(?:hang|moi)\s+thang" + NO_NUMBER
        + r"|dinh\s+ky\s+thang" + NO_NUMBER + r"|bao\s+cao\s+thang" + NO_NUMBER,
        build_monthly,
    ),
    compile_rule(
        "weekly",
        r"(?:dinh\s+ky\s+)?(?:hang|moi)\s+tuan(?![a-z0-9])|dinh\s+ky\s+tuan(?![a-z0-9])",
        build_weekly,
    ),
    compile_rule(
        "year",
        PERIOD_CUE + r"(?:(?P<edge>dau|giua)\s+)?(?:giai\s+doan|nam)\s+(?P<y1>(?:19|20)[0-9]{2})"
        r"(?:(?:\s*[-–]\s*|\s+(?:den|toi)\s+(?:het\s+)?(?:nam\s+)?)(?P<y2>(?:19|20)[0-9]{2}))?"
        r"(?![0-9/])",
        build_year,
    ),
    compile_rule(
        "annual-without-day",
        r"(?:dinh\s+ky\s+)?(?:hang|moi)\s+nam" + NO_NUMBER,
        build_annual_default,
    ),
    compile_rule(
        "ongoing",
        r"(?:(?:duy\s+tri|thuc\s+hien|tien\s+hanh|trien\s+khai|cap\s+nhat)\s+)?"
        r"(?:thu[a-z0-9]{1,4}\s+)?\bxuyen(?![a-z0-9])(?:\s*,?\s*(?:lien\s+t[a-z]c|kip\s+thoi))*"
        r"(?:\s+trong\s+(?:ca\s+)?nam" + NO_NUMBER + r")?"
        r"|duy\s+tri(?:\s+lien\s+t[a-z]c)?|lien\s+t[a-z]c(?![a-z0-9])"
        r"|(?:hang|moi)\s+ngay(?![a-z0-9])(?!\s*[0-9])|(?<!cao )(?:suot|ca)\s+nam" + NO_NUMBER
        + r"|khi\s+(?:co\s+)?(?:su\s+)?(?:thay\s+doi|phat\s+sinh)",
        build_ongoing,
    ),
    compile_rule(
        "immediately",
        r"(?:thuc\s+hien|tien\s+hanh|trien\s+khai(?:\s+thuc\s+hien)?|ap\s+dung|cap\s+nhat)"
        r"\s+ngay(?![a-z0-9])(?!\s*(?:[0-9]|khi|sau|tu|ke|lam|thu|mai|hom|hien|nay)\b)",
        build_immediate,
    ),
    PERIOD_RULES["adhoc"],
    compile_rule(
        "on-request",
        r"(?:(?:theo|" + RIGHT + r"|dam\s+bao|dap\s+ung)\s+(?:" + TIME_WORD + r"\s+)?"
        r"|" + TIME_WORD + r"\s+)(?:theo\s+)?(?:dung\s+)?"
        r"(?P<head>yeu\s+cau|chi\s+dao|de\s+nghi)(?![a-z0-9])"
        r"(?!\s*,?\s*(?:va\s+)?(?:thoi\s+gian|thoi\s+han|tien\s+do)\s)" + BASIS_TAIL,
        build_basis("on_request"),
    ),
    compile_rule(
        "when",
        r"(?<!truoc )(?:ngay\s+)?(?:sau\s+)?khi\s+(?:co\s+)?"
        r"(?P<head>(?:duoc|nhan\s+duoc|yeu\s+cau|ke\s+hoach|nhiem\s+vu|van\s+ban|chi\s+dao"
        r"|huong\s+dan|de\s+nghi|quyet\s+dinh)(?![a-z0-9])[^.;:]*?)" + CLAUSE_STOP,
        build_basis("on_request"),
    ),
    compile_rule(
        "per-regulation",
        r"(?:theo|" + RIGHT + r"|dam\s+bao|can\s+cu)\s+(?:dung\s+|nhu\s+)?"
        r"(?:(?:yeu\s+cau|noi\s+dung)\s*,?\s*(?:va\s+)?)?"
        r"(?:(?:thoi\s+gian|thoi\s+han|tien\s+do)\s+(?:theo\s+|tai\s+|cua\s+)?)?(?:cac\s+|nhung\s+)?"
        r"(?P<head>quy\s+dinh|quy\s+che|ke\s+hoach|kh|chuong\s+trinh|lo\s+trinh"
        r"|(?:van\s+ban|huong\s+dan)(?:\s*(?:,|va)\s*(?:van\s+ban|huong\s+dan))*)(?![a-z0-9])"
        + BASIS_TAIL,
        build_basis("per_regulation"),
    ),
)


# ---------------------------------------------------------------- one segment


def find_hits(seg: Segment) -> list[Hit]:
    """Every rule over the segment; a span read once is not read again."""
    hits: list[Hit] = []
    for rule in RULES:
        for m in rule.pattern.finditer(seg.folded):
            if m.end() > m.start() and not any(overlaps(m, h) for h in hits):
                hit = rule.build(seg, m)
                if hit is not None:
                    hits.append(hit)
    return inherit_qualifiers(sorted(hits, key=lambda h: h.start), seg)


def overlaps(m: re.Match[str], hit: Hit) -> bool:
    return m.start() < hit.end and hit.start < m.end()


_JOINED = re.compile(r"\s*(?:,|;|va|hoac|-|–)?\s*(?:ngay\s*)?", re.ASCII)


def inherit_qualifiers(hits: list[Hit], seg: Segment) -> list[Hit]:
    """"trước ngày 15/6 và 15/12": the second date shares the first one's "trước"."""
    out: list[Hit] = []
    for hit in hits:
        previous = out[-1] if out else None
        if (
            previous is not None
            and not hit.cued
            and previous.cued
            and "qualifier" in hit.part
            and "qualifier" in previous.part
            and _JOINED.fullmatch(seg.folded[previous.end : hit.start])
        ):
            part = {**hit.part, "qualifier": previous.part["qualifier"]}
            hit = replace(hit, part=part, cued=True)
        out.append(hit)
    return out


PERIODIC = frozenset({"annual", "quarterly", "semiannual", "monthly"})


DATED = frozenset({"date", "day_month"})


def select_hits(hits: list[Hit]) -> list[Hit]:
    """The hits that say when; see the ranks above. A date beside a period of
    the year ("Báo cáo 6 tháng đầu năm gửi trước ngày 10/7", "Báo cáo 6 tháng
    trước 15/6") names the report it is the date of: the date is the deadline."""
    if any(h.part["kind"] in DATED for h in hits):
        hits = [h for h in hits if not names_report(h)]
    ranks = {h.rank for h in hits}
    if PRECISE in ranks:
        # "định kỳ 6 tháng, hằng năm": a bare "hằng năm" is one more period, not noise.
        periodic = all(h.part["kind"] in PERIODIC | {PERIOD_DAY} for h in hits
                       if h.rank == PRECISE)
        return [
            h
            for h in hits
            if h.rank in (PRECISE, ONGOING)
            or (periodic and h.rank == VAGUE and h.part["kind"] == "annual")
        ]
    if ONGOING in ranks or (IMMEDIATE in ranks and VAGUE not in ranks):
        return [h for h in hits if h.rank in (ONGOING, IMMEDIATE) or is_request(h)]
    if VAGUE in ranks:
        return [h for h in hits if h.rank == VAGUE]
    return hits


def names_report(hit: Hit) -> bool:
    return bool(hit.part["kind"] == OF_YEAR or (
        hit.part["kind"] == "semiannual" and is_plain_period(hit)))


def is_request(hit: Hit) -> bool:
    return bool(hit.part["kind"] == "on_request")


def merge_hits(hits: list[Hit]) -> list[Hit]:
    """One ongoing part per segment, and one part per kind of unmeasured deadline."""
    merged: list[Hit] = []
    for hit in settle_period_days(hits):
        twin = next((h for h in merged if mergeable(h, hit)), None)
        if twin is None:
            merged.append(hit)
        else:
            merged[merged.index(twin)] = merge_pair(twin, hit)
    return merged


def settle_period_days(hits: list[Hit]) -> list[Hit]:
    """"ngày 15 của tháng cuối kỳ" gives its day to the period the segment names
    ("định kỳ 6 tháng"); with no period beside it, it says nothing it can keep."""
    out = [h for h in hits if h.part["kind"] != PERIOD_DAY]
    for day in (h for h in hits if h.part["kind"] == PERIOD_DAY):
        periods = [h for h in out if is_plain_period(h) or is_default_annual(h)]
        if not periods:
            note = msg("deadline.no-period", text=quoted(day.phrase))
            out.append(replace(day, rank=WEAK, part={"kind": "unspecified"}, notes=(note,),
                               problem=True))
            continue
        for period in periods:  # "hằng quý, 6 tháng, năm … ngày 20 của tháng cuối kỳ"
            out[out.index(period)] = with_period_day(period, day)
    return sorted(out, key=lambda h: h.start)


def is_default_annual(hit: Hit) -> bool:
    """"hằng năm" with no day, taken as 31/12 until a day of the period's last month comes."""
    return hit.part == {"kind": "annual", "on": "31/12", "qualifier": "by"} and any(
        n.id == "deadline.annual-day" for n in hit.notes)


def with_period_day(period: Hit, day: Hit) -> Hit:
    number = day.part["day_of_last_month"]
    if period.part["kind"] == "annual":
        part: Part = {"kind": "annual", "on": f"{number}/12", "qualifier": "by"}
        notes = tuple(n for n in period.notes if n.id != "deadline.annual-day")
    else:
        part = {"kind": period.part["kind"], "day_of_last_month": number}
        notes = without_period_end(period.notes)
    return replace(period, part=part, notes=notes + day.notes)


def mergeable(first: Hit, second: Hit) -> bool:
    kind = first.part["kind"]
    if kind != second.part["kind"]:
        return False
    if kind in ("quarterly", "semiannual", "monthly"):
        return is_plain_period(first) or is_plain_period(second)
    return kind == "ongoing" or first.rank == second.rank == WEAK


def is_plain_period(hit: Hit) -> bool:
    """"hằng quý" alone, which "trước ngày 20 của tháng cuối quý" only makes precise."""
    return hit.part == {"kind": hit.part["kind"], "days_after_end": 0}


def merge_pair(first: Hit, second: Hit) -> Hit:
    part = dict(second.part if is_plain_period(first) else first.part)
    bases = [b for b in (first.part.get("basis"), second.part.get("basis")) if b]
    if bases:
        part["basis"] = "; ".join(dict.fromkeys(bases))
    return replace(
        first,
        start=min(first.start, second.start),
        end=max(first.end, second.end),
        part=part,
        notes=merged_notes(first, second),
        citation=first.citation and second.citation,
    )



def merged_notes(first: Hit, second: Hit) -> tuple[Msg, ...]:
    """Both hits' notes, but "due on the period's last day" only while no day is
    known: "hằng quý" beside "trước ngày 20 của tháng cuối quý" gives its day."""
    plain = is_plain_period(first), is_plain_period(second)
    if plain == (True, True):
        return first.notes + without_period_end(second.notes)
    if plain == (True, False):
        return without_period_end(first.notes) + second.notes
    if plain == (False, True):
        return first.notes + without_period_end(second.notes)
    return first.notes + second.notes


def without_period_end(notes: tuple[Msg, ...]) -> tuple[Msg, ...]:
    return tuple(n for n in notes if n.id != "deadline.period-end")
