"""The coordinator's reminder letter (công văn đôn đốc): which agencies to
address, and what each has overdue or due within the window.

Only agencies holding an overdue obligation, or one due within the window,
are addressed; an agency with nothing late is never named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from cchc_plan.engine.obligations import Obligation, StatusResult
from cchc_plan.engine.workdays import WorkCalendar
from cchc_plan.load.models import Agency, Plan, ReminderSettings, Signer
from cchc_plan.views.groups import NameEntry, collapse
from cchc_plan.views.reports import coordinator


@dataclass
class Addressee:
    agency: Agency
    overdue: list[Obligation]
    """Most overdue first."""
    due_soon: list[Obligation]
    """Soonest first."""

    @property
    def items(self) -> list[Obligation]:
        return [*self.overdue, *self.due_soon]


@dataclass
class ReminderLetter:
    plan: Plan
    as_of: date
    due_soon_days: int
    reply_by: date
    """The day agencies are asked to report back by: `reminder.reply_days`
    after the letter, moved to the next working day when it is a day off."""
    coordinator: Agency | None
    addressees: list[Addressee]
    settings: ReminderSettings
    signer: Signer | None
    salutation: list[NameEntry]
    """The addressees as "Kính gửi" names them: a whole group (every member
    addressed) by the group's name, never a group less some members."""

    @property
    def overdue_count(self) -> int:
        return sum(len(a.overdue) for a in self.addressees)

    @property
    def due_soon_count(self) -> int:
        return sum(len(a.due_soon) for a in self.addressees)


def needs_reminder(ob: Obligation) -> bool:
    return ob.status == "overdue" or (ob.status == "pending" and ob.due_soon)


def reminder_letter(result: StatusResult) -> ReminderLetter:
    plan = result.plan
    settings = plan.report.reminder
    late: dict[str, list[Obligation]] = {}
    for ob in sorted(result.obligations, key=lambda o: o.urgency):
        if needs_reminder(ob):
            late.setdefault(ob.agency, []).append(ob)
    addressees = [Addressee(agency,
                            [o for o in late[ident] if o.status == "overdue"],
                            [o for o in late[ident] if o.status != "overdue"])
                  for ident, agency in result.directory.agencies.items() if ident in late]
    calendar = WorkCalendar(plan.settings.holidays)
    reply_by = calendar.roll_forward(result.as_of + timedelta(days=settings.reply_days))
    return ReminderLetter(plan, result.as_of, result.due_soon_days, reply_by,
                          coordinator(result), addressees, settings,
                          settings.signer or plan.document.signer,
                          collapse(result.directory, list(late), max_excluded=0))
