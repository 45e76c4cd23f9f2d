"""Every number a report states comes from one computation and is stated the
same way each time: the counts and the on-time rate of `views.summary`
(whatever definition it holds), the same agency's figure in every table, the
chart, the text and the proposals; and every agency a proposal names is one
the obligation it cites binds.

The tests read the format-neutral document (`render.document`), which every
format lays out, and parse its sentences with the catalog's own templates.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from cchc_plan.app import open_project
from cchc_plan.core.messages import text
from cchc_plan.engine.obligations import Obligation, StatusResult, compute_status
from cchc_plan.engine.vocabulary import STATUS_CODES
from cchc_plan.render.document import build_document
from cchc_plan.render.document.common import rate_text
from cchc_plan.render.document.model import Bullets, Chart, Paragraph, ReportDoc, Table
from cchc_plan.views.reports import agency_report, district_report
from cchc_plan.views.summary import Summary, summarize
from helpers import AS_OF, KRONG_PA, catalog_pattern

DATES = [AS_OF, AS_OF.replace(month=8, day=1), AS_OF.replace(year=2021, month=3, day=31)]


@pytest.fixture(scope="module", params=DATES, ids=str)
def result(request: pytest.FixtureRequest) -> StatusResult:
    return compute_status(open_project(KRONG_PA, use_cache=False), request.param)


pattern = catalog_pattern


def parse(message_id: str, paragraphs: list[str]) -> dict[str, str]:
    """The placeholders of the one paragraph written from `message_id`."""
    found = [m.groupdict() for p in paragraphs if (m := pattern(message_id).match(p))]
    assert len(found) == 1, (message_id, found)
    return found[0]


def paragraphs(doc: ReportDoc) -> list[str]:
    blocks = [*doc.blocks, *(b for a in doc.appendices for b in a.blocks)]
    return [b.text for b in blocks if isinstance(b, Paragraph)]


def tables(doc: ReportDoc) -> list[Table]:
    blocks = [*doc.blocks, *(b for a in doc.appendices for b in a.blocks)]
    return [b for b in blocks if isinstance(b, Table)]


def table(doc: ReportDoc, *titles: str) -> Table:
    found = [t for t in tables(doc) if all(x in [c.title for c in t.columns] for x in titles)]
    assert len(found) == 1, titles
    return found[0]


def label(code: str) -> str:
    return text(f"status.{code}", "vi")


def check_counts_and_rate(doc: ReportDoc, summary: Summary) -> None:
    """The counts table and the rate sentence state `summary`'s numbers."""
    counts = table(doc, text("report.col-status", "vi"), text("report.col-count", "vi"))
    stated = {row[0]: row[1] for row in counts.rows}
    assert stated == {**{label(c): summary.counts[c] for c in STATUS_CODES},
                      text("report.total-row", "vi"): summary.total}
    if summary.due_count:
        rate = parse("report.rate", paragraphs(doc))
        assert rate["rate"] == rate_text(summary.on_time_rate)
        assert int(rate["due"]) == summary.due_count
        assert summary.on_time_rate is not None
        assert int(rate["on_time"]) / int(rate["due"]) == pytest.approx(summary.on_time_rate)
        assert int(rate["on_time"]) <= summary.counts["done_on_time"]


# --- the consolidated report ----------------------------------------------------------


def test_district_numbers_agree(result: StatusResult) -> None:
    report = district_report(result)
    doc = build_document(report, "vi")
    check_counts_and_rate(doc, summarize(result.obligations, result.as_of))
    agencies = table(doc, text("report.col-agency", "vi"), text("report.col-rate", "vi"),
                     text("report.col-total", "vi"))
    titles = [c.title for c in agencies.columns]
    by_name = {str(row[1]): dict(zip(titles, row, strict=True)) for row in agencies.rows}
    held: dict[str, list[Obligation]] = defaultdict(list)
    for ob in result.obligations:
        held[result.directory.name(ob.agency)].append(ob)
    assert set(by_name) == set(held)
    for name, row in by_name.items():
        own = summarize(held[name], result.as_of)
        assert row[text("report.col-total", "vi")] == own.total
        for code in STATUS_CODES:
            assert row[label(code)] == own.counts[code], (name, code)
        rate = row[text("report.col-rate", "vi")]
        assert rate == (own.on_time_rate if own.on_time_rate is not None else "—"), name
    for code in STATUS_CODES:  # each status's total is the sum of the agencies'
        column = [r[label(code)] for r in by_name.values()]
        assert sum(int(v) for v in column if isinstance(v, int)) == report.summary.counts[code]
    files = parse("report.files-sentence", paragraphs(doc))
    states = [r[text("report.col-file", "vi")] for r in by_name.values()]
    assert int(files["total"]) == len(by_name)
    assert int(files["done"]) == states.count(text("report.file-state-ok", "vi"))
    assert int(files["absent"]) == states.count(text("report.file-state-missing", "vi"))


def test_district_states_each_figure_once_per_meaning(result: StatusResult) -> None:
    """(agency, meaning) -> value, from every place a figure of one agency is
    stated: the agency table, the chart and the proposals. Each key has one value."""
    doc = build_document(district_report(result), "vi")
    facts: dict[tuple[str, str], set[object]] = defaultdict(set)
    agencies = table(doc, text("report.col-agency", "vi"), text("report.col-rate", "vi"),
                     text("report.col-total", "vi"))
    titles = [c.title for c in agencies.columns]
    for row in agencies.rows:
        for title, value in zip(titles, row, strict=True):
            facts[(str(row[1]), title)].add(value)
    for chart in (b for b in doc.blocks if isinstance(b, Chart)):
        assert [b.label for b in chart.bars] == [row[1] for row in agencies.rows]
        for bar in chart.bars:
            facts[(bar.label, chart.value_title)].add(bar.share if bar.share is not None else "—")
    ranked = table(doc, text("leader.col-rank", "vi"))  # the year-end ranking (issue 27)
    ranked_titles = [c.title for c in ranked.columns]
    for row in ranked.rows:
        for title, value in zip(ranked_titles, row, strict=True):
            if title != text("leader.col-rank", "vi"):
                facts[(str(row[1]), title)].add(value)
    overdue_item = pattern("report.overdue-count")
    for bullets in (b for b in doc.blocks if isinstance(b, Bullets)):
        for item in bullets.items:
            if m := overdue_item.match(item):
                facts[(m["name"], label("overdue"))].add(int(m["n"]))
    twice = {key: values for key, values in facts.items() if len(values) > 1}
    assert not twice


def test_overdue_parts_add_up(result: StatusResult) -> None:
    report = district_report(result)
    doc = build_document(report, "vi")
    overdue = [o for o in result.obligations if o.status == "overdue"]
    if not overdue:
        return
    intro = parse("doc.overdue-parts-intro", paragraphs(doc))
    parts = table(doc, text("doc.col-not-done", "vi"))
    assert int(intro["parts"]) == len(parts.rows) == len(
        {(o.task.id, o.part.name, o.period) for o in overdue})
    assert int(intro["n"]) == len(overdue) == report.summary.counts["overdue"]
    holders = re.compile(r"\((\d+)\):")
    stated = sum(int(n) for row in parts.rows for n in holders.findall(str(row[-1])))
    assert stated == len(overdue)
    for row, part in zip(parts.rows, report.overdue_parts, strict=True):
        assert row[3] == (result.as_of - part.due).days == part.days_late


def test_milestone_counts_match_names(result: StatusResult) -> None:
    doc = build_document(district_report(result), "vi")
    milestones = table(doc, text("report.col-missed-by", "vi"))
    line = pattern("report.missed-line")
    for row in milestones.rows:
        for entry in filter(None, str(row[-1]).split("\n")):
            m = line.match(entry)
            assert m, entry
            assert int(m["n"]) == len(m["names"].split(", "))


def test_proposals_name_only_agencies_the_cited_task_binds(result: StatusResult) -> None:
    report = district_report(result)
    names = {a.agency: a.name for a in report.agencies}
    for item in report.proposals:
        task = item.proposal.task
        named = {a.agency for a in item.agencies}
        if task:
            bound = {o.agency for o in result.obligations if task in (o.task.id, o.task.parent)}
            assert named <= bound, (item.proposal.text, named - bound)
        if item.proposal.agencies == "missed":
            missed = {o.agency for o in result.obligations
                      if o.task.id == task and o.status in ("overdue", "done_late")}
            assert named == missed
            milestone = next(m for m in report.milestones if m.task.id == task)
            assert named == {o.agency for o in milestone.missed}
        if item.proposal.agencies == "overdue":
            assert all(a.overdue for a in item.agencies)
    if report.drafted:  # the plan's proposals name no one: see test_report_truth.py
        return
    doc = build_document(report, "vi")
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph) and re.match(r"\d+\. ", block.text):
            after = blocks[index + 1] if index + 1 < len(blocks) else None
            count = len(after.items) if isinstance(after, Bullets) else 0
            item = report.proposals[int(block.text.split(".")[0]) - 1]
            assert count == len(item.agencies)
            if "{count}" in item.proposal.text:
                assert f" {count} " in block.text
            if isinstance(after, Bullets):
                assert [i.split(":")[0] for i in after.items] == [
                    names[a.agency] for a in item.agencies]


def test_shipped_proposal_one_names_who_missed_iv1() -> None:
    """The issue's contradiction: proposal 1 named agencies IV.1 does not bind."""
    result = compute_status(open_project(KRONG_PA, use_cache=False), AS_OF)
    first = district_report(result).proposals[0]
    assert (first.proposal.agencies, first.proposal.task) == ("missed", "IV.1")
    named = {a.agency for a in first.agencies}
    assert "buu-dien-huyen" not in named
    assert "trung-tam-boi-duong-chinh-tri" not in named
    assert "phong-tu-phap" in named  # done late also misses the deadline


# --- an agency's report -------------------------------------------------------------------


def test_agency_numbers_agree(result: StatusResult) -> None:
    district = district_report(result)
    rows = {a.agency: a for a in district.agencies}
    for ident in rows:
        report = agency_report(result, ident)
        doc = build_document(report, "vi")
        own = summarize(report.obligations, result.as_of)
        check_counts_and_rate(doc, own)
        assert own.counts == rows[ident].summary.counts  # the same figures in both reports
        assert report.missing_assignees == rows[ident].missing_assignees
        appendix = table(doc, text("doc.col-result", "vi"))
        assigned = parse("doc.assigned", paragraphs(doc))
        assert int(assigned["rows"]) == len(appendix.rows) == len(report.parts)
        tasks = {str(row[0]): row[2] for row in appendix.rows}
        assert int(assigned["tasks"]) == len(tasks)
        assert int(assigned["lead"]) == list(tasks.values()).count(text("role.lead", "vi"))
        stated: dict[str, int] = defaultdict(int)
        for row in appendix.rows:
            for line in str(row[5]).split("\n"):
                state = line.split(": ", 1)[-1].split(", ")[0]
                stated[state.replace(f" ({text('label.due-soon', 'vi')})", "")] += 1
        assert dict(stated) == {label(c): n for c, n in own.counts.items() if n}, ident
        if own.counts["overdue"]:
            lead = parse("doc.overdue-lead", paragraphs(doc))
            listed = table(doc, text("report.col-days-late", "vi"), text("report.col-period", "vi"))
            assert int(lead["n"]) == len(listed.rows) == own.counts["overdue"]


def test_reports_say_the_same_rate_as_status() -> None:
    """The rate in the agency report and in the district table is the status
    engine's own (`views.summary`), agency by agency."""
    result = compute_status(open_project(KRONG_PA, use_cache=False), AS_OF)
    district = {a.agency: a.summary.on_time_rate for a in district_report(result).agencies}
    for ident, rate in district.items():
        assert agency_report(result, ident).summary.on_time_rate == rate
        held = [o for o in result.obligations if o.agency == ident]
        assert summarize(held, AS_OF).on_time_rate == rate
