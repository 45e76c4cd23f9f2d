"""Importing a plan from Word or Excel (issue 18): the import command, the
deadline-phrase parser's review notes, agency resolution, the exported
appendix, warnings for unreviewed notes, and the periods the new deadline
kinds add (half-years, months)."""

from __future__ import annotations

from cchc_plan.core.catalog.help import examples
from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    # --- --help of `cchc plan` and `cchc deadline` ----------------------------------------
    "help.plan": both(
        "Nhập kế hoạch từ tệp Word hoặc Excel, hoặc xuất phụ lục của kế hoạch ra Word.",
        "Import a plan from Word or Excel, or export its appendix to Word."),
    "help.plan.examples": examples(
        "Ví dụ:", "Examples:", "cchc plan import ke-hoach-2021.docx --force",
        "cchc plan export -o phu-luc.docx"),
    "help.plan.import": both(
        "Đọc bảng phụ lục của kế hoạch (Word .docx hoặc Excel .xlsx) thành bản nháp "
        "plan/appendix.yaml: mỗi ô giữ nguyên trong *_text, mỗi chỗ phải đoán có ghi chú "
        "`review:`, tên cơ quan chưa có trong danh mục được liệt kê kèm đề xuất.",
        "Read the appendix table of a plan (Word .docx or Excel .xlsx) into a draft "
        "plan/appendix.yaml: each cell kept in *_text, a `review:` note on every guess, "
        "agency names the registry lacks listed with a proposed entry."),
    "help.plan.import.examples": examples(
        "Ví dụ:", "Examples:", "cchc plan import ke-hoach-2021.docx --force",
        "cchc plan import ke-hoach.xlsx --sheet 'Phụ lục' -o -",
        "cchc plan import phu-luc.docx --agencies plan/agencies.yaml --year 2021"),
    "help.plan.import.source": both("Tệp kế hoạch: .docx hoặc .xlsx.",
                                    "The plan: a .docx or .xlsx file."),
    "help.plan.import.output": both(
        "Bản nháp kế hoạch để ghi; '-' để in ra.",
        "The draft plan to write; '-' prints it."),
    "help.plan.import.agencies": both(
        "Danh mục cơ quan để đối chiếu tên; chưa có thì ghi một danh mục đề xuất.",
        "The agency registry names are resolved against; written with proposed entries "
        "when it does not exist."),
    "help.plan.import.year": both(
        "Năm của kế hoạch, cho các ngày không ghi năm (mặc định: theo văn bản).",
        "The plan's year, for dates written without one (default: from the document)."),
    "help.plan.import.sheet": both("Excel: trang tính có bảng phụ lục.",
                                   "Excel: the sheet with the table."),
    "help.plan.import.ignore_embedded": both(
        "Chỉ đọc bảng, bỏ qua dữ liệu mà tệp do `cchc plan export` mang theo.",
        "Read only the table, not the records a `cchc plan export` file carries."),
    "help.plan.export": both(
        "Ghi phụ lục của kế hoạch thành bảng Word đúng thể thức văn bản; tệp mang theo dữ "
        "liệu của kế hoạch, nhập lại cho đúng kế hoạch này.",
        "Write the plan's appendix as a Word table in the document's own layout; the file "
        "carries the plan's records, so importing it back gives this plan."),
    "help.plan.export.examples": examples(
        "Ví dụ:", "Examples:", "cchc plan export", "cchc plan export -o phu-luc.docx --force"),
    "help.plan.export.fmt": both("docx: phụ lục là bảng Word.",
                                 "docx: the appendix as a Word table."),
    "help.deadline": both("Bộ đọc câu chữ thời hạn của kế hoạch.",
                          "The reader of a plan's deadline phrases."),
    "help.deadline.examples": examples(
        "Ví dụ:", "Examples:", "cchc deadline parse \"trước ngày 20 của tháng cuối quý\""),
    "help.deadline.parse": both(
        "In các phần thời hạn đọc được từ một câu và ghi chú về những gì phải đoán.",
        "Show the deadline parts a phrase gives and the notes on what was guessed."),
    "help.deadline.parse.examples": examples(
        "Ví dụ:", "Examples:", "cchc deadline parse \"định kỳ 6 tháng\"",
        "cchc deadline parse \"trước ngày 17/8\" --year 2020",
        "cchc deadline parse -- \"- Cấp xã trước ngày 15/01.\""),
    "help.deadline.parse.phrase": both(
        "Ô thời hạn, ví dụ 'trước ngày 17/8/2020' (câu bắt đầu bằng '-' đặt sau --).",
        "A deadline cell, e.g. 'trước ngày 17/8/2020' (after -- if it starts with '-')."),
    "help.deadline.parse.year": both(
        "Năm của kế hoạch, cho ngày không ghi năm.",
        "The plan's year, for a date written without one."),
    # --- the model's new deadline fields -------------------------------------------
    "import.model-two-offsets": both(
        "ghi `day_of_last_month` hoặc `days_after_end`, không ghi cả hai",
        "give `day_of_last_month` or `days_after_end`, not both"),
    "import.model-days-or-months": both(
        "thời hạn tương đối cần đúng một trong `days` hoặc `months`",
        "a relative deadline needs exactly one of `days` or `months`"),
    "import.model-working-months": both(
        "`working_days` chỉ dùng với `days` (số ngày làm việc)",
        "`working_days` goes with `days` (a count of working days)"),
    "hint.period-half": both(
        "ghi rõ kỳ 6 tháng, ví dụ `period: 2021-H1` (6 tháng đầu năm) hoặc `2021-H2`",
        "write `period: 2021-H1` (first half-year) or `2021-H2`"),
    "hint.period-month": both(
        "ghi rõ tháng, ví dụ `period: 2021-M07`",
        "write `period: 2021-M07`"),
    "report.period-first-half": both("6 tháng đầu năm {year}", "H1 {year}"),
    "report.period-second-half": both("6 tháng cuối năm {year}", "H2 {year}"),
    "report.period-month": both("Tháng {month}/{year}", "{month}/{year}"),
    # --- the deadline parser's review notes ------------------------------------------
    "deadline.unrecognised": both(
        "không nhận ra thời hạn trong {text}",
        "no deadline recognised in {text}"),
    "deadline.skipped": both(
        "bỏ qua, không phải thời hạn: {text}",
        "skipped, not a deadline: {text}"),
    "deadline.citation": both(
        "bỏ qua trích dẫn văn bản (nói cách thực hiện, không phải thời hạn): {text}",
        "cited document skipped (it says how, not by when): {text}"),
    "deadline.plan-year": both(
        "năm lấy theo năm của kế hoạch: {year} ({text})",
        "year taken from the plan: {year} ({text})"),
    "deadline.no-year": both(
        "không ghi năm và không biết năm của kế hoạch: {text}",
        "no year written and the plan's year is unknown: {text}"),
    "deadline.bad-plan-year": both(
        "năm của kế hoạch không hợp lệ: {year} ({text})",
        "the plan's year is not valid: {year} ({text})"),
    "deadline.not-in-year": both(
        "ngày không có trong năm {year} của kế hoạch: {text}",
        "no such day in the plan's year {year}: {text}"),
    "deadline.sibling-annual": both(
        "không ghi “hằng năm”, coi là hằng năm như phần khác của ô: {text}",
        "\"every year\" not written; taken as annual like the rest of the cell: {text}"),
    "deadline.next-year": both(
        "kế hoạch ban hành trong tháng 12: coi là kế hoạch cho năm sau (for_next_year)",
        "a plan issued in December: taken as next year's plan (for_next_year)"),
    "deadline.qualifier": both(
        "không ghi “trước” hay “chậm nhất”: coi là chậm nhất ngày {date}",
        "neither \"before\" nor \"at the latest\" written: taken as due by {date}"),
    "deadline.bad-date": both(
        "ngày không hợp lệ (viết ngày/tháng/năm): {text}",
        "not a valid date (write day/month/year): {text}"),
    "deadline.bad-number": both(
        "số ngày hoặc số tháng không hợp lệ: {text}",
        "not a valid number of days or months: {text}"),
    "deadline.month": both(
        "{text}: lấy chậm nhất cuối tháng {month}",
        "{text}: taken as due by the end of {month}"),
    "deadline.quarter": both(
        "{text}: lấy ngày cuối quý {date}",
        "{text}: taken as due on the quarter's last day, {date}"),
    "deadline.year": both(
        "{text}: lấy ngày cuối năm {date}",
        "{text}: taken as due on the year's last day, {date}"),
    "deadline.year-part": both(
        "{text}: không rõ là ngày nào trong năm, bỏ qua (ghi ngày cụ thể)",
        "{text}: which day of the year is not said; left out (write a date)"),
    "deadline.after-period": both(
        "{text}: hạn vào năm sau năm được báo cáo; kỳ ghi theo năm đến hạn, kiểm tra lại",
        "{text}: due in the year after the one reported on; the period is named after the "
        "year it falls due, check it"),
    "deadline.range": both(
        "{text}: lấy ngày kết thúc {date}",
        "{text}: taken as due on its last day, {date}"),
    "deadline.start-only": both(
        "{text}: chỉ có ngày bắt đầu, coi là thường xuyên",
        "{text}: only a start is given; taken as ongoing"),
    "deadline.annual-day": both(
        "{text} không nêu ngày: lấy {on}",
        "{text} gives no day: {on} is used"),
    "deadline.period-end": both(
        "{text} không nêu ngày nộp trong kỳ: lấy ngày cuối kỳ",
        "{text} gives no day in the period: its last day is used"),
    "deadline.no-period": both(
        "{text}: không rõ là kỳ nào (quý, 6 tháng, tháng), bỏ qua",
        "{text}: which period (quarter, half-year, month) is not said; left out"),
    "deadline.weekly": both(
        "{text}: kế hoạch không theo dõi kỳ tuần, coi là thường xuyên",
        "{text}: weekly periods are not tracked; taken as ongoing"),
    "deadline.event": both(
        "đếm từ sự kiện {name} (mã {id} trong `events:`): kiểm tra tên, `recurs` và ai ghi "
        "ngày (`recorded_by`)",
        "counted from the event {name} (id {id} in `events:`): check its name, `recurs` and "
        "who records its date (`recorded_by`)"),
    # --- reading the file ----------------------------------------------------------------
    "import.cannot-read": both(
        "không đọc được {path}: {reason}",
        "cannot read {path}: {reason}"),
    "import.too-large": both(
        "{path} quá lớn ({size:num} byte; tối đa {limit:num})",
        "{path} is too large ({size:num} bytes; at most {limit:num})"),
    "import.pdf": both(
        "{path} là tệp PDF: cchc chỉ đọc bảng trong tệp Word (.docx) hoặc Excel (.xlsx); "
        "văn bản scan không nằm trong phạm vi",
        "{path} is a PDF: cchc reads the table of a Word (.docx) or Excel (.xlsx) file; "
        "scanned documents are out of scope"),
    "hint.import-ocr": both(
        "nhận dạng chữ (OCR) bản scan trước, ví dụ bằng ABBYY FineReader hoặc "
        "`ocrmypdf -l vie`, sửa lỗi nhận dạng, lưu thành .docx rồi chạy lại lệnh này",
        "run OCR on the scan first (ABBYY FineReader, or `ocrmypdf -l vie`), correct what it "
        "misreads, save it as .docx and run this command again"),
    "import.old-office": both(
        "{path} là tệp Word/Excel dạng cũ (.doc/.xls)",
        "{path} is an old-format Word/Excel file (.doc/.xls)"),
    "import.not-office": both(
        "{path} không phải tệp Word (.docx) hoặc Excel (.xlsx)",
        "{path} is not a Word (.docx) or Excel (.xlsx) file"),
    "hint.import-save-as": both(
        "mở tệp trong Word hoặc Excel (hoặc LibreOffice) và lưu lại dạng .docx hoặc .xlsx",
        "open it in Word or Excel (or LibreOffice) and save it as .docx or .xlsx"),
    "import.missing-part": both(
        "tệp không có phần {part}: tệp hỏng hoặc không phải văn bản Word",
        "the file has no {part}: it is damaged or not a Word document"),
    "import.part-too-large": both(
        "phần {part} của tệp quá lớn khi giải nén",
        "part {part} of the file is too large once unpacked"),
    "import.bad-xml": both(
        "nội dung tệp bị hỏng: {reason}",
        "the file's content is damaged: {reason}"),
    "import.no-sheet": both(
        "không có trang tính {sheet} (có: {sheets})",
        "no sheet {sheet} (there are: {sheets})"),
    "import.no-table": both(
        "{file}: không thấy bảng phụ lục có dòng tiêu đề (STT, Nội dung/Nhiệm vụ, Cơ quan "
        "chủ trì, …)",
        "{file}: no appendix table with a header row (row number, task, lead agency, …)"),
    "import.no-rows": both(
        "{file}: bảng phụ lục không có dòng nhiệm vụ nào",
        "{file}: the appendix table has no task rows"),
    "hint.import-header": both(
        "bảng cần một dòng tiêu đề có ít nhất cột nhiệm vụ và hai cột khác như STT, cơ quan "
        "chủ trì, thời gian hoàn thành",
        "the table needs a header row naming at least the task column and two others, such "
        "as the row number, the lead agency, the deadline"),
    "import.where-table": both("bảng {table}, dòng {row}", "table {table}, row {row}"),
    "import.where-sheet": both("ô {cell}", "cell {cell}"),
    "import.where-tables": both("bảng {tables}", "table(s) {tables}"),
    "import.where-sheets": both("trang tính {sheets}", "sheet {sheets}"),
    # --- notes on rows ------------------------------------------------------------------
    "import.number-read-as": both(
        "số thứ tự {raw} đọc là {number}",
        "row number {raw} read as {number}"),
    "import.number-kept": both(
        "số thứ tự {raw} không đúng dạng",
        "row number {raw} is not a number"),
    "import.number-inferred": both(
        "dòng không có số thứ tự: suy ra {id} theo thứ tự các dòng",
        "the row has no number: {id} inferred from the order of the rows"),
    "import.number-replaced": both(
        "số thứ tự {raw} không dùng được làm mã: suy ra {id} theo thứ tự các dòng",
        "row number {raw} cannot be an id: {id} inferred from the order of the rows"),
    "import.duplicate-number": both(
        "số thứ tự {id} đã có ở dòng trước: sửa một trong hai",
        "row number {id} is used by an earlier row too: correct one of them"),
    "import.guess-horizon": both(
        "settings.horizon: {date}, theo {source} của văn bản; sau ngày này không sinh thêm kỳ "
        "báo cáo định kỳ",
        "settings.horizon: {date}, from the document's {source}; no periodic obligation "
        "falls due after it"),
    "import.guess-signer": both(
        "document.signer: đọc từ phần ký của văn bản ({signer})",
        "document.signer: read from the document's signature block ({signer})"),
    "import.guess-coordinator": both(
        "settings.coordinator: {id}, theo câu {source} của văn bản",
        "settings.coordinator: {id}, from the document's sentence {source}"),
    "import.no-coordinator": both(
        "văn bản không nói cơ quan nào theo dõi, đôn đốc: ghi settings.coordinator (ví dụ "
        "phong-noi-vu) để báo cáo tổng hợp và công văn đôn đốc ghi đúng cơ quan",
        "the document does not say who follows the plan up: set settings.coordinator (e.g. "
        "phong-noi-vu) so the consolidated report and the reminder name the right office"),
    "import.guess-milestones": both(
        "{n} thời hạn báo cáo trong phần tổ chức thực hiện của văn bản thành milestones "
        "({ids})",
        "{n} report deadline(s) of the document's body made milestones ({ids})"),
    "import.guess-milestone": both(
        "mốc {id} đọc từ thân văn bản (không phải từ bảng phụ lục): kiểm tra cơ quan và thời "
        "hạn",
        "milestone {id} read from the document's body (not the appendix): check who and when"),
    "import.kept": both(
        "giữ {field} của plan/appendix.yaml đã có (văn bản không nói khác)",
        "kept {field} of the existing plan/appendix.yaml (the document says nothing else)"),
    "import.kept-settings": both(
        "giữ các thiết lập {names} của plan/appendix.yaml đã có",
        "kept the settings {names} of the existing plan/appendix.yaml"),
    "import.body-periodic": both(
        "văn bản có báo cáo định kỳ ở phần tổ chức thực hiện ({text}) mà chưa đọc thành thời "
        "hạn: thêm một mốc (milestones) nếu cần theo dõi",
        "the document's body asks for periodic reports ({text}) that were not read as "
        "deadlines: add a milestone if they are to be followed up"),
    "import.horizon-dropped": both(
        "settings.horizon {date} trước ngày bắt đầu của kế hoạch: bỏ; ghi lại nếu cần",
        "settings.horizon {date} is before the plan's start: left out; set it again if needed"),
    "import.existing-unusable": both(
        "plan/appendix.yaml đã có bị lỗi: không giữ được thiết lập nào của nó",
        "the existing plan/appendix.yaml has errors: none of its settings were kept"),
    "import.proposal-task": both(
        "report.proposals: nhiệm vụ {old} không còn trong kế hoạch; thay bằng mốc {new}",
        "report.proposals: task {old} is no longer in the plan; replaced by milestone {new}"),
    "import.proposal-task-dropped": both(
        "report.proposals: nhiệm vụ {old} không còn trong kế hoạch; bỏ `task:` của đề xuất",
        "report.proposals: task {old} is no longer in the plan; the proposal's `task:` "
        "dropped"),
    "import.summary-settings": both(
        "thiết lập của bản nháp (từ văn bản hoặc giữ từ kế hoạch đã có, xem `review:`): cơ "
        "quan theo dõi {coordinator}, kỳ báo cáo cuối cùng đến {horizon}, người ký {signer}, "
        "{milestones} mốc báo cáo của phần tổ chức thực hiện",
        "the draft's settings (from the document or kept from the existing plan, see "
        "`review:`): coordinator {coordinator}, horizon {horizon}, signer {signer}, "
        "{milestones} report milestone(s) of the body"),
    "import.next-steps": both(
        "Tiếp theo:\n"
        "  1. kiểm tra từng ghi chú `review:` trong {plan} (`cchc validate` liệt kê), sửa nếu "
        "cần rồi xóa ghi chú\n"
        "  2. sửa {registry}: thêm cơ quan còn thiếu (đề xuất ở trên), thay các mục ví dụ "
        "(xã, phường, thôn Mẫu) bằng danh sách thật\n"
        "  3. cchc init --all --force    (tạo lại tệp của các cơ quan theo kế hoạch mới; xóa "
        "tệp của cơ quan không còn trong danh sách)\n"
        "  4. cchc schema -o schemas/assignment.schema.json --force\n"
        "  5. cchc validate, rồi cchc status",
        "Next:\n"
        "  1. check each `review:` note in {plan} (`cchc validate` lists them), correct what "
        "needs it, then delete the note\n"
        "  2. edit {registry}: add the agencies it lacks (proposed above), replace the sample "
        "entries by the real list\n"
        "  3. cchc init --all --force    (rewrites the agencies' files for the new plan; "
        "removes files of agencies no longer in the registry)\n"
        "  4. cchc schema -o schemas/assignment.schema.json --force\n"
        "  5. cchc validate, then cchc status"),
    "import.group-unknown": both(
        "{name} chỉ nhiều cơ quan nhưng danh mục không có nhóm nào mang tên này: chưa giao cho "
        "ai; thêm nhóm (groups:) hoặc tên này vào `aliases` của nhóm đúng, rồi ghi mã nhóm",
        "{name} names several agencies but no group of the registry has that name: given to "
        "nobody yet; add a group (groups:) or this name to the right group's `aliases`, then "
        "put the group's id"),
    "import.proposal-dropped": both(
        "report.proposals: đề xuất về cơ quan chậm nhiệm vụ {old} bỏ đi (kế hoạch mới không có "
        "nhiệm vụ này, cũng không có mốc báo cáo nào để thay)",
        "report.proposals: the proposal about agencies late on task {old} was left out (the new "
        "plan has neither that task nor a report milestone instead)"),
    "import.ids-qualified": both(
        "số thứ tự bắt đầu lại ở mỗi mục: mã nhiệm vụ ghi kèm số mục ({example}); kiểm tra "
        "và giữ, hoặc đánh số lại liên tục",
        "the numbering starts again in each section: task ids carry their section "
        "({example}); check and keep them, or renumber straight through"),
    "import.summary-qualified": both(
        "số thứ tự bắt đầu lại ở mỗi mục: đã đề xuất mã kèm số mục ({example}, …)",
        "numbering starts again in each section: proposed ids carry the section "
        "({example}, …)"),
    "import.deadline-column": both(
        "hai cột có thể là thời hạn: lấy {taken}, không lấy {other}; nếu sai, sửa bảng hoặc "
        "sửa deadline trong bản nháp",
        "two columns could be the deadline: took {taken}, not {other}; if wrong, fix the "
        "table or the draft's deadlines"),
    "import.section-number": both(
        "mục {title} không ghi số: đánh số {id}",
        "section {title} has no number: numbered {id}"),
    "import.subitem-under": both(
        "dòng con {id} nằm dưới dòng {parent}: coi là mục con của {parent}",
        "sub-item {id} stands under row {parent}: taken as a sub-item of {parent}"),
    "import.continued": both(
        "dòng bị tách qua trang, phần sau ở {where}: đã nối lại",
        "a row split over a page; its second part ({where}) is joined to it"),
    "import.split-inline": both(
        "ô ghi các mục con {keys}: tách thành dòng riêng",
        "the cell lists sub-items {keys}: split into rows of their own"),
    "import.split-from": both(
        "tách ra từ ô của dòng {number}",
        "split out of the cells of row {number}"),
    "import.copied-down": both(
        "ô {column} của dòng tiêu đề dùng chung cho các mục con: chép xuống từng mục con",
        "the heading's {column} cell is shared by its sub-items: copied to each"),
    "import.lead-from-heading": both(
        "cơ quan chủ trì lấy từ ô của dòng {parent}",
        "lead agency taken from the cell of row {parent}"),
    "import.untitled": both("Nhiệm vụ {id}", "Task {id}"),
    # --- notes on agencies ---------------------------------------------------------------
    "import.agency-unknown": both(
        "{name} chưa có trong danh mục cơ quan: ghi tạm mã {id}; thêm vào plan/agencies.yaml "
        "(hoặc sửa ô cho đúng tên đã có)",
        "{name} is not in the agency registry: recorded as {id} for now; add it to "
        "plan/agencies.yaml (or correct the cell to a known name)"),
    "import.agency-recipient": both(
        "bỏ qua {name}: là nơi nhận, trình hoặc báo cáo, không phải cơ quan thực hiện",
        "{name} left out: it receives the work, it does not do it"),
    "import.agency-aside": both(
        "bỏ qua {name} trong ngoặc: là phần giải thích, không phải tên cơ quan",
        "{name} in brackets left out: an explanation, not an agency's name"),
    "import.no-lead": both(
        "không nhận ra cơ quan chủ trì trong {text}: ghi mã cơ quan vào `lead`",
        "no lead agency recognised in {text}: write its id in `lead`"),
    "import.holders-level": both(
        "phần thời hạn cho cấp {level}: mọi cơ quan được giao ở cấp đó đều thực hiện "
        "(holders: all), dù chủ trì hay phối hợp",
        "a deadline part for level {level}: every agency the task names at that level "
        "delivers it (holders: all), lead or coordinating"),
    "import.level-unknown": both(
        "danh mục không có cấp {level}: bỏ `level` của phần thời hạn này",
        "the registry has no level {level}: `level` of this deadline part left out"),
    "import.extra-column": both(
        "cột {header} không thuộc mẫu kế hoạch: không nhập",
        "column {header} is not one the plan format has: not imported"),
    # --- notes on the document ----------------------------------------------------------
    "import.placeholder": both("(chưa rõ)", "(unknown)"),
    "import.guess-year": both(
        "không thấy năm của kế hoạch: lấy năm nay {year} (chạy lại với --year nếu khác)",
        "the plan's year was not found: this year, {year}, is used (run again with --year)"),
    "import.guess-issuer": both(
        "không thấy cơ quan ban hành: điền `document.issuer` và `document.issuer_short`",
        "the issuer was not found: fill in `document.issuer` and `document.issuer_short`"),
    "import.guess-place": both(
        "không thấy địa danh ghi ngày ban hành: lấy {place}",
        "the place of issue was not found: {place} is used"),
    "import.guess-title": both(
        "không thấy tên kế hoạch (dòng dưới “KẾ HOẠCH”): điền `document.title`",
        "the plan's title (the line under the word \"plan\" at the top) was not found: fill "
        "in `document.title`"),
    "import.guess-start": both(
        "không thấy ngày ban hành: `settings.start` lấy ngày 01/01/{year}",
        "the date of issue was not found: `settings.start` is 1 January {year}"),
    "import.embedded-unusable": both(
        "tệp có dữ liệu cchc kèm theo nhưng không đọc được: chỉ nhập theo bảng",
        "the file carries cchc records that cannot be read: imported from the table only"),
    "import.changed-in-word": both(
        "đã sửa trong Word ({columns}): các ô này được đọc lại, kiểm tra lại",
        "changed in Word ({columns}): these cells were read again; check them"),
    # --- what the command prints ----------------------------------------------------------
    "import.yaml-header": both(
        "Bản nháp do `cchc plan import` đọc từ {file}.\n"
        "Mỗi ô của bảng được giữ nguyên trong *_text; `review:` ghi những điều đã phải đoán.\n"
        "Kiểm tra từng ghi chú, sửa bản ghi nếu cần rồi xóa ghi chú; `cchc validate` cảnh báo\n"
        "cho đến khi không còn ghi chú nào.",
        "A draft that `cchc plan import` read from {file}.\n"
        "Each cell of the table is kept as written in *_text; `review:` says what was guessed.\n"
        "Check each note, correct the record if needed, then delete the note; `cchc validate`\n"
        "warns until none is left."),
    "import.registry-header": both(
        "Danh mục cơ quan đề xuất từ các tên trong {file} (`cchc plan import`).\n"
        "Kiểm tra tên, mã, loại (kind) và cấp (level); gộp các tên chỉ một cơ quan vào\n"
        "`aliases`; ghi các nhóm (\"các phòng ban, đơn vị\", \"UBND các xã, thị trấn\") vào "
        "`groups`.",
        "Agency registry proposed from the names in {file} (`cchc plan import`).\n"
        "Check names, ids, kinds and levels; merge names of one agency into `aliases`;\n"
        "write groups (all offices and units, all communes and towns) under `groups`."),
    "import.read": both(
        "đã đọc {file} ({where}): {tasks} nhiệm vụ trong {sections} mục",
        "read {file} ({where}): {tasks} tasks in {sections} sections"),
    "import.carried": both(
        "tệp do cchc xuất: {kept} dòng giữ nguyên bản ghi kèm theo, {changed} dòng đã sửa "
        "trong Word được đọc lại",
        "a file cchc exported: {kept} rows keep the records it carries, {changed} rows "
        "changed in Word were read again"),
    "import.carried-changed": both(
        "  dòng {task}: đã sửa {columns}",
        "  row {task}: {columns} changed"),
    "import.carried-dropped": both(
        "{n} nhiệm vụ không còn trong bảng, không nhập: {tasks}",
        "{n} tasks are no longer in the table and were left out: {tasks}"),
    "import.unknown-head": both(
        "{n} tên cơ quan chưa có trong {registry} (ghi tạm theo mã đề xuất):",
        "{n} agency names are not in {registry} (recorded under the proposed ids):"),
    "import.unknown-line": both(
        "  {name} — dòng {rows}; đề xuất: {entry}",
        "  {name} — rows {rows}; proposed: {entry}"),
    "import.unknown-close": both(
        "    gần giống: {ids}",
        "    close to: {ids}"),
    "import.review-count": both(
        "{n} ghi chú `review:` cần kiểm tra; `cchc validate` cảnh báo từng ghi chú cho đến khi "
        "được xóa",
        "{n} `review:` notes to check; `cchc validate` warns about each until it is deleted"),
    "import.review-line": both("kiểm tra: {note}", "check: {note}"),
    # --- the exported appendix (always Vietnamese: it is a document of the plan) ---------
    "plan.col-number": both("STT", "No."),
    "plan.col-task": both("Nhiệm vụ cụ thể", "Task"),
    "plan.col-outputs": both("Sản phẩm đầu ra", "Outputs"),
    "plan.col-lead": both("Cơ quan chủ trì", "Lead agency"),
    "plan.col-coordinating": both("Cơ quan phối hợp và thực hiện", "Coordinating agencies"),
    "plan.col-deadline": both("Thời gian hoàn thành/yêu cầu khác", "Deadline"),
    "plan.appendix-title": both("PHỤ LỤC", "APPENDIX"),
    "plan.appendix-basis": both(
        "(Kèm theo Kế hoạch số {number} của {issuer})",
        "(Appendix to plan {number} of {issuer})"),
    "plan.appendix-basis-unnumbered": both(
        "(Kèm theo Kế hoạch {when} của {issuer})",
        "(Appendix to the plan {when} of {issuer})"),
    # --- editor schemas of the new fields (`load/schema`) ------------------------------
    "schema.days_after_end": both(
        "Số ngày sau cuối kỳ\n0: ngày cuối kỳ (tháng, quý, 6 tháng).",
        "Days after the period\n0: the period's last day (month, quarter, half-year)."),
    "schema.day_of_last_month": both(
        "Ngày của tháng cuối kỳ\n'trước ngày 20 của tháng cuối quý': 20; thay cho "
        "days_after_end.",
        "Day of the period's last month\n'by the 20th of the quarter's last month': 20; "
        "instead of days_after_end."),
    "schema.months": both(
        "Số tháng\nSau N tháng kể từ sự kiện: đến ngày tương ứng của tháng cuối (Bộ luật "
        "Dân sự 2015, Điều 148 khoản 3); thay cho days.",
        "Months\nN months from the event: to the corresponding day of the last month; "
        "instead of days."),
    "schema.working_days": both(
        "Ngày làm việc\ntrue: days là số ngày làm việc (bỏ thứ bảy, chủ nhật, ngày lễ).",
        "Working days\ntrue: days counts working days (no weekends or public holidays)."),
    "schema.review": both(
        "Cần kiểm tra\nGhi chú về những gì đã phải đoán khi nhập; `cchc validate` cảnh báo "
        "đến khi xóa.",
        "To review\nNotes on what an import guessed; `cchc validate` warns until they are "
        "deleted."),
    # --- warnings --------------------------------------------------------------------
    "unreviewed": both(
        "chưa kiểm tra: {note}",
        "not reviewed: {note}"),
    "hint.unreviewed": both(
        "kiểm tra điều ghi chú nói, sửa bản ghi nếu cần, rồi xóa ghi chú khỏi `review:`",
        "check what the note says, correct the record if needed, then delete the note "
        "from `review:`"),
    "cli.checked-warnings": both(
        "đã kiểm tra {files} tệp: không có lỗi, {warnings} cảnh báo",
        "{files} files checked: no errors, {warnings} warning(s)"),
}
