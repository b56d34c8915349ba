"""Kindred's core: domain, storage, services and command line. Never imports Qt."""

__version__ = "0.1.0"
