"""Kindred's desktop interface (PySide6). The only package that imports Qt."""

from ui._qt_workarounds import protect_none_refcount

protect_none_refcount()
