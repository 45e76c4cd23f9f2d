"""The leaders' web site (`cchc site`): the words of its pages and of the
command. Vietnamese by default; `--lang en` builds the English site."""

from __future__ import annotations

from cchc_plan.core.catalog.help import examples
from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    # --help
    "help.site": both(
        "Viết trang web tĩnh cho lãnh đạo huyện: tổng quan, từng cơ quan, từng nhiệm vụ, "
        "xu hướng theo lịch sử git.",
        "Write a static web site for the district leaders: overview, each agency, each "
        "task, the trend over the git history."),
    "help.site.examples": examples(
        "Ví dụ:", "Examples:", "cchc site", "cchc site -o public --as-of 15/9/2020",
        "cchc report --all -o reports && cchc site --reports reports"),
    "help.site.output": both(
        "Thư mục ghi trang web (mới, trống, hoặc trang đã tạo trước đó).",
        "Folder to write the site into (new, empty, or an earlier site)."),
    "help.site.reports": both(
        "Thư mục các tệp báo cáo (`cchc report`) để gắn liên kết tới báo cáo mới nhất của "
        "từng cơ quan.",
        "Folder of report files (`cchc report`) to link each agency's latest."),
    "help.site.force": both(
        "Vẫn ghi vào một thư mục đã có nội dung mà không phải là trang đã tạo trước đó.",
        "Write into a non-empty folder that is not an earlier site."),
    # the command
    "cli.site-done": both(
        "đã ghi trang web ({n} tệp); mở {path} bằng trình duyệt",
        "wrote the site ({n} files); open {path} in a browser"),
    "usage.site-not-empty": both(
        "thư mục {path} đã có nội dung và không phải là trang do `cchc site` tạo trước đó",
        "folder {path} is not empty and holds no earlier `cchc site` output"),
    "hint.site-force": both(
        "chọn một thư mục mới hoặc trống, hoặc thêm --force để vẫn ghi vào đó",
        "choose a new or empty folder, or add --force to write there anyway"),
    "usage.site-link": both(
        "{path} là một liên kết (symlink): cchc không ghi qua liên kết",
        "{path} is a symbolic link: cchc does not write through links"),
    "usage.site-not-folder": both(
        "{path} không phải là thư mục",
        "{path} is not a folder"),
    "usage.cannot-read": both(
        "không đọc được {path}: {reason}",
        "cannot read {path}: {reason}"),
    # every page
    "site.skip": both("Bỏ qua, đến nội dung chính", "Skip to the main content"),
    "site.nav-label": both("Các trang", "Pages"),
    "site.nav-overview": both("Tổng quan", "Overview"),
    "site.nav-tasks": both("Nhiệm vụ", "Tasks"),
    "site.nav-trend": both("Xu hướng", "Trend"),
    "site.footer": both(
        "Số liệu tính đến ngày {date}, lấy từ các tệp của kho kế hoạch; trang do cchc "
        "{version} tạo.",
        "Figures as of {date}, from the files of the plan repository; made by cchc "
        "{version}."),
    "site.plan-name": both("Kế hoạch{number} của {issuer}", "Plan{number} of {issuer}"),
    "site.plan-number": both(" số {number}", " no. {number}"),
    "site.counts": both("Số liệu chung", "Figures"),
    "site.total": both("tổng số nghĩa vụ", "obligations in all"),
    "site.rate-note": both(
        "Tỷ lệ đúng hạn = số nghĩa vụ hoàn thành đúng hạn ÷ số nghĩa vụ đã đến hạn ({due}: "
        "hoàn thành đúng hạn, hoàn thành quá hạn và chưa hoàn thành - quá hạn).",
        "On-time rate = obligations done on time ÷ obligations whose last day has come "
        "({due}: done on time, done late and overdue)."),
    # the overview
    "site.overview-title": both("Tình hình thực hiện kế hoạch", "How the plan is going"),
    "site.as-of": both("Tính đến ngày {date}", "As of {date}"),
    "site.overdue": both("Việc quá hạn, theo nhiệm vụ", "Overdue, by task"),
    "site.overdue-caption": both(
        "Mỗi dòng là một phần thời hạn của một nhiệm vụ (theo kỳ); việc trễ lâu nhất ở trên",
        "One row per deadline part of a task (and period); the longest overdue first"),
    "site.col-agencies-late": both("Cơ quan chưa hoàn thành", "Agencies not done"),
    "site.more-leads": both("và {n} cơ quan chủ trì khác", "and {n} more lead agencies"),
    "site.coordinating-count": both("{n} cơ quan thực hiện", "{n} other agencies delivering"),
    "site.no-overdue": both("Không có việc nào quá hạn.", "Nothing is overdue."),
    "site.agencies": both("Các cơ quan, đơn vị", "Agencies"),
    "site.agencies-caption": both(
        "Nghĩa vụ có thời hạn của từng cơ quan, đơn vị", "Each agency's dated obligations"),
    "site.col-submitted": both("Tệp tiến độ", "Progress file"),
    "site.col-chart": both("Biểu đồ", "Chart"),
    "site.file-broken": both("Tệp có lỗi", "File has errors"),
    "site.submitted-yes": both("Đã nộp", "Submitted"),
    "site.submitted-no": both("Chưa nộp", "Not submitted"),
    "site.not-submitted": both("Cơ quan chưa nộp", "Agencies that have not submitted"),
    "site.all-submitted": both(
        "Tất cả các cơ quan đã nộp tệp tiến độ.", "Every agency has submitted its file."),
    "site.not-submitted-list": both(
        "{n} cơ quan chưa nộp tệp tiến độ:", "{n} agencies have not submitted a progress file:"),
    "site.broken-list": both(
        "{n} cơ quan có tệp bị lỗi, chưa đọc được (xem `cchc validate`):",
        "{n} agencies have a file with errors that cannot be read (see `cchc validate`):"),
    "site.milestones": both("Các mốc của kế hoạch", "The plan's milestones"),
    "site.milestones-caption": both("Mốc, thời hạn và kết quả",
                                    "Milestones, due dates and results"),
    "site.met": both("Đạt", "Met"),
    "site.missed": both("Không đạt ({n} nghĩa vụ trễ)", "Missed ({n} obligations late)"),
    "site.open": both("Chưa xong, chưa trễ", "Open, not late"),
    "site.no-milestones": both("Kế hoạch không có mốc nào.", "The plan has no milestones."),
    "site.more": both("Xem thêm", "More"),
    "site.trend-link": both(
        "Xu hướng: tỷ lệ đúng hạn và số việc quá hạn theo thời gian",
        "Trend: the on-time rate and the overdue count over time"),
    "site.district-reports": both(
        "Báo cáo tổng hợp mới nhất (ngày {date}):", "Latest consolidated report ({date}):"),
    # an agency
    "site.updated": both("Cập nhật", "Updated"),
    "site.contact": both("Cán bộ theo dõi", "Contact"),
    "site.latest-reports": both("Báo cáo mới nhất", "Latest reports"),
    "site.obligations": both("Nhiệm vụ của cơ quan", "The agency's obligations"),
    "site.obligations-caption": both(
        "Từng nghĩa vụ: thời hạn, tình trạng và nội dung cơ quan đã báo cáo",
        "Each obligation: due date, status and what the agency reported"),
    "site.col-role": both("Vai trò", "Role"),
    "site.col-reported": both("Cơ quan báo cáo", "Agency reports"),
    "site.col-assignee": both("Người phụ trách", "Assignee"),
    "site.col-completed": both("Ngày hoàn thành", "Completed"),
    "site.col-evidence": both("Văn bản kiểm chứng", "Evidence"),
    "site.col-notes": both("Ghi chú", "Notes"),
    "site.no-obligations": both("Không có nghĩa vụ nào.", "No obligations."),
    "site.state-done": both("Đã hoàn thành", "Done"),
    "site.state-in-progress": both("Đang thực hiện", "In progress"),
    "site.state-not-started": both("Chưa thực hiện", "Not started"),
    "site.state-none": both("Chưa báo cáo", "Not reported"),
    # tasks
    "site.tasks-title": both("Các nhiệm vụ của kế hoạch", "The plan's tasks"),
    "site.section": both("Mục {id}. {title}", "Section {id}. {title}"),
    "site.col-written": both("Thời hạn theo kế hoạch", "Deadline as written"),
    "site.task-title": both("Nhiệm vụ {id}. {title}", "Task {id}. {title}"),
    "site.parent": both("Thuộc nhiệm vụ", "Part of"),
    "site.content": both("Nội dung", "Content"),
    "site.computed": both("Thời hạn đã tính", "Deadline as computed"),
    "site.computed-caption": both(
        "Ngày hết hạn tính từ từng phần thời hạn (đã áp dụng quy tắc ngày nghỉ)",
        "The due dates cchc computed from each deadline part (day-off rules applied)"),
    "site.col-part": both("Phần thời hạn", "Deadline part"),
    "site.col-due-dates": both("Ngày hết hạn", "Due dates"),
    "site.no-date": both("không có ngày cố định", "no fixed date"),
    "site.who": both("Cơ quan chủ trì và phối hợp", "Lead and coordinating agencies"),
    "site.who-caption": both(
        "Tình trạng của từng cơ quan với nhiệm vụ này", "Each agency's state on this task"),
    # the trend
    "site.trend-title": both("Xu hướng", "Trend"),
    "site.trend-about": both(
        "Mỗi điểm là một ngày có thay đổi trong thư mục assignments/ (lần ghi cuối cùng của "
        "ngày đó trong lịch sử git), với tình trạng tính đến đúng ngày đó theo kế hoạch "
        "hiện hành.",
        "Each point is a day on which assignments/ changed (that day's last commit in the "
        "git history), with the status as of that day under the current plan."),
    "site.trend-no-git": both(
        "Kho kế hoạch không nằm trong một kho git (hoặc không chạy được git), nên chưa có "
        "lịch sử để vẽ xu hướng.",
        "The plan repository is not in git (or git cannot run), so there is no history "
        "to draw."),
    "site.trend-no-points": both(
        "Chưa có lần ghi nào thay đổi assignments/ đến ngày tính.",
        "No commit changed assignments/ up to the as-of date."),
    "site.trend-truncated": both(
        "Lịch sử dài: chỉ tính những ngày gần nhất.",
        "A long history: only the most recent days are shown."),
    "site.trend-no-rate": both(
        "Ở các điểm này chưa có nghĩa vụ nào đến hạn, nên chưa có tỷ lệ.",
        "No obligation had come due at these points, so there is no rate yet."),
    "site.overdue-count": both("Số việc quá hạn", "Overdue obligations"),
    "site.rate-chart": both(
        "Tỷ lệ đúng hạn theo ngày (số liệu ở bảng dưới)",
        "On-time rate by day (figures in the table below)"),
    "site.overdue-chart": both(
        "Số việc quá hạn theo ngày (số liệu ở bảng dưới)",
        "Overdue obligations by day (figures in the table below)"),
    "site.trend-table": both("Số liệu theo ngày", "Figures by day"),
    "site.trend-caption": both(
        "Tình trạng tính đến từng ngày có thay đổi", "The status on each day with a change"),
    "site.col-day": both("Ngày", "Day"),
    "site.col-commit": both("Lần ghi (commit)", "Commit"),
    "site.col-due-count": both("Đã đến hạn", "Come due"),
}
