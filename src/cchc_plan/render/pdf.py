"""PDF copies of Word documents, through LibreOffice (officers send PDFs by the
document system).

Each run converts in a private temporary folder with its own LibreOffice
profile (`-env:UserInstallation`), so two runs at once never share one
profile (a shared one makes the second LibreOffice exit at once without
converting). The PDFs are handed back as bytes; the caller writes them like
any other output (atomically, never clobbering without --force).
"""

from __future__ import annotations

import ntpath
import os
import posixpath
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from cchc_plan.core.errors import InputError, WriteError
from cchc_plan.core.messages import msg

SOFFICE_ENV = "CCHC_SOFFICE"
"""The LibreOffice program to use, when it is not `soffice` on the PATH."""
TIMEOUT_BASE, TIMEOUT_EACH = 120, 20
"""Seconds LibreOffice may take: a start-up allowance, and more per document."""


WINDOWS_ROOTS = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
"""Environment variables naming Windows' program folders (64- and 32-bit)."""
WINDOWS_DEFAULTS = (r"C:\Program Files", r"C:\Program Files (x86)")
MACOS_APP = "LibreOffice.app/Contents/MacOS/soffice"


def soffice(platform: str = sys.platform) -> str | None:
    """LibreOffice's program: $CCHC_SOFFICE, else soffice or libreoffice on the
    PATH, else where the installer puts it on Windows and macOS (the installers
    do not add it to the PATH)."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        return configured if Path(configured).is_file() else None
    on_path = shutil.which("soffice") or shutil.which("libreoffice")
    if on_path:
        return on_path
    return next((p for p in install_places(platform, os.environ) if os.path.isfile(p)), None)


def install_places(platform: str, environ: Mapping[str, str]) -> list[str]:
    """Where LibreOffice's installer puts soffice on `platform`, most likely first."""
    if platform == "win32":
        roots = [environ[name] for name in WINDOWS_ROOTS if environ.get(name)]
        places = [ntpath.join(root, "LibreOffice", "program", "soffice.exe")
                  for root in (*roots, *WINDOWS_DEFAULTS)]
        return list(dict.fromkeys(places))
    if platform == "darwin":
        home = environ.get("HOME")
        apps = ["/Applications", *([posixpath.join(home, "Applications")] if home else [])]
        return [posixpath.join(folder, MACOS_APP) for folder in apps]
    return []


def require_soffice(platform: str = sys.platform) -> str:
    """LibreOffice's program, or InputError saying how to install it (and, on
    Windows and macOS, that Word's "Save as PDF" does the same)."""
    found = soffice(platform)
    if found is None:
        hint = (msg("hint.install-libreoffice-windows") if platform == "win32"
                else msg("hint.install-libreoffice-macos") if platform == "darwin"
                else msg("hint.install-libreoffice"))
        raise InputError(msg("pdf.no-soffice"), hint)
    return found


def to_pdf(documents: dict[str, bytes]) -> dict[str, bytes]:
    """File name -> .docx bytes in, .pdf name -> PDF bytes out; one
    LibreOffice run for all of them."""
    program = require_soffice()
    with tempfile.TemporaryDirectory(prefix="cchc-pdf-") as scratch:
        folder = Path(scratch)
        source, target = folder / "in", folder / "out"
        source.mkdir()
        target.mkdir()
        for name, data in documents.items():
            (source / name).write_bytes(data)
        command = [program, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                   "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(target),
                   *(str(source / name) for name in documents)]
        _run(command, TIMEOUT_BASE + TIMEOUT_EACH * len(documents))
        out = {}
        for name in documents:
            pdf = target / (Path(name).stem + ".pdf")
            if not pdf.is_file():
                raise WriteError(msg("pdf.failed", name=name))
            out[pdf.name] = pdf.read_bytes()
        return out


def _run(command: list[str], timeout: int) -> None:
    try:
        subprocess.run(command, capture_output=True, timeout=timeout, check=False,
                       stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise WriteError(msg("pdf.timeout", seconds=timeout)) from None
    except OSError as exc:
        raise WriteError(msg("pdf.cannot-run", program=command[0],
                             reason=exc.strerror or exc)) from None
