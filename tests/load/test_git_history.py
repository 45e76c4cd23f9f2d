"""The trend of `cchc site`: the history of assignments/ read from git objects,
one point per commit day (the day's last commit), each point the status as of
that day; and git run so that the repository's own settings execute nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from cchc_plan import app
from cchc_plan.load import git_history
from cchc_plan.views.summary import summarize
from helpers import MINI, commit_all, copy_repo, git, run_cli

pytestmark = pytest.mark.git

TU_PHAP = """\
agency: phong-tu-phap
contact: {{name: Trần Văn B, position: Chuyên viên}}
updated: {updated}
tasks:
  - task: IV.1
    assignee: {{name: Trần Văn B}}
    status: {iv1}
"""
DONE_IV1 = "done\n    completed: 24/8/2020\n    evidence: [{title: Bảng phân công}]"
NOI_VU = """\
agency: phong-noi-vu
contact: {name: Nguyễn Thị A}
updated: 2020-09-02
tasks:
  - task: "2.1"
    assignee: {name: Nguyễn Thị A}
    status: done
    completed: 14/8/2020
    evidence: [{number: 12/KH-PNV, title: Kế hoạch tuyên truyền}]
"""


@pytest.fixture
def history_repo(tmp_path: Path) -> tuple[Path, list[tuple[date, str, Path]]]:
    """The mini plan in git, then three days of progress (two commits on the
    last day), a snapshot of the files at each day's last commit, and an
    uncommitted change in the work tree."""
    root = copy_repo(MINI, tmp_path / "repo")
    git(root, "init", "-q")
    file = root / "assignments" / "phong-tu-phap.yaml"

    def snapshot(n: int) -> Path:
        return shutil.copytree(root, tmp_path / f"snap{n}", ignore=shutil.ignore_patterns(".git"))

    # the plan, and assignments/ with its .gitkeep: a point where nobody has reported
    steps = [(date(2020, 8, 1), commit_all(root, "2020-08-01T09:00:00+07:00", "plan"), snapshot(0))]

    file.write_text(TU_PHAP.format(updated="20/8/2020", iv1="in_progress"), encoding="utf-8")
    steps.append((date(2020, 8, 20), commit_all(root, "2020-08-20T16:00:00+07:00", "1"),
                  snapshot(1)))
    file.write_text(TU_PHAP.format(updated="25/8/2020", iv1=DONE_IV1), encoding="utf-8")
    steps.append((date(2020, 8, 25), commit_all(root, "2020-08-25T10:00:00+07:00", "2"),
                  snapshot(2)))
    (root / "assignments" / "phong-noi-vu.yaml").write_text("agency: phong-noi-vu\n",
                                                            encoding="utf-8")
    commit_all(root, "2020-09-02T08:00:00+07:00", "3a (broken file, fixed the same day)")
    (root / "assignments" / "phong-noi-vu.yaml").write_text(NOI_VU, encoding="utf-8")
    steps.append((date(2020, 9, 2), commit_all(root, "2020-09-02T17:30:00+07:00", "3b"),
                  snapshot(3)))
    file.write_text("not yet committed: never read\n", encoding="utf-8")
    return root, steps


def status_summary(root: Path, day: date) -> tuple[dict[str, int], float | None]:
    """Counts and the rate of `cchc status --format json` on a folder as of a
    day: its summary, and the same recomputed from its rows."""
    done = run_cli("status", "--root", str(root), "--as-of", day.isoformat(),
                   "--format", "json")
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)
    rows = [SimpleNamespace(status=r["status"], due=date.fromisoformat(r["due"])
                            if r["due"] else None) for r in data["rows"]]
    summary = summarize(rows, day)
    assert summary.counts == data["summary"]["counts"]
    assert summary.on_time_rate == data["summary"]["on_time_rate"]
    return summary.counts, summary.on_time_rate


def test_one_point_per_commit_day_equal_to_status_of_that_day(
        history_repo: tuple[Path, list[tuple[date, str, Path]]]) -> None:
    root, steps = history_repo
    project = app.open_plan(root, use_cache=False)
    trend = app.site_trend(project, date(2020, 12, 31))
    assert trend.available
    assert not trend.truncated
    assert [(p.day, p.commit) for p in trend.points] == [(d, c) for d, c, _ in steps]
    for point, (day, _, snapshot) in zip(trend.points, steps, strict=True):
        counts, rate = status_summary(snapshot, day)
        assert point.summary.counts == counts, day
        assert point.summary.on_time_rate == rate, day
    _, first, second, third = trend.points
    assert first.summary.counts["done_late"] == 0
    assert second.summary.counts["done_late"] == 1  # IV.1, done on 24/8 for 17/8
    assert third.summary.counts["overdue"] == second.summary.counts["overdue"] - 1  # 2.1
    assert third.summary.counts["done_on_time"] == 1  # 2.1, done on 14/8 for 15/8
    assert trend.points[0].summary.on_time_rate is None  # 1/8: nothing due yet
    assert first.summary.on_time_rate == second.summary.on_time_rate == 0
    assert (third.summary.on_time_rate or 0) > 0


def test_days_after_the_as_of_date_are_left_out(
        history_repo: tuple[Path, list[tuple[date, str, Path]]]) -> None:
    root, steps = history_repo
    trend = app.site_trend(app.open_plan(root, use_cache=False), date(2020, 8, 31))
    assert [p.commit for p in trend.points] == [c for _, c, _ in steps[:3]]


def test_the_trend_page_shows_the_points(
        history_repo: tuple[Path, list[tuple[date, str, Path]]], tmp_path: Path) -> None:
    root, steps = history_repo
    out = tmp_path / "site"
    done = run_cli("site", "--root", str(root), "-o", str(out), "--as-of", "2020-12-31")
    assert done.exit_code == 0, done.stderr
    page = (out / "xu-huong.html").read_text(encoding="utf-8")
    for day, sha, _ in steps:
        assert f'data-day="{day.isoformat()}"' in page
        assert sha[:10] in page
    assert page.count("<circle") == len(steps) - 1  # a marker per point with a rate (not 1/8)
    assert page.count('class="mark square"') == len(steps)  # and per point of the overdue count
    assert "<table" in page


def test_outside_git_there_is_no_trend(mini_copy: Path, tmp_path: Path) -> None:
    assert git_history.assignment_history(mini_copy, date(2021, 1, 1)) is None
    done = run_cli("site", "--root", str(mini_copy), "-o", str(tmp_path / "site"),
                   "--lang", "en")
    assert done.exit_code == 0, done.stderr
    assert "is not in git" in (tmp_path / "site" / "xu-huong.html").read_text(encoding="utf-8")


def test_history_is_bounded(history_repo: tuple[Path, list[tuple[date, str, Path]]],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    root, steps = history_repo
    monkeypatch.setattr(git_history, "MAX_COMMITS", 2)
    history = git_history.assignment_history(root, date(2020, 12, 31))
    assert history is not None
    assert history.truncated
    assert [r.commit for r in history.revisions] == [steps[3][1]]  # 3b and 3a: one day
    monkeypatch.setattr(git_history, "MAX_COMMITS", 1000)
    monkeypatch.setattr(git_history, "MAX_FILE_BYTES", 150)
    history = git_history.assignment_history(root, date(2020, 12, 31))
    assert history is not None
    big = [path for r in history.revisions for path, oid in r.files if oid is None]
    assert "assignments/phong-noi-vu.yaml" in big  # too large to read: unreadable
    assert all(len(raw) <= 150 for raw in history.blobs.values())


EVIL = """\
[core]
\tfsmonitor = "touch {mark}-fsmonitor; false"
\tpager = "touch {mark}-pager; cat"
\thooksPath = {hooks}
\tsshCommand = "touch {mark}-ssh"
[log]
\tshowSignature = true
[gpg]
\tprogram = {gpg}
[diff]
\texternal = {gpg}
[protocol "ext"]
\tallow = always
"""


def sign_head(root: Path) -> str:
    """Rewrite HEAD as a commit with a (bogus) signature header, which `git log`
    verifies with gpg.program when log.showSignature is on."""
    raw = git(root, "cat-file", "commit", "HEAD")
    head, _, message = raw.partition("\n\n")
    signed = (f"{head}\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEz\n"
              f" -----END PGP SIGNATURE-----\n\n{message}\n")
    done = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--stdin"], cwd=root,
                          input=signed, capture_output=True, text=True, check=True)
    git(root, "update-ref", "HEAD", done.stdout.strip())
    return done.stdout.strip()


@pytest.mark.posix
def test_the_repository_config_runs_nothing(
        history_repo: tuple[Path, list[tuple[date, str, Path]]], tmp_path: Path) -> None:
    root, steps = history_repo
    signed = sign_head(root)
    mark = tmp_path / "ran"
    script = tmp_path / "evil.sh"
    script.write_text(f"#!/bin/sh\ntouch {mark}-$(basename $0)\nexit 1\n", encoding="utf-8")
    script.chmod(0o755)
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    for hook in ("post-checkout", "reference-transaction", "pre-auto-gc", "post-index-change"):
        shutil.copy(script, hooks / hook)
    with (root / ".git" / "config").open("a", encoding="utf-8") as config:
        config.write(EVIL.format(mark=mark, hooks=hooks, gpg=script))
    plain = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", "log", "-1"], cwd=root, env=plain, capture_output=True, check=False)
    subprocess.run(["git", "status"], cwd=root, env=plain, capture_output=True, check=False)
    armed = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("ran"))
    assert "ran-evil.sh" in armed
    assert "ran-fsmonitor" in armed
    for name in armed:
        (tmp_path / name).unlink()
    history = git_history.assignment_history(root, date(2020, 12, 31))
    assert history is not None
    assert [r.commit for r in history.revisions] == [*(c for _, c, _ in steps[:3]), signed]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("ran")) == []


def test_a_bare_repository_planted_in_the_plan_folder_is_not_used(mini_copy: Path,
                                                                  tmp_path: Path) -> None:
    """A plan folder that is itself a bare repository (HEAD, objects/, refs/ and a
    config that runs a program): git refuses it instead of reading its config."""
    mark = tmp_path / "ran-bare"
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "bare")], check=True)
    for name in ("HEAD", "objects", "refs"):
        source = tmp_path / "bare" / name
        if source.is_dir():
            shutil.copytree(source, mini_copy / name)
        else:
            shutil.copy(source, mini_copy / name)
    (mini_copy / "config").write_text(
        f'[core]\n\tbare = true\n\tfsmonitor = "touch {mark}; false"\n'
        f'[log]\n\tshowSignature = true\n[gpg]\n\tprogram = "touch {mark}"\n',
        encoding="utf-8")
    assert git_history.assignment_history(mini_copy, date(2021, 1, 1)) is None
    assert not mark.exists()


# --- submitted at a past date: what the file said then, as committed (issue 27) -----------


def submitted(root: Path, as_of: str) -> bool:
    out = json.loads(run_cli("status", "--root", str(root), "--as-of", as_of, "--format",
                             "json", "--agency", "phong-tu-phap").stdout)
    return bool(next(a for a in out["summary"]["agencies"]
                     if a["agency"] == "phong-tu-phap")["submitted"])


def test_a_file_edited_later_was_submitted_when_it_was_committed(tmp_path: Path) -> None:
    root = copy_repo(MINI, tmp_path / "repo")
    git(root, "init", "-q")
    commit_all(root, "2020-08-01T09:00:00+07:00", "plan")
    file = root / "assignments" / "phong-tu-phap.yaml"
    file.write_text(TU_PHAP.format(updated="2020-08-24", iv1="in_progress"), encoding="utf-8")
    commit_all(root, "2020-08-24T16:00:00+07:00", "sent")
    file.write_text(TU_PHAP.format(updated="2020-10-05", iv1=DONE_IV1), encoding="utf-8")
    commit_all(root, "2020-10-05T10:00:00+07:00", "updated")
    assert submitted(root, "2020-09-01")  # signed and sent on 24/8, though `updated` now says 5/10
    assert not submitted(root, "2020-08-20")  # before it was sent
    assert submitted(root, "2020-10-06")
    plain = shutil.copytree(root, tmp_path / "no-git", ignore=shutil.ignore_patterns(".git"))
    assert not submitted(plain, "2020-09-01")  # without history, the file's own `updated` decides
