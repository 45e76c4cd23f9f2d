"""What the document says about itself: issuer, number, place and date, title.

Read from the lines before the appendix (the masthead table, "KẾ HOẠCH" and
the title under it) with the wording of Nghị định 30/2020/NĐ-CP that every
administrative document follows. What cannot be found is filled in with a
placeholder and a review note, so that the draft still loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import Msg, msg, quoted, text
from cchc_plan.core.text import fold
from cchc_plan.features.plan_io.reader.grid import cell_paragraphs, paragraph_text
from cchc_plan.features.plan_io.reader.package import W_NS, Package, docx_body

_NUMBER = re.compile(r"^\s*S[ốo]\s*[:.]?\s*([0-9]+\s*/\s*[0-9A-ZĐa-zđ/ -]+?)\s*$", re.I)
_DATED = re.compile(r"^\s*(?P<place>[^,\d]{2,60}),\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
                    r"\s+năm\s+(?P<y>\d{4})", re.I)
_UNDATED = re.compile(r"^\s*(?P<place>[^,\d]{2,60}),\s*ngày\b.*?năm\s+(?P<y>\d{4})", re.I)
_ISSUER = re.compile(r"^(ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN$", re.I)
_UNIT = re.compile(r"^(HUYỆN|THỊ XÃ|THÀNH PHỐ|QUẬN|TỈNH|XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$", re.I)
_KIND = re.compile(r"^KẾ\s+HOẠCH$", re.I)
_ANNEX = re.compile(r"kèm theo Kế hoạch số\s+(?P<number>[0-9]+/[\w-]+)(?:\s+ngày\s+(?P<d>\d{1,2})"
                    r"/(?P<m>\d{1,2})/(?P<y>\d{4})|\s+năm\s+\d{4})?\s+của\s+"
                    r"(?P<issuer>UBND\s+[^)]+)", re.I)
_APPENDIX = re.compile(r"^PHỤ\s+LỤC\b", re.I)
_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.I)
TITLE_WORDS = 60  # lines under "KẾ HOẠCH" joined into the title, at most this many words


@dataclass
class DocumentGuess:
    """The document's fields as the plan model has them, and what was guessed."""

    info: dict[str, Any] = field(default_factory=dict)
    start: date | None = None
    notes: list[Msg] = field(default_factory=list)

    @property
    def found_issuer(self) -> bool:
        return all(note.id != "import.guess-issuer" for note in self.notes)

    def unit(self, fallback: str | None = None) -> str:
        """The issuer's level word: "thành phố" of "UBND thành phố Pleiku"; when
        the document has no masthead, that of `fallback` (the issuer the
        repository's plan names), else "huyện"."""
        issuer = self.info.get("issuer_short", "") if self.found_issuer else fallback or ""
        return unit_of(str(issuer)) or "huyện"

    @property
    def year(self) -> int | None:
        value = self.info.get("year")
        return value if isinstance(value, int) else None


def preamble_lines(package: Package) -> list[str]:
    """The paragraphs of a .docx before its first table with many rows (the
    appendix), the masthead table's cells included; [] for a workbook."""
    if package.kind != "docx":
        return []
    lines: list[str] = []
    for child in docx_body(package):
        tag = str(child.tag)
        if tag == f"{{{W_NS}}}p":
            lines.extend(paragraph_text(child).split("\n"))
        elif tag == f"{{{W_NS}}}tbl":
            if len(child.findall(f"{{{W_NS}}}tr")) > 4:
                break
            for paragraph in cell_paragraphs(child):
                lines.extend(paragraph_text(paragraph).split("\n"))
    return [" ".join(line.split()) for line in lines if line.strip()]


def read_document(lines: list[str], year: int | None, lang: Lang) -> DocumentGuess:
    """The document's fields from its first lines; `year` (given by the person
    importing) wins over what the document says."""
    guess = DocumentGuess()
    info = guess.info
    annex = next(matches(_ANNEX, lines), None)
    issuer = find_issuer(lines) or (issuer_of(annex.group("issuer")) if annex else None)
    info["number"] = next((m.group(1).replace(" ", "") for m in matches(_NUMBER, lines)),
                          annex.group("number") if annex else None)
    dated = next(matches(_DATED, lines), None) or next(matches(_UNDATED, lines), None)
    title = find_title(lines) or appendix_title(lines)
    if dated is None and annex is not None and annex.group("d"):
        guess.start = safe_date(int(annex.group("y")), int(annex.group("m")),
                                int(annex.group("d")))
        info["date"] = guess.start.isoformat() if guess.start else None
    if dated is not None:
        info["place"] = dated.group("place").strip()
        if "d" in dated.groupdict() and dated.group("d"):
            guess.start = safe_date(int(dated.group("y")), int(dated.group("m")),
                                    int(dated.group("d")))
            info["date"] = guess.start.isoformat() if guess.start else None
        info["date_text"] = dated.group(0).strip()
    found_year = (guess.start.year if guess.start else int(dated.group("y")) if dated
                  else next((int(m.group(1)) for m in matches(_YEAR, [title or "", *lines])),
                            None))
    info["year"] = year or found_year
    if info["year"] is None:
        info["year"] = date.today().year
        guess.notes.append(msg("import.guess-year", year=info["year"]))
    if issuer:
        info["issuer"], info["issuer_short"] = issuer
    else:
        info["issuer"] = info["issuer_short"] = text("import.placeholder", lang)
        guess.notes.append(msg("import.guess-issuer"))
    if not info.get("place"):
        info["place"] = place_of(issuer[1]) if issuer else text("import.placeholder", lang)
        guess.notes.append(msg("import.guess-place", place=quoted(info["place"])))
    info["title"] = title or text("import.placeholder", lang)
    if not title:
        guess.notes.append(msg("import.guess-title"))
    if guess.start is None:
        guess.notes.append(msg("import.guess-start", year=info["year"]))
    return guess


def matches(pattern: re.Pattern[str], lines: list[str]) -> Iterator[re.Match[str]]:
    return (m for line in lines if (m := pattern.search(line)))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_issuer(lines: list[str]) -> tuple[str, str] | None:
    """("Ủy ban nhân dân huyện Krông Pa", "UBND huyện Krông Pa") from the masthead's
    "ỦY BAN NHÂN DÂN" / "HUYỆN KRÔNG PA" lines."""
    for index, line in enumerate(lines[:-1]):
        unit = _UNIT.match(lines[index + 1])
        if _ISSUER.match(line) and unit:
            place = f"{unit.group(1).lower()} {title_case(unit.group(2))}"
            return f"Ủy ban nhân dân {place}", f"UBND {place}"
    return None


def unit_of(issuer_short: str) -> str | None:
    """"thành phố" of "UBND thành phố Pleiku"."""
    unit = _UNIT.match(" ".join(issuer_short.split()[1:]))
    return unit.group(1).lower() if unit else None


def place_of(issuer_short: str) -> str:
    """"Krông Pa" of "UBND huyện Krông Pa"."""
    unit = _UNIT.match(" ".join(issuer_short.split()[1:]))
    return unit.group(2).strip() if unit else issuer_short


def issuer_of(short: str) -> tuple[str, str] | None:
    """("Ủy ban nhân dân huyện Krông Pa", "UBND huyện Krông Pa") from the latter."""
    unit = _UNIT.match(" ".join(short.split()[1:]))
    if unit is None:
        return None
    place = f"{unit.group(1).lower()} {unit.group(2).strip()}"
    return f"Ủy ban nhân dân {place}", f"UBND {place}"


def appendix_title(lines: list[str]) -> str | None:
    """The plan's title on the line under "PHỤ LỤC", when it names the plan."""
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        if _APPENDIX.match(line) and fold(following).startswith("ke hoach "):
            return following if not following.isupper() else \
                following[:1] + following[1:].lower()
    return None


def title_case(name: str) -> str:
    """"KRÔNG PA" -> "Krông Pa" (proper names of places)."""
    return " ".join(word[:1].upper() + word[1:].lower() for word in name.split())


def find_title(lines: list[str]) -> str | None:
    """The lines under "KẾ HOẠCH" up to the first blank or framing line, as
    "Kế hoạch <subject>"."""
    for index, line in enumerate(lines):
        if not _KIND.match(line):
            continue
        words: list[str] = []
        for following in lines[index + 1:]:
            folded = fold(following)
            if (not folded or folded.startswith(("can cu", "thuc hien", "i ", "phu luc"))
                    or following.startswith(("-", "(", "*")) or len(words) > TITLE_WORDS):
                break
            words.extend(following.split())
        if words:
            subject = " ".join(words)
            return f"Kế hoạch {subject[:1].lower()}{subject[1:]}"
    return None
