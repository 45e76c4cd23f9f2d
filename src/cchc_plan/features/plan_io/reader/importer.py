"""`run`: a Word or Excel appendix in, a draft plan model out.

    package -> tables (grid) -> logical rows (appendix) -> sections and tasks
    (rows) -> cells read (draft: agencies, deadlines) -> carried records put
    back (embedded) -> a validated `Plan`
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cchc_plan.core.errors import InputError, PlanUnusable
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import msg, quoted
from cchc_plan.features.plan_io.reader.agencies import AgencyMatcher
from cchc_plan.features.plan_io.reader.appendix import read_appendix
from cchc_plan.features.plan_io.reader.body import read_body
from cchc_plan.features.plan_io.reader.document import preamble_lines, read_document
from cchc_plan.features.plan_io.reader.draft import Drafting, UnknownName, plan_data
from cchc_plan.features.plan_io.reader.embedded import Carried, merge, read_embedded
from cchc_plan.features.plan_io.reader.keep import settle
from cchc_plan.features.plan_io.reader.package import open_package
from cchc_plan.features.plan_io.reader.rows import arrange
from cchc_plan.load.models import AgencyRegistry, Plan
from cchc_plan.load.reader import model_from_bytes


@dataclass(frozen=True)
class ImportRequest:
    source: Path
    registry: AgencyRegistry | None
    lang: Lang
    year: int | None = None
    sheet: str | None = None
    use_embedded: bool = True
    existing: Plan | None = None
    """The repository's plan the draft replaces: its settings are kept."""


@dataclass
class ImportResult:
    plan: Plan
    source: str
    """The file's name."""
    kind: str
    """"docx" or "xlsx"."""
    tables: list[str]
    """The tables (numbered in the document) or the sheet the appendix was read from."""
    unknown: list[UnknownName] = field(default_factory=list)
    carried: Carried | None = None
    """What records the file carried (an export of cchc), and what became of them."""
    qualified: bool = False
    """Task ids were qualified by section (numbering restarting in each)."""
    deadline_column: tuple[str, tuple[str, ...]] | None = None
    """The deadline column taken and the others that could have been, if any."""

    @property
    def notes(self) -> int:
        """How many review notes the draft has."""
        return len(self.plan.review) + sum(len(t.review) for t in self.plan.all_tasks())


def read_registry(path: Path | None) -> AgencyRegistry | None:
    """The registry names are resolved against; None when there is no file (every
    name is then proposed), PlanUnusable when it has errors."""
    if path is None or not path.is_file():
        return None
    loaded, problems = model_from_bytes(path.read_bytes(), str(path), AgencyRegistry)
    if loaded.model is None:
        raise PlanUnusable(problems[:20])
    return loaded.model


def read_existing(path: Path | None) -> tuple[Plan | None, bool]:
    """The plan already at `path` (kept settings come from it), and whether a
    file was there but did not load."""
    if path is None or not path.is_file():
        return None, False
    loaded, _ = model_from_bytes(path.read_bytes(), str(path), Plan)
    return loaded.model, loaded.model is None


def run(request: ImportRequest) -> ImportResult:
    package = open_package(request.source)
    table = read_appendix(package, sheet=request.sheet)
    structure = arrange(table.rows)
    if not structure.items:
        raise InputError(msg("import.no-rows", file=package.name), msg("hint.import-header"))
    lines = [*preamble_lines(package), *table.preamble]
    guess = read_document(lines, request.year, request.lang)
    if request.existing and any(n.id == "import.guess-year" for n in guess.notes):
        guess = read_document(lines, request.existing.document.year, request.lang)
        guess.notes.append(msg("import.kept", field=f"document.year: {guess.year}"))
    unit = guess.unit(request.existing.document.issuer_short if request.existing else None)
    drafting = Drafting(AgencyMatcher.build(request.registry, unit), guess.year, request.lang)
    data = plan_data(structure, guess, drafting, list(table.extra.values()))
    if table.deadline_others:
        data["review"].append(msg("import.deadline-column", taken=quoted(
            table.headers["deadline"]), other=", ".join(map(quoted, table.deadline_others)))
            .text(request.lang))
    body = read_body(lines, data["document"]["title"], unit, drafting,
                     {t["id"] for t in data["tasks"]})
    settle(data, body, request.existing, drafting.matcher.ids, request.lang, guess.notes)
    carried_report = None
    if request.use_embedded:
        carried, broken = read_embedded(package)
        if carried is not None:
            data, carried_report = merge(data, structure.items, carried, request.lang,
                                         request.registry)
        elif broken:
            data["review"].append(msg("import.embedded-unusable").text(request.lang))
    unknown = [u for u in drafting.unknown.values() if any(
        u.proposal["id"] in (*t["lead"], *t["coordinating"]) for t in data["tasks"])]
    column = (table.headers["deadline"], table.deadline_others) if table.deadline_others \
        else None
    return ImportResult(Plan.model_validate(data), package.name, package.kind, table.source,
                        unknown, carried_report, structure.qualified, column)
