"""Hints: how to fix a problem or a command line."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

LIST_AGENCIES = both("xem danh sách bằng lệnh `cchc agencies`", "`cchc agencies` lists them")

MESSAGES: dict[str, dict[Lang, str]] = {
    "hint.did-you-mean": both(
        "có phải là {name}?",
        "did you mean {name}?"),
    "hint.did-you-mean-any": both(
        "có phải là {names}?",
        "did you mean {names}?"),
    "hint.one-of": both(
        "chọn một trong: {options}",
        "one of: {options}"),
    "hint.allowed-fields": both(
        "ở đây chỉ được dùng: {names}",
        "allowed here: {names}"),
    "hint.split-file": both(
        "hãy tách tệp, hoặc kiểm tra xem có nộp nhầm tệp không",
        "split it, or check that the right file was committed"),
    "hint.save-utf8": both(
        "tệp có vẻ ở dạng Windows-1258 hoặc TCVN3 (ABC); hãy lưu lại dạng UTF-8 (Unicode) "
        "và gõ tiếng Việt bằng bảng mã Unicode",
        "the file looks like Windows-1258 or TCVN3 (ABC); save it as UTF-8 (Unicode) "
        "and type Vietnamese with Unicode"),
    "hint.save-utf8-notepad": both(
        "hãy lưu lại dạng UTF-8 (trong Notepad: Save As, mục Encoding chọn UTF-8)",
        "save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"),
    "hint.save-utf8-text": both(
        "hãy lưu lại dạng văn bản UTF-8",
        "save it as UTF-8 text"),
    "hint.depth-limit": both(
        "giới hạn là {limit} cấp",
        "the limit is {limit} levels"),
    "hint.run-init": both(
        "chạy `cchc init --agency MÃ_CƠ_QUAN` để tạo tệp ban đầu",
        "run `cchc init --agency ID` for a starting file"),
    "hint.plain-values": both(
        "chỉ ghi giá trị thông thường: thẻ YAML không bao giờ được thực thi ở đây",
        "write plain values: YAML tags never run code here"),
    "hint.no-anchors": both(
        "không dùng neo (&) và alias (*) của YAML theo cách này",
        "do not use YAML anchors (&) and aliases (*) this way"),
    "hint.write-out-aliases": both(
        "ghi đầy đủ các giá trị thay vì dùng alias (*)",
        "write the values out instead of using aliases (*)"),
    "hint.first-at-line": both(
        "xuất hiện lần đầu ở dòng {line}; chỉ giữ một",
        "first at line {line}; keep one"),
    "hint.no-tabs": both(
        "YAML không cho phép thụt lề bằng phím Tab; hãy dùng dấu cách",
        "YAML does not allow tab characters for indentation; use spaces"),
    "hint.one-document": both(
        "xóa dòng '---' thừa: mỗi tệp chỉ chứa một tài liệu",
        "remove the extra '---' line: a file holds one document"),
    "hint.quote-colon": both(
        "giá trị văn bản có chứa ': ' phải đặt trong dấu nháy",
        "a text value containing ': ' must be in quotes"),
    "hint.start-with-fields": both(
        "bắt đầu tệp bằng các dòng `trường: giá trị`",
        "start with `field: value` lines"),
    "hint.id-format": both(
        "mã chỉ gồm chữ thường không dấu, chữ số và dấu '-' (ví dụ phong-noi-vu); "
        "mã nhiệm vụ là số thứ tự như trong kế hoạch (ví dụ 2.1)",
        "ids use lowercase ASCII letters, digits and '-' (phong-noi-vu); "
        "task ids are numbers as printed (2.1)"),
    "hint.period-format": both(
        "ghi năm (2021, năm 2021), 6 tháng (2021-H1), quý (2021-Q3, Quý III/2021), tháng "
        "(2021-M07, tháng 7/2021) hoặc ngày của sự kiện (2021-03-15)",
        "write a year (2021), a half-year (2021-H1), a quarter (2021-Q3 or Q3/2021), a month "
        "(2021-M07) or the event's date (2021-03-15)"),
    "hint.already-entry-of": both(
        "đã có trong {kind}",
        "already an entry of {kind}"),
    "hint.names-differ": both(
        "tên được so sánh không phân biệt chữ hoa, chữ thường và dấu; hãy đặt tên khác nhau",
        "names are compared without case and diacritics; make them differ"),
    "hint.list-agencies": both(
        LIST_AGENCIES["vi"],
        LIST_AGENCIES["en"]),
    "hint.heading-only": both(
        "chỉ dòng tiêu đề có mục con mới được để trống `lead`",
        "only a heading row with sub-items may leave `lead` empty"),
    "hint.unspecified": both(
        "dùng `- kind: unspecified` khi ô thời hạn để trống",
        "use `- kind: unspecified` when the cell is empty"),
    "hint.part-key": both(
        "đặt cho mỗi phần một `key` riêng",
        "give each part its own `key`"),
    "hint.rename": both(
        "đổi tên thành {path}",
        "rename it to {path}"),
    "hint.first-at-entry": both(
        "đã ghi lần đầu ở mục thứ {n}",
        "first at entry {n}"),
    "hint.heading-use-subitems": both(
        "nhiệm vụ {task} là dòng tiêu đề; hãy ghi vào các mục con",
        "task {task} is a heading; use its sub-items"),
    "hint.lead-coordinating": both(
        "chủ trì: {lead}; phối hợp: {coordinating}",
        "lead: {lead}; coordinating: {coordinating}"),
    "hint.parts": both(
        "các phần: {parts}",
        "parts: {parts}"),
    "hint.period-quarter": both(
        "ghi rõ kỳ, ví dụ `period: 2020-Q3`",
        "write `period: 2020-Q3`"),
    "hint.period-year": both(
        "ghi rõ năm, ví dụ `period: 2021`",
        "write `period: 2021`"),
    "hint.remove-period": both(
        "bỏ dòng `period`",
        "remove `period`"),
    "hint.add-assignee": both(
        "thêm `assignee: {{name: ..., position: ...}}` (họ tên, chức vụ)",
        "add `assignee: {{name: ..., position: ...}}`"),
    "hint.add-completed": both(
        "thêm `completed: dd/mm/yyyy` (ngày/tháng/năm hoàn thành)",
        "add `completed: dd/mm/yyyy`"),
    "hint.list-evidence": both(
        "liệt kê các văn bản, sản phẩm dưới mục `evidence`",
        "list the output documents under `evidence`"),
    "hint.set-done": both(
        "ghi `status: done`, hoặc bỏ `completed`",
        "set `status: done`, or remove `completed`"),
    "hint.set-updated": both(
        "ghi `updated` là ngày sửa tệp",
        "set `updated` to the day you edit the file"),
    "hint.swapped-day-month": both(
        "có thể ngày và tháng bị đảo: {date} là ngày {day} tháng {month}; nếu là ngày {month} "
        "tháng {day}, ghi {swapped} (ngày trước, tháng sau)",
        "day and month may be swapped: {date} is day {day} of month {month}; if you meant "
        "day {month} of month {day}, write {swapped} (day first)"),
    "hint.recorded-by": both(
        "cơ quan ghi nhận: {agencies}",
        "recorded by: {agencies}"),
    "hint.recorded-by-plan": both(
        "ngày của sự kiện này chỉ ghi trong kế hoạch",
        "recorded by: the plan only"),
    "hint.root": both(
        "chạy cchc trong thư mục kho kế hoạch, hoặc chỉ rõ bằng --root THƯ_MỤC",
        "run cchc inside a plan repository or pass --root DIR"),
    "hint.one-agency": both(
        "chọn một cơ quan: " + LIST_AGENCIES["vi"],
        "give one agency: " + LIST_AGENCIES["en"]),
    "hint.give-file-name": both(
        "ghi tên tệp sau -o",
        "give a file name with -o"),
    "hint.own-folder": both(
        "ghi ra một tệp trong thư mục của bạn",
        "write to a file in a folder of yours"),
    "hint.create-folder": both(
        "tạo thư mục trước, hoặc chọn nơi khác bằng -o",
        "create it first, or choose -o"),
    "hint.force": both(
        "thêm --force để ghi đè (bản cũ được giữ lại với đuôi .bak)",
        "use --force to replace it (a .bak copy is kept)"),
    "hint.agency-or-all": both(
        "thêm --agency MÃ_CƠ_QUAN, hoặc --all cho mọi cơ quan",
        "pass --agency ID, or --all for every agency"),
}
