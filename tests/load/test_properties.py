"""Property tests: whatever bytes arrive, `cchc` answers with problems or success,
never an exception; text that differs only in encoding means the same."""

from __future__ import annotations

import codecs
import os
import unicodedata
from datetime import date

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_plan.app import open_project
from cchc_plan.check import run_checks
from cchc_plan.core.problems import Problem, sorted_problems
from cchc_plan.load.models import AssignmentFile
from cchc_plan.load.project import Project
from cchc_plan.load.reader import model_from_bytes
from cchc_plan.load.yamlio import load_bytes
from helpers import EXAMPLES as EXAMPLE_FILES
from helpers import MINI

BASE = open_project(MINI, today=date(2030, 1, 1), use_cache=False)
REAL = (EXAMPLE_FILES / "positive" / "phong-noi-vu.yaml").read_bytes()
NAME = "assignments/phong-noi-vu.yaml"
EXAMPLES = int(os.environ.get("CCHC_FUZZ_EXAMPLES", "300"))  # raise it for a long run
FAST = settings(max_examples=EXAMPLES, deadline=2000,
                suppress_health_check=[HealthCheck.too_slow])


def validate(raw: bytes) -> list[Problem]:
    """The whole pipeline for one agency file against the mini plan."""
    loaded, problems = model_from_bytes(raw, NAME, AssignmentFile)
    project = Project(BASE.root, BASE.plan, BASE.registry, [loaded], [],
                      BASE.directory, BASE.today)
    result = sorted_problems([*problems, *run_checks(project)])
    for problem in result:
        assert problem.path == NAME
        assert problem.line >= 1
        assert problem.column >= 1
        assert problem.code
        assert problem.message
    return result


def test_the_real_file_is_clean() -> None:
    assert validate(REAL) == []


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes(raw: bytes) -> None:
    load_bytes(raw, "f.yaml")
    validate(raw)


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20), st.dates().map(str))
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["agency", "updated", "tasks", "task", "status",
                                       "completed", "evidence", "periods", "period", "title",
                                       "contact", "name", "events", "x"]) | st.text(max_size=8),
                      inner, max_size=5),
    max_leaves=30,
)


@FAST
@given(documents)
def test_random_documents(data: object) -> None:
    validate(yaml.safe_dump(data, allow_unicode=True).encode("utf-8"))


@st.composite
def mutations(draw: st.DrawFn) -> bytes:
    lines = REAL.decode("utf-8").split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "insert", "swap", "truncate"]))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "insert":
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.text(max_size=3)) + lines[i][pos:]
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        if not lines:
            lines = [""]
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@FAST
@given(mutations())
def test_mutations_of_a_real_file(raw: bytes) -> None:
    validate(raw)


@FAST
@given(mutations(), st.sampled_from(["bom", "crlf", "nfd", "all"]))
def test_encoding_changes_nothing(raw: bytes, how: str) -> None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return
    changed = text
    if how in ("nfd", "all"):
        changed = unicodedata.normalize("NFD", changed)
    if how in ("crlf", "all"):
        changed = changed.replace("\n", "\r\n")
    encoded = changed.encode("utf-8", "surrogatepass")
    if how in ("bom", "all"):
        encoded = codecs.BOM_UTF8 + encoded
    if "\r" in text or "\ufeff" in text:
        return  # the mutation itself already played with line ends or BOMs

    assert validate(encoded) == validate(raw)
