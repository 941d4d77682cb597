"""Declarative settings: each option is declared once with its type, default and meaning.

Stored as JSON in the user's config dir (platformdirs); unknown keys from newer versions are
kept, values of the wrong type fall back to the default, so a hand-edited file never stops the
app from starting. ``JOBCENTER_HOME`` moves all per-user files (used by tests and portable use).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "jobcenter-desktop"
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    doc: str


OPTIONS: tuple[Option, ...] = (
    Option("language", str, "da", "User-interface language: 'da' (default) or 'en'."),
    Option("db_url", str, "", "Store to open: empty = the SQLite file in the data dir."),
    Option("jobcenter_name", str, "Jobcenter Demokommune", "Name printed on handouts."),
    Option("logo_path", str, "", "Optional logo (PNG/JPG) printed on handouts."),
    Option("demo_on_first_start", bool, True, "Seed a demo jobcenter into an empty store."),
    Option("login_max_failures", int, 3, "Failed logins within 24 h before an account locks."),
    Option("access_log_retention_days", int, 183, "Minimum days access-log rows are kept."),
    Option(
        "match_weights",
        dict,
        {},
        "Matching weights by part name; missing parts use the documented defaults.",
    ),
    Option("window_geometry", str, "", "Main-window geometry (base64), restored on start."),
)
_BY_NAME = {o.name: o for o in OPTIONS}


def home_dir() -> Path | None:
    home = os.environ.get("JOBCENTER_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    home = home_dir()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = home_dir()
    path = home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "jobcenter.sqlite3"


def cpr_key_path() -> Path:
    return data_dir() / "cpr.key"


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        if not isinstance(raw, dict):
            raw = {}
        self._values = raw
        self._values["_version"] = SETTINGS_VERSION

    def get(self, name: str) -> Any:
        option = _BY_NAME[name]
        value = self._values.get(name, option.default)
        if not isinstance(value, option.type) or (option.type is int and isinstance(value, bool)):
            return option.default
        return value

    def set(self, name: str, value: Any) -> None:
        option = _BY_NAME[name]
        if not isinstance(value, option.type):
            raise TypeError(f"{name} must be {option.type.__name__}")
        self._values[name] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._values, fh, ensure_ascii=False, indent=2)
        os.replace(tmp, self.path)
