"""The wording of the documents `cchc report` writes.

Reports handed to UBND are always built in Vietnamese; the English twins keep
the catalog whole (and serve previews and tests). Nothing here names a
district, an agency or a date: those come from the plan files.
"""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    # the masthead and signature block (Nghị định 30/2020/NĐ-CP)
    "report.nation": both("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                          "SOCIALIST REPUBLIC OF VIETNAM"),
    "report.motto": both("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "report.kind": both("BÁO CÁO", "REPORT"),
    "report.number-line": both("Số:{blank}/BC-{abbr}", "No.:{blank}/BC-{abbr}"),
    "report.long-date": both("ngày {day} tháng {month} năm {year}", "{day}/{month}/{year}"),
    "report.place-date": both("{place}, {date}", "{place}, {date}"),
    "report.recipients": both("Nơi nhận:", "Recipients:"),
    "report.archive": both("- Lưu: VT.", "- Archive: VT."),
    "report.default-head": both("Thủ trưởng cơ quan", "Head of the agency"),
    # the plan as a report names it
    "report.plan-kind": both("Kế hoạch", "Plan"),
    "report.plan-number": both(" số {number}", " no. {number}"),
    "report.plan-date": both(" ngày {date}", " of {date}"),
    "report.plan-issuer": both(" của {issuer}", " by {issuer}"),
    "report.subject": both("{lead} {plan} về {about}", "{lead} {plan} on {about}"),
    "report.subject-agency": both("Kết quả thực hiện", "Results of carrying out"),
    "report.subject-district": both("Tổng hợp kết quả các cơ quan, đơn vị thực hiện",
                                    "Consolidated results of the agencies carrying out"),
    # cells
    "report.period-quarter": both("Quý {quarter}/{year}", "Q{quarter} {year}"),
    "report.period-year": both("Năm {year}", "Year {year}"),
    "report.person": both("{name} - {position}", "{name} - {position}"),
    "report.phone": both("ĐT: {phone}", "Tel.: {phone}"),
    "report.email": both("Email: {email}", "Email: {email}"),
    "report.evidence-number": both("Số {number}", "No. {number}"),
    "report.evidence-date": both("ngày {date}", "of {date}"),
    "report.status-soon": both("{status} ({soon})", "{status} ({soon})"),
    # column titles
    "report.col-number": both("STT", "No."),
    "report.col-task": both("Nội dung nhiệm vụ", "Task"),
    "report.col-role": both("Vai trò", "Role"),
    "report.col-assignee": both("Cá nhân phụ trách (họ tên, chức vụ)",
                                "Person responsible (name, position)"),
    "report.col-period": both("Kỳ", "Period"),
    "report.col-due": both("Hạn", "Due"),
    "report.col-status": both("Tình trạng", "Status"),
    "report.col-days-late": both("Số ngày trễ", "Days late"),
    "report.col-count": both("Số lượng", "Count"),
    "report.col-agency": both("Cơ quan, đơn vị", "Agency"),
    "report.col-file": both("Cập nhật kết quả", "Results recorded"),
    "report.col-updated": both("Ngày cập nhật", "Updated"),
    "report.col-total": both("Tổng số", "Total"),
    "report.col-rate": both("Tỷ lệ đúng hạn", "On-time rate"),
    "report.col-no-assignee": both("Chủ trì chưa phân công cá nhân",
                                   "Led, no person assigned"),
    "report.col-section": both("Mục", "Item"),
    "report.col-content": both("Nội dung", "Content"),
    "report.col-result": both("Kết quả", "Result"),
    "report.col-missed-by": both("Cơ quan, đơn vị chưa đạt", "Agencies that missed it"),
    "report.total-row": both("Tổng số", "Total"),
    # sheet names (Excel)
    "report.sheet-summary": both("Tổng hợp", "Summary"),
    "report.sheet-overdue": both("Quá hạn", "Overdue"),
    "report.sheet-status": both("Tình trạng", "Status"),
    "report.sheet-chart": both("Biểu đồ", "Chart"),
    "report.sheet-milestones": both("Mốc thời hạn", "Milestones"),
    "report.sheet-cover": both("Báo cáo", "Report"),
    # rate and rules
    "report.rate-none": both(
        "Tỷ lệ đúng hạn: chưa có nghĩa vụ nào đến hạn để tính tỷ lệ.",
        "On-time rate: no obligation has come due yet."),
    "report.rate": both(
        "Tỷ lệ đúng hạn: {rate} ({on_time}/{due} nghĩa vụ đã đến hạn được hoàn thành đúng hạn; "
        "nghĩa vụ thường xuyên, chờ sự kiện, phối hợp với cơ quan chủ trì và chưa đến hạn "
        "không tính).",
        "On-time rate: {rate} ({on_time} of {due} obligations that have come due were done on "
        "time; ongoing, awaiting, supporting and not yet due obligations are not counted)."),
    "report.rules": both("Cách tính thời hạn: {rules}", "How deadlines are counted: {rules}"),
    "report.rule-before-inclusive": both(
        "“Trước ngày X”: hoàn thành trong ngày X vẫn được tính là đúng hạn.",
        "“Before X”: finishing on X itself is on time."),
    "report.rule-before-strict": both(
        "“Trước ngày X”: hạn cuối cùng là ngày liền trước ngày X.",
        "“Before X”: the last allowed day is the day before X."),
    "report.rule-relative": both(
        "Thời hạn “sau N ngày kể từ ngày…” tính từ ngày tiếp theo của sự kiện (Bộ luật Dân sự "
        "2015, Điều 147 khoản 3).",
        "“N days after …” counts from the day after the event (Civil Code 2015, Article 147.3)."),
    "report.rule-roll-all": both(
        "Hạn rơi vào ngày nghỉ (thứ Bảy, Chủ nhật, ngày lễ, Tết) được chuyển sang ngày làm việc "
        "tiếp theo (Bộ luật Dân sự 2015, Điều 148 khoản 5).",
        "A last day on a day off (Saturday, Sunday, public holiday, Tet) moves to the next "
        "working day (Civil Code 2015, Article 148.5)."),
    # the agency's submission
    "report.agency-title": both(
        "{agency}: báo cáo kết quả thực hiện {plan} (tính đến {date})",
        "{agency}: report on {plan} (as of {date})"),
    "report.via": both(" (qua {coordinator})", " (through {coordinator})"),
    "report.to-recipient": both("- {recipient}{via};", "- {recipient}{via};"),
    "report.agency-intro": both(
        "Thực hiện {plan} về {about}, {agency} báo cáo bảng phân công nhiệm vụ và kết quả thực "
        "hiện tính đến ngày {date} như sau:",
        "Under {plan} on {about}, {agency} reports its task assignments and results as of "
        "{date}:"),
    "report.file-unreadable": both(
        "Lưu ý: tệp cập nhật kết quả của {agency} có lỗi, không đọc được (kiểm tra bằng lệnh "
        "cchc validate). Tình trạng dưới đây chưa tính các kết quả ghi trong tệp.",
        "Note: the progress file of {agency} has errors and could not be read (check it with "
        "cchc validate). The status below leaves out what the file records."),
    "report.file-missing": both(
        "Lưu ý: {agency} chưa cập nhật kết quả thực hiện vào tệp theo dõi. {detail}",
        "Note: {agency} has not recorded its results in its progress file. {detail}"),
    "report.file-unsigned": both(
        "Tệp của cơ quan chưa ghi cán bộ đầu mối nên chưa được tính là đã cập nhật; các nội "
        "dung đã ghi trong tệp được thể hiện dưới đây.",
        "The agency's file names no contact, so it does not count as recorded; what it records "
        "is shown below."),
    "report.file-not-counted": both(
        "Tệp của cơ quan chưa được tính là đã cập nhật tại ngày báo cáo.",
        "The agency's file does not count as recorded at the report's date."),
    "report.file-none": both(
        "Tình trạng dưới đây tính theo thời hạn của Kế hoạch, chưa có kết quả do cơ quan báo "
        "cáo; cột cá nhân phụ trách để trống để điền.",
        "The status below follows the plan's deadlines, with no results reported by the "
        "agency; the column of persons responsible is left blank to fill in."),
    "report.file-date": both("Số liệu theo tệp cập nhật của cơ quan ngày {date}.",
                             "Figures from the agency's file updated on {date}."),
    "report.contact": both("Cán bộ đầu mối: {contact}.", "Contact: {contact}."),
    "report.no-tasks": both("Cơ quan không có nhiệm vụ trong Kế hoạch.",
                            "The plan gives this agency no tasks."),
    "report.no-overdue": both("Không có nhiệm vụ quá hạn.", "No overdue tasks."),
    # the consolidated report
    "report.district-title": both(
        "Tổng hợp kết quả thực hiện {plan} (tính đến {date})",
        "Consolidated results of {plan} (as of {date})"),
    "report.to-leaders": both("- Lãnh đạo {recipient} (b/c);", "- Leaders of {recipient} (for "
                              "information);"),
    "report.district-intro": both(
        "Thực hiện {plan} về {about}, {reporter} báo cáo Lãnh đạo {recipient} kết quả thực hiện "
        "của các cơ quan, đơn vị tính đến ngày {date} như sau:",
        "Under {plan} on {about}, {reporter} reports to the leaders of {recipient} the results "
        "of the agencies as of {date}:"),
    "report.h-overall": both("I. Tình hình thực hiện chung", "I. Overall progress"),
    "report.h-by-agency": both("II. Kết quả theo cơ quan, đơn vị", "II. Results by agency"),
    "report.h-chart": both("Biểu đồ tỷ lệ đúng hạn theo cơ quan, đơn vị",
                           "On-time rate by agency"),
    "report.h-overdue": both("III. Nhiệm vụ quá hạn chưa hoàn thành",
                             "III. Overdue tasks not done"),
    "report.h-milestones": both("IV. Thực hiện các mốc thời hạn của Kế hoạch",
                                "IV. The plan's milestones"),
    "report.h-proposals": both("V. Đề xuất", "V. Proposals"),
    "report.files-sentence": both(
        "Có {total} cơ quan, đơn vị được giao nhiệm vụ; {done} cơ quan, đơn vị đã cập nhật kết "
        "quả thực hiện, {absent} cơ quan, đơn vị chưa cập nhật (tình trạng của các cơ quan, đơn "
        "vị này tính theo thời hạn của Kế hoạch).",
        "{total} agencies have tasks; {done} have recorded their results, {absent} have not "
        "(their status follows the plan's deadlines)."),
    "report.files-broken": both(
        " Tệp của {n} cơ quan, đơn vị có lỗi, không đọc được: {names}.",
        " The files of {n} agencies have errors and could not be read: {names}."),
    "report.order-one": both("{first}.", "{first}."),
    "report.order-two": both("{first}, sau đó {second}.", "{first}, then {second}."),
    "report.order-not_submitted": both("cơ quan, đơn vị chưa cập nhật kết quả được xếp trước",
                                       "agencies that have not recorded results come first"),
    "report.order-overdue": both("theo số nhiệm vụ quá hạn", "by number of overdue tasks"),
    "report.order-registry": both("Cơ quan, đơn vị xếp theo danh sách cơ quan của kế hoạch.",
                                  "Agencies in the order of the plan's registry."),
    "report.no-agencies": both("Không có cơ quan, đơn vị nào được giao nhiệm vụ.",
                               "No agency has tasks."),
    "report.chart-title": both(
        "Tỷ lệ đúng hạn (hoàn thành đúng hạn / đã đến hạn), như cột “Tỷ lệ đúng hạn” của bảng",
        "On-time rate (done on time / come due), as in the table's “On-time rate” column"),
    "report.group-count": both("{name} ({n} nhiệm vụ)", "{name} ({n} tasks)"),
    "report.no-milestones": both("Kế hoạch không có mốc thời hạn chung.",
                                 "The plan has no common milestones."),
    "report.milestone-met": both("Đạt (hoàn thành đúng hạn)", "Met (done on time)"),
    "report.milestone-missed": both("Không đạt", "Missed"),
    "report.milestone-undated": both("Không có thời hạn cụ thể", "No fixed date"),
    "report.milestone-not-due": both("Chưa đến hạn", "Not yet due"),
    "report.milestone-open": both("Đang thực hiện", "In progress"),
    "report.missed-late": both("Hoàn thành trễ {n} ngày", "Done {n} days late"),
    "report.missed-open": both("Chưa hoàn thành, trễ {n} ngày", "Not done, {n} days late"),
    "report.missed-line": both("- {how} ({n}): {names}", "- {how} ({n}): {names}"),
    "report.file-state-missing": both("Chưa cập nhật", "Not recorded"),
    "report.file-state-unreadable": both("Tệp lỗi", "File has errors"),
    "report.file-state-ok": both("Đã cập nhật", "Recorded"),
    "report.draft-note": both(
        "(Dự thảo đề xuất: cán bộ theo dõi rà soát, chỉnh sửa nội dung dưới đây trước khi trình "
        "ký.)",
        "(Draft proposals: the officer reviews and edits what follows before it is signed.)"),
    "report.proposal-intro": both(
        "Căn cứ kết quả tổng hợp nêu trên, {reporter} đề xuất Lãnh đạo {recipient}:",
        "On the results above, {reporter} proposes to the leaders of {recipient}:"),
    "report.no-proposals": both(
        "Các cơ quan, đơn vị đã nộp báo cáo và không có nhiệm vụ quá hạn; chưa có nội dung đề "
        "xuất xử lý.",
        "Every agency has reported and none has overdue tasks; there is nothing to propose."),
    "report.drafted-not_submitted": both(
        "Chỉ đạo {count} cơ quan, đơn vị chưa cập nhật kết quả thực hiện khẩn trương cập nhật, "
        "gửi báo cáo về {reporter}:",
        "Direct the {count} agencies that have not recorded their results to record them and "
        "report to {reporter} at once:"),
    "report.drafted-unreadable": both(
        "Chỉ đạo {count} cơ quan, đơn vị có tệp cập nhật kết quả bị lỗi, không đọc được kiểm "
        "tra, sửa và gửi lại:",
        "Direct the {count} agencies whose progress file has errors to correct and resend it:"),
    "report.drafted-overdue": both(
        "Chỉ đạo {count} cơ quan, đơn vị có nhiệm vụ quá hạn khẩn trương hoàn thành:",
        "Direct the {count} agencies with overdue tasks to finish them at once:"),
    "report.overdue-count": both("{name}: {n} nhiệm vụ quá hạn", "{name}: {n} overdue tasks"),
}
