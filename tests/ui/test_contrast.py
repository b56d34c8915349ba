"""The app's own colours: text stays readable (WCAG contrast ≥ 4.5:1) in every theme."""

from __future__ import annotations

import pytest

from ui.theme import DARK, HIGH_CONTRAST, LIGHT, Colours

MINIMUM = 4.5


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


PAIRS = [
    ("text", "window"),
    ("text", "surface"),
    ("muted", "window"),
    ("muted", "surface"),
    ("accent_text", "accent"),
    ("help_text", "help"),
    ("highlight_text", "highlight"),
    ("text", "banner"),
]


@pytest.mark.parametrize(
    "name, colours", [("light", LIGHT), ("dark", DARK), ("high contrast", HIGH_CONTRAST)]
)
@pytest.mark.parametrize("foreground, background", PAIRS)
def test_text_colours_meet_the_contrast_minimum(
    name: str, colours: Colours, foreground: str, background: str
) -> None:
    ratio = contrast(getattr(colours, foreground), getattr(colours, background))
    assert ratio >= MINIMUM, f"{name}: {foreground} on {background} is {ratio:.2f}:1"


def test_the_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("colours", [LIGHT, DARK, HIGH_CONTRAST])
def test_the_focus_ring_stands_out_from_what_it_surrounds(colours: Colours) -> None:
    # Non-text contrast (WCAG 1.4.11): at least 3:1 against the page and the fields.
    assert contrast(colours.focus, colours.window) >= 3.0
    assert contrast(colours.focus, colours.surface) >= 3.0
