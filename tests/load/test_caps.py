"""Bounded output for hostile files (issue 12, defect 9): at most 100 problems
per file and 1,000 per run are shown, then one line says how many more."""

from __future__ import annotations

import json
from pathlib import Path

from cchc_plan.core.messages import msg
from cchc_plan.core.problems import MAX_PER_FILE, MAX_PER_RUN, Problem, capped
from helpers import MINI, copy_repo, run_cli

ENTRY = '  - {task: "1", status: dnoe}\n'


def agency_file(entries: int, agency: str = "phong-noi-vu") -> str:
    return f"agency: {agency}\nupdated: 1/8/2020\ntasks:\n" + ENTRY * entries


def test_one_file_shows_its_first_hundred_problems(tmp_path: Path) -> None:
    root = copy_repo(MINI, tmp_path / "repo")
    (root / "assignments" / "phong-noi-vu.yaml").write_text(agency_file(5000), encoding="utf-8")
    result = run_cli("validate", "--root", str(root), "--format", "json")
    found = json.loads(result.stdout)
    assert result.exit_code == 1
    assert len(found) == MAX_PER_FILE + 1
    assert [p["line"] for p in found[:3]] == [4, 5, 6]  # in file order: the first ones
    last = found[-1]
    assert last["code"] == "too-many-problems"
    assert last["message"].startswith("và 4.900 lỗi khác trong tệp này")
    text = run_cli("validate", "--root", str(root))
    assert len(text.stdout.splitlines()) <= 2 * (MAX_PER_FILE + 1)
    assert "5000 lỗi" in text.stderr  # the count of all problems found


def test_a_run_shows_its_first_thousand(tmp_path: Path) -> None:
    root = copy_repo(MINI, tmp_path / "repo")
    for index in range(15):
        name = f"ubnd-xa-{index:02d}"
        (root / "assignments" / f"{name}.yaml").write_text(agency_file(80, name),
                                                         encoding="utf-8")
    found = json.loads(run_cli("validate", "--root", str(root), "--format", "json").stdout)
    real = [p for p in found if p["code"] != "too-many-problems"]
    assert len(real) == MAX_PER_RUN
    assert found[-1]["code"] == "too-many-problems"
    assert "mỗi lần chạy chỉ hiện 1000 lỗi đầu tiên" in found[-1]["message"]


def test_capped_counts_every_problem_once() -> None:
    problems = [Problem(f"f{f}.yaml", line, 1, "x", msg("unreadable", reason="r"))
                for f in range(3) for line in range(1, 51)]
    shown = capped(problems * 2, per_file=20, per_run=45)
    real = [p for p in shown if p.code != "too-many-problems"]
    notes = [p for p in shown if p.code == "too-many-problems"]
    assert len(real) == 45
    said = sum(int(dict(n.message.params)["n"]) for n in notes)
    assert len(real) + said == 150
    assert [p.line for p in real[:20]] == list(range(1, 21))
