"""The one test that reads the live repository: whatever valid progress the
agencies commit under assignments/, it validates. Every other test runs on
fixture copies."""

from __future__ import annotations

import json

from helpers import REPO, run_cli


def test_live_repository_validates() -> None:
    result = run_cli("validate", "--root", str(REPO), "--format", "json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout) == []
