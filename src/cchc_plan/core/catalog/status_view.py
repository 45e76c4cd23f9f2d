"""`cchc status` at a glance (issue 13): the summary, by-agency, agency and
detail views, the supporting status, period spellings, places in a file and
the checks of who holds a deadline and which period an entry settles."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    # the status a coordinator holds on a part another agency delivers
    "status.supporting": both("Phối hợp (không tính hạn)", "Supporting (not counted)"),
    # short status words for narrow tables (engine.vocabulary.STATUS_CODES)
    "status-short.overdue": both("Quá hạn", "Overdue"),
    "status-short.pending": both("Trong hạn", "In time"),
    "status-short.awaiting": both("Chờ yêu cầu", "Awaiting"),
    "status-short.ongoing": both("Thường xuyên", "Ongoing"),
    "status-short.supporting": both("Phối hợp", "Supporting"),
    "status-short.done_late": both("Hoàn thành quá hạn", "Done late"),
    "status-short.done_on_time": both("Hoàn thành đúng hạn", "Done on time"),
    # column titles
    "view.col-task": both("NV", "Task"),
    "view.col-who": both("Cơ quan", "Agencies"),
    "view.col-reported": both("Báo cáo", "Reported"),
    "view.col-file": both("Nộp", "Filed"),
    "view.col-oldest": both("Quá hạn lâu nhất", "Oldest overdue"),
    "view.col-role-title": both("Vai trò · Nội dung", "Role · Title"),
    # lines of the views
    "view.heading": both("Kế hoạch {number} của {issuer} · tính đến ngày {date}",
                         "Plan {number} of {issuer} · as of {date}"),
    "view.heading-unnumbered": both("Kế hoạch của {issuer} · tính đến ngày {date}",
                                    "Plan of {issuer} · as of {date}"),
    "view.before-start": both(
        "Ngày xem {date} trước ngày bắt đầu của kế hoạch ({start}): chưa có nghĩa vụ nào "
        "đến hạn.",
        "{date} is before the plan's start ({start}): nothing has come due yet."),
    "view.after-horizon": both(
        "Ngày xem {date} sau ngày kết thúc của kế hoạch ({horizon}): không phát sinh nghĩa vụ "
        "định kỳ mới sau ngày đó.",
        "{date} is after the plan's horizon ({horizon}): no periodic obligation arises after "
        "it."),
    "view.counts": both("Nghĩa vụ: {total:num} — {counts}", "Obligations: {total:num} — {counts}"),
    "view.count": both("{label} {n:num}", "{label} {n:num}"),
    "view.soon-count": both("{n:num} sắp đến hạn", "{n:num} due soon"),
    "view.rate": both(
        "Tỷ lệ đúng hạn: {rate} ({on_time:num}/{due:num} nghĩa vụ đã đến hạn được hoàn thành "
        "đúng hạn)",
        "On-time rate: {rate} ({on_time:num} of {due:num} obligations that have come due were "
        "done on time)"),
    "view.rate-none": both("Tỷ lệ đúng hạn: — (chưa có nghĩa vụ nào đến hạn)",
                           "On-time rate: — (nothing has come due yet)"),
    "view.shown": both("hiển thị {n:num}/{total:num} nghĩa vụ ({filters})",
                       "showing {n:num} of {total:num} obligations ({filters})"),
    "view.section": both("{label} — {n:num} nghĩa vụ, {groups:num} nhóm",
                         "{label} — {n:num} obligations in {groups:num} groups"),
    "view.section-due-soon": both("Sắp đến hạn (trong {days} ngày)", "Due soon (within {days} "
                                  "days)"),
    "view.none-overdue": both("Không có nghĩa vụ nào quá hạn.", "Nothing is overdue."),
    "view.none-due-soon": both("Không có nghĩa vụ nào đến hạn trong {days} ngày tới.",
                               "Nothing falls due in the next {days} days."),
    "view.more-groups": both("… và {groups:num} nhóm khác ({n:num} nghĩa vụ): {command}",
                             "… and {groups:num} more groups ({n:num} obligations): {command}"),
    "view.one-lead": both("{name}", "{name}"),
    "view.leads": both("{n:num} cơ quan chủ trì", "{n:num} lead agencies"),
    # overdue and due-soon groups hold only parts an agency delivers: a coordinating
    # agency there carries out its own part (a commune's plan), it is not "phối hợp"
    "view.coordinators": both("{n:num} cơ quan thực hiện", "{n:num} also delivering"),
    "view.not-submitted": both("Chưa nộp báo cáo ({n:num}/{total:num} cơ quan): {names}",
                               "Not submitted ({n:num} of {total:num} agencies): {names}"),
    "view.all-submitted": both("Cả {total:num} cơ quan đã nộp báo cáo.",
                               "All {total:num} agencies have submitted."),
    "view.none-submitted": both("Chưa cơ quan nào nộp báo cáo (cả {total:num} cơ quan).",
                                "No agency has submitted yet (all {total:num})."),
    "view.file-broken": both("{name} (tệp lỗi)", "{name} (file has errors)"),
    "view.more": both(
        "Xem thêm: --by agency (theo cơ quan) · --agency <mã> (một cơ quan) · --detail "
        "(từng nghĩa vụ)",
        "More: --by agency (per agency) · --agency <id> (one agency) · --detail (every "
        "obligation)"),
    "view.file-submitted": both("đã nộp báo cáo, cập nhật ngày {date}",
                                "report submitted, updated {date}"),
    "view.file-missing": both("chưa nộp báo cáo", "no report submitted"),
    "view.file-unreadable": both("tệp lỗi, không đọc được (xem `cchc validate`)",
                                 "file has errors, could not be read (see `cchc validate`)"),
    "view.state-submitted": both("đã", "yes"),
    "view.state-missing": both("chưa", "no"),
    "view.state-unreadable": both("lỗi", "errors"),
    "view.notes": both("Ghi chú: {notes}", "Notes: {notes}"),
    "view.hidden-quiet": both(
        "Không liệt kê (không có hạn hoặc phối hợp, chưa có báo cáo): {counts}; xem --detail",
        "Not listed (no due date or supporting, nothing reported): {counts}; see --detail"),
    "view.counts-filtered": both(
        "Số nghĩa vụ theo bộ lọc ({filters}); tỷ lệ đúng hạn tính trên mọi nghĩa vụ của cơ quan.",
        "Counts follow the filters ({filters}); the on-time rate counts all of the agency's "
        "obligations."),
    "view.oldest": both("{task} · {n} ngày", "{task} · {n} d"),
    "view.rules": both("Cách tính thời hạn: {rules}", "How deadlines are counted: {rules}"),
    # periods as people read them
    "period.event": both("Đợt {date}", "Round of {date}"),
    # the reported state when the agency has no entry
    "progress.none": both("—", "—"),
    # places in a file, for `{where!w}` (core.messages.place)
    "place.task": both("nhiệm vụ {id}", "task {id}"),
    "place.period": both("kỳ {id}", "period {id}"),
    "place.part": both("thời hạn {id}", "deadline part {id}"),
    "place.event": both("sự kiện {id}", "event {id}"),
    "place.agency": both("cơ quan {id}", "agency {id}"),
    "place.group": both("nhóm {id}", "group {id}"),
    "place.section": both("mục {id}", "section {id}"),
    "place.item": both("mục thứ {id}", "entry {id}"),
    # checks
    "ambiguous-period": both(
        "nhiệm vụ {task} có nhiều thời hạn cùng kỳ {period} ({parts}): mục này không ghi "
        "`part:` nên không rõ báo cáo cho thời hạn nào",
        "task {task} has several deadline parts in period {period} ({parts}): without `part:` "
        "this entry does not say which one it reports"),
    "hint.add-part": both("thêm `part:`, ví dụ `part: {part}`", "add `part:`, e.g. `part: {part}`"),
    "no-holder": both(
        "thời hạn {part} của nhiệm vụ {task} không thuộc cơ quan nào phải thực hiện "
        "(holders: {holders}, không có cơ quan nào ở vai trò và cấp đó)",
        "deadline part {part} of task {task} is no one's to deliver (holders: {holders}: no "
        "agency the task names has that role and level)"),
    "hint.holders": both(
        "ghi `holders: all` nếu mọi cơ quan được giao đều phải thực hiện, hoặc sửa `level`",
        "write `holders: all` if every agency the task names delivers it, or fix `level`"),
    # the counting rule when nothing rolls
    "report.rule-roll-none": both(
        "Hạn rơi vào ngày nghỉ vẫn giữ nguyên ngày (kế hoạch đặt roll_to_working_day: false).",
        "A last day on a day off stays where it is (the plan sets roll_to_working_day: false)."),
}
