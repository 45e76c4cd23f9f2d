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
    "deadline.weekly": both(
        "{text}: kế hoạch không theo dõi kỳ tuần, coi là thường xuyên",
        "{text}: weekly periods are not tracked; taken as ongoing"),
    "deadline.event": both(
        "đếm từ sự kiện {name} (mã {id} trong `events:`): kiểm tra tên, `recurs` và ai ghi "
        "ngày (`recorded_by`)",
        "counted from the event {name} (id {id} in `events:`): check its name, `recurs` and "
        "who records its date (`recorded_by`)"),
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
