"""An Office Open XML package from outside the repository (a returned form, an
imported plan), checked before anything else parses a byte of it. One checker
for both: `features.progress_form.workbook` and `features.plan_io.reader.package`
call it, each with its limits, and turn a refusal into their own sentence.

- The zip: its size, the number of parts, each part's unpacked size and its
  ratio to the packed size (zip bombs), the total unpacked, encryption; a part
  never yields more bytes than its header says.
- Every part, whatever its name, whose first bytes could start an XML document
  in any encoding (UTF-8, UTF-16 or UTF-32 with or without a byte order mark,
  EBCDIC) is parsed in full by expat with DTDs refused: a `<!DOCTYPE` is a
  refusal, so no entity can be declared, expanded or fetched (the mechanism
  of defusedxml's forbid_dtd; expat decodes the part itself, so a UTF-16 part
  is read as such). A part that looks like XML and does not parse is refused.
  Other parts (pictures, printer settings) are never parsed as XML by anyone:
  no XML parser accepts a document that does not start that way.
- A spreadsheet (`sheets=True`): every cell and range reference openpyxl
  would turn into objects (mergeCell, hyperlink, dimension, row, c) and every
  other ref/sqref but a view's selection is checked against the row and
  column limits, streamed, and the cells merged or linked over ranges and the
  cells and strings of the workbook are counted against budgets: openpyxl
  makes one object per covered cell, so `<mergeCell ref="C20:XFD1048576"/>`
  alone cost 37 s and 1.8 GB. A refusal names the sheet (its name in the
  workbook when the workbook says it).

Time and memory are bounded by the limits: parsing is streamed in chunks and
counts stop a part at the first element past a budget.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import IO, Literal
from xml.parsers import expat

Reason = Literal["not-zip", "encrypted", "members", "member", "unpacked", "ratio", "dtd",
                 "xml", "elements", "range", "cells", "range-cells"]
CHUNK = 64 * 1024
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_ID = "http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SNIFF_SKIP = frozenset(b"\x00\t\n\r \xef\xbb\xbf\xfe\xff")
_EBCDIC = b"\x4c\x6f\xa7\x94"  # "<?xm"
_CELL = re.compile(r"^\$?([A-Za-z]{0,3})\$?(\d{0,7})$")
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384
MATERIALISED = frozenset({"mergeCell", "hyperlink"})
"""Ranges openpyxl turns into one object per covered cell."""
SIZING = frozenset({"dimension", "row", "c"})


@dataclass(frozen=True)
class Limits:
    package_bytes: int
    members: int
    member_bytes: int
    unpacked_bytes: int
    ratio: int = 200
    """Unpacked over packed size of one part (past 1 MiB): more is a zip bomb."""
    elements: int = 2_000_000
    """Elements of a spreadsheet's parts, all parts together."""
    rows: int = 20_000
    columns: int = 64
    cells: int = 200_000
    """Cells, rows and shared strings of a workbook."""
    range_cells: int = 100_000
    """Cells covered by merged and hyperlink ranges, all sheets together."""


class Refused(Exception):
    """Why a package is refused: `reason`, the part, and what passed which limit."""

    def __init__(self, reason: Reason, part: str = "", size: int = 0, limit: int = 0,
                 ref: str = "") -> None:
        super().__init__(reason, part)
        self.reason, self.part, self.size, self.limit, self.ref = reason, part, size, limit, ref
        self.sheet = part
        """The sheet's name in the workbook when known, else the part's name."""


@dataclass
class Contents:
    """What the checked package holds, for the caller's own rules."""

    parts: list[str] = field(default_factory=list)
    xml_parts: list[str] = field(default_factory=list)
    content_types: set[str] = field(default_factory=set)
    relationship_types: set[str] = field(default_factory=set)
    formulas: bool = False
    """A spreadsheet part holds a formula (`<f>`)."""


def check_package(data: bytes, limits: Limits, *, sheets: bool = False) -> Contents:
    """The package's contents, or Refused: see the module's docstring."""
    if len(data) > limits.package_bytes:
        raise Refused("member", "", len(data), limits.package_bytes)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise Refused("not-zip") from None
    if len(infos) > limits.members:
        raise Refused("members", "", len(infos), limits.members)
    total = sum(info.file_size for info in infos)
    if total > limits.unpacked_bytes:
        raise Refused("unpacked", "", total, limits.unpacked_bytes)
    for info in infos:
        _check_header(info, limits)
    scan = _Scan(limits, sheets)
    with archive:
        for info in infos:
            scan.part(archive, info)
    scan.finish()
    return scan.contents


def _check_header(info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.flag_bits & 0x1:
        raise Refused("encrypted", info.filename)
    if info.file_size > limits.member_bytes:
        raise Refused("member", info.filename, info.file_size, limits.member_bytes)
    packed = max(info.compress_size, 1)
    if info.file_size > 1024 * 1024 and info.file_size > limits.ratio * packed:
        raise Refused("ratio", info.filename, info.file_size // packed, limits.ratio)


def looks_like_xml(head: bytes) -> bool:
    """Whether an XML parser could take these first bytes for a document: after
    byte order marks, NULs (UTF-16/32) and white space, a `<`; or EBCDIC."""
    if head.startswith(_EBCDIC):
        return True
    for byte in head[:4096]:
        if byte not in _SNIFF_SKIP:
            return byte == 0x3C
    return False


class _Stop(Exception):
    """A part's scan stops at its first refusal (the budgets bound the time)."""


class _Scan:
    """Parses each part, keeps what the caller asks about, and the first refusal."""

    def __init__(self, limits: Limits, sheets: bool) -> None:
        self.limits, self.sheets = limits, sheets
        self.contents = Contents()
        self.refusal: Refused | None = None
        self.elements = self.cells = self.range_cells = 0
        self.sheet_ids: dict[str, str] = {}
        """r:id -> sheet name, from the workbook part."""
        self.rels: dict[str, dict[str, str]] = {}
        self.workbook: str | None = None
        self.current = ""

    def part(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        self.current = name = info.filename
        self.contents.parts.append(name)
        if info.is_dir():
            return
        try:
            with archive.open(info) as stream:
                head = stream.read(CHUNK)
                if not looks_like_xml(head):
                    _drain(stream, info, len(head))
                    return
                self.contents.xml_parts.append(name)
                self._parse(stream, head, info)
        except Refused:
            raise
        except Exception:  # a damaged zip raises many kinds (CRC, unknown method, ...)
            raise Refused("not-zip", name) from None

    def _parse(self, stream: IO[bytes], head: bytes, info: zipfile.ZipInfo) -> None:
        parser = hardened_parser()
        if self.sheets or info.filename == "[Content_Types].xml" or \
                info.filename.endswith(".rels"):  # else no look at each element: C speed
            parser.StartElementHandler = self._element
        self.rels.setdefault(info.filename, {})
        size, chunk = 0, head
        try:
            while chunk:
                size += len(chunk)
                if size > info.file_size:
                    raise Refused("member", info.filename, size, info.file_size)
                parser.Parse(chunk, False)
                chunk = stream.read(CHUNK)
            parser.Parse(b"", True)
        except _Stop:
            return
        except _Dtd:
            raise Refused("dtd", info.filename) from None
        except expat.ExpatError as exc:
            raise Refused("xml", info.filename, ref=str(exc)) from None

    def _element(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition("}")[2]
        if local == "Relationship":
            self._relationship(attrs)
        elif local in ("Default", "Override") and "ContentType" in attrs:
            self.contents.content_types.add(attrs["ContentType"])
        elif local == "sheet" and "name" in attrs and REL_ID in attrs:
            self.sheet_ids[attrs[REL_ID]] = attrs["name"]
            self.workbook = self.current
        if not self.sheets:
            return
        self.elements += 1
        if self.elements > self.limits.elements:
            self._stop(Refused("elements", self.current, self.elements, self.limits.elements))
        if name == f"{MAIN_NS}}}f":
            self.contents.formulas = True
        if local in ("c", "si", "row"):
            self.cells += 1
            if self.cells > self.limits.cells:
                self._stop(Refused("cells", self.current, self.cells, self.limits.cells))
        if local == "selection":  # where the cursor was: openpyxl keeps it as text
            return
        for key in ("ref", "sqref", "r") if local in ("c", "row") else ("ref", "sqref"):
            if key in attrs:
                self._ranges(local, attrs[key])

    def _relationship(self, attrs: dict[str, str]) -> None:
        self.contents.relationship_types.add(attrs.get("Type", ""))
        if "Id" in attrs and "Target" in attrs:
            self.rels[self.current][attrs["Id"]] = attrs["Target"]

    def _ranges(self, local: str, value: str) -> None:
        tokens = value.split()
        self.elements += len(tokens) - 1  # a long sqref costs like as many elements
        if self.elements > self.limits.elements:
            self._stop(Refused("elements", self.current, self.elements, self.limits.elements))
        for token in tokens:
            if local == "row":  # a row number
                if not token.isdigit() or int(token) > self.limits.rows:
                    self._stop(Refused("range", self.current, ref=f"{token[:20]}:{token[:20]}"))
                continue
            area = cell_range(token)
            if area is None:
                if local in MATERIALISED or local in SIZING:
                    self._stop(Refused("range", self.current, ref=token[:40]))
                continue
            rows, columns = area
            if rows > self.limits.rows or columns > self.limits.columns:
                self._stop(Refused("range", self.current, ref=token[:40]))
            if local in MATERIALISED:
                self.range_cells += _area(token)
                if self.range_cells > self.limits.range_cells:
                    self._stop(Refused("range-cells", self.current, self.range_cells,
                                       self.limits.range_cells, ref=token[:40]))

    def _stop(self, refusal: Refused) -> None:
        if self.refusal is None:
            self.refusal = refusal
        raise _Stop

    def finish(self) -> None:
        if self.refusal is None:
            return
        self.refusal.sheet = self.sheet_name(self.refusal.part)
        raise self.refusal

    def sheet_name(self, part: str) -> str:
        """The name the workbook gives the sheet in `part`, else the part's name."""
        if self.workbook is None:
            return part
        folder = posixpath.dirname(self.workbook)
        rels_name = posixpath.join(folder, "_rels", posixpath.basename(self.workbook) + ".rels")
        for rel_id, target in self.rels.get(rels_name, {}).items():
            full = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join(folder, target))
            if full == part and rel_id in self.sheet_ids:
                return self.sheet_ids[rel_id]
        return part


def hardened_parser() -> expat.XMLParserType:
    """An expat parser that refuses any DTD (hence any entity declaration) and
    never fetches anything; element names come as `namespace}local`."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    return parser


def _forbid(*_: object) -> int:
    raise _Dtd


class _Dtd(Exception):
    pass


def _drain(stream: IO[bytes], info: zipfile.ZipInfo, size: int) -> None:
    """Read a part that is not XML to its end: its CRC is checked and its size kept."""
    while chunk := stream.read(CHUNK):
        size += len(chunk)
        if size > info.file_size:
            raise Refused("member", info.filename, size, info.file_size)


def _cell(text: str) -> tuple[int, int] | None:
    """(row, column) of `A1`, `$A$1`; a missing part is 0 (a whole row or column)."""
    match = _CELL.match(text)
    if match is None or not (match[1] or match[2]):
        return None
    column = 0
    for char in match[1].upper():
        column = column * 26 + ord(char) - 64
    return int(match[2] or 0), column


def cell_range(token: str) -> tuple[int, int] | None:
    """(rows, columns) a reference spans, counting from the sheet's first row and
    column (`C20:D30` is 30 rows, 4 columns; `A:A` is every row); None if it is
    not a reference."""
    ends = [_cell(part) for part in token.rpartition("!")[2].split(":")]
    if not 1 <= len(ends) <= 2 or None in ends:
        return None
    rows = max(EXCEL_ROWS if end[0] == 0 else end[0] for end in ends if end)
    columns = max(EXCEL_COLUMNS if end[1] == 0 else end[1] for end in ends if end)
    return rows, columns


def _area(token: str) -> int:
    ends = [_cell(part) for part in token.rpartition("!")[2].split(":")]
    if len(ends) != 2 or ends[0] is None or ends[1] is None:
        return 1
    (r1, c1), (r2, c2) = ends[0], ends[1]
    return (abs(r2 - r1) + 1) * (abs(c2 - c1) + 1)

