"""Report data -> the format-neutral document every document renderer lays
out (`model`); `agency`, `district` and `reminder` decide every text once,
from the catalog in the document's language."""

from __future__ import annotations

from cchc_plan.core.lang import Lang
from cchc_plan.render import safe
from cchc_plan.render.document.agency import agency_document
from cchc_plan.render.document.common import Words
from cchc_plan.render.document.district import district_document
from cchc_plan.render.document.model import ReportDoc, map_text
from cchc_plan.render.document.reminder import reminder_document
from cchc_plan.views.reminder import ReminderLetter
from cchc_plan.views.reports import AgencyReport, DistrictReport


def build_document(report: AgencyReport | DistrictReport | ReminderLetter,
                   lang: Lang) -> ReportDoc:
    """The document, with every text one that XML (Word, Excel) can hold:
    whatever a file carried, no renderer fails on it."""
    if isinstance(report, AgencyReport):
        doc = agency_document(report, Words(lang))
    elif isinstance(report, ReminderLetter):
        doc = reminder_document(report, Words(lang))
    else:
        doc = district_document(report, Words(lang))
    return map_text(doc, safe.xml)
