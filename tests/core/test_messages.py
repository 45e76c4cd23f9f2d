"""The message catalog: every message cchc can show exists in Vietnamese and
English, formats with the parameters its callers pass, and is chosen at print
time (Vietnamese by default, English with `--lang en`) from one cached result."""

from __future__ import annotations

import ast
import json
import pickle
import re
import shutil
import string
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

import cchc_plan.app
from cchc_plan.cli.handler import TARGET_HINTS
from cchc_plan.core import messages
from cchc_plan.core.catalog import CATALOG as MESSAGES
from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import Msg, msg, render
from cchc_plan.core.problems import Problem, sorted_problems
from cchc_plan.engine.vocabulary import STATUS_CODES
from cchc_plan.load import pydantic_problems, yamlio
from cchc_plan.load.cache import CACHE_DIR
from cchc_plan.load.models import ReportSettings
from cchc_plan.load.models.assignment import STATUS_INPUT_CODES
from cchc_plan.load.schema import schema_for
from cchc_plan.render.document.agency import NARRATIVE
from cchc_plan.render.terminal import AGENCY_KEYS, TASK_KEYS
from helpers import CASES, EXAMPLES, KRONG_PA, MINI, TARGET, run_cli, with_file

SRC = Path(cchc_plan.__file__).resolve().parent
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
                        r"ùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE)
# Messages whose Vietnamese is English on purpose: pydantic's own text for an
# error type cchc does not know, and words that are the same in both.
SAME_IN_BOTH = {"wrong-type", "report.email"}
WITHOUT_DIACRITICS = {"report.col-number", "report.via", "hint.see-help", "doc.sign-collective",
                      "view.col-task", "progress.none", "plan.col-number"}
"""Vietnamese words that happen to have no diacritics ("STT", "qua", "TM.", "NV")."""


# --- what the sources emit ---------------------------------------------------------------


def _calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                found.append((name, node))
    return found


def _constants(node: ast.expr) -> list[str]:
    """The literal text of an argument: `"x"`, or both arms of `"x" if c else "y"`."""
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    return [node.value] if isinstance(node, ast.Constant) and isinstance(node.value, str) else []


def emitted_codes() -> set[str]:
    """Problem codes written as literals where problems are made: the code
    argument of `doc.problem(loc, code, ...)`, `Limit(code, ...)` and
    `Problem(path, line, column, code, ...)` (whose position may be starred)."""
    codes = set()
    for name, call in _calls():
        if name in ("problem", "Limit"):
            index = 1 if name == "problem" else 0
            if len(call.args) > index:
                codes.update(_constants(call.args[index]))
        elif name == "Problem":
            literal = [c for arg in call.args[1:] for c in _constants(arg)]
            codes.update(literal[:1])
    return codes


def message_calls() -> list[tuple[str, set[str] | None]]:
    """(message id, keyword names or None when `**params` is passed) of every
    call that names a catalog id with a literal: msg(...), text(...), say(...),
    _error(...), a report's w(...) and w.column(...), and word(...) for
    `label.*` ids."""
    found: list[tuple[str, set[str] | None]] = []
    for name, call in _calls():
        if name in ("msg", "text", "say", "_error", "w", "column", "word") and call.args:
            for ident in _constants(call.args[0]):
                if ident in ("vi", "en"):  # `x.text("en")`: a language, not an id
                    continue
                if name == "word":
                    ident = f"label.{ident}"
                if name == "column":  # w.column(id, width, kind=...): no message parameters
                    found.append((ident, set()))
                    continue
                names = {k.arg for k in call.keywords if k.arg is not None}
                spread = any(k.arg is None for k in call.keywords)
                found.append((ident, None if spread else names))
    return found


def table_ids() -> set[str]:
    """Ids chosen from tables or built from a vocabulary rather than written at a call."""
    order_keys = ReportSettings.model_fields["agency_order"].annotation
    return ({ident for _, ident in builder_syntax_messages()}
            | {ident for ident, _ in pydantic_problems._TYPE_MESSAGES.values()}
            | set(TARGET_HINTS.values())
            | {f"status.{code}" for code in STATUS_CODES}
            | {f"status-short.{code}" for code in STATUS_CODES}
            | {f"progress.{code}" for code in (*STATUS_INPUT_CODES, "none")}
            | {ident for ident in MESSAGES if ident.startswith("place.")}
            | {"role.lead", "role.coordinating"}
            | {f"report.order-{key}" for key in _literal_args(order_keys)}
            | {f"doc.{kind}-{key}" for kind in ("h", "prompt") for key in NARRATIVE}
            | {ident for ident in MESSAGES if ident.startswith("type.")}
            | {f"label.{key}" for key in (*TASK_KEYS, *AGENCY_KEYS)}
            | schema_ids()
            | help_ids())


def help_ids() -> set[str]:
    """The help texts `--help` looks up, walking the real command tree."""
    import typer

    from cchc_plan.cli import app
    from cchc_plan.cli.help import walk

    found = {"help.heading.usage", "help.heading.options", "help.heading.commands",
             "help.heading.arguments", "help.default", "help.option.help"}
    for path, command in walk(typer.main.get_command(app)):
        key = path or "cchc"
        found |= {f"help.{key}", f"help.{key}.examples"}
        for param in command.params:
            own = f"help.{key}.{param.name}"
            found.add(own if own in MESSAGES else f"help.option.{param.name}")
    return found


def schema_ids() -> set[str]:
    """The editor help of every field (chosen by field name) and the date sentence."""
    from cchc_plan.load.schema import MODELS, field_key

    found = {"schema.date-pattern"}
    for kind in MODELS:
        generated = schema_for(kind, "vi")
        definitions = [(MODELS[kind].__name__, generated), *generated.get("$defs", {}).items()]
        for model, definition in definitions:
            found |= {f"schema.{field_key(model, f)}" for f in definition.get("properties", {})}
    return found


def builder_syntax_messages() -> tuple[tuple[str, str], ...]:
    return yamlio._SYNTAX_MESSAGES


def _literal_args(annotation: object) -> list[str]:
    import typing

    while typing.get_args(annotation) and typing.get_origin(annotation) is not typing.Literal:
        annotation = typing.get_args(annotation)[0]
    return [str(a) for a in typing.get_args(annotation)]


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_collector_sees_every_tested_code() -> None:
    codes = emitted_codes()
    assert {case["code"] for case in CASES.values()} <= codes
    assert len(codes) >= 50


def test_every_emitted_code_has_its_messages() -> None:
    for code in emitted_codes():
        ids = [i for i in MESSAGES if i == code or i.startswith(code + ".")]
        assert ids, f"no message for problem code {code!r}"


def test_every_message_id_used_is_in_the_catalog() -> None:
    used = {ident for ident, _ in message_calls()} | table_ids()
    assert used, "the collector found no calls"
    missing = sorted(used - set(MESSAGES))
    assert not missing, missing


def test_callers_pass_the_parameters_the_templates_use() -> None:
    later = {"where"}  # the loader adds `where` to a validator's message
    for ident, names in message_calls():
        if names is None or ident not in MESSAGES:
            continue
        needed = fields(MESSAGES[ident]["en"]) | fields(MESSAGES[ident]["vi"])
        assert needed - later <= names <= needed, (ident, names, needed)


def test_no_message_is_unused() -> None:
    used = {ident for ident, _ in message_calls()} | table_ids()
    assert set(MESSAGES) - used == set()


# --- the templates ------------------------------------------------------------------------


def check_template(ident: str) -> None:
    entry = MESSAGES[ident]
    assert set(entry) == {"vi", "en"}
    vi, en = entry["vi"], entry["en"]
    if ident.startswith("yaml.") and en == "{detail}":
        assert fields(vi) <= {"detail"}  # English keeps PyYAML's text, Vietnamese explains
    else:
        assert fields(vi) == fields(en), ident
    values = {name: "5" for name in fields(vi) | fields(en)}
    pairs: tuple[tuple[Lang, str], ...] = (("vi", vi), ("en", en))
    for lang, template in pairs:
        out = messages._Formatter(lang).vformat(template, (), values)  # raises on a bad template
        assert out.strip()
        assert out == render(ident, tuple(values.items()), lang)


def check_words(ident: str) -> None:
    vi, en = MESSAGES[ident]["vi"], MESSAGES[ident]["en"]
    assert unicodedata.is_normalized("NFC", vi)
    assert unicodedata.is_normalized("NFC", en)
    words = "".join(literal for literal, _, _, _ in string.Formatter().parse(vi))
    if ident in SAME_IN_BOTH or not any(c.isalpha() for c in words):
        return  # no words of its own, only placeholders and punctuation
    assert vi != en
    assert ident in WITHOUT_DIACRITICS or VIETNAMESE.search(vi), f"{ident}: no Vietnamese in {vi!r}"
    if not ident.startswith(("schema.", "help.")):  # help may quote Vietnamese ("e.g. …")
        assert not VIETNAMESE.search(en), ident


def failures(check: Callable[[str], None]) -> dict[str, str]:
    """Each message id `check` fails on, with why: one test item for the
    whole catalog (a thousand one-line items cost more to schedule than to run)."""
    found = {}
    for ident in sorted(MESSAGES):
        try:
            check(ident)
        except Exception as exc:  # an assertion, or a template that cannot format
            found[ident] = f"{type(exc).__name__}: {exc}"
    return found


def test_every_template_has_both_languages_and_formats() -> None:
    assert failures(check_template) == {}


def test_vietnamese_is_nfc_and_vietnamese() -> None:
    assert failures(check_words) == {}


def test_type_names() -> None:
    for ident, names in MESSAGES.items():
        if ident.startswith("type."):
            assert unicodedata.is_normalized("NFC", names["vi"])
            assert names["en"].isascii()
    assert render("wrong-type.top", (("kind", "list"),), "vi").endswith("không phải là danh sách")
    assert render("wrong-type.top", (("kind", "list"),), "en").endswith("not a list")


def test_numbers_are_grouped_by_language() -> None:
    size = msg("file-too-large", size=6_000_000, limit=5_242_880)
    assert size.text("vi") == "tệp có 6.000.000 byte, vượt giới hạn 5.242.880 byte"
    assert size.text("en") == "file is 6,000,000 bytes; the limit is 5,242,880"


def test_render_never_raises() -> None:
    assert render("no-such-id", (("a", "1"),), "vi") == "no-such-id a=1"
    assert render("unknown-field", (), "vi") == "unknown-field"  # a parameter missing
    assert render("unknown-field", (("name", "'x'"), ("extra", "y")), "en") == "unknown field 'x'"
    assert render("hint.add-assignee", (), "en") == "add `assignee: {name: ..., position: ...}`"


# --- problems as data ----------------------------------------------------------------------


def test_problems_are_data_in_any_language() -> None:
    one = Problem("a.yaml", 3, 1, "unknown-field", msg("unknown-field", name="'x'"),
                  msg("hint.did-you-mean", name="'y'"))
    same = Problem("a.yaml", 3, 1, "unknown-field", msg("unknown-field", name="'x'"),
                   msg("hint.did-you-mean", name="'y'"))
    assert one == same
    assert hash(one) == hash(same)
    assert pickle.loads(pickle.dumps(one)) == one
    assert one.format("vi") == "a.yaml:3:1: error[unknown-field]: trường 'x' không hợp lệ\n" \
                           "  gợi ý: có phải là 'y'?"
    assert one.format("en") == "a.yaml:3:1: error[unknown-field]: unknown field 'x'\n" \
                               "  hint: did you mean 'y'?"
    earlier = Problem("a.yaml", 2, 9, "wrong-type", msg("wrong-type.text", where="x"))
    assert sorted_problems([one, earlier, same]) == [earlier, one]


def test_msg_parameters_are_text_in_name_order() -> None:
    assert msg("hint.parts", parts=3) == Msg("hint.parts", (("parts", "3"),))
    assert msg("date.month-days", value="'x'", month=2, year=2020, days=29).params == (
        ("days", "29"), ("month", "2"), ("value", "'x'"), ("year", "2020"))


def test_light_modules_stay_light() -> None:
    code = ("import sys\nimport cchc_plan.core.messages, cchc_plan.core.problems, cchc_plan.cli\n"
            "heavy = [m for m in ('pydantic', 'yaml', 'cchc_plan.load.models')\n"
            "         if m in sys.modules]\n"
            "sys.exit(str(heavy) if heavy else 0)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


# --- the command line --------------------------------------------------------------------


def test_validate_is_vietnamese_by_default_and_english_with_lang_en(tmp_path: Path) -> None:
    root = with_file(tmp_path, (EXAMPLES / "negative" / "file-name.yaml").read_bytes())
    vi = run_cli("validate", "--root", str(root))
    en = run_cli("validate", "--root", str(root), "--lang", "en")
    assert (vi.exit_code, en.exit_code) == (1, 1)
    assert vi.stdout == (
        f"{TARGET}:1:9: error[file-name]: tệp của cơ quan 'phong-tu-phap' lại có tên "
        "'phong-noi-vu.yaml'\n  gợi ý: đổi tên thành assignments/phong-tu-phap.yaml\n")
    assert en.stdout == (
        f"{TARGET}:1:9: error[file-name]: file of agency 'phong-tu-phap' is named "
        "'phong-noi-vu.yaml'\n  hint: rename it to assignments/phong-tu-phap.yaml\n")


@pytest.mark.parametrize("fmt", ["json", "github"])
def test_machine_formats_follow_the_language(tmp_path: Path, fmt: str) -> None:
    root = with_file(tmp_path, (EXAMPLES / "negative" / "done-without-evidence.yaml").read_bytes())
    vi = run_cli("validate", "--root", str(root), "--format", fmt).stdout
    en = run_cli("validate", "--root", str(root), "--format", fmt, "--lang", "en").stdout
    if fmt == "json":
        vi_found, en_found = json.loads(vi), json.loads(en)
        assert [p["code"] for p in vi_found] == [p["code"] for p in en_found]
        hit = next(p for p in vi_found if p["code"] == "done-without-evidence")
        assert hit["message"] == ("đã ghi hoàn thành (done) nhưng chưa có văn bản, "
                                  "tài liệu kiểm chứng")
        assert hit["hint"] == "liệt kê các văn bản, sản phẩm dưới mục `evidence`"
        english = next(p for p in en_found if p["code"] == "done-without-evidence")
        assert english["message"] == "status is done but no evidence is listed"
    else:
        assert "title=done-without-evidence::đã ghi hoàn thành (done)" in vi
        assert "(gợi ý: liệt kê các văn bản" in vi
        assert "title=done-without-evidence::status is done but no evidence is listed " \
               "(hint: list the output documents under `evidence`)" in en


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_negative_case_in_both_languages(tmp_path: Path, name: str) -> None:
    root = with_file(tmp_path, (EXAMPLES / "negative" / name).read_bytes())
    args = ("validate", "--root", str(root), "--format", "json")
    vi = json.loads(run_cli(*args).stdout)
    en = json.loads(run_cli(*args, "--lang", "en").stdout)
    assert [(p["code"], p["line"]) for p in vi] == [(p["code"], p["line"]) for p in en]
    for vi_p, en_p in zip(vi, en, strict=True):
        assert vi_p["message"] != en_p["message"]
        assert VIETNAMESE.search(vi_p["message"]), vi_p
        assert unicodedata.is_normalized("NFC", vi_p["message"])
        assert (vi_p["hint"] is None) == (en_p["hint"] is None)
        if vi_p["hint"]:
            assert VIETNAMESE.search(vi_p["hint"]), vi_p


def test_one_cache_entry_serves_both_languages(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    root = with_file(tmp_path, (EXAMPLES / "negative" / "unknown-field.yaml").read_bytes())
    env = {"CCHC_NO_CACHE": "", "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    vi = run_cli("validate", "--root", str(root), env=env)
    entries = {p.name: p.read_bytes() for p in (root / CACHE_DIR).iterdir()}
    assert "run-validate" in entries

    def not_again(*_: object, **__: object) -> None:
        raise AssertionError("the files were read again")

    monkeypatch.setattr(cchc_plan.app, "_checked", not_again)
    en = run_cli("validate", "--root", str(root), "--lang", "en", env=env)
    assert en.exit_code == vi.exit_code == 1
    assert "trường 'asignee' không hợp lệ" in vi.stdout
    assert "unknown field 'asignee'" in en.stdout
    assert "hint: did you mean 'assignee'?" in en.stdout
    assert {p.name: p.read_bytes() for p in (root / CACHE_DIR).iterdir()} == entries
    again = run_cli("validate", "--root", str(root), env=env)
    assert again.stdout == vi.stdout


def test_usage_errors_follow_the_language(tmp_path: Path) -> None:
    vi = run_cli("validate", cwd=tmp_path)
    en = run_cli("validate", "--lang", "en", cwd=tmp_path)
    assert vi.exit_code == en.exit_code == 2
    assert vi.stderr.startswith("cchc: lỗi: không tìm thấy plan/appendix.yaml trong ")
    assert "  gợi ý: chạy cchc trong thư mục kho kế hoạch" in vi.stderr
    assert en.stderr.startswith("cchc: error: no plan/appendix.yaml in ")
    assert "  hint: run cchc inside a plan repository or pass --root DIR" in en.stderr
    bad_date = run_cli("status", "--root", str(MINI), "--as-of", "9/15/2020")
    assert bad_date.stderr.startswith("cchc: lỗi: --as-of: '9/15/2020': không có tháng 15")
    group = run_cli("status", "--root", str(KRONG_PA), "--agency", "phong-ban-don-vi",
                    "--lang", "en")
    assert group.stderr.startswith("cchc: error: 'phong-ban-don-vi' is a group, not one agency")


def test_data_errors_follow_the_language(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(MINI, root)
    plan = root / "plan" / "appendix.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("    title: Pano áp phích\n", "", 1),
                    encoding="utf-8")
    vi = run_cli("status", "--root", str(root))
    en = run_cli("status", "--root", str(root), "--lang", "en")
    assert vi.exit_code == en.exit_code == 1
    assert vi.stderr.startswith("cchc: kế hoạch có lỗi, không dùng được:\nplan/appendix.yaml:")
    assert "error[missing-field]: thiếu trường 'title'" in vi.stderr
    assert en.stderr.startswith("cchc: the plan cannot be used:\nplan/appendix.yaml:")
    assert "error[missing-field]: missing field 'title'" in en.stderr


def test_status_warns_in_the_language(tmp_path: Path) -> None:
    root = with_file(tmp_path, (EXAMPLES / "negative" / "bad-status.yaml").read_bytes())
    vi = run_cli("status", "--root", str(root), "--format", "json")
    en = run_cli("status", "--root", str(root), "--format", "json", "--lang", "en")
    assert vi.stderr == "cchc: dữ liệu có 1 lỗi; chạy `cchc validate` để xem chi tiết\n"
    assert en.stderr == "cchc: 1 data problem(s) found; run `cchc validate` to see them\n"
    assert vi.stdout == en.stdout


def test_reports_stay_vietnamese_with_lang_en() -> None:
    args = ("report", "--root", str(MINI), "--as-of", "2020-09-15", "--format", "md", "-o", "-")
    vi = run_cli(*args)
    en = run_cli(*args, "--lang", "en")
    assert vi.exit_code == en.exit_code == 0
    assert en.stdout == vi.stdout
    assert "BÁO CÁO" in vi.stdout.upper()


def test_every_command_takes_lang() -> None:
    for command in ("validate", "status", "tasks", "agencies", "report", "calendar", "init",
                    "schema"):
        assert "--lang" in run_cli(command, "--help").stdout, command
