"""Both file-safety backends write the same bytes (issue 23): every command
that writes, run on a copy of the Krông Pa fixture with the posix backend and
with the portable one (`os` as on Windows, workers by `spawn`), gives
byte-identical reports, forms, site, calendar, plan export, agency files and
the same problems and exit codes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cchc_plan.core.fsafe import posix_capable
from helpers import KRONG_PA, copy_repo, run_cli
from windows_like import windows_like_os

AS_OF = ("--as-of", "2020-09-15")
WRITERS: list[tuple[str, ...]] = [
    ("report", "--all", "--format", "docx", "-o", "{out}/reports-docx"),
    ("report", "--agency", "ubnd-xa-chu-ngoc", "--format", "xlsx", "-o", "{out}/cn.xlsx"),
    ("report", "--agency", "phong-noi-vu", "--format", "md", "-o", "{out}/pnv.md"),
    ("report", "--reminder", "--format", "docx", "-o", "{out}/don-doc.docx"),
    ("form", "export", "--all", "-o", "{out}/forms"),
    ("site", "-o", "{out}/site"),
    ("calendar", "-o", "{out}/lich.ics"),
    ("plan", "export", "-o", "{out}/ke-hoach.docx"),
]
READERS: list[tuple[str, ...]] = [
    ("validate", "--format", "json"),
    ("status", "--format", "json", *AS_OF),
    ("status", *AS_OF),
]


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".cchc-cache" not in p.parts}


def run_all(base: Path) -> tuple[dict[str, bytes], list[tuple[int, str]]]:
    repo = copy_repo(KRONG_PA, base / "repo")
    out = base / "out"
    (out / "forms").mkdir(parents=True)
    said = []
    for args in WRITERS:
        result = run_cli(*(a.format(out=out) for a in args), "--root", str(repo),
                         *(AS_OF if args[0] != "plan" else ()), env={"NO_COLOR": "1"})
        said.append((result.exit_code, result.stderr.replace(str(base), "<base>")))
    for args in READERS:
        result = run_cli(*args, "--root", str(repo), "--jobs", "2",
                         env={"NO_COLOR": "1"})
        said.append((result.exit_code, result.stdout.replace(str(base), "<base>")))
    init = run_cli("init", "--all", "--force", "--root", str(repo))
    said.append((init.exit_code, init.stderr.replace(str(base), "<base>")))
    return {**tree(out), **{f"repo/{k}": v for k, v in tree(repo).items()}}, said


@pytest.mark.skipif(not posix_capable() or os.environ.get("CCHC_FS_BACKEND") == "portable",
                    reason="compares with the posix backend, which this run does not have")
def test_both_backends_write_the_same_bytes(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cchc_plan.load.reader.PARALLEL_MIN_BYTES", 0)  # workers, too
    monkeypatch.setenv("CCHC_FS_BACKEND", "posix")
    posix = run_all(tmp_path / "a")
    monkeypatch.setenv("CCHC_FS_BACKEND", "portable")
    monkeypatch.setenv("CCHC_MP_START", "spawn")
    windows_like_os(monkeypatch)
    portable = run_all(tmp_path / "b")
    assert [code for code, _ in posix[1]] == [code for code, _ in portable[1]]
    assert posix[1] == portable[1]
    assert sorted(posix[0]) == sorted(portable[0])
    different = [name for name in posix[0] if posix[0][name] != portable[0][name]]
    assert different == []
    assert len(posix[0]) > 60
    assert [code for code, _ in posix[1]] == [0] * len(posix[1])
