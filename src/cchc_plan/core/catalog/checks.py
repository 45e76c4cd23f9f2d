"""Cross-file checks (problem codes are the ids)."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    "duplicate-id": both(
        "mã {id} bị dùng hai lần",
        "id {id} is used twice"),
    "duplicate-id.task": both(
        "nhiệm vụ {task} bị lặp lại",
        "task {task} appears twice"),
    "duplicate-id.list": both(
        "{id} xuất hiện hai lần trong {list}",
        "{id} appears twice in {list}"),
    "ambiguous-name": both(
        "tên {name} của {id} trùng với tên của {other}",
        "{name} of {id} also names {other}"),
    "group-cycle": both(
        "nhóm {id} chứa chính nó",
        "group {id} contains itself"),
    "unknown-agency": both(
        "không có cơ quan hay nhóm nào là {ref}",
        "no agency or group {ref}"),
    "unknown-agency.file": both(
        "không có cơ quan {agency}",
        "no agency {agency}"),
    "unknown-section": both(
        "không có mục {section}",
        "no section {section}"),
    "unknown-task": both(
        "kế hoạch không có nhiệm vụ {task}",
        "no task {task} in the plan"),
    "unknown-task.parent": both(
        "`parent` {parent} không phải là một nhiệm vụ trong kế hoạch",
        "parent {parent} is not a task"),
    "bad-parent": both(
        "nhiệm vụ {task} không thể là mục cha của chính nó",
        "task {task} is its own parent"),
    "no-lead": both(
        "nhiệm vụ {task} chưa có cơ quan chủ trì",
        "task {task} has no lead agency"),
    "no-deadline": both(
        "nhiệm vụ {task} chưa có quy tắc thời hạn",
        "task {task} has no deadline rule"),
    "duplicate-part": both(
        "nhiệm vụ {task} có hai phần thời hạn cùng tên {part}",
        "task {task} has two parts named {part}"),
    "unknown-event": both(
        "không có sự kiện {event}",
        "no event {event}"),
    "unknown-event.plan": both(
        "kế hoạch không có sự kiện {event}",
        "no event {event} in the plan"),
    "unknown-level": both(
        "không có cơ quan nào thuộc cấp {level}",
        "no agency has level {level}"),
    "group-file": both(
        "{id} là một nhóm; mỗi cơ quan thành viên có tệp riêng",
        "{id} is a group; each member keeps its own file"),
    "file-name": both(
        "tệp của cơ quan {id} lại có tên {name}",
        "file of agency {id} is named {name}"),
    "duplicate-file": both(
        "cơ quan {id} có nhiều hơn một tệp",
        "agency {id} has more than one file"),
    "duplicate-task": both(
        "nhiệm vụ {task} được ghi hai lần",
        "task {task} is listed twice"),
    "not-involved": both(
        "nhiệm vụ {task} không được giao cho {agency}",
        "task {task} does not involve {agency}"),
    "duplicate-period": both(
        "kỳ {period} được ghi hai lần",
        "period {period} is listed twice"),
    "duplicate-period.part": both(
        "kỳ {period} (phần {part}) được ghi hai lần",
        "period {period} (part {part}) is listed twice"),
    "unknown-part": both(
        "nhiệm vụ {task} không có phần {part} đối với cơ quan này",
        "task {task} has no part {part} for this agency"),
    "missing-period": both(
        "nhiệm vụ {task} thực hiện theo từng kỳ: cần ghi rõ kỳ nào",
        "task {task} is due every period: say which"),
    "bad-period": both(
        "nhiệm vụ {task} không có kỳ {period}",
        "task {task} has no period {period}"),
    "unknown-country": both(
        "không có lịch ngày lễ của quốc gia {code} (`settings.holidays`): không tính được "
        "ngày làm việc",
        "no public holidays are known for country {code} (`settings.holidays`): working days "
        "cannot be counted"),
    "hint.country-code": both(
        "dùng mã quốc gia hai chữ cái (ISO 3166), ví dụ VN",
        "use a two-letter country code (ISO 3166), e.g. VN"),
    "future-date": both(
        "ngày cập nhật (`updated`) {date} là ngày trong tương lai",
        "updated {date} is after today"),
    "future-date.completed": both(
        "ngày hoàn thành (`completed`) {date} là ngày trong tương lai",
        "completed {date} is after today"),
    "no-assignee": both(
        "cơ quan này chủ trì nhiệm vụ {task}: cần ghi người chịu trách nhiệm",
        "task {task} is led by this agency: name the person responsible"),
    "done-without-date": both(
        "đã ghi hoàn thành (done) nhưng thiếu ngày hoàn thành `completed`",
        "status is done but `completed` is missing"),
    "done-without-evidence": both(
        "đã ghi hoàn thành (done) nhưng chưa có văn bản, tài liệu kiểm chứng",
        "status is done but no evidence is listed"),
    "completed-not-done": both(
        "có ngày hoàn thành `completed` nhưng tình trạng là {status}",
        "`completed` is set but status is {status}"),
    "date-before-plan": both(
        "ngày hoàn thành {date} trước ngày bắt đầu kế hoạch {start}",
        "completed {date} is before the plan's start {start}"),
    "date-after-update": both(
        "ngày hoàn thành {date} sau ngày cập nhật tệp (`updated`) {updated}",
        "completed {date} is after the file's `updated` date {updated}"),
    "not-recorder": both(
        "{agency} không phải là cơ quan ghi nhận sự kiện {event}",
        "{agency} does not record event {event}"),
    "bad-date.event": both(
        "ngày của sự kiện {date} nằm ngoài thời gian thực hiện kế hoạch",
        "event date {date} is outside the plan's time"),
}
