"""Kindred's look: calm colours, large readable text, a focus ring you can always see.

The whole look comes from one function of the settings (text size, light/dark,
high contrast), so changing a setting restyles every open window at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from caregiver_app.settings import Settings

BASE_POINT_SIZE = 11.0


@dataclass(frozen=True)
class Colours:
    window: str
    surface: str  # cards and fields
    text: str
    muted: str  # secondary text; still ≥ 4.5:1 on window and surface
    accent: str
    accent_text: str  # text on the accent colour
    border: str
    focus: str
    help: str  # the "I need help now" button
    help_text: str
    highlight: str  # search matches
    highlight_text: str
    banner: str
    glyphs: str  # which icon set draws arrows in the text colour
    check_glyphs: str  # which icon set draws a tick on the accent colour


LIGHT = Colours(
    window="#F4F2EE",
    surface="#FFFFFF",
    text="#1F2328",
    muted="#525A62",
    accent="#1F6466",
    accent_text="#FFFFFF",
    border="#C9C4BA",
    focus="#1A56C4",
    help="#A3261B",
    help_text="#FFFFFF",
    highlight="#FFE08A",
    highlight_text="#1F2328",
    banner="#FFF4D6",
    glyphs="dark",
    check_glyphs="light",
)
DARK = Colours(
    window="#1B1D21",
    surface="#262A30",
    text="#ECEDEF",
    muted="#B4BAC2",
    accent="#7CC7C6",
    accent_text="#10201F",
    border="#474D56",
    focus="#8AB4FF",
    help="#E05A4F",
    help_text="#1B0705",
    highlight="#8A6D00",
    highlight_text="#FFFFFF",
    banner="#3A3320",
    glyphs="light",
    check_glyphs="dark",
)
HIGH_CONTRAST = Colours(
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    accent="#FFD400",
    accent_text="#000000",
    border="#FFFFFF",
    focus="#00E5FF",
    help="#FF6B6B",
    help_text="#000000",
    highlight="#FFD400",
    highlight_text="#000000",
    banner="#000000",
    glyphs="contrast",
    check_glyphs="dark",
)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def colours_for(settings: Settings) -> Colours:
    if settings.high_contrast:
        return HIGH_CONTRAST
    if settings.theme == "dark" or (settings.theme == "system" and system_prefers_dark()):
        return DARK
    return LIGHT


def point_size(settings: Settings, factor: float = 1.0) -> float:
    return round(BASE_POINT_SIZE * settings.text_scale / 100 * factor, 1)


def apply_theme(app: QApplication, settings: Settings) -> Colours:
    colours = colours_for(settings)
    # Once is enough. Setting the style again while a dialog is hidden but alive (the
    # first-run wizard while someone tries the demo) crashes Qt 6.12 in the next
    # setStyleSheet (tests/ui/test_first_run_demo.py goes through exactly that).
    if app.property("kindred_fusion") is not True:
        app.setStyle("Fusion")
        app.setProperty("kindred_fusion", True)
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window,
        QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.surface,
        QPalette.ColorRole.AlternateBase: colours.window,
        QPalette.ColorRole.Text: colours.text,
        QPalette.ColorRole.Button: colours.surface,
        QPalette.ColorRole.ButtonText: colours.text,
        QPalette.ColorRole.Highlight: colours.accent,
        QPalette.ColorRole.HighlightedText: colours.accent_text,
        QPalette.ColorRole.ToolTipBase: colours.surface,
        QPalette.ColorRole.ToolTipText: colours.text,
        QPalette.ColorRole.PlaceholderText: colours.muted,
        QPalette.ColorRole.Link: colours.accent,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(point_size(settings))
    app.setFont(font)
    app.setStyleSheet(stylesheet(colours, settings))
    return colours


def _icon(name: str) -> str:
    path = resources.files("resources") / "icons" / f"{name}.svg"
    return str(path).replace("\\", "/")


def stylesheet(c: Colours, settings: Settings) -> str:
    body = point_size(settings)
    # Indicators and arrows grow with the text, so they stay easy to see and hit.
    box = round(16 * settings.text_scale / 100)
    arrow = round(12 * settings.text_scale / 100)
    down = _icon(f"chevron-down-{c.glyphs}")
    up = _icon(f"chevron-up-{c.glyphs}")
    tick = _icon(f"check-{c.check_glyphs}")
    title = point_size(settings, 1.6)
    heading = point_size(settings, 1.25)
    small = point_size(settings, 0.9)
    return f"""
    QWidget {{ font-size: {body}pt; }}
    QLabel[role="title"] {{ font-size: {title}pt; font-weight: 600; }}
    QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: 600; }}
    QLabel[role="muted"] {{ color: {c.muted}; font-size: {small}pt; }}
    QLabel[role="big-code"] {{
        font-size: {point_size(settings, 1.8)}pt; font-family: monospace; letter-spacing: 2px;
    }}
    QFrame[role="card"] {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 10px;
    }}
    QFrame[role="banner"] {{
        background: {c.banner}; border: 2px solid {c.help}; border-radius: 10px;
    }}
    QFrame#Sidebar {{ background: {c.surface}; border-right: 1px solid {c.border}; }}
    QListWidget#Navigation {{ background: transparent; border: none; outline: none; }}
    QListWidget#Navigation::item {{ padding: 10px 14px; border-radius: 8px; margin: 2px 6px; }}
    QListWidget#Navigation::item:selected {{
        background: {c.accent}; color: {c.accent_text};
    }}
    QListWidget#Navigation:focus {{ border: 2px solid {c.focus}; border-radius: 8px; }}
    QPushButton {{
        padding: 8px 16px; border-radius: 8px; border: 1px solid {c.border};
        background: {c.surface}; color: {c.text};
    }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton[role="primary"] {{
        background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
        font-weight: 600;
    }}
    QPushButton#HelpNow {{
        background: {c.help}; color: {c.help_text}; border: none; font-weight: 700;
        padding: 10px 18px;
    }}
    QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus,
    QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
    QSpinBox:focus, QDoubleSpinBox:focus, QDateTimeEdit:focus, QDateEdit:focus,
    QSlider:focus, QListView:focus {{
        border: 3px solid {c.focus}; border-radius: 8px;
    }}
    QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox,
    QDateTimeEdit, QDateEdit {{
        padding: 6px 8px; border: 1px solid {c.border}; border-radius: 8px;
        background: {c.surface}; color: {c.text};
    }}
    QComboBox::drop-down, QDateTimeEdit::drop-down, QDateEdit::drop-down {{
        subcontrol-origin: padding; subcontrol-position: center right;
        width: {arrow + 16}px; border: none;
    }}
    QComboBox::down-arrow, QDateTimeEdit::down-arrow, QDateEdit::down-arrow,
    QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{
        image: url({down}); width: {arrow}px; height: {arrow}px;
    }}
    QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{
        image: url({up}); width: {arrow}px; height: {arrow}px;
    }}
    QSpinBox::up-button, QDoubleSpinBox::up-button, QSpinBox::down-button,
    QDoubleSpinBox::down-button {{ border: none; width: {arrow + 14}px; }}
    QComboBox QAbstractItemView {{
        background: {c.surface}; color: {c.text}; selection-background-color: {c.accent};
        selection-color: {c.accent_text}; border: 1px solid {c.border};
    }}
    QCheckBox {{ spacing: 8px; }}
    QCheckBox::indicator {{
        width: {box}px; height: {box}px; border: 2px solid {c.muted}; border-radius: 4px;
        background: {c.surface};
    }}
    QCheckBox::indicator:checked {{
        background: {c.accent}; border-color: {c.accent}; image: url({tick});
    }}
    QCheckBox::indicator:disabled {{ border-color: {c.border}; }}
    QRadioButton {{ spacing: 8px; }}
    QRadioButton::indicator {{
        width: {box}px; height: {box}px; border: 2px solid {c.muted};
        border-radius: {box // 2 + 2}px; background: {c.surface};
    }}
    QRadioButton::indicator:checked {{
        background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
            stop:0 {c.accent}, stop:0.45 {c.accent}, stop:0.55 {c.surface}, stop:1 {c.surface});
        border-color: {c.accent};
    }}
    QPushButton:disabled {{ color: {c.muted}; border-style: dashed; }}
    QSlider:horizontal {{ min-height: {box + 12}px; }}
    QSlider::groove:horizontal {{
        height: {max(4, box // 3)}px; background: {c.border}; border-radius: {max(2, box // 6)}px;
    }}
    QSlider::sub-page:horizontal {{ background: {c.accent}; border-radius: {max(2, box // 6)}px; }}
    QSlider::sub-page:horizontal:disabled {{ background: {c.border}; }}
    QSlider::handle:horizontal {{
        width: {box + 4}px; height: {box + 4}px; margin: -{box // 2}px 0;
        border-radius: {(box + 4) // 2}px; background: {c.surface}; border: 2px solid {c.accent};
    }}
    QSlider::handle:horizontal:disabled {{ border-color: {c.muted}; }}
    #Timeline {{ background: {c.window}; border: none; }}
    QToolTip {{ color: {c.text}; background: {c.surface}; border: 1px solid {c.border}; }}
    """
