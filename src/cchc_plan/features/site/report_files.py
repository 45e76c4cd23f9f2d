"""Report files in a folder (`cchc site --reports DIR`): the files `cchc
report` writes, named bao-cao-<agency id>-<date>.<ext> (bao-cao-tong-hop-...
for the consolidated report), so the site can link each agency's latest.

Only regular files with such a name are listed; links, folders and files over
MAX_REPORT_BYTES are left out, so the site copies nothing else.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import msg
from cchc_plan.render import CONSOLIDATED as CONSOLIDATED
from cchc_plan.render import REPORT_NAME

MAX_REPORT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ReportFile:
    path: Path
    who: str
    day: date
    ext: str

    @property
    def name(self) -> str:
        return self.path.name


def list_report_files(folder: Path) -> list[ReportFile]:
    """The report files in `folder` (not its subfolders), by name."""
    if not folder.is_dir():
        raise InputError(msg("usage.no-folder", path=folder))
    found = []
    for path in sorted(folder.iterdir()):
        match = REPORT_NAME.match(path.name)
        if not match:
            continue
        try:
            info = path.lstat()
            day = date.fromisoformat(match["day"])
        except (OSError, ValueError):
            continue
        if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_REPORT_BYTES:
            found.append(ReportFile(path, match["who"], day, match["ext"]))
    return found


def read_report(report: ReportFile) -> bytes:
    """A report file's bytes, to copy into a site (InputError if unreadable)."""
    try:
        return report.path.read_bytes()
    except OSError as exc:
        raise InputError(msg("usage.cannot-read", path=report.path,
                             reason=exc.strerror or exc)) from None
