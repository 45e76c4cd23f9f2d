"""An agency's progress file (assignments/<agency>.yaml)."""

from typing import Annotated, Any, Literal, get_args

from pydantic import BeforeValidator, Field, WithJsonSchema

from cchc_plan.core.catalog import CATALOG
from cchc_plan.core.text import fold
from cchc_plan.load.models.plan import Person, Signer
from cchc_plan.load.models.types import (
    Id,
    NonEmpty,
    PeriodId,
    PlanDate,
    Strict,
    TaskId,
    Text,
    no_items,
)

StatusCode = Literal["not_started", "in_progress", "done"]
STATUS_INPUT_CODES: tuple[StatusCode, ...] = get_args(StatusCode)
STATUS_ALIASES: dict[str, StatusCode] = {
    fold(CATALOG[f"progress.{code}"][lang]): code
    for code in STATUS_INPUT_CODES for lang in ("vi", "en")}
"""What officers type for a status: the catalog's labels (`progress.*`: "Đã
hoàn thành", "đang thuc hien", "Done") in any case, with or without diacritics."""


def _status_alias(value: Any) -> Any:
    if isinstance(value, str) and value not in STATUS_INPUT_CODES:
        return STATUS_ALIASES.get(fold(value), value)
    return value


_STATUS_WORDS = [CATALOG[f"progress.{code}"]["vi"] for code in STATUS_INPUT_CODES]
STATUS_SPELLINGS = [*STATUS_INPUT_CODES, *_STATUS_WORDS, *(w.lower() for w in _STATUS_WORDS),
                    *(fold(w) for w in _STATUS_WORDS)]
"""The spellings editors offer (the schema's enum); cchc accepts any case."""
Status = Annotated[
    StatusCode,
    BeforeValidator(_status_alias),
    WithJsonSchema({
        "enum": STATUS_SPELLINGS,
        "description": "not_started, in_progress, done; or in Vietnamese: chưa thực hiện, "
                       "đang thực hiện, đã hoàn thành (with or without diacritics)",
    }),
]


class Evidence(Strict):
    number: Text | None = Field(None, description="số/ký hiệu, e.g. 34/KH-UBND")
    date: PlanDate | None = None
    title: NonEmpty
    link: Text | None = Field(None, description="URL or file path")


class Progress(Strict):
    status: Status = "not_started"
    completed: PlanDate | None = None
    evidence: list[Evidence] = Field(default_factory=no_items)
    notes: Text | None = None
    request_due: PlanDate | None = Field(
        None, description="due date set by a request, for 'theo yêu cầu' deadlines"
    )


class PeriodEntry(Progress):
    period: PeriodId | None = Field(None, description="2020 or 2020-Q3")
    part: Id | None = Field(None, description="deadline part key, when a task has several")


class TaskEntry(Progress):
    task: TaskId
    assignee: Person | None = None
    deadline: PlanDate | None = Field(None, description="the agency's internal deadline")
    periods: list[PeriodEntry] = Field(default_factory=no_items)


class EventRecord(Strict):
    event: Id
    date: PlanDate
    source: Text | None = Field(None, description="the document that shows the date")


class Narrative(Strict):
    """The report's own words (IV.1 asks agencies to "làm rõ nguyên nhân, trách
    nhiệm, đề ra giải pháp khắc phục"); each one a section of the report. A line
    is a paragraph."""

    results: Text | None = Field(None, description="kết quả đạt được")
    shortcomings: Text | None = Field(None, description="tồn tại, hạn chế")
    causes: Text | None = Field(None, description="nguyên nhân (và trách nhiệm)")
    solutions: Text | None = Field(None, description="giải pháp khắc phục")
    proposals: Text | None = Field(None, description="kiến nghị, đề xuất")


class AssignmentFile(Strict):
    schema_version: Literal[1] = 1
    agency: NonEmpty = Field(description="agency id (or its name)")
    contact: Person | None = None
    signer: Signer | None = Field(None, description="who signs the agency's report")
    updated: PlanDate
    narrative: Narrative | None = None
    events: list[EventRecord] = Field(default_factory=no_items)
    tasks: list[TaskEntry] = Field(default_factory=no_items)
