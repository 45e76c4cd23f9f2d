"""The sixth stage: renderers. Each turns view data into one format; the
heavy ones (Word, Excel, iCalendar) are imported only when that format is
asked for, so `cchc validate` never loads python-docx or openpyxl."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal, TypeAlias

from cchc_plan.core.lang import Lang
from cchc_plan.core.text import slug

if TYPE_CHECKING:
    from datetime import date

    from cchc_plan.views.reminder import ReminderLetter
    from cchc_plan.views.reports import AgencyReport, DistrictReport

    Report: TypeAlias = AgencyReport | DistrictReport | ReminderLetter

ReportFormat = Literal["docx", "xlsx", "md", "json", "html"]

CONSOLIDATED = "tong-hop"
"""The `who` of the consolidated report's files."""
REPORT_NAME = re.compile(
    r"^bao-cao-(?P<who>[a-z0-9]+(?:-[a-z0-9]+)*)-(?P<day>\d{4}-\d{2}-\d{2})"
    r"\.(?P<ext>docx|xlsx|md|json|html|pdf)$")
"""A report's file name as `report_filename` makes it (and `--pdf` beside it):
what `cchc site --reports` recognises."""


def report_filename(report: Report, fmt: ReportFormat) -> str:
    """bao-cao-<agency>-<date>.<ext> for an agency's submission,
    bao-cao-tong-hop-<date>.<ext> for the consolidated report (so the
    coordinator's own submission and its consolidated report never collide)
    and cong-van-don-doc-<date>.<ext> for the reminder letter; REPORT_NAME
    reads the first two back."""
    if hasattr(report, "addressees"):
        return f"cong-van-don-doc-{report.as_of.isoformat()}.{fmt}"
    who = getattr(report, "agency", None)
    return report_name(who.id if who is not None else None, report.as_of, fmt)


def report_name(agency: str | None, as_of: date, fmt: ReportFormat) -> str:
    """`report_filename` of an agency's submission (None: the consolidated report)."""
    return f"bao-cao-{slug(agency or CONSOLIDATED)}-{as_of.isoformat()}.{fmt}"


def render_report(report: Report, fmt: ReportFormat, lang: Lang) -> bytes:
    """The report's bytes in one format; its words in `lang`."""
    if fmt == "json":
        from cchc_plan.render import report_json

        return report_json.render(report, lang).encode("utf-8")
    from cchc_plan.render.document import build_document

    doc = build_document(report, lang)
    if fmt == "md":
        from cchc_plan.render import markdown

        return markdown.render_document(doc).encode("utf-8")
    if fmt == "html":
        from cchc_plan.render import html

        return html.render_document(doc).encode("utf-8")
    if fmt == "docx":
        from cchc_plan.render import word

        return word.render_document(doc)
    from cchc_plan.render import excel

    return excel.render_document(doc)
