"""The wording of the report layout (issue 15): the sections of an agency's
report and what to write in each, the Phụ lục, the overdue task parts of the
consolidated report, the reminder letter (công văn đôn đốc); and what
`cchc report` says about writing them (--all, --reminder, --pdf).

Reports handed to UBND are always Vietnamese; the English twins keep the
catalog whole. Nothing here names a district, an agency or a date.
"""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    # the sections of an agency's report (the narrative of its file)
    "doc.h-results": both("I. Kết quả đạt được", "I. Results achieved"),
    "doc.h-shortcomings": both("II. Tồn tại, hạn chế", "II. Shortcomings"),
    "doc.h-causes": both("III. Nguyên nhân, trách nhiệm", "III. Causes and responsibility"),
    "doc.h-solutions": both("IV. Giải pháp khắc phục", "IV. Remedies"),
    "doc.h-proposals": both("V. Kiến nghị, đề xuất", "V. Requests and proposals"),
    "doc.prompt-results": both(
        "(Nêu những nội dung đã khắc phục được, kết quả cụ thể, sản phẩm đã hoàn thành.)",
        "(State what has been remedied, the concrete results and the outputs completed.)"),
    "doc.prompt-shortcomings": both(
        "(Nêu những tồn tại, hạn chế chưa khắc phục được.)",
        "(State the shortcomings not yet remedied.)"),
    "doc.prompt-causes": both(
        "(Làm rõ nguyên nhân chủ quan, khách quan và trách nhiệm của tập thể, cá nhân.)",
        "(Set out the causes, internal and external, and who is responsible.)"),
    "doc.prompt-solutions": both(
        "(Đề ra giải pháp khắc phục ngay: nội dung, thời gian hoàn thành, người chịu trách "
        "nhiệm.)",
        "(Set out the remedies: what, by when, and who is responsible.)"),
    "doc.prompt-proposals": both(
        "(Kiến nghị, đề xuất với cấp trên, nếu có.)",
        "(Requests to the authorities above, if any.)"),
    "doc.assigned": both(
        "{agency} được giao {tasks} nhiệm vụ ({lead} nhiệm vụ chủ trì, {coordinating} nhiệm vụ "
        "phối hợp), gồm {rows} nội dung phải thực hiện và báo cáo; phân công cá nhân phụ trách "
        "và kết quả từng nội dung tại Phụ lục kèm theo.",
        "{agency} has {tasks} tasks ({lead} as lead, {coordinating} coordinating), {rows} items "
        "to carry out and report; the person responsible for each and its result are in the "
        "appendix."),
    "doc.missing-assignees": both(
        "Còn {n} nội dung chủ trì chưa phân công cá nhân phụ trách.",
        "{n} led items have no person responsible yet."),
    "doc.overdue-lead": both(
        "Nhiệm vụ quá hạn chưa hoàn thành ({n}):",
        "Overdue tasks not done ({n}):"),
    "doc.closing-agency": both(
        "Trên đây là báo cáo của {agency} về kết quả thực hiện {plan}./.",
        "This is the report of {agency} on carrying out {plan}."),
    # the Phụ lục
    "doc.appendix": both("PHỤ LỤC", "APPENDIX"),
    "doc.appendix-agency": both("BẢNG PHÂN CÔNG NHIỆM VỤ VÀ KẾT QUẢ THỰC HIỆN",
                                "TASK ASSIGNMENTS AND RESULTS"),
    "doc.appendix-district": both("KẾT QUẢ THỰC HIỆN CỦA CÁC CƠ QUAN, ĐƠN VỊ",
                                  "RESULTS OF EACH AGENCY"),
    "doc.appendix-note": both(
        "(Kèm theo {kind} số {number} ngày {date} của {issuer})",
        "(Attached to {kind} no. {number} of {date} by {issuer})"),
    "doc.kind-report": both("Báo cáo", "Report"),
    "doc.sheet-appendix": both("Phụ lục", "Appendix"),
    "doc.group-body": both("Nhiệm vụ tại phần Tổ chức thực hiện của Kế hoạch",
                           "Tasks from the plan's own text"),
    "doc.col-deadline": both("Thời hạn", "Deadline"),
    "doc.col-result": both("Kết quả thực hiện", "Result"),
    "doc.col-evidence": both("Sản phẩm, văn bản kiểm chứng (số/ký hiệu, ngày, trích yếu)",
                             "Outputs, evidence (number, date, title)"),
    "doc.period-prefix": both("{period}: ", "{period}: "),
    "doc.internal-deadline": both("Hạn nội bộ: {date}", "Internal deadline: {date}"),
    "doc.deadline-support": both("Phối hợp theo tiến độ của cơ quan chủ trì",
                                 "Supports the lead agency's schedule"),
    "doc.completed-on": both("ngày {date}", "on {date}"),
    "doc.supporting-done": both("đã hoàn thành ngày {date}", "done on {date}"),
    "doc.note": both("Ghi chú: {note}", "Note: {note}"),
    "doc.sign-collective": both("TM. {body}", "On behalf of {body}"),
    # the consolidated report
    "doc.by-agency-intro": both(
        "Số nhiệm vụ theo tình trạng và tỷ lệ đúng hạn của từng cơ quan, đơn vị tại Phụ lục kèm "
        "theo.",
        "Each agency's tasks by status and its on-time rate are in the appendix."),
    "doc.overdue-parts-intro": both(
        "Có {parts} nội dung nhiệm vụ quá hạn chưa hoàn thành ({n} lượt cơ quan, đơn vị), sắp "
        "xếp theo số ngày trễ:",
        "{parts} task items are overdue and not done ({n} agency obligations), longest overdue "
        "first:"),
    "doc.col-not-done": both("Cơ quan, đơn vị chưa hoàn thành", "Agencies not done"),
    "doc.holders-lead": both("Chủ trì ({n}): {names}", "Lead ({n}): {names}"),
    # agencies the task names as coordinating that hold the part themselves (each
    # commune's own plan): they deliver it, they are not "Phối hợp" (issue 27)
    "doc.holders-coordinating": both("Thực hiện ({n}): {names}", "Delivering ({n}): {names}"),
    "doc.group-except": both("{group} (trừ {names})", "{group} (except {names})"),
    "doc.proposal-missed": both("{name}: {how}", "{name}: {how}"),
    "doc.missed-open": both("chưa hoàn thành, trễ {n} ngày", "not done, {n} days late"),
    "doc.missed-late": both("hoàn thành trễ {n} ngày", "done {n} days late"),
    "doc.closing-district": both(
        "Trên đây là báo cáo của {reporter} tổng hợp kết quả thực hiện {plan}./.",
        "This is the consolidated report of {reporter} on carrying out {plan}."),
    # the reminder letter (công văn đôn đốc)
    "doc.letter-number": both("Số:{blank}/{symbol}", "No.:{blank}/{symbol}"),
    "doc.letter-subject": both("V/v đôn đốc thực hiện {plan}",
                               "Re: reminder to carry out {plan}"),
    "doc.letter-title": both("Công văn đôn đốc thực hiện {plan} (tính đến {date})",
                             "Reminder to carry out {plan} (as of {date})"),
    "doc.letter-to": both("Kính gửi:", "To:"),
    "doc.letter-intro": both(
        "Thực hiện {plan} về {about}, theo dõi của {coordinator}, tính đến ngày {date}, "
        "{agencies} cơ quan, đơn vị còn {states}, cụ thể như sau:",
        "Under {plan} on {about}, as {coordinator} records it, on {date} {agencies} agencies "
        "still have {states}, as follows:"),
    "doc.letter-overdue": both("{n} nhiệm vụ quá hạn chưa hoàn thành",
                               "{n} overdue tasks not done"),
    "doc.letter-soon": both("{n} nhiệm vụ sắp đến hạn trong {days} ngày tới",
                            "{n} tasks due within the next {days} days"),
    "doc.and": both(" và ", " and "),
    "doc.state-overdue": both("Quá hạn {n} ngày", "{n} days overdue"),
    "doc.state-soon": both("Còn {n} ngày đến hạn", "Due in {n} days"),
    "doc.state-today": both("Đến hạn hôm nay", "Due today"),
    "doc.letter-request": both(
        "Để bảo đảm tiến độ thực hiện Kế hoạch, {issuer} yêu cầu Thủ trưởng các cơ quan, đơn vị "
        "nêu trên khẩn trương hoàn thành các nhiệm vụ quá hạn, chủ động thực hiện các nhiệm vụ "
        "sắp đến hạn; cập nhật kết quả và báo cáo về {recipient} (qua {coordinator}) trước ngày "
        "{reply} để tổng hợp./.",
        "To keep the plan on schedule, {issuer} asks the heads of the agencies above to finish "
        "their overdue tasks at once and see to those coming due, and to report their results "
        "to {recipient} (through {coordinator}) by {reply}."),
    "doc.letter-request-overdue": both(
        "Để bảo đảm tiến độ thực hiện Kế hoạch, {issuer} yêu cầu Thủ trưởng các cơ quan, đơn vị "
        "nêu trên khẩn trương hoàn thành các nhiệm vụ quá hạn; cập nhật kết quả và báo cáo về "
        "{recipient} (qua {coordinator}) trước ngày {reply} để tổng hợp./.",
        "To keep the plan on schedule, {issuer} asks the heads of the agencies above to finish "
        "their overdue tasks at once, and to report their results to {recipient} (through "
        "{coordinator}) by {reply}."),
    "doc.letter-request-soon": both(
        "Để bảo đảm tiến độ thực hiện Kế hoạch, {issuer} đề nghị Thủ trưởng các cơ quan, đơn vị "
        "nêu trên chủ động thực hiện các nhiệm vụ sắp đến hạn; cập nhật kết quả và báo cáo về "
        "{recipient} (qua {coordinator}) trước ngày {reply} để tổng hợp./.",
        "To keep the plan on schedule, {issuer} asks the heads of the agencies above to see to "
        "the tasks coming due, and to report their results to {recipient} (through "
        "{coordinator}) by {reply}."),
    "doc.letter-nobody": both(
        "Tính đến ngày {date}, không có cơ quan, đơn vị nào có nhiệm vụ quá hạn hoặc sắp đến "
        "hạn.",
        "On {date} no agency has an overdue task or one coming due."),
    "doc.sheet-reminder": both("Đôn đốc", "Reminder"),
    "doc.letter-as-above": both("- Như trên;", "- As above;"),
    "doc.letter-copy": both("- {line};", "- {line};"),
    "doc.letter-archive": both("- Lưu: VT, {unit}.", "- Archive: VT, {unit}."),
    # the starting progress file (cchc init)
    "scaffold.signer": both(
        "người ký báo cáo: họ tên, chức vụ; cấp phó ký thay thêm form: KT và authority: "
        "Trưởng phòng",
        "who signs the report: name, title; a deputy signing for the head adds form: KT and "
        "authority: <the head's title>"),
    "scaffold.narrative": both(
        "nội dung báo cáo (mỗi dòng một đoạn): kết quả đạt được, tồn tại hạn chế, nguyên nhân, "
        "giải pháp, kiến nghị",
        "the report's own words (a line is a paragraph): results, shortcomings, causes, "
        "solutions, proposals"),
    # what editors show for the new fields (load/schema.py)
    "schema.Signer.form": both(
        "Hình thức ký\nKT (ký thay), TL (thừa lệnh), TUQ (thừa ủy quyền), Q (quyền); bỏ trống "
        "khi người đứng đầu ký.",
        "How it is signed\nKT (signing for the head), TL, TUQ (by delegation), Q (acting); "
        "empty when the head signs."),
    "schema.Signer.authority": both(
        "Ký thay cho\nChức vụ người được ký thay, ví dụ Chủ tịch, Trưởng phòng (mặc định: "
        "người đứng đầu trong danh sách cơ quan).",
        "Signing for\nThe position signed for, e.g. Chủ tịch, Trưởng phòng (default: the "
        "agency's head in the registry)."),
    "schema.Signer.collective": both(
        "Thay mặt tập thể\nIn dòng \"TM. …\", ví dụ Ủy ban nhân dân.",
        "On behalf of a body\nPrints a \"TM. …\" line, e.g. Ủy ban nhân dân."),
    "schema.AssignmentFile.signer": both(
        "Người ký báo cáo\nHọ tên, chức vụ; cấp phó ký thay thêm form: KT và authority.",
        "Who signs the report\nName, title; a deputy signing for the head adds form: KT and "
        "authority."),
    "schema.AssignmentFile.narrative": both(
        "Nội dung báo cáo\nCác phần của báo cáo, do cơ quan viết; mỗi dòng một đoạn.",
        "The report's own words\nThe report's sections, in the agency's words; a line is a "
        "paragraph."),
    "schema.Narrative.results": both(
        "Kết quả đạt được\nNhững nội dung đã khắc phục được, kết quả cụ thể.",
        "Results achieved\nWhat has been remedied, and the concrete results."),
    "schema.Narrative.shortcomings": both(
        "Tồn tại, hạn chế\nNhững nội dung chưa khắc phục được.",
        "Shortcomings\nWhat has not been remedied yet."),
    "schema.Narrative.causes": both(
        "Nguyên nhân, trách nhiệm\nNguyên nhân chủ quan, khách quan và trách nhiệm của tập "
        "thể, cá nhân.",
        "Causes and responsibility\nThe causes, internal and external, and who is "
        "responsible."),
    "schema.Narrative.solutions": both(
        "Giải pháp khắc phục\nNội dung, thời gian hoàn thành, người chịu trách nhiệm.",
        "Remedies\nWhat, by when, and who is responsible."),
    "schema.Narrative.proposals": both(
        "Kiến nghị, đề xuất\nKiến nghị với cấp trên, nếu có.",
        "Requests and proposals\nRequests to the authorities above, if any."),
    "schema.ReportSettings.reminder": both(
        "Công văn đôn đốc\nKý hiệu, người ký, số ngày trả lời và nơi nhận của công văn đôn "
        "đốc (cchc report --reminder).",
        "Reminder letter\nThe symbol, signer, reply days and copies of the reminder letter "
        "(cchc report --reminder)."),
    "schema.ReminderSettings.symbol": both(
        "Ký hiệu\nPhần sau \"Số: …/\", ví dụ UBND-NV.",
        "Symbol\nWhat follows \"Số: …/\", e.g. UBND-NV."),
    "schema.ReminderSettings.signer": both(
        "Người ký\nNgười ký công văn (mặc định: người ký kế hoạch).",
        "Signer\nWho signs the letter (default: the plan's signer)."),
    "schema.ReminderSettings.reply_days": both(
        "Số ngày trả lời\nHạn báo cáo lại: sau bấy nhiêu ngày, dời sang ngày làm việc kế tiếp.",
        "Reply days\nThe reply date: this many days later, moved to the next working day."),
    "schema.ReminderSettings.copies": both(
        "Nơi nhận khác\nCác dòng thêm vào \"Nơi nhận\", ví dụ Phòng Nội vụ (theo dõi).",
        "Other recipients\nMore lines of \"Nơi nhận\", e.g. Phòng Nội vụ (theo dõi)."),
    # checks of the plan's report settings
    "unknown-task.proposal": both(
        "đề xuất dẫn nhiệm vụ {task} không có trong kế hoạch",
        "the proposal cites task {task}, which the plan does not have"),
    "proposal-without-task": both(
        "đề xuất loại `missed` phải có `task`: nhiệm vụ có thời hạn bị trễ",
        "a `missed` proposal needs `task`: the task whose deadline was missed"),
    "hint.proposal-task": both(
        "thêm `task: <mã nhiệm vụ>`, ví dụ `task: IV.1`",
        "add `task: <task id>`, e.g. `task: IV.1`"),
    # writing them: cchc report --all / --reminder / --pdf
    "help.report.every": both(
        "Báo cáo của mọi cơ quan và báo cáo tổng hợp, trong một lần chạy (-o: một thư mục).",
        "Every agency's submission and the consolidated report in one run (-o: a folder)."),
    "help.report.reminder": both(
        "Công văn đôn đốc gửi các cơ quan có nhiệm vụ quá hạn hoặc sắp đến hạn trong "
        "--due-within ngày.",
        "The reminder letter to agencies with something overdue or due within --due-within "
        "days."),
    "help.report.due_within": both(
        "--reminder: số ngày tới được tính là sắp đến hạn.",
        "--reminder: days ahead that count as due soon."),
    "help.report.pdf": both(
        "Thêm tệp PDF bên cạnh mỗi tệp Word (cần LibreOffice).",
        "Also a PDF beside each Word file (needs LibreOffice)."),
    "usage.report-one-kind": both(
        "chỉ dùng một trong --agency, --all, --reminder",
        "give one of --agency, --all, --reminder"),
    "usage.pdf-needs-docx": both(
        "--pdf chỉ dùng với --format docx",
        "--pdf works with --format docx only"),
    "usage.needs-folder": both(
        "{option} ghi nhiều tệp: -o phải là một thư mục, không phải {path}",
        "{option} writes several files: -o must be a folder, not {path}"),
    "pdf.no-soffice": both(
        "không tìm thấy LibreOffice (soffice) để chuyển sang PDF",
        "LibreOffice (soffice) was not found to convert to PDF"),
    "hint.install-libreoffice": both(
        "cài LibreOffice (Debian/Ubuntu: `apt-get install libreoffice-writer`) hoặc đặt "
        "CCHC_SOFFICE là đường dẫn tới soffice; tệp Word vẫn được ghi khi không dùng --pdf",
        "install LibreOffice (Debian/Ubuntu: `apt-get install libreoffice-writer`) or set "
        "CCHC_SOFFICE to the path of soffice; without --pdf the Word file is still written"),
    "pdf.failed": both(
        "LibreOffice không chuyển được {name} sang PDF",
        "LibreOffice did not convert {name} to PDF"),
    "pdf.timeout": both(
        "LibreOffice chưa chuyển xong sau {seconds} giây",
        "LibreOffice did not finish within {seconds} seconds"),
    "pdf.cannot-run": both(
        "không chạy được {program}: {reason}",
        "cannot run {program}: {reason}"),
    "cli.wrote-reports": both(
        "đã ghi {n} tệp vào {folder}",
        "wrote {n} files to {folder}"),
    "cli.writing-reports": both(
        "Đang viết báo cáo",
        "Writing reports"),
    "cli.reminder-nobody": both(
        "không có cơ quan, đơn vị nào có nhiệm vụ quá hạn hoặc sắp đến hạn ngày {date}: "
        "không viết công văn",
        "no agency has anything overdue or coming due on {date}: no letter written"),
}
