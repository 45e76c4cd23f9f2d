"""The documents `cchc report` writes: build the report data, render one format.

Word and Excel renderers import python-docx / openpyxl, so they are imported
here only when that format is asked for.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from cchc_plan.core.text import slug
from cchc_plan.engine.obligations import compute_status
from cchc_plan.load.reader import Project
from cchc_plan.views.reports import AgencyReport, DistrictReport, agency_report, district_report

Format = Literal["docx", "xlsx", "md", "json", "html"]

Report = AgencyReport | DistrictReport


def build_report(project: Project, agency: str | None, as_of: date) -> Report:
    result = compute_status(project, as_of)
    return agency_report(result, agency) if agency else district_report(result)


def default_filename(report: Report, fmt: Format) -> str:
    """bao-cao-<agency>-<date>.<ext> for an agency's submission and
    bao-cao-tong-hop-<date>.<ext> for the consolidated report, so the
    coordinator's own submission and its consolidated report never collide."""
    who = report.agency.id if isinstance(report, AgencyReport) else "tong-hop"
    return f"bao-cao-{slug(who)}-{report.as_of.isoformat()}.{fmt}"


def render_report(report: Report, fmt: Format) -> bytes:
    if fmt == "md":
        from cchc_plan.render import markdown

        return markdown.render(report).encode("utf-8")
    if fmt == "json":
        from cchc_plan.render import report_json

        return report_json.render(report).encode("utf-8")
    if fmt == "html":
        from cchc_plan.render import html

        return html.render(report).encode("utf-8")
    if fmt == "docx":
        from cchc_plan.render import word as docx_report

        return docx_report.render(report)
    from cchc_plan.render import excel as xlsx_report

    return xlsx_report.render(report)
