"""Words for the 0–10 ratings, so a number is never the only thing a person sees."""

from __future__ import annotations


def mood_word(value: int) -> str:
    if value <= 1:
        return "very low"
    if value <= 3:
        return "low"
    if value <= 6:
        return "okay"
    if value <= 8:
        return "good"
    return "very good"


def distress_word(value: int) -> str:
    if value <= 1:
        return "calm"
    if value <= 3:
        return "a little upset"
    if value <= 6:
        return "upset"
    if value <= 8:
        return "very upset"
    return "extremely distressed"
