"""What a starting progress file lists: every task that involves an agency,
with the agency's role and whether the task is reported per period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cchc_plan.core.dates import natural_key
from cchc_plan.load.layout import ASSIGNMENTS_DIR
from cchc_plan.load.models import PERIODIC, Plan, Role, Task
from cchc_plan.load.project import Project


@dataclass(frozen=True)
class ScaffoldTask:
    task: Task
    role: Role
    periodic: bool


@dataclass(frozen=True)
class Scaffold:
    plan: Plan
    agency: str
    name: str
    today: date
    tasks: list[ScaffoldTask]


def scaffold_path(agency: str) -> str:
    return f"{ASSIGNMENTS_DIR.as_posix()}/{agency}.yaml"


def involved_tasks(project: Project, agency: str) -> list[tuple[Task, Role]]:
    """The tasks (not headings) that involve an agency, in plan order."""
    plan = project.plan.model
    assert plan is not None
    out = []
    for task in plan.all_tasks():
        role = project.directory.roles(task).get(agency)
        if role and not task.is_heading:
            out.append((task, role))
    return out


def scaffold(project: Project, agency: str) -> Scaffold:
    plan = project.plan.model
    assert plan is not None
    level = project.directory.agencies[agency].level
    tasks = [ScaffoldTask(t, r, any(p.held and p.part.kind in PERIODIC
                                    for p in t.parts_for(r, level)))
             for t, r in sorted(involved_tasks(project, agency),
                                key=lambda tr: natural_key(tr[0].id))]
    return Scaffold(plan, agency, project.directory.name(agency), project.today, tasks)
