"""Putting a family's own words into a PDF safely, in whatever script they wrote.

- Every piece of user text is XML-escaped before it reaches reportlab's paragraph
  parser, so ``<b>``, ``&`` or ``<img src=...>`` typed in the diary print as
  written and can never become markup, an image or a link.
- Each character is drawn with the first font that has it: the base font
  (DejaVu Sans where present: Latin, Greek, Cyrillic, Arabic, Hebrew and many
  symbols), then fonts found on the computer for Devanagari, Arabic, Chinese /
  Japanese / Korean and emoji (see ``_FALLBACKS``). Coverage is read from each
  font's own character map, so a font is used only for what it really has.
- Scripts whose letters change shape (Devanagari, Arabic, ...) are shaped with
  HarfBuzz (reportlab's ``shaping`` with uharfbuzz). Reportlab has no bidi here,
  so runs of right-to-left words are put in visual order by reversing their word
  order (right for a run on one line; a run wrapped over lines reads its lines
  top to bottom in the wrong order).
- A character no font has is never printed as an empty box: the run is replaced
  by "(not shown)" and :attr:`TextMaker.missing` names the writing systems, so the
  report can say plainly that this computer has no font for them.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

# Extra font files (os.pathsep-separated) tried before the known ones.
FONTS_ENV = "KINDRED_REPORT_FONTS"
NOT_SHOWN = "(not shown)"

_BASE_FILES = (
    ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    ("NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"),
    ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic",
     "LiberationSans-BoldItalic"),
    ("arial", "arialbd", "ariali", "arialbi"),
)  # fmt: skip
# Fonts for writing the base font lacks, in the order they are tried (Linux, Windows,
# macOS names). Only TrueType outlines work in reportlab (not CFF/OpenType-PS fonts).
_FALLBACKS = (
    "NotoSansDevanagari-Regular.ttf", "Lohit-Devanagari.ttf", "Nirmala.ttf", "mangal.ttf",
    "NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf",
    "NotoSansBengali-Regular.ttf", "NotoSansTamil-Regular.ttf", "NotoSansGurmukhi-Regular.ttf",
    "NotoSansGujarati-Regular.ttf", "NotoSansTelugu-Regular.ttf", "NotoSansHebrew-Regular.ttf",
    "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf", "wqy-zenhei.ttc", "wqy-microhei.ttc",
    "msyh.ttc", "simsun.ttc", "Arial Unicode.ttf",
    "Symbola_hint.ttf", "Symbola.ttf", "seguiemj.ttf", "seguisym.ttf",
    "NotoSansSymbols2-Regular.ttf", "NotoSansSymbols-Regular.ttf", "NotoSans-Regular.ttf",
)  # fmt: skip


# Fonts shipped inside Kindred (resources/fonts, SIL Open Font License): tried before
# any on the computer, so a Hindi report never depends on what is installed. Each
# regular face is paired with its bold, used for headings and <b>.
_BUNDLED = (("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),)
_BOLD_PARTNER: dict[Path, Path] = {}


def bundled_fonts() -> list[Path]:
    """The regular faces of the fonts shipped with Kindred (their bolds are paired)."""
    folder = Path(str(resources.files("resources.fonts")))
    found = []
    for regular, bold in _BUNDLED:
        if (folder / regular).is_file():
            found.append(folder / regular)
            if (folder / bold).is_file():
                _BOLD_PARTNER[folder / regular] = folder / bold
    return found


def _font_dirs() -> list[Path]:
    home = Path.home()
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        home / "Library/Fonts",
    ]
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs.append(windir / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft/Windows/Fonts")
    return [d for d in dirs if d.is_dir()]


@lru_cache(maxsize=4)
def _files_by_name(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """Every font file under ``dirs``, by lower-case file name (first found wins)."""
    found: dict[str, Path] = {}
    for folder in dirs:
        for root, _, names in os.walk(folder):
            for name in names:
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


@dataclass
class _Font:
    name: str
    path: Path | None
    _cmap: frozenset[int] | None = None

    def covers(self, codepoint: int) -> bool:
        if self._cmap is None:
            if self.path is None:  # reportlab's built-in Helvetica: WinAnsi only
                self._cmap = frozenset(cp for cp in range(0x20, 0x3000) if _in_cp1252(chr(cp)))
            else:
                try:
                    font = _registered(self.name, self.path)
                except Exception:  # a font reportlab can't read (CFF outlines, damaged)
                    log.warning("font not usable for reports: %s", self.path.name)
                    self._cmap = frozenset()
                else:
                    self._cmap = frozenset(font.face.charToGlyph)
        return codepoint in self._cmap


def _in_cp1252(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


_LOCK = threading.Lock()


def _registered(name: str, path: Path) -> TTFont:
    with _LOCK:
        try:
            font = pdfmetrics.getFont(name)
        except KeyError:
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            # <b>/<i> around a fallback run keep the same face rather than failing,
            # or take its bold partner when Kindred ships one.
            bold_name = name
            if (partner := _BOLD_PARTNER.get(path)) is not None:
                bold_name = f"{name}-Bold"
                pdfmetrics.registerFont(TTFont(bold_name, str(partner)))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, bold_name if bold else name)
        assert isinstance(font, TTFont)
        return font


@dataclass(frozen=True)
class FontSet:
    """The base font family for a document and the fallbacks found for other scripts."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    fallbacks: tuple[str, ...]  # registered lazily, on first use


@lru_cache(maxsize=4)
def _fonts(extra: str, dirs: tuple[Path, ...]) -> tuple[FontSet, tuple[_Font, ...]]:
    files = _files_by_name(dirs)
    base: tuple[_Font, ...] = ()
    for family in _BASE_FILES:
        paths = [files.get(f"{name}.ttf".lower()) for name in family]
        if paths[0] is not None:
            regular = paths[0]
            names = ("KindredSans", "KindredSans-Bold", "KindredSans-Italic", "KindredSans-BI")
            chosen = [p or regular for p in paths]
            for name, path in zip(names, chosen, strict=True):
                _registered(name, path)
            for (bold, italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
                addMapping("KindredSans", bold, italic, name)
            base = (_Font("KindredSans", regular),)
            break
    if not base:
        faces = ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique")
        base = (_Font("Helvetica", None),)
    else:
        faces = ("KindredSans", "KindredSans-Bold", "KindredSans-Italic", "KindredSans-BI")
    candidates = bundled_fonts()
    candidates += [Path(p) for p in extra.split(os.pathsep) if p.strip()]
    candidates += [files[name.lower()] for name in _FALLBACKS if name.lower() in files]
    fallbacks = []
    seen: set[Path] = set()
    for path in candidates:
        if path in seen or not path.is_file() or path == base[0].path:
            continue
        seen.add(path)
        digest = hashlib.sha1(str(path).encode()).hexdigest()[:8]
        fallbacks.append(_Font(f"KindredFallback-{path.stem}-{digest}", path))
    fontset = FontSet(*faces, fallbacks=tuple(font.name for font in fallbacks))
    return fontset, (base[0], *fallbacks)


def find_fonts(dirs: tuple[Path, ...] | None = None) -> tuple[FontSet, tuple[_Font, ...]]:
    """The fonts on this computer (looked up once per process and folder list)."""
    folders = tuple(dirs) if dirs is not None else tuple(_font_dirs())
    return _fonts(os.environ.get(FONTS_ENV, ""), folders)


# Characters that take the font of the text around them.
_NEUTRAL = frozenset(" \t\u200c\u200d\ufe0e\ufe0f")
_INVISIBLE = frozenset("\u200c\u200d\ufe0e\ufe0f")
_WORD_BREAK = "\u200b"
_SHAPED_RANGES = ((0x0590, 0x0DFF), (0x0E00, 0x0FFF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def _in(ranges: tuple[tuple[int, int], ...], codepoint: int) -> bool:
    return any(low <= codepoint <= high for low, high in ranges)


def writing_system(char: str) -> str:
    """A plain name for the writing a character belongs to, for the "not shown" note."""
    codepoint = ord(char)
    if codepoint >= 0x1F000 or unicodedata.category(char) == "So":
        return "emoji and symbols"
    first = unicodedata.name(char, "OTHER").split()[0]
    return {
        "DEVANAGARI": "Devanagari (Hindi, Marathi, Nepali)",
        "CJK": "Chinese, Japanese or Korean",
        "HIRAGANA": "Chinese, Japanese or Korean",
        "KATAKANA": "Chinese, Japanese or Korean",
        "HANGUL": "Chinese, Japanese or Korean",
        "IDEOGRAPHIC": "Chinese, Japanese or Korean",
        "FULLWIDTH": "Chinese, Japanese or Korean",
    }.get(first, first.capitalize())


def visual_order(line: str) -> str:
    """Right-to-left words in visual order (reportlab draws words left to right)."""
    if not any(_in(_RTL_RANGES, ord(c)) for c in line):
        return line
    words = line.split(" ")
    kinds = [_word_direction(word) for word in words]
    index = 0
    while index < len(words):
        if kinds[index] != "R":
            index += 1
            continue
        end = index
        probe = index + 1
        while probe < len(words) and kinds[probe] != "L":
            if kinds[probe] == "R":
                end = probe
            probe += 1
        words[index : end + 1] = reversed(words[index : end + 1])
        index = end + 1
    return " ".join(words)


def _word_direction(word: str) -> str:
    if any(_in(_RTL_RANGES, ord(c)) for c in word):
        return "R"
    if any(c.isalpha() for c in word):
        return "L"
    return "N"


def _words(line: str) -> list[tuple[int, int]]:
    """(start, end) of each run of non-space characters."""
    spans, start = [], None
    for index, char in enumerate(line + " "):
        if char.isspace():
            if start is not None:
                spans.append((start, index))
            start = None
        elif start is None:
            start = index
    return spans


@dataclass
class TextMaker:
    """Turns user text into safe paragraph markup, one per document (it remembers gaps)."""

    fonts: tuple[_Font, ...] = field(default_factory=lambda: find_fonts()[1])
    missing: set[str] = field(default_factory=set)
    _choice: dict[str, str | None] = field(default_factory=dict)

    def markup(self, text: str, bold: bool = False) -> str:
        """Escaped markup for ``text``: line breaks kept, other scripts in fonts that have
        them (``bold``: those runs bold too, for a bold style)."""
        cleaned = "".join(c for c in text if c >= " " or c in "\n\t")
        lines = cleaned.strip().split("\n")
        return "<br/>".join(self._line(visual_order(line), bold) for line in lines)

    def needs_shaping(self, text: str) -> bool:
        return any(_in(_SHAPED_RANGES, ord(c)) for c in text) and not text.isascii()

    def _font_for(self, char: str) -> str | None:
        if char in self._choice:
            return self._choice[char]
        codepoint = ord(char)
        # Emoji: a font made for them first (the base font's few emoji don't shape).
        order = self.fonts[1:] + self.fonts[:1] if codepoint >= 0x10000 else self.fonts
        chosen = next((font.name for font in order if font.covers(codepoint)), None)
        self._choice[char] = chosen
        return chosen

    def font_for_text(self, text: str) -> str:
        """A font with the letters of ``text`` (for words drawn outside paragraphs)."""
        for char in text:
            if not char.isascii() and char not in _NEUTRAL:
                return self._font_for(char) or self.fonts[0].name
        return self.fonts[0].name

    def line(self, line: str, bold: bool = False) -> str:
        """Markup for one line of text (no line breaks), fonts chosen per character;
        ``bold`` makes runs in other fonts bold too (a <font> tag resets bold)."""
        return self._line(line, bold)

    def _line(self, line: str, bold: bool = False) -> str:
        if line.isascii():
            return escape(line)
        base = self.fonts[0].name
        chosen = self._fonts_in_words(line)
        runs: list[tuple[str | None, str]] = []  # (font or None for missing, text)
        for index, char in enumerate(line):
            current = runs[-1][0] if runs else base
            if char in _NEUTRAL:
                font: str | None = current if current is not None else base
                if char in _INVISIBLE and (font is None or not self._has(font, char)):
                    continue
            else:
                font = chosen[index]
                if font is None:
                    self.missing.add(writing_system(char))
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + char)
            else:
                runs.append((font, char))
        out = []
        for index, (font, part) in enumerate(runs):
            if index and not part[0].isspace() and not runs[index - 1][1][-1].isspace():
                # Two fonts inside one word ("well😊"): reportlab shapes a word with one
                # font only, so the runs become two words (a zero-width space splits them).
                out.append(_WORD_BREAK)
            if font is None:
                out.append(f"<i>{NOT_SHOWN}</i>")
            elif font == base:
                out.append(escape(part))
            else:
                inner = f"<b>{escape(part)}</b>" if bold else escape(part)
                out.append(f'<font face="{font}">{inner}</font>')
        return "".join(out)

    def _fonts_in_words(self, line: str) -> list[str | None]:
        """The font of each character, keeping punctuation and digits in the font of
        the letters of their word when it has them: "है।" or "(सब)" or "दौर:" must be
        one font, because reportlab shapes a word with one font only (a second font
        inside a shaped word prints the wrong glyphs)."""
        fonts: list[str | None] = [None] * len(line)
        common: list[int] = []
        for index, char in enumerate(line):
            if char in _NEUTRAL:
                continue
            if unicodedata.category(char)[0] in "LM":
                fonts[index] = self._font_for(char)
            else:
                common.append(index)
        letters = [i for i, font in enumerate(fonts) if font is not None]
        for index in common:
            char = line[index]
            word_start = line.rfind(" ", 0, index) + 1
            word_end = line.find(" ", index)
            word_end = len(line) if word_end < 0 else word_end
            before = [i for i in letters if word_start <= i < index][-1:]
            after = [i for i in letters if index < i < word_end][:1]
            fonts[index] = next(
                (fonts[i] for i in (*before, *after) if self._has(str(fonts[i]), char)),
                None,
            ) or self._font_for(char)
        # A word of digits and signs only ("1।", "3)।"): one font that has all of it.
        for start, end in _words(line):
            if any(i in letters for i in range(start, end)):
                continue
            word = line[start:end]
            whole = next(
                (f for f in dict.fromkeys(fonts[start:end]) if f and self._covers_all(f, word)),
                None,
            )
            if whole is not None:
                fonts[start:end] = [whole] * (end - start)
        return fonts

    def _covers_all(self, font_name: str, word: str) -> bool:
        return all(self._has(font_name, char) for char in word)

    def _has(self, font_name: str, char: str) -> bool:
        font = next((f for f in self.fonts if f.name == font_name), None)
        return font is not None and font.covers(ord(char))

    def missing_note(self) -> str | None:
        """The plain sentence to print when some writing could not be shown."""
        if not self.missing:
            return None
        systems = ", ".join(sorted(self.missing))
        return (
            "Some writing in this report could not be printed because this computer "
            f"has no font for it ({systems}). It is marked {NOT_SHOWN}; the diary "
            "itself keeps every word as it was written."
        )


_KINDRED_WORDS: TextMaker | None = None


def plain(text: str, bold: bool = False) -> str:
    """Markup for text Kindred itself writes (labels, numbers, dates): escaped, and
    in Hindi or Spanish put in the fonts that have its letters (the bundled Devanagari
    font always has Kindred's Hindi)."""
    global _KINDRED_WORDS
    if text.isascii():
        return escape(text)
    if _KINDRED_WORDS is None:
        _KINDRED_WORDS = TextMaker()
    return _KINDRED_WORDS.line(text, bold)
