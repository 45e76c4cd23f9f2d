"""Issue 25, defect 2 (and 1), on the plan side: an imported plan passes the
same package checker as a returned form (`load.office_zip`): a DTD in any
part, in any encoding, under any name, is refused; so is a workbook whose
ranges would make openpyxl build an object per covered cell."""

from __future__ import annotations

from pathlib import Path

import pytest

import plan_fixtures as fx
from cchc_plan.core.errors import InputError
from cchc_plan.features.plan_io.reader import package as plan_package
from cchc_plan.features.progress_form import workbook as form_workbook
from cchc_plan.load import office_zip
from helpers import KRONG_PA, copy_repo, run_cli
from hostile import ENTITY_DTD, part, rezip, with_sheet_xml

EMBEDDED = ('<plan xmlns="urn:cchc-plan:embedded:1">&e;</plan>')


def test_forms_and_plans_share_one_checker() -> None:
    assert getattr(plan_package, "check_package") is office_zip.check_package  # noqa: B009
    assert getattr(form_workbook, "check_package") is office_zip.check_package  # noqa: B009


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("plan")
    root = copy_repo(KRONG_PA, folder / "repo")
    run = run_cli("plan", "export", "--root", str(root), "-o", str(folder / "pl.docx"))
    assert run.exit_code == 0, run.stderr
    return (folder / "pl.docx").read_bytes()


@pytest.mark.parametrize(("name", "encoding"), [
    ("customXml/item9.xml", "UTF-16"), ("customXml/item9.bin", "UTF-16BE"),
    ("word/odd-name", "UTF-8"), ("docProps/custom.dat", "UTF-16")])
def test_a_dtd_in_any_part_of_a_plan_is_refused(tmp_path: Path, exported: bytes, name: str,
                                                encoding: str) -> None:
    codec = {"UTF-16": "utf-16", "UTF-16BE": "utf-16-be", "UTF-8": "utf-8"}[encoding]
    document = ENTITY_DTD.format(encoding=encoding, text="x" * 100) + EMBEDDED
    source = tmp_path / "pl.docx"
    source.write_bytes(rezip(exported, add={name: document.encode(codec)}))
    with pytest.raises(InputError) as caught:
        plan_package.open_package(source)
    assert name in caught.value.message.text("en")
    assert "DTD" in caught.value.message.text("en")


def test_a_merge_bomb_in_a_plan_workbook_is_refused(tmp_path: Path) -> None:
    source = fx.song_may_xlsx(tmp_path / "ke-hoach.xlsx")
    raw = source.read_bytes()
    sheet = next(n for n in ("xl/worksheets/sheet1.xml",) if part(raw, n))
    source.write_bytes(with_sheet_xml(raw, "merge", "C20:XFD1048576", name=sheet))
    result = run_cli("plan", "import", str(source), "-o", "-", cwd=tmp_path)
    assert result.exit_code == 2, result.stderr
    assert "C20:XFD1048576" in result.stderr
    assert not (tmp_path / "plan" / "appendix.yaml").exists()


def test_a_sound_export_still_imports(tmp_path: Path, exported: bytes) -> None:
    source = tmp_path / "pl.docx"
    source.write_bytes(exported)
    assert plan_package.open_package(source).kind == "docx"
