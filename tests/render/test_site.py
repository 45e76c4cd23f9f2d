"""The site's pages: every value escaped (agency text is untrusted), links only
for http(s), every internal link resolving inside the folder, nothing from
outside it, headings in order, a table beside every chart, a page per agency
and per task, English with --lang en, the latest report files linked."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from helpers import AS_OF, run_cli

HOSTILE = {
    "name: Nguyễn Thị Hoa": 'name: "<script>alert(1)</script> Hoa"',
    "notes: In bổ sung 2.000 tờ giấy tiếp nhận hồ sơ có nội dung tuyên truyền":
        'notes: "<img src=x onerror=alert(2)> In bổ sung"',
    "cấp xã và các phòng ban}": 'cấp xã và các phòng ban, link: "https://example.org/qd?a=1&b=<2>"}',
    'link: "https://krongpa.gialai.gov.vn/cchc/45-bc-pnv.pdf"':
        'link: "javascript:alert(3)"',
    'title: "Báo cáo kết quả khắc phục tồn tại':
        'title: "\\"><svg onload=alert(4)> Báo cáo kết quả khắc phục tồn tại',
}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[int] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture
def site(repo_copy: Path, tmp_path: Path) -> Path:
    agency = repo_copy / "assignments" / "phong-noi-vu.yaml"
    text = agency.read_text(encoding="utf-8")
    for old, new in HOSTILE.items():
        assert old in text
        text = text.replace(old, new, 1)
    agency.write_text(text, encoding="utf-8")
    assert run_cli("validate", "--root", str(repo_copy)).exit_code == 0  # all of it accepted
    reports = tmp_path / "reports"
    reports.mkdir()
    made = {}  # the site publishes only what cchc report wrote (by content, issue 25)
    for fmt, who in (("docx", ("--agency", "phong-noi-vu")), ("md", ("--agency", "phong-noi-vu")),
                     ("xlsx", ())):
        made[fmt] = tmp_path / f"made.{fmt}"
        assert run_cli("report", "--root", str(repo_copy), *who, "--as-of", "2020-09-14",
                       "--format", fmt, "-o", str(made[fmt])).exit_code == 0
    for name in ("bao-cao-phong-noi-vu-2020-09-01.docx", "bao-cao-phong-noi-vu-2020-09-14.docx",
                 "bao-cao-phong-noi-vu-2020-09-14.md", "bao-cao-phong-noi-vu-2020-12-01.docx",
                 "bao-cao-tong-hop-2020-09-14.xlsx", "ghi-chu.txt"):
        fmt = name.rpartition(".")[2]
        (reports / name).write_bytes(made[fmt].read_bytes() if fmt in made else name.encode())
    (reports / "bao-cao-phong-tu-phap-2020-09-14.docx").symlink_to(agency)
    out = tmp_path / "public"
    done = run_cli("site", "--root", str(repo_copy), "-o", str(out), "--as-of",
                   AS_OF.isoformat(), "--reports", str(reports))
    assert done.exit_code == 0, done.stderr
    return out


def pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def test_a_page_per_agency_and_per_task(site: Path) -> None:
    agencies = {p.stem for p in (site / "co-quan").iterdir()}
    assert {"phong-noi-vu", "ubnd-xa-chu-gu"} <= agencies
    assert len(agencies) == 31
    tasks = {p.stem for p in (site / "nhiem-vu").iterdir()} - {"index"}
    assert {"IV.1", "2.6", "25", "33.1"} <= tasks
    assert "3" not in tasks  # a heading: its sub-items have pages
    assert {"index.html", "xu-huong.html", "style.css", "favicon.svg"} <= {
        p.name for p in site.iterdir()}


def test_agency_text_is_escaped_everywhere(site: Path) -> None:
    for path in pages(site):
        html = path.read_text(encoding="utf-8")
        assert "<script" not in html, path
        assert "<img" not in html, path
        assert "<svg onload" not in html, path
        assert 'href="javascript' not in html, path
        assert "\a" not in html, path
        for tag, attrs in parse(path).tags:
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            href = attrs.get("href") or ""
            assert not href.lower().startswith("javascript"), path
    agency = (site / "co-quan" / "phong-noi-vu.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Hoa" in agency
    assert "&lt;img src=x onerror=alert(2)&gt;" in agency
    assert "javascript:alert(3)" in agency  # shown as text, not a link
    assert "&quot;&gt;&lt;svg onload=alert(4)&gt;" in agency
    assert 'href="https://example.org/qd?a=1&amp;b=&lt;2&gt;"' in agency


def test_web_links_only_for_http(site: Path) -> None:
    external = {attrs["href"] for path in pages(site) for tag, attrs in parse(path).tags
                if tag == "a" and attrs.get("href", "").startswith("http")}  # type: ignore[union-attr]
    assert external  # the fixture's other agencies link their evidence
    for path in pages(site):
        for tag, attrs in parse(path).tags:
            if tag == "a" and (attrs.get("href") or "").startswith("http"):
                assert "noopener" in (attrs.get("rel") or "")


def test_every_internal_link_resolves_inside_the_folder(site: Path) -> None:
    for path in pages(site):
        here = path.relative_to(site).parent.as_posix()
        for tag, attrs in parse(path).tags:
            for key in ("href", "src"):
                target = attrs.get(key)
                if not target or target.startswith(("http://", "https://", "#")):
                    continue
                assert tag in ("a", "link"), (path, tag)
                inside = posixpath.normpath(posixpath.join(here, target.split("#")[0]))
                assert not inside.startswith(".."), (path, target)
                assert (site / inside).is_file(), (path, target)
            if tag in ("script", "img", "iframe", "object", "embed"):
                raise AssertionError(f"{path}: <{tag}>")


def test_pages_are_accessible_in_their_structure(site: Path) -> None:
    for path in pages(site):
        html = path.read_text(encoding="utf-8")
        page = parse(path)
        assert page.tags[0] == ("html", {"lang": "vi"}), path
        assert page.headings[0] == 1, path
        assert page.headings.count(1) == 1, path
        assert all(b <= a + 1 for a, b in zip(page.headings, page.headings[1:], strict=False)), path
        for tag, attrs in page.tags:
            if tag == "svg" and attrs.get("role") == "img":
                assert attrs.get("aria-label"), path
        if 'class="bar"' in html or 'class="line"' in html:
            assert "<table" in html, path  # the numbers behind the chart
        assert "Content-Security-Policy" in html


def test_overview_says_who_is_late_and_who_has_not_submitted(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "Tính đến ngày 15/09/2020" in html
    assert 'data-agency="phong-noi-vu"' in html
    assert "cơ quan chưa nộp tệp tiến độ" in html
    assert "Các mốc của kế hoạch" in html
    assert html.count('<svg class="bar"') == 31


def test_latest_reports_are_linked_and_copied(site: Path) -> None:
    agency = (site / "co-quan" / "phong-noi-vu.html").read_text(encoding="utf-8")
    assert 'href="../bao-cao/bao-cao-phong-noi-vu-2020-09-14.docx"' in agency
    assert 'href="../bao-cao/bao-cao-phong-noi-vu-2020-09-14.md"' in agency
    assert "2020-09-01.docx" not in agency  # an older one
    assert "2020-12-01" not in agency  # after the as-of date
    copied = sorted(p.name for p in (site / "bao-cao").iterdir())
    assert copied == ["bao-cao-phong-noi-vu-2020-09-14.docx",
                      "bao-cao-phong-noi-vu-2020-09-14.md", "bao-cao-tong-hop-2020-09-14.xlsx"]
    assert "bao-cao/bao-cao-tong-hop-2020-09-14.xlsx" in (site / "index.html").read_text(
        encoding="utf-8")


def test_english_with_lang_en(repo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "en"
    done = run_cli("site", "--root", str(repo_copy), "-o", str(out), "--as-of", "2020-09-15",
                   "--lang", "en")
    assert done.exit_code == 0, done.stderr
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html
    assert "How the plan is going" in html
    assert "As of 2020-09-15" in html
    assert "wrote the site" in done.stderr


def test_a_missing_reports_folder_is_a_usage_error(repo_copy: Path, tmp_path: Path) -> None:
    done = run_cli("site", "--root", str(repo_copy), "-o", str(tmp_path / "x"), "--reports",
                   str(tmp_path / "none"))
    assert done.exit_code == 2
    assert not (tmp_path / "x").exists()
