"""Scoring an import of a test plan (tests/level_plans.py) against what each row
means: per field, right, wrong but flagged (the task has a review note), or
silently wrong.

    python tests/level_scores.py   # imports the four plans and prints the table
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from level_plans import PLANS, LevelPlan, build, deadline_signature

FIELDS = ("ids", "sections", "leads", "coordinators", "deadlines")


@dataclass
class Score:
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    flagged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    wrong: dict[str, list[str]] = field(default_factory=lambda: {f: [] for f in FIELDS})
    total: int = 0

    def line(self, name: str) -> str:
        parts = [f"{f} {self.right[f]}/{self.flagged[f]}/{len(self.wrong[f])}" for f in FIELDS]
        return f"{name:10} rows {self.total:2}  " + "  ".join(parts)


def score(plan: LevelPlan, data: dict[str, Any]) -> Score:
    """Rows matched in order (the import keeps the table's order)."""
    tasks = data["tasks"]
    result = Score(total=len(plan.items))
    for index, item in enumerate(plan.items):
        task = tasks[index] if index < len(tasks) else {}
        want = item.want
        got = {"ids": task.get("id"), "sections": task.get("section"),
               "leads": tuple(task.get("lead") or ()),
               "coordinators": tuple(task.get("coordinating") or ()),
               "deadlines": deadline_signature(task.get("deadline") or [])}
        expected = {"ids": want.id, "sections": want.section, "leads": want.lead,
                    "coordinators": want.coordinating, "deadlines": want.deadline}
        for name in FIELDS:
            if same(name, got[name], expected[name]):
                result.right[name] += 1
            elif task.get("review"):
                result.flagged[name] += 1
            else:
                result.wrong[name].append(f"{want.id}: {got[name]!r} != {expected[name]!r}")
    return result


def same(name: str, got: object, expected: object) -> bool:
    if name == "deadlines":
        return normal(str(got)) == normal(str(expected))
    return got == expected


def normal(signature: str) -> str:
    """"date 30/06/2021" and "date 30/6/2021" are one date."""
    out = []
    for word in signature.split(" "):
        if "/" in word:
            word = "/".join(str(int(p)) for p in word.split("/"))
        out.append(word)
    return " ".join(out)


def main() -> int:
    from helpers import run_cli

    with tempfile.TemporaryDirectory() as tmp:
        for name, plan in PLANS.items():
            root = Path(tmp) / name
            run_cli("new", str(root), "--level", plan.level, "--district", plan.district,
                    "--province", plan.province, "--year", str(plan.year))
            source = build(plan, Path(tmp) / f"{name}.docx")
            result = run_cli("plan", "import", str(source), "--force",
                             "-o", str(root / "plan/appendix.yaml"),
                             "--agencies", str(root / "plan/agencies.yaml"))
            data = yaml.safe_load((root / "plan/appendix.yaml").read_text(encoding="utf-8"))
            found = score(plan, data)
            print(found.line(name))
            for field_name, wrong in found.wrong.items():
                for line in wrong:
                    print(f"    silently wrong {field_name}: {line}")
            if "-v" in sys.argv:
                print(result.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    raise SystemExit(main())
