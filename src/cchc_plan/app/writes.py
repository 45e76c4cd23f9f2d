"""How the library writes files: atomically, never through a symlink, never
clobbering without `force` (`core.writeout`); inside a repository, no folder
on the way may be a link.

Output folders, one rule for every command (`report`, `report --all`,
`form export`, `form export --all`, `site`, `calendar`, ...):

- `-o` names a file (one output) or a folder (a batch: `--all`, `site`).
- A folder that does not exist is made, with the folders above it that do
  not exist either (as `mkdir -p`): `-o bao-cao/2020/quy-4` works in an
  empty folder. A name that exists and is not a folder is refused.
- Never through a link: each folder cchc makes is made inside its parent
  and opened without following a link (one planted meanwhile is refused),
  and what -o names is never a link: the file of one output (as every
  file cchc writes), the folder of a batch. Folders above what -o names
  that already exist are the user's own path and are taken as they are
  (on macOS /tmp is a link to /private/tmp).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_plan.core.writeout import write_atomic

if TYPE_CHECKING:
    from cchc_plan.features.progress_form.form_import import FormImport


def write_file(target: Path, payload: bytes, *, force: bool = False,
               within: Path | None = None) -> Path:
    """Write atomically, never through a symlink; an existing file is replaced
    only with `force` (TargetError otherwise), keeping a .bak copy. With
    `within` (a repository), no folder between it and the target may be a link."""
    return write_atomic(target, lambda stream: stream.write(payload), force=force, within=within)


# --- the progress form --------------------------------------------------------------------


def write_pdfs(documents: list[Path], *, force: bool = False) -> list[Path]:
    """A PDF beside each .docx (one LibreOffice run for all); written like
    every output: atomically, replacing a file only with `force`."""
    from cchc_plan.render.pdf import to_pdf

    targets = [d.with_suffix(".pdf") for d in documents]
    check_targets(targets, force=force)
    pdfs = to_pdf({d.name: d.read_bytes() for d in documents})
    return [write_file(t, pdfs[t.name], force=force) for t in targets]


def repository_folder(root: Path, name: str) -> Path:
    """A folder of the repository for output (`reports`), made when missing;
    TargetError when it is a link or not a folder."""
    from cchc_plan.core.writeout import make_folder

    return make_folder(root / name, root)


def output_folder(folder: Path, option: str) -> Path:
    """The folder a batch (`option`: --all, site) writes into, made when missing
    (with its missing parents), never a link; InputError when `folder` is `-`
    or something other than a folder, TargetError when it is a link."""
    from cchc_plan.core.errors import InputError, TargetError
    from cchc_plan.core.messages import msg

    if str(folder) == "-":
        raise InputError(msg("usage.needs-folder", option=option, path=folder))
    try:
        info = folder.lstat()
    except FileNotFoundError:
        return make_folders(folder)
    except OSError:
        return make_folders(folder)  # a name too long, say: making it says why
    if stat.S_ISLNK(info.st_mode):
        raise TargetError(msg("usage.symlink", path=folder), "symlink")
    if not stat.S_ISDIR(info.st_mode):
        raise InputError(msg("usage.needs-folder", option=option, path=folder))
    return folder


def output_parent(target: Path) -> Path:
    """The folder of a single output file, made when missing (with its missing
    parents); one that exists is taken as it is (the write checks the file)."""
    folder = target.parent
    if not os.path.lexists(folder):
        make_folders(folder)
    return target


def make_folders(folder: Path) -> Path:
    """`folder` and every missing folder above it, each made inside its parent
    and opened without following a link; the deepest folder that exists is
    where it starts (`core.writeout.make_folder`)."""
    from cchc_plan.core.writeout import make_folder

    start = next((p for p in folder.parents if os.path.lexists(p)), Path(folder.anchor or "."))
    return make_folder(folder, start)


def check_targets(paths: list[Path], *, force: bool = False) -> None:
    """TargetError for the first path that cannot be written, before any is."""
    from cchc_plan.core.writeout import check_target

    for path in paths:
        check_target(path, force)


def write_imports(results: list[FormImport], root: Path | None = None) -> list[Path]:
    """Write every changed agency file (atomically, the old one kept as .bak;
    with `root`, the repository, no folder on the way may be a link)."""
    written = []
    for result in results:
        if result.changed and result.target is not None:
            exists = result.target.exists() or result.target.is_symlink()
            written.append(write_file(result.target, result.after.encode("utf-8"),
                                      force=exists, within=root))
    return written
