"""The progress form's side of the library: which agencies get a form, each
form's data, and filled forms read back and merged (nothing written here:
`app.write_imports` writes)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_plan.app.opened import status_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from cchc_plan.engine.obligations import StatusResult
    from cchc_plan.features.progress_form.form_import import FormImport
    from cchc_plan.features.progress_form.rows import FormView
    from cchc_plan.load.project import Project


def form_view(project: Project, agency: str, as_of: date) -> FormView:
    """What an agency's progress form holds (`render.form_xlsx` writes it)."""
    from cchc_plan.features.progress_form.rows import form_view as build

    return build(project, project.directory.index.resolve_agency(agency), as_of)


def form_window(as_of: date) -> date:
    """How far ahead a form made as of `as_of` lists periods (`open_status`'s window_end)."""
    from cchc_plan.features.progress_form.rows import form_window as window

    return window(as_of)


def form_views(source: Project | StatusResult, agencies: list[str],
               as_of: date) -> Iterator[FormView]:
    """The forms of several agencies (ids or names) as of one date, one at a
    time (a batch holds one form at once), the status worked out once for
    all of them (a `source` status opened with `window_end=form_window(as_of)`)."""
    from cchc_plan.features.progress_form.rows import form_views as build

    result = status_of(source, as_of, window_end=form_window(as_of))
    if result.window_end != form_window(as_of):
        raise ValueError(f"a status that looks ahead to {result.window_end}")
    index = result.directory.index
    return build(result, [index.resolve_agency(a) for a in agencies])


def form_agencies(source: Project | StatusResult) -> list[str]:
    """The agencies the plan gives tasks to: those `form export --all` makes forms for."""
    from cchc_plan.engine.obligations import AgencyTasks, StatusResult

    if isinstance(source, StatusResult):
        plan, directory = source.plan, source.directory
    else:
        assert source.plan.model is not None, "the agencies of a plan that loaded"
        plan, directory = source.plan.model, source.directory
    involved = AgencyTasks(plan, directory)
    return [a for a in directory.agencies if a in involved]


def form_import(project: Project, paths: list[Path], *, force: bool = False,
                agency: str | None = None) -> list[FormImport]:
    """Each filled form read back and merged into its agency's file, in memory:
    nothing is written (`write_imports` does that). A form's problems are in
    `FormImport.problems`; `--force` lets a form for another plan or for
    changed tasks through."""
    from cchc_plan.features.progress_form.form_import import import_form
    from cchc_plan.render.scaffold import render
    from cchc_plan.views.scaffold import scaffold

    def starting_text(ident: str) -> str:
        return render(scaffold(project, ident), "vi")

    expected = project.directory.index.resolve_agency(agency) if agency else None
    results: list[FormImport] = []
    for path in paths:
        result = import_form(project, path, force=force, expected=expected,
                             starting_text=starting_text)
        if result.agency and any(r.agency == result.agency for r in results):
            result.problems.append(result.twice())
        results.append(result)
    return results
