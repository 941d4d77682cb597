"""Dates as Danish users read and type them (dd-mm-yyyy); times in Europe/Copenhagen."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from .errors import ValidationError

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
_DMY = re.compile(r"^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?\s*$")


def format_date(value: date | datetime | None) -> str:
    """``dd-mm-yyyy``; empty string for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = to_local(value).date()
    return value.strftime("%d-%m-%Y")


def format_datetime(value: datetime | None) -> str:
    """``dd-mm-yyyy HH:MM`` in Copenhagen time."""
    if value is None:
        return ""
    return to_local(value).strftime("%d-%m-%Y %H:%M")


def to_local(value: datetime) -> datetime:
    if value.tzinfo is None:  # stored UTC without tz (SQLite)
        value = value.replace(tzinfo=UTC)
    return value.astimezone(COPENHAGEN)


def utcnow() -> datetime:
    return datetime.now(UTC)


def parse_date(text: object, *, field: str = "date") -> date | None:
    """Parse a date typed or exported by Danish users.

    Accepts dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy, two-digit years (00-69 → 20xx) and ISO
    yyyy-mm-dd. Empty input gives None. Anything else raises ``ValidationError``.
    """
    if text is None:
        return None
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    raw = str(text).strip()
    if not raw:
        return None
    m = _ISO.match(raw)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = _DMY.match(raw)
        if m:
            year = int(m[3])
            if len(m[3]) == 2:
                year += 2000 if year < 70 else 1900
            return date(year, int(m[2]), int(m[1]))
    except ValueError:
        pass
    raise ValidationError(
        f"«{raw}» er ikke en gyldig dato (brug dd-mm-åååå).",
        f"'{raw}' is not a valid date (use dd-mm-yyyy).",
        field=field,
    )
