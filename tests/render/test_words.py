"""The government's words where leaders and officers read (issue 27, item 8)."""

from __future__ import annotations

from pathlib import Path

from cchc_plan.core.catalog import CATALOG
from helpers import KRONG_PA, run_cli


def report_md(root: Path, as_of: str, *agency: str) -> str:
    args = ("--agency", *agency) if agency else ()
    done = run_cli("report", "--root", str(root), *args, "--as-of", as_of, "--format", "md",
                   "-o", "-")
    assert done.exit_code == 0, done.stderr
    return " ".join(done.stdout.split())


def test_the_official_done_labels_everywhere() -> None:
    for code, words in (("done_late", "Hoàn thành quá hạn"),
                        ("done_on_time", "Hoàn thành đúng hạn")):
        assert CATALOG[f"status.{code}"]["vi"] == words
        assert CATALOG[f"status-short.{code}"]["vi"] == words
    assert not [k for k, v in CATALOG.items() if "Xong" in v["vi"]]


def test_the_rate_sentence_counts_obligations() -> None:
    text = report_md(KRONG_PA, "15/9/2020")
    assert "nghĩa vụ đã đến hạn được hoàn thành đúng hạn; nghĩa vụ thường xuyên" in text
    assert "nhiệm vụ đã đến hạn được hoàn thành" not in text


def test_communes_holding_their_own_plan_are_not_phoi_hop(blank_repo: Path) -> None:
    text = report_md(blank_repo, "20/1/2021")
    row = next(line for line in text.split("| 1 |")[1:] if "Kế hoạch CCHC năm của cấp xã" in line)
    row = row.split("\n")[0]
    assert "Thực hiện (14): UBND các xã, thị trấn" in row
    assert "Phối hợp (" not in row.split("| 1")[0]


def test_a_coordinating_part_reported_done_shows_in_the_agency_report(repo_copy: Path) -> None:
    (repo_copy / "assignments" / "phong-tu-phap.yaml").write_text(
        "agency: phong-tu-phap\ncontact: {name: An}\nupdated: 30/6/2021\ntasks:\n"
        "  - task: \"36.1\"\n    status: done\n    completed: 28/6/2021\n"
        "    evidence: [{title: Tin bài tuyên truyền}]\n", encoding="utf-8")
    text = report_md(repo_copy, "1/7/2021", "phong-tu-phap")
    assert "Phối hợp (không tính hạn), đã hoàn thành ngày 28/06/2021" in text


def test_the_site_prints_period_labels(repo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    done = run_cli("site", "--root", str(repo_copy), "-o", str(out), "--as-of", "20/1/2021")
    assert done.exit_code == 0, done.stderr
    html = "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.html")))
    assert "Quý IV/2020" in html
    assert "Năm 2021" in html
    for code in ("2020-Q4", "2021-Q1", "cchc tính"):
        assert code not in html, code


def test_status_names_communes_delivering_their_own_plan_so(blank_repo: Path) -> None:
    done = run_cli("status", "--root", str(blank_repo), "--as-of", "20/1/2021", "--task", "1",
                   env={"COLUMNS": "160"})
    assert done.exit_code == 0, done.stderr
    assert "14 cơ quan thực hiện" in done.stdout
    assert "cơ quan phối hợp" not in done.stdout
