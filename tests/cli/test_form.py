"""`cchc form export` / `cchc form import`: the progress form out and back in."""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from formtools import CONTACT, PROGRESS, cell, export, fill, import_forms, row_of
from helpers import KRONG_PA, run_cli

FIXTURE_FILES = sorted((KRONG_PA / "assignments").glob("*.yaml"))
AGENCY = "phong-tu-phap"
TARGET = f"assignments/{AGENCY}.yaml"


def test_round_trip_leaves_every_agency_file_byte_identical(repo_copy: Path,
                                                            tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in (repo_copy / "assignments").glob("*.yaml")}
    assert len(before) == len(FIXTURE_FILES) == 31
    folder = tmp_path / "forms"
    folder.mkdir()
    done = run_cli("form", "export", "--root", str(repo_copy), "--all", "-o", str(folder),
                   "--as-of", "2020-09-15")
    assert done.exit_code == 0, done.stderr
    forms = sorted(folder.glob("*.xlsx"))
    assert len(forms) == 31
    result = import_forms(repo_copy, *forms)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("không có gì thay đổi") == 31
    after = {p.name: p.read_bytes() for p in (repo_copy / "assignments").glob("*.yaml")}
    assert after == before
    assert not list((repo_copy / "assignments").glob("*.bak"))


def test_export_is_deterministic_and_print_ready(repo_copy: Path, tmp_path: Path) -> None:
    first = export(repo_copy, AGENCY, tmp_path / "a").read_bytes()
    second = export(repo_copy, AGENCY, tmp_path / "b").read_bytes()
    assert first == second
    wb = load_workbook(tmp_path / "a" / f"{AGENCY}.xlsx")
    assert wb.sheetnames == [PROGRESS, CONTACT, "Hướng dẫn", "cchc"]
    assert wb["cchc"].sheet_state == "veryHidden"
    ws = wb[PROGRESS]
    assert ws.protection.sheet
    assert not ws.protection.password
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9
    assert ws.print_title_rows == "$3:$3"
    assert ws.freeze_panes == "C4"
    row = row_of(tmp_path / "a" / f"{AGENCY}.xlsx", "8")
    assert ws[cell("task", row)].protection.locked
    assert not ws[cell("status", row)].protection.locked
    assert ws[cell("status", row)].value == "Đang thực hiện"
    assert ws[cell("assignee", row)].value == "Nay Thị Bình"
    heights = [ws.row_dimensions[r].height for r in range(4, ws.max_row + 1)]
    assert all(h and h >= 18 for h in heights)
    assert max(heights) > 40
    lists = [d for d in ws.data_validations.dataValidation if d.type == "list"]
    assert lists[0].formula1 == '"Chưa thực hiện,Đang thực hiện,Đã hoàn thành"'


def test_a_filled_form_changes_only_what_was_filled(repo_copy: Path, tmp_path: Path) -> None:
    form = export(repo_copy, AGENCY, tmp_path)
    row = row_of(form, "8")
    fill(form, {(PROGRESS, cell("status", row)): "Đã hoàn thành",
                (PROGRESS, cell("completed", row)): "10/9/2020",
                (PROGRESS, cell("doc_number", row)): "20/BC-TP",
                (PROGRESS, cell("doc_date", row)): date(2020, 9, 10),
                (PROGRESS, cell("doc_title", row)): "Báo cáo kết quả rà soát",
                (CONTACT, "B9"): "14-09-2020"})
    original = (repo_copy / TARGET).read_text(encoding="utf-8")
    result = import_forms(repo_copy, form)
    assert result.exit_code == 0, result.stderr
    assert "Nhiệm vụ 8: Tình trạng Đang thực hiện → Đã hoàn thành" in result.stdout
    text = (repo_copy / TARGET).read_text(encoding="utf-8")
    assert text.splitlines()[0] == original.splitlines()[0]  # the comment stays
    diff = [line for line in difflib.ndiff(original.splitlines(), text.splitlines())
            if line[:1] in "+-"]
    assert diff == [
        "- updated: 2020-09-01", "+ updated: 2020-09-14", "-     status: in_progress",
        "+     status: done", "+     completed: 2020-09-10",
        "+     evidence:",
        "+       - {number: 20/BC-TP, date: 2020-09-10, title: Báo cáo kết quả rà soát}"]
    assert (repo_copy / f"{TARGET}.bak").read_text(encoding="utf-8") == original
    assert run_cli("validate", "--root", str(repo_copy)).exit_code == 0


def test_dry_run_and_diff_write_nothing(repo_copy: Path, tmp_path: Path) -> None:
    form = export(repo_copy, AGENCY, tmp_path)
    row = row_of(form, "8")
    fill(form, {(PROGRESS, cell("notes", row)): "Đã rà soát 40 văn bản"})
    before = (repo_copy / TARGET).read_bytes()
    result = import_forms(repo_copy, form, options=("--dry-run", "--diff"))
    assert result.exit_code == 0, result.stderr
    assert "chạy thử" in result.stdout
    assert "+    notes: Đã rà soát 40 văn bản" in result.stdout
    assert "--- a/assignments/phong-tu-phap.yaml" in result.stdout
    assert (repo_copy / TARGET).read_bytes() == before


@pytest.mark.parametrize("typed", ["17/8/2020", "17-08-2020", "2020-08-17", " 17/08/2020 "])
def test_dates_typed_as_text_are_read_as_in_yaml(repo_copy: Path, tmp_path: Path,
                                                  typed: str) -> None:
    form = export(repo_copy, AGENCY, tmp_path)
    row = row_of(form, "8")
    fill(form, {(PROGRESS, cell("deadline", row)): typed})
    assert import_forms(repo_copy, form).exit_code == 0
    data = yaml.safe_load((repo_copy / TARGET).read_text(encoding="utf-8"))
    entry = next(e for e in data["tasks"] if e["task"] == "8")
    assert entry["deadline"] == date(2020, 8, 17)


BAD_CELLS = {
    "month-first date": ({"completed": "12/31/2020", "status": "Đã hoàn thành"}, "completed",
                         "bad-date", "có thể ý là ngày 31/12/2020"),
    "status not in list": ({"status": "Xong rồi"}, "status", "form-bad-status",
                           "chọn một trong: Chưa thực hiện, Đang thực hiện, Đã hoàn thành"),
    "done without date": ({"status": "Đã hoàn thành", "doc_title": "Báo cáo"}, "status",
                          "done-without-date", "điền cột “Ngày hoàn thành”"),
    "done without document": ({"status": "Đã hoàn thành", "completed": "1/9/2020"}, "status",
                              "done-without-evidence", "điền các cột “Văn bản: số, ký hiệu”"),
    "locked cell changed": ({"task": "8. Một nhiệm vụ khác"}, "task", "form-locked-cell",
                            "chỉ điền các ô nền trắng"),
    "document without title": ({"doc_number": "1/BC"}, "doc_title", "missing-field", None),
}


@pytest.mark.parametrize("case", sorted(BAD_CELLS))
def test_a_bad_cell_is_named_and_nothing_is_written(repo_copy: Path, tmp_path: Path,
                                                    case: str) -> None:
    cells, column, code, hint = BAD_CELLS[case]
    form = export(repo_copy, AGENCY, tmp_path)
    row = row_of(form, "8")
    fill(form, {(PROGRESS, cell(key, row)): value for key, value in cells.items()})
    before = (repo_copy / TARGET).read_bytes()
    result = import_forms(repo_copy, form)
    assert result.exit_code == 1
    assert f"{form}:{PROGRESS}!{cell(column, row)}: error[{code}]" in result.stderr
    if hint:
        assert hint in result.stderr
    assert "Không ghi tệp nào" in result.stderr
    assert (repo_copy / TARGET).read_bytes() == before
    assert not (repo_copy / f"{TARGET}.bak").exists()


def test_a_form_of_another_agency_is_refused(repo_copy: Path, tmp_path: Path) -> None:
    form = export(repo_copy, "phong-noi-vu", tmp_path)
    before = {p: p.read_bytes() for p in (repo_copy / "assignments").glob("*.yaml")}
    result = import_forms(repo_copy, form, options=("--agency", AGENCY))
    assert result.exit_code == 1
    assert f"{form}:{CONTACT}!B3: error[form-other-agency]" in result.stderr
    assert "'phong-noi-vu'" in result.stderr
    assert "'phong-tu-phap'" in result.stderr
    assert {p: p.read_bytes() for p in (repo_copy / "assignments").glob("*.yaml")} == before


def test_the_agency_cell_changed_to_another_agency(repo_copy: Path, tmp_path: Path) -> None:
    form = export(repo_copy, AGENCY, tmp_path)
    fill(form, {(CONTACT, "B3"): "Phòng Nội vụ"})
    result = import_forms(repo_copy, form)
    assert result.exit_code == 1
    assert f"{form}:{CONTACT}!B3: error[form-locked-cell]" in result.stderr


@pytest.mark.posix
def test_what_is_not_a_form_file(repo_copy: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    result = import_forms(repo_copy, fifo)
    assert result.exit_code == 1
    assert result.stderr.count("error[form-unreadable]") == 1
    assert import_forms(repo_copy, tmp_path).exit_code == 2  # a folder: a usage error
    # a name that does not exist: a usage error in Vietnamese (issue 27)
    assert import_forms(repo_copy, fifo, tmp_path / "missing.xlsx").exit_code == 2


def test_two_forms_of_one_agency_in_one_run(repo_copy: Path, tmp_path: Path) -> None:
    form = export(repo_copy, AGENCY, tmp_path)
    copy = tmp_path / "copy.xlsx"
    shutil.copy(form, copy)
    result = import_forms(repo_copy, form, copy)
    assert result.exit_code == 1
    assert f"{copy}:{CONTACT}!B3: error[form-twice]" in result.stderr


def test_a_changed_plan_is_refused_unless_forced(repo_copy: Path, tmp_path: Path) -> None:
    form = export(repo_copy, AGENCY, tmp_path)
    row = row_of(form, "8")
    fill(form, {(PROGRESS, cell("notes", row)): "Ghi chú mới"})
    plan = repo_copy / "plan" / "appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    head = text.index('  - id: "8"\n')
    title = text.index("    title: ", head)
    plan.write_text(text[:title] + "    title: Nhiệm vụ 8 đã sửa\n"
                    + text[text.index("\n", title) + 1:], encoding="utf-8")
    result = import_forms(repo_copy, form)
    assert result.exit_code == 1
    assert "error[form-tasks-changed]" in result.stderr
    assert "nhiệm vụ của kế hoạch đã thay đổi từ khi lập phiếu: 8\n" in result.stderr
    forced = import_forms(repo_copy, form, options=("--force",))
    assert forced.exit_code == 0, forced.stderr
    assert "(--force)" in forced.stdout
    assert "notes: Ghi chú mới" in (repo_copy / TARGET).read_text(encoding="utf-8")


def test_another_plan_is_refused(repo_copy: Path, tmp_path: Path) -> None:
    form = export(repo_copy, AGENCY, tmp_path)
    plan = repo_copy / "plan" / "appendix.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("number: 34/KH-UBND",
                                                             "number: 35/KH-UBND", 1),
                    encoding="utf-8")
    result = import_forms(repo_copy, form)
    assert result.exit_code == 1
    assert f"{form}:{CONTACT}!B4: error[form-other-plan]" in result.stderr
    forced = import_forms(repo_copy, form, options=("--force",))
    assert forced.exit_code == 0, forced.stderr
    assert "không có gì thay đổi" in forced.stdout


def test_rows_sharing_a_record_that_disagree_get_their_own(repo_copy: Path,
                                                         tmp_path: Path) -> None:
    """Task 2.6 has a dated part and an ongoing one; phong-noi-vu's task entry speaks
    for both. Saying the ongoing part is still in progress gives it its own record."""
    form = export(repo_copy, "phong-noi-vu", tmp_path)
    row = row_of(form, "2.6", part="duy-tri")
    fill(form, {(PROGRESS, cell("status", row)): "Đang thực hiện",
                (PROGRESS, cell("completed", row)): None,
                (PROGRESS, cell("doc_number", row)): None,
                (PROGRESS, cell("doc_date", row)): None,
                (PROGRESS, cell("doc_title", row)): None,
                (PROGRESS, cell("doc_link", row)): None})
    result = import_forms(repo_copy, form)
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load((repo_copy / "assignments/phong-noi-vu.yaml").read_text("utf-8"))
    entry = next(e for e in data["tasks"] if e["task"] == "2.6")
    assert entry["status"] == "done"
    assert entry["periods"] == [{"part": "duy-tri", "status": "in_progress",
                                 "notes": entry["notes"]}]
    again = export(repo_copy, "phong-noi-vu", tmp_path / "again")
    assert import_forms(repo_copy, again).stdout.count("không có gì thay đổi") == 1


def test_an_agency_without_a_file_gets_one(blank_copy: Path, tmp_path: Path) -> None:
    form = export(blank_copy, AGENCY, tmp_path)
    row = row_of(form, "8")
    fill(form, {(PROGRESS, cell("status", row)): "Đang thực hiện",
                (PROGRESS, cell("assignee", row)): "Nay Thị Bình",
                (CONTACT, "B5"): "Rơ Mah Hiếu"})
    result = import_forms(blank_copy, form)
    assert result.exit_code == 0, result.stderr
    text = (blank_copy / TARGET).read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server")
    assert run_cli("validate", "--root", str(blank_copy)).exit_code == 0
    assert "name: Rơ Mah Hiếu" in text


def test_crlf_and_bom_are_kept(repo_copy: Path, tmp_path: Path) -> None:
    path = repo_copy / TARGET
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    form = export(repo_copy, AGENCY, tmp_path)
    fill(form, {(PROGRESS, cell("notes", row_of(form, "8"))): "Ghi chú"})
    assert import_forms(repo_copy, form).exit_code == 0
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "notes: Ghi chú\r\n".encode() in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")


def test_problems_of_the_merged_file_point_at_cells(repo_copy: Path, tmp_path: Path) -> None:
    """A completion date after the date of the update: validate's message, at the cell."""
    form = export(repo_copy, AGENCY, tmp_path)
    row = row_of(form, "8")
    fill(form, {(PROGRESS, cell("status", row)): "Đã hoàn thành",
                (PROGRESS, cell("completed", row)): "20/9/2020",
                (PROGRESS, cell("doc_title", row)): "Báo cáo",
                (CONTACT, "B9"): "15/9/2020"})
    result = import_forms(repo_copy, form, options=("--lang", "en"))
    assert result.exit_code == 1
    assert (f"{form}:{PROGRESS}!{cell('completed', row)}: error[date-after-update]: "
            "completed 20/09/2020 is after the file's `updated` date 15/09/2020") in result.stderr


def test_export_needs_an_agency_or_all(repo_copy: Path) -> None:
    assert run_cli("form", "export", "--root", str(repo_copy)).exit_code == 2
    both = run_cli("form", "export", "--root", str(repo_copy), "--all", "--agency", AGENCY)
    assert both.exit_code == 2
    assert run_cli("form", "import", "--root", str(repo_copy)).exit_code == 2
    assert run_cli("form", "export", "--root", str(repo_copy), "--agency", "nobody").exit_code == 2


@pytest.mark.soffice
def test_a_form_saved_again_by_libreoffice_imports_the_same(repo_copy: Path,
                                                           tmp_path: Path) -> None:
    form = export(repo_copy, AGENCY, tmp_path / "orig")
    row = row_of(form, "8")
    fill(form, {(PROGRESS, cell("status", row)): "Đã hoàn thành",
                (PROGRESS, cell("completed", row)): date(2020, 9, 10),
                (PROGRESS, cell("doc_title", row)): "Báo cáo kết quả rà soát",
                (PROGRESS, cell("notes", row)): "Hai dòng\nghi chú",
                (CONTACT, "B7"): "0905 123 456"})
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out),
                    str(form)], check=True, capture_output=True, timeout=180,
                   env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    resaved = out / form.name
    assert resaved.read_bytes() != form.read_bytes()
    mine = import_forms(repo_copy, form, options=("--dry-run", "--diff"))
    theirs = import_forms(repo_copy, resaved, options=("--dry-run", "--diff"))
    assert mine.exit_code == theirs.exit_code == 0, theirs.stderr
    assert theirs.stdout.replace(str(resaved), str(form)) == mine.stdout
    unedited = export(repo_copy, "phong-noi-vu", tmp_path / "plain")
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir",
                    str(tmp_path / "lo2"), str(unedited)], check=True, capture_output=True,
                   timeout=180, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    result = import_forms(repo_copy, tmp_path / "lo2" / unedited.name)
    assert result.exit_code == 0
    assert "không có gì thay đổi" in result.stdout
