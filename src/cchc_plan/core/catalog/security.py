"""Untrusted input (issue 12): links, special files and odd names that cchc
refuses to read or write through, caps, and what it says about them."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    # writing
    "usage.symlink": both(
        "{path} là liên kết tượng trưng (symlink): cchc không ghi qua liên kết",
        "{path} is a symbolic link: cchc does not write through links"),
    "usage.not-a-folder": both(
        "{path} không phải là thư mục",
        "{path} is not a folder"),
    "usage.name-too-long": both(
        "tên {name} quá dài (mỗi phần của đường dẫn tối đa {limit} byte)",
        "the name {name} is too long (at most {limit} bytes per part of a path)"),
    "hint.no-symlink": both(
        "xóa liên kết đó, hoặc chọn nơi ghi khác bằng -o",
        "remove that link, or choose another place with -o"),
    "hint.not-a-folder": both(
        "đổi tên hoặc xóa tệp đó rồi chạy lại",
        "rename or remove that file and run again"),
}
