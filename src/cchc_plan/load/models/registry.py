"""The agency registry (plan/agencies.yaml): agencies and the groups a plan names."""

from typing import Literal

from pydantic import Field

from cchc_plan.load.models.types import Id, Ids, NonEmpty, Strict, Text, no_items


class Named(Strict):
    """An agency or a group: an id, a name and other spellings."""

    id: Id
    name: NonEmpty
    aliases: list[NonEmpty] = Field(default_factory=no_items)


class Agency(Named):
    short: Text | None = Field(
        None, description="short name for narrow tables, keeping what tells it apart "
        "(Ia Rmok, Tài chính - KH)")
    kind: Text | None = None
    level: Text | None = None
    head: Text | None = Field(None, description="title of the agency's head, for signatures")
    named: bool = Field(False, description="the plan document names this agency itself")
    leader: Text | None = Field(
        None, description="lãnh đạo phụ trách: the Chủ tịch or Phó Chủ tịch in charge of the "
        "agency, for the views each leader reads (status --by leader, reports, site)")


class Group(Named):
    members: Ids = Field(min_length=1)


class AgencyRegistry(Strict):
    schema_version: Literal[1] = 1
    agencies: list[Agency] = Field(min_length=1)
    groups: list[Group] = Field(default_factory=no_items)
