"""Repositories as Windows leaves them (issue 23): Git for Windows with
core.autocrlf=true writes CRLF in every YAML file; Explorer allows paths past
260 characters where long paths are on; folders and output files are named in
Vietnamese (and macOS hands names back decomposed, NFD). validate, status and
report read and write the same there as in a plain copy."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Literal

import pytest

from helpers import KRONG_PA, copy_repo, run_cli

AS_OF = ("--as-of", "2020-09-15")


def to_crlf(root: Path) -> int:
    """Every YAML file below `root` with CRLF line ends; how many."""
    files = sorted(root.rglob("*.yaml"))
    for path in files:
        data = path.read_bytes().replace(b"\r\n", b"\n")
        path.write_bytes(data.replace(b"\n", b"\r\n"))
    return len(files)


def outputs(root: Path, tmp: Path) -> dict[str, object]:
    """What validate, status and report say of the repository at `root`."""
    checked = run_cli("validate", "--root", str(root), "--format", "json")
    status = run_cli("status", "--root", str(root), *AS_OF, "--format", "json")
    report = run_cli("report", "--root", str(root), *AS_OF, "--format", "md", "-o", "-")
    docx = tmp / "Báo cáo tổng hợp tháng 9.docx"
    written = run_cli("report", "--root", str(root), *AS_OF, "--agency", "phong-noi-vu",
                      "-o", str(docx))
    for run in (checked, status, report, written):
        assert run.exit_code in (0, 1), run.stderr
        assert "Traceback" not in run.stderr
    assert docx.read_bytes().startswith(b"PK")
    return {"validate": (checked.exit_code, json.loads(checked.stdout)),
            "status": json.loads(status.stdout), "report": report.stdout,
            "said": written.stderr.replace(str(tmp), "<out>")}


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = tmp_path_factory.mktemp("plain")
    return outputs(copy_repo(KRONG_PA, base / "repo"), base)


def test_crlf_everywhere_reads_the_same(tmp_path: Path, plain: dict[str, object]) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    assert to_crlf(root) > 2
    assert outputs(root, tmp_path) == plain


def test_a_path_past_260_characters(tmp_path: Path, plain: dict[str, object]) -> None:
    deep = tmp_path
    while len(str(deep)) < 280:
        deep = deep / "Phòng Nội vụ - Kế hoạch cải cách hành chính"
    try:
        deep.mkdir(parents=True)
    except OSError:  # Windows without LongPathsEnabled: the system refuses, not cchc
        pytest.skip("this system does not allow paths past 260 characters")
    root = copy_repo(KRONG_PA, deep / "repo")
    assert len(str(root / "assignments" / "phong-noi-vu.yaml")) > 300
    out = deep / "bao-cao"
    out.mkdir()
    assert outputs(root, out) == plain


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_folder_named_in_vietnamese(tmp_path: Path, plain: dict[str, object],
                                      form: Literal["NFC", "NFD"]) -> None:
    folder = tmp_path / unicodedata.normalize(form, "Kế hoạch CCHC năm 2020")
    root = copy_repo(KRONG_PA, folder)
    to_crlf(root)
    out = tmp_path / unicodedata.normalize(form, "Báo cáo")
    out.mkdir()
    assert outputs(root, out) == plain
