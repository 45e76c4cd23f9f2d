"""What a district leader asks for (issue 27), numbers only: the obligations
grouped by lĩnh vực (the plan's sections) or by lãnh đạo phụ trách (the
registry's `leader` of each agency), each group with the official statuses,
the share reported đang thực hiện, and the overdue ones by age (≤ 30 days,
31-90, over 90, as Văn phòng Chính phủ counts them); and the year-end table of
agencies ranked by on-time rate and overdue count (the plan's IV.2, "đánh giá
xếp loại cuối năm").

Works on engine obligations (reports, site) and on cached status rows (`cchc
status`) alike: a group is keyed by a function of the row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol, TypeVar

from cchc_plan.core.lang import Lang
from cchc_plan.core.messages import text
from cchc_plan.views.status import StatusRow, StatusSnapshot
from cchc_plan.views.summary import Summary, summarize

if TYPE_CHECKING:
    from cchc_plan.engine.obligations import Obligation, StatusResult

AGE_LIMITS = (30, 90)
"""Overdue by age: up to 30 days late, 31 to 90, over 90."""
NO_LEADER = ""
"""The group key of agencies whose registry entry names no leader."""


class Countable(Protocol):
    @property
    def status(self) -> str: ...

    @property
    def due(self) -> date | None: ...

    @property
    def days_late(self) -> int | None: ...

    @property
    def progress(self) -> str | None: ...

    @property
    def agency(self) -> str: ...


Row = TypeVar("Row", bound=Countable)


def overdue_ages(rows: Iterable[Countable]) -> tuple[int, int, int]:
    """Overdue obligations up to 30 days late, 31 to 90, and over 90."""
    ages = [0, 0, 0]
    for row in rows:
        if row.status == "overdue":
            late = row.days_late or 0
            ages[0 if late <= AGE_LIMITS[0] else 1 if late <= AGE_LIMITS[1] else 2] += 1
    return ages[0], ages[1], ages[2]


def in_progress(rows: Iterable[Countable]) -> int:
    """Obligations not done whose agency reports them đang thực hiện."""
    return sum(1 for r in rows if r.progress == "in_progress"
               and r.status in ("pending", "overdue"))


@dataclass(frozen=True)
class GroupLine:
    """One lĩnh vực or one leader: its agencies, counts, rate, đang thực hiện
    and overdue by age."""

    key: str
    label: str
    agencies: int
    summary: Summary
    in_progress: int
    ages: tuple[int, int, int]
    members: tuple[str, ...] = ()
    """The agencies of the group, in the order their obligations come."""

    @property
    def open_count(self) -> int:
        """Not done yet (in time or overdue): the base of the đang thực hiện share."""
        return self.summary.counts["pending"] + self.summary.counts["overdue"]

    @property
    def in_progress_share(self) -> float | None:
        return self.in_progress / self.open_count if self.open_count else None


def group_lines(rows: Sequence[Row], key_of: Callable[[Row], str], labels: dict[str, str],
                as_of: date) -> list[GroupLine]:
    """One line per key, in the order of `labels` (keys not in it last)."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(key_of(row), []).append(row)
    order = [k for k in labels if k in groups] + sorted(k for k in groups if k not in labels)
    out = []
    for k in order:
        members = tuple(dict.fromkeys(r.agency for r in groups[k]))
        out.append(GroupLine(k, labels.get(k, k), len(members), summarize(groups[k], as_of),
                             in_progress(groups[k]), overdue_ages(groups[k]), members))
    return out


@dataclass(frozen=True)
class RankLine:
    """One agency in the year-end table."""

    rank: int
    agency: str
    name: str
    summary: Summary

    @property
    def overdue(self) -> int:
        return self.summary.counts["overdue"]


def ranking(rows: Sequence[Countable], names: dict[str, str], as_of: date) -> list[RankLine]:
    """Agencies by on-time rate (highest first), then fewer overdue, then name;
    agencies with nothing due yet last. Equal rate and overdue share a rank."""
    by_agency: dict[str, list[Countable]] = {}
    for row in rows:
        by_agency.setdefault(row.agency, []).append(row)
    summaries = {a: summarize(r, as_of) for a, r in by_agency.items()}

    def order(agency: str) -> tuple[bool, float, int, str]:
        s = summaries[agency]
        rate = s.on_time_rate
        return (rate is None, -(rate or 0.0), s.counts["overdue"], names.get(agency, agency))

    lines: list[RankLine] = []
    for agency in sorted(summaries, key=order):
        s = summaries[agency]
        previous = lines[-1] if lines else None
        tied = previous is not None and previous.summary.on_time_rate == s.on_time_rate \
            and previous.overdue == s.counts["overdue"]
        rank = previous.rank if tied and previous else len(lines) + 1
        lines.append(RankLine(rank, agency, names.get(agency, agency), s))
    return lines


@dataclass(frozen=True)
class LeaderViews:
    sections: list[GroupLine]
    leaders: list[GroupLine]
    """Empty when no agency of the registry names its leader."""
    ranking: list[RankLine]
    in_progress: int
    open_count: int
    ages: tuple[int, int, int]


def leader_views(rows: Sequence[Row], *, section_of: Callable[[Row], str | None],
                 leader_of: dict[str, str | None], sections: dict[str, str],
                 names: dict[str, str], as_of: date, no_section: str,
                 no_leader: str) -> LeaderViews:
    """Every view above for one set of obligations; `sections` and `names`
    give the order and the words."""
    by_section = group_lines(rows, lambda r: section_of(r) or "", {**sections, "": no_section},
                             as_of)
    leaders: list[GroupLine] = []
    if any(leader_of.values()):
        known = list(dict.fromkeys(v for v in leader_of.values() if v))
        leaders = group_lines(rows, lambda r: leader_of.get(r.agency) or NO_LEADER,
                              {**{k: k for k in known}, NO_LEADER: no_leader}, as_of)
    whole = summarize(rows, as_of)
    return LeaderViews(by_section, leaders, ranking(rows, names, as_of), in_progress(rows),
                       whole.counts["pending"] + whole.counts["overdue"], overdue_ages(rows))


def result_views(result: StatusResult, lang: Lang) -> LeaderViews:
    """The views of one status result (reports, site)."""
    agencies = result.directory.agencies

    def section_of(ob: Obligation) -> str | None:
        return ob.task.section

    return leader_views(
        result.obligations, section_of=section_of,
        leader_of={ident: a.leader for ident, a in agencies.items()},
        sections={s.id: f"{s.id}. {s.title}" for s in result.plan.sections},
        names={ident: a.name for ident, a in agencies.items()}, as_of=result.as_of,
        no_section=text("leader.no-section", lang), no_leader=text("leader.no-leader", lang))


def snapshot_views(snapshot: StatusSnapshot, rows: Sequence[StatusRow],
                   lang: Lang) -> LeaderViews:
    """The views of `cchc status` rows (a cached snapshot holds no models)."""
    sections = snapshot.plan.sections if snapshot.plan else ()

    def section_of(row: StatusRow) -> str | None:
        return row.section

    return leader_views(
        rows, section_of=section_of,
        leader_of={a.agency: a.leader for a in snapshot.agencies},
        sections={i: f"{i}. {t}" for i, t in sections},
        names={a.agency: a.name for a in snapshot.agencies}, as_of=snapshot.as_of,
        no_section=text("leader.no-section", lang), no_leader=text("leader.no-leader", lang))
