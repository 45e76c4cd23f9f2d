"""Small things an officer trips on (issue 27, item 9)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from cchc_plan.features.progress_form.form_layout import CONTACT_ROW
from formtools import CONTACT, export, fill, import_forms
from helpers import KRONG_PA, MINI, run_cli


def test_a_missing_form_is_a_usage_error_in_vietnamese(repo_copy: Path) -> None:
    result = import_forms(repo_copy, repo_copy / "khong-co.xlsx")
    assert result.exit_code == 2
    assert "không có tệp" in result.stderr
    assert "No such file" not in result.stderr + result.stdout


def test_a_form_made_as_of_a_date_prefills_that_date(repo_copy: Path, tmp_path: Path) -> None:
    form = export(repo_copy, "phong-tu-phap", tmp_path / "forms", as_of="2021-07-15")
    ws = load_workbook(form)[CONTACT]
    assert ws[f"B{CONTACT_ROW['updated']}"].value == datetime(2021, 7, 15)


def test_an_unchanged_form_keeps_the_files_date(repo_copy: Path, tmp_path: Path) -> None:
    agency = repo_copy / "assignments" / "phong-tu-phap.yaml"
    before = agency.read_bytes()
    form = export(repo_copy, "phong-tu-phap", tmp_path / "forms", as_of="2021-07-15")
    assert import_forms(repo_copy, form).exit_code == 0
    assert agency.read_bytes() == before


def test_a_phone_number_turned_into_a_number_keeps_its_zero(repo_copy: Path,
                                                            tmp_path: Path) -> None:
    form = export(repo_copy, "phong-tu-phap", tmp_path / "forms")
    fill(form, {(CONTACT, f"B{CONTACT_ROW['phone']}"): 905123456,
                (CONTACT, f"B{CONTACT_ROW['name']}"): "Nguyễn Văn An"})
    result = import_forms(repo_copy, form)
    assert result.exit_code == 0, result.stderr
    text = (repo_copy / "assignments" / "phong-tu-phap.yaml").read_text(encoding="utf-8")
    assert "0905123456" in text


def test_tasks_shows_names_not_ids() -> None:
    result = run_cli("tasks", "--root", str(KRONG_PA), env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Phòng Nội vụ" in result.stdout
    assert "phong-noi-vu" not in result.stdout


def test_form_problems_come_in_one_pass_in_column_terms(repo_copy: Path,
                                                        tmp_path: Path) -> None:
    """A bad status in one row and a done row without its date in another: both
    at once (they came in two rounds), each hint naming the form's columns."""
    from formtools import PROGRESS, cell, row_of

    form = export(repo_copy, "phong-tu-phap", tmp_path / "forms")
    bad, undated = row_of(form, "8"), row_of(form, "IV.1")
    fill(form, {(PROGRESS, cell("status", bad)): "Xong rồi",
                (PROGRESS, cell("status", undated)): "Đã hoàn thành",
                (PROGRESS, cell("completed", undated)): None,
                (PROGRESS, cell("doc_title", undated)): "Báo cáo"})
    result = import_forms(repo_copy, form)
    assert result.exit_code == 1
    err = result.stderr
    assert f"{PROGRESS}!{cell('status', bad)}: error[form-bad-status]" in err
    assert f"{PROGRESS}!{cell('status', undated)}: error[done-without-date]" in err
    assert "điền cột “Ngày hoàn thành”" in err
    hints = [line for line in err.splitlines() if "gợi ý:" in line]
    assert len(hints) == 2
    assert not [h for h in hints if "`" in h]  # no YAML key in a hint


def test_a_swapped_day_and_month_is_named_as_such(repo_copy: Path) -> None:
    (repo_copy / "assignments" / "phong-tu-phap.yaml").write_text(
        "agency: phong-tu-phap\ncontact: {name: An}\nupdated: 15/9/2020\ntasks:\n"
        "  - task: \"9\"\n    status: done\n    completed: 08/12/2020\n"
        "    evidence: [{title: Báo cáo}]\n", encoding="utf-8")
    result = run_cli("validate", "--root", str(repo_copy))
    assert result.exit_code == 1
    text = " ".join(result.stdout.split())
    assert "error[date-after-update]" in text
    assert "có thể ngày và tháng bị đảo: 08/12/2020 là ngày 8 tháng 12" in text
    assert "ghi 12/08/2020" in text
    assert "ghi `updated`" not in text


def test_the_command_line_looks_for_no_pydantic_plugin(tmp_path: Path) -> None:
    """`cchc` runs pydantic without third-party plugins (cli.without_pydantic_plugins):
    pydantic never scans the installed packages for them."""
    import subprocess
    import sys

    code = ("import sys\nfrom cchc_plan.cli import main\n"
            f"sys.argv = ['cchc', 'validate', '--root', {str(MINI)!r}, '--no-cache']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "import pydantic.plugin._loader as loader\n"
            "print('scanned', loader._plugins is not None)\n")
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120, check=False)
    assert done.stdout.strip().endswith("scanned False"), done.stderr
