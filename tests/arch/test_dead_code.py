"""No dead code: vulture finds no unused function, class, method, property or
import in the package. (Unused attributes and variables are left out: most are
pydantic fields and attributes set on python-docx and openpyxl objects.)"""

from __future__ import annotations

from pathlib import Path

import pytest

import cchc_plan

vulture = pytest.importorskip("vulture", reason="vulture is in the test extras")

KINDS = {"function", "class", "method", "property", "import", "unreachable_code"}
USED_BY_PYTHON = {
    "__getattr__",  # the package's lazy exports (PEP 562)
    "descend_resolver", "ascend_resolver",  # called by PyYAML's composer (load.yamlio)
    "write_worksheet",  # called by openpyxl's ExcelWriter.write_data (render.xlsx_io)
}


def test_no_dead_code() -> None:
    scan = vulture.Vulture(ignore_decorators=["@app.command", "@app.callback", "@form_app.command",
                                              "@form_app.callback", "@model_validator",
                                              "@plan_app.command", "@plan_app.callback",
                                              "@deadline_app.command",
                                              "@deadline_app.callback"])
    scan.scavenge([str(Path(cchc_plan.__file__).parent)])
    dead = [f"{item.filename}:{item.first_lineno}: unused {item.typ} {item.name}"
            for item in scan.get_unused_code(min_confidence=60)
            if item.typ in KINDS and item.name not in USED_BY_PYTHON]
    assert not dead, "\n".join(dead)
