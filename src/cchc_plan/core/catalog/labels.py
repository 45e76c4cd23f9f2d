"""Labels: status and role names, column titles, the words of status tables.

Status labels are what officers see and what reports print; the stable codes
(`overdue`, `done_on_time`) stay in JSON and CSV.
"""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    # statuses (engine.vocabulary.STATUS_CODES)
    "status.done_on_time": both("Hoàn thành đúng hạn", "Done on time"),
    "status.done_late": both("Hoàn thành quá hạn", "Done late"),
    "status.pending": both("Chưa hoàn thành - trong hạn", "Not done - in time"),
    "status.overdue": both("Chưa hoàn thành - quá hạn", "Not done - overdue"),
    "status.ongoing": both("Thường xuyên", "Ongoing"),
    "status.awaiting": both("Chờ sự kiện / theo yêu cầu", "Awaiting event / on request"),
    # what an agency reports (load.models.Status): also accepted as input, with or
    # without diacritics, in agency files and in the Excel progress form
    "progress.not_started": both("Chưa thực hiện", "Not started"),
    "progress.in_progress": both("Đang thực hiện", "In progress"),
    "progress.done": both("Đã hoàn thành", "Done"),
    # roles
    "role.lead": both("Chủ trì", "Lead"),
    "role.coordinating": both("Phối hợp", "Coordinating"),
    # column titles and words of tables
    "label.task": both("Nhiệm vụ", "Task"),
    "label.title": both("Nội dung", "Title"),
    "label.agency": both("Cơ quan", "Agency"),
    "label.period": both("Kỳ", "Period"),
    "label.due": both("Hạn", "Due"),
    "label.status": both("Tình trạng", "Status"),
    "label.days": both("Số ngày", "Days"),
    "label.section": both("Mục", "Section"),
    "label.lead": both("Chủ trì", "Lead"),
    "label.coordinating": both("Phối hợp", "Coordinating"),
    "label.deadline": both("Thời hạn", "Deadline"),
    "label.id": both("Mã", "Id"),
    "label.name": both("Tên", "Name"),
    "label.level": both("Cấp", "Level"),
    "label.kind": both("Loại", "Kind"),
    "label.members": both("Thành viên", "Members"),
    "label.group": both("nhóm", "group"),
    "label.on-time-rate": both("Tỷ lệ đúng hạn", "On-time rate"),
    "label.as-of": both("Tính đến ngày", "As of"),
    "label.outputs": both("Sản phẩm", "Outputs"),
    "label.plan": both("Kế hoạch", "Plan"),
    "label.days-late": both("trễ {n} ngày", "{n} d late"),
    "label.days-left": both("còn {n} ngày", "{n} d left"),
    "label.due-today": both("hôm nay", "today"),
    "label.due-soon": both("sắp đến hạn", "due soon"),
    "label.file-unreadable": both("tệp lỗi", "file has errors"),
    "label.yearly-on": both("hằng năm, ngày {day}", "every year on {day}"),
    # status screen
    "status.nothing": both("Không có nghĩa vụ nào khớp bộ lọc.", "No obligation matches."),
    "status.unreadable-files": both(
        "Không đọc được tệp của: {names} (xem `cchc validate`)",
        "Could not read the files of: {names} (see `cchc validate`)"),
    # `{kind!t}`: the type of a YAML value, as a person would name it
    "type.list": both("danh sách", "list"),
    "type.str": both("văn bản", "text"),
    "type.int": both("số", "number"),
    "type.YamlInt": both("số", "number"),
    "type.float": both("số", "number"),
    "type.YamlFloat": both("số", "number"),
    "type.bool": both("giá trị true/false", "true/false value"),
    "type.NoneType": both("giá trị rỗng", "empty value"),
    "type.dict": both("nhóm trường", "mapping"),
    "type.date": both("ngày", "date"),
    "type.datetime": both("ngày giờ", "date and time"),
}
