"""The progress form (`cchc form export` / `cchc form import`): the words of the
workbook an agency fills in, the problems a filled form can have, and what the
commands print.

The workbook itself is always Vietnamese (it goes to the agencies); the
English twins keep the catalog whole. The drop-down labels of the status
column are `progress.*` (labels.py), the words agency files accept too.
"""

from __future__ import annotations

from cchc_plan.core.catalog.help import examples
from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    # --help of `cchc form`
    "help.form": both(
        "Phiếu cập nhật tiến độ: bảng tính Excel cho cơ quan không sửa tệp YAML, và nhập "
        "lại phiếu đã điền.",
        "The progress form: an Excel workbook for an agency that does not edit YAML, and "
        "reading the filled form back."),
    "help.form.examples": examples(
        "Ví dụ:", "Examples:", "cchc form export --agency phong-tu-phap",
        "cchc form export --all -o phieu/", "cchc form import phieu/*.xlsx --dry-run"),
    "help.form.export": both(
        "Ghi phiếu cập nhật tiến độ (.xlsx) của một cơ quan: nhiệm vụ, kỳ báo cáo và những "
        "gì tệp của cơ quan đã ghi.",
        "Write an agency's progress form (.xlsx): its tasks, periods and what its file "
        "records."),
    "help.form.export.examples": examples(
        "Ví dụ:", "Examples:",
        "cchc form export --agency phong-tu-phap -o phieu-phong-tu-phap.xlsx",
        "cchc form export --all -o phieu/ --as-of 15/9/2020"),
    "help.form.export.all_agencies": both(
        "Ghi phiếu cho mọi cơ quan được giao nhiệm vụ (-o là một thư mục).",
        "A form for every agency the plan gives tasks to (-o: a folder)."),
    "help.form.import": both(
        "Kiểm tra phiếu đã điền và ghi vào assignments/<mã-cơ-quan>.yaml; có lỗi ở bất kỳ "
        "phiếu nào thì không ghi tệp nào.",
        "Check filled forms and merge them into assignments/<agency>.yaml; nothing is "
        "written if any form has a problem."),
    "help.form.import.examples": examples(
        "Ví dụ:", "Examples:", "cchc form import phieu-phong-tu-phap.xlsx --dry-run --diff",
        "cchc form import phieu/*.xlsx"),
    "help.form.import.files": both("Các phiếu đã điền (.xlsx).", "Filled forms (.xlsx)."),
    "help.form.import.dry_run": both("Chỉ in những gì sẽ thay đổi; không ghi tệp nào.",
                                     "Say what would change; write nothing."),
    "help.form.import.diff": both("In thêm phần thay đổi (diff) của tệp mỗi cơ quan.",
                                  "Also print the unified diff of each agency file."),
    "help.form.import.force": both(
        "Nhận cả phiếu lập cho kế hoạch khác hoặc trước khi nhiệm vụ của kế hoạch thay đổi.",
        "Take a form made for another plan, or before the plan's tasks changed."),
    "help.form.import.agency": both("Chỉ nhận phiếu của cơ quan này.",
                                    "Refuse forms of any other agency."),
    # sheets and titles
    "form.sheet.progress": both("Tiến độ", "Progress"),
    "form.sheet.contact": both("Liên hệ", "Contact"),
    "form.sheet.help": both("Hướng dẫn", "Instructions"),
    "form.title": both("PHIẾU CẬP NHẬT TIẾN ĐỘ THỰC HIỆN {plan}",
                       "PROGRESS UPDATE FORM: {plan}"),
    "form.subtitle": both("Cơ quan, đơn vị: {agency}. Phiếu lập ngày {date}; "
                          "chỉ điền các ô nền trắng (xem trang \"Hướng dẫn\").",
                          "Agency: {agency}. Form made on {date}; fill in the white cells "
                          "only (see the \"Instructions\" sheet)."),
    # columns of the progress sheet
    "form.col.task": both("Nhiệm vụ", "Task"),
    "form.col.content": both("Nội dung phải thực hiện", "What is to be done"),
    "form.col.role": both("Vai trò", "Role"),
    "form.col.period": both("Kỳ", "Period"),
    "form.col.due": both("Hạn", "Due"),
    "form.col.status": both("Tình trạng", "Status"),
    "form.col.completed": both("Ngày hoàn thành", "Completed on"),
    "form.col.assignee": both("Cá nhân phụ trách: họ tên", "Person responsible: name"),
    "form.col.position": both("Chức vụ", "Position"),
    "form.col.deadline": both("Hạn nội bộ", "Internal deadline"),
    "form.col.doc-number": both("Văn bản: số, ký hiệu", "Document: number"),
    "form.col.doc-date": both("Văn bản: ngày", "Document: date"),
    "form.col.doc-title": both("Văn bản: trích yếu", "Document: title"),
    "form.col.doc-link": both("Đường dẫn (nếu có)", "Link (if any)"),
    "form.col.notes": both("Ghi chú", "Notes"),
    # what the locked cells say
    "form.due.ongoing": both("Thường xuyên", "Ongoing"),
    "form.due.on-request": both("Theo yêu cầu", "On request"),
    "form.due.per-regulation": both("Theo quy định", "Per regulation"),
    "form.due.unspecified": both("Không ghi thời hạn", "No deadline written"),
    "form.due.after-event": both("Sau khi có {event}", "After: {event}"),
    "form.outputs": both("Sản phẩm: {outputs}", "Outputs: {outputs}"),
    # the contact sheet
    "form.contact.heading": both("THÔNG TIN CÁN BỘ ĐẦU MỐI VÀ NGÀY CẬP NHẬT",
                                 "CONTACT PERSON AND DATE OF THE UPDATE"),
    "form.contact.agency": both("Cơ quan, đơn vị", "Agency"),
    "form.contact.plan": both("Kế hoạch", "Plan"),
    "form.contact.name": both("Cán bộ đầu mối: họ tên", "Contact person: name"),
    "form.contact.position": both("Chức vụ", "Position"),
    "form.contact.phone": both("Điện thoại", "Phone"),
    "form.contact.email": both("Thư điện tử (email)", "E-mail"),
    "form.contact.updated": both("Ngày cập nhật phiếu", "Date of this update"),
    # cell prompts and drop-down errors
    "form.prompt.status": both("Chọn: Chưa thực hiện, Đang thực hiện, Đã hoàn thành.",
                               "Choose: Not started, In progress, Done."),
    "form.prompt.date": both("Nhập ngày: 17/8/2020 hoặc 2020-08-17 (ngày trước tháng).",
                             "Type a date: 17/8/2020 or 2020-08-17 (day first)."),
    "form.prompt.date-title": both("Ngày", "Date"),
    # the instructions sheet
    "form.help.title": both("HƯỚNG DẪN ĐIỀN PHIẾU CẬP NHẬT TIẾN ĐỘ",
                            "HOW TO FILL IN THE PROGRESS FORM"),
    "form.help.body": both(
        "1. Phiếu gồm trang \"Tiến độ\" (mỗi dòng là một nhiệm vụ, một phần việc hoặc một kỳ "
        "báo cáo mà cơ quan được giao) và trang \"Liên hệ\" (cán bộ đầu mối, ngày cập nhật).\n"
        "2. Chỉ điền các ô nền trắng. Các cột nền xám (STT, nhiệm vụ, nội dung, vai trò, kỳ, "
        "hạn) lấy từ Kế hoạch và đã được khóa; không sửa, không thêm, xóa hay đổi thứ tự dòng.\n"
        "3. Tình trạng: chọn trong danh sách Chưa thực hiện, Đang thực hiện hoặc Đã hoàn thành.\n"
        "4. Khi chọn Đã hoàn thành: bắt buộc ghi ngày hoàn thành và ít nhất văn bản, sản phẩm "
        "chứng minh (số, ký hiệu; ngày; trích yếu). Đường dẫn (nếu có) là địa chỉ trang web "
        "hoặc thư mục lưu văn bản.\n"
        "5. Ngày ghi theo kiểu ngày/tháng/năm (17/8/2020) hoặc năm-tháng-ngày (2020-08-17); "
        "không ghi tháng trước ngày.\n"
        "6. Cá nhân phụ trách và hạn nội bộ ghi ở dòng đầu tiên của mỗi nhiệm vụ; cơ quan chủ "
        "trì phải ghi cá nhân phụ trách khi nhiệm vụ đã bắt đầu thực hiện.\n"
        "7. Nhiệm vụ định kỳ (hằng năm, hằng quý) có một dòng cho mỗi kỳ; ghi kết quả của "
        "từng kỳ ở dòng của kỳ đó.\n"
        "8. Trang \"Liên hệ\": ghi họ tên, chức vụ, điện thoại, thư điện tử của cán bộ đầu mối "
        "và ngày cập nhật phiếu. Nếu để nguyên ngày cập nhật, ngày nhập phiếu được ghi thay.\n"
        "9. Lưu tệp dạng Excel (.xlsx), không đặt mật khẩu, không dùng macro, công thức hay "
        "liên kết tới tệp khác, rồi gửi lại cho {coordinator}.",
        "1. The form has the \"Progress\" sheet (one row for each task, part of a task or "
        "reporting period given to the agency) and the \"Contact\" sheet (contact person, date "
        "of the update).\n"
        "2. Fill in the white cells only. The grey columns (number, task, content, role, "
        "period, due) come from the Plan and are locked; do not change them, and do not add, "
        "delete or reorder rows.\n"
        "3. Status: choose Not started, In progress or Done from the list.\n"
        "4. For Done: the completion date and at least one document (number; date; title) are "
        "required. The link (if any) is the web address or folder of the document.\n"
        "5. Write dates day first (17/8/2020) or as year-month-day (2020-08-17); never month "
        "first.\n"
        "6. The person responsible and the internal deadline go on the first row of each "
        "task; a lead agency must name the person once work has begun.\n"
        "7. Periodic tasks (yearly, quarterly) have one row per period; report each period on "
        "its own row.\n"
        "8. \"Contact\" sheet: the contact person's name, position, phone and e-mail, and the "
        "date of the update. Left unchanged, the date of the import is written instead.\n"
        "9. Save as Excel (.xlsx), with no password, macros, formulas or links to other files, "
        "and send it back to {coordinator}."),
    "form.help.coordinator": both("cơ quan đầu mối", "the coordinating office"),
    # problems of a filled form
    "form-not-xlsx": both("không đọc được tệp như một bảng tính Excel .xlsx",
                          "cannot read the file as an Excel .xlsx workbook"),
    "form-too-large.bytes": both("tệp quá lớn: {size:num} byte, giới hạn {limit:num}",
                                 "the file is too large: {size:num} bytes, limit {limit:num}"),
    "form-too-large.members": both(
        "bảng tính có {size:num} thành phần, giới hạn {limit:num}",
        "the workbook has {size:num} parts, limit {limit:num}"),
    "form-too-large.member": both(
        "một thành phần của bảng tính giải nén ra {size:num} byte, giới hạn {limit:num}",
        "a part of the workbook unpacks to {size:num} bytes, limit {limit:num}"),
    "form-too-large.unpacked": both(
        "bảng tính giải nén ra hơn {size:num} byte, giới hạn {limit:num}",
        "the workbook unpacks to over {size:num} bytes, limit {limit:num}"),
    "form-too-large.ratio": both(
        "một thành phần nén {size:num} lần, giới hạn {limit:num} (nghi tệp nén độc hại)",
        "a part is compressed {size:num} times, limit {limit:num} (a zip bomb?)"),
    "form-too-large.rows": both("một trang có {size:num} dòng, giới hạn {limit:num}",
                                "a sheet has {size:num} rows, limit {limit:num}"),
    "form-too-large.columns": both("một trang có {size:num} cột, giới hạn {limit:num}",
                                   "a sheet has {size:num} columns, limit {limit:num}"),
    "form-macro": both("bảng tính có macro (VBA); phiếu không được chứa macro",
                       "the workbook holds macros (VBA); a form may not"),
    "form-external-link": both("bảng tính liên kết tới tệp khác ({name})",
                               "the workbook links to other files ({name})"),
    "form-unsafe-xml": both("bảng tính có khai báo DTD hoặc thực thể XML ({name})",
                            "the workbook declares a DTD or XML entities ({name})"),
    "form-encrypted": both(
        "tệp là bảng tính Excel cũ (.xls) hoặc đã đặt mật khẩu mở tệp",
        "the file is an old Excel workbook (.xls) or has an opening password"),
    "form-not-a-form": both("không phải phiếu cập nhật tiến độ của cchc (thiếu trang {sheet})",
                            "not a cchc progress form (no sheet {sheet})"),
    "form-version": both("phiếu theo định dạng {version}, chương trình đọc định dạng {supported}",
                         "the form is format {version}; this program reads format {supported}"),
    "form-metadata": both("thông tin ẩn của phiếu bị sửa hoặc hỏng ({key})",
                          "the form's hidden information was changed or is damaged ({key})"),
    "form-unknown-agency": both("phiếu của cơ quan {agency}, không có trong danh sách cơ quan",
                                "the form is for agency {agency}, which the registry lacks"),
    "form-other-agency": both("phiếu này của {agency}, không phải của {expected}",
                              "this form is for {agency}, not for {expected}"),
    "form-other-plan": both("phiếu lập cho kế hoạch {form}, không phải kế hoạch {plan}",
                            "the form was made for plan {form}, not for plan {plan}"),
    "form-tasks-changed": both("nhiệm vụ của kế hoạch đã thay đổi từ khi lập phiếu: {tasks}",
                               "the plan's tasks changed since the form was made: {tasks}"),
    "form-missing-sheet": both("thiếu trang {sheet}", "the sheet {sheet} is missing"),
    "form-locked-cell": both("ô khóa đã bị sửa: đang ghi {found}, phiếu lập ghi {expected}",
                             "a locked cell was changed: it holds {found}, the form had "
                             "{expected}"),
    "form-merged-cell": both("các ô {cells} đã bị gộp", "the cells {cells} are merged"),
    "form-bad-status": both("tình trạng {value} không có trong danh sách",
                            "status {value} is not in the list"),
    "form-cell-too-long": both("ô có {length:num} ký tự, quá giới hạn {limit:num}",
                               "the cell holds {length:num} characters, over the limit "
                               "{limit:num}"),
    "form-extra-row": both("dòng {row} không thuộc phiếu (phiếu có các dòng {first}-{last})",
                           "row {row} is not part of the form (its rows are {first}-{last})"),
    "form-formula": both("ô chứa công thức chưa có giá trị tính sẵn",
                         "the cell holds a formula with no computed value"),
    "form-twice": both("hai phiếu cho cùng cơ quan {agency} trong một lần nhập",
                       "two forms for the same agency {agency} in one import"),
    "form-cannot-merge": both("không sửa được tệp để ghi nội dung phiếu ({reason})",
                              "cannot edit the file to write the form into it ({reason})"),
    "form-unreadable": both("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
    # hints
    "hint.form-save-xlsx": both(
        "mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng Excel Workbook (.xlsx)",
        "open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)"),
    "hint.form-values-only": both(
        "sao chép các ô, dán đặc biệt chỉ giá trị (Paste Special > Values), rồi lưu lại",
        "copy the cells, paste special as values only, then save"),
    "hint.form-export": both("dùng phiếu lập bằng `cchc form export`",
                             "use a form made by `cchc form export`"),
    "hint.form-new-export": both(
        "lập phiếu mới bằng `cchc form export` và gửi lại cho cơ quan, hoặc nhập với --force",
        "make a new form with `cchc form export` and send it again, or import with --force"),
    "hint.form-undo": both("hoàn tác thay đổi: chỉ điền các ô nền trắng",
                           "undo the change: fill in the white cells only"),
    "hint.form-unmerge": both("bỏ gộp ô (Unmerge cells)", "unmerge the cells"),
    "hint.form-statuses": both("chọn một trong: {labels}", "choose one of: {labels}"),
    "hint.form-assignee": both(
        "điền cột “Cá nhân phụ trách: họ tên” (và “Chức vụ”) ở dòng đầu tiên của nhiệm vụ",
        "fill in “Person responsible: name” (and “Position”) on the task's first row"),
    "hint.form-completed": both("điền cột “Ngày hoàn thành” (ngày/tháng/năm)",
                                "fill in “Completed on” (day/month/year)"),
    "hint.form-evidence": both(
        "điền các cột “Văn bản: số, ký hiệu”, “Văn bản: ngày”, “Văn bản: trích yếu” của văn "
        "bản, sản phẩm đã hoàn thành",
        "fill in the “Document” columns for the output"),
    "hint.form-set-done": both(
        "chọn “Đã hoàn thành” ở cột “Tình trạng”, hoặc xóa “Ngày hoàn thành”",
        "choose “Done” under “Status”, or clear “Completed on”"),
    "hint.form-updated": both(
        "sửa “Ngày cập nhật phiếu” ở trang Liên hệ thành ngày điền phiếu",
        "set the form's update date (contact sheet) to the day it is filled in"),
    "hint.form-shorten": both("rút gọn nội dung; văn bản dài để ở đường dẫn",
                              "shorten it; keep long texts behind the link"),
    "hint.form-delete-row": both("xóa dòng đã thêm; mỗi việc phải báo cáo đã có sẵn một dòng",
                                 "delete the added row; every item already has its row"),
    "hint.form-agency": both("nhập phiếu của cơ quan này vào đúng tệp của cơ quan đó",
                             "import each agency's form for that agency"),
    # what the commands print
    "form.cli.changed": both("{form}: {path}: cập nhật {n} mục",
                             "{form}: {path}: {n} items updated"),
    "form.cli.unchanged": both("{form}: {path}: không có gì thay đổi",
                               "{form}: {path}: nothing changed"),
    "form.cli.would-change": both("{form}: {path}: sẽ cập nhật {n} mục (chạy thử, chưa ghi)",
                                  "{form}: {path}: would update {n} items (dry run, not "
                                  "written)"),
    "form.cli.not-written": both("Không ghi tệp nào: sửa {n} lỗi trên rồi nhập lại.",
                                 "Nothing written: fix the {n} problems above and import "
                                 "again."),
    "form.cli.skipped-row": both("{form}: bỏ qua dòng {row}: nhiệm vụ {task} không còn giao "
                                 "cho cơ quan",
                                 "{form}: row {row} left out: task {task} no longer involves "
                                 "the agency"),
    "form.cli.forced": both("{form}: nhập dù {reason} (--force)",
                            "{form}: imported although {reason} (--force)"),
    "form.change.task": both("  Nhiệm vụ {task}{where}: {changes}",
                             "  Task {task}{where}: {changes}"),
    "form.change.where": both(" ({what})", " ({what})"),
    "form.change.contact": both("  Liên hệ: {changes}", "  Contact: {changes}"),
    "form.change.value": both("{field} {old} → {new}", "{field} {old} → {new}"),
    "form.change.new-entry": both("mục mới", "new entry"),
    "form.change.empty": both("(trống)", "(empty)"),
    "form.usage.no-files": both("chưa chỉ ra phiếu nào để nhập", "no form to import was given"),
    "form.usage.no-such-form": both("không có tệp {files}: kiểm tra tên và thư mục của phiếu",
                                    "no such file {files}: check the form's name and folder"),
}
