"""Write a synthetic plan repository for benchmarking `cchc`.

    python bench/generate.py OUT_DIR [--districts N] [--seed S] [--years Y]

The result is a repository that `cchc validate --root OUT_DIR` accepts (exit 0)
and `cchc status --root OUT_DIR` reads, about N times the size of the shipped one:

- `plan/appendix.yaml` is the shipped plan, byte for byte.
- `plan/agencies.yaml` holds N districts of 40 agencies each: the shipped 31
  (13 phòng, 2 đơn vị sự nghiệp, 2 others, 14 xã) plus 3 more đơn vị sự
  nghiệp and 6 more xã. Ids are prefixed per district (`d03-phong-noi-vu`);
  names carry the district (`Phòng Nội vụ huyện Tân Phú`) so that no two
  entries fold to the same name. Each shipped group exists per district
  (`d03-ubnd-xa-thi-tran`) and province-wide under its shipped id, expanding to
  every district's group; each shipped non-commune agency id becomes a
  province-wide group of that office in every district. So the shipped plan's
  `lead`, `coordinating`, `coordinator` and `recorded_by` ids all still expand.
- `assignments/<id>.yaml`: one filled-in progress file per agency: contact,
  `updated` (31/12 of the last year), every task that involves the agency with
  assignees, statuses (done with dates and evidence, in progress, not started),
  request dates for "theo yêu cầu" parts, and one entry per period of every
  periodic part over the years 2020 .. 2020+Y-1. Phòng Nội vụ files record the
  dates of the plan's yearly event.

Which tasks involve an agency is computed once with `cchc_plan` on a one-district
template registry (the shipped one plus the extra units) and reused for every
district, so generating does not load the big repository.

Output is deterministic: the same --districts, --seed and --years give
byte-identical files (each agency draws from its own `random.Random` seeded with
the seed and its id).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from cchc_plan.core.dates import month_end, natural_key, parse_day_month, parse_month
from cchc_plan.core.text import fold, slug
from cchc_plan.load.directory import Directory
from cchc_plan.load.inputs import snapshot
from cchc_plan.load.layout import AGENCIES_FILE, PLAN_FILE
from cchc_plan.load.models import (
    AgencyRegistry,
    AnnualPart,
    DatePart,
    DeadlinePart,
    MonthEndPart,
    Plan,
    QuarterlyPart,
    RelativePart,
    Role,
    Task,
)
from cchc_plan.load.reader import read_files

SHIPPED_ROOT = Path(__file__).resolve().parent.parent
MARKER = ".bench-generated.json"
FIRST_YEAR = 2020
COMMUNE_SLOTS = 20  # 1 thị trấn + 19 xã per district

EXTRA_UNITS = [
    ("ban-qlda-dtxd", "Ban Quản lý dự án đầu tư xây dựng huyện", "Trưởng ban"),
    ("trung-tam-dich-vu-nong-nghiep", "Trung tâm Dịch vụ nông nghiệp huyện", "Giám đốc"),
    ("trung-tam-y-te", "Trung tâm Y tế huyện", "Giám đốc"),
]

# --- Vietnamese names ----------------------------------------------------------

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
      "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai"]
DEM_NAM = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Đình", "Ngọc"]
DEM_NU = ["Thị", "Ngọc", "Thu", "Hồng", "Kim", "Thanh", "Mỹ", "Phương", "Bích", "Thúy"]
TEN_NAM = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Khoa", "Long",
           "Nam", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Toàn", "Trung", "Tuấn", "Vinh"]
TEN_NU = ["Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh",
          "Mai", "Nga", "Nhung", "Oanh", "Phượng", "Tâm", "Thảo", "Trang", "Vân", "Yến"]
HO_TAY_NGUYEN = ["Ksor", "Rơ Mah", "Siu", "Nay", "Kpă", "Rơ Châm", "Puih", "Rah Lan"]
TEN_TAY_NGUYEN = ["Blơi", "H'Hen", "Thuế", "Nhiên", "H'Bia", "Dũng", "Hyưn", "Tin", "Lũy"]

PLACE_A = ["Tân", "Phú", "Bình", "An", "Hòa", "Long", "Phước", "Thạnh", "Đức", "Vĩnh",
           "Quảng", "Kim", "Hưng", "Yên", "Mỹ", "Đông", "Tây", "Nam", "Bắc", "Châu",
           "Cẩm", "Hải", "Lạc", "Thuận", "Gia", "Nghĩa", "Trà", "Sơn", "Hồng", "Xuân"]
PLACE_B = ["Phú", "Lợi", "Thành", "Hiệp", "Điền", "Khánh", "Lộc", "Hải", "Sơn", "Thủy",
           "Ninh", "Giang", "Tiến", "Trung", "Hà", "Lâm", "Mỹ", "Xuyên", "Định", "Tường",
           "Hội", "Quang", "Minh", "Thắng", "Cường", "Phong", "Dương", "Thới", "Long", "Yên"]
PLACE_TAY_NGUYEN = ["Ia Blang", "Ia Mlah", "Chư Drăng", "Ia Rsai", "Krông Năng", "Ia Hdreh",
                    "Chư Gu", "Đất Bằng", "Ia Rmok", "Uar", "Ia Pết", "Ia Sao", "Kon Chiêng",
                    "Đak Jơ Ta", "Ia Kriêng", "Chư Á", "Ia Băng", "Ia Tôr", "H'Bông", "Ayun"]

POSITIONS = {
    "phong": ["Chuyên viên", "Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng"],
    "don-vi-su-nghiep": ["Viên chức", "Viên chức", "Phó Giám đốc", "Kế toán"],
    "ubnd-xa": ["Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch",
                "Phó Chủ tịch UBND", "Công chức Địa chính - Xây dựng"],
    "khac": ["Nhân viên", "Phó Giám đốc", "Chuyên viên"],
}
DOC_KINDS = [("BC", "Báo cáo kết quả"), ("KH", "Kế hoạch"), ("QĐ", "Quyết định về việc"),
             ("TB", "Thông báo về việc"), ("CV", "Công văn về việc")]
OFFICE_CODES = {
    "van-phong-hdnd-ubnd": "VP", "phong-noi-vu": "NV", "phong-tu-phap": "TP",
    "phong-tai-chinh-ke-hoach": "TCKH", "phong-van-hoa-thong-tin": "VHTT",
    "phong-tai-nguyen-moi-truong": "TNMT", "phong-lao-dong-tbxh": "LĐTBXH",
    "phong-giao-duc-dao-tao": "GDĐT", "phong-y-te": "YT", "thanh-tra-huyen": "TTr",
    "phong-kinh-te-ha-tang": "KTHT", "phong-nong-nghiep-ptnt": "NNPTNT", "phong-dan-toc": "DT",
}
NOTES = ["Đang triển khai theo kế hoạch.", "Đã xây dựng dự thảo, đang lấy ý kiến góp ý.",
         "Chờ hướng dẫn của cấp trên.", "Đang tổng hợp số liệu từ các bộ phận."]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


# --- the template: one district ----------------------------------------------


@dataclass
class TemplateAgency:
    """One agency of the one-district template, with the tasks that involve it."""

    id: str
    name: str
    kind: str
    level: str
    head: str
    commune_slot: int | None = None
    roles: list[tuple[Task, Role]] = field(default_factory=list)


@dataclass
class Template:
    plan: Plan
    plan_bytes: bytes
    agencies: list[TemplateAgency]
    groups: list[tuple[str, str, list[str], list[str]]]  # id, name, aliases, members
    shipped_names: dict[str, tuple[str, list[str]]]  # agency id -> (name, aliases)
    recorders: dict[str, list[str]]  # template agency id -> events it records


@dataclass
class District:
    number: int
    prefix: str
    name: str
    domain: str
    communes: list[tuple[str, str]]  # (id part, display name) per commune slot


def load_template(root: Path) -> Template:
    """The shipped plan and registry, with the extra units added to their groups."""
    inputs = snapshot(root)
    plan_loaded, problems = read_files([inputs.plan], Plan, None, 1)[0]
    reg_loaded, reg_problems = read_files([inputs.registry], AgencyRegistry, None, 1)[0]
    if plan_loaded.model is None or reg_loaded.model is None or problems or reg_problems:
        sys.exit(f"generate: the shipped plan under {root} does not load")
    plan, registry = plan_loaded.model, reg_loaded.model
    agencies: list[TemplateAgency] = []
    slot = 0
    for a in registry.agencies:
        is_commune = a.kind == "ubnd-xa"
        agencies.append(TemplateAgency(a.id, a.name, str(a.kind), str(a.level), str(a.head),
                                       slot if is_commune else None))
        slot += is_commune
    agencies += [TemplateAgency(i, n, "don-vi-su-nghiep", "huyen", h) for i, n, h in EXTRA_UNITS]
    extra_communes = [f"ubnd-xa-them-{k}" for k in range(slot, COMMUNE_SLOTS)]
    agencies += [TemplateAgency(i, i, "ubnd-xa", "xa", "Chủ tịch", slot + k)
                 for k, i in enumerate(extra_communes)]
    groups = []
    for g in registry.groups:
        members = list(g.members)
        if g.id == "don-vi-su-nghiep":
            members += [i for i, _, _ in EXTRA_UNITS]
        if g.id == "ubnd-xa-thi-tran":
            members += extra_communes
        groups.append((g.id, g.name, list(g.aliases), members))
    directory = build_directory(agencies, groups)
    for agency in agencies:
        agency.roles = involved_tasks(plan, directory, agency.id)
    recorders: dict[str, list[str]] = {}
    for event in plan.events:
        for ref in event.recorded_by:
            for ident in directory.expand(ref):
                recorders.setdefault(ident, []).append(event.id)
    shipped = {a.id: (a.name, list(a.aliases)) for a in registry.agencies}
    return Template(plan, (root / PLAN_FILE).read_bytes(), agencies, groups, shipped, recorders)


def build_directory(agencies: list[TemplateAgency],
                    groups: list[tuple[str, str, list[str], list[str]]]) -> Directory:
    registry = AgencyRegistry.model_validate({
        "agencies": [{"id": a.id, "name": a.name, "level": a.level} for a in agencies],
        "groups": [{"id": i, "name": n, "members": m} for i, n, _, m in groups],
    })
    return Directory.build(registry)


def involved_tasks(plan: Plan, directory: Directory, ident: str) -> list[tuple[Task, Role]]:
    out = []
    for task in plan.all_tasks():
        role = directory.roles(task).get(ident)
        if role and not task.is_heading:
            out.append((task, role))
    return sorted(out, key=lambda tr: natural_key(tr[0].id))


# --- districts -------------------------------------------------------------------


def make_districts(count: int, seed: int) -> list[District]:
    rng = random.Random(f"{seed}/districts")
    width = max(2, len(str(count)))
    names = unique_names(place_names(rng), count)
    districts = []
    for number, name in enumerate(names, start=1):
        communes = unique_names(commune_names(rng), COMMUNE_SLOTS)
        slots = [(("tt-" if k == 0 else "xa-") + slug(c), c) for k, c in enumerate(communes)]
        domain = slug(name).replace("-", "") + ".gov.vn"
        districts.append(District(number, f"d{number:0{width}d}-", name, domain, slots))
    return districts


def place_names(rng: random.Random) -> list[str]:
    pairs = [f"{a} {b}" for a in PLACE_A for b in PLACE_B if fold(a) != fold(b)]
    rng.shuffle(pairs)
    return pairs


def commune_names(rng: random.Random) -> list[str]:
    names = place_names(rng)[:40] + PLACE_TAY_NGUYEN
    rng.shuffle(names)
    return names


def unique_names(pool: list[str], count: int) -> list[str]:
    """`count` names whose folded forms differ; numbered when the pool runs out."""
    out: list[str] = []
    seen: set[str] = set()
    round_ = 1
    while len(out) < count:
        for name in pool:
            candidate = name if round_ == 1 else f"{name} {round_}"
            if fold(candidate) not in seen:
                seen.add(fold(candidate))
                out.append(candidate)
                if len(out) == count:
                    break
        round_ += 1
    return out


def local_name(name: str, district: str) -> str:
    if "Krông Pa" in name:
        return name.replace("Krông Pa", district)
    return f"{name} {district}" if name.endswith("huyện") else f"{name} huyện {district}"


def agency_id(agency: TemplateAgency, district: District) -> str:
    if agency.commune_slot is None:
        return district.prefix + agency.id
    return f"{district.prefix}ubnd-{district.communes[agency.commune_slot][0]}"


def agency_name(agency: TemplateAgency, district: District) -> str:
    if agency.commune_slot is None:
        return local_name(agency.name, district.name)
    kind = "thị trấn" if agency.commune_slot == 0 else "xã"
    return f"UBND {kind} {district.communes[agency.commune_slot][1]}, huyện {district.name}"


# --- plan/agencies.yaml ----------------------------------------------------------


_PLAIN = re.compile(r"^[^\W\d_][^:#,\[\]{}\"'&*!|>%@`\\]*(?<! )$")
_KEYWORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"}


def q(text: str) -> str:
    """A YAML scalar that reads back as this text: plain when it safely can be
    (also inside `{...}`), else a JSON string, which is valid YAML."""
    if _PLAIN.match(text) and text.lower() not in _KEYWORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def flow_list(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def registry_text(template: Template, districts: list[District]) -> str:
    lines = [
        "# yaml-language-server: $schema=../schemas/agencies.schema.json",
        f"# Synthetic registry: {len(districts)} districts x {len(template.agencies)} agencies,",
        "# written by bench/generate.py from the shipped plan/agencies.yaml; per-district",
        "# groups first, then the shipped ids as groups over every district. No comments",
        "# per district: at 700 districts this file is close to cchc's 5 MiB limit.",
        "schema_version: 1",
        "agencies:",
    ]
    for district in districts:
        for agency in template.agencies:
            lines.append(
                f"  - {{id: {agency_id(agency, district)}, "
                f"name: {q(agency_name(agency, district))}, kind: {agency.kind}, "
                f"level: {agency.level}, head: {q(agency.head)}}}"
            )
    lines.append("groups:")
    lines += district_group_lines(template, districts)
    lines += province_group_lines(template, districts)
    return "\n".join(lines) + "\n"


def district_group_lines(template: Template, districts: list[District]) -> list[str]:
    by_id = {a.id: a for a in template.agencies}
    group_ids = {g[0] for g in template.groups}
    lines = []
    for district in districts:
        for gid, name, _aliases, members in template.groups:
            ids = [district.prefix + m if m in group_ids else agency_id(by_id[m], district)
                   for m in members]
            lines.append(f"  - {{id: {district.prefix}{gid}, "
                         f"name: {q(local_name(name, district.name))}, "
                         f"members: {flow_list(ids)}}}")
    return lines


def province_group_lines(template: Template, districts: list[District]) -> list[str]:
    """The shipped ids as province-wide groups: shipped groups, then each office."""
    lines = []
    entries = [(gid, name, aliases) for gid, name, aliases, _ in template.groups]
    entries += [(a.id, *template.shipped_names[a.id]) for a in template.agencies
                if a.commune_slot is None and a.id in template.shipped_names]
    for ident, name, aliases in entries:
        lines += [f"  - id: {ident}", f"    name: {q(name)}"]
        if aliases:
            lines.append(f"    aliases: {flow_list([q(a) for a in aliases])}")
        lines.append(f"    members: {flow_list([d.prefix + ident for d in districts])}")
    return lines


# --- assignments/<id>.yaml ---------------------------------------------------------


@dataclass
class Context:
    """What every progress file of one run shares."""

    start: date
    updated: date
    years: range
    event_dates: dict[str, list[date]]
    yearly_events: set[str]


def person(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"{rng.choice(HO_TAY_NGUYEN)} {rng.choice(TEN_TAY_NGUYEN)}"
    if rng.random() < 0.5:
        return f"{rng.choice(HO)} {rng.choice(DEM_NU)} {rng.choice(TEN_NU)}"
    return f"{rng.choice(HO)} {rng.choice(DEM_NAM)} {rng.choice(TEN_NAM)}"


def office_code(agency: TemplateAgency) -> str:
    if agency.kind == "ubnd-xa":
        return "UBND"
    return OFFICE_CODES.get(agency.id, "TT" if agency.kind == "don-vi-su-nghiep" else "BĐ")


def clip(day: date, ctx: Context) -> date:
    return min(max(day, ctx.start), ctx.updated)


def period_label(period: str | None) -> str:
    if period is None:
        return ""
    if "-Q" in period:
        year, quarter = period.split("-Q")
        return f", quý {ROMAN[int(quarter)]}/{year}"
    return f" năm {period}"


def phrase(title: str) -> str:
    return title[0].lower() + title[1:] if len(title) > 1 and title[1].islower() else title


def evidence_lines(rng: random.Random, agency: TemplateAgency, task: Task, period: str | None,
                   completed: date, ctx: Context, indent: str) -> list[str]:
    lines = [f"{indent}evidence:"]
    for _ in range(rng.choice((1, 1, 2, 3))):
        code, word = rng.choice(DOC_KINDS)
        when = clip(completed - timedelta(days=rng.randint(0, 5)), ctx)
        number = (f"{rng.randint(1, 480)}/{office_code(agency)}" if code == "CV"
                  else f"{rng.randint(1, 480)}/{code}-{office_code(agency)}")
        title = f"{word} {phrase(task.title)}{period_label(period)}"
        link = (f", link: \"https://vanban.example.gov.vn/{when:%Y}/{slug(number)}.pdf\""
                if rng.random() < 0.3 else "")
        lines.append(f"{indent}  - {{number: {q(number)}, date: {when.isoformat()}, "
                     f"title: {q(title)}{link}}}")
    return lines


def progress_lines(rng: random.Random, agency: TemplateAgency, task: Task, period: str | None,
                   due: date | None, ctx: Context, indent: str) -> list[str]:
    """status / completed / evidence of one record, drawn by how far the due date is."""
    if due is not None and due > ctx.updated:
        weights = (0.0, 0.4, 0.6)
    elif due is None:
        weights = (0.3, 0.55, 0.15)
    else:
        weights = (0.72, 0.12, 0.16)
    status = rng.choices(("done", "in_progress", "not_started"), weights)[0]
    lines = [f"{indent}status: {status}"]
    if status == "done":
        around = due if due is not None else ctx.start + timedelta(
            days=rng.randint(0, (ctx.updated - ctx.start).days))
        completed = clip(around + timedelta(days=rng.randint(-25, 18)), ctx)
        lines.append(f"{indent}completed: {completed.isoformat()}")
        lines += evidence_lines(rng, agency, task, period, completed, ctx, indent)
    elif status == "in_progress" and rng.random() < 0.3:
        lines.append(f"{indent}notes: {q(rng.choice(NOTES))}")
    return lines


def schedule(part: DeadlinePart, ctx: Context) -> Iterator[tuple[str, date]]:
    """(period, due) of a periodic part within the years, as the engine names them."""
    if isinstance(part, AnnualPart):
        day, month = parse_day_month(part.on)
        for year in ctx.years:
            due = date(year, month, day)
            if due >= ctx.start:
                yield str(year + 1 if part.for_next_year else year), due
    elif isinstance(part, QuarterlyPart):
        for year in ctx.years:
            for quarter in range(1, 5):
                due = month_end(year, quarter * 3) + timedelta(days=part.days_after_end)
                if due >= ctx.start:
                    yield f"{year}-Q{quarter}", due
    elif isinstance(part, RelativePart) and part.event in ctx.yearly_events:
        for event_day in ctx.event_dates.get(part.event, []):
            yield str(event_day.year), event_day + timedelta(days=part.days or 0)


def is_periodic(part: DeadlinePart, ctx: Context) -> bool:
    return isinstance(part, AnnualPart | QuarterlyPart) or (
        isinstance(part, RelativePart) and part.event in ctx.yearly_events)


def oneoff_due(parts: list[DeadlinePart], request_due: date | None) -> date | None:
    """The earliest dated one-off part: what a task-level status speaks for."""
    dues = [p.date for p in parts if isinstance(p, DatePart)]
    dues += [month_end(*parse_month(p.month)) for p in parts if isinstance(p, MonthEndPart)]
    if request_due is not None:
        dues.append(request_due)
    return min(dues) if dues else None


def task_lines(rng: random.Random, agency: TemplateAgency, task: Task, role: Role,
               ctx: Context) -> list[str]:
    parts = [p.part for p in task.parts_for(role, agency.level) if p.held]
    periodic = [p for p in parts if is_periodic(p, ctx)]
    oneoff = [p for p in parts if not is_periodic(p, ctx)]
    lines = [f"  - task: {q(task.id)}"]
    if role == "lead" or rng.random() < 0.4:
        position = rng.choice(POSITIONS.get(agency.kind, POSITIONS["khac"]))
        lines.append(f"    assignee: {{name: {q(person(rng))}, position: {q(position)}}}")
    request_due = None
    if any(p.kind in ("on_request", "per_regulation") for p in oneoff) and rng.random() < 0.5:
        request_due = ctx.start + timedelta(days=rng.randint(20, (ctx.updated - ctx.start).days))
        lines.append(f"    request_due: {request_due.isoformat()}")
    due = oneoff_due(oneoff, request_due)
    if role == "lead" and due is not None and rng.random() < 0.3:
        lines.append(f"    deadline: {clip(due - timedelta(days=rng.randint(3, 10)), ctx)}")
    if oneoff:
        lines += progress_lines(rng, agency, task, None, due, ctx, "    ")
    else:
        lines.append(f"    status: {rng.choice(('in_progress', 'in_progress', 'not_started'))}")
    periods: list[str] = []
    for part in periodic:
        for period, part_due in schedule(part, ctx):
            periods.append(f"      - period: {period}")
            if len(periodic) > 1:
                periods.append(f"        part: {part.name}")
            periods += progress_lines(rng, agency, task, period, part_due, ctx, "        ")
    return [*lines, "    periods:", *periods] if periods else lines


def assignment_text(agency: TemplateAgency, district: District, template: Template,
                    ctx: Context, seed: int) -> str:
    ident = agency_id(agency, district)
    rng = random.Random(f"{seed}/{ident}")
    contact = person(rng)
    email = slug(contact.split()[-1]).replace("-", "") + f"{rng.randint(1, 99)}@{district.domain}"
    position = rng.choice(POSITIONS.get(agency.kind, POSITIONS["khac"]))
    lines = [
        "# yaml-language-server: $schema=../schemas/assignment.schema.json",
        f"# Bảng phân công nhiệm vụ và tiến độ thực hiện của {agency_name(agency, district)}",
        "schema_version: 1",
        f"agency: {ident}",
        f"contact: {{name: {q(contact)}, position: {q(position)}, "
        f"phone: \"0{rng.choice(('905', '935', '977', '988', '914', '369'))} "
        f"{rng.randint(100, 999)} {rng.randint(100, 999)}\", email: {email}}}",
        f"updated: {ctx.updated.isoformat()}",
    ]
    lines += event_lines(template.recorders.get(agency.id, []), ctx)
    lines.append("tasks:")
    for task, role in agency.roles:
        lines += task_lines(rng, agency, task, role, ctx)
    return "\n".join(lines) + "\n"


def event_lines(events: list[str], ctx: Context) -> list[str]:
    records = [(e, d) for e in events for d in ctx.event_dates.get(e, [])]
    if not records:
        return []
    lines = ["events:"]
    for event, day in records:
        source = f"Quyết định số {day.day + 200}/QĐ-UBND ngày {day:%d/%m/%Y} của UBND tỉnh"
        lines.append(f"  - {{event: {event}, date: {day.isoformat()}, source: {q(source)}}}")
    return lines


def make_context(plan: Plan, years: int, seed: int) -> Context:
    """Yearly events happened each spring after the plan's first year, province-wide."""
    rng = random.Random(f"{seed}/events")
    span = range(FIRST_YEAR, FIRST_YEAR + years)
    yearly = {e.id for e in plan.events if e.recurs == "yearly"}
    event_dates = {e: [date(y, 3, 1) + timedelta(days=rng.randint(0, 40)) for y in span[1:]]
                   for e in sorted(yearly)}
    return Context(plan.settings.start, date(span[-1], 12, 31), span, event_dates, yearly)


# --- output --------------------------------------------------------------------------


def prepare_out_dir(out: Path) -> None:
    """Make OUT_DIR ready; refuse to touch a non-empty folder this script did not write."""
    if out.exists() and any(out.iterdir()) and not (out / MARKER).is_file():
        sys.exit(f"generate: {out} is not empty and was not written by bench/generate.py")
    for sub in ("plan", "assignments"):
        if (out / sub).is_dir():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)


def write_repository(out: Path, districts: int, seed: int, years: int) -> tuple[int, int]:
    """Write everything; return (files, bytes)."""
    template = load_template(SHIPPED_ROOT)
    ctx = make_context(template.plan, years, seed)
    places = make_districts(districts, seed)
    prepare_out_dir(out)
    (out / MARKER).unlink(missing_ok=True)
    total = write_bytes(out / PLAN_FILE, template.plan_bytes)
    total += write_bytes(out / AGENCIES_FILE, registry_text(template, places).encode())
    files = 2
    for district in places:
        for agency in template.agencies:
            text = assignment_text(agency, district, template, ctx, seed)
            path = out / "assignments" / f"{agency_id(agency, district)}.yaml"
            total += write_bytes(path, text.encode())
            files += 1
    marker = {"districts": districts, "seed": seed, "years": years, "files": files}
    (out / MARKER).write_text(json.dumps(marker) + "\n")
    return files, total


def write_bytes(path: Path, data: bytes) -> int:
    path.write_bytes(data)
    return len(data)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--districts", type=int, default=17, help="districts (default 17)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--years", type=int, default=3, help="years from 2020 (default 3)")
    args = parser.parse_args(argv)
    if args.districts < 1 or not 1 <= args.years <= 30:
        parser.error("--districts must be >= 1 and --years 1..30")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    began = time.perf_counter()
    files, size = write_repository(args.out_dir, args.districts, args.seed, args.years)
    seconds = time.perf_counter() - began
    print(f"wrote {args.out_dir}: {args.districts} district(s), {files} files, "
          f"{size / 1e6:.1f} MB in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
