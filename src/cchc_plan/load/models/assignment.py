"""An agency's progress file (assignments/<agency>.yaml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from cchc_plan.load.models.plan import Person, Signer
from cchc_plan.load.models.types import Id, NonEmpty, PeriodId, PlanDate, Strict, TaskId, Text

Status = Literal["not_started", "in_progress", "done"]


class Evidence(Strict):
    number: Text | None = Field(None, description="số/ký hiệu, e.g. 34/KH-UBND")
    date: PlanDate | None = None
    title: NonEmpty
    link: Text | None = Field(None, description="URL or file path")


class Progress(Strict):
    status: Status = "not_started"
    completed: PlanDate | None = None
    evidence: list[Evidence] = Field(default_factory=list)
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
    periods: list[PeriodEntry] = Field(default_factory=list)


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
    events: list[EventRecord] = Field(default_factory=list)
    tasks: list[TaskEntry] = Field(default_factory=list)
