"""The third stage: cross-file checks.

Each check is `check_x(ctx) -> list[Problem]` over a `CheckContext` built once
per run, and is registered in PROJECT_CHECKS (the plan and the registry, with
each other) or FILE_CHECKS (each agency file against them), which
`run_checks` runs in order. A check looks only at files whose models loaded;
problems inside one file are the loader's. No check compares two agency files
but `check_duplicate_files`, which needs only the agency each names: so
`check.stream` can judge the files a chunk at a time, or in worker
processes, and let each file's model go (`cchc validate` on a country's files).
"""

from __future__ import annotations

from cchc_plan.check.assignments import (
    check_assignment_agency,
    check_assignment_tasks,
    check_duplicate_files,
)
from cchc_plan.check.context import Check, CheckContext
from cchc_plan.check.plan import (
    check_deadline_parts,
    check_holidays,
    check_part_holders,
    check_report_proposals,
    check_review_notes,
    check_structure,
    check_task_agencies,
    check_task_ids,
)
from cchc_plan.check.progress import check_event_records, check_progress
from cchc_plan.check.ranges import check_file_dates, check_plan_dates
from cchc_plan.check.registry import (
    check_group_members,
    check_registry_ids,
    check_registry_names,
)
from cchc_plan.core.problems import Problem
from cchc_plan.load.project import Project
from cchc_plan.load.yamlio import Document

PROJECT_CHECKS: list[Check] = [
    check_registry_ids,
    check_registry_names,
    check_group_members,
    check_task_ids,
    check_task_agencies,
    check_structure,
    check_holidays,
    check_deadline_parts,
    check_report_proposals,
    check_part_holders,
    check_review_notes,
    check_plan_dates,
]
FILE_CHECKS: list[Check] = [
    check_assignment_agency,
    check_assignment_tasks,
    check_progress,
    check_event_records,
    check_file_dates,
]


def run_checks(project: Project) -> list[Problem]:
    """Every check over a project whose agency files are all loaded."""
    ctx = CheckContext.build(project)
    return [*run_all(PROJECT_CHECKS, ctx), *run_all(FILE_CHECKS, ctx),
            *check_duplicate_files(named_agencies(ctx))]


def run_all(checks: list[Check], ctx: CheckContext) -> list[Problem]:
    return [problem for check in checks for problem in check(ctx)]


def named_agencies(ctx: CheckContext) -> list[tuple[str, Document]]:
    """The agency each file names, with the file's document (which places a
    problem: a form's cells for an imported form)."""
    return [(f.named, f.doc) for f in ctx.files if f.named]
