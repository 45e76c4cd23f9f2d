"""Every command explains itself in Vietnamese by default and in English with
--lang en or LANG=en…: its purpose, every option and examples; usage errors
too, with the closest match as a hint."""

from __future__ import annotations

import pytest
import typer

from cchc_plan.cli import app
from cchc_plan.cli.help import walk
from cchc_plan.core.catalog import CATALOG
from helpers import run_cli

COMMANDS = [path for path, _ in walk(typer.main.get_command(app)) if path]


def test_every_command_and_option_has_help_in_both_languages() -> None:
    missing = []
    for path, command in walk(typer.main.get_command(app)):
        key = path or "cchc"
        for needed in (f"help.{key}", f"help.{key}.examples"):
            if needed not in CATALOG:
                missing.append(needed)
        for param in command.params:
            own, shared = f"help.{key}.{param.name}", f"help.option.{param.name}"
            if own not in CATALOG and shared not in CATALOG:
                missing.append(own)
    assert not missing, missing
    assert all(set(CATALOG[i]) == {"vi", "en"} for i in CATALOG if i.startswith("help."))


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_is_vietnamese_by_default(command: str) -> None:
    result = run_cli(*command.replace(".", " ").split(), "--help")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Cách dùng: cchc")
    assert "Tùy chọn:" in result.stdout
    assert "Ví dụ:" in result.stdout
    assert "Show this message" not in result.stdout
    assert "[default:" not in result.stdout


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_is_english_with_lang_en(command: str) -> None:
    result = run_cli(*command.replace(".", " ").split(), "--lang", "en", "--help")
    assert result.stdout.startswith("Usage: cchc")
    assert "Options:" in result.stdout
    assert "Examples:" in result.stdout
    assert "Tùy chọn" not in result.stdout


def test_locale_en_gives_english() -> None:
    assert run_cli("status", "--help", env={"LANG": "en_US.UTF-8"}).stdout.startswith("Usage:")
    assert run_cli("status", "--help", env={"LANG": "vi_VN.UTF-8"}).stdout.startswith("Cách")
    assert run_cli("--help", env={"CCHC_LANG": "en", "LANG": "vi_VN.UTF-8"}).stdout.startswith(
        "Usage:")


@pytest.mark.parametrize(("args", "vi", "en"), [
    (["stauts"], "không có lệnh stauts", "no such command stauts"),
    (["status", "--frmat", "json"], "không có tùy chọn --frmat", "no such option --frmat"),
    (["status", "--format", "pdf"], "không có lựa chọn 'pdf'", "'pdf' is not one of"),
    (["status", "--jobs", "0"], "0 nằm ngoài khoảng cho phép", "0 is outside"),
    (["status", "--jobs", "x"], "'x' không phải là số", "'x' is not a number"),
    (["report", "--agency"], "tùy chọn --agency cần một giá trị", "option --agency needs a value"),
])
def test_usage_errors_in_both_languages(args: list[str], vi: str, en: str) -> None:
    vietnamese = run_cli(*args)
    english = run_cli("--lang", "en", *args)
    assert vietnamese.exit_code == english.exit_code == 2
    assert vietnamese.stderr.startswith("cchc: lỗi: ")
    assert vi in vietnamese.stderr
    assert english.stderr.startswith("cchc: error: ")
    assert en in english.stderr


def test_usage_errors_suggest() -> None:
    assert "có phải là status?" in run_cli("stauts").stderr
    assert "có phải là --format?" in run_cli("status", "--frmat", "x").stderr


def test_shell_completion_is_offered() -> None:
    result = run_cli("--show-completion", "bash")
    assert result.exit_code == 0
    assert "_cchc_completion" in result.stdout or "complete" in result.stdout
