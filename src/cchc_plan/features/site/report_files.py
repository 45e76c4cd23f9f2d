"""Report files in a folder (`cchc site --reports DIR`): the files `cchc
report` writes, named bao-cao-<agency id>-<date>.<ext> (bao-cao-tong-hop-...
for the consolidated report), so the site can link each agency's latest.

Only regular files with such a name are listed; links, folders and files over
MAX_REPORT_BYTES are left out, so the site copies nothing else. A name proves
nothing (in CI the folder can hold files from a pull request), so each file is
also recognised by its content as one `cchc report` writes, and refused with a
line on stderr otherwise (`recognise`):

- .docx/.xlsx: passes the package check of returned forms and imported plans
  (`load.office_zip`), is a Word document or Excel workbook by its content
  types, with no macros;
- .html: begins exactly as cchc's reports begin (`render.html.report_head`:
  the Content-Security-Policy first in <head>, then cchc's generator mark)
  and holds no script, frame, object, embed, form, base, link, other meta,
  SVG, event handler or javascript:/data: address (cchc escapes every value,
  so its reports never do);
- .pdf: a PDF with no JavaScript, launch, embedded file, form-submission or
  other action name (hex-escaped names decoded) and no compressed object
  stream that could hide one (LibreOffice writes none);
- .md: UTF-8 text with no HTML but <br> and no front matter (a Jekyll site
  would render one); .json: a report's JSON (`schema_version`, `kind`).
"""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cchc_plan.core.errors import InputError
from cchc_plan.core.messages import Msg, msg
from cchc_plan.load.office_zip import Limits, Refused, check_package
from cchc_plan.render import CONSOLIDATED as CONSOLIDATED
from cchc_plan.render import REPORT_NAME
from cchc_plan.render.html import report_head

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


REPORT_LIMITS = Limits(MAX_REPORT_BYTES, members=2000, member_bytes=MAX_REPORT_BYTES,
                       unpacked_bytes=4 * MAX_REPORT_BYTES)
MAIN_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
}
_ACTIVE_HTML = re.compile(
    r"<\s*/?\s*(script|iframe|frame|frameset|object|embed|applet|base|form|link|meta|svg|math|"
    r"template|portal|style)\b|<[^>]*(\son[a-z]+\s*=|=\s*[\"']?\s*(javascript|vbscript|data)\s*:|"
    r"http-equiv)",
    re.IGNORECASE)
_PDF_ACTIONS = re.compile(
    rb"/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|AA|SubmitForm|ImportData|GoToE|"
    rb"GoToR|ObjStm)(?=[\s/<>\[\]()%{}]|$)")
_PDF_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_MARKDOWN_TAG = re.compile(r"<(?!br>)", re.IGNORECASE)


def recognise(data: bytes, ext: str) -> Msg | None:
    """None when `data` is a file `cchc report` writes as `ext`, else why not."""
    if ext in ("docx", "xlsx"):
        return None if _office(data, ext) else msg("site.report-not-cchc.office")
    if ext == "html":
        return None if _html(data) else msg("site.report-not-cchc.html")
    if ext == "pdf":
        return None if _pdf(data) else msg("site.report-not-cchc.pdf")
    text_check = _markdown if ext == "md" else _json
    return None if text_check(data) else msg("site.report-not-cchc.text")


def _office(data: bytes, ext: str) -> bool:
    try:
        contents = check_package(data, REPORT_LIMITS, sheets=ext == "xlsx")
    except Refused:
        return False
    kinds = contents.content_types | contents.relationship_types
    return MAIN_TYPES[ext] in contents.content_types and not any(
        "macroEnabled" in k or "vbaProject" in k for k in kinds)


def _html(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    head = next((report_head(lang) for lang in ("vi", "en")
                 if text.startswith(report_head(lang))), None)
    if head is None:
        return False
    rest = text[len(head):]
    styles = rest.count("<style>")  # the report's own style sheet, once, in <head>
    return styles == 1 and _ACTIVE_HTML.search(rest.replace("<style>", "", 1)
                                                   .replace("</style>", "", 1)) is None


def _pdf(data: bytes) -> bool:
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-2048:]:
        return False
    names = _PDF_HEX.sub(lambda m: bytes([int(m[1], 16)]), data)
    return _PDF_ACTIONS.search(names) is None


def _markdown(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not text.lstrip("\ufeff").startswith("---") and _MARKDOWN_TAG.search(text) is None


def _json(data: bytes) -> bool:
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict) and "schema_version" in value and "kind" in value


def recognised_reports(found: list[ReportFile],
                       refuse: Callable[[ReportFile, Msg], None]) -> list[ReportFile]:
    """The files of `found` that `cchc report` wrote (by content); `refuse` is
    told each other one and why. Each file is read once here, one at a time."""
    kept = []
    for report in found:
        reason = recognise(read_report(report), report.ext)
        if reason is None:
            kept.append(report)
        else:
            refuse(report, reason)
    return kept


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
