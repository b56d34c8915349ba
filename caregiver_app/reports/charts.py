"""Trend charts drawn with reportlab's own graphics, readable in black and white.

Each line has its own dash pattern and marker shape, and a legend names it, so
nothing depends on colour. A gap in the readings (more than two days, weeks or
months without one) breaks the line instead of drawing a slope nobody saw.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect
from reportlab.lib import colors

from caregiver_app.domain.handover import Point
from caregiver_app.i18n import month_name

Marker = Literal["circle", "square", "triangle"]
LIGHT = colors.Color(0.82, 0.82, 0.82)
MID = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class ChartLine:
    label: str
    points: Sequence[Point]
    marker: Marker = "circle"
    filled: bool = True
    dash: tuple[float, ...] = ()
    width: float = 1.4


@dataclass(frozen=True)
class Axis:
    low: float
    high: float
    step: float
    words: dict[float, str] | None = None  # e.g. {0: "very low", 10: "very good"}


_BUCKET_DAYS = {"day": 1, "week": 7, "month": 31}


class _Chart(Drawing):  # type: ignore[misc]
    """A drawing whose words the canvas writes itself, shaped and in a font that has
    their letters: reportlab's graphics strings are never shaped, so Hindi labels
    drawn as ``String`` shapes would come out as broken letters or boxes."""

    def __init__(self, width: float, height: float, font_for: Callable[[str], str]) -> None:
        super().__init__(width, height)
        self._font_for = font_for
        self._words: list[tuple[float, float, str, str, float, str]] = []

    def words(
        self, x: float, y: float, text: str, font: str, size: float, anchor: str = "start"
    ) -> None:
        self._words.append((x, y, text, font, size, anchor))

    def draw(self, *args: object, **kwargs: object) -> None:
        super().draw(*args, **kwargs)
        canvas = self.canv
        for x, y, text, font, size, anchor in self._words:
            canvas.setFillColor(MID)
            canvas.setFont(font if text.isascii() else self._font_for(text), size)
            write = {
                "start": canvas.drawString,
                "middle": canvas.drawCentredString,
                "end": canvas.drawRightString,
            }[anchor]
            write(x, y, text, shaping=not text.isascii())


def trend_chart(
    lines: Sequence[ChartLine],
    first: date,
    last: date,
    axis: Axis,
    *,
    bucket: str,
    width: float,
    height: float,
    font: str,
    font_size: float = 7.5,
    font_for: Callable[[str], str] | None = None,
) -> Drawing:
    """``font_for`` names a font for words the base ``font`` lacks (Hindi labels)."""
    drawing = _Chart(width, height, font_for or (lambda _text: font))
    left, right = font_size * 4.2, font_size * (6.5 if axis.words else 1.5)
    bottom, top = font_size * 5.2, font_size * 1.2
    plot_w, plot_h = width - left - right, height - bottom - top
    span = max((last - first).days, 1)

    def x_of(day: date) -> float:
        return left + plot_w * min(max((day - first).days, 0), span) / span

    def y_of(value: float) -> float:
        return bottom + plot_h * (value - axis.low) / (axis.high - axis.low)

    drawing.add(
        Rect(left, bottom, plot_w, plot_h, strokeColor=MID, fillColor=None, strokeWidth=0.6)
    )
    value = axis.low
    while value <= axis.high + 1e-9:
        y = y_of(value)
        if axis.low < value < axis.high:
            drawing.add(Line(left, y, left + plot_w, y, strokeColor=LIGHT, strokeWidth=0.5))
        drawing.words(left - 3, y - font_size / 3, _number(value), font, font_size, "end")
        if axis.words and value in axis.words:
            drawing.words(left + plot_w + 3, y - font_size / 3, axis.words[value], font, font_size)
        value += axis.step
    for tick, text in _ticks(first, last):
        x = x_of(tick)
        drawing.add(Line(x, bottom, x, bottom - 3, strokeColor=MID, strokeWidth=0.6))
        drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=LIGHT, strokeWidth=0.3))
        drawing.words(x, bottom - font_size - 3, text, font, font_size, "middle")
    limit = timedelta(days=2 * _BUCKET_DAYS.get(bucket, 1))
    for line in lines:
        for run in _runs(line.points, limit):
            coords = [(x_of(p.day), y_of(_clamp(p.value, axis))) for p in run]
            if len(coords) > 1:
                drawing.add(
                    PolyLine([c for xy in coords for c in xy], strokeColor=colors.black,
                             strokeWidth=line.width, strokeDashArray=list(line.dash) or None)
                )  # fmt: skip
            marker_size = 2.3 if len(line.points) <= 120 else 1.4
            for x, y in coords:
                drawing.add(_marker(line.marker, x, y, marker_size, line.filled))
    _legend(drawing, lines, left, font, font_size)
    return drawing


def _legend(
    drawing: _Chart, lines: Sequence[ChartLine], left: float, font: str, size: float
) -> None:
    x = left
    y = size * 0.9
    for line in lines:
        drawing.add(
            Line(x, y + size / 3, x + 22, y + size / 3, strokeColor=colors.black,
                 strokeWidth=line.width, strokeDashArray=list(line.dash) or None)
        )  # fmt: skip
        drawing.add(_marker(line.marker, x + 11, y + size / 3, 2.6, line.filled))
        drawing.words(x + 27, y, line.label, font, size * 1.1)
        x += 27 + len(line.label) * size * 0.62 + 18


def _marker(kind: Marker, x: float, y: float, r: float, filled: bool) -> Circle | Rect | Polygon:
    fill = colors.black if filled else colors.white
    if kind == "square":
        return Rect(x - r, y - r, 2 * r, 2 * r, fillColor=fill, strokeColor=colors.black,
                    strokeWidth=0.8)  # fmt: skip
    if kind == "triangle":
        return Polygon([x - r * 1.2, y - r, x + r * 1.2, y - r, x, y + r * 1.3],
                       fillColor=fill, strokeColor=colors.black, strokeWidth=0.8)  # fmt: skip
    return Circle(x, y, r, fillColor=fill, strokeColor=colors.black, strokeWidth=0.8)


def _runs(points: Sequence[Point], limit: timedelta) -> list[list[Point]]:
    runs: list[list[Point]] = []
    for point in points:
        if runs and point.day - runs[-1][-1].day <= limit:
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def _clamp(value: float, axis: Axis) -> float:
    return min(max(value, axis.low), axis.high)


def _number(value: float) -> str:
    return f"{value:g}"


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    """At most about eight labelled dates: weeks, months or years, whichever fits."""
    span = (last - first).days
    if span <= 70:
        step = 7 if span > 14 else 2 if span > 6 else 1
        start = first + timedelta(days=(7 - first.weekday()) % 7) if step == 7 else first
        days = [start + timedelta(days=n) for n in range(0, span + 1, step)]
        return [(d, f"{d.day} {month_name(d.month, short=True)}") for d in days if d <= last]
    months_between = (last.year - first.year) * 12 + last.month - first.month
    every = next(m for m in (1, 2, 3, 6, 12, 24) if months_between / m <= 8)
    ticks = []
    year, month = first.year, first.month
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        day = date(year, month, 1)
        if day > last:
            break
        if (month - 1) % every == 0:
            label = month_name(month, short=True)
            if every >= 6 or month == 1:
                label += f" {year}"
            ticks.append((day, label))
    return ticks


def nice_high(values: Sequence[float], floor: float) -> float:
    """An axis top: at least ``floor``, above every value, on an even number."""
    top = max([floor, *values])
    return float(int(top + 1.999) // 2 * 2)
