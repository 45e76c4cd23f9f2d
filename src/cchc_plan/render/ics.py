"""iCalendar (RFC 5545) bytes of a calendar view (`views.calendar`).

Deadlines are DATE values (DTSTART;VALUE=DATE and DTEND the next day), so no
time zone can move them.

- UID: `cchc_<task>_<agency>_<part>_<period>@<plan>`, period `once` for one-off
  parts and `yearly` for a series; `_` never occurs in ids, so UIDs are unique.
  `<plan>` is built from the plan's number, year and issuer.
- DTSTAMP and LAST-MODIFIED are the as-of date (midnight UTC), SEQUENCE the days
  from the plan's start to it: the same input gives the same bytes, and a later
  export supersedes an earlier one in clients that compare them.
- Open obligations get two reminders (VALARM DISPLAY, 7 days and 1 day before);
  done ones get none.

The file is written here directly (RFC 5545: TEXT values escaped, lines folded at
75 octets without splitting a character, CRLF): it is small and of one fixed
shape, and serialising it with the icalendar package took more than half of
`cchc calendar`. The tests parse every file back with icalendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from cchc_plan.core.dates import vn_date
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.core.text import slug
from cchc_plan.core.version import __version__
from cchc_plan.engine.obligations import Obligation
from cchc_plan.load.directory import Directory
from cchc_plan.load.models import Plan
from cchc_plan.render import safe
from cchc_plan.views.calendar import CalendarView, Entry

TIMEZONE = "Asia/Ho_Chi_Minh"
PREFIX = "CCHC"
REMINDER_DAYS = (7, 1)


@dataclass(frozen=True)
class Context:
    """What every event needs besides its obligations."""

    plan: Plan
    directory: Directory
    agency: str | None
    as_of: date
    domain: str
    lang: Lang

    @property
    def stamp(self) -> datetime:
        return datetime(self.as_of.year, self.as_of.month, self.as_of.day, tzinfo=UTC)

    @property
    def sequence(self) -> int:
        return max((self.as_of - self.plan.settings.start).days, 0)

    def say(self, message_id: str, **params: object) -> str:
        return text(message_id, self.lang, **params)


def render(view: CalendarView, lang: Lang) -> bytes:
    result = view.result
    ctx = Context(result.plan, result.directory, view.agency, result.as_of,
                  uid_domain(result.plan, lang), lang)
    lines = calendar_lines(ctx)
    for entry in view.entries:
        lines += event_lines(entry, ctx)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")


# --- RFC 5545 -----------------------------------------------------------------------


def escape(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newline escaped (3.3.11)."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str, limit: int = 75) -> str:
    """A content line folded into lines of at most 75 octets (3.1), each
    continuation starting with a space, never splitting a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= limit:
        return line
    pieces, start, room = [], 0, limit
    while start < len(data):
        end = min(start + room, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # inside a character
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, room = end, limit - 1  # the leading space of a continuation counts
    return "\r\n ".join(pieces)


def ical_date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def ical_stamp(moment: datetime) -> str:
    return f"{ical_date(moment.date())}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}Z"


def uid_domain(plan: Plan, lang: Lang) -> str:
    """`34-kh-ubnd-2020.ubnd-huyen-krong-pa`: the plan's number, year and issuer."""
    doc = plan.document
    number = slug(doc.number or "") or slug(text("label.plan", lang))
    return f"{number}-{doc.year}.{slug(doc.issuer_short)}"


def event_uid(entry: Entry, ctx: Context) -> str:
    ob = entry.first
    return "_".join(("cchc", ob.task.id, ob.agency, ob.part_key, entry.period)) + f"@{ctx.domain}"


def calendar_name(plan: Plan, directory: Directory, agency: str | None) -> str:
    """"CCHC – Phòng Nội vụ"; for all agencies, the plan's issuer."""
    who = directory.name(agency) if agency else plan.document.issuer_short
    return f"{PREFIX} – {who}"


def calendar_filename(agency: str | None) -> str:
    return f"cchc-{agency or 'tat-ca'}.ics"


def calendar_lines(ctx: Context) -> list[str]:
    doc = ctx.plan.document
    name = escape(safe.terminal(calendar_name(ctx.plan, ctx.directory, ctx.agency)))
    number = f" {doc.number}" if doc.number else ""
    description = (f"{ctx.say('label.plan')}{number} – {doc.issuer_short}. "
                   f"{ctx.say('label.as-of')}: {vn_date(ctx.as_of)}")
    return ["BEGIN:VCALENDAR", "VERSION:2.0",
            f"PRODID:-//cchc-plan//cchc {__version__}//{ctx.lang.upper()}",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{name}", f"NAME:{name}",
            f"X-WR-TIMEZONE:{TIMEZONE}", f"X-WR-CALDESC:{escape(safe.terminal(description))}"]


def event_lines(entry: Entry, ctx: Context) -> list[str]:
    summary = escape(safe.terminal(event_summary(entry.first, ctx)))
    stamp = ical_stamp(ctx.stamp)
    lines = ["BEGIN:VEVENT", f"UID:{event_uid(entry, ctx)}", f"DTSTAMP:{stamp}",
             f"LAST-MODIFIED:{stamp}", f"SEQUENCE:{ctx.sequence}",
             f"DTSTART;VALUE=DATE:{ical_date(entry.start)}",
             f"DTEND;VALUE=DATE:{ical_date(entry.start + timedelta(days=1))}"]
    if entry.until:
        lines.append(f"RRULE:FREQ=YEARLY;UNTIL={ical_date(entry.until)}")
    description = escape(safe.terminal(event_description(entry, ctx)))
    lines += [f"SUMMARY:{summary}", f"DESCRIPTION:{description}",
              f"CATEGORIES:{PREFIX}", "TRANSP:TRANSPARENT"]
    if not entry.done:
        for days in REMINDER_DAYS:
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"TRIGGER:-P{days}D",
                      f"DESCRIPTION:{summary}", "END:VALARM"]
    lines.append("END:VEVENT")
    return lines


# --- texts ------------------------------------------------------------------------


def event_summary(ob: Obligation, ctx: Context) -> str:
    summary = f"[{PREFIX} {ob.task.id}] {ob.task.title}"
    return summary if ctx.agency else f"{summary} – {ctx.directory.name(ob.agency)}"


def event_description(entry: Entry, ctx: Context) -> str:
    ob, task, say = entry.first, entry.first.task, ctx.say
    lines = [f"{say('label.task')} {task.id}: {task.text or task.title}"]
    if task.outputs:
        lines += [f"{say('label.outputs')}:", *(f"- {o}" for o in task.outputs)]
    lines.append(f"{say('label.agency')}: {ctx.directory.name(ob.agency)} "
                 f"({say('role.' + ob.role)})")
    lines.append(f"{say('label.lead')}: {_names(task.lead, ctx.directory)}")
    if task.coordinating:
        lines.append(f"{say('label.coordinating')}: {_names(task.coordinating, ctx.directory)}")
    if task.deadline_text:
        lines.append(f"{say('label.deadline')}: {task.deadline_text}")
    lines.append(f"{say('label.title')}: {ob.part.label or ob.part_key}")
    lines += _when_lines(entry, ctx)
    lines.append(f"{say('label.status')} ({say('label.as-of').lower()} {vn_date(ctx.as_of)}):")
    lines += [f"- {_status_text(o, ctx)}" for o in entry.rows]
    lines.append(_plan_line(ctx))
    return "\n".join(lines)


def _when_lines(entry: Entry, ctx: Context) -> list[str]:
    periods = [o.period for o in entry.rows if o.period]
    lines = [f"{ctx.say('label.period')}: {', '.join(periods)}"] if periods else []
    if entry.until:
        day = f"{entry.start.day:02d}/{entry.start.month:02d}"
        return [*lines, f"{ctx.say('label.due')}: {ctx.say('label.yearly-on', day=day)}"]
    return [*lines, f"{ctx.say('label.due')}: {vn_date(entry.start)}"]


def _status_text(ob: Obligation, ctx: Context) -> str:
    label = ctx.say("status." + ob.status)
    if ob.completed:
        label += f" ({vn_date(ob.completed)})"
    return f"{ob.period}: {label}" if ob.period else label


def _names(refs: list[str], directory: Directory) -> str:
    return ", ".join(directory.name(_resolved(ref, directory)) for ref in refs)


def _resolved(ref: str, directory: Directory) -> str:
    try:
        return directory.resolve(ref)
    except LookupError:
        return ref


def _plan_line(ctx: Context) -> str:
    doc = ctx.plan.document
    number = f" {doc.number}" if doc.number else ""
    return f"{ctx.say('label.plan')}{number} – {doc.issuer_short}: {doc.title}"
