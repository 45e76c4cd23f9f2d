"""Issue 25: generated hostile form packages - merged, hyperlink, dimension and
other ranges, cells far out, parts in other encodings that declare entities,
parts with odd names, altered seals - never take more than a few seconds or a
few hundred MB to judge, and never write a byte: each is refused with a
problem, or read as the form it was made as (its sealed agency, never another).
Asserted per example: wall time under 5 s and traced peak memory under 256 MB
(main took 36.7 s and 1.8 GB for one `<mergeCell ref="C20:XFD1048576"/>`)."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_plan import app as lib
from cchc_plan.features.progress_form.form_import import import_form
from helpers import KRONG_PA, copy_repo
from hostile import AGENCY, part, rezip, sound_form, with_entity, with_sheet_xml

MAX_SECONDS = 5.0
MAX_TRACED_MB = 256

columns = st.one_of(st.sampled_from(["A", "C", "P", "BL", "BM", "XFD", "ZZZ"]),
                    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3))
rows = st.one_of(st.sampled_from([1, 20, 20_000, 20_001, 1_048_576]),
                 st.integers(1, 1_048_576))
cells = st.builds(lambda c, r: f"{c}{r}", columns, rows)
ranges = st.one_of(cells, st.builds(lambda a, b: f"{a}:{b}", cells, cells),
                   st.sampled_from(["A:A", "1:1", "C20:XFD1048576", "A1:BL20000", "#REF!", ""]))
range_edit = st.tuples(st.sampled_from(["merge", "hyperlink", "dimension", "validation"]),
                       ranges)
entity_edit = st.tuples(st.just("entity"), st.tuples(
    st.sampled_from(["UTF-8", "UTF-16", "UTF-16BE"]),
    st.sampled_from(["xl/worksheets/sheet2.xml", "xl/media/x", "customXml/item1.dat",
                     "docProps/custom.bin", "xl/ổ đĩa.xml", "a" * 200])))
odd_part = st.tuples(st.just("part"), st.tuples(
    st.sampled_from(["xl/x.bin", "../evil.xml", "xl/worksheets/_rels/x.rels", "😀.xml",
                     "xl\\x.xml", "[Content_Types].xmlx"]),
    st.binary(max_size=64).map(lambda b: b"<?xml version='1.0'?><a>" + b.hex().encode()
                               + b"</a>") | st.binary(max_size=64)))
seal_edit = st.tuples(st.just("seal"), st.sampled_from(["agency", "seal", "row"]))
edits = st.lists(st.one_of(range_edit, entity_edit, odd_part, seal_edit), min_size=1,
                 max_size=3)

META_PART = "xl/worksheets/sheet4.xml"


def alter_seal(raw: bytes, what: str) -> bytes:
    xml = part(raw, META_PART).decode("utf-8")
    if what == "agency":
        xml = xml.replace(AGENCY, "phong-noi-vu", 1)
    elif what == "seal":
        key = xml.index("<t>seal</t>") + len("<t>seal</t>")  # the seal's value follows its key
        index = xml.index("<t>", key) + 3
        xml = xml[:index] + ("0" if xml[index] != "0" else "1") + xml[index + 1:]
    else:
        xml = xml.replace("<row r=\"12\"", "<row r=\"13\"", 1).replace(
            'r="A12"', 'r="A13"', 1)
    return rezip(raw, change={META_PART: xml.encode("utf-8")})


def build(steps: list[tuple[str, object]]) -> bytes:
    raw = sound_form()
    for kind, value in steps:
        if kind == "entity":
            assert isinstance(value, tuple)
            raw = with_entity(raw, str(value[0]), name=str(value[1]))
        elif kind == "part":
            assert isinstance(value, tuple)
            raw = rezip(raw, add={str(value[0]): bytes(value[1])})
        elif kind == "seal":
            raw = alter_seal(raw, str(value))
        else:
            raw = with_sheet_xml(raw, kind, str(value))
    return raw


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repo(KRONG_PA, tmp_path_factory.mktemp("hostile") / "repo")


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@settings(max_examples=15, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=edits)
def test_hostile_forms_are_judged_quickly_and_write_nothing(
        repo: Path, tmp_path_factory: pytest.TempPathFactory,
        steps: list[tuple[str, object]]) -> None:
    project = lib.open_plan(repo, use_cache=False)
    before = snapshot(repo)
    form = tmp_path_factory.mktemp("form") / f"phieu-tien-do-{AGENCY}.xlsx"
    form.write_bytes(build(steps))
    tracemalloc.start()
    start = time.process_time()  # this process's CPU: another test's load does not count
    try:
        result = import_form(project, form, force=False, expected=None,
                             starting_text=lambda _agency: "")
    finally:
        seconds = time.process_time() - start
        peak_mb = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    assert seconds < MAX_SECONDS, (steps, seconds)
    assert peak_mb < MAX_TRACED_MB, (steps, peak_mb)
    assert snapshot(repo) == before
    assert result.problems or result.agency == AGENCY, steps
    if any(kind in ("entity", "seal") for kind, _ in steps):
        assert result.problems, steps  # an entity or an altered seal is always refused
