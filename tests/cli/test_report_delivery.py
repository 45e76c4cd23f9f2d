"""`cchc report` as officers deliver reports: every report in one run (--all),
the reminder letter (--reminder), PDFs (--pdf), the default reports/ folder,
and the usage errors around them."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cchc_plan.cli.reports import progress
from cchc_plan.cli.session import Session
from helpers import AS_OF, Run, run_cli

ISO = AS_OF.isoformat()


def report(root: Path, *args: str, env: dict[str, str] | None = None) -> Run:
    return run_cli("report", "--root", str(root), "--as-of", ISO, *args, env=env)


def status_rows(root: Path, *args: str) -> list[dict[str, Any]]:
    """`cchc status --format json` rows, whichever shape the JSON has (a list of
    rows, or an object holding them under "rows")."""
    done = run_cli("status", "--root", str(root), "--as-of", ISO, "--format", "json", *args)
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)
    rows: list[dict[str, Any]] = data["rows"] if isinstance(data, dict) else data
    return rows


def reminder_json(root: Path, *args: str) -> dict[str, Any]:
    done = report(root, "--reminder", "--format", "json", "-o", "-", *args)
    assert done.exit_code == 0, done.stderr
    record: dict[str, Any] = json.loads(done.stdout)
    return record


# --- --all ----------------------------------------------------------------------------------


def test_all_writes_every_report_in_one_run(repo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = report(repo_copy, "--all", "--format", "md", "-o", str(out))
    assert done.exit_code == 0, done.stderr
    agencies = {r["agency"] for r in status_rows(repo_copy, "--all")}
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([*(f"bao-cao-{a}-{ISO}.md" for a in agencies),
                            f"bao-cao-tong-hop-{ISO}.md"])
    assert done.stderr == f"đã ghi {len(names)} tệp vào {out}\n"  # no progress bar on a pipe
    single = report(repo_copy, "--agency", "phong-noi-vu", "--format", "md", "-o", "-")
    assert (out / f"bao-cao-phong-noi-vu-{ISO}.md").read_text(encoding="utf-8") == single.stdout


def test_all_checks_every_target_before_writing(repo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert report(repo_copy, "--all", "--format", "json", "-o", str(out)).exit_code == 0
    kept = out / f"bao-cao-tong-hop-{ISO}.json"
    kept.write_text("mine", encoding="utf-8")
    first = out / f"bao-cao-buu-dien-huyen-{ISO}.json"
    first.unlink()
    again = report(repo_copy, "--all", "--format", "json", "-o", str(out))
    assert again.exit_code == 2
    assert "--force" in again.stderr
    assert not first.exists()  # nothing written when one target is refused
    assert kept.read_text(encoding="utf-8") == "mine"
    forced = report(repo_copy, "--all", "--format", "json", "-o", str(out), "--force")
    assert forced.exit_code == 0
    assert first.exists()


def test_reports_default_to_the_reports_folder(repo_copy: Path) -> None:
    done = report(repo_copy, "--all", "--format", "json")
    assert done.exit_code == 0, done.stderr
    assert len(list((repo_copy / "reports").glob("*.json"))) == 32


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    with progress(3, Session()) as advance:
        for _ in range(3):
            advance()
    assert "Đang viết báo cáo" in screen.getvalue()
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    with progress(3, Session()) as advance:
        advance()
    assert pipe.getvalue() == ""


@pytest.mark.parametrize(("args", "says"), [
    (["--agency", "phong-noi-vu", "--all"], "--agency, --all, --reminder"),
    (["--reminder", "--all"], "--agency, --all, --reminder"),
    (["--pdf", "--format", "md"], "--pdf"),
    (["--all", "-o", "-"], "thư mục"),
])
def test_usage_errors(repo_copy: Path, args: list[str], says: str) -> None:
    done = report(repo_copy, *args)
    assert done.exit_code == 2
    assert says in done.stderr
    assert "Traceback" not in done.stderr


# --- the reminder letter --------------------------------------------------------------------


def late_agencies(rows: list[dict[str, Any]]) -> set[str]:
    return {r["agency"] for r in rows
            if r["status"] == "overdue" or (r["status"] == "pending" and r["due_soon"])}


def test_reminder_addresses_exactly_who_status_says_is_late(repo_copy: Path) -> None:
    letter = reminder_json(repo_copy)
    addressed = {a["agency"]["id"] for a in letter["addressees"]}
    assert addressed == late_agencies(status_rows(repo_copy, "--all"))
    for entry in letter["addressees"]:
        assert entry["overdue"] or entry["due_soon"]
    everyone = {r["agency"] for r in status_rows(repo_copy, "--all")}
    assert everyone - addressed  # some agencies have nothing late and are not named


def test_reminder_with_no_window_names_the_overdue_holders(repo_copy: Path) -> None:
    letter = reminder_json(repo_copy, "--due-within", "0")
    rows = status_rows(repo_copy, "--all", "--due-within", "0")
    # due-within 0 still counts what falls due today: since 36.2 no longer binds
    # every office (issue 27), Văn phòng HĐND-UBND is named for its part due 15/9/2020
    overdue = {r["agency"] for r in rows if r["status"] == "overdue"}
    today = {r["agency"] for r in rows if r["status"] == "pending" and r["due_soon"]}
    assert today == {"van-phong-hdnd-ubnd"}
    assert {a["agency"]["id"] for a in letter["addressees"]} == overdue | today
    assert letter["reply_by"] == "2020-09-22"  # seven days on, a Tuesday


def test_reminder_letter_layout(repo_copy: Path, tmp_path: Path) -> None:
    import docx

    target = tmp_path / "letter.docx"
    assert report(repo_copy, "--reminder", "-o", str(target)).exit_code == 0
    document = docx.Document(str(target))
    left = document.tables[0].rows[0].cells[0].text
    assert left.splitlines()[:2] == ["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG PA"]
    number = document.tables[0].rows[1].cells[0].text
    assert number.startswith("Số:")
    assert "/UBND-NV" in number
    assert "V/v đôn đốc thực hiện Kế hoạch số 34/KH-UBND" in number
    salutation = document.tables[1].rows[0].cells
    assert salutation[0].text == "Kính gửi:"
    assert salutation[1].text.splitlines()[-1].endswith(".")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "trước ngày 22/09/2020" in text
    assert text.rstrip().endswith("./.") or "./." in text
    sign = document.tables[-1].rows[0].cells
    assert sign[1].text.splitlines()[:2] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert "- Như trên;" in sign[0].text
    assert "- Lưu: VT, NV." in sign[0].text


def test_no_letter_when_nothing_is_late(mini_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = run_cli("report", "--root", str(mini_copy), "--as-of", "2020-07-02", "--reminder",
                   "--due-within", "0", "-o", str(out))
    assert done.exit_code == 0, done.stderr
    assert "không viết công văn" in done.stderr
    assert not list(out.iterdir())


# --- PDF ----------------------------------------------------------------------------------


def test_pdf_needs_libreoffice(repo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = report(repo_copy, "--pdf", "-o", str(out), env={"CCHC_SOFFICE": "/no/soffice"})
    assert done.exit_code == 2
    assert "LibreOffice" in done.stderr
    assert "apt-get install libreoffice-writer" in done.stderr
    assert not list(out.iterdir())  # checked before anything is written


@pytest.mark.soffice
def test_pdf_beside_the_docx(repo_copy: Path, tmp_path: Path) -> None:
    done = report(repo_copy, "--agency", "phong-tu-phap", "--pdf", "-o", str(tmp_path))
    assert done.exit_code == 0, done.stderr
    pdf = tmp_path / f"bao-cao-phong-tu-phap-{ISO}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (tmp_path / f"bao-cao-phong-tu-phap-{ISO}.docx").is_file()
    if shutil.which("pdftotext") is None:
        return
    pages = [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
             for n in (1, 2)]
    assert "BÁO CÁO" in pages[0]
    assert "I. Kết quả đạt được" in pages[0]  # page 1: the header, the title, the body
    assert pages[0].split()[0] != "1"  # no number on page 1
    assert pages[1].split()[0] == "2"  # page 2 numbered at the top
