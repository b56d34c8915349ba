"""An optional 0–10 rating (mood, distress): "Not rated" until the person touches it.

A rating is shown as a number and a word, with the meaning of each end written
beside the slider, so it never relies on colour alone. A slider always has a
position, so "untouched" is tracked separately: a rating nobody chose must not end
up in the diary or the doctor's report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpacerItem,
    QStyle,
    QStyleOptionSlider,
    QStylePainter,
    QWidget,
)

from caregiver_app.domain.ratings import distress_word, mood_word

NOT_RATED = QT_TRANSLATE_NOOP("RatingRow", "Not rated")


def _tr(text: str) -> str:
    # RatingRow is not a QObject: its words are looked up in a "RatingRow" context.
    return QCoreApplication.translate("RatingRow", text)


class OptionalSlider(QSlider):
    """A slider drawn in the theme's quiet, "not set" look until something is chosen.

    Otherwise an untouched slider resting in the middle looks exactly like a "5".
    It is only *drawn* as disabled (the theme greys the fill): it still takes the
    mouse and keys, because touching it is how a person starts rating. The dynamic
    property ``rated`` is there for a stylesheet that wants to style the state itself.
    """

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.rated = False
        self.setProperty("rated", False)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.rated:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = (
            QStyle.SubControl.SC_SliderGroove
            | QStyle.SubControl.SC_SliderHandle
            | QStyle.SubControl.SC_SliderTickmarks
        )
        option.state &= ~QStyle.StateFlag.State_Enabled
        painter.drawComplexControl(QStyle.ComplexControl.CC_Slider, option)


class RatingRow:
    """An optional 0–10 slider: "Not rated" until the person touches it.

    A slider always has a position, so "untouched" is tracked separately; a rating
    nobody chose must not end up in the diary or the doctor's report.
    """

    def __init__(self, name: str, describe: Callable[[int], str], low: str, high: str) -> None:
        self.name = name
        self._describe = describe
        self._rated = False
        self._scale = QCoreApplication.translate(
            "RatingRow", "0 means {low}, 10 means {high}."
        ).format(low=low, high=high)
        self.slider = OptionalSlider()
        self.slider.setRange(0, 10)
        self.slider.setValue(5)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(
            QCoreApplication.translate("RatingRow", "{name}, 0 to 10").format(name=name)
        )
        self.label = QLabel(name)
        self.label.setBuddy(self.slider)
        self.value_label = QLabel(_tr(NOT_RATED))
        self.reset_button = QPushButton(QCoreApplication.translate("RatingRow", "Clear"))
        self.reset_button.setAccessibleName(
            QCoreApplication.translate("RatingRow", "Clear the {name} rating").format(
                name=name.lower()
            )
        )
        self.reset_button.setToolTip(
            QCoreApplication.translate("RatingRow", "Leave {name} not rated").format(
                name=name.lower()
            )
        )
        # Shown only once there is something to clear; keeps its room so nothing jumps.
        policy = self.reset_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.reset_button.setSizePolicy(policy)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self.label)
        header.addWidget(self.value_label)
        header.addStretch(1)
        header.addWidget(self.reset_button)
        self.header = header
        # The ends say which way is better, so the slider reads without the numbers.
        self.low_label = QLabel(low)
        self.low_label.setProperty("role", "muted")
        self.high_label = QLabel(high)
        self.high_label.setProperty("role", "muted")
        self._connect_signals()
        self._show_value()

    def _connect_signals(self) -> None:
        self.slider.actionTriggered.connect(self._on_touched)
        self.slider.sliderPressed.connect(self._on_touched)
        self.slider.valueChanged.connect(self._show_value)
        self.reset_button.clicked.connect(self._on_clear_clicked)

    @property
    def value(self) -> int | None:
        return self.slider.value() if self._rated else None

    def reset(self) -> None:
        self._set_rated(False)
        self.slider.setValue(5)
        self._show_value()

    def _on_clear_clicked(self) -> None:
        self.reset()
        self.slider.setFocus()  # the button hides itself; keep keyboard focus nearby

    def _on_touched(self, *_: object) -> None:
        self._set_rated(True)
        self._show_value()

    def _set_rated(self, rated: bool) -> None:
        self._rated = rated
        self.slider.rated = rated
        self.slider.setProperty("rated", rated)
        restyle(self.slider)

    def _show_value(self, *_: object) -> None:
        if self._rated:
            # During a drag or key press the position leads the value by a moment.
            position = self.slider.sliderPosition()
            text = f"{position} — {self._describe(position)}"
        else:
            text = _tr(NOT_RATED)
        self.value_label.setText(text)
        self.value_label.setProperty("role", None if self._rated else "muted")
        restyle(self.value_label)
        self.reset_button.setVisible(self._rated)
        self.slider.setAccessibleDescription(f"{text}. {self._scale}")

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.reset()
            return
        self.slider.setValue(value)
        self._set_rated(True)
        self._show_value()


def mood_rating() -> RatingRow:
    return RatingRow(
        QCoreApplication.translate("RatingRow", "Mood"),
        mood_word,
        QCoreApplication.translate("RatingRow", "very low"),
        QCoreApplication.translate("RatingRow", "very good"),
    )


def distress_rating() -> RatingRow:
    return RatingRow(
        QCoreApplication.translate("RatingRow", "Distress"),
        distress_word,
        QCoreApplication.translate("RatingRow", "calm"),
        QCoreApplication.translate("RatingRow", "extreme"),
    )


def ratings_grid(rows: Sequence[RatingRow]) -> QGridLayout:
    """One grid for several ratings, so their tracks line up whatever the end words."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(4)
    for index, rating in enumerate(rows):
        row = index * 3  # header, slider, then a little air
        grid.addItem(QSpacerItem(0, 12), row + 2, 0)
        grid.addLayout(rating.header, row, 0, 1, 3)
        grid.addWidget(rating.low_label, row + 1, 0)
        grid.addWidget(rating.slider, row + 1, 1)
        grid.addWidget(rating.high_label, row + 1, 2)
    grid.setColumnStretch(1, 1)
    return grid


def restyle(widget: QWidget) -> None:
    """Re-read the stylesheet after a property it matches on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
