"""The plan's tasks, filtered as `cchc tasks` offers."""

from __future__ import annotations

from cchc_plan.load.models import Task
from cchc_plan.load.project import Project
from cchc_plan.views.status import section_wanted


def list_tasks(project: Project, agency: str | None = None,
               section: str | None = None) -> list[Task]:
    """The tasks of a section, and those that involve an agency (a heading
    when one of its sub-items does)."""
    plan = project.plan.model
    assert plan is not None
    rows = plan.all_tasks()
    if section:
        wanted = section_wanted(section)
        rows = [t for t in rows if (t.section or "").upper() in wanted]
    if agency:
        roles = project.directory.roles
        children: dict[str, list[Task]] = {}
        for task in plan.all_tasks():
            if task.parent:
                children.setdefault(task.parent, []).append(task)
        rows = [t for t in rows if agency in roles(t)
                or any(agency in roles(c) for c in children.get(t.id, []))]
    return rows
