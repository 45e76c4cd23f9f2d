"""The site in a real browser: headless Chromium (the system's, driven by
playwright; never a downloaded browser) opens every page from the folder,
with no console error, no request outside the folder, and the numbers on the
pages equal to `cchc status --format json` for the same as-of date."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from cchc_plan.views.summary import summarize
from helpers import AS_OF, KRONG_PA, MINI, commit_all, copy_repo, git, run_cli

CHROMIUM = os.environ.get("CCHC_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="playwright is in the test extras")
if not Path(CHROMIUM).is_file():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CCHC_CHROMIUM)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The fixture repository's site as of AS_OF, and status JSON."""
    base = tmp_path_factory.mktemp("browser")
    root = copy_repo(KRONG_PA, base / "repo")
    out = base / "public"
    done = run_cli("site", "--root", str(root), "-o", str(out), "--as-of", AS_OF.isoformat())
    assert done.exit_code == 0, done.stderr
    status = run_cli("status", "--root", str(root), "--as-of", AS_OF.isoformat(),
                     "--format", "json")
    return out, json.loads(status.stdout)


class Visit:
    """One browser page that records what every visit logs and fetches."""

    def __init__(self, browser: Any, folder: Path) -> None:
        self.page = browser.new_page()
        self.inside = folder.resolve().as_uri() + "/"
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text)
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", self.failed)
        self.page.on("request", lambda r: None if r.url.startswith(self.inside)
                     else self.outside.append(r.url))

    def failed(self, request: Any) -> None:
        """A request that failed, but for the icon the browser gives up on when
        the next page is opened at once (net::ERR_ABORTED: the test's pace, not
        a missing file; the icon itself is loaded once at the end)."""
        if request.url.endswith("/favicon.svg") and "ABORTED" in (request.failure or ""):
            return
        self.errors.append(f"failed: {request.url}")

    def open(self, path: Path) -> Any:
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_load_state("load")
        return self.page


def summary_of(rows: list[dict[str, Any]]) -> Any:
    """The summary of status JSON rows, by the one definition (views.summary)."""
    return summarize((SimpleNamespace(status=r["status"], due=date.fromisoformat(r["due"])
                                      if r["due"] else None) for r in rows), AS_OF)


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


def test_every_page_loads_clean_and_fetches_nothing_outside(
        browser: Any, built: tuple[Path, dict[str, Any]]) -> None:
    out, _ = built
    visit = Visit(browser, out)
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 60
    for path in pages:
        page = visit.open(path)
        assert page.title(), path
        styled = page.eval_on_selector("header.site",
                                       "e => getComputedStyle(e).backgroundColor")
        assert styled == "rgb(31, 78, 121)", path  # the style sheet applied (CSP allows it)
    assert visit.errors == []
    assert visit.outside == []
    icon = visit.page.goto((out / "favicon.svg").as_uri())
    assert icon is not None
    assert icon.ok


def test_overview_numbers_equal_status_json(browser: Any,
                                            built: tuple[Path, dict[str, Any]]) -> None:
    out, status = built
    rows = status["rows"]
    page = Visit(browser, out).open(out / "index.html")
    whole = summary_of(rows)
    assert whole.counts == status["summary"]["counts"]
    assert whole.on_time_rate == status["summary"]["on_time_rate"]
    for code, n in whole.counts.items():
        assert page.inner_text(f'[data-count="{code}"]') == str(n), code
    assert page.inner_text('[data-count="total"]') == str(len(rows))
    assert page.inner_text('[data-rate="all"]') == rate_text(whole.on_time_rate)
    by_agency: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_agency.setdefault(row["agency"], []).append(row)
    shown = page.eval_on_selector_all("tr[data-agency]", "rs => rs.map(r => r.dataset.agency)")
    assert sorted(shown) == sorted(by_agency)
    for agency, own in by_agency.items():
        summary = summary_of(own)
        line = f'tr[data-agency="{agency}"]'
        for code in ("done_on_time", "done_late", "pending", "overdue"):
            cell = page.inner_text(f'{line} td[data-status="{code}"]')
            assert cell == str(summary.counts[code]), (agency, code)
        assert page.inner_text(f'{line} td[data-rate]') == rate_text(summary.on_time_rate)
    for agency in status["summary"]["agencies"]:
        shown = page.inner_text(f'tr[data-agency="{agency["agency"]}"] td[data-rate]')
        assert shown == rate_text(agency["on_time_rate"]), agency["agency"]


def test_agency_pages_list_what_status_lists(browser: Any,
                                             built: tuple[Path, dict[str, Any]]) -> None:
    out, status = built
    rows = status["rows"]
    visit = Visit(browser, out)
    for agency in ("phong-noi-vu", "phong-tu-phap", "ubnd-xa-chu-gu"):
        own = [r for r in rows if r["agency"] == agency]
        page = visit.open(out / "co-quan" / f"{agency}.html")
        statuses = page.eval_on_selector_all("tr[data-status]", "rs => rs.map(r => "
                                             "r.dataset.status)")
        assert Counter(statuses) == Counter(r["status"] for r in own), agency
        assert page.inner_text('[data-rate="all"]') == rate_text(summary_of(own).on_time_rate)
    assert visit.errors == []


def test_print_leaves_out_the_navigation(browser: Any,
                                         built: tuple[Path, dict[str, Any]]) -> None:
    out, _ = built
    page = Visit(browser, out).open(out / "index.html")
    assert page.is_visible("header.site nav")
    page.emulate_media(media="print")
    assert not page.is_visible("header.site nav")
    assert page.is_visible("table.agencies")
    assert len(page.pdf(format="A4")) > 10_000  # it prints


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_trend_page_in_the_browser(browser: Any, tmp_path: Path) -> None:
    root = copy_repo(MINI, tmp_path / "repo")
    git(root, "init", "-q")
    commit_all(root, "2020-08-01T09:00:00+07:00", "plan")
    for day, state in (("20", "in_progress"), ("25", "done\n    completed: 24/8/2020\n"
                                                     "    evidence: [{title: Bảng phân công}]")):
        (root / "assignments" / "phong-tu-phap.yaml").write_text(
            f"agency: phong-tu-phap\ncontact: {{name: B}}\nupdated: {day}/8/2020\ntasks:\n"
            f"  - task: IV.1\n    assignee: {{name: B}}\n    status: {state}\n",
            encoding="utf-8")
        commit_all(root, f"2020-08-{day}T10:00:00+07:00", day)
    out = tmp_path / "public"
    assert run_cli("site", "--root", str(root), "-o", str(out), "--as-of",
                   "2020-09-01").exit_code == 0
    visit = Visit(browser, out)
    page = visit.open(out / "xu-huong.html")
    days = page.eval_on_selector_all("tr[data-day]", "rs => rs.map(r => r.dataset.day)")
    assert days == ["2020-08-01", "2020-08-20", "2020-08-25"]
    assert page.locator("svg.line").count() == 2
    assert visit.errors == []
    assert visit.outside == []


PHONE = {"width": 390, "height": 844}
"""A leader opening the link from a message (issue 27)."""


@pytest.mark.parametrize("page_path", ["index.html", "co-quan/phong-noi-vu.html",
                                       "co-quan/ubnd-xa-chu-gu.html", "nhiem-vu/14.2.html",
                                       "nhiem-vu/IV.1.html", "xu-huong.html"])
def test_every_page_reads_on_a_phone_without_sideways_scrolling(
        browser: Any, built: tuple[Path, dict[str, Any]], page_path: str,
        tmp_path: Path) -> None:
    out, _ = built
    path = out / page_path
    page = browser.new_page(viewport=PHONE)
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], (page_path, width)
    # nor inside a table's scrolling box (before issue 27: 594-889 px wide tables)
    inner = page.evaluate("Array.from(document.querySelectorAll('.scroll, table'))"
                          ".map(e => e.scrollWidth - e.clientWidth)")
    assert max(inner, default=0) <= 1, (page_path, inner)
    shot = tmp_path / (page_path.replace("/", "_") + ".png")
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 0
    # who, status and days late come first in each card
    for row in page.query_selector_all("table.data tbody tr")[:20]:
        boxes = {kind: row.query_selector(f"td.{kind}") for kind in ("who", "status", "days")}
        tops = {k: v.bounding_box()["y"] for k, v in boxes.items() if v and v.bounding_box()}
        others = [c.bounding_box()["y"] for c in row.query_selector_all("td")
                  if c.bounding_box() and not any(
                      c.evaluate(f"e => e.classList.contains('{k}')") for k in boxes)]
        if tops and others:
            assert max(tops.values()) <= min(others), page_path
    page.close()
