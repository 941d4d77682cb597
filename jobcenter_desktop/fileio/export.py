"""Writing exports: CSV and XLSX that Danish Excel opens correctly, and .ics calendars.

Owns three things every export needs. Formula injection: a text cell starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return is prefixed with ``'`` (OWASP "CSV injection"), so
a company called ``=HYPERLINK(...)`` is shown, not run. Leading zeros: postcodes and CVR
numbers are passed as text and stay text (``0800`` never becomes 800). Atomic writes: data
goes to a temporary file in the target folder that replaces the target only when complete,
so a crash or a full disk never leaves half a file where the last good export was.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import islice
from os import PathLike
from pathlib import Path
from typing import IO

from jobcenter_desktop.domain.dates import COPENHAGEN, format_date, format_datetime, to_local
from jobcenter_desktop.domain.errors import UserError

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
UID_DOMAIN = "jobcenter-desktop"

# Excel refuses files with longer cells ("We found a problem with some content").
_XLSX_MAX_CELL = 32_767
_XLSX_SHEET_TITLE = re.compile(r"[\[\]:*?/\\]")
# Characters XML 1.0 cannot hold; openpyxl raises on them, so they are dropped instead.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_WIDTH_SAMPLE_ROWS = 500
_MIN_WIDTH, _MAX_WIDTH = 6, 60


def neutralise(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would read as a formula (OWASP CSV injection)."""
    # Leading spaces are looked through: some spreadsheet programs trim before parsing.
    return "'" + text if text.lstrip(" \u00a0").startswith(FORMULA_TRIGGERS) else text


# --------------------------------------------------------------------------------------------
# CSV


def write_csv(
    path: str | PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[object]]
) -> int:
    """Write a ``;``-separated UTF-8 CSV with BOM, the form Danish Excel opens without a wizard.

    Dates are written ``dd-mm-yyyy``, decimals with a comma, lists joined with ", ".
    Returns the number of data rows written.
    """
    count = 0
    with _atomic(path) as fh:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        try:
            writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
            writer.writerow([_csv_cell(h) for h in headers])
            for row in rows:
                writer.writerow([_csv_cell(v) for v in row])
                count += 1
        finally:
            text.detach()  # flushes; the atomic writer owns and closes the binary file
    return count


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(_XML_ILLEGAL.sub("", value)) if value else ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        number = float(value)
        if number.is_integer() and abs(number) < 1e15:
            return str(int(number))
        return format(number, ".15g").replace(".", ",")  # Danish Excel reads "37,5"
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list | tuple | set | frozenset):
        return neutralise(", ".join(str(v) for v in value))
    return neutralise(str(value))


# --------------------------------------------------------------------------------------------
# XLSX


def write_xlsx(
    path: str | PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    sheet_title: str = "Data",
) -> int:
    """Write an XLSX sheet: bold, frozen header row, column widths fitted to the content.

    Strings stay text cells (digit strings get the Text format so Excel keeps their leading
    zeros even after editing); dates become real Excel dates shown ``dd-mm-yyyy``.
    Returns the number of data rows written.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(sheet_title))
    rows = iter(rows)
    # Widths must be set before the first row in write-only mode: size them on a sample.
    sample = [list(r) for r in islice(rows, _WIDTH_SAMPLE_ROWS)]
    for index, width in enumerate(_column_widths(headers, sample), 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"

    bold = Font(bold=True)

    def header_cell(text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=_xlsx_text(str(text)))
        cell.font = bold
        return cell

    def cells(row: Sequence[object]) -> list[object]:
        out: list[object] = []
        for value in row:
            if isinstance(value, str):
                text = _xlsx_text(value)
                if text.isdigit():
                    cell = WriteOnlyCell(sheet, value=text)
                    cell.number_format = "@"
                    out.append(cell)
                else:
                    out.append(text)
            elif isinstance(value, datetime):
                cell = WriteOnlyCell(sheet, value=_excel_datetime(value))
                cell.number_format = "DD-MM-YYYY HH:MM"
                out.append(cell)
            elif isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD-MM-YYYY"
                out.append(cell)
            elif value is None or isinstance(value, bool | int | float | Decimal):
                out.append(value)
            elif isinstance(value, list | tuple | set | frozenset):
                out.append(_xlsx_text(", ".join(str(v) for v in value)))
            else:
                out.append(_xlsx_text(str(value)))
        return out

    sheet.append([header_cell(h) for h in headers])
    count = 0
    for row in sample:
        sheet.append(cells(row))
        count += 1
    for row in rows:
        sheet.append(cells(row))
        count += 1
    with _atomic(path) as fh:
        workbook.save(fh)
    return count


def _xlsx_text(value: str) -> str:
    if _XML_ILLEGAL.search(value):
        value = _XML_ILLEGAL.sub("", value)
    if len(value) > _XLSX_MAX_CELL:
        value = value[: _XLSX_MAX_CELL - 1] + "…"
    return neutralise(value)


def _excel_datetime(value: datetime) -> datetime:
    # Excel has no time zones: show the wall-clock time in Copenhagen, as the app does.
    return to_local(value).replace(tzinfo=None) if value.tzinfo else value


def _sheet_title(title: str) -> str:
    cleaned = " ".join(_XLSX_SHEET_TITLE.sub(" ", _XML_ILLEGAL.sub("", title)).split())
    return cleaned.strip("'")[:31] or "Data"  # Excel's limits: 31 chars, no []:*?/\\


def _column_widths(headers: Sequence[str], sample: list[list[object]]) -> list[float]:
    widths = [len(str(h)) + 2 for h in headers]  # bold text and the filter arrow need room
    for row in sample:
        for index, value in enumerate(row[: len(widths)]):
            if value is None:
                continue
            if isinstance(value, date):
                length = 16 if isinstance(value, datetime) else 10
            else:
                text = value if isinstance(value, str) else str(value)
                length = max((len(line) for line in text.split("\n")), default=0)
            if length > widths[index]:
                widths[index] = length
    return [min(max(w + 1, _MIN_WIDTH), _MAX_WIDTH) for w in widths]


# --------------------------------------------------------------------------------------------
# Calendar


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """A follow-up (opfølgning) as an all-day calendar entry on its due date.

    ``uid`` must be the same on every export of the same follow-up (use ``event_uid``), so a
    calendar that imports the file again updates the entry instead of adding a copy.
    """

    uid: str
    summary: str
    due: date
    description: str = ""
    sequence: int = 0
    last_modified: datetime | None = None


def event_uid(entity: str, entity_id: object) -> str:
    """Stable, globally unique UID for an exported record: ``follow_up-42@jobcenter-desktop``."""
    return f"{entity}-{entity_id}@{UID_DOMAIN}"


def write_ics(
    path: str | PathLike[str],
    events: Iterable[CalendarEvent],
    *,
    calendar_name: str = "Opfølgninger",
    now: datetime | None = None,
) -> int:
    """Write follow-ups as an iCalendar file (all-day events, Europe/Copenhagen).

    ``now`` (UTC) stamps the events; pass it for reproducible files. Returns the event count.
    """
    from icalendar import Calendar, Event

    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//Jobcenter Desktop//Opfoelgninger//DA")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _ics_text(calendar_name))
    calendar.add("x-wr-timezone", str(COPENHAGEN))
    seen: set[str] = set()
    for event in sorted(events, key=lambda e: e.uid):
        uid = event.uid if "@" in event.uid else f"{event.uid}@{UID_DOMAIN}"
        if uid in seen:
            raise ValueError(f"two calendar events share the UID {uid!r}")
        seen.add(uid)
        due = event.due
        if isinstance(due, datetime):
            # A due time means a day in Copenhagen: 23:30 UTC on the 1st is the 2nd here.
            due = to_local(due).date()
        entry = Event()
        entry.add("uid", uid)
        entry.add("dtstamp", stamp)
        entry.add("summary", _ics_text(event.summary))
        if event.description:
            entry.add("description", _ics_text(event.description))
        entry.add("dtstart", due)
        entry.add("dtend", due + timedelta(days=1))  # DTEND of an all-day event is exclusive
        # A follow-up is a reminder, not a meeting: it must not mark the day as busy.
        entry.add("transp", "TRANSPARENT")
        if event.sequence:
            entry.add("sequence", event.sequence)
        if event.last_modified is not None:
            entry.add("last-modified", event.last_modified.astimezone(UTC))
        calendar.add_component(entry)
    with _atomic(path) as fh:
        fh.write(calendar.to_ical())
    return len(seen)


def _ics_text(value: str) -> str:
    return _XML_ILLEGAL.sub("", value)


# --------------------------------------------------------------------------------------------
# Atomic file replacement


@contextmanager
def _atomic(path: str | PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``path`` only if the block completes.

    The temporary file lives in the target folder because ``os.replace`` is atomic only
    within one file system. It is created private (0600): exports often hold personal data.
    """
    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise _save_error(target, exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise _save_error(target, exc) from exc
        raise


def _save_error(target: Path, exc: OSError) -> UserError:
    if isinstance(exc, PermissionError):
        return UserError(
            f"«{target.name}» kunne ikke gemmes: filen er åben i et andet program (fx Excel), "
            "eller du har ikke adgang til mappen. Luk filen, og prøv igen.",
            f"'{target.name}' could not be saved: it is open in another program (e.g. Excel) "
            "or the folder is not writable. Close the file and try again.",
        )
    if isinstance(exc, FileNotFoundError):
        return UserError(
            f"Mappen «{target.parent}» findes ikke.",
            f"The folder '{target.parent}' does not exist.",
        )
    return UserError(
        f"«{target.name}» kunne ikke gemmes: {exc.strerror or exc}.",
        f"'{target.name}' could not be saved: {exc.strerror or exc}.",
    )
