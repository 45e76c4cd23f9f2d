"""The file name is the agency's identity (issue 12, defect 5): a file whose
`agency` names another agency speaks for nobody, and validate says so."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_cli

FORGED = """agency: phong-noi-vu
contact: {name: Kẻ Mạo Danh, position: Chuyên viên}
updated: 2020-09-10
tasks:
  - task: "6"
    status: done
    completed: 2020-08-20
    assignee: {name: Kẻ Mạo Danh}
    evidence: [{number: 1/GIA, title: Báo cáo giả}]
"""
FORGER = "assignments/ubnd-xa-uar.yaml"


def outputs(root: Path) -> dict[str, str]:
    day = ("--as-of", "2020-09-15")
    return {
        "status": run_cli("status", "--root", str(root), *day, "--format", "json",
                          "--agency", "phong-noi-vu").stdout,
        "report": run_cli("report", "--root", str(root), *day, "--agency", "phong-noi-vu",
                          "--format", "md", "-o", "-").stdout,
        "district": run_cli("report", "--root", str(root), *day, "--format", "json",
                            "-o", "-").stdout,
    }


def test_a_file_cannot_speak_for_another_agency(repo_copy: Path) -> None:
    honest = outputs(repo_copy)
    (repo_copy / FORGER).write_text(FORGED, encoding="utf-8")
    forged = outputs(repo_copy)
    assert forged["status"] == honest["status"]
    assert forged["report"] == honest["report"]
    assert "Kẻ Mạo Danh" not in forged["district"]
    validate = run_cli("validate", "--root", str(repo_copy), "--format", "json")
    assert validate.exit_code == 1
    assert ("file-name", FORGER) in {(p["code"], p["path"]) for p in json.loads(validate.stdout)}


def test_the_forging_file_counts_as_unreadable_for_its_own_agency(repo_copy: Path) -> None:
    (repo_copy / FORGER).write_text(FORGED, encoding="utf-8")
    rows = json.loads(run_cli("status", "--root", str(repo_copy), "--as-of", "2020-09-15",
                              "--format", "json", "--agency", "ubnd-xa-uar").stdout)["rows"]
    assert rows
    assert {r["readable"] for r in rows} == {False}
    table = run_cli("status", "--root", str(repo_copy), "--as-of", "2020-09-15",
                    env={"NO_COLOR": "1"})
    assert "Không đọc được tệp của: UBND xã Uar" in table.stdout


def test_a_file_may_name_its_agency_by_name(repo_copy: Path) -> None:
    target = repo_copy / "assignments" / "phong-noi-vu.yaml"
    text = target.read_text(encoding="utf-8")
    before = outputs(repo_copy)
    target.write_text(text.replace("agency: phong-noi-vu", "agency: Phòng Nội vụ"),
                      encoding="utf-8")
    assert run_cli("validate", "--root", str(repo_copy)).exit_code == 0
    assert outputs(repo_copy) == before
