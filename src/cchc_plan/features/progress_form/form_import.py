"""One filled form, read back and merged into its agency's file, in memory.

    workbook (untrusted) -> cells and metadata -> the form's agency, plan and
    tasks checked -> changes -> the file with the changes (round trip) -> the
    merged file validated with every check, its problems at the form's cells

Nothing is written here; `app.write_imports` writes the files of a run only
when no form of the run has a problem.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cchc_plan.check import FILE_CHECKS, named_agencies, run_all
from cchc_plan.check.assignments import check_duplicate_files
from cchc_plan.check.context import CheckContext
from cchc_plan.core.fsafe import is_locked
from cchc_plan.core.messages import Msg, msg, quoted
from cchc_plan.core.problems import Problem, sorted_problems
from cchc_plan.core.text import slug
from cchc_plan.features.progress_form.form_input import CellDocument, FormInput, read_form
from cchc_plan.features.progress_form.form_layout import MAX_FORM_BYTES
from cchc_plan.features.progress_form.form_merge import (
    MergePlan,
    Summary,
    cell_map,
    check_identity,
    plan_merge,
)
from cchc_plan.features.progress_form.rows import FormView, form_view
from cchc_plan.features.progress_form.workbook import read_book
from cchc_plan.features.progress_form.yaml_edit import EditError, apply_changes
from cchc_plan.load.models import AssignmentFile
from cchc_plan.load.project import Project
from cchc_plan.load.reader import build_model
from cchc_plan.load.yamlio import load_text, read_text


@dataclass
class FormImport:
    """What one form changes: the agency file's text before and after."""

    form: str
    agency: str | None = None
    agency_name: str = ""
    named: str | None = None
    """Another agency the form's file name names (a warning: the form still
    writes only the agency it was sealed for)."""
    target: Path | None = None
    file_path: str = ""
    before: str = ""
    after: str = ""
    summary: list[Summary] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    forced: list[Msg] = field(default_factory=list)
    contact_cell: tuple[str, int, int] | None = None

    @property
    def changed(self) -> bool:
        return self.after != self.before

    @property
    def items(self) -> int:
        return sum(len(s.edits) for s in self.summary)

    def twice(self) -> Problem:
        where = self.contact_cell or (self.form, 1, 1)
        return Problem(*where, "form-twice", msg("form-twice", agency=quoted(self.agency)))


def import_form(project: Project, path: Path, *, force: bool, expected: str | None,
                starting_text: Callable[[str], str]) -> FormImport:
    shown = str(path)
    result = FormImport(shown)
    form = _read(path, shown, result)
    if form is None or form.meta is None:
        return result
    result.contact_cell = form.contact_cell("agency")
    agency = form.meta.agency
    if agency not in project.directory.agencies:
        result.problems.append(Problem(*form.contact_cell("agency"), "form-unknown-agency",
                                       msg("form-unknown-agency", agency=quoted(agency)),
                                       msg("hint.form-export")))
        return result
    result.agency, result.agency_name = agency, project.directory.name(agency)
    result.named = named_agency(path.name, project.directory.agencies, agency)
    if expected and expected != agency:
        result.problems.append(Problem(
            *form.contact_cell("agency"), "form-other-agency",
            msg("form-other-agency", agency=quoted(agency), expected=quoted(expected)),
            msg("hint.form-agency")))
        return result
    view = form_view(project, agency, form.meta.as_of)
    plan = check_identity(view, form, force=force)
    result.forced = plan.forced
    if plan.problems:
        result.problems += plan.problems
        return result
    plan_merge(view, form, project.today, plan)
    result.summary, result.skipped = plan.summary, plan.skipped
    result.problems += plan.problems
    _merge(project, view, form, plan, result, starting_text)
    result.problems = sorted_problems(result.problems)
    return result


def named_agency(name: str, agencies: Iterable[str], own: str) -> str | None:
    """The agency a file name names (`phieu-tien-do-phong-tu-phap (1).xlsx`), the
    longest id found whole between hyphens, when it is not the form's own."""
    words = f"-{'-'.join(re.findall(r'[a-z0-9]+', slug(Path(name).stem)))}-"
    found = sorted((a for a in agencies if f"-{a}-" in words), key=len, reverse=True)
    return found[0] if found and own not in found else None


def _read(path: Path, shown: str, result: FormImport) -> FormInput | None:
    if path.exists() and not path.is_file():  # a folder, a pipe, a device: never read
        result.problems.append(Problem(shown, 1, 1, "form-unreadable",
                                       msg("usage.not-regular-file", path=shown)))
        return None
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FORM_BYTES + 1)  # more than the limit is refused as such
    except OSError as exc:
        said = msg("read.locked", path=shown) if is_locked(exc) \
            else msg("form-unreadable", reason=exc.strerror or exc)
        result.problems.append(Problem(shown, 1, 1, "form-unreadable", said))
        return None
    book, problems = read_book(raw, shown)
    result.problems += problems
    if book is None:
        return None
    form = read_form(book)
    result.problems += form.problems
    return form


def _merge(project: Project, view: FormView, form: FormInput, plan: MergePlan,
           result: FormImport, starting_text: Callable[[str], str]) -> None:
    result.file_path = view.file_path
    result.target = project.root / view.file_path
    current = next((a for a in project.assignments if a.path == view.file_path), None)
    if current is not None and current.model is None:  # the file itself does not load
        result.problems += [p for p in project.problems if p.path == view.file_path]
        return
    start = ""
    if current is not None:  # the bytes the run read, the way it read them
        raw = current.doc.source.read_again() if current.doc.source is not None else None
        if raw is None:  # changed since, or not a file to read
            result.problems.append(Problem(view.file_path, 1, 1, "changed-during-run",
                                           msg("changed-during-run")))
            return
        decoded, problems = read_text(raw, view.file_path)
        if decoded is None:
            result.problems += problems
            return
        result.before = start = raw.decode("utf-8")
    elif plan.changes:
        start = starting_text(view.agency)
    else:
        return  # no file and nothing to say: nothing to write
    # Cells that could not be read are left out of the merge, and the merged file
    # is still checked: every problem of the form in one pass, not a second round
    # after the first is fixed (issue 27). Nothing is written while any remains.
    blocked = bool(result.problems)
    task_order = [t.id for t in project.plan.model.all_tasks()] if project.plan.model else []
    try:
        merged = apply_changes(start, plan.changes, task_order)
    except EditError as exc:
        if not blocked:
            result.problems.append(Problem(view.file_path, 1, 1, "form-cannot-merge",
                                           msg("form-cannot-merge", reason=str(exc))))
        result.after = result.before
        return
    found = validate_merged(project, view, form, plan, merged)
    seen = {(p.path, p.line, p.column) for p in result.problems}
    result.problems += [p for p in found if (p.path, p.line, p.column) not in seen]
    result.after = result.before if blocked else merged


def validate_merged(project: Project, view: FormView, form: FormInput, plan: MergePlan,
                    merged: str) -> list[Problem]:
    """Every problem of the merged file, with the full check set, at the form's
    cells where the form carries the value. Only the merged file is judged:
    no check compares two agency files but the duplicate one (`check`), which
    needs every file's agency; the project checks report on the plan and the
    registry only."""
    doc, problems = load_text(merged.lstrip("\ufeff"), view.file_path)
    cells, by_code = cell_map(plan, form, doc.data)
    loaded, problems = build_model(CellDocument(doc, cells, by_code), problems, AssignmentFile)
    if loaded.model is None:
        return problems
    others = [a for a in project.assignments if a.path != view.file_path]
    trial = dataclasses.replace(project, assignments=[*others, loaded], problems=[])
    ctx = CheckContext.build(trial)
    named = named_agencies(ctx)
    ctx.take_files([loaded])
    mine = (view.file_path, f"{form.path}:")
    return problems + [p for p in [*run_all(FILE_CHECKS, ctx), *check_duplicate_files(named)]
                       if p.path == mine[0] or p.path.startswith(mine[1])]
