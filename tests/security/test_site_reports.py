"""Issue 25, defect 5: `cchc site --reports` publishes only the files `cchc
report` wrote, recognised by their content, not their name; every other file
gets a line on stderr and is neither copied nor linked. `report --format
html` carries the site's Content-Security-Policy (no script, nothing from
elsewhere), first in <head>. Reproduced first: on main a bao-cao-<id>-<date>.html
with a <script> was copied into bao-cao/ and linked from the agency's page."""

from __future__ import annotations

from pathlib import Path

import pytest

from cchc_plan.features.site.report_files import recognise
from cchc_plan.render.html import CSP_RULES, REPORT_CSP, SITE_CSP, report_head
from helpers import KRONG_PA, copy_repo, run_cli

DAY = "2020-09-14"
SCRIPT = "<script>fetch('/steal?'+document.cookie)</script>"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A repository and a folder of the reports cchc wrote for Phòng Nội vụ."""
    base = tmp_path_factory.mktemp("site")
    root = copy_repo(KRONG_PA, base / "repo")
    reports = base / "reports"
    reports.mkdir()
    for fmt in ("docx", "xlsx", "md", "json", "html"):
        done = run_cli("report", "--root", str(root), "--agency", "phong-noi-vu", "--as-of",
                       DAY, "--format", fmt, "-o",
                       str(reports / f"bao-cao-phong-noi-vu-{DAY}.{fmt}"))
        assert done.exit_code == 0, done.stderr
    return root, reports


def test_every_format_cchc_report_writes_is_recognised(made: tuple[Path, Path]) -> None:
    _, reports = made
    for path in reports.iterdir():
        assert recognise(path.read_bytes(), path.suffix[1:]) is None, path.name


def test_an_html_report_carries_the_site_policy_first(made: tuple[Path, Path]) -> None:
    html = (made[1] / f"bao-cao-phong-noi-vu-{DAY}.html").read_text(encoding="utf-8")
    assert html.startswith(report_head("vi"))
    assert f'<meta http-equiv="Content-Security-Policy" content="{REPORT_CSP}">' in html
    assert REPORT_CSP.startswith(CSP_RULES)
    assert SITE_CSP.startswith(CSP_RULES)
    assert "script-src" not in REPORT_CSP  # default-src 'none' forbids every script


def hostile_files(folder: Path, genuine_html: str) -> dict[str, bytes]:
    head = report_head("vi")
    files = {
        "bao-cao-phong-tu-phap-2020-09-14.html": f"<html><body>{SCRIPT}</body></html>",
        "bao-cao-phong-dan-toc-2020-09-14.html": genuine_html.replace(
            "</main>", f"{SCRIPT}</main>", 1),
        "bao-cao-phong-tai-chinh-ke-hoach-2020-09-14.html": SCRIPT + genuine_html,
        "bao-cao-phong-kinh-te-ha-tang-2020-09-14.html": genuine_html.replace(
            "</main>", '<a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)></main>'),
        "bao-cao-phong-giao-duc-dao-tao-2020-09-14.html": head.replace(
            "<head>", '<head><meta http-equiv="refresh" content="0;url=https://evil.example">'),
        "bao-cao-phong-lao-dong-tbxh-2020-09-14.docx": "not a word file",
        "bao-cao-phong-nong-nghiep-ptnt-2020-09-14.pdf":
            "%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF",
        "bao-cao-phong-tai-nguyen-moi-truong-2020-09-14.pdf":
            "%PDF-1.4\n1 0 obj<</OpenAction<</S/J#61vaScript/JS(x)>>>>endobj\n%%EOF",
        "bao-cao-buu-dien-huyen-2020-09-14.md": "---\nlayout: x\n---\n<script>x</script>\n",
        "bao-cao-tong-hop-2020-09-14.json": "[1, 2]",
    }
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return {name: text.encode("utf-8") for name, text in files.items()}


def test_only_reports_cchc_wrote_are_published(made: tuple[Path, Path], tmp_path: Path) -> None:
    root, genuine = made
    reports = tmp_path / "reports"
    reports.mkdir()
    for path in genuine.iterdir():
        (reports / path.name).write_bytes(path.read_bytes())
    html = (genuine / f"bao-cao-phong-noi-vu-{DAY}.html").read_text(encoding="utf-8")
    hostile = hostile_files(reports, html)
    out = tmp_path / "public"
    done = run_cli("site", "--root", str(root), "-o", str(out), "--as-of", "2020-09-15",
                   "--reports", str(reports))
    assert done.exit_code == 0, done.stderr
    published = {p.name for p in (out / "bao-cao").iterdir()}
    assert published == {p.name for p in genuine.iterdir()}
    for name in hostile:
        assert f"{reports / name}" in done.stderr, name
        assert "không đưa" in done.stderr
    pages = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.html"))
    assert "<script" not in pages
    for name in hostile:
        assert name not in pages


def test_a_clean_pdf_is_recognised() -> None:
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    assert recognise(pdf, "pdf") is None
