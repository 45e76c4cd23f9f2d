"""`cchc calendar`: deadlines as an iCalendar (RFC 5545) file.

One all-day event per dated obligation, from the plan's start through the
horizon (default: 31 December of the year after the as-of date). Deadlines are
DATE values (DTSTART;VALUE=DATE and DTEND the next day), so no time zone can
move them.

- Annual parts: the open (not done) periods of one (task, agency, part) become
  one event with RRULE:FREQ=YEARLY;UNTIL=<horizon> when there are at least two,
  in consecutive years, on the same day and month, and the part does not roll
  to working days. Otherwise each period is its own event.
- Quarterly parts, relative parts of yearly events and done obligations
  (`include_done`) are always one event per period: quarter ends are not one
  day-of-month pattern that every client (Outlook in particular) imports well.
- UID: `cchc_<task>_<agency>_<part>_<period>@<plan>`, period `once` for one-off
  parts and `yearly` for a series; `_` never occurs in ids, so UIDs are unique.
  `<plan>` is built from the plan's number, year and issuer.
- DTSTAMP and LAST-MODIFIED are the as-of date (midnight UTC), SEQUENCE the days
  from the plan's start to it: the same input gives the same bytes, and a later
  export supersedes an earlier one in clients that compare them.
- Open obligations get two reminders (VALARM DISPLAY, 7 days and 1 day before);
  done ones get none. Ongoing and awaiting obligations have no date: they are
  left out and counted.

icalendar is imported inside the functions that write, so `cchc validate` does
not load it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from cchc_plan import __version__
from cchc_plan.core.dates import natural_key, vn_date
from cchc_plan.core.i18n import role_label, status_label, word
from cchc_plan.core.text import slug
from cchc_plan.engine.obligations import DONE, Obligation, compute_status
from cchc_plan.load.directory import Directory
from cchc_plan.load.models import AnnualPart, Plan, Settings
from cchc_plan.load.reader import Project

if TYPE_CHECKING:
    from icalendar import Alarm, Calendar, Event

TIMEZONE = "Asia/Ho_Chi_Minh"
PREFIX = "CCHC"
REMINDER_DAYS = (7, 1)
ONCE = "once"
SERIES = "yearly"
OUTPUTS = "Sản phẩm"
YEARLY_ON = "hằng năm, ngày {day}"
PLAN = "Kế hoạch"


# --- which events ---------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One VEVENT: one obligation, or a yearly series of them (`until` set)."""

    rows: tuple[Obligation, ...]
    until: date | None = None

    @property
    def first(self) -> Obligation:
        return self.rows[0]

    @property
    def start(self) -> date:
        assert self.first.due is not None
        return self.first.due

    @property
    def done(self) -> bool:
        return self.first.status in DONE

    @property
    def period(self) -> str:
        return SERIES if self.until else self.first.period or ONCE


def default_horizon(as_of: date) -> date:
    """31 December of the year after the as-of date."""
    return date(as_of.year + 1, 12, 31)


def calendar_rows(
    obligations: Iterable[Obligation], agency: str | None, horizon: date, include_done: bool
) -> tuple[list[Obligation], int]:
    """The obligations to show, and how many were left out for having no date."""
    mine = [o for o in obligations if agency is None or o.agency == agency]
    shown = [
        o
        for o in mine
        if o.due is not None and o.due <= horizon and (include_done or o.status not in DONE)
    ]
    return shown, sum(o.due is None for o in mine)


def plan_entries(rows: list[Obligation], horizon: date, settings: Settings) -> list[Entry]:
    """Group the rows into events: yearly series where they allow it, else one per row."""
    groups: dict[tuple[str, str, str], list[Obligation]] = {}
    for ob in rows:
        groups.setdefault((ob.task.id, ob.agency, ob.part_key), []).append(ob)
    entries: list[Entry] = []
    for group in groups.values():
        entries.extend(_group_entries(group, horizon, settings))
    return sorted(entries, key=_entry_order)


def _group_entries(group: list[Obligation], horizon: date, settings: Settings) -> list[Entry]:
    group = sorted(group, key=lambda o: (o.due or date.min, o.period or ""))
    open_rows = [o for o in group if o.status not in DONE]
    until = series_until(open_rows, horizon, settings)
    if until is None:
        return [Entry((o,)) for o in group]
    done = [Entry((o,)) for o in group if o.status in DONE]
    return [*done, Entry(tuple(open_rows), until)]


def series_until(rows: list[Obligation], horizon: date, settings: Settings) -> date | None:
    """UNTIL for one RRULE:FREQ=YEARLY covering exactly these rows, or None."""
    if len(rows) < 2 or not all(_fixed_annual(o, settings) for o in rows):
        return None
    dues = [o.due for o in rows if o.due is not None]
    first = dues[0]
    if any(d.month != first.month or d.day != first.day for d in dues):
        return None
    if [d.year for d in dues] != list(range(first.year, first.year + len(dues))):
        return None
    following = dues[-1].replace(year=dues[-1].year + 1)
    return horizon if following > horizon else dues[-1]  # a plan horizon cut it short


def _fixed_annual(ob: Obligation, settings: Settings) -> bool:
    part = ob.part
    if not isinstance(part, AnnualPart) or ob.due is None:
        return False
    return not (part.roll if part.roll is not None else settings.roll_to_working_day)


def _entry_order(entry: Entry) -> tuple[date, tuple[tuple[int, str], ...], str, str, str]:
    ob = entry.first
    return (entry.start, natural_key(ob.task.id), ob.agency, ob.part_key, entry.period)


# --- the calendar ---------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What every event needs besides its obligations."""

    plan: Plan
    directory: Directory
    agency: str | None
    as_of: date
    domain: str

    @property
    def stamp(self) -> datetime:
        return datetime(self.as_of.year, self.as_of.month, self.as_of.day, tzinfo=UTC)

    @property
    def sequence(self) -> int:
        return max((self.as_of - self.plan.settings.start).days, 0)


def uid_domain(plan: Plan) -> str:
    """`34-kh-ubnd-2020.ubnd-huyen-krong-pa`: the plan's number, year and issuer."""
    doc = plan.document
    number = slug(doc.number or "") or slug(PLAN)
    return f"{number}-{doc.year}.{slug(doc.issuer_short)}"


def event_uid(entry: Entry, ctx: Context) -> str:
    ob = entry.first
    return "_".join(("cchc", ob.task.id, ob.agency, ob.part_key, entry.period)) + f"@{ctx.domain}"


def calendar_name(plan: Plan, directory: Directory, agency: str | None) -> str:
    """"CCHC – Phòng Nội vụ"; for all agencies, the plan's issuer."""
    who = directory.name(agency) if agency else plan.document.issuer_short
    return f"{PREFIX} – {who}"


def default_calendar_name(project: Project, agency: str | None) -> str:
    return f"cchc-{agency or 'tat-ca'}.ics"


def build_calendar(
    project: Project, agency: str | None, as_of: date, horizon: date | None, include_done: bool
) -> tuple[bytes, int]:
    """The .ics bytes and the number of obligations left out for having no date."""
    plan = project.plan.model
    assert plan is not None, "build_calendar needs a plan that loaded"
    until = horizon or default_horizon(as_of)
    result = compute_status(project, as_of, max((until - as_of).days, 0))
    rows, skipped = calendar_rows(result.obligations, agency, until, include_done)
    ctx = Context(plan, project.directory, agency, as_of, uid_domain(plan))
    cal = new_calendar(ctx)
    for entry in plan_entries(rows, until, plan.settings):
        cal.add_component(make_event(entry, ctx))
    return cal.to_ical(), skipped


def new_calendar(ctx: Context) -> Calendar:
    from icalendar import Calendar

    doc = ctx.plan.document
    name = calendar_name(ctx.plan, ctx.directory, ctx.agency)
    cal = Calendar()
    cal.add("prodid", f"-//cchc-plan//cchc {__version__}//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("name", name)
    cal.add("x-wr-timezone", TIMEZONE)
    number = f" {doc.number}" if doc.number else ""
    caldesc = f"{PLAN}{number} – {doc.issuer_short}. {word('as_of')}: {vn_date(ctx.as_of)}"
    cal.add("x-wr-caldesc", caldesc)
    return cal


def make_event(entry: Entry, ctx: Context) -> Event:
    from icalendar import Event

    event = Event()
    summary = event_summary(entry.first, ctx)
    event.add("uid", event_uid(entry, ctx))
    event.add("dtstamp", ctx.stamp)
    event.add("last-modified", ctx.stamp)
    event.add("sequence", ctx.sequence)
    event.add("dtstart", entry.start)
    event.add("dtend", entry.start + timedelta(days=1))
    if entry.until:
        event.add("rrule", {"freq": "yearly", "until": entry.until})
    event.add("summary", summary)
    event.add("description", event_description(entry, ctx))
    event.add("categories", [PREFIX])
    event.add("transp", "TRANSPARENT")
    if not entry.done:
        for days in REMINDER_DAYS:
            event.add_component(reminder(days, summary))
    return event


def reminder(days: int, summary: str) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(days=-days))
    alarm.add("description", summary)
    return alarm


# --- texts (always Vietnamese, like the plan) -------------------------------------


def event_summary(ob: Obligation, ctx: Context) -> str:
    text = f"[{PREFIX} {ob.task.id}] {ob.task.title}"
    return text if ctx.agency else f"{text} – {ctx.directory.name(ob.agency)}"


def event_description(entry: Entry, ctx: Context) -> str:
    ob, task = entry.first, entry.first.task
    lines = [f"{word('task')} {task.id}: {task.text or task.title}"]
    if task.outputs:
        lines += [f"{OUTPUTS}:", *(f"- {o}" for o in task.outputs)]
    lines.append(f"{word('agency')}: {ctx.directory.name(ob.agency)} ({role_label(ob.role)})")
    lines.append(f"{word('lead')}: {_names(task.lead, ctx.directory)}")
    if task.coordinating:
        lines.append(f"{word('coordinating')}: {_names(task.coordinating, ctx.directory)}")
    if task.deadline_text:
        lines.append(f"{word('deadline')}: {task.deadline_text}")
    lines.append(f"{word('title')}: {ob.part.label or ob.part_key}")
    lines += _when_lines(entry)
    lines.append(f"{word('status')} ({word('as_of').lower()} {vn_date(ctx.as_of)}):")
    lines += [f"- {_status_text(o)}" for o in entry.rows]
    lines.append(_plan_line(ctx.plan))
    return "\n".join(lines)


def _when_lines(entry: Entry) -> list[str]:
    periods = [o.period for o in entry.rows if o.period]
    lines = [f"{word('period')}: {', '.join(periods)}"] if periods else []
    if entry.until:
        day = f"{entry.start.day:02d}/{entry.start.month:02d}"
        return [*lines, f"{word('due')}: {YEARLY_ON.format(day=day)}"]
    return [*lines, f"{word('due')}: {vn_date(entry.start)}"]


def _status_text(ob: Obligation) -> str:
    text = status_label(ob.status)
    if ob.completed:
        text += f" ({vn_date(ob.completed)})"
    return f"{ob.period}: {text}" if ob.period else text


def _names(refs: list[str], directory: Directory) -> str:
    return ", ".join(directory.name(_resolved(ref, directory)) for ref in refs)


def _resolved(ref: str, directory: Directory) -> str:
    try:
        return directory.resolve(ref)
    except LookupError:
        return ref


def _plan_line(plan: Plan) -> str:
    doc = plan.document
    number = f" {doc.number}" if doc.number else ""
    return f"{PLAN}{number} – {doc.issuer_short}: {doc.title}"
