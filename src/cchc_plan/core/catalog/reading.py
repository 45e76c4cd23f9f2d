"""Reading one file: YAML syntax and bounds, the model of a file, dates."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

HOW_TO_WRITE_DATE = both(
    "viết 2020-08-17 hoặc 17/8/2020 (ngày trước tháng)",
    "write 2020-08-17 or 17/8/2020 (day first)")

MESSAGES: dict[str, dict[Lang, str]] = {
    # reading a file
    "file-too-large": both(
        "tệp có {size:num} byte, vượt giới hạn {limit:num} byte",
        "file is {size:num} bytes; the limit is {limit:num}"),
    "bad-encoding": both(
        "tệp không phải UTF-8 (byte 0x{byte})",
        "byte 0x{byte} is not UTF-8"),
    "bad-encoding.utf16": both(
        "tệp ở dạng UTF-16, không phải UTF-8",
        "file is UTF-16"),
    "binary-file": both(
        "tệp chứa byte NUL: đây là tệp nhị phân hoặc tệp UTF-16 không có BOM",
        "file contains NUL bytes: it is binary or UTF-16 without a BOM"),
    "unreadable": both(
        "không đọc được tệp: {reason}",
        "cannot read file: {reason}"),
    "empty-file": both(
        "tệp rỗng",
        "file is empty"),
    "too-deep": both(
        "các mục lồng nhau quá {limit} cấp",
        "nesting deeper than {limit} levels"),
    "too-deep.recursion": both(
        "các mục lồng nhau quá sâu, không đọc được",
        "nesting is too deep to read"),
    "too-large": both(
        "có hơn {limit:num} giá trị sau khi mở rộng các alias",
        "more than {limit:num} values after expanding aliases"),
    "too-many-aliases": both(
        "alias được mở rộng quá {limit:num} lần",
        "more than {limit:num} alias expansions"),
    "alias-loop": both(
        "một alias trỏ đến chính nó",
        "an alias refers to itself"),
    "forbidden-tag": both(
        "không được dùng thẻ (tag) {tag}",
        "tag {tag} is not allowed"),
    "bad-key": both(
        "tên trường phải là văn bản thông thường",
        "a key must be plain text"),
    "duplicate-key": both(
        "khóa {key} bị lặp lại",
        "key {key} appears twice"),
    "bad-merge": both(
        "'<<' phải trỏ đến một nhóm trường (mapping)",
        "'<<' must refer to a mapping"),
    "string-too-long": both(
        "một giá trị dài {length:num} ký tự, vượt giới hạn {limit:num} ký tự",
        "a value is {length:num} characters long; the limit is {limit:num}"),
    # YAML syntax: the English text is PyYAML's own; Vietnamese says it plainly
    "yaml-syntax": both(
        "YAML sai cú pháp: {detail}",
        "{detail}"),
    "yaml.invalid": both(
        "YAML sai cú pháp",
        "invalid YAML"),
    "yaml.bad-character": both(
        "có ký tự không được phép ở đầu giá trị (thường là ký tự Tab, hoặc @, `)",
        "{detail}"),
    "yaml.tab": both(
        "có ký tự Tab trong phần thụt lề",
        "{detail}"),
    "yaml.colon": both(
        "không được có dấu ':' ở vị trí này",
        "{detail}"),
    "yaml.no-colon": both(
        "thiếu dấu ':' sau tên trường",
        "{detail}"),
    "yaml.indent-key": both(
        "thụt lề không khớp: ở đây cần một dòng `trường: giá trị` thẳng hàng với dòng trên",
        "{detail}"),
    "yaml.indent-list": both(
        "thụt lề không khớp: ở đây cần một mục danh sách bắt đầu bằng '- ' "
        "thẳng hàng với mục trên",
        "{detail}"),
    "yaml.flow-list": both(
        "danh sách viết trong [ ] thiếu dấu ',' hoặc ']'",
        "{detail}"),
    "yaml.flow-map": both(
        "nhóm trường viết trong {{ }} thiếu dấu ',' hoặc '}}'",
        "{detail}"),
    "yaml.end-of-file": both(
        "tệp kết thúc khi chưa đóng dấu nháy hoặc dấu ngoặc",
        "{detail}"),
    "yaml.two-documents": both(
        "tệp có nhiều hơn một tài liệu YAML",
        "{detail}"),
    "yaml.undefined-alias": both(
        "alias (*) trỏ đến một neo (&) chưa được khai báo",
        "{detail}"),
    "yaml.no-value": both(
        "thiếu giá trị ở vị trí này",
        "{detail}"),
    "yaml.escape": both(
        "chuỗi trong dấu nháy kép có ký tự thoát (\\) không hợp lệ",
        "{detail}"),
    "yaml.control-character": both(
        "tệp chứa ký tự điều khiển không được phép",
        "{detail}"),
    "yaml.dash": both(
        "không được bắt đầu một mục danh sách '- ' ở vị trí này",
        "{detail}"),
    # the model of one file
    "wrong-type.top": both(
        "tệp phải là một nhóm trường dạng `trường: giá trị`, không phải là {kind!t}",
        "the file must be a mapping of fields, not a {kind!t}"),
    "unknown-field": both(
        "trường {name} không hợp lệ",
        "unknown field {name}"),
    "missing-field": both(
        "thiếu trường {name}",
        "missing field {name}"),
    "bad-value": both(
        "{where!w}: giá trị {value} không hợp lệ",
        "{where!w}: {value} is not allowed"),
    "bad-id": both(
        "{where!w}: {value} không phải là mã (id) hợp lệ",
        "{where!w}: {value} is not a valid id"),
    "bad-id.period": both(
        "{where!w}: {value} không phải là kỳ hợp lệ",
        "{where!w}: {value} is not a valid period"),
    "wrong-type": both(
        "{where!w}: {detail}",
        "{where!w}: {detail}"),
    "wrong-type.text": both(
        "{where!w}: phải là văn bản",
        "{where!w}: should be text"),
    "wrong-type.list": both(
        "{where!w}: phải là một danh sách (mỗi mục một dòng, bắt đầu bằng '- ')",
        "{where!w}: should be a list"),
    "wrong-type.mapping": both(
        "{where!w}: phải là một nhóm trường dạng `trường: giá trị`",
        "{where!w}: should be a mapping of fields"),
    "wrong-type.integer": both(
        "{where!w}: phải là số nguyên",
        "{where!w}: should be a whole number"),
    "wrong-type.bool": both(
        "{where!w}: phải là true hoặc false",
        "{where!w}: should be true or false"),
    "wrong-type.at-least": both(
        "{where!w}: phải lớn hơn hoặc bằng {limit}",
        "{where!w}: should be at least {limit}"),
    "wrong-type.more-than": both(
        "{where!w}: phải lớn hơn {limit}",
        "{where!w}: should be more than {limit}"),
    "wrong-type.at-most": both(
        "{where!w}: phải nhỏ hơn hoặc bằng {limit}",
        "{where!w}: should be at most {limit}"),
    "wrong-type.less-than": both(
        "{where!w}: phải nhỏ hơn {limit}",
        "{where!w}: should be less than {limit}"),
    "wrong-type.empty": both(
        "{where!w}: không được để trống",
        "{where!w}: should not be empty"),
    "wrong-type.too-few": both(
        "{where!w}: phải có ít nhất {limit} mục",
        "{where!w}: should have at least {limit} item(s)"),
    "wrong-type.too-many": both(
        "{where!w}: chỉ được có tối đa {limit} mục",
        "{where!w}: should have at most {limit} item(s)"),
    "wrong-type.too-long": both(
        "{where!w}: chỉ được dài tối đa {limit} ký tự",
        "{where!w}: should have at most {limit} characters"),
    "wrong-type.no-kind": both(
        "{where!w}: thiếu trường `kind` (loại thời hạn)",
        "{where!w}: `kind` is missing"),
    "wrong-type.listed-twice": both(
        "{where!w}: {value} được ghi hai lần",
        "{where!w}: {value} is listed twice"),
    # dates (dates.py; code bad-date)
    "date.not-a-date": both(
        "{value} không phải là ngày: " + HOW_TO_WRITE_DATE["vi"],
        "{value} is not a date: " + HOW_TO_WRITE_DATE["en"]),
    "date.time-of-day": both(
        "{value} có cả giờ, nhưng thời hạn chỉ ghi ngày: " + HOW_TO_WRITE_DATE["vi"],
        "{value} has a time of day; deadlines are dates: " + HOW_TO_WRITE_DATE["en"]),
    "date.month-first": both(
        "{value}: không có tháng {month}; ngày viết trước tháng, "
        "có thể ý là ngày {meant}",
        "{value}: there is no month {month}; dates are day first, so this may mean {meant}"),
    "date.no-month": both(
        "{value}: không có tháng {month}",
        "{value}: there is no month {month}"),
    "date.month-days": both(
        "{value}: tháng {month}/{year} chỉ có {days} ngày",
        "{value}: month {month}/{year} has {days} days"),
    "date.not-day-month": both(
        "{value} không phải là ngày và tháng: viết dạng 31/12",
        "{value} is not a day and month: write it as 31/12"),
    "date.not-every-year": both(
        "{value}: không phải năm nào cũng có ngày này",
        "{value} is not a day of every year"),
    "date.not-a-month": both(
        "{value} không phải là tháng: viết dạng 9/2020",
        "{value} is not a month: write it as 9/2020"),
    "input-changed": both(
        "{path} đã thay đổi trong lúc cchc đang chạy nên không được đọc",
        "{path} changed while cchc was running, so it was not read"),
    "hint.run-again": both(
        "chạy lại lệnh khi không còn ai sửa tệp",
        "run the command again once nobody is editing the file"),
}
