"""The one test that reads the live repository: whatever valid progress the
agencies commit under assignments/, it validates. Every other test runs on
fixture copies."""

from __future__ import annotations

import json

from helpers import REPO, run_cli


def test_live_repository_validates() -> None:
    result = run_cli("validate", "--root", str(REPO), "--format", "json")
    assert result.exit_code == 0, result.stdout
    # only the plan's own review notes (issue 27: task 15's quarter-end guess and
    # task 36.2's offices the district has yet to name) are left for a person
    found = json.loads(result.stdout)
    assert {(p["code"], p["severity"]) for p in found} <= {("unreviewed", "warning")}
    assert len(found) == 2


def test_live_agency_schema_is_current() -> None:
    """schemas/assignment.schema.json is generated for the plan: after an edit of
    the plan, `cchc schema -o schemas/assignment.schema.json --force`."""
    from cchc_plan.app import open_plan, schema

    current = schema("assignment", "vi", open_plan(REPO, use_cache=False))
    committed = (REPO / "schemas" / "assignment.schema.json").read_text(encoding="utf-8")
    assert committed == current, "run: cchc schema -o schemas/assignment.schema.json --force"
