"""The draft's settings, signer and report: what the document says (`body`),
else what the repository's plan already has (the `cchc new` template, or the
plan an earlier import made), else the defaults. Every value taken either way
gets a review note; a report proposal citing a task the new plan lacks is
pointed at the plan's first milestone or loses its task, with a note.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from cchc_plan.core.dates import vn_date
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.features.plan_io.reader.body import BodyGuess
from cchc_plan.features.plan_io.reader.document import unit_of
from cchc_plan.load.models import Plan

QUIET_SETTINGS = ("holidays", "roll_to_working_day", "before_inclusive")
"""Settings taken over from the repository's plan with one note for all."""


GUESSED_DOCUMENT = {"import.guess-issuer": ("issuer", "issuer_short"),
                    "import.guess-place": ("place",), "import.guess-title": ("title",)}
"""Fields the document did not give (the note that says so): the repository's
plan's values are better than a placeholder."""


def settle(data: dict[str, Any], body: BodyGuess, existing: Plan | None,
           known: set[str], lang: Lang, guessed: Sequence[Msg] = ()) -> None:
    """Fill `data` (the draft plan) in place; `guessed`: the notes of what the
    document's first lines did not give."""
    notes: list[Msg] = list(body.notes)
    kept = existing.model_dump(mode="json", exclude_none=True) if existing else {}
    settings, document = data["settings"], data["document"]
    old_settings = kept.get("settings", {})
    old_document = kept.get("document", {})
    for note in guessed:
        fields = GUESSED_DOCUMENT.get(note.id, ())
        if fields and all(old_document.get(f) for f in fields):
            document.update({f: old_document[f] for f in fields})
            data["review"] = [r for r in data["review"] if r != note.text(lang)]
            notes.append(msg("import.kept", field=", ".join(f"document.{f}" for f in fields)))
    take(settings, "horizon", body.horizon.isoformat() if body.horizon else None,
         old_settings.get("horizon"), notes)
    if settings.get("horizon") and settings["horizon"] < settings["start"]:
        notes.append(msg("import.horizon-dropped", date=quoted(settings.pop("horizon"))))
    old_coordinator = old_settings.get("coordinator")
    take(settings, "coordinator", body.coordinator,
         old_coordinator if old_coordinator in known else None, notes)
    if settings.get("coordinator") is None:
        notes.append(msg("import.no-coordinator"))
    same_level = unit_of(old_document.get("issuer_short", "")) == \
        unit_of(document.get("issuer_short", ""))
    old_recipient = old_settings.get("recipient") if same_level else None
    take(settings, "recipient", old_recipient or body.recipient, None, notes, quiet=True)
    quiet = [name for name in QUIET_SETTINGS if name in old_settings]
    for name in quiet:
        settings[name] = old_settings[name]
    if quiet:
        notes.append(msg("import.kept-settings", names=", ".join(quiet)))
    old_signer = old_document.get("signer")
    take(document, "signer", body.signer, old_signer if old_signer and old_signer.get("name")
         else None, notes)
    for name in ("province", "basis"):
        if old_document.get(name) and not document.get(name):
            document[name] = old_document[name]
            notes.append(msg("import.kept", field=f"document.{name}"))
    data["milestones"] = body.milestones
    if kept.get("report"):
        old_titles = {t["id"]: t["title"] for t in [*kept.get("milestones", []),
                                                     *kept.get("tasks", [])]}
        data["report"] = kept_report(kept["report"], data, old_titles, notes)
    data["review"] = [*data["review"], *dict.fromkeys(n.text(lang) for n in notes)]


def take(target: dict[str, Any], name: str, found: Any, old: Any, notes: list[Msg],
         quiet: bool = False) -> None:
    """`found` (noted by whoever found it), else `old` (noted here)."""
    if found is not None:
        target[name] = found
    elif old is not None:
        target[name] = old
        if not quiet:
            shown = vn_date(date.fromisoformat(old)) if name == "horizon" else old
            notes.append(msg("import.kept", field=f"{name}: {shown}"))


def kept_report(report: dict[str, Any], data: dict[str, Any], old_titles: dict[str, str],
                notes: list[Msg]) -> dict[str, Any]:
    """The repository's report settings, their proposals' tasks checked against
    the new plan: a task id the new plan gives to another task (the template's
    IV.1 is not the new plan's IV.1) counts as gone."""
    ids = {t["id"] for t in [*data["milestones"], *data["tasks"]]
           if old_titles.get(t["id"]) in (None, t["title"])}
    first = data["milestones"][0]["id"] if data["milestones"] else None
    proposals = []
    for proposal in report.get("proposals", []):
        task = proposal.get("task")
        if task not in ids and (task is not None or proposal.get("agencies") == "missed"):
            if first is not None:
                proposal = {**proposal, "task": first}
                notes.append(msg("import.proposal-task", old=quoted(task), new=first))
            elif proposal.get("agencies") == "missed":  # needs a task: nothing to say
                notes.append(msg("import.proposal-dropped", old=quoted(task or "—")))
                continue
            else:
                proposal = {k: v for k, v in proposal.items() if k != "task"}
                notes.append(msg("import.proposal-task-dropped", old=quoted(task)))
        proposals.append(proposal)
    notes.append(msg("import.kept", field="report"))
    return {**report, "proposals": proposals}
