"""What the plan's body and signature block say beyond the appendix table:
the horizon (the plan's year or period), who signs, who coordinates ("Giao
Phòng Nội vụ theo dõi, đôn đốc …"), whom agencies report to ("UBND huyện"),
and the body's own report deadlines ("… báo cáo về UBND huyện (qua Phòng Nội
vụ) trước ngày 15/12/2021"), which become milestones.

Every value found is a guess and gets a review note saying where it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.core.text import fold
from cchc_plan.features.plan_io.reader.draft import Drafting, title_of

_PERIOD = re.compile(r"giai\s+đoạn\s+((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})", re.I)
_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.I)
_HEADING = re.compile(r"^([IVX]+)\s*[.:]\s+\S")
_SIGN_FORM = re.compile(r"^(KT|TL|TUQ|Q)\.\s*(.+)$")
_COLLECTIVE = re.compile(r"^TM\.\s*(.+)$")
_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,5}$")
_DUE = re.compile(r"(?:trước|chậm nhất(?:\s+là)?|không quá)\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}"
                  r"(?:\s*[/.-]\s*\d{4})?", re.I)
_REPORT = re.compile(r"\bbáo\s+cáo\b", re.I)
_PERIODIC = re.compile(r"\b(?:định\s+kỳ|hằng|hàng)\s+(?:quý|tháng|năm|\d)|\b6\s+tháng\b", re.I)
COORDINATOR_CUES = ("theo doi", "don doc")
"""A sentence giving an agency the following of the plan: "theo dõi, đôn đốc"."""


@dataclass
class BodyGuess:
    horizon: date | None = None
    signer: dict[str, str] | None = None
    coordinator: str | None = None
    recipient: str | None = None
    milestones: list[dict[str, Any]] = field(default_factory=list)
    notes: list[Msg] = field(default_factory=list)


def read_body(lines: list[str], title: str, unit: str, drafting: Drafting,
              task_ids: set[str]) -> BodyGuess:
    guess = BodyGuess()
    guess.horizon = horizon_of(guess, [title, *lines])
    guess.signer = signer_of(lines)
    if guess.signer:
        guess.notes.append(msg("import.guess-signer", signer=quoted(signature_text(guess.signer))))
    guess.coordinator = coordinator_of(guess, lines, drafting)
    guess.recipient = f"UBND {unit}"
    guess.milestones = milestones_of(guess, lines, drafting, task_ids)
    return guess


def horizon_of(guess: BodyGuess, lines: list[str]) -> date | None:
    """31/12 of the period's last year ("giai đoạn 2021 - 2025") or of the plan's
    year ("năm 2021"): the title first, then the body."""
    for group in (lines[:1], lines[1:]):
        for pattern, year_group in ((_PERIOD, 2), (_YEAR, 1)):
            found = next((m for line in group if (m := pattern.search(line))), None)
            if found is not None:
                end = int(found.group(year_group))
                guess.notes.append(msg("import.guess-horizon", date=f"31/12/{end}",
                                       source=quoted(found.group(0))))
                return date(end, 12, 31)
    return None


def signer_of(lines: list[str]) -> dict[str, str] | None:
    """The signature block: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
    the name; the last such block before the appendix (from its "KT." line when
    it has no "TM." line)."""
    start = last_index(lines, _COLLECTIVE)
    if start is None:
        start = last_index(lines, _SIGN_FORM)
    if start is None:
        return None
    signer: dict[str, str] = {}
    for line in lines[start:start + 6]:
        if collective := _COLLECTIVE.match(line):
            signer["collective"] = sentence_case(collective.group(1))
        elif form := _SIGN_FORM.match(line):
            signer["form"], signer["authority"] = form.group(1), sentence_case(form.group(2))
        elif line.isupper() and "title" not in signer:
            signer["title"] = sentence_case(line)
        elif _NAME.match(line) and not line.isupper():
            signer["name"] = line
            break
    return signer if "title" in signer else None


def last_index(lines: list[str], pattern: re.Pattern[str]) -> int | None:
    return max((i for i, line in enumerate(lines) if pattern.match(line)), default=None)


def sentence_case(text: str) -> str:
    """"PHÓ CHỦ TỊCH" -> "Phó Chủ tịch", "ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân"."""
    lower = text.strip().lower()
    lower = lower[:1].upper() + lower[1:]
    return re.sub(r"\bchủ tịch\b", "Chủ tịch", lower)


def signature_text(signer: dict[str, str]) -> str:
    parts = [f"TM. {signer['collective']}" if signer.get("collective") else "",
             f"{signer['form']}. {signer['authority']}" if signer.get("form") else "",
             signer.get("title", ""), signer.get("name", "")]
    return " / ".join(p for p in parts if p)


def coordinator_of(guess: BodyGuess, lines: list[str], drafting: Drafting) -> str | None:
    """The agency a sentence gives "theo dõi, đôn đốc" of the plan to."""
    for line in lines:
        folded = fold(line)
        if not all(cue in folded for cue in COORDINATOR_CUES):
            continue
        notes: list[Msg] = []
        found = drafting.resolve(line, "", notes)
        agencies = [i for i in found if i in drafting.matcher.ids
                    and i not in drafting.matcher.groups]
        if agencies:
            guess.notes.append(msg("import.guess-coordinator", id=agencies[0],
                                   source=quoted(short(line))))
            return agencies[0]
    return None


def short(line: str, length: int = 90) -> str:
    line = re.sub(r"^\d+\.\s*", "", line)
    return line if len(line) <= length else line[:length].rsplit(" ", 1)[0] + "…"


def milestones_of(guess: BodyGuess, lines: list[str], drafting: Drafting,
                  task_ids: set[str]) -> list[dict[str, Any]]:
    """A milestone for each body sentence where agencies report by a date."""
    from cchc_plan.features.plan_io.reader.deadline_text import parse_deadline

    milestones: list[dict[str, Any]] = []
    section = "TH"
    for line in lines:
        if heading := _HEADING.match(line):
            section = heading.group(1)
            continue
        report = _REPORT.search(line)
        dues = list(_DUE.finditer(line))
        if report is not None and not dues and _PERIODIC.search(line):
            guess.notes.append(msg("import.body-periodic", text=quoted(short(line))))
        if report is None or not dues or dues[0].start() < report.start():
            continue
        notes: list[Msg] = []
        subject = re.sub(r"^\d+\.\s*", "", line[:report.start()]).strip()
        lead = drafting.resolve(subject, "", notes)
        if not lead:
            continue
        parts = []
        for number, due in enumerate(dues, start=1):
            result = parse_deadline(due.group(0), plan_year=drafting.year)
            for part in result.parts:
                key = {"key": f"bao-cao-{number}"} if len(dues) > 1 else {}
                parts.append({**part, **key})
        ident = milestone_id(section, len(milestones) + 1, task_ids)
        text = re.sub(r"^\d+\.\s*", "", line)
        what = line[report.start():dues[0].start()].strip(" ,;")
        milestones.append({
            "id": ident, "title": title_of(what[:1].upper() + what[1:]), "text": text,
            "outputs": [], "lead": lead,
            "lead_text": subject, "coordinating": [],
            "coordinating_text": "", "deadline_text": "; ".join(d.group(0) for d in dues),
            "deadline": parts, "review": [msg("import.guess-milestone", id=ident).text(
                drafting.lang)]})
    if milestones:
        guess.notes.append(msg("import.guess-milestones", n=len(milestones),
                               ids=", ".join(m["id"] for m in milestones)))
    return milestones


def milestone_id(section: str, number: int, taken: set[str]) -> str:
    """"III.2" after the body's heading "III. TỔ CHỨC THỰC HIỆN", unless a task
    of the appendix has that id ("TH.2" then)."""
    ident = f"{section}.{number}"
    return ident if ident not in taken else f"TH.{number}"
