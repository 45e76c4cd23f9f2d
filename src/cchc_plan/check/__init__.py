"""The third stage: cross-file checks.

Each check is `check_x(ctx) -> list[Problem]` over a `CheckContext` built once
per run, and is registered in CHECKS, which `run_checks` runs in order. A
check looks only at files whose models loaded; problems inside one file are
the loader's.
"""

from __future__ import annotations

from cchc_plan.check.assignments import check_assignment_agency, check_assignment_tasks
from cchc_plan.check.context import Check, CheckContext
from cchc_plan.check.plan import (
    check_deadline_parts,
    check_part_holders,
    check_report_proposals,
    check_review_notes,
    check_structure,
    check_task_agencies,
    check_task_ids,
)
from cchc_plan.check.progress import check_event_records, check_progress
from cchc_plan.check.ranges import check_date_range
from cchc_plan.check.registry import (
    check_group_members,
    check_registry_ids,
    check_registry_names,
)
from cchc_plan.core.problems import Problem
from cchc_plan.load.project import Project

CHECKS: list[Check] = [
    check_registry_ids,
    check_registry_names,
    check_group_members,
    check_task_ids,
    check_task_agencies,
    check_structure,
    check_deadline_parts,
    check_report_proposals,
    check_part_holders,
    check_review_notes,
    check_assignment_agency,
    check_assignment_tasks,
    check_progress,
    check_event_records,
    check_date_range,
]


def run_checks(project: Project) -> list[Problem]:
    ctx = CheckContext.build(project)
    return [problem for check in CHECKS for problem in check(ctx)]
