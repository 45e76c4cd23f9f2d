"""Writing an openpyxl workbook the way every workbook cchc makes is written
(the reports and the progress form): text cells stay text, the bytes depend
only on the content and the as-of date. Needs openpyxl only, so `cchc form
export` does not load the report builders."""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from openpyxl.writer.excel import ExcelWriter

from cchc_plan.render.ziputil import StampedZip


def save(wb: Any, day: date) -> bytes:
    """Write without openpyxl's `save`, which stamps the current time as modified.

    Every workbook cchc writes goes through here, so here text is made text:
    openpyxl takes a string that starts with '=' for a formula (and '#N/A' for
    an error value), and an agency's note `=HYPERLINK(...)` would become one.
    cchc writes no formula, so there is nothing to recalculate on opening."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    wb.calculation.fullCalcOnLoad = False
    out = io.BytesIO()
    with StampedZip(out, day) as archive:  # stamped as written: one pass
        ExcelWriter(wb, archive).write_data()
    return out.getvalue()


def stamp_properties(wb: Any, day: date, title: str, subject: str, author: str) -> None:
    """The document properties: created and modified on the as-of day (not now),
    Vietnamese."""
    stamp = datetime(day.year, day.month, day.day)
    props = wb.properties
    props.title, props.subject = title, subject
    props.creator = props.lastModifiedBy = author
    props.created = props.modified = stamp
    props.language = "vi-VN"
