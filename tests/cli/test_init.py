"""`cchc init`, the committed scaffolds, and the JSON Schemas."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Literal

import pytest
import yaml

from cchc_plan.load.schema import schema_filename, schema_text
from helpers import KRONG_PA, REPO, run_cli


def test_init_every_agency_validates(repo_copy: Path) -> None:
    for path in (repo_copy / "assignments").glob("*.yaml"):
        path.unlink()
    result = run_cli("init", "--all", "--root", str(repo_copy))
    assert result.exit_code == 0, result.stderr
    files = sorted(p.stem for p in (repo_copy / "assignments").glob("*.yaml"))
    assert len(files) == 31
    check = run_cli("validate", "--root", str(repo_copy), "--format", "json")
    found = [p["code"] for p in json.loads(check.stdout)]
    assert (check.exit_code, found) == (0, ["unreviewed", "unreviewed"])  # the plan's notes


def test_scaffold_content(repo_copy: Path) -> None:
    (repo_copy / "assignments" / "phong-tu-phap.yaml").unlink()
    assert run_cli("init", "--agency", "Phòng Tư pháp", "--root", str(repo_copy)).exit_code == 0
    text = (repo_copy / "assignments" / "phong-tu-phap.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/assignment.schema.json\n")
    data = yaml.safe_load(text)
    tasks = [entry["task"] for entry in data["tasks"]]
    assert "8" in tasks
    assert "3.2" in tasks
    assert "IV.1" in tasks
    assert "3" not in tasks  # a heading: its sub-items carry the work
    assert all(entry["status"] == "not_started" for entry in data["tasks"])
    assert "  # 8. " in text
    assert "Chủ trì · Thời hạn: Theo KH đã ban hành" in text


def test_init_refuses_to_clobber(repo_copy: Path) -> None:
    target = repo_copy / "assignments" / "phong-noi-vu.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "# my notes\n", encoding="utf-8")
    before = target.read_bytes()
    result = run_cli("init", "--agency", "phong-noi-vu", "--root", str(repo_copy))
    assert result.exit_code == 2
    assert "đã tồn tại" in result.stderr
    assert "--force" in result.stderr
    english = run_cli("init", "--agency", "phong-noi-vu", "--root", str(repo_copy), "--lang", "en")
    assert "already exists" in english.stderr
    assert "--force" in english.stderr
    assert target.read_bytes() == before
    forced = run_cli("init", "--agency", "phong-noi-vu", "--root", str(repo_copy), "--force")
    assert forced.exit_code == 0
    assert forced.stderr.startswith("đã ghi assignments/phong-noi-vu.yaml\n")
    assert target.with_name("phong-noi-vu.yaml.bak").read_bytes() == before
    assert b"# my notes" not in target.read_bytes()


def test_init_all_skips_existing(repo_copy: Path) -> None:
    result = run_cli("init", "--all", "--root", str(repo_copy))
    assert result.exit_code == 0
    assert "assignments/" not in result.stderr


def test_init_needs_an_agency(repo_copy: Path) -> None:
    result = run_cli("init", "--root", str(repo_copy))
    assert result.exit_code == 2
    assert result.stderr == ("cchc: lỗi: chưa chỉ rõ cơ quan nào\n"
                             "  gợi ý: thêm --agency MÃ_CƠ_QUAN, hoặc --all cho mọi cơ quan\n")
    unknown = run_cli("init", "--agency", "khong-co", "--root", str(repo_copy), "--lang", "en")
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith("cchc: error: no agency 'khong-co'\n")


def test_schema_usage_error_in_both_languages() -> None:
    result = run_cli("schema", "--plan", "--agencies")
    assert result.exit_code == 2
    assert "chỉ dùng --plan hoặc --agencies" in result.stderr
    english = run_cli("schema", "--plan", "--agencies", "--lang", "en")
    assert "give --plan or --agencies, not both" in english.stderr


def test_fixture_agency_files_have_the_modeline() -> None:
    files = sorted((KRONG_PA / "assignments").glob("*.yaml"))
    assert len(files) == 31
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


@pytest.mark.parametrize("kind", ["plan", "agencies"])
def test_generic_schemas_in_sync(kind: Literal["plan", "agencies"]) -> None:
    committed = (REPO / "schemas" / schema_filename(kind)).read_text(encoding="utf-8")
    assert committed == schema_text(kind, "vi"), "run: cchc schema --plan|--agencies -o ... --force"


def test_schema_command_prints_the_schema() -> None:
    result = run_cli("schema", "--plan")
    assert json.loads(result.stdout)["title"].startswith("cchc plan")


def check_jsonschema(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(REPO / "schemas" / schema),
         *map(str, files)], capture_output=True, text=True, check=False)


def test_check_jsonschema_accepts_the_fixture_files() -> None:
    assignments = sorted((KRONG_PA / "assignments").glob("*.yaml"))
    done = check_jsonschema("assignment.schema.json", *assignments)
    assert done.returncode == 0, done.stdout
    plan = KRONG_PA / "plan"
    assert check_jsonschema("plan.schema.json", plan / "appendix.yaml").returncode == 0
    assert check_jsonschema("agencies.schema.json", plan / "agencies.yaml").returncode == 0


def test_check_jsonschema_rejects_unknown_field(tmp_path: Path) -> None:
    bad = tmp_path / "phong-noi-vu.yaml"
    bad.write_text("agency: phong-noi-vu\nupdated: 1/9/2020\nasignee: x\n", encoding="utf-8")
    result = check_jsonschema("assignment.schema.json", bad)
    assert result.returncode == 1
    assert "asignee" in result.stdout


def test_hook_files_run_validate() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["entry"] == "cchc validate --tracked"
    assert hooks[0]["language"] == "python"
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert config["repos"][0]["hooks"][0]["entry"] == "cchc validate --tracked"
    workflow = (REPO / ".github" / "workflows" / "validate.yml").read_text(encoding="utf-8")
    assert "cchc validate --format github" in workflow


def test_init_writes_the_schema_its_files_point_at(blank_copy: Path) -> None:
    result = run_cli("init", "--agency", "phong-noi-vu", "--root", str(blank_copy))
    assert result.exit_code == 0, result.stderr
    generated = json.loads((blank_copy / "schemas" / "assignment.schema.json").read_text(
        encoding="utf-8"))
    assert generated["properties"]["agency"]["oneOf"][0]["const"] == "van-phong-hdnd-ubnd"
    again = run_cli("init", "--agency", "phong-tu-phap", "--root", str(blank_copy))
    assert "schemas/" not in again.stderr  # written once, never clobbered
