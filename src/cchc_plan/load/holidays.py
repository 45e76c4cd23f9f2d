"""The public holidays of a country, year by year, as the `holidays` package
computes them; for the working days of `engine.workdays` and the check that
the plan's `settings.holidays` names a country the package knows.

The package's import and first computation took about 90 ms, a third of a
`cchc calendar`. The dates it gives are kept per country and year in the
user's cache folder (a signed entry of `load.cache`, beside the signing key),
keyed by the package's installed files, so a later run reads a few hundred
bytes of JSON instead; a new `holidays` version, or CCHC_NO_CACHE=1, computes
them again. A country code the package does not know has no holidays here
(`known_country` says so, and `cchc validate` reports it).
"""

from __future__ import annotations

import os
from datetime import date
from functools import cache
from typing import Any

from cchc_plan.load.cache import Cache, Codec, key_dir

SPAN = 8
"""Years computed at once on a miss (the year asked for and the 7 after it)."""

Years = dict[int, frozenset[date]]


def _years_data(years: Years) -> dict[str, list[str]]:
    return {str(y): sorted(d.isoformat() for d in days) for y, days in sorted(years.items())}


def _years_from_data(data: Any) -> Years:
    years: Years = {}
    for key, days in data.items():
        year = int(key)
        found = frozenset(date.fromisoformat(d) for d in days)
        if any(d.year != year for d in found):
            raise ValueError("a day of another year")
        years[year] = found
    return years


YEARS = Codec(_years_data, _years_from_data)


class _Holidays:
    """The holidays of one country, year by year: from the user's cache when
    it has them, else from the `holidays` package (then stored)."""

    def __init__(self, code: str) -> None:
        self.code = code
        folder = key_dir()
        self.cache = Cache(folder) if folder is not None else None
        source = _package_source()
        self.key = self.cache.key("holidays", code, source) \
            if source and self.cache and self.cache.enabled else None
        found = self.cache.get(self._name, self.key, YEARS) if self.cache and self.key else None
        self.years: Years = found or {}

    @property
    def _name(self) -> str:
        return f"holidays-{self.code}"

    def of_year(self, year: int) -> frozenset[date]:
        if year not in self.years:
            self.years |= _computed(self.code, range(year, year + SPAN))
            if self.cache and self.key:
                self.cache.put(self._name, self.key, self.years, YEARS)
        return self.years[year]


def _computed(code: str, years: range) -> Years:
    import holidays

    if code not in holidays.list_supported_countries():
        return {year: frozenset() for year in years}
    table = holidays.country_holidays(code, years=list(years))
    found: Years = {year: frozenset() for year in years}
    for day in table:
        found[day.year] = found[day.year] | {day}
    return found


def _package_source() -> str | None:
    """Which `holidays` is installed, without importing it: its file, size and
    modification time (a new version rewrites them)."""
    from importlib.util import find_spec

    try:
        spec = find_spec("holidays")
        origin = spec.origin if spec else None
        info = os.stat(origin) if origin else None
    except (ImportError, ValueError, OSError):
        return None
    return f"{origin}:{info.st_size}:{info.st_mtime_ns}" if info else None


@cache
def _country(code: str) -> _Holidays:
    return _Holidays(code)


def holidays_of(code: str, year: int) -> frozenset[date]:
    """The public holidays of country `code` in `year` (none for a code the
    `holidays` package does not know)."""
    return _country(code).of_year(year)


def known_country(code: str, year: int) -> bool:
    """Whether the `holidays` package has the holidays of country `code`: it
    has some in `year` (every country has). From the cache when it holds that
    year, and then the question costs no import; else the answer fills it."""
    return bool(holidays_of(code, year))
