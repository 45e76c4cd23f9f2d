"""Plans as YAML text: the draft `cchc plan import` writes, the registry entries
it proposes, and what the deadline parser makes of one phrase.

Fields come in the order of the shipped plan, ids stay quoted strings, cell
texts of several lines are literal blocks, lists of ids are written on one
line, and fields that say nothing (null, an empty review) are left out, except
the cell texts, which are always there: they are what every inference is read
from.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml

from cchc_plan.core.dates import vn_date
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.load.models import Plan

TASK_ORDER = ("id", "section", "parent", "title", "text", "outputs", "lead", "lead_text",
              "coordinating", "coordinating_text", "submits_file", "deadline_text", "deadline",
              "note", "review")
ALWAYS = frozenset({"id", "title", "text", "outputs", "lead", "lead_text", "coordinating",
                    "coordinating_text", "deadline_text", "deadline"})
PART_FIRST = ("key", "kind")
PART_LAST = ("level", "holders", "label")
FLOW_LISTS = frozenset({"lead", "coordinating", "recorded_by", "members", "aliases"})
SETTINGS_DEFAULTS = {"before_inclusive": True, "roll_to_working_day": False, "holidays": "VN",
                     "recipient": "UBND huyện"}


class _Flow(list[Any]):
    """A list written on one line: [phong-noi-vu, ubnd-xa-thi-tran]."""


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    """Several lines as a literal block; a text with ' (a quoted name in a note)
    in double quotes rather than doubling each quote."""
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if "'" in value and '"' not in value and "\\" not in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(_Flow, _flow)


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def render_plan(plan: Plan, source: str, lang: Lang) -> str:
    """The draft plan file, with a header saying where it comes from and what to do."""
    header = text("import.yaml-header", lang, file=source).splitlines()
    lines = ["# yaml-language-server: $schema=../schemas/plan.schema.json", "#",
             *(f"# {line}".rstrip() for line in header)]
    return "\n".join(lines) + "\n" + dump(plan_data(plan))


def plan_data(plan: Plan) -> dict[str, Any]:
    raw = plan.model_dump(mode="json")
    data: dict[str, Any] = {"schema_version": raw["schema_version"]}
    if raw["review"]:
        data["review"] = raw["review"]
    data["document"] = without_nulls(raw["document"])
    data["settings"] = {k: v for k, v in raw["settings"].items()
                        if v is not None and SETTINGS_DEFAULTS.get(k, object()) != v}
    if plan.report.proposals or plan.report.agency_order:
        data["report"] = without_nulls(raw["report"])
    for name in ("events", "sections"):
        data[name] = [flow_lists(without_nulls(item)) for item in raw[name]]
    if raw["milestones"]:
        data["milestones"] = [task_data(t) for t in raw["milestones"]]
    data["tasks"] = [task_data(t) for t in raw["tasks"]]
    return data


def task_data(task: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name in TASK_ORDER:
        value = task.get(name)
        if name not in ALWAYS and (value is None or value is False or value == []):
            continue
        out[name] = [part_data(p) for p in value or []] if name == "deadline" else value
    return flow_lists(out)


def part_data(part: dict[str, Any]) -> dict[str, Any]:
    kept = {k: v for k, v in part.items() if v is not None and not (v is False and k in (
        "for_next_year", "working_days"))}
    if kept.get("day_of_last_month") is not None:
        kept.pop("days_after_end", None)
    if isinstance(kept.get("date"), str):
        kept["date"] = vn_date(date.fromisoformat(kept["date"]))  # as officers write it
    order = [*PART_FIRST, *(k for k in kept if k not in PART_FIRST + PART_LAST), *PART_LAST]
    return flow_lists({k: kept[k] for k in order if k in kept})


def without_nulls(value: Any) -> Any:
    """Mappings without their null fields, all the way down."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def flow_lists(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _Flow(v) if k in FLOW_LISTS and isinstance(v, list) else v
            for k, v in data.items()}


def registry_data(proposals: list[dict[str, str]]) -> dict[str, Any]:
    return {"schema_version": 1, "agencies": proposals}


def render_registry(proposals: list[dict[str, str]], source: str, lang: Lang) -> str:
    """A starting registry (plan/agencies.yaml) of the agencies a plan names."""
    header = text("import.registry-header", lang, file=source).splitlines()
    lines = ["# yaml-language-server: $schema=../schemas/agencies.schema.json", "#",
             *(f"# {line}".rstrip() for line in header)]
    return "\n".join(lines) + "\n" + dump(registry_data(proposals))


def render_phrase(parts: list[dict[str, Any]], events: list[dict[str, str]]) -> str:
    """What the parser makes of a phrase, as the plan would hold it."""
    data: dict[str, Any] = {"deadline": [flow_lists(p) for p in parts]}
    if events:
        data["events"] = events
    return dump(data)
