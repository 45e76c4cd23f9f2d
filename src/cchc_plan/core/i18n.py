"""Labels shown to people: Vietnamese by default, English with `--lang en`.

Reports handed to UBND always use Vietnamese; machine output (JSON, CSV codes)
uses the stable codes.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["vi", "en"]

STATUS_LABELS: dict[str, dict[Lang, str]] = {
    "done_on_time": {"vi": "Hoàn thành đúng hạn", "en": "Done on time"},
    "done_late": {"vi": "Hoàn thành quá hạn", "en": "Done late"},
    "pending": {"vi": "Chưa hoàn thành - trong hạn", "en": "Not done - in time"},
    "overdue": {"vi": "Chưa hoàn thành - quá hạn", "en": "Not done - overdue"},
    "ongoing": {"vi": "Thường xuyên", "en": "Ongoing"},
    "awaiting": {"vi": "Chờ sự kiện / theo yêu cầu", "en": "Awaiting event / on request"},
}

ROLE_LABELS: dict[str, dict[Lang, str]] = {
    "lead": {"vi": "Chủ trì", "en": "Lead"},
    "coordinating": {"vi": "Phối hợp", "en": "Coordinating"},
}

WORDS: dict[str, dict[Lang, str]] = {
    "task": {"vi": "Nhiệm vụ", "en": "Task"},
    "title": {"vi": "Nội dung", "en": "Title"},
    "agency": {"vi": "Cơ quan", "en": "Agency"},
    "role": {"vi": "Vai trò", "en": "Role"},
    "period": {"vi": "Kỳ", "en": "Period"},
    "due": {"vi": "Hạn", "en": "Due"},
    "status": {"vi": "Tình trạng", "en": "Status"},
    "days": {"vi": "Số ngày", "en": "Days"},
    "late": {"vi": "trễ {n} ngày", "en": "{n} d late"},
    "left": {"vi": "còn {n} ngày", "en": "{n} d left"},
    "today": {"vi": "hôm nay", "en": "today"},
    "no_file": {"vi": "chưa nộp", "en": "no file"},
    "unreadable": {"vi": "tệp lỗi", "en": "file has errors"},
    "on_time_rate": {"vi": "Tỷ lệ đúng hạn", "en": "On-time rate"},
    "as_of": {"vi": "Tính đến ngày", "en": "As of"},
    "section": {"vi": "Mục", "en": "Section"},
    "lead": {"vi": "Chủ trì", "en": "Lead"},
    "coordinating": {"vi": "Phối hợp", "en": "Coordinating"},
    "deadline": {"vi": "Thời hạn", "en": "Deadline"},
    "id": {"vi": "Mã", "en": "Id"},
    "name": {"vi": "Tên", "en": "Name"},
    "level": {"vi": "Cấp", "en": "Level"},
    "kind": {"vi": "Loại", "en": "Kind"},
    "members": {"vi": "Thành viên", "en": "Members"},
    "group": {"vi": "nhóm", "en": "group"},
    "total": {"vi": "Tổng", "en": "Total"},
    "nothing": {"vi": "Không có nghĩa vụ nào khớp bộ lọc.", "en": "No obligation matches."},
    "unreadable_files": {
        "vi": "Không đọc được tệp của: {names} (xem `cchc validate`)",
        "en": "Could not read the files of: {names} (see `cchc validate`)",
    },
    "due_soon": {"vi": "sắp đến hạn", "en": "due soon"},
    "hidden": {"vi": "{n} nghĩa vụ thường xuyên / chờ sự kiện không hiển thị (thêm --all để xem)",
               "en": "{n} ongoing / awaiting obligations not shown (add --all to see them)"},
}


def status_label(code: str, lang: Lang = "vi") -> str:
    return STATUS_LABELS[code][lang]


def role_label(role: str, lang: Lang = "vi") -> str:
    return ROLE_LABELS[role][lang]


def word(key: str, lang: Lang = "vi", **values: object) -> str:
    return WORDS[key][lang].format(**values)
