"""The one catalog of every sentence cchc shows a person, by id, in vi and en.

Each module holds one area's entries; ids never repeat across modules (a test
checks it, and that both languages use the same placeholders). This package
imports no third-party library: the CLI imports it on every run.
"""

from __future__ import annotations

from cchc_plan.core.catalog import (
    adopt,
    checks,
    commands,
    computer,
    documents,
    files,
    forms,
    help,
    hints,
    labels,
    leaders,
    plan_import,
    reading,
    report,
    schema,
    security,
    site,
    status_view,
)
from cchc_plan.core.lang import Lang

AREAS = (reading, checks, hints, commands, labels, files, report, adopt, schema, help,
         documents, forms, status_view, site, plan_import, security, computer, leaders)

CATALOG: dict[str, dict[Lang, str]] = {}
for _area in AREAS:
    CATALOG.update(_area.MESSAGES)
