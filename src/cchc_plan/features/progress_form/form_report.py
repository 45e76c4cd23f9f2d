"""What `cchc form import` prints: for each form, the file it changes and a line
per task it changes (`--dry-run` says what would change), and with `--diff`
the unified diff of the agency file."""

from __future__ import annotations

import difflib

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import quoted, text
from cchc_plan.features.progress_form.form_import import FormImport
from cchc_plan.features.progress_form.form_merge import Summary, edit_text
from cchc_plan.features.progress_form.rows import period_text


def import_lines(result: FormImport, lang: Lang, *, dry_run: bool) -> list[str]:
    """The form's summary: a head line, then one line per changed record."""
    lines = [text("form.cli.writes", lang, form=result.form, name=result.agency_name,
                  agency=result.agency, path=result.file_path or "-")]
    if result.named:
        lines.append(text("form.cli.other-name", lang, form=result.form,
                          named=quoted(result.named), agency=quoted(result.agency)))
    lines += [text("form.cli.forced", lang, form=result.form, reason=m.text(lang))
              for m in result.forced]
    lines += [text("form.cli.skipped-row", lang, form=result.form, row=row, task=task)
              for row, task in result.skipped]
    if not result.changed:
        lines.append(text("form.cli.unchanged", lang, form=result.form,
                          path=result.file_path or result.form))
        return lines
    lines.append(text("form.cli.would-change" if dry_run else "form.cli.changed", lang,
                      form=result.form, path=result.file_path, n=result.items))
    lines += [summary_line(s, lang) for s in result.summary]
    return lines


def summary_line(summary: Summary, lang: Lang) -> str:
    changes = "; ".join(edit_text(e, lang) for e in summary.edits)
    if summary.task is None:
        return text("form.change.contact", lang, changes=changes)
    what = [p for p in (period_text(summary.period, lang), summary.part) if p]
    if summary.new:
        what.append(text("form.change.new-entry", lang))
    where = text("form.change.where", lang, what=", ".join(what)) if what else ""
    return text("form.change.task", lang, task=summary.task, where=where, changes=changes)


def diff_text(result: FormImport) -> str:
    """The unified diff of the agency file, as `git diff` shows it."""
    name = result.file_path
    return "".join(difflib.unified_diff(
        result.before.splitlines(keepends=True), result.after.splitlines(keepends=True),
        fromfile=f"a/{name}", tofile=f"b/{name}"))
