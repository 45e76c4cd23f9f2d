"""What a district leader reads (issue 27): groups by lĩnh vực and by lãnh
đạo phụ trách, đang thực hiện, overdue by age, the year-end ranking; in
`cchc status`, the consolidated report and the site."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import yaml

from cchc_plan.views.leaders import in_progress, overdue_ages, ranking
from helpers import FIXTURES, KRONG_PA, copy_repo, run_cli

LEADERS = FIXTURES / "leaders" / "krong-pa-leaders.yaml"


def with_leaders(tmp_path: Path) -> Path:
    """A copy of the Krông Pa fixture whose registry names each agency's leader."""
    root = copy_repo(KRONG_PA, tmp_path / "repo")
    registry = root / "plan" / "agencies.yaml"
    data = yaml.safe_load(registry.read_text(encoding="utf-8"))
    leader_of = {a: who for who, agencies in
                 yaml.safe_load(LEADERS.read_text(encoding="utf-8")).items() for a in agencies}
    for agency in data["agencies"]:
        agency["leader"] = leader_of.get(agency["id"])
    registry.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return root


def row(status: str, days_late: int | None = None, progress: str | None = None,
        agency: str = "a", due: date | None = date(2021, 1, 1)) -> SimpleNamespace:
    return SimpleNamespace(status=status, days_late=days_late, progress=progress,
                           agency=agency, due=due)


def test_overdue_by_age_and_in_progress() -> None:
    rows = [row("overdue", 30), row("overdue", 31), row("overdue", 90), row("overdue", 91),
            row("pending", progress="in_progress"), row("overdue", 5, "in_progress"),
            row("done_late", 40, "done"), row("supporting", progress="in_progress")]
    assert overdue_ages(rows) == (2, 2, 1)
    assert in_progress(rows) == 2  # neither the done nor the supporting one


def test_ranking_by_rate_then_overdue_ties_share_a_rank() -> None:
    rows = [row("done_on_time", agency="x"), row("overdue", 3, agency="x"),
            row("done_on_time", agency="y"), row("overdue", 3, agency="y"),
            row("done_on_time", agency="z"), row("ongoing", agency="w", due=None)]
    lines = ranking(rows, {"x": "X", "y": "Y", "z": "Z", "w": "W"}, date(2021, 2, 1))
    assert [(r.rank, r.agency) for r in lines] == [(1, "z"), (2, "x"), (2, "y"), (4, "w")]


def status_text(root: Path, *args: str) -> str:
    done = run_cli("status", "--root", str(root), "--as-of", "20/1/2021", *args,
                   env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def test_status_by_leader_and_by_section(tmp_path: Path) -> None:
    root = with_leaders(tmp_path)
    by_leader = status_text(root, "--by", "leader")
    for who in ("Chủ tịch Nguyễn Văn A", "Phó Chủ tịch Trần Thị B", "Phó Chủ tịch Lê Văn C"):
        assert who in by_leader
    by_section = status_text(root, "--by", "section")
    assert "III. Lĩnh vực Cải cách thủ tục hành chính" in by_section
    assert "Đang thực hiện: " in by_section
    assert "Quá hạn theo thời gian: ≤ 30 ngày" in by_section
    # without leaders in the registry, --by leader says so
    assert "Chưa ghi lãnh đạo phụ trách" in status_text(KRONG_PA, "--by", "leader")


def test_consolidated_report_and_site_carry_the_leader_tables(tmp_path: Path) -> None:
    root = with_leaders(tmp_path)
    done = run_cli("report", "--root", str(root), "--as-of", "20/1/2021", "--format", "md",
                   "-o", "-")
    assert done.exit_code == 0, done.stderr
    text = done.stdout
    for heading in ("Kết quả theo lĩnh vực", "Kết quả theo lãnh đạo phụ trách",
                    "XẾP HẠNG CÁC CƠ QUAN, ĐƠN VỊ", "Quá hạn theo thời gian"):
        assert heading in text, heading
    leader_rows = [line for line in text.splitlines() if line.startswith("| Phó Chủ tịch")]
    assert len(leader_rows) == 2
    site = tmp_path / "site"
    assert run_cli("site", "--root", str(root), "-o", str(site), "--as-of",
                   "20/1/2021").exit_code == 0
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "Phó Chủ tịch Lê Văn C" in html
    # each leader's own offices, linked from their row
    row = next(r for r in html.split("<tr>") if "Phó Chủ tịch Trần Thị B" in r)
    assert 'href="co-quan/phong-y-te.html"' in row
    assert "phong-tu-phap.html" not in row
    assert 'class="data ranking"' in html


def test_the_group_views_fit_80_columns(tmp_path: Path) -> None:
    root = with_leaders(tmp_path)
    for by in ("section", "leader"):
        done = run_cli("status", "--root", str(root), "--as-of", "20/1/2021", "--by", by,
                       env={"NO_COLOR": "1", "COLUMNS": "80"})
        assert done.exit_code == 0, done.stderr
        assert max(len(line) for line in done.stdout.splitlines()) <= 80, by
