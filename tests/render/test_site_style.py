"""The site's colours: status text on its tint at least 4.5:1 (WCAG AA), chart
fills and status borders at least 3:1 on white (non-text contrast), and a
colour and a style for every tone of the status vocabulary."""

from __future__ import annotations

import re
from typing import get_args

import pytest

from cchc_plan.engine.vocabulary import Tone
from cchc_plan.features.site.pages import charts, style_sheet

CSS = style_sheet().decode("utf-8")


def luminance(colour: str) -> float:
    rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rule(selector: str) -> dict[str, str]:
    match = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", CSS)
    assert match, selector
    return dict(re.findall(r"([a-z-]+):\s*(#[0-9a-f]{6})", match.group(1)))


@pytest.mark.parametrize("tone", get_args(Tone))
def test_every_tone_is_legible(tone: str) -> None:
    colours = rule(f".tone-{tone}")
    assert contrast(colours["color"], colours["background"]) >= 4.5
    assert contrast(colours["color"], "#ffffff") >= 4.5
    assert contrast(colours["border-color"], "#ffffff") >= 3


@pytest.mark.parametrize("status", sorted(charts.FILLS))
def test_chart_fills_stand_out_on_white(status: str) -> None:
    assert contrast(charts.FILLS[status][0], "#ffffff") >= 3


def test_chart_segments_differ_in_more_than_colour() -> None:
    patterns = [kind for _, kind in charts.FILLS.values()]
    assert len(set(patterns)) == len(patterns)


def test_body_text_and_links() -> None:
    assert contrast("#1a1a1a", "#ffffff") >= 7
    assert contrast(rule(":root")["--link"], "#ffffff") >= 4.5
    assert contrast(rule(":root")["--muted"], "#ffffff") >= 4.5
    assert "@media print" in CSS
