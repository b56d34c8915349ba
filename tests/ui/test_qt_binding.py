"""The Qt binding's known faults stay harmless (see ui/_qt_workarounds.py)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

PROBE = """
import ui  # installs the work-around, as every Kindred start does
from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
class Empty(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 1
    def data(self, index, role=0):
        return None
model = Empty()
index = model.index(0)
combo = QComboBox()
combo.addItem("All kinds")  # an item with no data, like the diary's filters
for _ in range(200_000):
    index.data(256)
    combo.itemData(0)
print("still running")
"""


class _Empty(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


def test_asking_qt_for_nothing_many_times_never_aborts_the_app() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "still running" in result.stdout


def test_an_empty_value_still_reads_as_none() -> None:
    assert _Empty().index(0).data(Qt.ItemDataRole.UserRole) is None
