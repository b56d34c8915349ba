"""One rotating log file, configured once at start-up.

Log records say what happened, never what was written: no diary text, no names,
no keys. Call sites log ids and error types only; this module adds a last guard
that drops exception text from third-party libraries, which may quote SQL values.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _NoTracebackValues(logging.Filter):
    """Keep an exception's type and where it happened, drop its message and locals."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, _value, tb = record.exc_info
            # The message of a database error can quote the values being saved.
            where = "".join(traceback.format_tb(tb))
            record.msg = f"{record.getMessage()} [{exc_type.__name__}]\n{where}".rstrip()
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def configure_logging(folder: Path, level: int = logging.INFO) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kindred.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(_NoTracebackValues())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "kindred", False)]:
        root.removeHandler(old)
        old.close()
    handler.kindred = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
