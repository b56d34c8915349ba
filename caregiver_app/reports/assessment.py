"""The Assessment part of the handover report: trends, episodes, doses.

Mood and distress share one chart (0 to 10), sleep has its own; then the distress
episodes (how many, when, what came before, what helped, which guidance ideas
helped, the latest ones in a table) and the doses missed or refused.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from caregiver_app.domain.handover import Counted, HandoverData
from caregiver_app.i18n import _, ngettext
from caregiver_app.reports.charts import Axis, ChartLine, nice_high, trend_chart
from caregiver_app.reports.layout import Ink, day, keep, shorten


def assessment(ink: Ink, data: HandoverData) -> list[Flowable]:
    s, w, k = ink.s, ink.width, ink.s.scale
    first, last = data.period.first, data.period.last
    out = ink.section(_("A · Assessment"), _("How things have been, from the diary."))
    bucket = data.mood.bucket
    mood, distress, sleep = {
        "day": (
            _("Mood (average each day)"),
            _("Distress (highest each day)"),
            _("Hours of sleep (a night)"),
        ),
        "week": (
            _("Mood (average each week)"),
            _("Distress (average each week)"),
            _("Hours of sleep (average each week)"),
        ),
        "month": (
            _("Mood (average each month)"),
            _("Distress (average each month)"),
            _("Hours of sleep (average each month)"),
        ),
    }[bucket]
    if data.mood.points or data.distress.points:
        chart = trend_chart(
            [
                ChartLine(mood, data.mood.points, "circle", True),
                ChartLine(
                    distress,
                    data.distress.points,
                    "square",
                    False,
                    (4, 2.5),
                ),
            ],
            first,
            last,
            Axis(0, 10, 2, {0: _("low / calm"), 10: _("good / distressed")}),
            bucket=data.mood.bucket,
            width=w,
            height=150 * k,
            font=ink.fonts.regular,
            font_size=7.5 * k,
            font_for=ink.maker.font_for_text,
        )
        out.append(keep(ink.label(_("Mood and distress (0 to 10)"), s.heading), chart))
    if data.sleep.points:
        top = nice_high([p.value for p in data.sleep.points], 10)
        chart = trend_chart(
            [
                ChartLine(
                    sleep,
                    data.sleep.points,
                    "triangle",
                    True,
                )
            ],
            first,
            last,
            Axis(0, top, 2),
            bucket=data.sleep.bucket,
            width=w,
            height=120 * k,
            font=ink.fonts.regular,
            font_size=7.5 * k,
            font_for=ink.maker.font_for_text,
        )
        out.append(keep(ink.label(_("Sleep"), s.heading), chart))
    if not (data.mood.points or data.distress.points or data.sleep.points):
        out.append(
            ink.label(_("No mood, distress or sleep ratings were written in this period."), s.body)
        )
    out += _episodes(ink, data)
    out += _doses(ink, data)
    return out


def _episodes(ink: Ink, data: HandoverData) -> list[Flowable]:
    s, ep = ink.s, data.episodes
    head = ink.label(_("Distress episodes"), s.heading)
    if not ep.count:
        return [head, ink.label(_("No distress episodes were written in this period."), s.body)]
    out: list[Flowable] = [
        head,
        ink.label(
            _("{episodes} in {days} ({recent} in the last two weeks).").format(
                episodes=ngettext("{n} episode", "{n} episodes", ep.count),
                days=ngettext("{n} day", "{n} days", data.period.days),
                recent=ep.last_two_weeks,
            ),
            s.body,
        ),
    ]
    if ep.by_time_of_day:
        when = ", ".join(f"{_(c.text)} {c.count}" for c in ep.by_time_of_day)
        out.append(ink.labelled(_("When they happened:"), when, s.body))
    out += _counted(ink, _("What usually came before"), ep.triggers)
    out += _counted(ink, _("What helped"), ep.helped)
    out += _counted(ink, _("Ideas from Kindred's guidance cards that helped"), ep.cards_helped)
    rows = [
        [
            ink.label(day(e.when.astimezone().date()), s.cell),
            ink.label(f"{e.distress}" if e.distress is not None else "—", s.cell),
            ink.text(shorten(e.before, 200) or "—", s.cell),
            ink.text(shorten(e.behaviour or e.text, 200) or "—", s.cell),
            ink.text(shorten(e.helped, 200) or "—", s.cell),
        ]
        for e in ep.recent
    ]
    widths = [0.13, 0.14, 0.24, 0.25, 0.24]
    table = ink.table(
        [_("Date"), _("Distress"), _("Before"), _("What happened"), _("What helped")], rows, widths
    )
    label = _("The most recent episodes") if ep.count > len(ep.recent) else _("Each episode")
    out += ink.headed(ink.label(label, s.heading), table)
    return out


def _counted(ink: Ink, title: str, items: Sequence[Counted]) -> list[Flowable]:
    if not items:
        return []
    lines = [
        ink.para(
            ink.user(c.text) + (f" <i>(×{c.count})</i>" if c.count > 1 else ""), ink.s.body, c.text
        )
        for c in items
    ]
    return [keep(ink.label(title, ink.s.heading), *ink.bullets(lines[:1])), *ink.bullets(lines[1:])]


def _doses(ink: Ink, data: HandoverData) -> list[Flowable]:
    s = ink.s
    head = ink.label(_("Doses given, missed and refused"), s.heading)
    if not data.doses:
        return [head, ink.label(_("No doses were logged in Kindred in this period."), s.body)]
    rows = [
        [
            ink.text(d.medicine_name, s.cell),
            *(ink.label(str(n), s.cell) for n in (d.given, d.missed, d.refused)),
        ]
        for d in data.doses
    ]
    table = ink.table(
        [_("Medicine"), _("Given"), _("Missed"), _("Refused")], rows, [0.4, 0.2, 0.2, 0.2]
    )
    return ink.headed(head, table)
