"""JSON Schemas of the data files for editors (yaml-language-server reads the
`# yaml-language-server: $schema=...` line) and other tools (check-jsonschema).

Generated from the pydantic models, then made helpful: every field gets a
title, a description and examples in the person's language (`schema.*` in the
catalog); dates have patterns that refuse impossible days and months (the
models' `DATE_PATTERN`); "done"
requires `completed` and `evidence`; and for one plan, `task` and `agency`
become lists to pick from, each task with its title and each agency with its
name. `cchc validate` stays the judge: the schema only helps while typing.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel

from cchc_plan.core.catalog import CATALOG
from cchc_plan.core.lang import Lang
from cchc_plan.core.text import fold
from cchc_plan.load.directory import Directory
from cchc_plan.load.models import AgencyRegistry, AssignmentFile, Plan
from cchc_plan.load.models.assignment import STATUS_ALIASES, STATUS_SPELLINGS
from cchc_plan.load.models.types import DATE_PATTERN

Kind = Literal["assignment", "plan", "agencies"]
MODELS: dict[Kind, type[BaseModel]] = {
    "assignment": AssignmentFile,
    "plan": Plan,
    "agencies": AgencyRegistry,
}
TITLES: dict[Kind, str] = {
    "assignment": "cchc agency progress file (assignments/<agency>.yaml)",
    "plan": "cchc plan (plan/appendix.yaml)",
    "agencies": "cchc agency registry (plan/agencies.yaml)",
}

EXAMPLES: dict[str, list[Any]] = {
    "schema_version": [1], "id": ["phong-noi-vu"], "name": ["Phòng Nội vụ"],
    "aliases": [["Phòng Nội vụ huyện"]], "title": ["Báo cáo kết quả khắc phục"],
    "status": ["done", "đã hoàn thành"], "completed": ["17/8/2020"], "evidence": [[{
        "number": "12/BC-PNV", "date": "14/8/2020", "title": "Báo cáo kết quả thực hiện"}]],
    "notes": ["Đã hoàn thành 6/12 đơn vị"], "request_due": ["15/12/2020"],
    "position": ["Chuyên viên"], "phone": ["0269 3853 123"],
    "email": ["hoa.pnv@example.gov.vn"], "level": ["huyen"], "key": ["bao-cao"],
    "label": ["Báo cáo kết quả"], "holders": ["lead"], "kind": ["date"],
    "qualifier": ["before"], "basis": ["Theo yêu cầu của UBND tỉnh"],
    "event": ["tinh-phe-duyet-ke-hoach"],
    "AssignmentFile.agency": ["phong-noi-vu"],
    "AssignmentFile.contact": [{"name": "Nguyễn Thị Hoa", "position": "Chuyên viên"}],
    "AssignmentFile.updated": ["10/9/2020"],
    "AssignmentFile.events": [[{"event": "tinh-phe-duyet-ke-hoach", "date": "5/8/2020"}]],
    "AssignmentFile.tasks": [[{"task": "7", "status": "in_progress"}]],
    "Person.name": ["Nguyễn Thị Hoa"], "EventRecord.date": ["5/8/2020"],
    "EventRecord.source": ["Quyết định số 512/QĐ-UBND ngày 05/8/2020"],
    "Evidence.number": ["12/BC-PNV"], "Evidence.date": ["14/8/2020"],
    "Evidence.title": ["Báo cáo kết quả khắc phục tồn tại, hạn chế"],
    "Evidence.link": ["https://example.gov.vn/bao-cao.pdf"],
    "TaskEntry.task": ["2.6"], "TaskEntry.assignee": [{"name": "Trần Văn Nam",
                                                        "position": "Phó Trưởng phòng"}],
    "TaskEntry.deadline": ["12/8/2020"],
    "TaskEntry.periods": [[{"period": "2020-Q3", "status": "done", "completed": "2/10/2020",
                            "evidence": [{"title": "Báo cáo quý III"}]}]],
    "PeriodEntry.period": ["2021", "2021-Q3", "Quý III/2021"], "PeriodEntry.part": ["bao-cao"],
    "AgencyRegistry.agencies": [[{"id": "phong-noi-vu", "name": "Phòng Nội vụ"}]],
    "AgencyRegistry.groups": [[{"id": "ubnd-xa-thi-tran", "name": "UBND các xã, thị trấn",
                                "members": ["ubnd-xa-mau"]}]],
    "Agency.short": ["Ia Rmok"], "Agency.kind": ["phong"], "Agency.head": ["Trưởng phòng"],
    "Agency.named": [True],
    "Group.members": [["phong-noi-vu", "phong-tu-phap"]],
    "Plan.document": [{"year": 2021, "issuer": "Ủy ban nhân dân huyện Mẫu"}],
    "Plan.settings": [{"start": "1/1/2021"}], "Plan.report": [{"agency_order": ["overdue"]}],
    "Plan.events": [[{"id": "tinh-phe-duyet", "name": "UBND tỉnh phê duyệt kế hoạch"}]],
    "Plan.sections": [[{"id": "I", "title": "Công tác chỉ đạo điều hành"}]],
    "Plan.milestones": [[{"id": "IV.1", "title": "Gửi báo cáo", "lead": ["phong-noi-vu"]}]],
    "Plan.tasks": [[{"id": "1", "title": "Ban hành kế hoạch CCHC", "lead": ["phong-noi-vu"]}]],
    "DocumentInfo.number": ["12/KH-UBND"], "DocumentInfo.number_note": ["Số viết tay"],
    "DocumentInfo.date": ["15/1/2021"], "DocumentInfo.date_text": ["ngày … tháng … năm 2021"],
    "DocumentInfo.year": [2021], "DocumentInfo.issuer": ["Ủy ban nhân dân huyện Mẫu"],
    "DocumentInfo.issuer_short": ["UBND huyện Mẫu"], "DocumentInfo.province": ["Gia Lai"],
    "DocumentInfo.place": ["Mẫu"], "DocumentInfo.title": ["Kế hoạch cải cách hành chính"],
    "DocumentInfo.signer": [{"name": "Nguyễn Văn A", "title": "KT. CHỦ TỊCH"}],
    "DocumentInfo.basis": [["Kế hoạch số 10/KH-UBND ngày 5/1/2021 của UBND tỉnh"]],
    "Signer.name": ["Nguyễn Văn A"], "Signer.title": ["Phó Chủ tịch"],
    "Signer.form": ["KT"], "Signer.authority": ["Chủ tịch"],
    "Signer.collective": ["Ủy ban nhân dân"],
    "AssignmentFile.signer": [{"name": "Trần Văn Nam", "title": "Phó Trưởng phòng",
                               "form": "KT", "authority": "Trưởng phòng"}],
    "AssignmentFile.narrative": [{"results": "Đã ban hành Bộ tiêu chí đánh giá CCHC."}],
    "Narrative.results": ["Đã ban hành Bộ tiêu chí đánh giá công tác CCHC."],
    "Narrative.shortcomings": ["Kế hoạch đào tạo chưa ban hành đúng thời hạn."],
    "Narrative.causes": ["Quyết định phê duyệt của UBND tỉnh ban hành muộn."],
    "Narrative.solutions": ["Hoàn thành kế hoạch đào tạo trước ngày 30/9/2020."],
    "Narrative.proposals": ["Đề nghị UBND huyện chỉ đạo các cơ quan gửi báo cáo đúng hạn."],
    "ReportSettings.reminder": [{"symbol": "UBND-NV", "reply_days": 7}],
    "ReminderSettings.symbol": ["UBND-NV"],
    "ReminderSettings.signer": [{"name": "Nguyễn Văn A", "title": "Phó Chủ tịch",
                                 "form": "KT", "authority": "Chủ tịch"}],
    "ReminderSettings.reply_days": [7],
    "ReminderSettings.copies": [["Phòng Nội vụ (theo dõi)"]],
    "Settings.start": ["1/1/2021"], "Settings.horizon": ["31/12/2021"],
    "Settings.before_inclusive": [True], "Settings.roll_to_working_day": [True],
    "Settings.holidays": ["VN"], "Settings.coordinator": ["phong-noi-vu"],
    "Settings.recipient": ["UBND huyện"], "ReportSettings.agency_order": [["not_submitted"]],
    "ReportSettings.proposals": [[{"text": "Phê bình {count} cơ quan chưa gửi báo cáo:",
                                   "agencies": "not_submitted"}]],
    "Proposal.text": ["Phê bình {count} cơ quan, đơn vị chưa gửi báo cáo:"],
    "Proposal.agencies": ["missed"], "Proposal.task": ["IV.1"],
    "Event.recurs": ["yearly"], "Event.dates": [["5/8/2021"]],
    "Event.recorded_by": [["phong-noi-vu"]], "Task.id": ["2.6"], "Task.section": ["I"],
    "Task.parent": ["2"], "Task.text": ["Nội dung nhiệm vụ như văn bản ghi"],
    "Task.outputs": [["Báo cáo kết quả"]], "Task.lead": [["phong-noi-vu"]],
    "Task.lead_text": ["Phòng Nội vụ"], "Task.coordinating": [["ubnd-xa-thi-tran"]],
    "Task.coordinating_text": ["UBND các xã, thị trấn"],
    "Task.deadline_text": ["Trước ngày 17/8/2020"],
    "Task.deadline": [[{"kind": "date", "date": "17/8/2020", "qualifier": "before"}]],
    "Task.note": ["Số thứ tự suy ra từ thứ tự các dòng"], "Section.id": ["II"],
    "Task.submits_file": [True], "Agency.leader": ["Phó Chủ tịch Nguyễn Văn A"],
    "DatePart.date": ["17/8/2020"], "MonthEndPart.month": ["9/2020"],
    "AnnualPart.on": ["31/12"], "AnnualPart.for_next_year": [True],
    "QuarterlyPart.days_after_end": [0], "RelativePart.days": [30],
    "days_after_end": [0, 15], "day_of_last_month": [20], "months": [6],
    "working_days": [True], "review": [["năm lấy theo năm của kế hoạch: 2021 ('trước ngày 30/6')"]],
}


def field_key(model: str, field: str) -> str:
    """The catalog id and example key of one field: model-specific when the
    catalog has one, else the shared one."""
    return f"{model}.{field}" if f"schema.{model}.{field}" in CATALOG else field


def schema_for(kind: Kind, lang: Lang, plan: Plan | None = None,
               directory: Directory | None = None) -> dict[str, Any]:
    schema = MODELS[kind].model_json_schema()
    for name, definition in [(MODELS[kind].__name__, schema), *schema.get("$defs", {}).items()]:
        _annotate(name, definition, lang)
        if name in ("TaskEntry", "PeriodEntry"):
            definition.update(_done_rule())
    if kind == "assignment" and plan is not None and directory is not None:
        _plan_choices(schema, plan, directory)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": TITLES[kind],
            **{k: v for k, v in schema.items() if k != "title"}}


def schema_text(kind: Kind, lang: Lang, plan: Plan | None = None,
                directory: Directory | None = None) -> str:
    return json.dumps(schema_for(kind, lang, plan, directory), ensure_ascii=False,
                      indent=2) + "\n"


def schema_filename(kind: Kind) -> str:
    return f"{kind}.schema.json"


def _annotate(model: str, definition: dict[str, Any], lang: Lang) -> None:
    for field, prop in definition.get("properties", {}).items():
        _explain_dates(prop, lang)
        key = field_key(model, field)
        entry = CATALOG.get(f"schema.{key}")
        if entry is None:
            continue  # a test keeps this from happening
        title, _, description = entry[lang].partition("\n")
        prop["title"], prop["description"] = title, description
        if key in EXAMPLES:
            prop["examples"] = EXAMPLES[key]


def _explain_dates(node: Any, lang: Lang) -> None:
    """A date that does not match says why in words (editors show
    `patternErrorMessage` instead of the regular expression)."""
    if isinstance(node, dict):
        if node.get("pattern") == DATE_PATTERN:
            node["patternErrorMessage"] = CATALOG["schema.date-pattern"][lang]
        for value in node.values():
            _explain_dates(value, lang)
    elif isinstance(node, list):
        for value in node:
            _explain_dates(value, lang)


def _done_rule() -> dict[str, Any]:
    done = [w for w in STATUS_SPELLINGS if STATUS_ALIASES.get(fold(w), w) == "done"]
    return {"if": {"properties": {"status": {"enum": done}}, "required": ["status"]},
            "then": {"required": ["completed", "evidence"],
                     "properties": {"evidence": {"minItems": 1}}}}


def _plan_choices(schema: dict[str, Any], plan: Plan, directory: Directory) -> None:
    """`task` and `agency` as this plan's choices, each with its title or name."""
    tasks = [t for t in plan.all_tasks() if not t.is_heading]
    entry = schema["$defs"]["TaskEntry"]["properties"]["task"]
    entry.pop("anyOf", None)
    entry["oneOf"] = [{"const": choice, "description": f"{t.id}. {t.title}"}
                      for t in tasks for choice in _spellings(t.id)]
    agency = schema["properties"]["agency"]
    agency.pop("type", None)
    agency.pop("minLength", None)
    agency["oneOf"] = [{"const": a.id, "description": a.name} for a in directory.agencies.values()]


def _spellings(task_id: str) -> list[str | int]:
    """A task id as YAML may carry it: the text, and the integer when unquoted
    digits mean the same ("7" and 7; never 2.10 as a float)."""
    return [task_id, int(task_id)] if task_id.isdigit() else [task_id]
