"""Every message cchc shows a person, in Vietnamese (the default) and English.

A message is kept as data, `Msg(id, params)`, and turned into text only when
it is printed, in the language asked for with `--lang`. Problems are cached and
compared as data, so one cache entry serves both languages.

Ids:
- a problem code is the id of that problem's main message (`unknown-field`);
  a problem with several wordings adds a suffix (`duplicate-id.task`), and the
  problem's `code` stays the stable machine code;
- `date.*` for dates that cannot be read, `yaml.*` for YAML syntax errors,
  `hint.*` for hints, `usage.*` and `write.*` for command-line errors, `cli.*`
  for the lines the commands print on stderr.

Templates use named `{fields}`; every parameter is a string. Values the user
typed arrive quoted, as Python's repr writes them (`'asignee'`), so the
templates never add quotes of their own. Two extras: `{n:num}` groups the
digits of a number (5.242.880 in Vietnamese, 5,242,880 in English) and
`{kind!t}` names a YAML value type in the language.

Field names, codes, ids and YAML keys stay in ASCII, as users type them.
This module imports no third-party library: the CLI imports it on every run.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from typing import Any, NamedTuple

from cchc_plan.core.i18n import Lang

Params = tuple[tuple[str, str], ...]

MAX_SHOWN = 200  # characters of a quoted value shown in a message

_HOW_TO_WRITE_DATE = {
    "vi": "viết 2020-08-17 hoặc 17/8/2020 (ngày trước tháng)",
    "en": "write 2020-08-17 or 17/8/2020 (day first)",
}
_LIST_AGENCIES = {"vi": "xem danh sách bằng lệnh `cchc agencies`",
                  "en": "`cchc agencies` lists them"}


def _m(vi: str, en: str) -> dict[Lang, str]:
    return {"vi": vi, "en": en}


MESSAGES: dict[str, dict[Lang, str]] = {
    # --- reading a file (yamlio) ---------------------------------------------------
    "file-too-large": _m(
        "tệp có {size:num} byte, vượt giới hạn {limit:num} byte",
        "file is {size:num} bytes; the limit is {limit:num}"),
    "bad-encoding": _m(
        "tệp không phải UTF-8 (byte 0x{byte})",
        "byte 0x{byte} is not UTF-8"),
    "bad-encoding.utf16": _m(
        "tệp ở dạng UTF-16, không phải UTF-8",
        "file is UTF-16"),
    "binary-file": _m(
        "tệp chứa byte NUL: đây là tệp nhị phân hoặc tệp UTF-16 không có BOM",
        "file contains NUL bytes: it is binary or UTF-16 without a BOM"),
    "unreadable": _m(
        "không đọc được tệp: {reason}",
        "cannot read file: {reason}"),
    "empty-file": _m(
        "tệp rỗng",
        "file is empty"),
    "too-deep": _m(
        "các mục lồng nhau quá {limit} cấp",
        "nesting deeper than {limit} levels"),
    "too-deep.recursion": _m(
        "các mục lồng nhau quá sâu, không đọc được",
        "nesting is too deep to read"),
    "too-large": _m(
        "có hơn {limit:num} giá trị sau khi mở rộng các alias",
        "more than {limit:num} values after expanding aliases"),
    "too-many-aliases": _m(
        "alias được mở rộng quá {limit:num} lần",
        "more than {limit:num} alias expansions"),
    "alias-loop": _m(
        "một alias trỏ đến chính nó",
        "an alias refers to itself"),
    "forbidden-tag": _m(
        "không được dùng thẻ (tag) {tag}",
        "tag {tag} is not allowed"),
    "bad-key": _m(
        "tên trường phải là văn bản thông thường",
        "a key must be plain text"),
    "duplicate-key": _m(
        "khóa {key} bị lặp lại",
        "key {key} appears twice"),
    "bad-merge": _m(
        "'<<' phải trỏ đến một nhóm trường (mapping)",
        "'<<' must refer to a mapping"),
    "string-too-long": _m(
        "một giá trị dài {length:num} ký tự, vượt giới hạn {limit:num} ký tự",
        "a value is {length:num} characters long; the limit is {limit:num}"),
    # YAML syntax: the English text is PyYAML's own; Vietnamese says it plainly
    "yaml-syntax": _m(
        "YAML sai cú pháp: {detail}",
        "{detail}"),
    "yaml.invalid": _m(
        "YAML sai cú pháp",
        "invalid YAML"),
    "yaml.bad-character": _m(
        "có ký tự không được phép ở đầu giá trị (thường là ký tự Tab, hoặc @, `)",
        "{detail}"),
    "yaml.tab": _m(
        "có ký tự Tab trong phần thụt lề",
        "{detail}"),
    "yaml.colon": _m(
        "không được có dấu ':' ở vị trí này",
        "{detail}"),
    "yaml.no-colon": _m(
        "thiếu dấu ':' sau tên trường",
        "{detail}"),
    "yaml.indent-key": _m(
        "thụt lề không khớp: ở đây cần một dòng `trường: giá trị` thẳng hàng với dòng trên",
        "{detail}"),
    "yaml.indent-list": _m(
        "thụt lề không khớp: ở đây cần một mục danh sách bắt đầu bằng '- ' "
        "thẳng hàng với mục trên",
        "{detail}"),
    "yaml.flow-list": _m(
        "danh sách viết trong [ ] thiếu dấu ',' hoặc ']'",
        "{detail}"),
    "yaml.flow-map": _m(
        "nhóm trường viết trong {{ }} thiếu dấu ',' hoặc '}}'",
        "{detail}"),
    "yaml.end-of-file": _m(
        "tệp kết thúc khi chưa đóng dấu nháy hoặc dấu ngoặc",
        "{detail}"),
    "yaml.two-documents": _m(
        "tệp có nhiều hơn một tài liệu YAML",
        "{detail}"),
    "yaml.undefined-alias": _m(
        "alias (*) trỏ đến một neo (&) chưa được khai báo",
        "{detail}"),
    "yaml.no-value": _m(
        "thiếu giá trị ở vị trí này",
        "{detail}"),
    "yaml.escape": _m(
        "chuỗi trong dấu nháy kép có ký tự thoát (\\) không hợp lệ",
        "{detail}"),
    "yaml.control-character": _m(
        "tệp chứa ký tự điều khiển không được phép",
        "{detail}"),
    "yaml.dash": _m(
        "không được bắt đầu một mục danh sách '- ' ở vị trí này",
        "{detail}"),
    # --- the model of one file (load) ----------------------------------------------
    "wrong-type.top": _m(
        "tệp phải là một nhóm trường dạng `trường: giá trị`, không phải là {kind!t}",
        "the file must be a mapping of fields, not a {kind!t}"),
    "unknown-field": _m(
        "trường {name} không hợp lệ",
        "unknown field {name}"),
    "missing-field": _m(
        "thiếu trường {name}",
        "missing field {name}"),
    "bad-value": _m(
        "{where}: giá trị {value} không hợp lệ",
        "{where}: {value} is not allowed"),
    "bad-id": _m(
        "{where}: {value} không phải là mã (id) hợp lệ",
        "{where}: {value} is not a valid id"),
    "bad-id.period": _m(
        "{where}: {value} không phải là kỳ hợp lệ",
        "{where}: {value} is not a valid period"),
    "wrong-type": _m(
        "{where}: {detail}",
        "{where}: {detail}"),
    "wrong-type.text": _m(
        "{where}: phải là văn bản",
        "{where}: should be text"),
    "wrong-type.list": _m(
        "{where}: phải là một danh sách (mỗi mục một dòng, bắt đầu bằng '- ')",
        "{where}: should be a list"),
    "wrong-type.mapping": _m(
        "{where}: phải là một nhóm trường dạng `trường: giá trị`",
        "{where}: should be a mapping of fields"),
    "wrong-type.integer": _m(
        "{where}: phải là số nguyên",
        "{where}: should be a whole number"),
    "wrong-type.bool": _m(
        "{where}: phải là true hoặc false",
        "{where}: should be true or false"),
    "wrong-type.at-least": _m(
        "{where}: phải lớn hơn hoặc bằng {limit}",
        "{where}: should be at least {limit}"),
    "wrong-type.more-than": _m(
        "{where}: phải lớn hơn {limit}",
        "{where}: should be more than {limit}"),
    "wrong-type.at-most": _m(
        "{where}: phải nhỏ hơn hoặc bằng {limit}",
        "{where}: should be at most {limit}"),
    "wrong-type.less-than": _m(
        "{where}: phải nhỏ hơn {limit}",
        "{where}: should be less than {limit}"),
    "wrong-type.empty": _m(
        "{where}: không được để trống",
        "{where}: should not be empty"),
    "wrong-type.too-few": _m(
        "{where}: phải có ít nhất {limit} mục",
        "{where}: should have at least {limit} item(s)"),
    "wrong-type.too-many": _m(
        "{where}: chỉ được có tối đa {limit} mục",
        "{where}: should have at most {limit} item(s)"),
    "wrong-type.too-long": _m(
        "{where}: chỉ được dài tối đa {limit} ký tự",
        "{where}: should have at most {limit} characters"),
    "wrong-type.no-kind": _m(
        "{where}: thiếu trường `kind` (loại thời hạn)",
        "{where}: `kind` is missing"),
    "wrong-type.listed-twice": _m(
        "{where}: {value} được ghi hai lần",
        "{where}: {value} is listed twice"),
    # dates (dates.py; code bad-date)
    "date.not-a-date": _m(
        "{value} không phải là ngày: " + _HOW_TO_WRITE_DATE["vi"],
        "{value} is not a date: " + _HOW_TO_WRITE_DATE["en"]),
    "date.time-of-day": _m(
        "{value} có cả giờ, nhưng thời hạn chỉ ghi ngày: " + _HOW_TO_WRITE_DATE["vi"],
        "{value} has a time of day; deadlines are dates: " + _HOW_TO_WRITE_DATE["en"]),
    "date.month-first": _m(
        "{value}: không có tháng {month}; ngày viết trước tháng, "
        "có thể ý là ngày {meant}",
        "{value}: there is no month {month}; dates are day first, so this may mean {meant}"),
    "date.no-month": _m(
        "{value}: không có tháng {month}",
        "{value}: there is no month {month}"),
    "date.month-days": _m(
        "{value}: tháng {month}/{year} chỉ có {days} ngày",
        "{value}: month {month}/{year} has {days} days"),
    "date.not-day-month": _m(
        "{value} không phải là ngày và tháng: viết dạng 31/12",
        "{value} is not a day and month: write it as 31/12"),
    "date.not-every-year": _m(
        "{value}: không phải năm nào cũng có ngày này",
        "{value} is not a day of every year"),
    "date.not-a-month": _m(
        "{value} không phải là tháng: viết dạng 9/2020",
        "{value} is not a month: write it as 9/2020"),
    # --- cross-file checks (checks.py) ----------------------------------------------
    "duplicate-id": _m(
        "mã {id} bị dùng hai lần",
        "id {id} is used twice"),
    "duplicate-id.task": _m(
        "nhiệm vụ {task} bị lặp lại",
        "task {task} appears twice"),
    "duplicate-id.list": _m(
        "{id} xuất hiện hai lần trong {list}",
        "{id} appears twice in {list}"),
    "ambiguous-name": _m(
        "tên {name} của {id} trùng với tên của {other}",
        "{name} of {id} also names {other}"),
    "group-cycle": _m(
        "nhóm {id} chứa chính nó",
        "group {id} contains itself"),
    "unknown-agency": _m(
        "không có cơ quan hay nhóm nào là {ref}",
        "no agency or group {ref}"),
    "unknown-agency.file": _m(
        "không có cơ quan {agency}",
        "no agency {agency}"),
    "unknown-section": _m(
        "không có mục {section}",
        "no section {section}"),
    "unknown-task": _m(
        "kế hoạch không có nhiệm vụ {task}",
        "no task {task} in the plan"),
    "unknown-task.parent": _m(
        "`parent` {parent} không phải là một nhiệm vụ trong kế hoạch",
        "parent {parent} is not a task"),
    "bad-parent": _m(
        "nhiệm vụ {task} không thể là mục cha của chính nó",
        "task {task} is its own parent"),
    "no-lead": _m(
        "nhiệm vụ {task} chưa có cơ quan chủ trì",
        "task {task} has no lead agency"),
    "no-deadline": _m(
        "nhiệm vụ {task} chưa có quy tắc thời hạn",
        "task {task} has no deadline rule"),
    "duplicate-part": _m(
        "nhiệm vụ {task} có hai phần thời hạn cùng tên {part}",
        "task {task} has two parts named {part}"),
    "unknown-event": _m(
        "không có sự kiện {event}",
        "no event {event}"),
    "unknown-event.plan": _m(
        "kế hoạch không có sự kiện {event}",
        "no event {event} in the plan"),
    "unknown-level": _m(
        "không có cơ quan nào thuộc cấp {level}",
        "no agency has level {level}"),
    "group-file": _m(
        "{id} là một nhóm; mỗi cơ quan thành viên có tệp riêng",
        "{id} is a group; each member keeps its own file"),
    "file-name": _m(
        "tệp của cơ quan {id} lại có tên {name}",
        "file of agency {id} is named {name}"),
    "duplicate-file": _m(
        "cơ quan {id} có nhiều hơn một tệp",
        "agency {id} has more than one file"),
    "duplicate-task": _m(
        "nhiệm vụ {task} được ghi hai lần",
        "task {task} is listed twice"),
    "not-involved": _m(
        "nhiệm vụ {task} không được giao cho {agency}",
        "task {task} does not involve {agency}"),
    "duplicate-period": _m(
        "kỳ {period} được ghi hai lần",
        "period {period} is listed twice"),
    "duplicate-period.part": _m(
        "kỳ {period} (phần {part}) được ghi hai lần",
        "period {period} (part {part}) is listed twice"),
    "unknown-part": _m(
        "nhiệm vụ {task} không có phần {part} đối với cơ quan này",
        "task {task} has no part {part} for this agency"),
    "missing-period": _m(
        "nhiệm vụ {task} thực hiện theo từng kỳ: cần ghi rõ kỳ nào",
        "task {task} is due every period: say which"),
    "bad-period": _m(
        "nhiệm vụ {task} không có kỳ {period}",
        "task {task} has no period {period}"),
    "future-date": _m(
        "ngày cập nhật (`updated`) {date} là ngày trong tương lai",
        "updated {date} is after today"),
    "future-date.completed": _m(
        "ngày hoàn thành (`completed`) {date} là ngày trong tương lai",
        "completed {date} is after today"),
    "no-assignee": _m(
        "cơ quan này chủ trì nhiệm vụ {task}: cần ghi người chịu trách nhiệm",
        "task {task} is led by this agency: name the person responsible"),
    "done-without-date": _m(
        "đã ghi hoàn thành (done) nhưng thiếu ngày hoàn thành `completed`",
        "status is done but `completed` is missing"),
    "done-without-evidence": _m(
        "đã ghi hoàn thành (done) nhưng chưa có văn bản, tài liệu kiểm chứng",
        "status is done but no evidence is listed"),
    "completed-not-done": _m(
        "có ngày hoàn thành `completed` nhưng tình trạng là {status}",
        "`completed` is set but status is {status}"),
    "date-before-plan": _m(
        "ngày hoàn thành {date} trước ngày bắt đầu kế hoạch {start}",
        "completed {date} is before the plan's start {start}"),
    "date-after-update": _m(
        "ngày hoàn thành {date} sau ngày cập nhật tệp (`updated`) {updated}",
        "completed {date} is after the file's `updated` date {updated}"),
    "not-recorder": _m(
        "{agency} không phải là cơ quan ghi nhận sự kiện {event}",
        "{agency} does not record event {event}"),
    "bad-date.event": _m(
        "ngày của sự kiện {date} nằm ngoài thời gian thực hiện kế hoạch",
        "event date {date} is outside the plan's time"),
    # --- hints ------------------------------------------------------------------------
    "hint.did-you-mean": _m(
        "có phải là {name}?",
        "did you mean {name}?"),
    "hint.did-you-mean-any": _m(
        "có phải là {names}?",
        "did you mean {names}?"),
    "hint.one-of": _m(
        "chọn một trong: {options}",
        "one of: {options}"),
    "hint.allowed-fields": _m(
        "ở đây chỉ được dùng: {names}",
        "allowed here: {names}"),
    "hint.split-file": _m(
        "hãy tách tệp, hoặc kiểm tra xem có nộp nhầm tệp không",
        "split it, or check that the right file was committed"),
    "hint.save-utf8": _m(
        "tệp có vẻ ở dạng Windows-1258 hoặc TCVN3 (ABC); hãy lưu lại dạng UTF-8 (Unicode) "
        "và gõ tiếng Việt bằng bảng mã Unicode",
        "the file looks like Windows-1258 or TCVN3 (ABC); save it as UTF-8 (Unicode) "
        "and type Vietnamese with Unicode"),
    "hint.save-utf8-notepad": _m(
        "hãy lưu lại dạng UTF-8 (trong Notepad: Save As, mục Encoding chọn UTF-8)",
        "save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"),
    "hint.save-utf8-text": _m(
        "hãy lưu lại dạng văn bản UTF-8",
        "save it as UTF-8 text"),
    "hint.depth-limit": _m(
        "giới hạn là {limit} cấp",
        "the limit is {limit} levels"),
    "hint.run-init": _m(
        "chạy `cchc init --agency MÃ_CƠ_QUAN` để tạo tệp ban đầu",
        "run `cchc init --agency ID` for a starting file"),
    "hint.plain-values": _m(
        "chỉ ghi giá trị thông thường: thẻ YAML không bao giờ được thực thi ở đây",
        "write plain values: YAML tags never run code here"),
    "hint.no-anchors": _m(
        "không dùng neo (&) và alias (*) của YAML theo cách này",
        "do not use YAML anchors (&) and aliases (*) this way"),
    "hint.write-out-aliases": _m(
        "ghi đầy đủ các giá trị thay vì dùng alias (*)",
        "write the values out instead of using aliases (*)"),
    "hint.first-at-line": _m(
        "xuất hiện lần đầu ở dòng {line}; chỉ giữ một",
        "first at line {line}; keep one"),
    "hint.no-tabs": _m(
        "YAML không cho phép thụt lề bằng phím Tab; hãy dùng dấu cách",
        "YAML does not allow tab characters for indentation; use spaces"),
    "hint.one-document": _m(
        "xóa dòng '---' thừa: mỗi tệp chỉ chứa một tài liệu",
        "remove the extra '---' line: a file holds one document"),
    "hint.quote-colon": _m(
        "giá trị văn bản có chứa ': ' phải đặt trong dấu nháy",
        "a text value containing ': ' must be in quotes"),
    "hint.start-with-fields": _m(
        "bắt đầu tệp bằng các dòng `trường: giá trị`",
        "start with `field: value` lines"),
    "hint.id-format": _m(
        "mã chỉ gồm chữ thường không dấu, chữ số và dấu '-' (ví dụ phong-noi-vu); "
        "mã nhiệm vụ là số thứ tự như trong kế hoạch (ví dụ 2.1)",
        "ids use lowercase ASCII letters, digits and '-' (phong-noi-vu); "
        "task ids are numbers as printed (2.1)"),
    "hint.period-format": _m(
        "ghi năm (2021) hoặc quý (2021-Q3)",
        "write a year (2021) or a quarter (2021-Q3)"),
    "hint.already-entry-of": _m(
        "đã có trong {kind}",
        "already an entry of {kind}"),
    "hint.names-differ": _m(
        "tên được so sánh không phân biệt chữ hoa, chữ thường và dấu; hãy đặt tên khác nhau",
        "names are compared without case and diacritics; make them differ"),
    "hint.list-agencies": _m(
        _LIST_AGENCIES["vi"],
        _LIST_AGENCIES["en"]),
    "hint.heading-only": _m(
        "chỉ dòng tiêu đề có mục con mới được để trống `lead`",
        "only a heading row with sub-items may leave `lead` empty"),
    "hint.unspecified": _m(
        "dùng `- kind: unspecified` khi ô thời hạn để trống",
        "use `- kind: unspecified` when the cell is empty"),
    "hint.part-key": _m(
        "đặt cho mỗi phần một `key` riêng",
        "give each part its own `key`"),
    "hint.rename": _m(
        "đổi tên thành {path}",
        "rename it to {path}"),
    "hint.first-at-entry": _m(
        "đã ghi lần đầu ở mục thứ {n}",
        "first at entry {n}"),
    "hint.heading-use-subitems": _m(
        "nhiệm vụ {task} là dòng tiêu đề; hãy ghi vào các mục con",
        "task {task} is a heading; use its sub-items"),
    "hint.lead-coordinating": _m(
        "chủ trì: {lead}; phối hợp: {coordinating}",
        "lead: {lead}; coordinating: {coordinating}"),
    "hint.parts": _m(
        "các phần: {parts}",
        "parts: {parts}"),
    "hint.period-quarter": _m(
        "ghi rõ kỳ, ví dụ `period: 2020-Q3`",
        "write `period: 2020-Q3`"),
    "hint.period-year": _m(
        "ghi rõ năm, ví dụ `period: 2021`",
        "write `period: 2021`"),
    "hint.remove-period": _m(
        "bỏ dòng `period`",
        "remove `period`"),
    "hint.add-assignee": _m(
        "thêm `assignee: {{name: ..., position: ...}}` (họ tên, chức vụ)",
        "add `assignee: {{name: ..., position: ...}}`"),
    "hint.add-completed": _m(
        "thêm `completed: dd/mm/yyyy` (ngày/tháng/năm hoàn thành)",
        "add `completed: dd/mm/yyyy`"),
    "hint.list-evidence": _m(
        "liệt kê các văn bản, sản phẩm dưới mục `evidence`",
        "list the output documents under `evidence`"),
    "hint.set-done": _m(
        "ghi `status: done`, hoặc bỏ `completed`",
        "set `status: done`, or remove `completed`"),
    "hint.set-updated": _m(
        "ghi `updated` là ngày sửa tệp",
        "set `updated` to the day you edit the file"),
    "hint.recorded-by": _m(
        "cơ quan ghi nhận: {agencies}",
        "recorded by: {agencies}"),
    "hint.recorded-by-plan": _m(
        "ngày của sự kiện này chỉ ghi trong kế hoạch",
        "recorded by: the plan only"),
    "hint.root": _m(
        "chạy cchc trong thư mục kho kế hoạch, hoặc chỉ rõ bằng --root THƯ_MỤC",
        "run cchc inside a plan repository or pass --root DIR"),
    "hint.one-agency": _m(
        "chọn một cơ quan: " + _LIST_AGENCIES["vi"],
        "give one agency: " + _LIST_AGENCIES["en"]),
    "hint.give-file-name": _m(
        "ghi tên tệp sau -o",
        "give a file name with -o"),
    "hint.own-folder": _m(
        "ghi ra một tệp trong thư mục của bạn",
        "write to a file in a folder of yours"),
    "hint.create-folder": _m(
        "tạo thư mục trước, hoặc chọn nơi khác bằng -o",
        "create it first, or choose -o"),
    "hint.force": _m(
        "thêm --force để ghi đè (bản cũ được giữ lại với đuôi .bak)",
        "use --force to replace it (a .bak copy is kept)"),
    "hint.agency-or-all": _m(
        "thêm --agency MÃ_CƠ_QUAN, hoặc --all cho mọi cơ quan",
        "pass --agency ID, or --all for every agency"),
    # --- command-line errors ---------------------------------------------------------
    "usage.no-root": _m(
        "không tìm thấy {plan} trong {folder} hay thư mục nào phía trên",
        "no {plan} in {folder} or any folder above it"),
    "usage.root-without-plan": _m(
        "{folder} không có {plan}",
        "{folder} has no {plan}"),
    "usage.no-agency": _m(
        "không có cơ quan {name}",
        "no agency {name}"),
    "usage.group-not-agency": _m(
        "{id} là một nhóm, không phải một cơ quan",
        "{id} is a group, not one agency"),
    "usage.bad-file-name": _m(
        "không thể dùng {name} làm tên tệp",
        "{name} cannot be used as a file name"),
    "usage.is-folder": _m(
        "{path} là một thư mục",
        "{path} is a folder"),
    "usage.not-regular-file": _m(
        "{path} không phải là tệp thông thường",
        "{path} is not a regular file"),
    "usage.no-folder": _m(
        "thư mục {path} không tồn tại",
        "folder {path} does not exist"),
    "usage.file-exists": _m(
        "tệp {path} đã tồn tại",
        "{path} already exists"),
    "usage.agency-and-all": _m(
        "chỉ dùng --agency hoặc --all, không dùng cả hai",
        "give --agency or --all, not both"),
    "usage.which-agency": _m(
        "chưa chỉ rõ cơ quan nào",
        "which agency?"),
    "usage.plan-and-agencies": _m(
        "chỉ dùng --plan hoặc --agencies, không dùng cả hai",
        "give --plan or --agencies, not both"),
    "write.cannot-write-in": _m(
        "không ghi được vào thư mục {folder}: {reason}",
        "cannot write in {folder}: {reason}"),
    "write.cannot-write": _m(
        "không ghi được {path}: {reason}",
        "cannot write {path}: {reason}"),
    # --- what the commands print on stderr ----------------------------------------------
    "cli.error": _m(
        "cchc: lỗi: {message}",
        "cchc: error: {message}"),
    "cli.hint": _m(
        "  gợi ý: {hint}",
        "  hint: {hint}"),
    "cli.hint-word": _m(
        "gợi ý",
        "hint"),
    "cli.plan-unusable": _m(
        "cchc: kế hoạch có lỗi, không dùng được:",
        "cchc: the plan cannot be used:"),
    "cli.plan-unreadable": _m(
        "không đọc được kế hoạch",
        "the plan could not be read"),
    "cli.checked-ok": _m(
        "đã kiểm tra {files} tệp: không có lỗi",
        "{files} files checked: ok"),
    "cli.checked-errors": _m(
        "đã kiểm tra {files} tệp: {errors} lỗi",
        "{files} files checked: {errors} error(s)"),
    "cli.wrote": _m(
        "đã ghi {path}",
        "wrote {path}"),
    "cli.undated-left-out": _m(
        "bỏ qua {n} nghĩa vụ không có ngày (thường xuyên hoặc chờ sự kiện)",
        "{n} obligation(s) without a date (ongoing or awaiting) left out"),
    "cli.data-problems": _m(
        "cchc: dữ liệu có {n} lỗi; chạy `cchc validate` để xem chi tiết",
        "cchc: {n} data problem(s) found; run `cchc validate` to see them"),
    "cli.internal-error": _m(
        "cchc: lỗi nội bộ ({name}); vui lòng báo lại kèm câu lệnh đã chạy "
        "(thêm --debug để xem chi tiết)",
        "cchc: internal error ({name}); please report it with the command you ran "
        "(add --debug to see the details)"),
}

# `{kind!t}`: the type of a YAML value, as a person would name it
TYPE_NAMES: dict[str, dict[Lang, str]] = {
    "list": _m("danh sách", "list"),
    "str": _m("văn bản", "text"),
    "int": _m("số", "number"),
    "YamlInt": _m("số", "number"),
    "float": _m("số", "number"),
    "YamlFloat": _m("số", "number"),
    "bool": _m("giá trị true/false", "true/false value"),
    "NoneType": _m("giá trị rỗng", "empty value"),
    "dict": _m("nhóm trường", "mapping"),
    "date": _m("ngày", "date"),
    "datetime": _m("ngày giờ", "date and time"),
}


class Msg(NamedTuple):
    """A message as data: its catalog id and its parameters (name, text) in
    name order, so equal messages compare and hash equal."""

    id: str
    params: Params = ()

    def text(self, lang: Lang = "vi") -> str:
        return render(self.id, self.params, lang)

    def with_params(self, **params: object) -> Msg:
        """The same message with more (or other) parameters."""
        return msg(self.id, **{**dict(self.params), **params})


def msg(message_id: str, /, **params: object) -> Msg:
    """`msg("unknown-field", name=quoted(name))`; every value becomes text."""
    return Msg(message_id, tuple(sorted((k, str(v)) for k, v in params.items())))


def text(message_id: str, lang: Lang = "vi", /, **params: object) -> str:
    return msg(message_id, **params).text(lang)


def quoted(value: object) -> str:
    """A value the user wrote, as messages show it: `'asignee'`, `5`, `None`."""
    shown = repr(value)
    return shown if len(shown) <= MAX_SHOWN else shown[: MAX_SHOWN - 1] + "…"


def render(message_id: str, params: Params, lang: Lang = "vi") -> str:
    """The message in `lang`; never raises (a broken template falls back to
    English, then to the id and its parameters)."""
    values = dict(params)
    entry = MESSAGES.get(message_id, {})
    for template, used in ((entry.get(lang), lang), (entry.get("en"), "en")):
        if template is None:
            continue
        try:
            return _Formatter(used).vformat(template, (), values)
        except (KeyError, IndexError, ValueError, AttributeError):
            continue
    return " ".join([message_id, *(f"{k}={v}" for k, v in params)])


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "t":
            names = TYPE_NAMES.get(str(value))
            return names[self.lang] if names else str(value)
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec == "num":
            return _group_digits(str(value), "." if self.lang == "vi" else ",")
        return super().format_field(value, format_spec)


def _group_digits(digits: str, separator: str) -> str:
    if not digits.isdigit():
        return digits
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


def lang_from_argv(argv: Sequence[str]) -> Lang:
    """The `--lang` of a command line (the last one wins, as for any option);
    Vietnamese when there is none. Used for messages printed before or
    outside a command, such as the internal-error line."""
    lang: Lang = "vi"
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value is not None:
            lang = "en" if value == "en" else "vi"
    return lang


class Localized(Exception):
    """An exception whose text is a catalog message (and maybe a hint).

    `context`, when given, is language-neutral text put before the message
    (an option name: `--as-of: ...`). `str()` gives the English text, for logs
    and tracebacks; people see `text(lang)`.
    """

    def __init__(self, message: Msg, hint: Msg | None = None, context: str | None = None) -> None:
        self.message, self.hint, self.context = message, hint, context
        super().__init__(self.text("en"))

    def text(self, lang: Lang = "vi") -> str:
        body = self.message.text(lang)
        return f"{self.context}: {body}" if self.context else body

    def hint_text(self, lang: Lang = "vi") -> str | None:
        return self.hint.text(lang) if self.hint else None

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message, self.hint, self.context))


class InvalidValue(Localized, ValueError):
    """A value a model validator rejects; pydantic reports it as `value_error`
    and the loader turns it back into this message."""
