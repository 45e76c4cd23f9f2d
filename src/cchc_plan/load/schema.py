"""JSON Schemas of the data files, generated from the pydantic models.

The repository keeps them in `schemas/` for editors (the `yaml-language-server`
modeline) and for other tools (check-jsonschema); a test fails when they drift.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel

from cchc_plan.load.models import AgencyRegistry, AssignmentFile, Plan

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


def schema_filename(kind: Kind) -> str:
    return f"{kind}.schema.json"


def schema_text(kind: Kind) -> str:
    schema = MODELS[kind].model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": TITLES[kind], **{k: v for k, v in schema.items() if k != "title"}}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
