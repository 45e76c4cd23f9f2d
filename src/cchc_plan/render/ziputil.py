"""Office files (.docx, .xlsx) are zip archives stamped with the time they were
written; re-stamping every member with the report's date makes two runs on the
same data give the same bytes."""

from __future__ import annotations

import io
import zipfile
from datetime import date


def stable_zip(data: bytes, day: date) -> bytes:
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()
