"""Writing an openpyxl workbook the way every workbook cchc makes is written
(the reports and the progress form): text cells stay text, the bytes depend
only on the content and the as-of date, each sheet is written in memory, and
rows written as text (`xlsx_rows.SheetRows`) are spliced into their sheets.
Needs openpyxl only, so `cchc form export` does not load the report builders."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from cchc_plan.render.xlsx_rows import SheetRows
from cchc_plan.render.ziputil import StampedZip


class _Writer(ExcelWriter):  # type: ignore[misc]  # openpyxl has no type hints
    """openpyxl's workbook writer, but each sheet written in memory, its rows
    written as text spliced in. openpyxl spools every sheet to a temporary
    file and removes it after: on this project's machines removing a file
    took about 2 ms, more than writing a form's sheet (124 sheets for the
    shipped 31 forms: 0.3 s of `form export --all`)."""

    def __init__(self, wb: Any, archive: StampedZip, rows: Sequence[SheetRows]) -> None:
        super().__init__(wb, archive)
        self._rows = {id(r.sheet): r for r in rows}

    def write_worksheet(self, ws: Any) -> None:
        """`ExcelWriter.write_worksheet` of a workbook that is not write-only."""
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = WorksheetWriter(ws, out=io.BytesIO())
        writer.write()
        ws._rels = writer._rels
        xml = writer.read()
        rows = self._rows.get(id(ws))
        self._archive.writestr(ws.path[1:], rows.splice(xml) if rows else xml)
        self.manifest.append(ws)


def save(wb: Any, day: date, rows: Sequence[SheetRows] = ()) -> bytes:
    """Write without openpyxl's `save`, which stamps the current time as
    modified; `rows` (each below its sheet's own rows) go in as the sheets
    are written.

    Every workbook cchc writes goes through here, so here text is made text:
    openpyxl takes a string that starts with '=' for a formula (and '#N/A' for
    an error value), and an agency's note `=HYPERLINK(...)` would become one
    (`SheetRows` writes text as text itself). cchc writes no formula, so there
    is nothing to recalculate on opening."""
    if wb.write_only:
        raise ValueError("a write-only workbook: cchc makes none")
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    for sheet_rows in rows:
        sheet_rows.check_below()
    wb.calculation.fullCalcOnLoad = False
    out = io.BytesIO()
    with StampedZip(out, day) as archive:  # stamped as written: one pass
        _Writer(wb, archive, rows).write_data()
    if not all(r.spliced for r in rows):
        raise RuntimeError("rows written as text for a sheet that is not in the workbook")
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
