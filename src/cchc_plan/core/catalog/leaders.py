"""What a district leader reads (issue 27): groups by lĩnh vực and by lãnh
đạo phụ trách, the share đang thực hiện, overdue by age, the year-end ranking."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    "leader.no-section": both("Các mốc của Kế hoạch (phần Tổ chức thực hiện)",
                              "The plan's milestones (its body)"),
    "leader.no-leader": both("Chưa ghi lãnh đạo phụ trách", "No leader recorded"),
    "leader.col-section": both("Lĩnh vực", "Field"),
    "leader.col-leader": both("Lãnh đạo phụ trách", "Leader in charge"),
    "leader.col-agencies": both("Số cơ quan", "Agencies"),
    "leader.col-in-progress": both("Đang thực hiện", "In progress"),
    "leader.col-age-30": both("Quá hạn ≤ 30 ngày", "Overdue ≤ 30 days"),
    "leader.col-age-90": both("Quá hạn 31-90 ngày", "Overdue 31-90 days"),
    "leader.col-age-more": both("Quá hạn > 90 ngày", "Overdue > 90 days"),
    "leader.col-rank": both("Xếp hạng", "Rank"),
    "leader.col-due": both("Đã đến hạn", "Come due"),
    "leader.h-by-section": both("Kết quả theo lĩnh vực", "Results by field"),
    "leader.h-by-leader": both("Kết quả theo lãnh đạo phụ trách", "Results by leader in charge"),
    "leader.h-ranking": both(
        "Bảng xếp hạng các cơ quan, đơn vị (phục vụ đánh giá, xếp loại cuối năm)",
        "Agencies ranked (for the year-end assessment)"),
    "leader.ranking-note": both(
        "Xếp theo tỷ lệ đúng hạn (cao trước), rồi số nghĩa vụ quá hạn (ít trước); cơ quan, đơn "
        "vị chưa có nghĩa vụ nào đến hạn xếp cuối. Kế hoạch, mục IV.2: “đánh giá xếp loại cuối "
        "năm gắn với công tác bình xét thi đua khen thưởng”.",
        "By on-time rate (highest first), then overdue obligations (fewest first); agencies "
        "with nothing due yet last. The plan, IV.2: the year-end assessment."),
    "leader.in-progress-line": both(
        "Đang thực hiện: {n:num}/{open:num} nghĩa vụ chưa hoàn thành ({share})",
        "In progress: {n:num} of {open:num} obligations not done ({share})"),
    "leader.ages-line": both(
        "Quá hạn theo thời gian: ≤ 30 ngày {a:num} · 31-90 ngày {b:num} · trên 90 ngày {c:num}",
        "Overdue by age: ≤ 30 days {a:num} · 31-90 days {b:num} · over 90 days {c:num}"),
    "leader.sheet-section": both("Theo lĩnh vực", "By field"),
    "leader.appendix-groups": both(
        "KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC VÀ THEO LÃNH ĐẠO PHỤ TRÁCH",
        "RESULTS BY FIELD AND BY LEADER IN CHARGE"),
    "leader.appendix-ranking": both(
        "XẾP HẠNG CÁC CƠ QUAN, ĐƠN VỊ (PHỤC VỤ ĐÁNH GIÁ, XẾP LOẠI CUỐI NĂM)",
        "AGENCIES RANKED (FOR THE YEAR-END ASSESSMENT)"),
    "leader.sheet-leader": both("Theo lãnh đạo", "By leader"),
    "leader.sheet-ranking": both("Xếp hạng", "Ranking"),
}
