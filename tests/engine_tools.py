"""The engine tests' shared steps: a copy of the `mini` plan with agency files,
its obligations at a date, and one obligation among them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from cchc_plan.app import open_project
from cchc_plan.engine.obligations import Obligation, compute_status
from helpers import MINI

TODAY = date(2030, 1, 1)


def repo(tmp_path: Path, files: dict[str, str] | None = None, plan_edit: tuple[str, str] | None
         = None) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(MINI, root)
    for agency, body in (files or {}).items():
        (root / "assignments" / f"{agency}.yaml").write_text(body, encoding="utf-8")
    if plan_edit:
        plan = root / "plan" / "appendix.yaml"
        plan.write_text(plan.read_text(encoding="utf-8").replace(*plan_edit), encoding="utf-8")
    return root


def rows(root: Path, as_of: date, due_within: int = 7) -> list[Obligation]:
    project = open_project(root, today=TODAY, use_cache=False)
    assert project.ok, [p.format("en") for p in project.problems]
    return compute_status(project, as_of, due_soon_days=due_within).obligations


def find(obligations: list[Obligation], task: str, agency: str, period: str | None = None,
         part: str | None = None) -> Obligation:
    hits = [o for o in obligations if o.task.id == task and o.agency == agency
            and (period is None or o.period == period) and (part is None or o.part_key == part)]
    assert len(hits) == 1, hits
    return hits[0]
