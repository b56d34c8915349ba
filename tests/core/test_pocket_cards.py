"""Pocket cards PDF: every chosen card, the right number of pages, text printed as written."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from caregiver_app.guidance import Card, lines_for_country, load_cards
from caregiver_app.reports.pocket_cards import render_pocket_cards, shorten, urgent_line


@pytest.fixture(scope="module")
def cards() -> tuple[Card, ...]:
    return load_cards().cards


def _text(source: Path | bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_chosen_title_is_printed(cards: tuple[Card, ...], tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    render_pocket_cards(cards, out, per_page=4, country_lines=lines_for_country("GB"))
    printed = " ".join(_text(out))
    for card in cards:
        assert _flat(card.title) in printed, card.id


@pytest.mark.parametrize(
    ("count", "per_page", "pages"), [(1, 4, 1), (4, 4, 1), (5, 4, 2), (9, 4, 3)]
)
def test_four_a_page_gives_the_right_page_count(
    cards: tuple[Card, ...], count: int, per_page: int, pages: int
) -> None:
    out = io.BytesIO()
    render_pocket_cards(cards[:count], out, per_page=4)
    assert len(PdfReader(io.BytesIO(out.getvalue())).pages) == pages


def test_two_a_page_on_letter_paper(cards: tuple[Card, ...], tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    render_pocket_cards(cards[:5], out, per_page=2, paper="letter")
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == tuple(round(v) for v in LETTER)


def test_a4_is_the_default_paper(cards: tuple[Card, ...]) -> None:
    out = io.BytesIO()
    render_pocket_cards(cards[:1], out)
    box = PdfReader(io.BytesIO(out.getvalue())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == tuple(round(v) for v in A4)


def test_each_card_says_whom_to_call_and_when_it_was_reviewed(cards: tuple[Card, ...]) -> None:
    sundowning = next(card for card in cards if card.id == "sundowning")
    out = io.BytesIO()
    render_pocket_cards([sundowning], out, per_page=2, country_lines=lines_for_country("GB"))
    printed = _text(out.getvalue())[0]
    assert "Urgent help: call 999." in printed
    assert "Samaritans" in printed
    assert "Kindred guidance card · last reviewed 26 November 2026" in printed
    assert "NICE NG97" in printed  # the sources' titles
    assert _flat(sundowning.situation) in printed
    assert "What helps" in printed and "Say:" in printed


def test_without_a_country_it_says_to_call_the_local_emergency_number(
    cards: tuple[Card, ...],
) -> None:
    out = io.BytesIO()
    render_pocket_cards(cards[:1], out, country_lines=None)
    assert "Urgent help: call your local emergency number." in _text(out.getvalue())[0]
    assert urgent_line(lines_for_country("XX")) == "Urgent help: call your local emergency number."


def test_markup_in_card_text_prints_literally(cards: tuple[Card, ...]) -> None:
    card = replace(
        cards[0],
        title="<b>Not bold</b> & <font color='red'>plain</font>",
        situation="A <img src='https://example.com/x.png'/> stays text.",
        helps=("Keep <i>calm</i> & carry on.", *cards[0].helps[1:]),
    )
    out = io.BytesIO()
    render_pocket_cards([card], out, per_page=2)
    printed = _text(out.getvalue())[0]
    assert "<b>Not bold</b> & <font color='red'>plain</font>" in printed
    assert "A <img src='https://example.com/x.png'/> stays text." in printed
    assert "Keep <i>calm</i> & carry on." in printed


def test_a_card_too_long_for_its_box_is_shortened_at_a_word_with_an_ellipsis(
    cards: tuple[Card, ...],
) -> None:
    long_point = " ".join(["Take one slow breath and notice the ground under your feet."] * 6)
    card = replace(cards[0], helps=(long_point, long_point, long_point, long_point, long_point))
    out = io.BytesIO()
    render_pocket_cards([card], out, per_page=4)
    printed = _text(out.getvalue())[0]
    assert "…" in printed
    words = set(long_point.replace(".", "").split())
    for piece in re.findall(r"(\w+)…", printed):
        assert piece in words, f"{piece!r} is half a word"
    assert "Urgent help" in printed and "last reviewed" in printed  # still on the card


def test_shorten_never_cuts_a_word() -> None:
    assert shorten("Stay calm and listen.", 40) == "Stay calm and listen."
    assert shorten("Stay calm and listen to what they say.", 20) == "Stay calm and…"
    assert shorten("Extraordinarily", 5) == "Extraordinarily…"
    for limit in range(5, 60):
        short = shorten("Offer a drink, a snack, some music or a photo album.", limit)
        assert short.rstrip("…") in "Offer a drink, a snack, some music or a photo album."
        head = short.rstrip("…").rstrip(",.")
        assert not head or head.split()[-1] in {
            "Offer",
            "a",
            "drink",
            "snack",
            "some",
            "music",
            "or",
            "photo",
            "album",
        }


def test_a_path_is_written_whole_or_not_at_all(cards: tuple[Card, ...], tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    render_pocket_cards(cards[:2], out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["cards.pdf"]  # no temporary file left


def test_nothing_is_fetched_and_no_names_are_embedded(cards: tuple[Card, ...]) -> None:
    out = io.BytesIO()
    render_pocket_cards(cards[:4], out)
    data = out.getvalue()
    assert b"/URI" not in data  # no links
    assert b"/XObject" not in data or b"/Image" not in data  # no images
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata is not None and metadata.title == "Kindred pocket cards"


@pytest.mark.parametrize("bad", [{"per_page": 3}, {"paper": "a5"}])
def test_wrong_choices_are_refused(cards: tuple[Card, ...], bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        render_pocket_cards(cards[:1], io.BytesIO(), **bad)  # type: ignore[arg-type]


def test_no_cards_is_refused() -> None:
    with pytest.raises(ValueError):
        render_pocket_cards([], io.BytesIO())
