"""Texts written into files for people: the comments of a starting progress file."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    "scaffold.title": both(
        "Bảng phân công nhiệm vụ và tiến độ thực hiện của {agency} theo {plan}.",
        "Task assignments and progress of {agency} under {plan}."),
    "scaffold.how": both(
        "Cách điền (README, \"Tệp của cơ quan\"):\n"
        "- contact: cán bộ theo dõi tệp này; updated: ngày cập nhật gần nhất (dd/mm/yyyy).\n"
        "- mỗi nhiệm vụ: assignee (cá nhân chịu trách nhiệm), deadline (hạn nội bộ, nếu có),\n"
        "  status: not_started | in_progress | done; khi done: completed và evidence\n"
        "  (số/ký hiệu, ngày, trích yếu văn bản).\n"
        "- nhiệm vụ định kỳ: ghi từng kỳ dưới `periods:` (period: 2021 hoặc 2021-Q3).",
        "How to fill in (README, \"Agency files\"):\n"
        "- contact: who keeps this file; updated: the day of the last edit (dd/mm/yyyy).\n"
        "- each task: assignee (the person responsible), deadline (internal, optional),\n"
        "  status: not_started | in_progress | done; when done: completed and evidence\n"
        "  (number, date, title of the document).\n"
        "- periodic tasks: one entry per period under `periods:` (period: 2021 or 2021-Q3)."),
    "scaffold.no-deadline": both("không ghi thời hạn", "no deadline written"),
    "scaffold.role-deadline": both("{role} · Thời hạn: {deadline}",
                                   "{role} · Deadline: {deadline}"),
    "scaffold.periodic": both(
        "Định kỳ: ghi kết quả từng kỳ dưới `periods:`.",
        "Periodic: report each period under `periods:`."),
}
