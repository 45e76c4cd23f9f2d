"""The plan (plan/appendix.yaml): document, settings, events, sections, tasks
and their deadline rules."""

from typing import Annotated, Literal, NamedTuple, Self

from pydantic import BeforeValidator, Field, StringConstraints, model_validator

from cchc_plan.core.messages import InvalidValue, msg
from cchc_plan.load.models.types import (
    DayMonth,
    Id,
    Ids,
    NonEmpty,
    PlanDate,
    Strict,
    TaskId,
    Text,
    YearMonth,
    _as_text,
    no_items,
)


class Person(Strict):
    name: Text | None = None
    position: Text | None = None
    phone: Text | None = None
    email: Text | None = None


SignForm = Literal["KT", "TL", "TUQ", "Q"]
"""How a document is signed for someone else (Nghị định 30/2020/NĐ-CP, Điều 13):
ký thay (KT.), thừa lệnh (TL.), thừa ủy quyền (TUQ.), quyền (Q.)."""


class Signer(Strict):
    """Who signs a document, printed as the signature block: the authority
    line(s) in capitals, then the name."""

    name: Text | None = None
    title: Text | None = Field(None, description="the signer's own position, e.g. Phó Chủ tịch")
    form: SignForm | None = Field(
        None, description="KT (ký thay), TL (thừa lệnh), TUQ (thừa ủy quyền), Q (quyền); "
        "omitted when the head signs")
    authority: Text | None = Field(
        None, description="the position signed for with `form`, e.g. Chủ tịch (default: the "
        "agency's head)")
    collective: Text | None = Field(
        None, description="a collective body signed for, printed 'TM. <collective>', "
        "e.g. Ủy ban nhân dân")


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
    basis: list[NonEmpty] = Field(default_factory=no_items)


class Settings(Strict):
    start: PlanDate
    horizon: PlanDate | None = None
    before_inclusive: bool = Field(True, description="'trước ngày X': X itself is on time")
    roll_to_working_day: bool = Field(
        True, description="a last day on a weekend or public holiday moves to the next working "
        "day (Bộ luật Dân sự 2015, Điều 148 khoản 5), for every deadline of the plan")
    holidays: Text | None = Field("VN", description="country code of public holidays")
    coordinator: NonEmpty | None = None
    recipient: Text = "UBND huyện"


class Event(Strict):
    id: Id
    name: NonEmpty
    recurs: Literal["once", "yearly"] = "once"
    dates: list[PlanDate] = Field(default_factory=no_items)
    recorded_by: Ids = Field(default_factory=no_items)


class Section(Strict):
    id: Annotated[str, BeforeValidator(_as_text), StringConstraints(min_length=1)]
    title: NonEmpty


Role = Literal["lead", "coordinating"]
Holders = Literal["lead", "coordinating", "all"]
DATED_KINDS = ("date", "month_end", "annual", "semiannual", "quarterly", "monthly", "relative")
"""Parts whose due date the plan gives: by default only the lead delivers them."""


class _Part(Strict):
    key: Id | None = None
    label: Text | None = None
    level: Text | None = None
    holders: Holders | None = Field(
        None, description="who must deliver this part: lead, coordinating or all (default: "
        "lead for parts the plan dates, all for the others)")

    @property
    def name(self) -> str:
        return self.key or str(getattr(self, "kind"))  # noqa: B009

    @property
    def held_by_default(self) -> Holders:
        return "lead" if getattr(self, "kind") in DATED_KINDS else "all"  # noqa: B009

    def held_by(self, role: Role) -> bool:
        """Whether an agency in this role must deliver the part; the others
        named by the task support it (shown, never late, never in a rate)."""
        holders = self.holders or self.held_by_default
        return holders in ("all", role)


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


class _PeriodicPart(_Part):
    """Due once a period (month, quarter, half-year): on the period's last day
    plus `days_after_end`, or on `day_of_last_month` of its last month."""

    days_after_end: int = Field(0, ge=0)
    day_of_last_month: int | None = Field(
        None, ge=1, le=31,
        description="'trước ngày 20 của tháng cuối quý': due on this day of the period's "
        "last month (its last day when the month is shorter)")

    @model_validator(mode="after")
    def _one_offset(self) -> Self:
        if self.day_of_last_month is not None and self.days_after_end:
            raise InvalidValue(msg("import.model-two-offsets"))
        return self


class MonthlyPart(_PeriodicPart):
    kind: Literal["monthly"]
    days_after_end: int = Field(0, ge=0, le=31)


class QuarterlyPart(_PeriodicPart):
    kind: Literal["quarterly"]
    days_after_end: int = Field(0, ge=0, le=92)


class SemiannualPart(_PeriodicPart):
    kind: Literal["semiannual"]
    days_after_end: int = Field(0, ge=0, le=183)


class RelativePart(_Part):
    kind: Literal["relative"]
    event: Id
    days: int | None = Field(None, ge=1, le=3660)
    months: int | None = Field(None, ge=1, le=120, description="'sau 6 tháng kể từ …'")
    working_days: bool = Field(
        False, description="count `days` in working days (weekends and holidays skipped)")

    @model_validator(mode="after")
    def _one_length(self) -> Self:
        if (self.days is None) == (self.months is None):
            raise InvalidValue(msg("import.model-days-or-months"))
        if self.working_days and self.days is None:
            raise InvalidValue(msg("import.model-working-months"))
        return self


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
    | SemiannualPart
    | MonthlyPart
    | RelativePart
    | OngoingPart
    | OnRequestPart
    | PerRegulationPart
    | UnspecifiedPart,
    Field(discriminator="kind"),
]
PERIODIC = ("annual", "quarterly", "semiannual", "monthly")
PeriodicPart = MonthlyPart | QuarterlyPart | SemiannualPart
IMPLIED_PART = OngoingPart.model_construct(kind="ongoing")
"""The part an agency holds when no part of the task is for its level (the
same value as `OngoingPart(kind="ongoing")`, made without building the
class's validator at import)."""


class PartFor(NamedTuple):
    """A deadline part as one agency meets it: held (it must deliver it) or supported."""

    part: DeadlinePart
    held: bool


class Task(Strict):
    id: TaskId
    section: Text | None = None
    parent: TaskId | None = None
    title: NonEmpty
    text: Text = ""
    outputs: list[NonEmpty] = Field(default_factory=no_items)
    lead: Ids = Field(default_factory=no_items)
    lead_text: Text = ""
    coordinating: Ids = Field(default_factory=no_items)
    coordinating_text: Text = ""
    deadline_text: Text = ""
    deadline: list[DeadlinePart] = Field(default_factory=no_items)
    note: Text | None = None
    submits_file: bool = Field(
        False, description="the duty to send the agency's progress file (bảng phân công, "
        "báo cáo kết quả): not done while that file is not submitted")
    review: list[NonEmpty] = Field(
        default_factory=no_items,
        description="what an import guessed, for a person to check; `cchc validate` warns "
        "until each note is removed")

    @property
    def is_heading(self) -> bool:
        return not self.lead

    def parts_for(self, role: Role, level: str | None) -> list[PartFor]:
        """The deadline parts that concern an agency in this role and at this
        level, each held or supported; an ongoing part when none is for its level."""
        parts = [PartFor(p, p.held_by(role)) for p in self.deadline
                 if p.level is None or p.level == level]
        return parts or [PartFor(IMPLIED_PART, True)]


ProposalAgencies = Literal["not_submitted", "unreadable", "overdue", "missed"]


class Proposal(Strict):
    """One draft proposal of the consolidated report.

    With `agencies`, the proposal names agencies and is left out when there
    are none: `not_submitted` (no file handed in), `unreadable` (a file with
    errors), `overdue` (handed in, with obligations overdue) or `missed`
    (overdue or done late on `task`). With `task`, only agencies that task
    binds (that hold an obligation of it) are named, whatever the kind. In
    `text`, `{count}` is how many agencies it names and `{coordinator}` the
    plan's coordinator."""

    text: NonEmpty
    agencies: ProposalAgencies | None = None
    task: TaskId | None = None


AgencyOrder = Literal["not_submitted", "overdue"]


class ReminderSettings(Strict):
    """The coordinator's reminder letter (công văn đôn đốc) issued in the
    district's name."""

    symbol: Text | None = Field(
        None, description="ký hiệu after 'Số: …/', e.g. UBND-NV (default: the issuer's and the "
        "coordinator's abbreviations)")
    signer: Signer | None = Field(None, description="default: document.signer")
    reply_days: int = Field(7, ge=1, le=90, description="days from the letter to the reply date")
    copies: list[NonEmpty] = Field(
        default_factory=no_items, description="other lines of 'Nơi nhận', e.g. Lãnh đạo UBND huyện")


class ReportSettings(Strict):
    """How the consolidated report orders agencies and what it proposes."""

    agency_order: list[AgencyOrder] = Field(
        default_factory=no_items,
        description="sort keys for agencies; registry order breaks ties")
    proposals: list[Proposal] = Field(default_factory=no_items)
    reminder: ReminderSettings = Field(default_factory=ReminderSettings)


class Plan(Strict):
    schema_version: Literal[1] = 1
    review: list[NonEmpty] = Field(
        default_factory=no_items,
        description="guesses an import made about the document and settings")
    document: DocumentInfo
    settings: Settings
    report: ReportSettings = Field(default_factory=ReportSettings)
    events: list[Event] = Field(default_factory=no_items)
    sections: list[Section] = Field(default_factory=no_items)
    milestones: list[Task] = Field(default_factory=no_items)
    tasks: list[Task] = Field(min_length=1)

    def all_tasks(self) -> list[Task]:
        return [*self.milestones, *self.tasks]
