"""No report states what its data contradicts (issues 26 item 2, 27).

Every report of every fixture (the consolidated report, each agency's report,
the reminder letter) is built at several dates, and each generated sentence
is held against the engine's own status (`compute_status`): no agency is
criticised (named as missing, late, overdue, asked to hurry) that has nothing
missing or overdue, none is praised (said to have reported, to have nothing
overdue, to have met a milestone) that has, and every count a sentence states
is the count in the data. The expectations are the engine's figures, never
numbers written here, so the test stays true when the engine's rules change.

Each paragraph, bullet and empty-table text is matched to the catalog template
it was written from; a generated sentence that no check knows (a new message)
fails until it is classified here, as a claim with its check or as words that
claim nothing about the figures.
"""

from __future__ import annotations

import html
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pytest
import yaml

import plan_fixtures as fx
from cchc_plan.app import open_project
from cchc_plan.core.catalog import CATALOG
from cchc_plan.engine.obligations import Obligation, StatusResult, compute_status
from cchc_plan.features.plan_io.api import import_plan
from cchc_plan.features.site.data import Trend, site_view
from cchc_plan.features.site.pages import overview
from cchc_plan.features.site.pages.page import OVERVIEW, Page
from cchc_plan.render.document import build_document
from cchc_plan.render.document.model import (
    Bullets,
    Paragraph,
    ReportDoc,
    Salutation,
    Table,
)
from cchc_plan.views.reminder import needs_reminder, reminder_letter
from cchc_plan.views.reports import agency_report, district_report
from cchc_plan.views.summary import Summary, summarize
from helpers import KRONG_PA, MINI, TESTS, catalog_pattern, run_cli

# --- the data each sentence is held against ---------------------------------------------


@dataclass
class Facts:
    """What the engine says, agency by agency, in the words of the checks."""

    result: StatusResult
    names: dict[str, str] = field(default_factory=dict)
    """Agency name -> id, for the agencies holding obligations."""

    def __post_init__(self) -> None:
        self.names = {self.result.directory.name(o.agency): o.agency
                      for o in self.result.obligations}

    def held(self, agency: str) -> list[Obligation]:
        return [o for o in self.result.obligations if o.agency == agency]

    def overdue(self, agency: str | None = None) -> int:
        return sum(1 for o in self.result.obligations
                   if o.status == "overdue" and agency in (None, o.agency))

    def submitted(self, agency: str) -> bool:
        data = self.result.files.get(agency)
        return bool(data and data.submitted and data.readable)

    def readable(self, agency: str) -> bool:
        data = self.result.files.get(agency)
        return data.readable if data else True

    def agency(self, name: str) -> str:
        assert name in self.names, f"{name!r} holds no obligation"
        return self.names[name]


# --- matching text to the template it was written from -----------------------------------

NEUTRAL = frozenset({
    # headings, intros, closings, layout: they state no figure and judge no one
    "report.district-intro", "report.agency-intro", "report.draft-note",
    "report.proposal-intro", "report.rules", "report.order-one", "report.order-two",
    "report.order-registry", "report.contact", "doc.by-agency-intro", "doc.closing-agency",
    "doc.closing-district", "doc.letter-to", "report.chart-title",
    "doc.prompt-results", "doc.prompt-shortcomings", "doc.prompt-causes",
    "doc.prompt-solutions", "doc.prompt-proposals",
})
"""Templates whose sentences make no claim about an agency or a count."""


pattern = cache(catalog_pattern)


@cache
def sentence_ids() -> tuple[str, ...]:
    """Templates a report sentence can come from, the most literal words first
    (so "{first}." never wins over a real sentence)."""
    ids = [i for i in CATALOG if i.startswith(("report.", "doc.", "leader."))
           and len(literal(i)) >= 4]
    return tuple(sorted(ids, key=lambda i: -len(literal(i))))


def literal(message_id: str) -> str:
    """A template's own letters: "{place}, {date}" has none to match by."""
    return re.sub(r"\W", "", re.sub(r"\{[^}]*\}", "", CATALOG[message_id]["vi"]))


def match(text: str) -> tuple[str, dict[str, str]] | None:
    for message_id in sentence_ids():
        if m := pattern(message_id).match(text):
            return message_id, m.groupdict()
    return None


@dataclass
class Sentence:
    text: str
    message: str | None
    fields: dict[str, str]
    after: list[str] = field(default_factory=list)
    """The bullets that follow a paragraph (the agencies a proposal names)."""


def sentences(doc: ReportDoc) -> Iterator[Sentence]:
    blocks = [*doc.blocks, *(b for a in doc.appendices for b in a.blocks)]
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            text = re.sub(r"^\d+\. ", "", block.text)
            found = match(text)
            after = blocks[index + 1] if index + 1 < len(blocks) else None
            items = after.items if isinstance(after, Bullets) else []
            message, fields = found or (None, {})
            yield Sentence(block.text, message, fields, items)
        elif isinstance(block, Table) and not any(g.rows for g in block.groups):
            message, fields = match(block.empty_text) or (None, {})
            yield Sentence(block.empty_text, message, fields)


Check = Callable[[Sentence], None]


def names_of(items: list[str], facts: Facts) -> list[str]:
    """The agencies bullets name ("Phòng X: 3 nhiệm vụ quá hạn" or "Phòng X")."""
    found = []
    for item in items:
        m = pattern("report.overdue-count").match(item) or pattern("doc.proposal-missed").match(
            item)
        found.append(facts.agency(m["name"] if m else item))
    return found


# --- the district's consolidated report --------------------------------------------------


def district_checks(facts: Facts) -> dict[str, Check]:
    agencies = list(dict.fromkeys(o.agency for o in facts.result.obligations))
    summary = summarize(facts.result.obligations, facts.result.as_of)

    def files(s: Sentence) -> None:
        assert int(s.fields["total"]) == len(agencies)
        assert int(s.fields["done"]) == sum(facts.submitted(a) for a in agencies)
        absent = [a for a in agencies if not facts.submitted(a) and facts.readable(a)]
        assert int(s.fields["absent"]) == len(absent)

    def broken(s: Sentence) -> None:
        named = {facts.agency(n) for n in s.fields["names"].split(", ")}
        assert named == {a for a in agencies if not facts.readable(a)}
        assert int(s.fields["n"]) == len(named)

    def nothing_to_propose(_s: Sentence) -> None:
        """The praise: every agency has reported and nothing is overdue."""
        assert all(facts.submitted(a) for a in agencies), "praised while files are missing"
        assert facts.overdue() == 0, "praised while obligations are overdue"

    def drafted(kind: str) -> Check:
        def check(s: Sentence) -> None:
            named = names_of(s.after, facts)
            assert int(s.fields["count"]) == len(named)
            if kind == "not_submitted":
                want = [a for a in agencies if not facts.submitted(a) and facts.readable(a)]
            elif kind == "unreadable":
                want = [a for a in agencies if not facts.readable(a)]
            else:
                want = [a for a in agencies if facts.overdue(a)]
            assert sorted(named) == sorted(want), kind
        return check

    def overdue_intro(s: Sentence) -> None:
        assert int(s.fields["n"]) == facts.overdue() > 0

    def no_overdue(_s: Sentence) -> None:
        assert facts.overdue() == 0

    return {
        "report.files-sentence": files,
        "report.files-broken": broken,
        "report.no-proposals": nothing_to_propose,
        "report.drafted-not_submitted": drafted("not_submitted"),
        "report.drafted-unreadable": drafted("unreadable"),
        "report.drafted-overdue": drafted("overdue"),
        "doc.overdue-parts-intro": overdue_intro,
        "report.no-overdue": no_overdue,
        **rate_checks(summary),
        **leader_checks(facts),
        "leader.ranking-note": lambda _s: None,  # how the ranking is ordered: no figure
        "report.no-agencies": lambda s: None if not agencies else pytest.fail(s.text),
        "report.no-milestones": lambda _s: None,
    }


def leader_checks(facts: Facts) -> dict[str, Check]:
    """The leaders' lines (issue 27): work reported in progress, overdue by age,
    counted here from the engine's obligations."""
    rows = facts.result.obligations
    open_rows = [o for o in rows if o.status in ("pending", "overdue")]

    def in_progress(s: Sentence) -> None:
        assert int(s.fields["open"].replace(".", "")) == len(open_rows)
        assert int(s.fields["n"].replace(".", "")) == sum(
            o.progress == "in_progress" for o in open_rows)

    def ages(s: Sentence) -> None:
        late = [o.days_late or 0 for o in rows if o.status == "overdue"]
        want = (sum(d <= 30 for d in late), sum(30 < d <= 90 for d in late),
                sum(d > 90 for d in late))
        assert tuple(int(s.fields[k].replace(".", "")) for k in "abc") == want

    return {"leader.in-progress-line": in_progress, "leader.ages-line": ages}


def rate_checks(summary: Summary) -> dict[str, Check]:
    def rate(s: Sentence) -> None:
        assert int(s.fields["on_time"]) == summary.on_time
        assert int(s.fields["due"]) == summary.due_count

    def none(_s: Sentence) -> None:
        assert summary.due_count == 0

    return {"report.rate": rate, "report.rate-none": none}


def check_plan_proposals(doc: ReportDoc, facts: Facts) -> int:
    """The plan's own proposals: whoever each names has what its kind says."""
    report = district_report(facts.result)
    if report.drafted or not any(i.agencies for i in report.proposals):
        return 0
    checked = 0
    numbered = [s for s in sentences(doc) if re.match(r"\d+\. ", s.text)]
    assert len(numbered) == len(report.proposals)
    for s, item in zip(numbered, report.proposals, strict=True):
        named = names_of(s.after, facts)
        kind, task = item.proposal.agencies, item.proposal.task
        for agency in named:
            if kind == "not_submitted":
                assert not facts.submitted(agency)
                assert facts.readable(agency)
            elif kind == "unreadable":
                assert not facts.readable(agency)
            elif kind == "overdue":
                assert facts.overdue(agency)
            elif kind == "missed":
                assert any(task in (o.task.id, o.task.parent) and o.status in (
                    "overdue", "done_late") for o in facts.held(agency))
        for item_text in s.after:
            if m := pattern("report.overdue-count").match(item_text):
                assert int(m["n"]) == facts.overdue(facts.agency(m["name"]))
        checked += 1
    return checked


def check_agency_table(doc: ReportDoc, facts: Facts) -> int:
    """"Đã cập nhật" only beside an agency whose file counts."""
    done = CATALOG["report.file-state-ok"]["vi"]
    checked = 0
    for block in doc.appendices[0].blocks:
        if isinstance(block, Table):
            for row in (r for g in block.groups for r in g.rows):
                assert (row[2] == done) == facts.submitted(facts.agency(str(row[1]))), row[1]
                checked += 1
    return checked


def check_milestones(doc: ReportDoc, facts: Facts) -> int:
    met, missed = CATALOG["report.milestone-met"]["vi"], CATALOG["report.milestone-missed"]["vi"]
    checked = 0
    for block in doc.blocks:
        if isinstance(block, Table) and len(block.columns) == 5 and any(
                c.title == CATALOG["report.col-missed-by"]["vi"] for c in block.columns):
            for row in (r for g in block.groups for r in g.rows):
                rows = [o for o in facts.result.obligations
                        if o.task.id == row[0] and o.due and o.status != "supporting"]
                if row[3] == met:
                    assert rows, row[0]
                    assert all(o.status == "done_on_time" for o in rows), row[0]
                if row[3] == missed:
                    assert any(o.status in ("overdue", "done_late") for o in rows), row[0]
                checked += 1
    return checked


# --- an agency's report ------------------------------------------------------------------


def agency_checks(facts: Facts, agency: str) -> dict[str, Check]:
    held = facts.held(agency)
    data = facts.result.files.get(agency)
    file = data.head if data else None

    def missing(_s: Sentence) -> None:
        assert not facts.submitted(agency), "a file that counts called missing"

    def dated(_s: Sentence) -> None:
        assert facts.submitted(agency), "a file that does not count called up to date"

    def unsigned(s: Sentence) -> None:
        missing(s)
        assert file is not None
        assert not (file.contact and file.contact.name)

    def not_counted(s: Sentence) -> None:
        missing(s)
        assert file is not None

    def none(_s: Sentence) -> None:
        assert file is None or not facts.readable(agency)

    def unreadable(_s: Sentence) -> None:
        assert not facts.readable(agency)

    def no_overdue(_s: Sentence) -> None:
        assert facts.overdue(agency) == 0, "said to have nothing overdue"

    def overdue_lead(s: Sentence) -> None:
        assert int(s.fields["n"]) == facts.overdue(agency)
        assert facts.overdue(agency) > 0

    def assigned(s: Sentence) -> None:
        roles = {o.task.id: o.role for o in held}
        assert int(s.fields["tasks"]) == len(roles)
        assert int(s.fields["lead"]) == list(roles.values()).count("lead")

    def missing_assignees(s: Sentence) -> None:
        assert int(s.fields["n"]) == sum(
            1 for o in held if o.role == "lead" and o.period is None
            and not (o.assignee and o.assignee.name))

    return {
        "report.file-missing": missing,
        "report.file-unsigned": unsigned,
        "report.file-not-counted": not_counted,
        "report.file-none": none,
        "report.file-unreadable": unreadable,
        "report.file-date": dated,
        "report.no-overdue": no_overdue,
        "doc.overdue-lead": overdue_lead,
        "doc.assigned": assigned,
        "doc.missing-assignees": missing_assignees,
        "report.no-tasks": lambda _s: None if not held else pytest.fail("tasks held"),
        **rate_checks(summarize(held, facts.result.as_of)),
    }


# --- the reminder letter ----------------------------------------------------------------


def reminder_checks(facts: Facts) -> dict[str, Check]:
    late = [o for o in facts.result.obligations if needs_reminder(o)]
    overdue = sum(1 for o in late if o.status == "overdue")
    soon = len(late) - overdue
    agencies = {o.agency for o in late}

    def intro(s: Sentence) -> None:
        """"… 12 cơ quan, đơn vị còn 30 nhiệm vụ quá hạn … và 4 nhiệm vụ sắp đến hạn …"."""
        assert int(s.fields["agencies"]) == len(agencies)
        states = [match(part) for part in s.fields["states"].split(CATALOG["doc.and"]["vi"])]
        stated = {m[0]: int(m[1]["n"]) for m in states if m}
        assert len(stated) == len(states)
        assert stated.get("doc.letter-overdue", 0) == overdue
        assert stated.get("doc.letter-soon", 0) == soon

    def request(kind: str) -> Check:
        def check(_s: Sentence) -> None:
            want = {"both": bool(overdue and soon), "overdue": bool(overdue and not soon),
                    "soon": bool(soon and not overdue)}
            assert want[kind], (kind, overdue, soon)
        return check

    def nobody(_s: Sentence) -> None:
        assert not late

    return {
        "doc.letter-intro": intro,
        "doc.letter-request": request("both"),
        "doc.letter-request-overdue": request("overdue"),
        "doc.letter-request-soon": request("soon"),
        "doc.letter-nobody": nobody,
        "report.no-overdue": lambda _s: None if not late else pytest.fail("items to remind"),
    }


def check_reminder_table(doc: ReportDoc, facts: Facts) -> int:
    """Each addressee's group: its name and the number of its items, the engine's."""
    count = pattern("report.group-count")
    checked = 0
    for block in doc.blocks:
        if isinstance(block, Table):
            for group in block.groups:
                m = count.match(group.title)
                assert m, group.title
                agency = facts.agency(m["name"])
                items = [o for o in facts.held(agency) if needs_reminder(o)]
                assert int(m["n"]) == len(group.rows) == len(items)
                assert items
                checked += 1
        if isinstance(block, Salutation):
            assert block.names or not doc.blocks
    return checked


# --- the fixtures and dates ---------------------------------------------------------------


def without_proposals(tmp: Path) -> Path:
    """The shipped plan as an imported plan has it: no `report.proposals`."""
    root = tmp / "krong-pa-no-proposals"
    shutil.copytree(KRONG_PA, root)
    path = root / "plan" / "appendix.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data.get("report", {}).pop("proposals", None)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return root


def imported_song_may(tmp: Path) -> Path:
    """The made-up district Sông Mây's Word plan through `cchc plan import`, as a
    new user has it: no `report.proposals`, no coordinator, no progress files; the
    names the registry lacked added as the import proposes them."""
    root = tmp / "song-may"
    (root / "plan").mkdir(parents=True)
    (root / "assignments").mkdir()
    registry = root / "plan" / "agencies.yaml"
    shutil.copy(TESTS / "fixtures" / "song-may" / "plan" / "agencies.yaml", registry)
    fx.song_may_docx(root / "ke-hoach.docx")
    imported = run_cli("plan", "import", "ke-hoach.docx", cwd=root)
    assert imported.exit_code == 0, imported.stderr
    result = import_plan(root / "ke-hoach.docx", agencies=registry, lang="vi")
    data = yaml.safe_load(registry.read_text("utf-8"))
    data["agencies"] += [u.proposal for u in result.unknown]
    registry.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return root


KRONG_PA_DATES = [date(2020, 8, 1), date(2020, 8, 20), date(2020, 9, 15), date(2021, 1, 20),
                  date(2021, 7, 15)]
MINI_DATES = [date(2020, 7, 10), date(2020, 8, 20), date(2021, 1, 20)]
SONG_MAY_DATES = [date(2021, 3, 31), date(2021, 10, 1), date(2022, 1, 20)]
CASES = [
    *[pytest.param("krong-pa", d, id=f"krong-pa-{d}") for d in KRONG_PA_DATES],
    *[pytest.param("no-proposals", d, id=f"no-proposals-{d}") for d in KRONG_PA_DATES],
    *[pytest.param("mini", d, id=f"mini-{d}") for d in MINI_DATES],
    *[pytest.param("song-may", d, id=f"song-may-{d}") for d in SONG_MAY_DATES],
]


@pytest.fixture(scope="module")
def roots(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("truth")
    return {"krong-pa": KRONG_PA, "mini": MINI, "no-proposals": without_proposals(tmp),
            "song-may": imported_song_may(tmp)}


# The last test reads what the others counted: under pytest-xdist they run on one worker.
pytestmark = pytest.mark.xdist_group("report-truth")
CHECKED: Counter[str] = Counter()


def hold(doc: ReportDoc, checks: dict[str, Check], plain: set[str]) -> None:
    """Every sentence of `doc` against its check; `plain`: the words of the
    plan or of an agency's file, printed as written. Unknown text fails."""
    for s in sentences(doc):
        if s.text in plain or re.sub(r"^\d+\. ", "", s.text) in plain:
            continue
        assert s.message is not None, f"a sentence no template explains: {s.text!r}"
        if s.message in NEUTRAL:
            continue
        assert s.message in checks, f"no check for {s.message}: {s.text!r}"
        checks[s.message](s)
        CHECKED[s.message] += 1


@pytest.mark.parametrize(("name", "as_of"), CASES)
def test_no_report_states_what_its_data_contradicts(
        name: str, as_of: date, roots: dict[str, Path]) -> None:
    result = compute_status(open_project(roots[name], use_cache=False), as_of)
    facts = Facts(result)

    district = district_report(result)
    doc = build_document(district, "vi")
    plan_words = {p.text for p in result.plan.report.proposals}
    plan_words |= {t.replace("{count}", str(len(i.agencies))).replace(
        "{coordinator}", district.coordinator.name if district.coordinator else "")
        for i in district.proposals for t in [i.proposal.text]}
    hold(doc, district_checks(facts), plan_words)
    CHECKED["plan proposals"] += check_plan_proposals(doc, facts)
    CHECKED["agency table rows"] += check_agency_table(doc, facts)
    CHECKED["milestone rows"] += check_milestones(doc, facts)

    for agency in dict.fromkeys(o.agency for o in result.obligations):
        report = agency_report(result, agency)
        narrative = report.narrative
        own = {line.strip() for key in ("results", "shortcomings", "causes", "solutions",
                                        "proposals")
               for line in (getattr(narrative, key) or "").splitlines() if line.strip()} \
            if narrative else set()
        hold(build_document(report, "vi"), agency_checks(facts, agency), own)

    letter = build_document(reminder_letter(result), "vi")
    hold(letter, reminder_checks(facts), set())
    CHECKED["reminder groups"] += check_reminder_table(letter, facts)


def test_the_false_sentence_of_issue_26_is_gone(roots: dict[str, Path]) -> None:
    """An imported plan (no `report.proposals`) with files missing and tasks
    overdue: "V. Đề xuất" names them instead of saying all is well."""
    result = compute_status(open_project(roots["no-proposals"], use_cache=False),
                            date(2021, 1, 20))
    doc = build_document(district_report(result), "vi")
    texts = [s.text for s in sentences(doc)]
    assert CATALOG["report.no-proposals"]["vi"] not in texts
    facts = Facts(result)
    assert facts.overdue() > 0
    drafted = [s for s in sentences(doc) if s.message == "report.drafted-overdue"]
    assert len(drafted) == 1
    assert drafted[0].after


# --- the site's overview page ------------------------------------------------------------


def site_text(message_id: str, **fields: object) -> str:
    return html.escape(CATALOG[message_id]["vi"].format(**fields), quote=False)


@pytest.mark.parametrize(("name", "as_of"), CASES)
def test_the_site_overview_says_what_the_data_says(
        name: str, as_of: date, roots: dict[str, Path]) -> None:
    """The leaders' page: "Đã nộp" beside an agency only when its file counts,
    "Tất cả các cơ quan đã nộp…" only when all do, "Không có việc nào quá hạn"
    only when nothing is, a milestone "Đạt" only when everyone met it."""
    result = compute_status(open_project(roots[name], use_cache=False), as_of)
    facts = Facts(result)
    agencies = list(dict.fromkeys(o.agency for o in result.obligations))
    page = overview.render(site_view(result, Trend(available=False)), Page(OVERVIEW, "vi"))
    for ident, row in re.findall(r'<tr data-agency="([^"]+)">(.*?)</tr>', page, re.S):
        said = site_text("site.submitted-yes") in row
        assert said == facts.submitted(html.unescape(ident)), ident
        CHECKED["site agency rows"] += 1
    absent = [a for a in agencies if not facts.submitted(a) and facts.readable(a)]
    if site_text("site.all-submitted") in page:
        assert all(facts.submitted(a) for a in agencies)
    elif absent:
        assert site_text("site.not-submitted-list", n=len(absent)) in page
    if site_text("site.no-overdue") in page:
        assert facts.overdue() == 0
    met = site_text("site.met")
    section = page.split('aria-labelledby="s-milestones"', 1)[1].split("</section>", 1)[0]
    for ident, verdict in re.findall(r'<tr><td[^>]*><a href="[^"]*">([^<]+?)\. [^<]*</a></td>'
                                     r'(?:(?!</tr>).)*<span class="badge [^"]*">([^<]*)</span>',
                                     section, re.S):
        rows = [o for o in result.obligations
                if o.task.id == ident and o.due and o.status != "supporting"]
        if verdict == met:
            assert rows
            assert all(o.status == "done_on_time" for o in rows), ident
        late = sum(o.status in ("overdue", "done_late") for o in rows)
        if late:
            assert verdict == site_text("site.missed", n=late), ident
        CHECKED["site milestone rows"] += 1


def test_sentences_were_checked(roots: dict[str, Path]) -> None:
    """Runs last in this module: the checks above did see sentences of every
    kind. Where the report checks ran in another process (pytest-xdist does
    not always keep a module's tests together) or not at all (this test run
    alone), it runs them here first."""
    if not CHECKED["agency table rows"]:
        for case in CASES:
            name, as_of = case.values
            assert isinstance(name, str)
            assert isinstance(as_of, date)
            test_no_report_states_what_its_data_contradicts(name, as_of, roots)
    print(dict(CHECKED), sum(CHECKED.values()))
    for kind in ("report.files-sentence", "report.file-missing", "doc.letter-intro",
                 "report.no-overdue", "doc.overdue-lead", "report.drafted-overdue"):
        assert CHECKED[kind], kind
