"""Adopting cchc for another district or plan: `cchc new`, CI formats."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    # usage errors click finds while reading the command line (cli/help.py)
    "usage.no-such-option": both("không có tùy chọn {option}", "no such option {option}"),
    "usage.no-such-command": both("không có lệnh {command}", "no such command {command}"),
    "usage.missing-value": both("thiếu {option}", "{option} is missing"),
    "usage.option-needs-value": both("tùy chọn {option} cần một giá trị",
                                     "option {option} needs a value"),
    "usage.bad-choice": both(
        "{option}: không có lựa chọn '{value}'; chọn một trong: {choices}",
        "{option}: '{value}' is not one of: {choices}"),
    "usage.not-a-number": both("{option}: '{value}' không phải là số",
                               "{option}: '{value}' is not a number"),
    "usage.out-of-range": both("{option}: {value} nằm ngoài khoảng cho phép {range}",
                               "{option}: {value} is outside {range}"),
    "usage.bad-value": both("{option}: giá trị không hợp lệ ({detail})",
                            "{option}: invalid value ({detail})"),
    "usage.bad-command-line": both("dòng lệnh không hợp lệ: {detail}",
                                   "invalid command line: {detail}"),
    "hint.see-help": both("xem `{command}`", "see `{command}`"),
    "usage.folder-not-empty": both(
        "thư mục {path} đã có nội dung",
        "folder {path} is not empty"),
    "hint.new-folder": both(
        "chọn một thư mục mới hoặc thư mục trống",
        "choose a new or empty folder"),
    "usage.not-git": both(
        "--tracked cần một kho git: {path} không nằm trong kho git nào (hoặc không chạy được git)",
        "--tracked needs a git repository: {path} is not inside one (or git cannot run)"),
    "hint.without-tracked": both(
        "bỏ --tracked để kiểm tra mọi tệp trong thư mục",
        "drop --tracked to check every file in the folder"),
    "cli.untracked": both(
        "bỏ qua {n} tệp git chưa theo dõi: {paths} (kiểm tra cả chúng: cchc validate)",
        "left out {n} file(s) git does not track: {paths} (to check them too: cchc validate)"),
    "usage.unknown-level": both(
        "--level: không có cấp '{level}'; chọn một trong: {choices}",
        "--level: no level '{level}'; choose one of: {choices}"),
    "cli.orphan-files": both(
        "{n} tệp trong assignments/ là của cơ quan không còn trong danh sách hoặc không được "
        "kế hoạch giao nhiệm vụ nào: {paths}",
        "{n} file(s) in assignments/ belong to agencies no longer in the registry or given no "
        "task by the plan: {paths}"),
    "hint.orphan-prune": both(
        "xóa chúng: `cchc init --all --prune` (hoặc `--force`)",
        "to remove them: `cchc init --all --prune` (or `--force`)"),
    "cli.orphan-ask": both("Xóa {path}?", "Remove {path}?"),
    "cli.removed": both("đã xóa {path} (giữ bản sao {path}.bak)",
                        "removed {path} (a copy is kept as {path}.bak)"),
    "cli.new-done": both(
        "đã tạo kho kế hoạch ở {path} ({n} tệp); tiếp theo: nhập kế hoạch từ tệp Word "
        "(`cchc plan import KE_HOACH.docx --force`) hoặc sửa plan/appendix.yaml, sửa "
        "plan/agencies.yaml, rồi chạy `cchc validate`",
        "created a plan repository in {path} ({n} files); next: import the plan from Word "
        "(`cchc plan import KE_HOACH.docx --force`) or edit plan/appendix.yaml, edit "
        "plan/agencies.yaml, then run `cchc validate`"),
}
