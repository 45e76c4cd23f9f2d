"""Helpers for the progress-form tests: export a form, find a row, fill cells
with openpyxl as an officer's Excel would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from cchc_plan.features.progress_form.form_layout import COLUMN_INDEX, META_SHEET, META_TABLE_ROW
from helpers import run_cli

PROGRESS = "Tiến độ"
CONTACT = "Liên hệ"


def export(root: Path, agency: str, folder: Path, as_of: str = "2020-09-15") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{agency}.xlsx"
    result = run_cli("form", "export", "--root", str(root), "--agency", agency,
                     "--as-of", as_of, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    return target


def import_forms(root: Path, *forms: Path | str, options: tuple[str, ...] = ()) -> Any:
    return run_cli("form", "import", "--root", str(root), *options, *map(str, forms))


def meta_rows(path: Path) -> list[tuple[int, str, str, str | None]]:
    """(sheet row, task, part, period) of every row of a form."""
    ws = load_workbook(path)[META_SHEET]
    rows = []
    for r in range(META_TABLE_ROW, ws.max_row + 1):
        row, task, part, period = (ws.cell(r, c).value for c in range(1, 5))
        if row is not None:
            rows.append((int(row), str(task), str(part), str(period) if period else None))
    return rows


def row_of(path: Path, task: str, period: str | None = None, part: str | None = None) -> int:
    for row, t, p, per in meta_rows(path):
        if t == task and per == period and (part is None or p == part):
            return row
    raise AssertionError(f"no row for {task} {period} {part}")


def cell(key: str, row: int) -> str:
    """`G12` for the status column of row 12."""
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(COLUMN_INDEX[key])}{row}"


def fill(path: Path, values: dict[tuple[str, str], Any]) -> None:
    """Set cells {(sheet, "G12"): value} and save, as a person filling in the form."""
    wb = load_workbook(path)
    for (sheet, ref), value in values.items():
        wb[sheet][ref].value = value
    wb.save(path)
