"""Dates within the plan's reasonable time: a date more than RANGE_YEARS
before the plan's start, or after its horizon (or its start, or today,
whichever is latest) by more, is a typing slip (`20202-08-17`, `9999`), and
no report should print it. The loader already refuses years outside
1900-2199 (`core.dates`), so nothing here can overflow; this is about sense.

Every date of every file is looked at, by walking the models, so a field
added later is covered without a change here."""

from __future__ import annotations

import typing
from datetime import date
from functools import cache

from pydantic import BaseModel

from cchc_plan.check.context import CheckContext, Loc
from cchc_plan.core.dates import vn_date
from cchc_plan.core.messages import msg
from cchc_plan.core.problems import Problem
from cchc_plan.load.models import Plan
from cchc_plan.load.yamlio import Document

RANGE_YEARS = 10


def plan_window(plan: Plan, today: date) -> tuple[date, date]:
    """The first and last day a date of this plan may fall on."""
    start = plan.settings.start
    latest = max(start, plan.settings.horizon or start, today)
    return date(start.year - RANGE_YEARS, 1, 1), date(latest.year + RANGE_YEARS, 12, 31)


def check_plan_dates(ctx: CheckContext) -> list[Problem]:
    """Every date of the plan within its window."""
    return _outside(ctx, [(ctx.plan_doc, ctx.plan)] if ctx.plan is not None else [])


def check_file_dates(ctx: CheckContext) -> list[Problem]:
    """Every date of every agency file within the plan's window."""
    return _outside(ctx, [(f.doc, f.file) for f in ctx.files])


def _outside(ctx: CheckContext, documents: list[tuple[Document, BaseModel]]) -> list[Problem]:
    if ctx.plan is None:
        return []
    low, high = plan_window(ctx.plan, ctx.today)
    return [doc.problem(loc, "date-out-of-range",
                        msg("date-out-of-range", date=vn_date(day), low=vn_date(low),
                            high=vn_date(high)))
            for doc, model in documents for loc, day in dates_outside(model, low, high)]


def dates_outside(model: BaseModel, low: date, high: date) -> list[tuple[Loc, date]]:
    """Every date of a model outside [low, high], with its place. Only fields
    whose type can hold a date are walked (an agency file of 330,000 entries:
    2.1 s -> 0.4 s), and a place is made only for a date found outside."""
    found: list[tuple[Loc, date]] = []
    path: list[str | int] = []
    if not _any_outside(model, low, high):  # most files: one quick look, no places kept
        return found

    def walk(value: object) -> None:
        if isinstance(value, date):
            if not low <= value <= high:
                found.append((tuple(path), value))
        elif isinstance(value, BaseModel):
            for name in _dated_fields(type(value)):
                path.append(name)
                walk(getattr(value, name))
                path.pop()
        elif isinstance(value, list):
            for index, item in enumerate(value):
                path.append(index)
                walk(item)
                path.pop()

    walk(model)
    return found


def _any_outside(value: object, low: date, high: date) -> bool:
    """Whether a date of `value` lies outside [low, high]: `dates_outside`'s
    walk without the places."""
    if isinstance(value, date):
        return not low <= value <= high
    if isinstance(value, BaseModel):
        for name in _dated_fields(type(value)):
            if _any_outside(getattr(value, name), low, high):
                return True
    elif isinstance(value, list):
        for item in value:
            if _any_outside(item, low, high):
                return True
    return False


@cache
def _dated_fields(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(name for name, info in model.model_fields.items()
                 if _may_hold_date(info.annotation, set()))


def _may_hold_date(annotation: object, seen: set[object]) -> bool:
    if annotation is date:
        return True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in seen:
            return False
        seen.add(annotation)
        return any(_may_hold_date(i.annotation, seen) for i in annotation.model_fields.values())
    return any(_may_hold_date(arg, seen) for arg in typing.get_args(annotation))
