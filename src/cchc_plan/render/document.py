"""Report data -> the format-neutral document every document renderer lays out."""

from __future__ import annotations

from ..reportdata import AgencyReport, DistrictReport
from .doc_agency import agency_document
from .doc_district import district_document
from .doc_model import ReportDoc


def build_document(report: AgencyReport | DistrictReport) -> ReportDoc:
    if isinstance(report, AgencyReport):
        return agency_document(report)
    return district_document(report)
