"""What editors show for each field of the data files (JSON Schema `title` and
`description`, on hover and completion): "title\\ndescription" per entry.

Ids: `schema.<Model>.<field>` for a field whose meaning depends on its model,
else `schema.<field>`. `load/schema.py` uses them; a test checks every field of
every model has one.
"""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

DATE_VI = "viết 17/8/2020 hoặc 2020-08-17 (ngày trước tháng)"
DATE_EN = "write 17/8/2020 or 2020-08-17 (day first)"

MESSAGES: dict[str, dict[Lang, str]] = {
    "schema.date-pattern": both(
        "Không phải là một ngày có thật: " + DATE_VI,
        "Not a real date: " + DATE_EN),
    # --- shared by several models -----------------------------------------------------
    "schema.schema_version": both(
        "Phiên bản định dạng\nLuôn là 1.",
        "Format version\nAlways 1."),
    "schema.id": both(
        "Mã\nChữ thường không dấu, chữ số và dấu '-', ví dụ phong-noi-vu.",
        "Id\nLowercase ASCII letters, digits and '-', e.g. phong-noi-vu."),
    "schema.name": both(
        "Tên\nTên đầy đủ, có dấu.",
        "Name\nThe full name, with diacritics."),
    "schema.aliases": both(
        "Tên gọi khác\nCác cách viết khác trong văn bản (tra cứu không phân biệt hoa "
        "thường, có dấu hay không dấu).",
        "Other names\nOther spellings found in documents (lookups ignore case and "
        "diacritics)."),
    "schema.title": both(
        "Tiêu đề\nNội dung ngắn gọn.",
        "Title\nA short statement of it."),
    "schema.status": both(
        "Tình trạng\nchưa thực hiện, đang thực hiện, đã hoàn thành (có dấu hoặc không) hoặc "
        "mã not_started, in_progress, done; khi đã hoàn thành phải có completed và evidence.",
        "Status\nnot_started, in_progress or done (or the Vietnamese words chưa thực hiện, "
        "đang thực hiện, đã hoàn thành); done needs completed and evidence."),
    "schema.completed": both(
        "Ngày hoàn thành\nNgày công việc hoàn thành; " + DATE_VI + ".",
        "Completed on\nThe day the work was finished; " + DATE_EN + "."),
    "schema.evidence": both(
        "Văn bản, sản phẩm kiểm chứng\nCác văn bản, sản phẩm chứng minh kết quả (số/ký hiệu, "
        "ngày, trích yếu, đường dẫn).",
        "Evidence\nThe documents or products that show the result (number, date, title, "
        "link)."),
    "schema.notes": both(
        "Ghi chú\nGhi chú của cơ quan về tiến độ.",
        "Notes\nThe agency's notes on progress."),
    "schema.request_due": both(
        "Hạn theo yêu cầu\nVới nhiệm vụ thực hiện \"theo yêu cầu\": hạn mà văn bản yêu cầu "
        "đặt ra; " + DATE_VI + ".",
        "Due on request\nFor tasks done \"on request\": the date the request set; "
        + DATE_EN + "."),
    "schema.position": both(
        "Chức vụ\nVí dụ: Chuyên viên, Phó Trưởng phòng.",
        "Position\nFor example: Chuyên viên, Phó Trưởng phòng."),
    "schema.phone": both(
        "Điện thoại\nSố điện thoại liên hệ.",
        "Phone\nA contact telephone number."),
    "schema.email": both(
        "Thư điện tử\nĐịa chỉ thư điện tử công vụ.",
        "Email\nThe official email address."),
    "schema.level": both(
        "Cấp\nhuyen hoặc xa: dùng cho thời hạn khác nhau theo cấp.",
        "Level\nhuyen or xa: used by deadlines that differ by level."),
    "schema.key": both(
        "Mã phần thời hạn\nCần khi ô thời hạn có nhiều phần; các cơ quan ghi kết quả theo "
        "mã này (part:).",
        "Part key\nNeeded when a deadline cell has several parts; agencies report by it "
        "(part:)."),
    "schema.label": both(
        "Tên phần thời hạn\nCác chữ của phần này trong ô thời hạn.",
        "Part label\nThe words of this part in the deadline cell."),
    "schema.holders": both(
        "Ai phải thực hiện\nlead (cơ quan chủ trì), coordinating (cơ quan phối hợp) hoặc all "
        "(mọi cơ quan được giao); mặc định lead cho phần có hạn, all cho phần còn lại. Cơ quan "
        "không phải thực hiện chỉ phối hợp: không tính quá hạn.",
        "Who delivers it\nlead, coordinating or all; default lead for dated parts, all for "
        "the others. The other agencies only support it: never overdue."),
    "schema.kind": both(
        "Loại thời hạn\ndate, month_end, annual, quarterly, relative, ongoing, on_request, "
        "per_regulation hoặc unspecified.",
        "Deadline kind\ndate, month_end, annual, quarterly, relative, ongoing, on_request, "
        "per_regulation or unspecified."),
    "schema.qualifier": both(
        "Cách ghi hạn\nbefore: \"trước ngày X\"; by: \"chậm nhất ngày X\".",
        "How the day is written\nbefore: \"before X\"; by: \"by X\"."),
    "schema.basis": both(
        "Căn cứ\nVăn bản hoặc cơ quan đặt ra thời hạn, như kế hoạch ghi.",
        "Basis\nThe document or body that sets the time, as the plan writes it."),
    "schema.event": both(
        "Sự kiện\nMã một sự kiện trong phần events của kế hoạch.",
        "Event\nThe id of an event in the plan's events."),
    # --- an agency's progress file --------------------------------------------------------
    "schema.AssignmentFile.agency": both(
        "Cơ quan\nMã của cơ quan giữ tệp này (trùng tên tệp).",
        "Agency\nThe id of the agency that keeps this file (its file name)."),
    "schema.AssignmentFile.contact": both(
        "Cán bộ đầu mối\nNgười theo dõi tệp này; tệp được tính là đã nộp khi có họ tên.",
        "Contact\nWho keeps this file; the file counts as handed in once a name is given."),
    "schema.AssignmentFile.updated": both(
        "Ngày cập nhật\nNgày sửa tệp gần nhất; " + DATE_VI + ".",
        "Updated\nThe day the file was last edited; " + DATE_EN + "."),
    "schema.AssignmentFile.events": both(
        "Sự kiện đã xảy ra\nNgày của các sự kiện mà kế hoạch giao cơ quan này ghi nhận.",
        "Events\nDates of the events the plan lets this agency record."),
    "schema.AssignmentFile.tasks": both(
        "Nhiệm vụ\nMỗi nhiệm vụ cơ quan được giao: người phụ trách, tình trạng, kết quả.",
        "Tasks\nEach task the agency holds: who is responsible, status, results."),
    "schema.Person.name": both(
        "Họ và tên\nHọ tên đầy đủ, có dấu.",
        "Full name\nThe person's full name, with diacritics."),
    "schema.EventRecord.date": both(
        "Ngày sự kiện\nNgày sự kiện xảy ra; " + DATE_VI + ".",
        "Event date\nThe day it happened; " + DATE_EN + "."),
    "schema.EventRecord.source": both(
        "Văn bản\nVăn bản cho thấy ngày đó (số, ngày, trích yếu).",
        "Source\nThe document that shows the date."),
    "schema.Evidence.number": both(
        "Số/ký hiệu\nSố và ký hiệu văn bản, ví dụ 12/BC-PNV.",
        "Number\nThe document's number and symbol, e.g. 12/BC-PNV."),
    "schema.Evidence.date": both(
        "Ngày văn bản\nNgày ban hành văn bản; " + DATE_VI + ".",
        "Document date\nThe day the document was issued; " + DATE_EN + "."),
    "schema.Evidence.title": both(
        "Trích yếu\nTrích yếu nội dung văn bản hoặc tên sản phẩm.",
        "Title\nWhat the document is about, or the product's name."),
    "schema.Evidence.link": both(
        "Đường dẫn\nĐịa chỉ trang web hoặc đường dẫn tệp (nếu có).",
        "Link\nA web address or file path, if any."),
    "schema.TaskEntry.task": both(
        "Nhiệm vụ\nSố thứ tự nhiệm vụ như trong kế hoạch, ví dụ \"2.6\".",
        "Task\nThe task's number as printed in the plan, e.g. \"2.6\"."),
    "schema.TaskEntry.assignee": both(
        "Cá nhân phụ trách\nNgười chịu trách nhiệm thực hiện (họ tên, chức vụ).",
        "Person responsible\nWho carries it out (name, position)."),
    "schema.TaskEntry.deadline": both(
        "Hạn nội bộ\nHạn cơ quan tự đặt (nếu có); " + DATE_VI + ".",
        "Internal deadline\nThe agency's own deadline, if any; " + DATE_EN + "."),
    "schema.TaskEntry.periods": both(
        "Từng kỳ\nVới nhiệm vụ định kỳ: kết quả của từng năm hoặc quý.",
        "Periods\nFor periodic tasks: the result of each year or quarter."),
    "schema.PeriodEntry.period": both(
        "Kỳ\nNăm (2021, năm 2021), quý (2021-Q3, Quý III/2021) hoặc, khi sự kiện xảy ra hai "
        "lần trong năm, ngày của sự kiện (2021-03-15).",
        "Period\nA year (2021), a quarter (2021-Q3 or Q3/2021) or, when an event happens "
        "twice in a year, the event's date (2021-03-15)."),
    "schema.PeriodEntry.part": both(
        "Phần thời hạn\nMã phần (key) khi nhiệm vụ có nhiều phần trong cùng một kỳ.",
        "Part\nThe part's key when a task has several parts in one period."),
    # --- the registry -----------------------------------------------------------------------
    "schema.AgencyRegistry.agencies": both(
        "Cơ quan, đơn vị\nMỗi phòng ban, đơn vị, xã, thị trấn một mục.",
        "Agencies\nOne entry per office, unit, commune or town."),
    "schema.AgencyRegistry.groups": both(
        "Nhóm\nCác nhóm kế hoạch gọi chung, ví dụ \"UBND các xã, thị trấn\".",
        "Groups\nThe groups the plan names, e.g. \"UBND các xã, thị trấn\"."),
    "schema.Agency.short": both(
        "Tên ngắn\nIn ở bảng hẹp (cchc status): phần phân biệt cơ quan, ví dụ Ia Rmok.",
        "Short name\nFor narrow tables (cchc status): what tells it apart, e.g. Ia Rmok."),
    "schema.Agency.kind": both(
        "Loại\nVí dụ phong, don-vi, ubnd-xa.",
        "Kind\nFor example phong, don-vi, ubnd-xa."),
    "schema.Agency.head": both(
        "Chức danh người đứng đầu\nIn ở khối chữ ký, ví dụ Trưởng phòng.",
        "Head's title\nPrinted in the signature block, e.g. Trưởng phòng."),
    "schema.Agency.named": both(
        "Kế hoạch nêu tên\ntrue khi văn bản kế hoạch nêu tên cơ quan này.",
        "Named by the plan\ntrue when the plan document names this agency itself."),
    "schema.Agency.leader": both(
        "Lãnh đạo phụ trách\nChủ tịch hoặc Phó Chủ tịch phụ trách cơ quan, ví dụ "
        "\"Phó Chủ tịch Nguyễn Văn A\"; để xem theo lãnh đạo.",
        "Leader in charge\nThe Chủ tịch or Phó Chủ tịch in charge of the agency; for the "
        "views by leader."),
    "schema.Group.members": both(
        "Thành viên\nMã các cơ quan hoặc nhóm thuộc nhóm này.",
        "Members\nIds of the agencies or groups in this group."),
    # --- the plan ---------------------------------------------------------------------------
    "schema.Plan.document": both(
        "Văn bản kế hoạch\nSố, ngày, cơ quan ban hành, trích yếu.",
        "The plan document\nNumber, date, issuer, title."),
    "schema.Plan.settings": both(
        "Thiết lập\nNgày bắt đầu, cách tính hạn, cơ quan theo dõi.",
        "Settings\nStart, how deadlines count, the coordinator."),
    "schema.Plan.report": both(
        "Báo cáo tổng hợp\nThứ tự cơ quan và các đề xuất của báo cáo tổng hợp.",
        "Consolidated report\nAgency order and the draft proposals."),
    "schema.Plan.events": both(
        "Sự kiện\nNhững việc mà các thời hạn \"sau N ngày kể từ…\" chờ.",
        "Events\nWhat \"N days after …\" deadlines wait for."),
    "schema.Plan.sections": both(
        "Các mục\nCác mục của phụ lục (I, II, …).",
        "Sections\nThe appendix's sections (I, II, …)."),
    "schema.Plan.milestones": both(
        "Mốc thời hạn chung\nCác thời hạn ở phần nội dung của kế hoạch.",
        "Milestones\nThe deadlines in the body of the plan."),
    "schema.Plan.tasks": both(
        "Nhiệm vụ\nCác dòng của phụ lục.",
        "Tasks\nThe rows of the appendix."),
    "schema.DocumentInfo.number": both(
        "Số/ký hiệu\nVí dụ 34/KH-UBND.",
        "Number\nFor example 34/KH-UBND."),
    "schema.DocumentInfo.number_note": both(
        "Ghi chú về số\nĐiều chưa chắc chắn về số văn bản.",
        "Note on the number\nWhat is uncertain about it."),
    "schema.DocumentInfo.date": both(
        "Ngày ban hành\n" + DATE_VI + "; để trống nếu không đọc được.",
        "Date of issue\n" + DATE_EN + "; empty when illegible."),
    "schema.DocumentInfo.date_text": both(
        "Ngày như văn bản ghi\nKhi không đọc được ngày.",
        "Date as written\nWhen the date cannot be read."),
    "schema.DocumentInfo.year": both(
        "Năm\nNăm ban hành kế hoạch.",
        "Year\nThe year of the plan."),
    "schema.DocumentInfo.issuer": both(
        "Cơ quan ban hành\nTên đầy đủ, ví dụ Ủy ban nhân dân huyện Krông Pa.",
        "Issuer\nThe full name, e.g. Ủy ban nhân dân huyện Krông Pa."),
    "schema.DocumentInfo.issuer_short": both(
        "Tên ngắn\nVí dụ UBND huyện Krông Pa.",
        "Short name\nFor example UBND huyện Krông Pa."),
    "schema.DocumentInfo.province": both(
        "Tỉnh\nTên tỉnh.",
        "Province\nThe province's name."),
    "schema.DocumentInfo.place": both(
        "Địa danh\nIn ở dòng \"…, ngày … tháng … năm …\".",
        "Place\nPrinted in the \"…, ngày … tháng … năm …\" line."),
    "schema.DocumentInfo.title": both(
        "Trích yếu\nTên kế hoạch.",
        "Title\nThe plan's title."),
    "schema.DocumentInfo.signer": both(
        "Người ký\nHọ tên và chức danh người ký.",
        "Signer\nName and title of who signs."),
    "schema.DocumentInfo.basis": both(
        "Căn cứ\nCác văn bản kế hoạch thực hiện.",
        "Basis\nThe documents the plan carries out."),
    "schema.Signer.name": both(
        "Họ và tên\nNgười ký.",
        "Name\nWho signs."),
    "schema.Signer.title": both(
        "Chức vụ\nChức vụ của chính người ký, ví dụ Phó Chủ tịch, Phó Trưởng phòng.",
        "Title\nThe signer's own position, e.g. Phó Chủ tịch, Phó Trưởng phòng."),
    "schema.Settings.start": both(
        "Ngày bắt đầu\nNgày bắt đầu tính nghĩa vụ; " + DATE_VI + ".",
        "Start\nThe first day obligations count from; " + DATE_EN + "."),
    "schema.Settings.horizon": both(
        "Ngày kết thúc\nSau ngày này không sinh thêm kỳ định kỳ.",
        "Horizon\nNo periodic obligations after this day."),
    "schema.Settings.before_inclusive": both(
        "Trước ngày X tính cả ngày X\ntrue: hoàn thành trong ngày X vẫn đúng hạn.",
        "Before X includes X\ntrue: finishing on X is on time."),
    "schema.Settings.roll_to_working_day": both(
        "Chuyển hạn khỏi ngày nghỉ\ntrue (mặc định): hạn rơi vào ngày nghỉ chuyển sang ngày "
        "làm việc tiếp theo, cho mọi thời hạn (Bộ luật Dân sự 2015, Điều 148 khoản 5).",
        "Roll off days off\ntrue (the default): a last day on a day off moves to the next "
        "working day, for every deadline (Civil Code 2015, Article 148.5)."),
    "schema.Settings.holidays": both(
        "Ngày lễ\nMã quốc gia của ngày nghỉ lễ, ví dụ VN.",
        "Holidays\nThe country code of public holidays, e.g. VN."),
    "schema.Settings.coordinator": both(
        "Cơ quan theo dõi\nCơ quan tổng hợp, ví dụ phong-noi-vu.",
        "Coordinator\nWho consolidates, e.g. phong-noi-vu."),
    "schema.Settings.recipient": both(
        "Nơi nhận báo cáo\nVí dụ UBND huyện.",
        "Recipient\nFor example UBND huyện."),
    "schema.ReportSettings.agency_order": both(
        "Thứ tự cơ quan\nnot_submitted (chưa nộp trước), overdue (nhiều việc quá hạn trước).",
        "Agency order\nnot_submitted first, overdue (most overdue first)."),
    "schema.ReportSettings.proposals": both(
        "Đề xuất\nCác đề xuất dự thảo, theo thứ tự.",
        "Proposals\nThe draft proposals, in order."),
    "schema.Proposal.text": both(
        "Nội dung\n{count} là số cơ quan nêu tên, {coordinator} là cơ quan theo dõi.",
        "Text\n{count} is how many agencies it names, {coordinator} the coordinator."),
    "schema.Proposal.agencies": both(
        "Cơ quan nêu tên\nnot_submitted, unreadable, overdue hoặc missed.",
        "Agencies named\nnot_submitted, unreadable, overdue or missed."),
    "schema.Proposal.task": both(
        "Nhiệm vụ\nVới missed: nhiệm vụ có thời hạn bị lỡ; với mọi loại: chỉ nêu tên cơ quan "
        "được nhiệm vụ này giao.",
        "Task\nWith missed: the task whose deadline was missed; with any kind: only agencies "
        "this task binds are named."),
    "schema.Event.recurs": both(
        "Lặp lại\nonce (một lần) hoặc yearly (hằng năm).",
        "Recurs\nonce or yearly."),
    "schema.Event.dates": both(
        "Ngày đã biết\nNgày sự kiện xảy ra, nếu kế hoạch đã biết.",
        "Known dates\nWhen it happened, if the plan knows."),
    "schema.Event.recorded_by": both(
        "Cơ quan ghi nhận\nCơ quan được ghi ngày sự kiện trong tệp của mình.",
        "Recorded by\nAgencies whose files may record its dates."),
    "schema.Task.id": both(
        "Số thứ tự\nNhư in trong kế hoạch, luôn trong dấu nháy, ví dụ \"2.6\".",
        "Number\nAs printed, always quoted, e.g. \"2.6\"."),
    "schema.Task.section": both(
        "Mục\nMã mục của phụ lục, ví dụ I.",
        "Section\nThe section's id, e.g. I."),
    "schema.Task.parent": both(
        "Dòng cha\nVới mục con: số của dòng chứa nó.",
        "Parent\nFor sub-items: the row they stand in."),
    "schema.Task.text": both(
        "Nội dung đầy đủ\nNội dung nhiệm vụ như văn bản ghi.",
        "Full text\nThe task as written."),
    "schema.Task.outputs": both(
        "Sản phẩm đầu ra\nCác sản phẩm kế hoạch yêu cầu.",
        "Outputs\nThe products the plan asks for."),
    "schema.Task.lead": both(
        "Cơ quan chủ trì\nMã cơ quan hoặc nhóm; để trống cho dòng tiêu đề có mục con.",
        "Lead\nAgency or group ids; empty for a heading with sub-items."),
    "schema.Task.lead_text": both(
        "Ô chủ trì\nNhư văn bản ghi.",
        "Lead cell\nAs written."),
    "schema.Task.coordinating": both(
        "Cơ quan phối hợp\nMã cơ quan hoặc nhóm.",
        "Coordinating\nAgency or group ids."),
    "schema.Task.coordinating_text": both(
        "Ô phối hợp\nNhư văn bản ghi.",
        "Coordinating cell\nAs written."),
    "schema.Task.deadline_text": both(
        "Ô thời hạn\nThời gian hoàn thành như văn bản ghi.",
        "Deadline cell\nAs written."),
    "schema.Task.deadline": both(
        "Quy tắc thời hạn\nMột hoặc nhiều phần; mỗi phần một loại thời hạn.",
        "Deadline rules\nOne or more parts, each of one kind."),
    "schema.Task.note": both(
        "Ghi chú chép lại\nChữ mất, số suy đoán khi chép từ bản quét.",
        "Transcription note\nLost words, inferred numbers."),
    "schema.Task.submits_file": both(
        "Nghĩa vụ gửi tệp\ntrue: nhiệm vụ là gửi bảng phân công, báo cáo của cơ quan; chưa "
        "hoàn thành khi tệp của cơ quan chưa được gửi.",
        "Submits the file\ntrue: the task is sending the agency's file; not done while the "
        "file is not submitted."),
    "schema.Section.id": both(
        "Mã mục\nNhư in (số La Mã).",
        "Section id\nAs printed (roman numeral)."),
    "schema.DatePart.date": both(
        "Ngày\nNgày hạn; " + DATE_VI + ".",
        "Date\nThe due day; " + DATE_EN + "."),
    "schema.MonthEndPart.month": both(
        "Tháng\nCuối tháng này, viết 9/2020.",
        "Month\nThe end of this month, written 9/2020."),
    "schema.AnnualPart.on": both(
        "Ngày trong năm\nViết 31/12.",
        "Day of the year\nWritten 31/12."),
    "schema.AnnualPart.for_next_year": both(
        "Cho năm sau\ntrue: kỳ mang tên năm sau (kế hoạch năm sau ban hành trước 31/12).",
        "For next year\ntrue: the period is named after next year."),
    "schema.QuarterlyPart.days_after_end": both(
        "Số ngày sau cuối quý\n0: ngày cuối quý.",
        "Days after the quarter\n0: the quarter's last day."),
    "schema.RelativePart.days": both(
        "Số ngày\nSau N ngày kể từ ngày tiếp theo của sự kiện.",
        "Days\nN days counted from the day after the event."),
}
