"""Report data -> the format-neutral document every document renderer lays out."""

from __future__ import annotations

from cchc_plan.render.document.agency import agency_document
from cchc_plan.render.document.district import district_document
from cchc_plan.render.document.model import ReportDoc
from cchc_plan.views.reports import AgencyReport, DistrictReport


def build_document(report: AgencyReport | DistrictReport) -> ReportDoc:
    if isinstance(report, AgencyReport):
        return agency_document(report)
    return district_document(report)
