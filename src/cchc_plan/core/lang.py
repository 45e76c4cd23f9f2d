"""The languages of what cchc shows people: Vietnamese first, English on request."""

from __future__ import annotations

from typing import Literal

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")


def both(vi: str, en: str) -> dict[Lang, str]:
    """One catalog entry: the Vietnamese text and its English twin."""
    return {"vi": vi, "en": en}
