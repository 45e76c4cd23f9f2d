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
    # reading: what the snapshot of the inputs skipped
    "symlink": both(
        "{path} là liên kết tượng trưng (symlink): cchc không đọc qua liên kết",
        "{path} is a symbolic link: cchc does not read through links"),
    "hint.no-link": both(
        "đặt chính tệp (hoặc thư mục) vào đó thay cho liên kết",
        "put the file (or folder) itself there instead of a link"),
    "special-file": both(
        "{path} không phải là tệp thông thường (FIFO, thiết bị hay socket): bỏ qua",
        "{path} is not a regular file (a FIFO, device or socket): skipped"),
    "not-a-file": both(
        "{path} là một thư mục, không phải tệp YAML: bỏ qua",
        "{path} is a folder, not a YAML file: skipped"),
    "not-a-folder": both(
        "{path} không phải là thư mục: không đọc được tệp của cơ quan nào",
        "{path} is not a folder: no agency file was read"),
    "bad-file-name": both(
        "tên tệp {name} không hợp lệ, tệp bị bỏ qua: tệp của cơ quan phải có tên "
        "<mã cơ quan>.yaml (chữ thường không dấu, chữ số, dấu '-')",
        "file name {name} is not valid, the file is skipped: an agency file is named "
        "<agency id>.yaml (lower-case letters, digits, '-')"),
    "hint.file-name-format": both(
        "đặt tên theo mã cơ quan, ví dụ phong-noi-vu.yaml (xem `cchc agencies`)",
        "name it after the agency id, e.g. phong-noi-vu.yaml (see `cchc agencies`)"),
    # values a renderer could not write
    "date.out-of-range": both(
        "ngày {value} nằm ngoài khoảng năm {low}–{high} mà cchc xử lý",
        "date {value} is outside the years {low}-{high} cchc works with"),
    "date-out-of-range": both(
        "ngày {date} quá xa thời gian của kế hoạch (chỉ nhận từ {low} đến {high})",
        "date {date} is too far from the plan's time (from {low} to {high} only)"),
    "control-character": both(
        "giá trị có ký tự điều khiển {char} không in được trong báo cáo (đã thay bằng �)",
        "a value holds the control character {char}, which reports cannot hold "
        "(replaced by �)"),
    "control-character.invisible": both(
        "giá trị có ký tự vô hình {char} (khoảng trắng rộng 0, dấu hướng chữ...): hai tên "
        "khác nhau có thể trông như nhau trong báo cáo (đã thay bằng �)",
        "a value holds the invisible character {char} (zero-width space, direction mark...): "
        "two different names could look the same in a report (replaced by �)"),
    "hint.remove-character": both(
        "xóa ký tự đó (thường lẫn vào khi sao chép từ Word, PDF hay trang web)",
        "remove it (it usually comes with text copied from Word, a PDF or a web page)"),
    "conflict-marker": both(
        "tệp còn dấu xung đột git (merge conflict) ở dòng {line}",
        "the file still holds a git conflict marker (merge conflict) at line {line}"),
    "hint.resolve-conflict": both(
        "giữ lại phần đúng, xóa các dòng <<<<<<<, ======= và >>>>>>> rồi lưu tệp",
        "keep the right part, delete the <<<<<<<, ======= and >>>>>>> lines, save the file"),
    # caps
    "too-many-problems": both(
        "và {n:num} lỗi khác trong tệp này (mỗi tệp chỉ hiện {limit} lỗi đầu tiên)",
        "and {n:num} more problem(s) in this file (the first {limit} of each file are shown)"),
    "too-many-problems.run": both(
        "và {n:num} lỗi khác (mỗi lần chạy chỉ hiện {limit} lỗi đầu tiên)",
        "and {n:num} more problem(s) (the first {limit} of a run are shown)"),
    # the output streams
    "cli.cannot-write-output": both(
        "cchc: không ghi được kết quả ra đầu ra chuẩn (stdout): {reason}",
        "cchc: cannot write the output (stdout): {reason}"),
    "cli.cannot-encode": both(
        "cchc: lỗi: đầu ra dùng bảng mã {encoding}, không ghi được chữ tiếng Việt; "
        "đặt PYTHONIOENCODING=utf-8 (hoặc dùng terminal UTF-8)",
        "cchc: error: the output encoding {encoding} cannot write this text; "
        "set PYTHONIOENCODING=utf-8 (or use a UTF-8 terminal)"),
    "changed-during-run": both(
        "tệp đã thay đổi trong lúc cchc chạy: chưa ghi gì, hãy chạy lại",
        "the file changed while cchc ran: nothing was written, run again"),
    "package.part-not-xml": both(
        "phần {name} của tệp không đọc được như XML ({reason})",
        "part {name} of the file cannot be read as XML ({reason})"),
    "package.unsafe-xml": both(
        "phần {name} của tệp có khai báo DTD hoặc thực thể XML (bị từ chối vì an toàn)",
        "part {name} of the file declares a DTD or XML entities (refused, for safety)"),
    "package.range": both(
        "trang {sheet} có vùng ô {ref} vượt quá giới hạn {rows:num} dòng, {columns:num} cột",
        "sheet {sheet} has the range {ref}, past the limit of {rows:num} rows, "
        "{columns:num} columns"),
    "package.range-cells": both(
        "trang {sheet}: các vùng gộp ô và liên kết phủ hơn {limit:num} ô (đến vùng {ref})",
        "sheet {sheet}: merged and linked ranges cover over {limit:num} cells (up to {ref})"),
    "package.cells": both(
        "trang {sheet}: bảng tính có hơn {limit:num} ô hoặc phần tử",
        "sheet {sheet}: the workbook has over {limit:num} cells or elements"),
    "hint.package-ranges": both(
        "bỏ gộp ô, liên kết hay định dạng phủ cả cột, cả dòng, xóa các ô thừa rồi lưu lại",
        "unmerge cells, remove links or formats that cover whole columns or rows and the "
        "cells not needed, then save again"),
    "form-seal.forged": both(
        "dấu niêm phong của phiếu không khớp: phiếu không do cchc của người tổng hợp trên máy "
        "này lập cho {agency}, hoặc thông tin ẩn đã bị sửa",
        "the form's seal does not match: the form was not made for {agency} by the "
        "coordinator's cchc on this computer, or its hidden information was changed"),
    "form-seal.legacy": both(
        "phiếu có dấu niêm phong kiểu cũ (không có khóa), ai cũng làm giả được",
        "the form carries an old, unkeyed seal, which anyone could forge"),
    "form-seal.no-key": both(
        "không có chỗ an toàn để giữ khóa niêm phong phiếu (thư mục cache của người dùng)",
        "there is no safe place for the form-sealing key (the user's cache folder)"),
    "hint.form-seal-key": both(
        "đặt biến môi trường XDG_CACHE_HOME là một thư mục tuyệt đối của người dùng",
        "set XDG_CACHE_HOME to an absolute folder of the user's"),
    "form.cli.writes": both("{form}: phiếu của {name} ({agency}), ghi vào {path}",
                            "{form}: form of {name} ({agency}), writes {path}"),
    "form.cli.other-name": both(
        "{form}: cảnh báo: tên tệp nói {named} nhưng phiếu được lập cho {agency}; "
        "phiếu chỉ ghi vào tệp của {agency}",
        "{form}: warning: the file name says {named} but the form was made for {agency}; "
        "it writes only {agency}'s file"),
    "site.report-refused": both(
        "cchc site: không đưa {path} lên trang: {reason}",
        "cchc site: {path} is not published: {reason}"),
    "site.report-not-cchc.office": both(
        "không phải tệp Word/Excel do cchc report ghi (gói tệp không an toàn, sai loại hoặc "
        "có macro)",
        "not a Word/Excel file cchc report wrote (an unsafe package, the wrong kind, or "
        "macros)"),
    "site.report-not-cchc.html": both(
        "không phải trang HTML do cchc report ghi (thiếu chính sách an ninh nội dung và dấu "
        "của cchc ở đầu trang, hoặc có script, khung, biểu mẫu hay liên kết nguy hiểm)",
        "not an HTML page cchc report wrote (cchc's Content-Security-Policy and mark do not "
        "open it, or it holds a script, frame, form or unsafe address)"),
    "site.report-not-cchc.pdf": both(
        "không phải tệp PDF do cchc report ghi (có JavaScript, hành động, tệp đính kèm hoặc "
        "luồng đối tượng nén)",
        "not a PDF cchc report wrote (it holds JavaScript, actions, attached files or "
        "compressed object streams)"),
    "site.report-not-cchc.text": both(
        "không phải tệp văn bản do cchc report ghi (có HTML, phần đầu Jekyll hoặc không "
        "đúng dạng)",
        "not a text file cchc report wrote (it holds HTML, Jekyll front matter, or is "
        "malformed)"),
    "import.embedded-disagrees": both(
        "bản ghi kèm theo trong tệp khác điều các ô ({columns}) đang ghi: đã lấy theo ô hiển "
        "thị trong bảng, kiểm tra lại",
        "the record carried in the file says otherwise than the visible cells ({columns}): "
        "the cells were taken; check them"),
    "import.embedded-only": both(
        "chỉ có trong bản ghi kèm theo, không có trong bảng (kiểm tra trước khi dùng): {value}",
        "only in the carried record, not in the table (check before use): {value}"),
    "import.carried-disagreed": both(
        "  dòng {task}: bản ghi kèm theo khác ô hiển thị ({columns}), đã lấy theo ô",
        "  row {task}: the carried record differs from the visible cells ({columns}); "
        "the cells were taken"),
    "import.carried-only": both(
        "{n} mục (thiết lập, câu chữ báo cáo, ...) chỉ có trong bản ghi kèm theo: đã ghi vào "
        "review: của kế hoạch để kiểm tra",
        "{n} items (settings, report sentences, ...) are only in the carried record: listed "
        "in the plan's review: to check"),
}
