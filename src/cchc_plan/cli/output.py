"""Where a command's output goes: stdout for `-o -`, else a file written
atomically (into a folder under the default name)."""

from __future__ import annotations

import sys
from pathlib import Path

from cchc_plan.app import output_parent, write_file
from cchc_plan.cli.session import Session
from cchc_plan.core.writeout import safe_name


def output_path(output: Path | None, default_name: str) -> Path:
    """-o as given (a folder gets the default name), else the default name in
    the current folder. The default name is checked so an agency id can never
    lead outside the folder."""
    name = safe_name(default_name)
    if output is None:
        return Path.cwd() / name
    return output / name if _is_dir(output) else output


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long, say: the write says why
        return False


def emit(payload: bytes, output: Path | None, default_name: str, force: bool,
         s: Session) -> Path | None:
    """Hand a command's output over: to stdout for `-o -` (None), else to a
    file (its path)."""
    if str(output) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
        return None
    target = output_parent(output_path(output, default_name))
    write_file(target, payload, force=force)
    s.say("cli.wrote", path=target)
    return target
