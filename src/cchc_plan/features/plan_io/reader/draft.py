"""Rows of an appendix turned into a draft plan: every cell read, every guess
noted.

Each task keeps its cells as written (`lead_text`, `coordinating_text`,
`deadline_text`) next to what was made of them; `review:` lists what a person
must check (an agency the registry lacks, a deadline read with a guess, a
number inferred). Agencies the registry does not know are kept under a
proposed id and listed with the rows that use them and a proposed registry
entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import Msg, msg, quoted, text
from cchc_plan.features.plan_io.reader.agencies import AgencyMatcher
from cchc_plan.features.plan_io.reader.cells import outputs_of
from cchc_plan.features.plan_io.reader.deadline_text import parse_deadline
from cchc_plan.features.plan_io.reader.document import DocumentGuess
from cchc_plan.features.plan_io.reader.rows import ItemDraft, Structure

TITLE_LENGTH = 120
_TITLE_CUT = re.compile(r"[.;:](?=\s|$)|\n")  # not inside "ISO 9001:2015", "1.5"
_LEAD_BULLET = re.compile(r"^\s*(?:[-–—•+*]\s*|\d+(?:\.\d+)+\s+)")


@dataclass
class UnknownName:
    """An agency the registry lacks: the rows that name it and a proposed entry."""

    name: str
    proposal: dict[str, str]
    rows: list[str] = field(default_factory=list)
    close: tuple[str, ...] = ()


@dataclass
class Drafting:
    """What the tasks of one import share: the registry, the plan's year, the
    language of the notes, and what was found on the way."""

    matcher: AgencyMatcher
    year: int | None
    lang: Lang
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    unknown: dict[str, UnknownName] = field(default_factory=dict)

    def notes(self, notes: list[Msg]) -> list[str]:
        return list(dict.fromkeys(note.text(self.lang) for note in notes))

    def task(self, item: ItemDraft) -> dict[str, Any]:
        """One task as plan data, from its cells."""
        cells, notes = item.cells, list(item.notes)
        body = cells.get("task", "")
        data: dict[str, Any] = {"id": item.id, "section": item.section, "parent": item.parent,
                                "title": title_of(body) or text("import.untitled", self.lang,
                                                                id=item.id),
                                "text": body, "outputs": outputs_of(cells.get("outputs", ""))}
        data.update(self.agencies(item, notes))
        data.update(self.deadline(item, data["lead"], notes))
        note = cells.get("note", "")
        data["note"] = note or None
        data["review"] = self.notes(notes)
        return data

    def agencies(self, item: ItemDraft, notes: list[Msg]) -> dict[str, Any]:
        lead_text = item.cells.get("lead", "")
        coordinating_text = item.cells.get("coordinating", "")
        if item.heading:
            return {"lead": [], "lead_text": lead_text, "coordinating": [],
                    "coordinating_text": coordinating_text}
        lead = self.resolve(lead_text, item.id, notes)
        coordinating = [i for i in self.resolve(coordinating_text, item.id, notes)
                        if i not in lead]
        if not lead:
            notes.append(msg("import.no-lead", text=quoted(lead_text)))
        return {"lead": lead, "lead_text": lead_text, "coordinating": coordinating,
                "coordinating_text": coordinating_text}

    def resolve(self, cell: str, task: str, notes: list[Msg]) -> list[str]:
        """The ids a cell names; unknown names under their proposed ids."""
        ids: list[str] = []
        for mention in self.matcher.mentions(cell):
            if mention.group:
                notes.append(msg("import.group-unknown", name=quoted(mention.text)))
                continue
            if mention.recipient or mention.aside:
                notes.append(msg("import.agency-recipient" if mention.recipient
                                 else "import.agency-aside", name=quoted(mention.text)))
                continue
            ident = mention.ident
            if ident is None and mention.proposal is not None:
                ident = mention.proposal["id"]
                known = self.unknown.setdefault(
                    ident, UnknownName(mention.text, mention.proposal, close=mention.close))
                if task not in known.rows:
                    known.rows.append(task)
                notes.append(msg("import.agency-unknown", name=quoted(mention.text), id=ident))
            if ident and ident not in ids:
                ids.append(ident)
        return ids

    def deadline(self, item: ItemDraft, lead: list[str], notes: list[Msg]) -> dict[str, Any]:
        cell = item.cells.get("deadline", "")
        if item.heading:
            return {"deadline_text": cell, "deadline": []}
        result = parse_deadline(cell, plan_year=self.year)
        notes.extend(result.review)
        for event in result.events:
            self.events.setdefault(event["id"], {**event, "dates": [], "recorded_by": lead})
        parts = [self.holders_of(self.level_of(part, notes), notes) for part in result.parts]
        return {"deadline_text": cell, "deadline": parts}

    def holders_of(self, part: dict[str, Any], notes: list[Msg]) -> dict[str, Any]:
        """A part for one level ("cấp xã trước ngày 15/01") is delivered by every
        agency the task names at that level, whatever its role: `holders: all`."""
        if part.get("level") is None or "holders" in part:
            return part
        notes.append(msg("import.holders-level", level=quoted(part["level"])))
        return {**part, "holders": "all"}

    def level_of(self, part: dict[str, Any], notes: list[Msg]) -> dict[str, Any]:
        """A part's level ("huyen", "xa" as the cell words it) in the registry's
        own spelling; left out, with a note, when the registry has no such level."""
        word = part.get("level")
        if word is None or not self.matcher.levels:
            return part
        level = self.matcher.level(word)
        if level is None:
            notes.append(msg("import.level-unknown", level=quoted(word)))
            return {k: v for k, v in part.items() if k != "level"}
        return {**part, "level": level}


def title_of(body: str) -> str:
    """A short title: the task's first sentence, bullets dropped, cut at a word."""
    first = _LEAD_BULLET.sub("", _TITLE_CUT.split(body.strip(), maxsplit=1)[0]).strip()
    if len(first) <= TITLE_LENGTH:
        return first
    return first[:TITLE_LENGTH].rsplit(" ", 1)[0].rstrip(" ,;-") + "…"


def plan_data(structure: Structure, guess: DocumentGuess, drafting: Drafting,
              extra_columns: list[str]) -> dict[str, Any]:
    """The whole draft plan as data (not yet validated)."""
    notes = [*guess.notes, *structure.notes]
    notes += [msg("import.extra-column", header=quoted(h)) for h in extra_columns]
    tasks = [drafting.task(item) for item in structure.items]
    start = guess.start or date(int(guess.info["year"]), 1, 1)
    return {
        "schema_version": 1,
        "review": drafting.notes(notes),
        "document": guess.info,
        "settings": {"start": start.isoformat()},
        "events": list(drafting.events.values()),
        "sections": [{"id": s.id, "title": s.title} for s in structure.sections],
        "tasks": tasks,
    }
