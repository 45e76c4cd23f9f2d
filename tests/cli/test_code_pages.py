"""Output whatever the code page (issue 23): on Windows a redirected stdout is
cp1252 or cp1258, which cannot write Vietnamese. The real entry point (main)
makes a pipe or a file UTF-8, a console that cannot show Vietnamese prints '?'
instead of failing, and CSV for Excel starts with a byte order mark.
The Windows code pages are simulated with PYTHONIOENCODING."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_plan.cli import invoke
from cchc_plan.cli.streams import CSV_BOM, csv_for_excel, fix_stream
from helpers import MINI, REPO

AS_OF = ("--as-of", "2020-09-15")


def cchc(*args: str, encoding: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """`cchc ARGS` in a new process with stdout and stderr on pipes in `encoding`."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CCHC_NO_CACHE": "1",
           "PYTHONIOENCODING": encoding, "LANG": "C.UTF-8"}
    env.pop("CCHC_LANG", None)
    env.pop("LC_ALL", None)
    return subprocess.run([sys.executable, "-m", "cchc_plan", *args], capture_output=True,
                          env=env, check=False, cwd=cwd)


@pytest.mark.parametrize("encoding", ["cp1252", "cp1258", "ascii"])
def test_a_table_on_a_windows_code_page_is_utf8(encoding: str) -> None:
    done = cchc("status", "--root", str(MINI), *AS_OF, encoding=encoding)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "Quá hạn" in done.stdout.decode("utf-8")
    assert not done.stdout.startswith(CSV_BOM.encode("utf-8"))


def test_csv_on_a_windows_code_page_is_utf8_with_a_bom() -> None:
    done = cchc("status", "--root", str(MINI), *AS_OF, "--format", "csv", encoding="cp1252")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.startswith(b"\xef\xbb\xbftask,")
    assert "Phòng" in done.stdout.decode("utf-8-sig")


def test_messages_on_a_windows_code_page_are_utf8(tmp_path: Path) -> None:
    done = cchc("report", "--root", str(MINI), *AS_OF, "--format", "md", "-o",
                str(tmp_path / "báo cáo.md"), encoding="cp1252")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    said = done.stderr.decode("utf-8")
    assert said.startswith("đã ghi")
    assert "báo cáo.md" in said
    json_out = cchc("validate", "--root", str(MINI), "--format", "json", encoding="cp1258")
    assert json_out.returncode == 0
    json_out.stdout.decode("utf-8")


class Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def test_a_console_that_cannot_show_vietnamese_prints_question_marks() -> None:
    raw = Terminal()
    console = io.TextIOWrapper(raw, encoding="ascii", write_through=True)
    fix_stream(console)
    console.write("Quá hạn\n")
    assert raw.getvalue() == b"Qu? h?n\n"
    assert console.encoding == "ascii"  # a console keeps its own encoding


def test_a_pipe_becomes_utf8_and_a_utf8_console_is_left_alone() -> None:
    pipe = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    fix_stream(pipe)
    assert pipe.encoding == "utf-8"
    console = io.TextIOWrapper(Terminal(), encoding="utf-8")
    fix_stream(console)
    assert (console.encoding, console.errors) == ("utf-8", "strict")


def test_csv_has_a_bom_for_excel_but_not_on_a_console() -> None:
    assert csv_for_excel("a,b\n", io.TextIOWrapper(io.BytesIO())) == "\ufeffa,b\n"
    assert csv_for_excel("a,b\n", io.TextIOWrapper(Terminal())) == "a,b\n"


@pytest.mark.parametrize(("lang", "said"), [("vi", "PYTHONIOENCODING=utf-8"),
                                             ("en", "cannot write")])
def test_a_stream_that_still_cannot_write_is_a_sentence(monkeypatch: pytest.MonkeyPatch,
                                                        lang: str, said: str) -> None:
    """Where the stream cannot be made UTF-8 (cchc used as a library with its
    own stdout), the handler still says so, exit 2, no traceback."""
    out, err = io.BytesIO(), io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="ascii"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="ascii",
                                                        errors="backslashreplace"))
    monkeypatch.setenv("CCHC_NO_CACHE", "1")
    code = invoke(["status", "--root", str(MINI), *AS_OF, "--lang", lang])
    sys.stderr.flush()
    assert code == 2
    assert said in err.getvalue().decode("ascii")
