"""Work-arounds for bugs in the Qt binding, each with the reason and how to retire it."""

from __future__ import annotations

import ctypes
import sys

# Far beyond anything a program could ever drop, and far below the largest count.
_NONE_BALLAST = 1 << 48


def protect_none_refcount() -> None:
    """Keep a PySide6 6.12.0 reference bug from ever aborting the app on Python 3.11.

    PySide6 6.12.0 drops one reference to ``None`` every time a Qt value holding
    nothing comes back to Python (``QModelIndex.data()``, ``QComboBox.itemData()``,
    ``QObject.property()`` ...). From Python 3.12 ``None`` is immortal and this is
    harmless; on 3.11 its count would reach zero after enough such calls and the
    interpreter aborts with "deallocating None". So on 3.11 ``None`` gets the same
    treatment 3.12 gives it: a reference count that can never run out.
    (tests/ui/test_qt_binding.py shows the bug and checks this stays in place; drop
    this once the binding is fixed and Python 3.11 is no longer supported.)
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    # The same loss was seen once for True or False at the end of a long test run
    # ("deallocating True or False"); they are immortal from 3.12 on as well.
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _NONE_BALLAST:
            count.value += _NONE_BALLAST
