"""Plan queries that need no deadline engine."""

from __future__ import annotations

from cchc_plan.load.directory import task_roles
from cchc_plan.load.models import Task
from cchc_plan.load.reader import Project
from cchc_plan.views.status import section_wanted


def list_tasks(
    project: Project, agency: str | None = None, section: str | None = None
) -> list[Task]:
    plan = project.plan.model
    assert plan is not None
    rows = plan.all_tasks()
    if section:
        wanted = section_wanted(section)
        rows = [t for t in rows if (t.section or "").upper() in wanted]
    if agency:
        rows = [
            t
            for t in rows
            if agency in task_roles(t, project.directory)
            or any(
                agency in task_roles(c, project.directory)
                for c in plan.all_tasks()
                if c.parent == t.id
            )
        ]
    return rows
