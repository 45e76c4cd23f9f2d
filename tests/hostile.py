"""Hostile Office packages for the security tests (issue 25): a sound form or
plan changed the way an attacker would, at the XML level."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from functools import cache

PROGRESS_PART = "xl/worksheets/sheet1.xml"
CONTACT_PART = "xl/worksheets/sheet2.xml"
AGENCY = "phong-tu-phap"


@cache
def sound_form(agency: str = AGENCY) -> bytes:
    """The krong-pa form of `agency` at 15/9/2020, as `cchc form export` writes it."""
    from cchc_plan import app as lib
    from cchc_plan.features.progress_form import form_xlsx
    from helpers import KRONG_PA

    project = lib.open_plan(KRONG_PA, use_cache=False)
    return form_xlsx.render(lib.form_view(project, agency, date(2020, 9, 15)))


def rezip(raw: bytes, *, add: dict[str, bytes] | None = None,
          change: dict[str, bytes] | None = None) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as source:  # a name added twice is replaced
        names = set(source.namelist())
    change = {**(change or {}), **{k: v for k, v in (add or {}).items() if k in names}}
    add = {k: v for k, v in (add or {}).items() if k not in names}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, (change or {}).get(info.filename,
                                                              source.read(info.filename)))
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return out.getvalue()


def part(raw: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return archive.read(name)


def with_sheet_xml(raw: bytes, edit: str, value: str, name: str = PROGRESS_PART) -> bytes:
    """The package with one sheet changed: `edit` is merge, hyperlink, dimension,
    validation (a dataValidation sqref) or cell (a cell at a reference)."""
    xml = part(raw, name).decode("utf-8")
    if edit == "merge":
        if "<mergeCells" in xml:
            xml = re.sub(r"<mergeCells count=\"\d+\">", f'\\g<0><mergeCell ref="{value}"/>', xml)
        else:
            xml = xml.replace("</sheetData>",
                              f'</sheetData><mergeCells><mergeCell ref="{value}"/></mergeCells>')
    elif edit == "hyperlink":
        anchor = "<pageMargins" if "<pageMargins" in xml else "</worksheet>"
        xml = xml.replace(anchor, f'<hyperlinks><hyperlink ref="{value}" display="x"/>'
                          f"</hyperlinks>{anchor}", 1)
    elif edit == "dimension":
        xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="{value}"/>', xml)
    elif edit == "validation":
        xml = xml.replace('sqref="G4:', f'sqref="{value} G4:', 1)
    elif edit == "cell":
        xml = xml.replace("</sheetData>", f'<row r="{value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}">'
                          f'<c r="{value}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    else:
        raise ValueError(edit)
    return rezip(raw, change={name: xml.encode("utf-8")})


def xml_text(data: bytes) -> str:
    """A part's text in whichever encoding an earlier edit left it (UTF-8, or
    UTF-16 of either order, with or without its byte order mark)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    if data[:1] == b"\x00":
        return data.decode("utf-16-be")
    if data[1:2] == b"\x00":
        return data.decode("utf-16-le")
    return data.decode("utf-8")


ENTITY_DTD = ('<?xml version="1.0" encoding="{encoding}"?>\n'
              '<!DOCTYPE worksheet [<!ENTITY e "{text}">]>\n')


def with_entity(raw: bytes, encoding: str = "UTF-16", name: str = CONTACT_PART,
                text: str = "Nguyễn Văn Giả") -> bytes:
    """The contact sheet re-encoded, declaring an entity and using it in the
    contact's name (what reached an agency file on main before issue 25)."""
    xml = xml_text(part(raw, CONTACT_PART))
    xml = re.sub(r"^<\?xml[^>]*\?>\s*", "", xml)
    xml = re.sub(r"(<c r=\"B5\"[^>]*>)(.*?)(</c>)", r'\1<is><t>&e;</t></is>\3', xml, count=1)
    xml = xml.replace('<c r="B5" t="n">', '<c r="B5" t="inlineStr">')
    document = ENTITY_DTD.format(encoding=encoding, text=text) + xml
    codec = {"UTF-16": "utf-16", "UTF-8": "utf-8", "UTF-16BE": "utf-16-be"}[encoding]
    data = document.encode(codec)
    if name == CONTACT_PART:
        return rezip(raw, change={name: data})
    return rezip(raw, add={name: data})
