"""Bad input never crashes, hangs or loses data (issue 6)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cchc_plan.app
import cchc_plan.core.writeout
from cchc_plan.cli.root import COMMANDS
from cchc_plan.core.errors import TargetError, WriteError
from cchc_plan.core.writeout import safe_name, write_atomic
from cchc_plan.load import limits, yamlio
from helpers import KRONG_PA, MINI, REPO, run_cli

# --- every command explains itself ----------------------------------------------------


def test_every_command_has_help() -> None:
    assert {"validate", "status", "report", "init", "calendar", "schema", "tasks"} <= set(COMMANDS)
    for name, callback in COMMANDS.items():
        result = run_cli(name, "--help")
        assert result.exit_code == 0, name
        assert callback.__doc__, name


def test_unknown_command_and_option_are_usage_errors() -> None:
    assert run_cli("frobnicate").exit_code == 2
    assert run_cli("status", "--frob").exit_code == 2
    assert run_cli("status", "--format", "pdf").exit_code == 2


# --- the top-level handler ---------------------------------------------------------------


def test_internal_error_is_one_line_and_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cchc_plan.app, "status_snapshot", boom)
    result = run_cli("status", "--root", str(MINI))
    assert result.exit_code == 3
    assert "Traceback" not in result.stderr
    assert "lỗi nội bộ (RuntimeError)" in result.stderr
    assert "--debug" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    english = run_cli("status", "--root", str(MINI), "--lang", "en")
    assert english.exit_code == 3
    assert "internal error (RuntimeError)" in english.stderr
    assert "--debug" in english.stderr
    assert len(english.stderr.strip().splitlines()) == 1


def test_debug_shows_the_traceback() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CCHC_NO_CACHE": "1"}
    code = ("import cchc_plan.app as a, sys\n"
            "def boom(*_, **__): raise RuntimeError('boom')\n"
            "a._checked = boom\n"
            f"sys.argv = ['cchc', '--debug', 'validate', '--root', {str(MINI)!r}]\n"
            "from cchc_plan.cli import main\nmain()\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          check=False)
    assert proc.returncode == 3
    assert "Traceback" in proc.stderr
    assert "RuntimeError: boom" in proc.stderr


def test_ctrl_c_exits_130_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cchc_plan.app, "_checked", interrupted)
    result = run_cli("validate", "--root", str(MINI))
    assert result.exit_code == 130
    assert "Traceback" not in result.stderr


def test_closed_pipe_is_quiet() -> None:
    script = (f"set -o pipefail; {sys.executable} -m cchc_plan status --root {KRONG_PA} "
              f"--as-of 2020-09-15 --all | head -1 >/dev/null; echo ${{PIPESTATUS[0]}}")
    proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False,
                          env={**os.environ, "COLUMNS": "200", "CCHC_NO_CACHE": "1"})
    assert proc.stdout.strip() in ("0", "141")  # 141: ended by SIGPIPE, like `yes | head`
    assert proc.stderr == ""


# --- other files keep working -----------------------------------------------------------


def test_unreadable_file_is_named_not_silent(repo_copy: Path) -> None:
    (repo_copy / "assignments" / "phong-tu-phap.yaml").write_bytes(b"agency: [unclosed\n")
    validate = run_cli("validate", "--root", str(repo_copy), "--format", "json")
    assert validate.exit_code == 1
    assert "assignments/phong-tu-phap.yaml" in validate.stdout
    status = run_cli("status", "--root", str(repo_copy), "--as-of", "2020-09-15",
                     env={"NO_COLOR": "1"})
    assert status.exit_code == 0
    assert "Không đọc được tệp của: Phòng Tư pháp" in status.stdout
    rows = run_cli("status", "--root", str(repo_copy), "--as-of", "2020-09-15", "--format", "json",
                   "--agency", "phong-tu-phap").stdout
    assert '"readable": false' in rows
    assert '"readable": true' not in rows


def test_broken_plan_stops_status_with_exit_1(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.joinpath("plan").mkdir(parents=True)
    (root / "plan" / "appendix.yaml").write_text("tasks: [\n", encoding="utf-8")
    (root / "plan" / "agencies.yaml").write_text("agencies: []\n", encoding="utf-8")
    result = run_cli("status", "--root", str(root))
    assert result.exit_code == 1
    assert "plan/appendix.yaml:" in result.stderr
    assert "Traceback" not in result.stderr


# --- bounds, at the limit and just past it ----------------------------------------------------


def load(text: str) -> list[str]:
    _, problems = yamlio.load_text(text, "f.yaml")
    return [p.code for p in problems]


def test_nesting_limit() -> None:
    depth = limits.MAX_DEPTH
    assert load("a: " + "[" * (depth - 1) + "]" * (depth - 1)) == []
    assert load("a: " + "[" * depth + "]" * depth) == ["too-deep"]


def test_alias_limit() -> None:
    items = ", ".join(["*x"] * limits.MAX_ALIASES)
    assert load(f"a: &x [1]\nb: [{items}]\n") == []
    assert load(f"a: &x [1]\nb: [{items}, *x]\n") == ["too-many-aliases"]


def test_string_limit() -> None:
    assert load("a: " + "x" * limits.MAX_STRING) == []
    assert load("a: " + "x" * (limits.MAX_STRING + 1)) == ["string-too-long"]


def test_file_size_limit() -> None:
    head = b"a: 1\n"
    pad = limits.MAX_FILE_BYTES - len(head)
    at_limit = head + b"#" * (pad - 1) + b"\n"
    assert [p.code for p in yamlio.load_bytes(at_limit, "f.yaml")[1]] == []
    assert [p.code for p in yamlio.load_bytes(at_limit + b"\n", "f.yaml")[1]] == ["file-too-large"]


def test_alias_bomb_is_bounded_in_time() -> None:
    pairs = zip("abcdefgh", "bcdefghi", strict=True)
    bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{c}: &{c} [{', '.join([f'*{p}'] * 10)}]\n" for p, c in pairs)
    assert load(bomb) == ["too-many-aliases"]


# --- nothing is lost ------------------------------------------------------------------------


def tree_hash(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_commands_never_modify_inputs(repo_copy: Path, tmp_path: Path) -> None:
    before = tree_hash(repo_copy)
    out = tmp_path / "out"
    out.mkdir()
    for args in (["validate"], ["status", "--all"], ["tasks"], ["agencies"],
                 ["report", "--format", "md", "-o", str(out / "a.md")],
                 ["report", "--agency", "phong-noi-vu", "--format", "md", "-o", str(out / "b.md")],
                 ["calendar", "-o", str(out / "c.ics")]):
        run_cli(*args, "--root", str(repo_copy))
    assert tree_hash(repo_copy) == before


def test_safe_name_refuses_escapes() -> None:
    for bad in ("../x", "a/b", "..", "", ".hidden", "a\\b", "a\x00b"):
        with pytest.raises(TargetError):
            safe_name(bad)
    assert safe_name("bao-cao-phong-noi-vu-2020-09-15.docx")


def test_existing_file_needs_force_and_keeps_a_backup(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(TargetError):
        write_atomic(target, lambda s: s.write(b"new"))
    write_atomic(target, lambda s: s.write(b"new"), force=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert (tmp_path / "r.md.bak").read_text(encoding="utf-8") == "old"


def test_crash_mid_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_text("old", encoding="utf-8")

    def half(stream: object) -> None:
        stream.write(b"half of the new")  # type: ignore[attr-defined]
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        write_atomic(target, half, force=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


def test_full_disk_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_text("old", encoding="utf-8")

    def full(_stream: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(WriteError, match="No space left"):
        write_atomic(target, full, force=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


def test_dev_full_is_refused() -> None:
    result = run_cli("report", "--root", str(MINI), "--format", "md", "-o", "/dev/full", "--force")
    assert result.exit_code == 2
    assert "không phải là tệp thông thường" in result.stderr
    assert "Traceback" not in result.stderr


def test_output_folder_gets_the_default_name(tmp_path: Path) -> None:
    result = run_cli("report", "--root", str(MINI), "--format", "md", "-o", str(tmp_path),
                     "--as-of", "2020-09-15")
    assert result.exit_code == 0
    assert (tmp_path / "bao-cao-tong-hop-2020-09-15.md").is_file()


def test_read_only_folder_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*_: object, **__: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("cchc_plan.core.writeout._open_new", denied)
    result = run_cli("report", "--root", str(MINI), "--format", "md", "-o", str(tmp_path / "r.md"))
    assert result.exit_code == 1
    assert "Permission denied" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.unprivileged
def test_real_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        target = str(folder / "r.md")
        result = run_cli("report", "--root", str(MINI), "--format", "md", "-o", target)
        assert result.exit_code == 1
    finally:
        folder.chmod(0o700)


def test_missing_output_folder_is_made(tmp_path: Path) -> None:
    """The output-folder rule (app.writes): the missing folders of -o are made."""
    result = run_cli("report", "--root", str(MINI), "--format", "md",
                     "-o", str(tmp_path / "no" / "r.md"), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "no" / "r.md").is_file()


@pytest.mark.parametrize("args", [["validate"], ["status", "--as-of", "2020-09-15"], ["--help"],
                                  ["status", "--format", "json"], ["form", "--help"]])
def test_fast_commands_never_import_office_libraries(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from cchc_plan.cli import invoke\n"
        f"invoke([*{args!r}, *(['--root', {str(KRONG_PA)!r}] if {args!r} != ['--help']"
        " else [])])\n"
        "heavy = [m for m in ('docx', 'openpyxl', 'icalendar', 'ruamel', 'lxml')\n"
        "         if m in sys.modules]\n"
        "sys.exit(f'imported {heavy}' if heavy else 0)\n"
    )
    env = {**os.environ, "CCHC_NO_CACHE": "1"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, env=env)
    assert done.returncode == 0, done.stderr


def test_git_conflict_markers_are_named_at_their_own_lines() -> None:
    """Issue 12, defect 13: they were reported as a missing ':' on the line after."""
    text = ("agency: x\n<<<<<<< HEAD\nupdated: 1/9/2020\n||||||| base\nupdated: 2/9/2020\n"
            "=======\nupdated: 3/9/2020\n>>>>>>> theirs\n")
    _, found = yamlio.load_text(text, "f.yaml")
    assert [(p.code, p.line) for p in found] == [("conflict-marker", n) for n in (2, 4, 6, 8)]
    assert found[0].text("vi") == "tệp còn dấu xung đột git (merge conflict) ở dòng 2"
    assert found[0].text("en") == "the file still holds a git conflict marker (merge conflict) " \
                                  "at line 2"


def test_a_line_of_equals_alone_is_not_a_conflict() -> None:
    assert load("a: |\n  =======\n  text\n") == []
