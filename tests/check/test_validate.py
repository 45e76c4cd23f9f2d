"""`cchc validate`: every problem kind gives its code and line; clean data passes."""

from __future__ import annotations

import codecs
import json
import shutil
import unicodedata
from pathlib import Path

import pytest

from helpers import CASES, EXAMPLES, KRONG_PA, MINI, TARGET, run_cli, with_file


def problems(root: Path) -> tuple[int, list[dict[str, object]]]:
    result = run_cli("validate", "--root", str(root), "--format", "json")
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, json.loads(result.stdout)


@pytest.mark.parametrize("name", sorted(CASES))
def test_negative_file(tmp_path: Path, name: str) -> None:
    expected = CASES[name]
    root = with_file(tmp_path, (EXAMPLES / "negative" / name).read_bytes())
    code, found = problems(root)
    assert code == 1
    hits = [p for p in found if p["code"] == expected["code"]]
    assert hits, f"{name}: expected {expected}, got {found}"
    assert hits[0]["path"] == TARGET
    assert hits[0]["line"] == expected["line"], hits


def test_every_negative_file_has_a_case() -> None:
    files = {p.name for p in (EXAMPLES / "negative").glob("*.yaml")} - {"cases.yaml"}
    assert files == set(CASES)


def test_text_format_is_path_line_col(tmp_path: Path) -> None:
    root = with_file(tmp_path, (EXAMPLES / "negative" / "unknown-field.yaml").read_bytes())
    result = run_cli("validate", "--root", str(root))
    assert result.exit_code == 1
    assert f"{TARGET}:5:5: error[unknown-field]: trường 'asignee' không hợp lệ" in result.stdout
    assert "  gợi ý: có phải là 'assignee'?" in result.stdout
    assert result.stderr == "đã kiểm tra 3 tệp: 1 lỗi\n"
    english = run_cli("validate", "--root", str(root), "--lang", "en")
    assert english.exit_code == 1
    assert f"{TARGET}:5:5: error[unknown-field]: unknown field 'asignee'" in english.stdout
    assert "  hint: did you mean 'assignee'?" in english.stdout
    assert english.stderr == "3 files checked: 1 error(s)\n"


def test_github_format(tmp_path: Path) -> None:
    root = with_file(tmp_path, (EXAMPLES / "negative" / "bad-date.yaml").read_bytes())
    result = run_cli("validate", "--root", str(root), "--format", "github")
    assert result.exit_code == 1
    assert result.stdout.startswith(f"::error file={TARGET},line=2,col=10,title=bad-date::")
    assert "::'31/02/2020': tháng 2/2020 chỉ có 29 ngày\n" in result.stdout
    english = run_cli("validate", "--root", str(root), "--format", "github", "--lang", "en")
    assert "::'31/02/2020': month 2/2020 has 29 days\n" in english.stdout


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = Path("/tmp/cchc-pwned")
    marker.unlink(missing_ok=True)
    root = with_file(tmp_path, (EXAMPLES / "negative" / "python-tag.yaml").read_bytes())
    problems(root)
    assert not marker.exists()


def test_all_problems_of_all_files_in_one_run(tmp_path: Path) -> None:
    root = with_file(tmp_path, (EXAMPLES / "negative" / "bad-date.yaml").read_bytes())
    (root / "assignments" / "phong-tu-phap.yaml").write_bytes(
        (EXAMPLES / "negative" / "unknown-field.yaml").read_bytes().replace(
            b"phong-noi-vu", b"phong-tu-phap").replace(b'"2.1"', b'"2.10"'))
    _, found = problems(root)
    assert {(p["path"], p["code"]) for p in found} >= {
        (TARGET, "bad-date"), ("assignments/phong-tu-phap.yaml", "unknown-field")}


# --- encodings ---------------------------------------------------------------------

BAD_BYTES = {
    "utf16": ("Cơ quan: Phòng Nội vụ\n".encode("utf-16"), "bad-encoding"),
    "cp1258": (unicodedata.normalize("NFD", "agency: phong-noi-vu\nnotes: Phòng\n").encode(
        "cp1258"), "bad-encoding"),
    "nul": (b"agency: phong-noi-vu\n\x00\x00", "binary-file"),
}


@pytest.mark.parametrize("kind", sorted(BAD_BYTES))
def test_bad_encoding(tmp_path: Path, kind: str) -> None:
    content, code = BAD_BYTES[kind]
    exit_code, found = problems(with_file(tmp_path, content))
    assert exit_code == 1
    assert [p["code"] for p in found] == [code]
    assert "UTF-8" in str(found[0]["hint"])
    if kind == "cp1258":
        assert str(found[0]["message"]).startswith("tệp không phải UTF-8 (byte 0x")
        assert str(found[0]["hint"]).startswith(
            "tệp có vẻ ở dạng Windows-1258 hoặc TCVN3 (ABC); hãy lưu lại dạng UTF-8 (Unicode)")


def _clean() -> bytes:
    return (EXAMPLES / "positive" / "phong-noi-vu.yaml").read_bytes()


def _same_meaning_variants() -> dict[str, bytes]:
    text = _clean().decode("utf-8")
    named = "agency: phong-noi-vu"
    return {
        "bom": codecs.BOM_UTF8 + _clean(),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "nfd": unicodedata.normalize("NFD", text).encode("utf-8"),
        "no-diacritics-name": text.replace(named, "agency: Phong Noi vu").encode(),
        "name-in-capitals": text.replace(named, "agency: PHÒNG NỘI VỤ").encode(),
    }


@pytest.mark.parametrize("variant", sorted(_same_meaning_variants()))
def test_same_meaning_whatever_the_encoding(tmp_path: Path, variant: str) -> None:
    clean_root = with_file(tmp_path / "a", _clean())
    other_root = with_file(tmp_path / "b", _same_meaning_variants()[variant])
    assert problems(other_root) == problems(clean_root) == (0, [])
    args = ("status", "--as-of", "2020-10-15", "--format", "json")
    clean = run_cli(*args, "--root", str(clean_root)).stdout
    assert run_cli(*args, "--root", str(other_root)).stdout == clean


# --- the fixture repository and repository discovery ------------------------------------


def test_fixture_repository_is_clean() -> None:
    code, found = problems(KRONG_PA)
    # the plan's two review notes (tasks 15 and 36.2) are its only warnings
    assert (code, [p["code"] for p in found]) == (0, ["unreviewed", "unreviewed"])


def test_root_found_from_a_subfolder(tmp_path: Path) -> None:
    root = with_file(tmp_path, _clean())
    result = run_cli("validate", cwd=root / "assignments")
    assert result.exit_code == 0


def test_no_root_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("validate", cwd=tmp_path)
    assert result.exit_code == 2
    assert "plan/appendix.yaml" in result.stderr


def test_empty_assignments_folder_is_fine(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(MINI / "plan", root / "plan")
    assert problems(root) == (0, [])


# --- plan-level problems ---------------------------------------------------------------

PLAN_EDITS = {
    "unknown-agency": ("lead: [phong-noi-vu]\n    coordinating: [ubnd-xa-thi-tran]",
                       "lead: [phong-noi-vuu]\n    coordinating: [ubnd-xa-thi-tran]"),
    "duplicate-id": ('id: "2.10"', 'id: "2.1"'),
    "unknown-task": ('parent: "2"\n    title: Pano', 'parent: "7"\n    title: Pano'),
    "unknown-event": ("event: tinh-phe-duyet, days", "event: tinh-phe-duyt, days"),
    "unknown-section": ("section: II\n    title: Theo", "section: IX\n    title: Theo"),
    "bad-value": ("kind: on_request", "kind: on-request"),
    "missing-field": ("    title: Pano áp phích\n", ""),
    "no-deadline": ("    deadline: [{kind: on_request, basis: UBND tỉnh}]\n", ""),
    "bad-date": ("date: 15/8/2020", "date: 15/13/2020"),
}


@pytest.mark.parametrize("code", sorted(PLAN_EDITS))
def test_plan_problem(tmp_path: Path, code: str) -> None:
    old, new = PLAN_EDITS[code]
    root = tmp_path / "repo"
    shutil.copytree(MINI, root)
    plan = root / "plan" / "appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    assert old in text
    plan.write_text(text.replace(old, new, 1), encoding="utf-8")
    exit_code, found = problems(root)
    assert exit_code == 1
    assert code in {p["code"] for p in found if p["path"] == "plan/appendix.yaml"}, found


def test_unknown_deadline_kind_suggests(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(MINI, root)
    plan = root / "plan" / "appendix.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("kind: quarterly", "kind: quartely"),
                    encoding="utf-8")
    _, found = problems(root)
    assert any(p["code"] == "bad-value" and p["hint"] == "có phải là 'quarterly'?" for p in found)
