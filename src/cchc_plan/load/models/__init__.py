"""The data model: pydantic v2 models of the plan, the agency registry and an
agency's progress file. Every model forbids unknown fields.

Models check what one value can know about itself (a date is real, an id is
well formed). What needs several files (an agency exists, a task involves the
agency) is the `check` stage's.

The model modules do without `from __future__ import annotations`: with it,
pydantic evaluates every field's annotation from its text (a compile each)
when a class is made; without it, Python hands the objects over.
"""

from cchc_plan.load.models.assignment import (
    AssignmentFile,
    EventRecord,
    Evidence,
    Narrative,
    PeriodEntry,
    Progress,
    Status,
    TaskEntry,
)
from cchc_plan.load.models.plan import (
    IMPLIED_PART,
    PERIODIC,
    AnnualPart,
    DatePart,
    DeadlinePart,
    DocumentInfo,
    Event,
    Holders,
    MonthEndPart,
    MonthlyPart,
    OngoingPart,
    OnRequestPart,
    PartFor,
    PeriodicPart,
    PerRegulationPart,
    Person,
    Plan,
    Proposal,
    QuarterlyPart,
    RelativePart,
    ReminderSettings,
    ReportSettings,
    Role,
    Section,
    SemiannualPart,
    Settings,
    Signer,
    SignForm,
    Task,
    UnspecifiedPart,
)
from cchc_plan.load.models.registry import Agency, AgencyRegistry, Group, Named

__all__ = [
    "IMPLIED_PART", "PERIODIC", "Agency", "AgencyRegistry", "AnnualPart", "AssignmentFile",
    "DatePart", "DeadlinePart", "DocumentInfo", "Event", "EventRecord", "Evidence", "Group",
    "Holders", "MonthEndPart", "MonthlyPart", "Named", "Narrative", "OnRequestPart", "OngoingPart",
    "PartFor", "PerRegulationPart", "PeriodEntry", "PeriodicPart", "Person", "Plan", "Progress",
    "Proposal", "QuarterlyPart", "RelativePart", "ReminderSettings", "ReportSettings", "Role",
    "Section", "SemiannualPart", "Settings", "SignForm", "Signer", "Status", "Task", "TaskEntry",
    "UnspecifiedPart",
]
