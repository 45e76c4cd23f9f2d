"""How the library writes files: atomically, never through a symlink, never
clobbering without `force` (`core.writeout`); inside a repository, no folder
on the way may be a link."""

from __future__ import annotations

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
