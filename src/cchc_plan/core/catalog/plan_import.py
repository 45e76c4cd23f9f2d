"""Importing a plan from Word or Excel (issue 18): the import command, the
deadline-phrase parser's review notes, agency resolution, the exported
appendix, warnings for unreviewed notes, and the periods the new deadline
kinds add (half-years, months)."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
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
