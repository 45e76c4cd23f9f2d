"""The data model: pydantic v2 models of the plan, the agency registry and an
agency's progress file. Every model forbids unknown fields.

Models check what one value can know about itself (a date is real, an id is
well formed). What needs several files (an agency exists, a task involves the
agency) is in `checks.py`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)

from cchc_plan.core import dates
from cchc_plan.core.messages import InvalidValue, msg, quoted
from cchc_plan.load.yamlio import YamlFloat, YamlInt


def _as_text(value: Any) -> Any:
    """Numbers written without quotes keep the digits as typed (`2.10`, `2020`)."""
    if isinstance(value, YamlFloat | YamlInt):
        return value.source
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def _as_date(value: Any) -> date:
    return dates.parse_date(value)


def _as_day_month(value: Any) -> str:
    day, month = dates.parse_day_month(_as_text(value))
    return f"{day:02d}/{month:02d}"


def _as_month(value: Any) -> str:
    year, month = dates.parse_month(_as_text(value))
    return f"{month:02d}/{year}"


_DATE_SCHEMA = {
    "type": "string",
    "pattern": r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})$",
    "description": "2020-08-17 or 17/8/2020 (day first)",
}
_NUMBERISH = {"anyOf": [{"type": "string"}, {"type": "number"}]}

Text = Annotated[str, BeforeValidator(_as_text), WithJsonSchema(_NUMBERISH)]
NonEmpty = Annotated[
    str,
    BeforeValidator(_as_text),
    StringConstraints(strip_whitespace=True, min_length=1),
    WithJsonSchema({"type": "string", "minLength": 1}),
]
Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$"),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"}),
]
TaskId = Annotated[
    str,
    BeforeValidator(_as_text),
    StringConstraints(pattern=r"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$"),
    WithJsonSchema(_NUMBERISH),
]
PeriodId = Annotated[
    str,
    BeforeValidator(_as_text),
    StringConstraints(pattern=r"^\d{4}(-Q[1-4])?$"),
    WithJsonSchema(
        {"anyOf": [{"type": "string", "pattern": r"^\d{4}(-Q[1-4])?$"}, {"type": "integer"}]}
    ),
]
PlanDate = Annotated[date, BeforeValidator(_as_date), WithJsonSchema(_DATE_SCHEMA)]
DayMonth = Annotated[
    str,
    BeforeValidator(_as_day_month),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,2}/\d{1,2}$"}),
]
YearMonth = Annotated[
    str,
    BeforeValidator(_as_month),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,2}/\d{4}$"}),
]


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    twice = [v for v in values if v in seen or seen.add(v)]  # type: ignore[func-returns-value]
    if twice:
        raise InvalidValue(msg("wrong-type.listed-twice", value=quoted(twice[0])))
    return values


Ids = Annotated[list[NonEmpty], AfterValidator(_unique)]
"""Agency or group references: ids, or names that the registry resolves."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# --- agency registry (plan/agencies.yaml) -------------------------------------


class Named(Strict):
    """An agency or a group: an id, a name and other spellings."""

    id: Id
    name: NonEmpty
    aliases: list[NonEmpty] = []


class Agency(Named):
    kind: Text | None = None
    level: Text | None = None
    head: Text | None = Field(None, description="title of the agency's head, for signatures")
    named: bool = Field(False, description="the plan document names this agency itself")


class Group(Named):
    members: Ids = Field(min_length=1)


class AgencyRegistry(Strict):
    schema_version: Literal[1] = 1
    agencies: list[Agency] = Field(min_length=1)
    groups: list[Group] = []


# --- the plan (plan/appendix.yaml) --------------------------------------------


class Person(Strict):
    name: Text | None = None
    position: Text | None = None
    phone: Text | None = None
    email: Text | None = None


class Signer(Strict):
    name: Text | None = None
    title: Text | None = Field(None, description="e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")


class DocumentInfo(Strict):
    number: Text | None = None
    number_note: Text | None = None
    date: PlanDate | None = None
    date_text: Text | None = None
    year: int
    issuer: NonEmpty
    issuer_short: NonEmpty
    province: Text | None = None
    place: NonEmpty
    title: NonEmpty
    signer: Signer | None = None
    basis: list[NonEmpty] = []


class Settings(Strict):
    start: PlanDate
    horizon: PlanDate | None = None
    before_inclusive: bool = Field(True, description="'trước ngày X': X itself is on time")
    roll_to_working_day: bool = False
    holidays: Text | None = Field("VN", description="country code of public holidays")
    coordinator: NonEmpty | None = None
    recipient: Text = "UBND huyện"


class Event(Strict):
    id: Id
    name: NonEmpty
    recurs: Literal["once", "yearly"] = "once"
    dates: list[PlanDate] = []
    recorded_by: Ids = []


class Section(Strict):
    id: Annotated[str, BeforeValidator(_as_text), StringConstraints(min_length=1)]
    title: NonEmpty


Role = Literal["lead", "coordinating"]


class _Part(Strict):
    key: Id | None = None
    label: Text | None = None
    level: Text | None = None
    roles: list[Role] | None = None
    roll: bool | None = Field(None, description="move a weekend/holiday last day forward")

    @property
    def name(self) -> str:
        return self.key or str(getattr(self, "kind"))  # noqa: B009


class DatePart(_Part):
    kind: Literal["date"]
    date: PlanDate
    qualifier: Literal["before", "by"] = "before"


class MonthEndPart(_Part):
    kind: Literal["month_end"]
    month: YearMonth


class AnnualPart(_Part):
    kind: Literal["annual"]
    on: DayMonth
    qualifier: Literal["before", "by"] = "before"
    for_next_year: bool = False


class QuarterlyPart(_Part):
    kind: Literal["quarterly"]
    days_after_end: int = Field(0, ge=0, le=92)


class RelativePart(_Part):
    kind: Literal["relative"]
    event: Id
    days: int = Field(ge=1, le=3660)


class OngoingPart(_Part):
    kind: Literal["ongoing"]


class OnRequestPart(_Part):
    kind: Literal["on_request"]
    basis: Text | None = None


class PerRegulationPart(_Part):
    kind: Literal["per_regulation"]
    basis: Text | None = None


class UnspecifiedPart(_Part):
    kind: Literal["unspecified"]


DeadlinePart = Annotated[
    DatePart
    | MonthEndPart
    | AnnualPart
    | QuarterlyPart
    | RelativePart
    | OngoingPart
    | OnRequestPart
    | PerRegulationPart
    | UnspecifiedPart,
    Field(discriminator="kind"),
]
PERIODIC = ("annual", "quarterly")
IMPLIED_PART = OngoingPart(kind="ongoing")
"""The part an agency holds when a task's dated parts are for others only."""


class Task(Strict):
    id: TaskId
    section: Text | None = None
    parent: TaskId | None = None
    title: NonEmpty
    text: Text = ""
    outputs: list[NonEmpty] = []
    lead: Ids = []
    lead_text: Text = ""
    coordinating: Ids = []
    coordinating_text: Text = ""
    deadline_text: Text = ""
    deadline: list[DeadlinePart] = []
    note: Text | None = None

    @property
    def is_heading(self) -> bool:
        return not self.lead

    def parts_for(self, role: Role, level: str | None) -> list[DeadlinePart]:
        """The deadline parts an agency in this role and at this level holds;
        an ongoing part when the dated ones are for others only."""
        parts = [p for p in self.deadline
                 if (p.roles is None or role in p.roles) and (p.level is None or p.level == level)]
        return parts or [IMPLIED_PART]


class Plan(Strict):
    schema_version: Literal[1] = 1
    document: DocumentInfo
    settings: Settings
    events: list[Event] = []
    sections: list[Section] = []
    milestones: list[Task] = []
    tasks: list[Task] = Field(min_length=1)

    def all_tasks(self) -> list[Task]:
        return [*self.milestones, *self.tasks]


# --- an agency's progress file (assignments/<agency>.yaml) ---------------------

Status = Literal["not_started", "in_progress", "done"]


class Evidence(Strict):
    number: Text | None = Field(None, description="số/ký hiệu, e.g. 34/KH-UBND")
    date: PlanDate | None = None
    title: NonEmpty
    link: Text | None = Field(None, description="URL or file path")


class Progress(Strict):
    status: Status = "not_started"
    completed: PlanDate | None = None
    evidence: list[Evidence] = []
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
    periods: list[PeriodEntry] = []


class EventRecord(Strict):
    event: Id
    date: PlanDate
    source: Text | None = Field(None, description="the document that shows the date")


class AssignmentFile(Strict):
    schema_version: Literal[1] = 1
    agency: NonEmpty = Field(description="agency id (or its name)")
    contact: Person | None = None
    updated: PlanDate
    events: list[EventRecord] = []
    tasks: list[TaskEntry] = []
