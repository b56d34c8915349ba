"""Words for the 0–10 ratings, so a number is never the only thing a person sees."""

from __future__ import annotations

from caregiver_app.i18n import _


def mood_word(value: int) -> str:
    if value <= 1:
        return _("very low")
    if value <= 3:
        return _("low")
    if value <= 6:
        return _("okay")
    if value <= 8:
        return _("good")
    return _("very good")


def distress_word(value: int) -> str:
    if value <= 1:
        return _("calm")
    if value <= 3:
        return _("a little upset")
    if value <= 6:
        return _("upset")
    if value <= 8:
        return _("very upset")
    return _("extremely distressed")
