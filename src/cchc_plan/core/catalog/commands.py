"""The command line: usage errors, write errors and the lines commands print."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    # usage errors
    "usage.no-section": both("kế hoạch không có mục {section}; các mục: {known}",
                             "the plan has no section {section}; its sections: {known}"),
    "usage.no-task": both("kế hoạch không có nhiệm vụ {task}; xem các nhiệm vụ: cchc tasks",
                          "the plan has no task {task}; see its tasks: cchc tasks"),
    "usage.no-root": both(
        "không tìm thấy {plan} trong {folder} hay thư mục nào phía trên",
        "no {plan} in {folder} or any folder above it"),
    "usage.root-without-plan": both(
        "{folder} không có {plan}",
        "{folder} has no {plan}"),
    "usage.no-agency": both(
        "không có cơ quan {name}",
        "no agency {name}"),
    "usage.group-not-agency": both(
        "{id} là một nhóm, không phải một cơ quan",
        "{id} is a group, not one agency"),
    "usage.bad-file-name": both(
        "không thể dùng {name} làm tên tệp",
        "{name} cannot be used as a file name"),
    "usage.is-folder": both(
        "{path} là một thư mục",
        "{path} is a folder"),
    "usage.not-regular-file": both(
        "{path} không phải là tệp thông thường",
        "{path} is not a regular file"),
    "usage.no-folder": both(
        "thư mục {path} không tồn tại",
        "folder {path} does not exist"),
    "usage.file-exists": both(
        "tệp {path} đã tồn tại",
        "{path} already exists"),
    "usage.agency-and-all": both(
        "chỉ dùng --agency hoặc --all, không dùng cả hai",
        "give --agency or --all, not both"),
    "usage.which-agency": both(
        "chưa chỉ rõ cơ quan nào",
        "which agency?"),
    "usage.plan-and-agencies": both(
        "chỉ dùng --plan hoặc --agencies, không dùng cả hai",
        "give --plan or --agencies, not both"),
    "write.cannot-write-in": both(
        "không ghi được vào thư mục {folder}: {reason}",
        "cannot write in {folder}: {reason}"),
    "write.cannot-write": both(
        "không ghi được {path}: {reason}",
        "cannot write {path}: {reason}"),
    "write.locked": both(
        "không ghi được {path}: tệp đang mở trong một chương trình khác (Word, Excel) hoặc bị "
        "khoá; đóng tệp trong Word/Excel rồi chạy lại (tệp cũ vẫn còn nguyên)",
        "cannot write {path}: the file is open in another program (Word, Excel) or locked; "
        "close it in Word/Excel and run again (the old file is intact)"),
    "read.locked": both(
        "không đọc được {path}: tệp đang mở trong một chương trình khác (Word, Excel) hoặc bị "
        "khoá; đóng tệp trong Word/Excel rồi chạy lại",
        "cannot read {path}: the file is open in another program (Word, Excel) or locked; "
        "close it in Word/Excel and run again"),
    # lines on stderr
    "cli.error": both(
        "cchc: lỗi: {message}",
        "cchc: error: {message}"),
    "cli.hint": both(
        "  gợi ý: {hint}",
        "  hint: {hint}"),
    "cli.hint-word": both(
        "gợi ý",
        "hint"),
    "cli.plan-unusable": both(
        "cchc: kế hoạch có lỗi, không dùng được:",
        "cchc: the plan cannot be used:"),
    "cli.plan-unreadable": both(
        "không đọc được kế hoạch",
        "the plan could not be read"),
    "cli.checked-ok": both(
        "đã kiểm tra {files} tệp: không có lỗi",
        "{files} files checked: ok"),
    "cli.checked-errors": both(
        "đã kiểm tra {files} tệp: {errors} lỗi",
        "{files} files checked: {errors} error(s)"),
    "cli.wrote": both(
        "đã ghi {path}",
        "wrote {path}"),
    "cli.undated-left-out": both(
        "bỏ qua {n} nghĩa vụ không có ngày (thường xuyên hoặc chờ sự kiện)",
        "{n} obligation(s) without a date (ongoing or awaiting) left out"),
    "cli.data-problems": both(
        "cchc: dữ liệu có {n} lỗi; chạy `cchc validate` để xem chi tiết",
        "cchc: {n} data problem(s) found; run `cchc validate` to see them"),
    "cli.internal-error": both(
        "cchc: lỗi nội bộ ({name}); vui lòng báo lại kèm câu lệnh đã chạy "
        "(thêm --debug để xem chi tiết)",
        "cchc: internal error ({name}); please report it with the command you ran "
        "(add --debug to see the details)"),
}
