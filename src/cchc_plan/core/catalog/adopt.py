"""Adopting cchc for another district or plan: `cchc new`, CI formats."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    "usage.folder-not-empty": both(
        "thư mục {path} đã có nội dung",
        "folder {path} is not empty"),
    "hint.new-folder": both(
        "chọn một thư mục mới hoặc thư mục trống",
        "choose a new or empty folder"),
    "cli.new-done": both(
        "đã tạo kho kế hoạch ở {path} ({n} tệp); tiếp theo: sửa plan/appendix.yaml và "
        "plan/agencies.yaml, rồi chạy `cchc validate`",
        "created a plan repository in {path} ({n} files); next: edit plan/appendix.yaml and "
        "plan/agencies.yaml, then run `cchc validate`"),
}
