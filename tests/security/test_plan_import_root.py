"""Issue 25, defect 7: every command takes --root, `cchc plan import` too:
the draft plan and the proposed registry go under the named repository, and
the registry names are resolved against is the one there."""

from __future__ import annotations

from pathlib import Path

import plan_fixtures as fx
from helpers import KRONG_PA, copy_repo, run_cli


def test_plan_import_writes_under_root(tmp_path: Path) -> None:
    fx.song_may_xlsx(tmp_path / "ke-hoach.xlsx")
    district = tmp_path / "district"
    district.mkdir()
    result = run_cli("plan", "import", "ke-hoach.xlsx", "--root", str(district), cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    assert (district / "plan" / "appendix.yaml").is_file()
    assert (district / "plan" / "agencies.yaml").is_file()
    assert not (tmp_path / "plan").exists()
    checked = run_cli("validate", "--root", str(district))
    assert checked.exit_code == 0, checked.stdout


def test_plan_import_reads_the_registry_under_root(tmp_path: Path) -> None:
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    exported = run_cli("plan", "export", "--root", str(root), "-o", str(tmp_path / "pl.docx"))
    assert exported.exit_code == 0, exported.stderr
    done = run_cli("plan", "import", str(tmp_path / "pl.docx"), "--root", str(root),
                   "--force", cwd=tmp_path)
    assert done.exit_code == 0, done.stderr
    assert (root / "plan" / "appendix.yaml.bak").exists()
    assert not (tmp_path / "plan").exists()
