"""Printable documents built with reportlab from plain data (Qt-free)."""
