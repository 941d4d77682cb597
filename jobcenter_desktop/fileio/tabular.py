"""Reading the tables users bring: CSV/TSV from any Danish office program, and XLSX.

Owns everything about turning bytes into rows of clean strings: format sniffing by content
(not by file name), encoding (BOM, UTF-8, else cp1252), delimiter (``;``, ``,`` or tab),
finding the header row below any title rows, cleaning control characters, capping huge cells,
and turning Excel's numbers and dates into the text a user typed. It knows nothing about what
the columns mean; ``mapping`` and ``validate`` do that.

A file the user can fix (empty, broken, not a table) raises ``UserError`` with a Danish
message. A bad cell never raises: it is recorded in ``SourceRow.raw_issues`` so the row can be
rejected with a reason while the rest of the file imports.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from os import PathLike
from pathlib import Path
from typing import Any

from jobcenter_desktop.domain.errors import UserError

from .mapping import header_key, known_header_keys

DEFAULT_MAX_CELL_CHARS = 10_000
HEADER_SCAN_ROWS = 20
DELIMITERS = (";", ",", "\t")  # order breaks ties: ";" is what Danish Excel writes

_SAMPLE_BYTES = 64 * 1024
_SNIFF_CHARS = 16 * 1024
# csv refuses fields over 128 KiB by default, which would turn one pasted-in document into a
# crash. 64 MiB still stops an unclosed quote from swallowing a whole large file into memory.
_CSV_FIELD_LIMIT = 64 * 1024 * 1024
# Random bytes decoded as cp1252 are ~14 % control characters spread over every line; a text
# file with a few hostile NULs has them on a few lines. Tiny files are left to the header check.
_BINARY_CONTROL_RATIO = 0.05
_BINARY_LINE_RATIO = 0.3
_BINARY_MIN_SAMPLE = 512

# Control characters (NUL, C0 except tab/newline, DEL, C1) and stray BOMs/non-characters:
# invisible, break XML when exported to XLSX, and make equal values compare different.
_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
# XLSX stores control characters as _xHHHH_ escapes, which openpyxl passes through verbatim.
_XLSX_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SEP_HINT = re.compile(r"^sep=([;,\t|])\s*$", re.IGNORECASE | re.MULTILINE)
_NUMERIC_LIKE = re.compile(r"^[-+]?[\d\s.,:/\-]+$")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_EXCEL_ERRORS = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA",
     "#SPILL!", "#CALC!", "#I/T", "#REFERENCE!", "#VÆRDI!", "#DIVISION/0!", "#NAVN?"}
)

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls and password-protected .xlsx
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf",
                 b"Rar!", b"MZ", b"\x7fELF")


@dataclass(frozen=True, slots=True)
class CellIssue:
    """Something wrong with the raw data of a row; ``column`` is None for the whole row."""

    column: int | None
    reason: str


@dataclass(slots=True)
class SourceRow:
    """One data row as read from the file.

    ``row_number`` is the row the user sees: the real sheet row for XLSX, the record number
    for CSV (header = 1 when it is the first record; a quoted newline does not add a row).
    ``values`` has exactly one entry per header; empty cells are None, others stripped text.
    """

    row_number: int
    values: list[str | None]
    raw_issues: list[CellIssue] = field(default_factory=list)


@dataclass(slots=True)
class Table:
    """A whole table in memory; use ``open_table`` to stream big files instead."""

    headers: list[str]
    rows: list[SourceRow]
    encoding: str | None
    delimiter: str | None
    header_row: int
    sheet: str | None = None
    format: str = "csv"


class TableReader:
    """A table being streamed: header information up front, data rows by iteration.

    Use as a context manager (or iterate to the end) so the file is closed. Rows can be
    iterated once.
    """

    def __init__(
        self,
        *,
        headers: list[str],
        rows: Iterator[SourceRow],
        encoding: str | None,
        delimiter: str | None,
        header_row: int,
        sheet: str | None,
        format: str,
        close: Callable[[], None],
    ) -> None:
        self.headers = headers
        self.encoding = encoding
        self.delimiter = delimiter
        self.header_row = header_row
        self.sheet = sheet
        self.format = format
        self._rows = rows
        self._close = close

    def __iter__(self) -> Iterator[SourceRow]:
        try:
            yield from self._rows
        finally:
            self.close()

    def close(self) -> None:
        close, self._close = self._close, _noop
        close()

    def __enter__(self) -> TableReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _noop() -> None:
    pass


def read_table(
    path: str | PathLike[str],
    *,
    sheet: str | int | None = None,
    max_cell_chars: int = DEFAULT_MAX_CELL_CHARS,
) -> Table:
    """Read a CSV/TSV or XLSX file into memory (see ``open_table``)."""
    with open_table(path, sheet=sheet, max_cell_chars=max_cell_chars) as reader:
        rows = list(reader)
        return Table(
            headers=reader.headers,
            rows=rows,
            encoding=reader.encoding,
            delimiter=reader.delimiter,
            header_row=reader.header_row,
            sheet=reader.sheet,
            format=reader.format,
        )


def iter_rows(
    path: str | PathLike[str],
    *,
    sheet: str | int | None = None,
    max_cell_chars: int = DEFAULT_MAX_CELL_CHARS,
) -> Iterator[SourceRow]:
    """Stream the data rows of a file whose headers the caller already has (second pass)."""
    with open_table(path, sheet=sheet, max_cell_chars=max_cell_chars) as reader:
        yield from reader


def open_table(
    path: str | PathLike[str],
    *,
    sheet: str | int | None = None,
    max_cell_chars: int = DEFAULT_MAX_CELL_CHARS,
) -> TableReader:
    """Open a table file for streaming, detecting format, encoding, delimiter and header row.

    The format comes from the file's content, so a renamed file still reads. ``sheet`` (name or
    0-based index) picks an XLSX sheet; by default the active sheet, or the first sheet with a
    header row. Cells longer than ``max_cell_chars`` are cut and reported in ``raw_issues``.
    """
    path = Path(path)
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        raise UserError(
            f"Filen «{path.name}» findes ikke.", f"The file '{path.name}' does not exist."
        ) from None
    except OSError as exc:
        raise UserError(
            f"Filen «{path.name}» kunne ikke åbnes: {exc.strerror or exc}.",
            f"The file '{path.name}' could not be opened: {exc.strerror or exc}.",
        ) from None
    try:
        magic = fh.read(8)
        if not magic:
            raise _empty(path)
        if magic.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
            return _open_xlsx(fh, path, sheet, max_cell_chars)
        if magic.startswith(_OLE2_MAGIC):
            raise UserError(
                f"«{path.name}» er en gammel Excel-fil (.xls) eller en krypteret fil. "
                "Gem den som .xlsx eller CSV uden adgangskode, og prøv igen.",
                f"'{path.name}' is a legacy Excel file (.xls) or encrypted. "
                "Save it as .xlsx or CSV without a password and try again.",
            )
        if magic.startswith(_BINARY_MAGIC):
            raise _not_a_table(path)
        return _open_csv(fh, path, max_cell_chars)
    except BaseException:
        fh.close()
        raise


# --------------------------------------------------------------------------------------------
# CSV


def _open_csv(fh: io.BufferedReader, path: Path, cap: int) -> TableReader:
    encoding = _detect_encoding(fh)
    fh.seek(0)
    raw_sample = fh.read(_SAMPLE_BYTES)
    complete = len(raw_sample) < _SAMPLE_BYTES
    sample = raw_sample.decode(encoding, errors="replace")
    if encoding == "utf-8-sig":
        sample = sample.removeprefix("\ufeff")
    if not sample.strip("\ufeff\x00 \t\r\n"):
        raise _empty(path)
    if _looks_binary(sample):
        raise _not_a_table(path)
    if not complete:
        # The sample was cut mid-line; a half line would skew the delimiter statistics.
        sample = sample[: max(sample.rfind("\n"), 0)]
    hint = _SEP_HINT.match(sample)
    # Excel writes and honours a first line "sep=;"; when present it is the answer.
    delimiter = hint[1] if hint else _detect_delimiter(sample)

    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    fh.seek(0)
    # Universal newlines turn "\r\n" and a lone "\r" inside quoted values into "\n" at C speed,
    # so values never carry carriage returns; csv still sees quoted newlines correctly.
    text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline=None)
    records = csv.reader(_clean_lines(text), delimiter=delimiter, quotechar='"', strict=False)

    def numbered() -> Iterator[tuple[int, list[str]]]:
        number = 0
        try:
            for number, record in enumerate(records, 1):  # noqa: B007 - read in except
                yield number, record
        except csv.Error as exc:
            raise UserError(
                f"CSV-filen «{path.name}» kunne ikke læses efter række {number}: {exc}. "
                "Måske mangler et afsluttende anførselstegn.",
                f"The CSV file '{path.name}' could not be read after row {number}: {exc}. "
                "A closing quote may be missing.",
            ) from None

    source = numbered()
    scanned: list[tuple[int, list[str | None]]] = []
    for number, record in source:
        values = _strip_record(record)
        if values is not None:
            scanned.append((number, values))
            if len(scanned) >= HEADER_SCAN_ROWS:
                break
    if not scanned:
        raise _empty(path)
    header_at, headers = _choose_header(scanned, path)
    width = len(headers)
    header_row = scanned[header_at][0]

    def rows() -> Iterator[SourceRow]:
        # Re-read the scanned rows below the header so giant cells are capped the same way.
        for number, values in scanned[header_at + 1 :]:
            yield _finish_row(number, values, width, cap, report_extra=True)
        for number, record in source:
            values = _strip_record(record)
            if values is not None:
                yield _finish_row(number, values, width, cap, report_extra=True)

    return TableReader(
        headers=headers,
        rows=rows(),
        encoding=encoding,
        delimiter=delimiter,
        header_row=header_row,
        sheet=None,
        format="csv",
        close=text.close,
    )


def _detect_encoding(fh: io.BufferedReader) -> str:
    fh.seek(0)
    start = fh.read(4)
    if start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text" export: UTF-16 with BOM, tab separated
    fh.seek(0)
    # The whole file is checked, not a sample: an "ø" on row 90 000 of an otherwise ASCII
    # cp1252 file must not turn into a decoding error halfway through an import.
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while chunk := fh.read(1 << 20):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _looks_binary(sample: str) -> bool:
    if len(sample) < _BINARY_MIN_SAMPLE:
        return False
    controls = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if controls <= _BINARY_CONTROL_RATIO * len(sample):
        return False
    lines = [line for line in sample.splitlines() if line]
    dirty = sum(1 for line in lines if "\ufffd" in line or _CONTROL.search(line))
    return dirty > _BINARY_LINE_RATIO * len(lines)


def _detect_delimiter(sample: str) -> str:
    """csv.Sniffer's choice when the field counts agree with it, else the most consistent one.

    The Sniffer alone is easily fooled by Danish decimal commas inside ``;`` files, so each
    candidate is scored by how many sample records share its most common field count.
    """
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=scores.__getitem__)  # max keeps the first of equal scores
    if scores[best][0] == 0:
        # One column whichever delimiter is used: do not let the Sniffer split prose on commas.
        return DELIMITERS[0]
    try:
        sniffed = csv.Sniffer().sniff(sample[:_SNIFF_CHARS], delimiters="".join(DELIMITERS))
        if scores[sniffed.delimiter] == scores[best]:
            return sniffed.delimiter
    except (csv.Error, KeyError):
        pass
    return best


def _consistency(sample: str, delimiter: str) -> tuple[int, int]:
    counts: dict[int, int] = {}
    try:
        for n, record in enumerate(csv.reader(io.StringIO(sample), delimiter=delimiter)):
            if n >= 200:
                break
            if any(v.strip() for v in record):
                counts[len(record)] = counts.get(len(record), 0) + 1
    except csv.Error:
        return (0, 0)
    if not counts:
        return (0, 0)
    width, rows = max(counts.items(), key=lambda item: (item[1], item[0]))
    return (rows if width > 1 else 0, width)


def _clean_lines(lines: Iterable[str]) -> Iterator[str]:
    search = _CONTROL.search
    sub = _CONTROL.sub
    for line in lines:
        # Checking first keeps the common clean line on the fast path (no new string).
        yield sub("", line) if search(line) else line


def _strip_record(record: list[str]) -> list[str | None] | None:
    """Stripped values (empty -> None), or None when the whole record is empty."""
    values = [v.strip() or None for v in record]
    return values if any(values) else None


def _finish_row(
    number: int, values: list[str | None], width: int, cap: int, *, report_extra: bool
) -> SourceRow:
    issues: list[CellIssue] = []
    if len(values) != width:
        if len(values) < width:
            values.extend([None] * (width - len(values)))
        else:
            if report_extra and any(values[width:]):
                issues.append(
                    CellIssue(
                        None,
                        f"Rækken har {len(values)} felter, men overskriften kun {width}; "
                        "værdierne er forskudt (tjek skilletegn og anførselstegn).",
                    )
                )
            del values[width:]
    if max(map(len, filter(None, values)), default=0) > cap:
        for i, v in enumerate(values):
            if v is not None and len(v) > cap:
                values[i] = v[:cap]
                issues.append(_too_long(i, len(v), cap))
    return SourceRow(number, values, issues)


# --------------------------------------------------------------------------------------------
# XLSX


def _open_xlsx(
    fh: io.BufferedReader, path: Path, sheet: str | int | None, cap: int
) -> TableReader:
    import openpyxl  # only XLSX imports pay for loading openpyxl

    fh.seek(0)
    try:
        if not zipfile.is_zipfile(fh):
            raise zipfile.BadZipFile("no central directory")
        fh.seek(0)
        with zipfile.ZipFile(fh) as archive:
            names = set(archive.namelist())
        if "[Content_Types].xml" not in names or not any("workbook" in n for n in names):
            raise UserError(
                f"«{path.name}» er en ZIP-fil, men ikke et Excel-regneark (.xlsx). "
                "Gem filen som .xlsx eller CSV.",
                f"'{path.name}' is a ZIP file but not an Excel workbook (.xlsx). "
                "Save it as .xlsx or CSV.",
            )
        fh.seek(0)
        workbook = openpyxl.load_workbook(fh, read_only=True, data_only=True, keep_links=False)
    except UserError:
        raise
    except Exception as exc:  # openpyxl raises anything from KeyError to zlib.error
        raise _broken_xlsx(path) from exc

    def close() -> None:
        try:
            workbook.close()
        finally:
            fh.close()

    try:
        worksheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
        if not worksheets:
            raise _empty(path)
        if sheet is not None:
            chosen = [_pick_sheet(worksheets, sheet, path)]
        else:
            active = workbook.active if workbook.active in worksheets else worksheets[0]
            chosen = [active, *(ws for ws in worksheets if ws is not active)]
        failure: UserError | None = None
        for ws in chosen:
            try:
                reader = _open_worksheet(ws, path, cap, close)
            except UserError as exc:
                failure = failure or exc
                continue
            return reader
        assert failure is not None
        raise failure
    except UserError:
        close()
        raise
    except Exception as exc:
        close()
        raise _broken_xlsx(path) from exc


def _pick_sheet(worksheets: list[Any], sheet: str | int, path: Path) -> Any:
    if isinstance(sheet, int):
        if 0 <= sheet < len(worksheets):
            return worksheets[sheet]
    else:
        for ws in worksheets:
            if ws.title == sheet:
                return ws
    names = ", ".join(f"«{ws.title}»" for ws in worksheets)
    raise UserError(
        f"Arket «{sheet}» findes ikke i «{path.name}». Filen har arkene {names}.",
        f"The sheet '{sheet}' does not exist in '{path.name}'. The workbook has {names}.",
    )


def _open_worksheet(ws: Any, path: Path, cap: int, close: Callable[[], None]) -> TableReader:
    # Exporters often write a wrong <dimension>; trusting it would silently cut columns.
    ws.reset_dimensions()
    raw_rows = ws.iter_rows(min_row=1, values_only=True)

    def numbered() -> Iterator[tuple[int, list[str | None], list[CellIssue]]]:
        try:
            for number, row in enumerate(raw_rows, 1):
                issues: list[CellIssue] = []
                values = [_xlsx_value(v, i, cap, issues) for i, v in enumerate(row)]
                if any(values) or issues:
                    yield number, values, issues
        except Exception as exc:  # a damaged sheet part fails only when it is reached
            raise _broken_xlsx(path) from exc

    source = numbered()
    scanned: list[tuple[int, list[str | None]]] = []
    scanned_issues: dict[int, list[CellIssue]] = {}
    for number, values, issues in source:
        scanned.append((number, values))
        scanned_issues[number] = issues
        if len(scanned) >= HEADER_SCAN_ROWS:
            break
    if not scanned:
        raise UserError(
            f"Arket «{ws.title}» i «{path.name}» er tomt.",
            f"The sheet '{ws.title}' in '{path.name}' is empty.",
        )
    header_at, headers = _choose_header(scanned, path)
    width = len(headers)
    header_row = scanned[header_at][0]

    def rows() -> Iterator[SourceRow]:
        pending = [(n, v, scanned_issues[n]) for n, v in scanned[header_at + 1 :]]
        for number, values, issues in _chain(pending, source):
            # A stray value right of the table (a note in column Z) cannot be shifted data in
            # a spreadsheet, so it is dropped rather than reported.
            row = _finish_row(number, values, width, cap, report_extra=False)
            row.raw_issues[:0] = [i for i in issues if i.column is None or i.column < width]
            if any(row.values) or row.raw_issues:
                yield row

    return TableReader(
        headers=headers,
        rows=rows(),
        encoding=None,
        delimiter=None,
        header_row=header_row,
        sheet=ws.title,
        format="xlsx",
        close=close,
    )


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _xlsx_value(value: object, column: int, cap: int, issues: list[CellIssue]) -> str | None:
    """One XLSX cell as the text the user sees (without number formatting)."""
    if value is None:
        return None
    if isinstance(value, str):
        if "_x" in value:
            value = _XLSX_ESCAPE.sub(lambda m: chr(int(m[1], 16)), value)
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        if _CONTROL.search(value):
            value = _CONTROL.sub("", value)
        value = value.strip()
        if not value:
            return None
        if value[0] == "#" and value in _EXCEL_ERRORS:
            issues.append(CellIssue(column, f"Cellen indeholder Excel-fejlen {value}."))
            return None
        if len(value) > cap:
            issues.append(_too_long(column, len(value), cap))
            value = value[:cap]
        return value
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float):
        # 12345678.0 is a CVR number Excel stored as a number; 37.5 stays 37.5. Up to 15
        # significant digits is what Excel itself keeps, so no binary noise like 0.30000000004.
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        return str(value)
    text = str(value).strip()
    return text or None


# --------------------------------------------------------------------------------------------
# Header row


def _choose_header(
    scanned: list[tuple[int, list[str | None]]], path: Path
) -> tuple[int, list[str]]:
    """Index into ``scanned`` of the header row, and the header texts.

    The header is the scanned row with the most cells that are known header words, among
    rows that are (almost) all text; title rows above it ("Virksomhedsliste pr. 01-02-2026")
    have one cell and no known words. When nothing is known, the first wide all-text row is
    taken so a file with unfamiliar headers can still be mapped by hand.
    """
    known = known_header_keys()
    stats = [_row_stats(values, known) for _, values in scanned]
    widest = max(s[0] for s in stats)
    best = max(range(len(scanned)), key=lambda i: (stats[i][2], -i))
    if stats[best][2] == 0:
        # Unknown headers: a row of two or more text cells with table-shaped rows below it.
        candidates = [
            i for i, (filled, texts, _) in enumerate(stats)
            if filled >= 2 and texts == filled and filled * 2 >= widest
            and any(s[0] >= 2 for s in stats[i + 1 :])
        ]
        if not candidates:
            raise _not_a_table(path)
        best = candidates[0]
    headers = [_header_text(v) for v in scanned[best][1]]
    if best > 0 and scanned[best - 1][0] == scanned[best][0] - 1:
        above_filled, above_texts, above_known = stats[best - 1]
        if above_filled >= 2 and above_texts == above_filled and above_known >= 1:
            headers = _merge_group_row([_header_text(v) for v in scanned[best - 1][1]], headers)
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise _not_a_table(path)
    return best, headers


def _row_stats(values: list[str | None], known: frozenset[str]) -> tuple[int, int, int]:
    filled = texts = hits = 0
    for v in values:
        if v is None:
            continue
        filled += 1
        if len(v) <= 200 and not _NUMERIC_LIKE.match(v):
            texts += 1
            if header_key(v) in known or ("(" in v and header_key(_PARENS.sub(" ", v)) in known):
                hits += 1
    # A data row may hold a word like "Status"; demand mostly text so one hit does not win.
    if texts * 5 < filled * 4:
        hits = 0
    return filled, texts, hits


def _header_text(value: str | None) -> str:
    # Line breaks inside a header cell ("Post-\nnummer") are layout, not meaning.
    return " ".join(value[:500].split()) if value else ""


def _merge_group_row(group: list[str], headers: list[str]) -> list[str]:
    """Combine a group row of merged cells with the header row below it.

    ``Kontaktperson`` merged over three columns above ``Navn | Tlf. | E-mail`` becomes
    ``Kontaktperson Navn`` etc. A group cell with nothing below it was merged downwards
    (``CVR`` over two rows) and is the header itself; it is not carried to the right.
    """
    width = max(len(group), len(headers))
    group = group + [""] * (width - len(group))
    headers = headers + [""] * (width - len(headers))
    if not any(not g and h for g, h in zip(group, headers, strict=True)):
        return headers  # no merged span: the row above is not a group row
    merged: list[str] = []
    carried = ""
    for g, h in zip(group, headers, strict=True):
        if g:
            carried = g if h else ""
            merged.append(f"{g} {h}" if h else g)
        else:
            merged.append(f"{carried} {h}".strip() if h else "")
    return merged


# --------------------------------------------------------------------------------------------
# Errors


def _too_long(column: int, length: int, cap: int) -> CellIssue:
    return CellIssue(column, f"Feltet er for langt ({length} tegn, højst {cap}).")


def _empty(path: Path) -> UserError:
    return UserError(f"Filen «{path.name}» er tom.", f"The file '{path.name}' is empty.")


def _not_a_table(path: Path) -> UserError:
    return UserError(
        f"«{path.name}» ligner ikke en tabel: der er ingen overskriftsrække i de første "
        f"{HEADER_SCAN_ROWS} rækker. Brug en CSV- eller Excel-fil (.xlsx) med én række "
        "overskrifter.",
        f"'{path.name}' does not look like a table: no header row in the first "
        f"{HEADER_SCAN_ROWS} rows. Use a CSV or Excel (.xlsx) file with one header row.",
    )


def _broken_xlsx(path: Path) -> UserError:
    return UserError(
        f"Excel-filen «{path.name}» er beskadiget eller ikke gemt færdig. "
        "Åbn den i Excel, gem den igen, og prøv igen.",
        f"The Excel file '{path.name}' is damaged or incomplete. "
        "Open it in Excel, save it again and retry.",
    )
