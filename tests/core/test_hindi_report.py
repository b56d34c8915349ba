"""A report in Hindi prints shaped Devanagari in the font Kindred ships, never boxes.

The report's own words come from resources/locale/core_hi.json; the family's words
here are Hindi too. The PDF must carry the bundled Noto Sans Devanagari (regular
and bold), no character may fall back to the missing-glyph box (.notdef), and the
"could not be printed" note must not appear. Looked at by eye too: write one with
``kindred-cli report`` after choosing Hindi in Settings, then ``pdftoppm -png -r 80``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from caregiver_app import i18n
from caregiver_app.domain.entries import EntryDraft, EntryKind
from caregiver_app.domain.handover import ReportOptions
from caregiver_app.reports import text as report_text
from caregiver_app.reports.handover import build_handover
from caregiver_app.services.diary_service import DiaryService
from caregiver_app.services.report_data import gather_for_dates
from tests.core.test_handover_report import FIRST, LAST, Seeded, at, seeded  # noqa: F401
from tools.extract_core_strings import catalogue

HINDI_ENTRY = "शाम को माँ बहुत बेचैन थीं। हमने पुराने गाने चलाए, तो वे शांत हो गईं।"


@pytest.fixture
def hindi() -> Iterator[None]:
    i18n.set_language("hi")
    yield
    i18n.set_language("en")


def _hindi_report(seeded: Seeded, tmp_path: Path) -> bytes:  # noqa: F811
    o = seeded.opened
    DiaryService(o.store).add(
        o.ann,
        EntryDraft(
            kind=EntryKind.DISTRESS_EPISODE,
            text=HINDI_ENTRY,
            distress=7,
            before="अँधेरा हो रहा था",
            helped="पुराने गाने",
            flagged=True,
            happened_at=at(3),
        ),
    )
    data = gather_for_dates(o.store, o.ann, FIRST, LAST, ReportOptions())
    pdf = build_handover(data)
    (tmp_path / "report_hi.pdf").write_bytes(pdf)
    return pdf


def _fonts(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def test_a_hindi_report_embeds_the_bundled_devanagari_font(
    seeded: Seeded,  # noqa: F811
    hindi: None,
    tmp_path: Path,
) -> None:
    pdf = _hindi_report(seeded, tmp_path)
    fonts = _fonts(pdf)
    assert any("NotoSansDevanagari-Regular" in name for name in fonts), fonts
    assert any("NotoSansDevanagari-Bold" in name for name in fonts), fonts  # headings
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "could not be printed" not in text and "(not shown)" not in text


@pytest.mark.parametrize(
    "text", ["लिखा है।", "(सब M. बुलाते हैं)", "दवाओं में बदलाव: 1।", "मना कीं 1)।", "बदली: 5 mg"]
)
def test_every_word_keeps_one_font_so_shaping_draws_the_right_letters(text: str) -> None:
    """Reportlab shapes a word with one font: a second font inside a shaped word prints
    the wrong glyphs (or boxes). Punctuation and digits follow their word's letters."""
    maker = report_text.TextMaker()
    fonts = maker._fonts_in_words(text)  # spaces take the font around them: None here
    assert all(font for font, char in zip(fonts, text, strict=True) if char != " ")
    position = 0
    for word in text.split(" "):
        assert len(set(fonts[position : position + len(word)])) <= 1, (word, fonts)
        position += len(word) + 1
    assert report_text.NOT_SHOWN not in maker.line(text)


def test_every_hindi_word_of_kindred_prints_even_on_a_computer_without_fonts(
    tmp_path: Path,
) -> None:
    """With no fonts on the computer at all, Kindred's own Hindi (the core catalogue)
    still has a glyph for every character: the bundled font, never a box."""
    bare = tmp_path / "no-fonts"
    bare.mkdir()
    _, fonts = report_text.find_fonts((bare,))
    maker = report_text.TextMaker(fonts=fonts)
    data = catalogue("hi")
    texts = [*data["messages"].values(), *data["months"], *data["weekdays"]]  # type: ignore[misc]
    for forms in data["plurals"].values():  # type: ignore[union-attr]
        texts += list(forms.values())
    for text in texts:
        maker.markup(text)
    assert maker.missing == set()
