"""`cchc init`: a starting progress file for one agency.

The file lists every task that involves the agency, each with
`status: not_started` and a comment holding the task's title, the agency's
role and the deadline as the plan writes it. It validates as written.
"""

from __future__ import annotations

import json
from datetime import date

from cchc_plan.core.dates import natural_key
from cchc_plan.core.i18n import role_label
from cchc_plan.load.directory import task_roles
from cchc_plan.load.models import PERIODIC, Role, Task
from cchc_plan.load.reader import ASSIGNMENTS_DIR, Project

SCHEMA_REF = "../schemas/assignment.schema.json"


def involved_tasks(project: Project, agency: str) -> list[tuple[Task, Role]]:
    plan = project.plan.model
    assert plan is not None
    out = []
    for task in plan.all_tasks():
        role = task_roles(task, project.directory).get(agency)
        if role and not task.is_heading:
            out.append((task, role))
    return out


def scaffold_path(agency: str) -> str:
    return f"{ASSIGNMENTS_DIR.as_posix()}/{agency}.yaml"


def _q(text: str) -> str:
    """A YAML scalar that stays text whatever it holds (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(text.split())


def scaffold_text(project: Project, agency: str, today: date) -> str:
    plan = project.plan.model
    assert plan is not None
    name = project.directory.name(agency)
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_REF}",
        f"# Bảng phân công nhiệm vụ và tiến độ thực hiện của {name}",
        f"# theo {plan.document.number or ''} của {plan.document.issuer_short}.".replace("  ", " "),
        "#",
        "# Cách điền / How to fill in (README, \"Tệp của cơ quan\"):",
        "# - contact: cán bộ theo dõi tệp này; updated: ngày cập nhật gần nhất (dd/mm/yyyy).",
        "# - mỗi nhiệm vụ: assignee (cá nhân chịu trách nhiệm), deadline (hạn nội bộ, nếu có),",
        "#   status: not_started | in_progress | done; khi done: completed và evidence",
        "#   (số/ký hiệu, ngày, trích yếu văn bản).",
        "# - nhiệm vụ định kỳ: ghi từng kỳ dưới `periods:` (period: 2021 hoặc 2021-Q3).",
        "schema_version: 1",
        f"agency: {agency}",
        "contact:",
        "  name:",
        "  position:",
        "  phone:",
        "  email:",
        f"updated: {today.isoformat()}",
        "tasks:",
    ]
    level = project.directory.agencies[agency].level
    for task, role in sorted(involved_tasks(project, agency), key=lambda tr: natural_key(tr[0].id)):
        lines += _entry_lines(task, role, level)
    return "\n".join(lines) + "\n"


def _entry_lines(task: Task, role: Role, level: str | None) -> list[str]:
    deadline = _comment(task.deadline_text) or "không ghi thời hạn"
    lines = [
        f"  # {task.id}. {_comment(task.title)}",
        f"  # {role_label(role)} · Thời hạn: {deadline}",
    ]
    if any(p.kind in PERIODIC for p in task.parts_for(role, level)):
        lines.append("  # Định kỳ: ghi kết quả từng kỳ dưới `periods:`.")
    lines += [f"  - task: {_q(task.id)}", "    status: not_started"]
    if role == "lead":
        lines += ["    assignee:", "      name:", "      position:"]
    return lines
