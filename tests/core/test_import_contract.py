"""The core runs without Qt: importing every core module loads no Qt module."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import caregiver_app
for module in pkgutil.walk_packages(caregiver_app.__path__, "caregiver_app."):
    if ".migrations." in module.name:
        continue  # Alembic scripts run only inside a migration
    importlib.import_module(module.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "ui"})
print("LOADED:" + ",".join(loaded))
print("COUNT:%d" % sum(1 for m in sys.modules if m.startswith("caregiver_app")))
"""


def test_importing_the_whole_core_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert "LOADED:\n" in result.stdout, result.stdout
    count = int(result.stdout.split("COUNT:")[1])
    assert count > 15  # the probe really walked the package
