"""Every control a person can reach with Tab has a name a screen reader can say.

Checked from outside, as a screen reader (Orca) sees the app: the accessible tree
on the AT-SPI bus, page by page, with the demo family's diary open.
"""

from __future__ import annotations

from tests.a11y.conftest import RunningApp
from ui.main_window import NAVIGATION

# Each screen of the app, as the commands tests/a11y/app_under_test.py understands.
SCREENS = [
    *(f"page {name}" for name in NAVIGATION),
    "help",
    "back",
    "present",
]


def test_every_focusable_control_on_every_screen_has_a_name(kindred: RunningApp) -> None:
    unnamed: dict[str, list[str]] = {}
    for screen in SCREENS:
        kindred.do(screen)
        for node, above in kindred.client.walk_showing(kindred.window()):
            if node.focusable and node.showing and not node.name.strip():
                where = " › ".join(above[-3:])
                unnamed.setdefault(screen, []).append(f"{node.role} in {where}")
    report = "\n".join(f"{screen}:\n  " + "\n  ".join(found) for screen, found in unnamed.items())
    assert not unnamed, f"focusable controls without an accessible name:\n{report}"
