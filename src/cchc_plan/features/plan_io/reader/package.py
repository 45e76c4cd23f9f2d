"""Opening a Word (.docx) or Excel (.xlsx) file someone hands in, safely.

The file is untrusted: it passes the package check the returned forms pass
too (`load.office_zip`: sizes, every XML part parsed with DTDs refused
whatever its name and encoding, a workbook's ranges bounded), the XML parser
that then reads it is bounded (no entities, no network), and a file that is not an
Office Open XML package is refused with a message that says what to do (a
scanned PDF needs OCR first; an old .doc/.xls needs saving in the new format).
Which format it is comes from what the zip holds, not from the file name.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from lxml import etree

from cchc_plan.core.errors import InputError
from cchc_plan.core.fsafe import is_locked
from cchc_plan.core.messages import msg, quoted
from cchc_plan.load.office_zip import Limits, Refused, check_package

MAX_PACKAGE_BYTES = 32 * 1024 * 1024
"""A plan of a few hundred rows is well under 1 MiB; pictures make it bigger."""
MAX_PART_BYTES = 64 * 1024 * 1024
"""One part unpacked (the document's XML, a sheet)."""
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""All parts unpacked: more is a zip bomb, not a plan."""
PLAN_LIMITS = Limits(MAX_PACKAGE_BYTES, members=2000, member_bytes=MAX_PART_BYTES,
                     unpacked_bytes=MAX_UNPACKED_BYTES)
"""The package check every imported plan passes (`load.office_zip`, which the
returned forms pass too), before lxml or openpyxl parse anything."""

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
EMBEDDED_NS = "urn:cchc-plan:embedded:1"
"""The namespace of the custom XML part `cchc plan export` writes into a .docx:
the plan's records, so that a round trip through Word keeps what the table
cannot show (titles, keys, labels, notes)."""

Kind = Literal["docx", "xlsx"]
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls (Office 97-2003)


@dataclass(frozen=True)
class Package:
    """An opened .docx or .xlsx: its kind, its name as shown, its bytes."""

    kind: Kind
    name: str
    data: bytes

    def archive(self) -> zipfile.ZipFile:
        return zipfile.ZipFile(io.BytesIO(self.data))


def open_package(path: Path) -> Package:
    """The file at `path` as a package; InputError when it cannot be one."""
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise InputError(msg("import.too-large", path=path, size=size,
                                 limit=MAX_PACKAGE_BYTES))
        data = path.read_bytes()
    except OSError as exc:
        if is_locked(exc):
            raise InputError(msg("read.locked", path=path)) from None
        raise InputError(msg("import.cannot-read", path=path,
                             reason=exc.strerror or exc)) from None
    return Package(detect_kind(data, path), path.name, data)


def detect_kind(data: bytes, path: Path) -> Kind:
    if data.startswith(b"%PDF"):
        raise InputError(msg("import.pdf", path=path), msg("hint.import-ocr"))
    if data.startswith(_OLE):
        raise InputError(msg("import.old-office", path=path), msg("hint.import-save-as"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(msg("import.not-office", path=path), msg("hint.import-save-as")) \
            from None
    names = {info.filename for info in infos}
    kind: Kind | None = ("xlsx" if any(name.startswith("xl/") for name in names) else
                         "docx" if any(name.startswith("word/") for name in names) else None)
    if kind is None:
        raise InputError(msg("import.not-office", path=path), msg("hint.import-save-as"))
    try:
        check_package(data, PLAN_LIMITS, sheets=kind == "xlsx")
    except Refused as exc:
        raise refused_package(exc, path) from None
    return kind


def refused_package(exc: Refused, path: Path) -> InputError:
    """The shared package checker's refusal, in the import's words."""
    part, sheet = quoted(exc.part), quoted(exc.sheet)
    if exc.reason in ("members", "unpacked", "ratio"):
        return InputError(msg("import.too-large", path=path, size=exc.size, limit=exc.limit))
    messages = {
        "not-zip": msg("import.not-office", path=path),
        "encrypted": msg("import.not-office", path=path),
        "member": msg("import.part-too-large", part=part),
        "dtd": msg("package.unsafe-xml", name=part),
        "xml": msg("package.part-not-xml", name=part, reason=exc.ref),
        "range": msg("package.range", sheet=sheet, ref=exc.ref, rows=PLAN_LIMITS.rows,
                     columns=PLAN_LIMITS.columns),
        "range-cells": msg("package.range-cells", sheet=sheet, ref=exc.ref, limit=exc.limit),
    }
    message = messages.get(exc.reason, msg("package.cells", sheet=sheet, limit=exc.limit))
    hint = msg("hint.package-ranges") if exc.reason.startswith(("range", "cells", "elem")) \
        else msg("hint.import-save-as")
    return InputError(message, hint)


def read_part(archive: zipfile.ZipFile, name: str) -> bytes:
    """One part's bytes, refusing parts that unpack too large."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise InputError(msg("import.missing-part", part=quoted(name))) from None
    if info.file_size > MAX_PART_BYTES:
        raise InputError(msg("import.part-too-large", part=quoted(name)))
    with archive.open(info) as stream:
        return stream.read(MAX_PART_BYTES + 1)


def parse_xml(data: bytes) -> Any:
    """An lxml element; entities are not resolved and nothing is fetched."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(msg("import.bad-xml", reason=str(exc))) from None


def main_part_name(archive: zipfile.ZipFile) -> str:
    """The main document part, as named by the package relationships."""
    rels = parse_xml(read_part(archive, "_rels/.rels"))
    for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
        if str(rel.get("Type", "")).endswith("/officeDocument"):
            return str(rel.get("Target", "word/document.xml")).lstrip("/")
    return "word/document.xml"


def docx_body(package: Package) -> Any:
    """The w:body element of a .docx."""
    with package.archive() as archive:
        root = parse_xml(read_part(archive, main_part_name(archive)))
    body = root.find(f"{{{W_NS}}}body")
    if body is None:
        raise InputError(msg("import.missing-part", part=quoted("w:body")))
    return body


def embedded_text(package: Package) -> str | None:
    """The text of the plan records `cchc plan export` embedded, if the file has them."""
    if package.kind != "docx":
        return None
    with package.archive() as archive:
        for name in sorted(archive.namelist()):
            if not (name.startswith("customXml/item") and name.endswith(".xml")):
                continue
            try:
                root = parse_xml(read_part(archive, name))
            except InputError:
                continue
            if root.tag == f"{{{EMBEDDED_NS}}}plan":
                return str(root.text or "")
    return None
