"""`--open`: the file just written, in the computer's default program (Word,
Excel, the calendar, the browser), as an officer expects after "xuất báo cáo".

Windows has os.startfile, macOS `open`, the others `xdg-open`. Opening is a
courtesy: the file is written whatever happens, so a missing opener or one
that fails is a sentence on stderr, never an error of the command.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from cchc_plan.cli.session import Session

Opener = Callable[[Path], object]


def open_written(path: Path | None, s: Session) -> None:
    """Open `path` (nothing for None: the output went to stdout)."""
    if path is None:
        return
    found = system_opener()
    if isinstance(found, str):
        s.say("cli.no-opener", program=found, path=path)
        return
    try:
        found(path)
    except OSError as exc:
        s.say("cli.cannot-open", path=path, reason=exc.strerror or exc)


def system_opener(platform: str = sys.platform) -> Opener | str:
    """The function that opens a file in its default program, or the name of
    the program this computer lacks."""
    startfile = getattr(os, "startfile", None)  # Windows only
    if startfile is not None:
        return startfile  # type: ignore[no-any-return]
    program = "open" if platform == "darwin" else "xdg-open"
    found = shutil.which(program)
    return partial(launch, found) if found else program


def launch(program: str, path: Path) -> None:
    """Start `program path` and leave it running on its own: no terminal
    input or output of ours, not ended with cchc."""
    subprocess.Popen([program, str(path.resolve())], stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True)
