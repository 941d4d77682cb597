"""Log file in the user's data dir. Unexpected errors go there with their traceback; the user
sees a short message with the file's path."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .settings import log_dir

_LOG_FILE: Path | None = None


def configure() -> Path:
    global _LOG_FILE
    if _LOG_FILE is not None:
        return _LOG_FILE
    path = log_dir() / "jobcenter-desktop.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _LOG_FILE = path
    return path


def log_unexpected(exc: BaseException, context: str = "") -> Path:
    path = configure()
    logging.getLogger("jobcenter_desktop").error(
        "Unexpected error %s", context, exc_info=(type(exc), exc, exc.__traceback__)
    )
    return path
