"""cchc: administrative-reform (CCHC) plans as validated YAML, deadlines and reports.

The library API (the CLI is a thin layer over it)::

    from datetime import date
    import cchc_plan

    found = cchc_plan.validate("krong-pa")              # every problem, every file
    for problem in found.problems:
        print(problem.format("vi"))
    snapshot = cchc_plan.status("krong-pa", as_of=date(2020, 9, 15))
    late = [r for r in snapshot.rows if r.status == "overdue"]

`open_project` gives the loaded and checked repository, `agency_report` /
`district_report` / `all_reports` / `reminder_letter` / `calendar` the data of
each document, `render_report` its bytes. Names are imported on first use, so
`import cchc_plan` costs nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from cchc_plan.core.version import __version__

_EXPORTS = {
    "open_project": "cchc_plan.app",
    "open_plan": "cchc_plan.app",
    "open_status": "cchc_plan.app",
    "Opened": "cchc_plan.app",
    "validate": "cchc_plan.app",
    "status": "cchc_plan.app",
    "status_json": "cchc_plan.app",
    "agency_report": "cchc_plan.app",
    "district_report": "cchc_plan.app",
    "all_reports": "cchc_plan.app",
    "reminder_letter": "cchc_plan.app",
    "calendar": "cchc_plan.app",
    "scaffold": "cchc_plan.app",
    "write_file": "cchc_plan.app",
    "Validation": "cchc_plan.app",
    "import_plan": "cchc_plan.features.plan_io.api",
    "export_plan": "cchc_plan.features.plan_io.api",
    "parse_deadline": "cchc_plan.features.plan_io.api",
    "Problem": "cchc_plan.core.problems",
    "CchcError": "cchc_plan.core.errors",
    "InputError": "cchc_plan.core.errors",
    "PlanUnusable": "cchc_plan.core.errors",
    "WriteError": "cchc_plan.core.errors",
    "Project": "cchc_plan.load.project",
    "Filters": "cchc_plan.views.status",
    "StatusRow": "cchc_plan.views.status",
    "StatusSnapshot": "cchc_plan.views.status",
    "render_report": "cchc_plan.render",
}

__all__ = [
    "CchcError",
    "Filters",
    "InputError",
    "Opened",
    "PlanUnusable",
    "Problem",
    "Project",
    "StatusRow",
    "StatusSnapshot",
    "Validation",
    "WriteError",
    "__version__",
    "agency_report",
    "all_reports",
    "calendar",
    "district_report",
    "export_plan",
    "import_plan",
    "open_plan",
    "open_project",
    "open_status",
    "parse_deadline",
    "reminder_letter",
    "render_report",
    "scaffold",
    "status",
    "status_json",
    "validate",
    "write_file",
]

if TYPE_CHECKING:
    from cchc_plan.app import (
        Opened,
        Validation,
        agency_report,
        all_reports,
        calendar,
        district_report,
        open_plan,
        open_project,
        open_status,
        reminder_letter,
        scaffold,
        status,
        status_json,
        validate,
        write_file,
    )
    from cchc_plan.core.errors import CchcError, InputError, PlanUnusable, WriteError
    from cchc_plan.core.problems import Problem
    from cchc_plan.features.plan_io.api import export_plan, import_plan, parse_deadline
    from cchc_plan.load.project import Project
    from cchc_plan.render import render_report
    from cchc_plan.views.status import Filters, StatusRow, StatusSnapshot


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'cchc_plan' has no attribute {name!r}")
