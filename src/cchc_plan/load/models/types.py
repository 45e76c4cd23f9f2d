"""Value types shared by the models: text that may be written as a number,
ids, dates as officers write them, and the base model that forbids unknown
fields."""

from datetime import date
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    StringConstraints,
    WithJsonSchema,
)

from cchc_plan.core import dates
from cchc_plan.core.messages import InvalidValue, msg, quoted
from cchc_plan.load.numbers import number_source


def _as_text(value: Any) -> Any:
    """Numbers written without quotes keep the digits as typed (`2.10`, `2020`)."""
    if type(value) is str:  # most values, and every value read back from the cache
        return value
    source = number_source(value)
    if source is not None:
        return source
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


_D = r"(?:0?[1-9]|[12]\d|3[01])"  # any day
_D30, _D29 = r"(?:0?[1-9]|[12]\d|30)", r"(?:0?[1-9]|1\d|2\d)"
_M31, _M30, _M2 = r"(?:0?[13578]|1[02])", r"(?:0?[469]|11)", r"0?2"
_DAY_MONTH = rf"(?:{_D}[/.-]{_M31}|{_D30}[/.-]{_M30}|{_D29}[/.-]{_M2})"
_MONTH_DAY = rf"(?:{_M31}-{_D}|{_M30}-{_D30}|{_M2}-{_D29})"
DATE_PATTERN = rf"^(?:\d{{4}}-{_MONTH_DAY}|{_DAY_MONTH}[/.-]\d{{4}})$"
"""2020-08-17 or 17/8/2020 (also 17.8.2020, 17-8-2020): no 31/4, no 30/2, no month 13.
(29/2 of a common year passes here; cchc validate refuses it.)"""


_DATE_SCHEMA = {"type": "string", "pattern": DATE_PATTERN}
_NUMBERISH = {"anyOf": [{"type": "string"}, {"type": "number"}]}

Text = Annotated[str, BeforeValidator(_as_text), WithJsonSchema(_NUMBERISH)]
# Constraints come before the BeforeValidator: pydantic then checks them in its
# core (a constraint after a validator is checked by a Python call per value).
NonEmpty = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    BeforeValidator(_as_text),
    WithJsonSchema({"type": "string", "minLength": 1}),
]
Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$"),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"}),
]
TaskId = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$"),
    BeforeValidator(_as_text),
    WithJsonSchema(_NUMBERISH),
]
PeriodId = Annotated[
    str,
    BeforeValidator(lambda value: dates.parse_period(_as_text(value))),
    WithJsonSchema({
        "anyOf": [{"type": "string"}, {"type": "integer"}],
        "description": "a year (2021, năm 2021), a half-year (2021-H1, 6 tháng đầu năm 2021), "
                       "a quarter (2021-Q3, Quý III/2021), a month (2021-M07, tháng 7/2021) "
                       "or, for an event that happens twice in a year, the event's date "
                       "(2021-03-15)",
        "examples": ["2021", "2021-H1", "2021-Q3", "2021-M07", "Quý III/2021", "năm 2021"],
    }),
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


def no_items() -> list[Any]:
    """A new empty list, the default of the models' list fields: what
    `default_factory=list` gives, without pydantic reading the signature of the
    builtin `list` from its text at every build (5 ms a run for 23 fields)."""
    return []


Ids = Annotated[list[NonEmpty], AfterValidator(_unique)]
"""Agency or group references: ids, or names that the registry resolves."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
