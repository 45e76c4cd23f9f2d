"""`cchc calendar`: deadlines as an iCalendar file (implemented in issue 8)."""

from __future__ import annotations

from datetime import date

from .load import Project


def default_calendar_name(project: Project, agency: str | None) -> str:
    return f"cchc-{agency or 'tat-ca'}.ics"


def build_calendar(project: Project, agency: str | None, as_of: date, horizon: date | None,
                   include_done: bool) -> tuple[bytes, int]:
    raise NotImplementedError
