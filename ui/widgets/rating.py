"""A 0–10 rating that may be left unrated, shown as a number and a word, never colour alone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from caregiver_app.domain.ratings import distress_word, mood_word


class RatingSlider(QWidget):
    changed = Signal()

    def __init__(
        self,
        label: str,
        describe: Callable[[int], str],
        low: str,
        high: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self._rated = QCheckBox(f"Rate {label.lower()}")
        self._slider = QSlider(Qt.Orientation.Horizontal)
        self._slider.setRange(0, 10)
        self._slider.setPageStep(1)
        self._slider.setValue(5)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._value = QLabel()
        self._rated.setAccessibleName(f"Rate {label.lower()}")
        self._slider.setAccessibleName(label)
        self._slider.setAccessibleDescription(f"0 means {low}, 10 means {high}")
        # Two rows, so the slider keeps its length even at 200 % text.
        top = QHBoxLayout()
        top.addWidget(self._rated)
        top.addStretch(1)
        top.addWidget(self._value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self._slider)
        self._connect_signals()
        self.set_value(None)

    def _connect_signals(self) -> None:
        self._rated.toggled.connect(self._on_toggled)
        self._slider.valueChanged.connect(self._show_value)
        # Touching the slider means the person is rating.
        self._slider.sliderPressed.connect(lambda: self._rated.setChecked(True))

    def value(self) -> int | None:
        return self._slider.value() if self._rated.isChecked() else None

    def set_value(self, value: int | None) -> None:
        self._rated.setChecked(value is not None)
        if value is not None:
            self._slider.setValue(value)
        self._on_toggled(value is not None)

    @property
    def slider(self) -> QSlider:
        return self._slider

    @property
    def checkbox(self) -> QCheckBox:
        return self._rated

    def _on_toggled(self, rated: bool) -> None:
        self._slider.setEnabled(rated)
        self._show_value()

    def _show_value(self) -> None:
        value = self.value()
        self._value.setText("not rated" if value is None else f"{value} · {self._describe(value)}")
        self._slider.setAccessibleDescription(self._value.text())
        self.changed.emit()


def mood_slider(parent: QWidget | None = None) -> RatingSlider:
    return RatingSlider("Mood", mood_word, "very low", "very good", parent)


def distress_slider(parent: QWidget | None = None) -> RatingSlider:
    return RatingSlider("Distress", distress_word, "calm", "extremely distressed", parent)
