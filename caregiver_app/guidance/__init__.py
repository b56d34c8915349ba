"""Guidance cards, crisis lines and the diary safety net (Qt-free).

The UI should need only what is exported here.
"""

from caregiver_app.guidance.cards import (
    TRIAGE_CARD_ID,
    Card,
    CardLibrary,
    Category,
    Source,
    load_cards,
)
from caregiver_app.guidance.crisis import (
    CountryLines,
    CrisisDirectory,
    CrisisLine,
    LineKind,
    country_from_locale,
    lines_for_country,
    load_crisis_lines,
)
from caregiver_app.guidance.safety_net import RedFlag, SafetyAlert, SafetyNet, SafetyNetError
from caregiver_app.guidance.schema import LoadProblem
from caregiver_app.guidance.search import CardIndex, SearchHit, search_cards

__all__ = [
    "TRIAGE_CARD_ID",
    "Card",
    "CardIndex",
    "CardLibrary",
    "Category",
    "CountryLines",
    "CrisisDirectory",
    "CrisisLine",
    "LineKind",
    "LoadProblem",
    "RedFlag",
    "SafetyAlert",
    "SafetyNet",
    "SafetyNetError",
    "SearchHit",
    "Source",
    "country_from_locale",
    "lines_for_country",
    "load_cards",
    "load_crisis_lines",
    "search_cards",
]
