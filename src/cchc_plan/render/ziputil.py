"""Office files (.docx, .xlsx) are zip archives stamped with the time they were
written; stamping every member with the report's date instead makes two runs
on the same data give the same bytes.

`StampedZip` does it as the archive is written, in one pass: every member
gets the fixed date and mode whichever way the library adds it (`writestr`
with a name, or `write` of a file openpyxl spooled a sheet to). The bytes are
those of re-stamping a finished archive, as cchc did until issue 28
(decompressing and compressing every member again: 6.6 ms a document), which
tests/render/test_office_zip.py keeps as the reference."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from os import PathLike
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import SizedBuffer

MEMBER_MODE = 0o644 << 16


def stamp_of(day: date) -> tuple[int, int, int, int, int, int]:
    """A zip member's date-time for `day` (zip dates start in 1980)."""
    return (max(day.year, 1980), day.month, day.day, 0, 0, 0)


def stamped_member(name: str, day: date) -> zipfile.ZipInfo:
    member = zipfile.ZipInfo(name, date_time=stamp_of(day))
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = MEMBER_MODE
    return member


class StampedZip(zipfile.ZipFile):
    """A zip archive being written (deflated) whose every member carries the
    date `day` at midnight and mode 0644, whatever the writer asks."""

    def __init__(self, file: io.BytesIO, day: date) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED)
        self._day = day

    def writestr(self, zinfo_or_arcname: str | zipfile.ZipInfo, data: SizedBuffer | str,
                 compress_type: int | None = None,  # noqa: ARG002 (always deflated)
                 compresslevel: int | None = None) -> None:  # noqa: ARG002
        name = (zinfo_or_arcname.filename if isinstance(zinfo_or_arcname, zipfile.ZipInfo)
                else zinfo_or_arcname)
        super().writestr(stamped_member(name, self._day), data)

    def write(self, filename: str | PathLike[str], arcname: str | PathLike[str] | None = None,
              compress_type: int | None = None,  # noqa: ARG002 (always deflated)
              compresslevel: int | None = None) -> None:  # noqa: ARG002
        with open(filename, "rb") as source:  # a sheet openpyxl spooled to a temporary file
            data = source.read()
        self.writestr(str(arcname if arcname is not None else filename), data)
