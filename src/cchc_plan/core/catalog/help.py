"""`--help` texts: what each command does, its options, examples (cli/help.py).

Ids: `help.<command>` and `help.<command>.examples`, `help.<command>.<option>`
for an option of one command, `help.option.<option>` for an option many share,
`help.heading.*` for the help page's headings. `\\b` keeps click from rewrapping
the lines of an example block.
"""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both


def examples(vi: str, en: str, *lines: str) -> dict[Lang, str]:
    block = "\b\n" + "\n".join(f"  {line}" for line in lines)
    return both(f"{vi}\n\n{block}", f"{en}\n\n{block}")


MESSAGES: dict[str, dict[Lang, str]] = {
    "help.heading.usage": both("Cách dùng:", "Usage:"),
    "help.heading.options": both("Tùy chọn", "Options"),
    "help.heading.commands": both("Lệnh", "Commands"),
    "help.heading.arguments": both("Đối số", "Arguments"),
    "help.default": both("[mặc định:", "[default:"),
    # --- the program --------------------------------------------------------------------
    "help.cchc": both(
        "Kế hoạch CCHC thành dữ liệu: kiểm tra kế hoạch và tệp của các cơ quan, xem việc đến "
        "hạn, quá hạn, viết báo cáo các cơ quan phải nộp.",
        "CCHC plans as data: validate the plan and agency files, see what is due and late, "
        "write the reports agencies hand in."),
    "help.cchc.examples": examples(
        "Ví dụ:", "Examples:",
        "cchc status", "cchc validate", "cchc report --agency phong-noi-vu",
        "cchc --lang en status"),
    # --- options many commands share ------------------------------------------------------
    "help.option.help": both("In hướng dẫn này rồi thoát.", "Show this message and exit."),
    "help.option.version": both("In phiên bản rồi thoát.", "Print the version and exit."),
    "help.option.install_completion": both(
        "Cài tự hoàn thành lệnh cho shell (bash, zsh, fish).",
        "Install completion for the shell (bash, zsh, fish)."),
    "help.option.show_completion": both(
        "In mã tự hoàn thành lệnh của shell để tự cài.",
        "Show the completion script of the shell, to install it yourself."),
    "help.option.root": both(
        "Thư mục kho kế hoạch (mặc định: thư mục gần nhất phía trên có plan/appendix.yaml).",
        "Plan repository (default: nearest folder upward with plan/appendix.yaml)."),
    "help.option.lang": both(
        "Ngôn ngữ của nhãn và thông báo: vi (mặc định) hoặc en; đặt trước --help.",
        "Language of labels and messages: vi (default) or en; put it before --help."),
    "help.option.jobs": both(
        "Số tiến trình đọc tệp và viết văn bản (mặc định: số lõi CPU).",
        "Processes for reading files and writing documents (default: the number of cores)."),
    "help.option.no_cache": both(
        "Đọc lại mọi tệp; không dùng, không ghi .cchc-cache/.",
        "Read every file again; do not use or write .cchc-cache/."),
    "help.option.debug": both(
        "In chi tiết lỗi nội bộ (để báo lỗi).",
        "Show the traceback of an internal error (to report it)."),
    "help.option.agency": both(
        "Mã hoặc tên cơ quan, ví dụ phong-noi-vu hoặc 'Phòng Nội vụ'.",
        "Agency id or name, e.g. phong-noi-vu or 'Phòng Nội vụ'."),
    "help.option.as_of": both(
        "Ngày tính hạn: 2020-09-15 hoặc 15/9/2020 (mặc định: hôm nay).",
        "Date to judge deadlines on: 2020-09-15 or 15/9/2020 (default today)."),
    "help.option.section": both("Mục, ví dụ III hoặc 3.", "Section, e.g. III or 3."),
    "help.option.output": both(
        "Tệp hoặc thư mục để ghi; '-' là in ra màn hình.",
        "File or folder to write; '-' prints to stdout."),
    "help.option.force": both(
        "Ghi đè tệp đã có (bản cũ giữ lại với đuôi .bak).",
        "Replace an existing file (a .bak copy is kept)."),
    # --- validate -------------------------------------------------------------------------
    "help.validate": both(
        "Kiểm tra kế hoạch và tệp của mọi cơ quan; mỗi lỗi ghi tệp:dòng:cột và cách sửa.",
        "Check the plan and every agency file; print each problem with file:line:col."),
    "help.validate.examples": examples(
        "Ví dụ:", "Examples:",
        "cchc validate", "cchc validate --format github", "cchc validate --tracked",
        "cchc validate --root ke-hoach-2021 --format json"),
    "help.validate.tracked": both(
        "Chỉ kiểm tra tệp cơ quan mà git đã theo dõi hoặc đã `git add` (như hook pre-commit); "
        "bản nháp chưa thêm vào git được bỏ qua.",
        "Check only the agency files git tracks or that were `git add`-ed (as the pre-commit "
        "hook does); untracked drafts are left out."),
    "help.validate.fmt": both(
        "text (mặc định), json, github (chú thích trên GitHub) hoặc gitlab (Code Quality).",
        "text (default), json, github (annotations) or gitlab (Code Quality)."),
    # --- tasks, agencies -------------------------------------------------------------------
    "help.tasks": both("Liệt kê các nhiệm vụ của kế hoạch.", "List the plan's tasks."),
    "help.tasks.examples": examples(
        "Ví dụ:", "Examples:", "cchc tasks --section III", "cchc tasks --agency phong-tu-phap"),
    "help.tasks.fmt": both("table (bảng, mặc định) hoặc json.", "table (default) or json."),
    "help.agencies": both(
        "Liệt kê các cơ quan và nhóm cùng mã của chúng.",
        "List agencies and groups with their ids."),
    "help.agencies.examples": examples("Ví dụ:", "Examples:", "cchc agencies",
                                       "cchc agencies --format json"),
    "help.agencies.fmt": both("table (bảng, mặc định) hoặc json.", "table (default) or json."),
    # --- schema ------------------------------------------------------------------------------
    "help.schema": both(
        "In hoặc ghi lược đồ JSON của tệp cơ quan (theo kế hoạch của kho: chọn nhiệm vụ, cơ "
        "quan khi gõ), hoặc của kế hoạch (--plan), danh sách cơ quan (--agencies).",
        "Print or write the JSON Schema of the agency file (for this repository's plan: its "
        "tasks and agencies to pick from), or of the plan (--plan) or registry (--agencies)."),
    "help.schema.examples": examples(
        "Ví dụ:", "Examples:", "cchc schema -o schemas/assignment.schema.json --force",
        "cchc schema --plan"),
    "help.schema.plan": both("Lược đồ của tệp kế hoạch.", "The plan file's schema."),
    "help.schema.agencies": both("Lược đồ của danh sách cơ quan.", "The registry's schema."),
    "help.schema.output": both("Tệp để ghi (mặc định: in ra).", "File to write (default: print)."),
    # --- status --------------------------------------------------------------------------------
    "help.status": both(
        "Việc nào quá hạn, sắp đến hạn, gộp theo nhiệm vụ và kỳ, trong một màn hình; "
        "--by agency, --agency, --detail để xem thêm.",
        "What is late and due soon, grouped by task and period, on one screen; --by agency, "
        "--agency, --detail for more."),
    "help.status.examples": examples(
        "Ví dụ:", "Examples:", "cchc status", "cchc status --by agency",
        "cchc status --agency phong-noi-vu", "cchc status --as-of 15/9/2020 --only overdue",
        "cchc status --detail --task 2.6", "cchc status --format csv > status.csv"),
    "help.status.task": both("Số nhiệm vụ như in, ví dụ 2.6.", "Task id as printed, e.g. 2.6."),
    "help.status.only": both("Chỉ hiện một loại nghĩa vụ.", "Show only one kind of obligation."),
    "help.status.lead_only": both(
        "Chỉ các nghĩa vụ cơ quan chủ trì.", "Only obligations the agency leads."),
    "help.status.by": both(
        "Mỗi cơ quan một dòng: đã nộp chưa, số nghĩa vụ theo tình trạng, tỷ lệ đúng hạn, "
        "việc quá hạn lâu nhất.",
        "One line per agency: submitted, counts per status, on-time rate, oldest overdue."),
    "help.status.detail": both(
        "Mỗi nghĩa vụ một dòng (cả nghĩa vụ phối hợp, thường xuyên, chờ sự kiện).",
        "One line per obligation (supporting, ongoing and awaiting ones included)."),
    "help.status.due_within": both(
        "Số ngày tới được tính là sắp đến hạn.", "Days ahead that count as due soon."),
    "help.status.fmt": both("table (bảng), json hoặc csv.", "table, json or csv."),
    "help.status.fail_on": both(
        "Thoát với mã 1 khi có nghĩa vụ quá hạn trong các dòng được chọn.",
        "Exit 1 if any obligation shown is overdue."),
    # --- report, calendar ------------------------------------------------------------------------
    "help.report": both(
        "Viết báo cáo của một cơ quan (--agency), tất cả báo cáo (--all), công văn đôn đốc "
        "(--reminder), hoặc báo cáo tổng hợp các cơ quan; mặc định vào thư mục reports/.",
        "Write an agency's submission (--agency), all of them (--all), the reminder letter "
        "(--reminder), or the consolidated report of all agencies; into reports/ by default."),
    "help.report.examples": examples(
        "Ví dụ:", "Examples:", "cchc report --agency phong-noi-vu --pdf",
        "cchc report --all -o bao-cao/", "cchc report --reminder --as-of 15/9/2020",
        "cchc report --as-of 15/9/2020 --format md -o -"),
    "help.report.fmt": both(
        "docx (mặc định), xlsx, md, json hoặc html.", "docx (default), xlsx, md, json or html."),
    "help.report.lang": both(
        "Ngôn ngữ của thông báo: vi (mặc định) hoặc en; báo cáo luôn bằng tiếng Việt.",
        "Language of messages: vi (default) or en. The report itself is always Vietnamese."),
    "help.calendar": both(
        "Ghi các thời hạn thành tệp lịch iCalendar (.ics) cho điện thoại, máy tính.",
        "Write deadlines as an iCalendar (.ics) file for phone and desktop calendars."),
    "help.calendar.examples": examples(
        "Ví dụ:", "Examples:", "cchc calendar --agency phong-noi-vu",
        "cchc calendar --horizon 31/12/2021 -o lich.ics"),
    "help.calendar.horizon": both(
        "Ngày cuối cùng đưa vào lịch: 2021-12-31 hoặc 31/12/2021 (mặc định: cuối năm sau).",
        "Last day to include: 2021-12-31 or 31/12/2021 (default: end of next year)."),
    "help.calendar.include_done": both(
        "Đưa cả các nghĩa vụ đã hoàn thành.", "Also list obligations already done."),
    "help.calendar.output": both(
        "Tệp .ics để ghi; '-' là in ra màn hình.", "The .ics file to write; '-' prints to stdout."),
    # --- init, new ------------------------------------------------------------------------
    "help.init": both(
        "Ghi tệp ban đầu assignments/<mã-cơ-quan>.yaml liệt kê nhiệm vụ của cơ quan.",
        "Write a starting progress file assignments/<agency>.yaml listing the agency's tasks."),
    "help.init.examples": examples(
        "Ví dụ:", "Examples:", "cchc init --agency phong-noi-vu", "cchc init --all"),
    "help.init.all_agencies": both(
        "Ghi tệp cho mọi cơ quan chưa có tệp.", "Write a file for every agency that has none yet."),
    "help.new": both(
        "Tạo kho dữ liệu cho một kế hoạch mới: mẫu kế hoạch, danh sách cơ quan, CI, README.",
        "Create a data repository for a new plan: plan and agency templates, CI, a README."),
    "help.new.examples": examples(
        "Ví dụ:", "Examples:",
        "cchc new ke-hoach-2021 --district \"Krông Pa\" --province \"Gia Lai\" --year 2021",
        "cchc new ke-hoach-pleiku --level thanh-pho --district Pleiku --province \"Gia Lai\""),
    "help.new.folder": both(
        "Thư mục mới hoặc thư mục trống cho kho.", "A new or empty folder for the repository."),
    "help.new.district": both("Tên huyện, ví dụ 'Krông Pa'.",
                              "The district's name, e.g. 'Krông Pa'."),
    "help.new.province": both("Tên tỉnh, ví dụ 'Gia Lai' (với --level tinh: lấy --district).",
                              "The province's name, e.g. 'Gia Lai' (for --level tinh: the "
                              "--district name)."),
    "help.new.year": both("Năm của kế hoạch (mặc định: năm nay).",
                          "The plan's year (default: this year)."),
    "help.new.level": both(
        "Cấp của cơ quan ban hành kế hoạch: huyen, thi-xa, thanh-pho, quan (phòng chuyên môn "
        "theo NĐ 37/2014, NĐ 108/2020), tinh (các sở theo NĐ 24/2014, NĐ 107/2020), xa, "
        "phuong, thi-tran (công chức chuyên môn, thôn, tổ dân phố).",
        "The issuer's level: huyen, thi-xa, thanh-pho, quan (offices of NĐ 37/2014, NĐ "
        "108/2020), tinh (departments of NĐ 24/2014, NĐ 107/2020), xa, phuong, thi-tran (a "
        "commune's civil servants and villages)."),
    "help.init.prune": both(
        "Xóa tệp trong assignments/ của cơ quan không còn trong danh sách hoặc không có nhiệm "
        "vụ nào, không hỏi lại.",
        "Remove files in assignments/ of agencies no longer in the registry or given no task, "
        "without asking."),
}
