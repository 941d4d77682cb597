"""Reference data: postcodes, kommuner, DISCO-08 occupations and DB07/NACE industries.

This module owns the value objects for the national code lists, the in-memory lookups the rest
of the app uses (``ReferenceData``), reading the shipped tables in ``resources/data`` and
validating CSV files an administrator imports to correct them (for example the official Danish
DISCO-08 titles, which the shipped file lacks). It also owns the small CSV table reader that
``rules`` uses, so both kinds of admin import report errors the same way: per row, in Danish,
with the row number a spreadsheet shows (the header is row 1).

Pure domain code: no Qt, no database.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from .errors import ValidationError
from .text import danish_sort_key, search_tokens
from .values import normalize_postcode

# --------------------------------------------------------------------------- resources


def resources_dir() -> Path:
    """The app's ``resources/`` folder, in a source checkout and in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


# --------------------------------------------------------------------------- CSV import


@dataclass(frozen=True, slots=True)
class CsvRowError:
    """One problem in an imported table. ``row`` is 1-based with the header as row 1."""

    row: int
    column: str | None
    da: str
    en: str
    table: str = ""  # set when one error list covers several files (the rule tables)

    def message(self, language: str = "da") -> str:
        word = "row" if language == "en" else "række"
        text = self.en if language == "en" else self.da
        where = f"{word} {self.row}" if self.row else ""
        if self.table:
            where = f"{self.table}, {where}" if where else self.table
        elif where:
            where = where.capitalize()
        return f"{where}: {text}" if where else text


class CsvImportError(ValidationError):
    """An imported table has errors; ``errors`` lists every one, in file order.

    The message shows the first few, so a dialog stays readable; the UI can list ``errors``.
    """

    MAX_SHOWN = 10

    def __init__(self, table: str, errors: Sequence[CsvRowError]) -> None:
        self.table = table
        self.errors = list(errors)
        shown_da = [e.message("da") for e in self.errors[: self.MAX_SHOWN]]
        shown_en = [e.message("en") for e in self.errors[: self.MAX_SHOWN]]
        more = len(self.errors) - len(shown_da)
        if more > 0:
            shown_da.append(f"… og {more} fejl mere.")
            shown_en.append(f"… and {more} more errors.")
        super().__init__(
            f"{table}: {len(self.errors)} fejl.\n" + "\n".join(shown_da),
            f"{table}: {len(self.errors)} errors.\n" + "\n".join(shown_en),
            field=table,
        )


@dataclass(frozen=True, slots=True)
class CsvRow:
    """A data row of an imported table: its spreadsheet row number and stripped cells."""

    row: int
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


def read_csv_table(
    text: str,
    *,
    table: str,
    required: Sequence[str],
    optional: Sequence[str] = (),
    one_of: Sequence[str] = (),
) -> list[CsvRow]:
    """Split CSV text into rows, checking the header first.

    Accepts a UTF-8 BOM and ``;`` as separator, because that is what Danish Excel saves.
    ``one_of`` lists columns of which at least one must be present. Unknown columns are
    ignored (admins often keep a comment column). Raises ``CsvImportError``.
    """
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    first = lines[0] if lines else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        empty = CsvRowError(0, None, "Filen er tom.", "The file is empty.")
        raise CsvImportError(table, [empty]) from None
    except csv.Error as exc:
        raise CsvImportError(table, [_csv_syntax_error(1, exc)]) from None
    errors: list[CsvRowError] = []
    missing = [c for c in required if c not in header]
    if missing:
        errors.append(
            CsvRowError(
                1,
                None,
                f"Kolonne(r) mangler i overskriften: {', '.join(missing)}.",
                f"Column(s) missing from the header: {', '.join(missing)}.",
            )
        )
    if one_of and not any(c in header for c in one_of):
        errors.append(
            CsvRowError(
                1,
                None,
                f"Mindst én af kolonnerne {', '.join(one_of)} skal findes.",
                f"At least one of the columns {', '.join(one_of)} is needed.",
            )
        )
    duplicated = sorted({h for h in header if h and header.count(h) > 1})
    if duplicated:
        errors.append(
            CsvRowError(
                1,
                None,
                f"Kolonnen står flere gange: {', '.join(duplicated)}.",
                f"Column appears more than once: {', '.join(duplicated)}.",
            )
        )
    if errors:
        raise CsvImportError(table, errors)
    known = set(required) | set(optional) | set(one_of)
    rows: list[CsvRow] = []
    row_no = 1
    try:
        for record in reader:
            row_no += 1
            if not any(cell.strip() for cell in record):
                continue  # blank lines, often left at the end by spreadsheets
            if len(record) > len(header) and any(c.strip() for c in record[len(header) :]):
                errors.append(
                    CsvRowError(
                        row_no,
                        None,
                        f"Rækken har {len(record)} felter, men overskriften har {len(header)}.",
                        f"The row has {len(record)} fields but the header has {len(header)}.",
                    )
                )
                continue
            cells = {
                h: (record[i].strip() if i < len(record) else "") for i, h in enumerate(header)
            }
            rows.append(CsvRow(row_no, {k: v for k, v in cells.items() if k in known}))
    except csv.Error as exc:
        errors.append(_csv_syntax_error(row_no, exc))
    if errors:
        raise CsvImportError(table, errors)
    return rows


def _csv_syntax_error(row: int, exc: csv.Error) -> CsvRowError:
    return CsvRowError(
        row, None, f"Filen kan ikke læses som CSV ({exc}).", f"Not readable as CSV ({exc})."
    )


def _duplicate_errors(rows: Iterable[tuple[int, str]], what_da: str, what_en: str) -> list:
    seen: dict[str, int] = {}
    errors = []
    for row_no, key in rows:
        if key in seen:
            errors.append(
                CsvRowError(
                    row_no,
                    None,
                    f"{what_da} {key} står allerede i række {seen[key]}.",
                    f"{what_en} {key} already appears in row {seen[key]}.",
                )
            )
        else:
            seen[key] = row_no
    return errors


# --------------------------------------------------------------------------- value objects


@dataclass(frozen=True, slots=True)
class Postcode:
    """A Danish postcode. ``kommune_code`` is only set when the postcode lies in one kommune;
    ``kommune_codes`` always lists every kommune it touches. Special postcodes with no area
    (company postcodes, "Udland") have no coordinates."""

    postnr: str
    town: str
    lat: float | None = None
    lon: float | None = None
    kommune_code: str | None = None
    kommune_name: str | None = None
    region: str | None = None
    kommune_codes: tuple[str, ...] = ()

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def label(self) -> str:
        """``"8000 Aarhus C"`` as written on an envelope."""
        return f"{self.postnr} {self.town}"


@dataclass(frozen=True, slots=True)
class Kommune:
    code: str  # 3 digits, e.g. "101"
    name: str  # as PostNord writes it, e.g. "Københavns Kommune"
    region_code: str = ""
    region_name: str = ""


@dataclass(frozen=True, slots=True)
class Occupation:
    """A DISCO-08 group. ``level`` equals the number of digits; ``parent`` is the code prefix."""

    code: str
    level: int
    parent: str | None
    title_da: str = ""
    title_en: str = ""

    @property
    def title(self) -> str:
        # The shipped file has no Danish titles yet (DOMAIN 4.2): show English until loaded.
        return self.title_da or self.title_en

    def title_in(self, language: str) -> str:
        if language == "en":
            return self.title_en or self.title_da
        return self.title


@dataclass(frozen=True, slots=True)
class Industry:
    """A DB07/NACE Rev. 2 group: section letter (level 1) down to 4-digit class (level 4)."""

    code: str  # NACE style: "A", "01", "01.1", "01.11"
    code_digits: str  # DB07 style without dots: "A", "01", "011", "0111"
    level: int
    parent: str | None
    section: str
    title_da: str = ""
    title_en: str = ""

    @property
    def title(self) -> str:
        return self.title_da or self.title_en

    def title_in(self, language: str) -> str:
        if language == "en":
            return self.title_en or self.title_da
        return self.title


# --------------------------------------------------------------------------- parsing

_KOMMUNE_CODE = re.compile(r"^\d{1,3}$")
_DISCO_CODE = re.compile(r"^\d{1,6}$")
_NACE = {
    1: re.compile(r"^[A-U]$"),
    2: re.compile(r"^\d{2}$"),
    3: re.compile(r"^\d{2}\.\d$"),
    4: re.compile(r"^\d{2}\.\d{2}$"),
}
# Denmark's waters incl. Bornholm. Wider than the land because DAWA's postcode centres can lie
# offshore (see resources/data/SOURCES.md); this only catches swapped or garbled numbers.
_LAT_RANGE = (54.0, 58.5)
_LON_RANGE = (3.0, 16.0)


def _err(row: CsvRow | int, column: str | None, da: str, en: str) -> CsvRowError:
    return CsvRowError(row.row if isinstance(row, CsvRow) else row, column, da, en)


def _kommune_code(text: str) -> str | None:
    return text.zfill(3) if _KOMMUNE_CODE.match(text) else None


def _coordinate(
    row: CsvRow, column: str, bounds: tuple[float, float], errors: list
) -> float | None:
    raw = row.get(column).replace(",", ".")  # Danish Excel writes decimal commas
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        errors.append(
            _err(
                row,
                column,
                f"{column} «{raw}» er ikke et tal.",
                f"{column} '{raw}' is not a number.",
            )
        )
        return None
    if not bounds[0] <= value <= bounds[1]:
        errors.append(
            _err(
                row,
                column,
                f"{column} {raw} ligger ikke i Danmark.",
                f"{column} {raw} is not in Denmark.",
            )
        )
        return None
    return value


def parse_postcodes_csv(text: str) -> list[Postcode]:
    """Validate a postcode table (columns as in resources/data/postcodes.csv)."""
    table = "postcodes.csv"
    rows = read_csv_table(
        text,
        table=table,
        required=["postnr", "town"],
        optional=["lat", "lon", "kommune_code", "kommune_name", "region", "kommune_codes"],
    )
    errors: list[CsvRowError] = []
    out: list[Postcode] = []
    keyed: list[tuple[int, str]] = []
    for row in rows:
        before = len(errors)
        try:
            postnr = normalize_postcode(row.get("postnr"))
        except ValidationError as exc:
            errors.append(_err(row, "postnr", exc.da, exc.en))
            continue
        town = row.get("town")
        if not town:
            errors.append(_err(row, "town", "Bynavn mangler.", "Town name is missing."))
        lat = _coordinate(row, "lat", _LAT_RANGE, errors)
        lon = _coordinate(row, "lon", _LON_RANGE, errors)
        if (lat is None) != (lon is None) and len(errors) == before:
            errors.append(
                _err(
                    row,
                    "lat",
                    "Angiv både lat og lon eller ingen af dem.",
                    "Give both lat and lon or neither.",
                )
            )
        code = None
        if row.get("kommune_code"):
            code = _kommune_code(row.get("kommune_code"))
            if code is None:
                errors.append(
                    _err(
                        row,
                        "kommune_code",
                        f"Kommunekode «{row.get('kommune_code')}» skal være 3 cifre.",
                        f"Kommune code '{row.get('kommune_code')}' must be 3 digits.",
                    )
                )
        codes: list[str] = []
        for part in row.get("kommune_codes").split(";"):
            if not part.strip():
                continue
            c = _kommune_code(part.strip())
            if c is None:
                errors.append(
                    _err(
                        row,
                        "kommune_codes",
                        f"Kommunekode «{part.strip()}» skal være 3 cifre.",
                        f"Kommune code '{part.strip()}' must be 3 digits.",
                    )
                )
            else:
                codes.append(c)
        if code and code not in codes:
            codes.append(code)
        if len(errors) > before:
            continue
        keyed.append((row.row, postnr))
        out.append(
            Postcode(
                postnr=postnr,
                town=town,
                lat=lat,
                lon=lon,
                kommune_code=code,
                kommune_name=(row.get("kommune_name") or None) if code else None,
                region=row.get("region") or None,
                kommune_codes=tuple(sorted(codes)),
            )
        )
    errors.extend(_duplicate_errors(keyed, "Postnummer", "Postcode"))
    if errors:
        raise CsvImportError(table, sorted(errors, key=lambda e: e.row))
    return out


def parse_kommuner_csv(text: str) -> list[Kommune]:
    """Validate a kommune table (code, name, region_code, region_name)."""
    table = "kommuner.csv"
    rows = read_csv_table(
        text, table=table, required=["code", "name"], optional=["region_code", "region_name"]
    )
    errors: list[CsvRowError] = []
    out: list[Kommune] = []
    keyed: list[tuple[int, str]] = []
    for row in rows:
        code = _kommune_code(row.get("code"))
        if code is None:
            errors.append(
                _err(
                    row,
                    "code",
                    f"Kommunekode «{row.get('code')}» skal være 3 cifre.",
                    f"Kommune code '{row.get('code')}' must be 3 digits.",
                )
            )
            continue
        if not row.get("name"):
            errors.append(_err(row, "name", "Kommunenavn mangler.", "Kommune name is missing."))
            continue
        keyed.append((row.row, code))
        out.append(Kommune(code, row.get("name"), row.get("region_code"), row.get("region_name")))
    errors.extend(_duplicate_errors(keyed, "Kommunekode", "Kommune code"))
    if errors:
        raise CsvImportError(table, sorted(errors, key=lambda e: e.row))
    return out


def parse_occupations_csv(text: str) -> list[Occupation]:
    """Validate a DISCO-08 table.

    The full format is ``code,level,parent,title_da,title_en``, but only ``code`` and one title
    column are required: an administrator can import just ``code,title_da`` to load the
    official Danish titles. Missing ``level`` is the number of digits; missing ``parent`` is the
    nearest shorter code in the same file, else the code minus its last digit (DISCO codes are
    hierarchical by prefix; 5-6 digit national codes hang under their 4-digit unit group).
    Merge the result into the shipped list with ``merge_occupations``.
    """
    table = "occupations.csv"
    rows = read_csv_table(
        text,
        table=table,
        required=["code"],
        optional=["level", "parent"],
        one_of=["title_da", "title_en"],
    )
    errors: list[CsvRowError] = []
    valid: list[tuple[CsvRow, str]] = []
    for row in rows:
        code = row.get("code").replace(" ", "")
        if not _DISCO_CODE.match(code):
            errors.append(
                _err(
                    row,
                    "code",
                    f"DISCO-kode «{row.get('code')}» skal være 1-6 cifre.",
                    f"DISCO code '{row.get('code')}' must be 1-6 digits.",
                )
            )
            continue
        if not (row.get("title_da") or row.get("title_en")):
            errors.append(
                _err(row, "title_da", f"Titel mangler for {code}.", f"Title missing for {code}.")
            )
            continue
        valid.append((row, code))
    codes = {code for _, code in valid}
    out: list[Occupation] = []
    for row, code in valid:
        level_text = row.get("level")
        if level_text and level_text != str(len(code)):
            errors.append(
                _err(
                    row,
                    "level",
                    f"Niveau {level_text} passer ikke til koden {code} ({len(code)} cifre).",
                    f"Level {level_text} does not fit code {code} ({len(code)} digits).",
                )
            )
            continue
        parent = row.get("parent") or None
        if parent is not None and not (code.startswith(parent) and len(parent) < len(code)):
            errors.append(
                _err(
                    row,
                    "parent",
                    f"Overordnet kode {parent} er ikke en forkortelse af {code}.",
                    f"Parent {parent} is not a prefix of {code}.",
                )
            )
            continue
        if parent is None and len(code) > 1:
            parent = next(
                (code[:n] for n in range(len(code) - 1, 0, -1) if code[:n] in codes),
                code[: min(len(code) - 1, 4)],
            )
        out.append(Occupation(code, len(code), parent, row.get("title_da"), row.get("title_en")))
    errors.extend(_duplicate_errors(((r.row, c) for r, c in valid), "DISCO-kode", "DISCO code"))
    if errors:
        raise CsvImportError(table, sorted(errors, key=lambda e: e.row))
    return out


def merge_occupations(
    base: Sequence[Occupation], imported: Iterable[Occupation]
) -> list[Occupation]:
    """Apply an admin import to the current list: titles given in ``imported`` replace the old
    ones (an empty title keeps the old one), new codes are added. Result is sorted by code."""
    merged = {o.code: o for o in base}
    for new in imported:
        old = merged.get(new.code)
        if old is None:
            merged[new.code] = new
        else:
            merged[new.code] = replace(
                old,
                title_da=new.title_da or old.title_da,
                title_en=new.title_en or old.title_en,
            )
    return [merged[c] for c in sorted(merged)]


def parse_industries_csv(text: str) -> list[Industry]:
    """Validate a DB07/NACE table (columns as in resources/data/industries.csv)."""
    table = "industries.csv"
    rows = read_csv_table(
        text,
        table=table,
        required=["code", "level", "section"],
        optional=["code_digits", "parent"],
        one_of=["title_da", "title_en"],
    )
    errors: list[CsvRowError] = []
    out: list[Industry] = []
    keyed: list[tuple[int, str]] = []
    for row in rows:
        code = row.get("code").upper()
        try:
            level = int(row.get("level"))
            pattern = _NACE[level]
        except (ValueError, KeyError):
            errors.append(
                _err(
                    row,
                    "level",
                    f"Niveau «{row.get('level')}» skal være 1-4.",
                    f"Level '{row.get('level')}' must be 1-4.",
                )
            )
            continue
        if not pattern.match(code):
            errors.append(
                _err(
                    row,
                    "code",
                    f"Branchekode «{code}» passer ikke til niveau {level}.",
                    f"Industry code '{code}' does not fit level {level}.",
                )
            )
            continue
        digits = code.replace(".", "")
        if row.get("code_digits") and row.get("code_digits") != digits:
            errors.append(
                _err(
                    row,
                    "code_digits",
                    f"code_digits {row.get('code_digits')} passer ikke til {code}.",
                    f"code_digits {row.get('code_digits')} does not match {code}.",
                )
            )
            continue
        section = row.get("section").upper()
        if not _NACE[1].match(section) or (level == 1 and section != code):
            errors.append(
                _err(
                    row,
                    "section",
                    f"Sektion «{section}» er ugyldig for {code}.",
                    f"Section '{section}' is invalid for {code}.",
                )
            )
            continue
        if not (row.get("title_da") or row.get("title_en")):
            errors.append(
                _err(row, "title_da", f"Titel mangler for {code}.", f"Title missing for {code}.")
            )
            continue
        parent = row.get("parent").upper() or None
        if (level == 1) != (parent is None):
            errors.append(
                _err(
                    row,
                    "parent",
                    "Kun sektioner (niveau 1) er uden overordnet kode.",
                    "Only sections (level 1) have no parent.",
                )
            )
            continue
        keyed.append((row.row, code))
        out.append(
            Industry(code, digits, level, parent, section, row.get("title_da"), row.get("title_en"))
        )
    errors.extend(_duplicate_errors(keyed, "Branchekode", "Industry code"))
    if errors:
        raise CsvImportError(table, sorted(errors, key=lambda e: e.row))
    return out


# --------------------------------------------------------------------------- lookups


def _unique_index(items: Iterable, key: str, what: str) -> dict:
    index: dict = {}
    for item in items:
        k = getattr(item, key)
        if k in index:
            raise ValueError(f"duplicate {what} {k!r}")
        index[k] = item
    return index


class ReferenceData:
    """Read-only lookups over the national code lists.

    Build it from sequences (tests, admin previews) or with ``from_directory`` from the shipped
    tables. Lookups are dictionary hits; occupation search scans 600 rows, which is instant.
    """

    def __init__(
        self,
        postcodes: Sequence[Postcode] = (),
        kommuner: Sequence[Kommune] = (),
        occupations: Sequence[Occupation] = (),
        industries: Sequence[Industry] = (),
    ) -> None:
        self._postcodes: dict[str, Postcode] = _unique_index(postcodes, "postnr", "postcode")
        self._kommuner: dict[str, Kommune] = _unique_index(kommuner, "code", "kommune")
        self._occupations: dict[str, Occupation] = _unique_index(
            sorted(occupations, key=lambda o: o.code), "code", "occupation"
        )
        self._industries: dict[str, Industry] = _unique_index(industries, "code", "industry")
        # DB07 users type codes without dots ("0111"); NACE style has them ("01.11").
        self._industry_digits = {i.code_digits: i for i in industries}
        # Folded title words per occupation, built once so typing in a search box stays fast.
        self._occupation_words = {
            o.code: (search_tokens(o.title_da), search_tokens(o.title_en))
            for o in self._occupations.values()
        }

    @classmethod
    def from_directory(cls, path: Path | str | None = None) -> ReferenceData:
        """Load postcodes.csv, kommuner.csv, occupations.csv and industries.csv from ``path``
        (default ``resources/data``). A missing file gives an empty list for that table."""
        folder = Path(path) if path is not None else resources_dir() / "data"

        def text(name: str) -> str | None:
            file = folder / name
            return file.read_text(encoding="utf-8-sig") if file.is_file() else None

        parts = {
            "postcodes": (text("postcodes.csv"), parse_postcodes_csv),
            "kommuner": (text("kommuner.csv"), parse_kommuner_csv),
            "occupations": (text("occupations.csv"), parse_occupations_csv),
            "industries": (text("industries.csv"), parse_industries_csv),
        }
        return cls(**{k: (parse(t) if t is not None else []) for k, (t, parse) in parts.items()})

    # ---- postcodes and kommuner

    def postcode(self, postnr: object) -> Postcode | None:
        """The postcode, or None if it does not exist or is not 4 digits."""
        try:
            return self._postcodes.get(normalize_postcode(postnr))
        except ValidationError:
            return None

    def require_postcode(self, text: object) -> Postcode:
        """The postcode typed by a user; raises ``ValidationError`` (field "postcode")."""
        postnr = normalize_postcode(text)  # raises the format error itself
        found = self._postcodes.get(postnr)
        if found is None:
            raise ValidationError(
                f"Postnummer {postnr} findes ikke.",
                f"Postcode {postnr} does not exist.",
                field="postcode",
            )
        return found

    def town_for(self, postnr: object) -> str | None:
        found = self.postcode(postnr)
        return found.town if found else None

    def postcodes(self) -> list[Postcode]:
        return sorted(self._postcodes.values(), key=lambda p: p.postnr)

    def postcodes_in_kommune(self, code: object) -> list[Postcode]:
        """Every postcode touching the kommune (a postcode can span several kommuner)."""
        kode = _kommune_code(str(code).strip())
        return [p for p in self.postcodes() if kode in p.kommune_codes]

    def kommune(self, code: object) -> Kommune | None:
        kode = _kommune_code(str(code).strip()) if code is not None else None
        return self._kommuner.get(kode) if kode else None

    def kommuner(self) -> list[Kommune]:
        """All kommuner in Danish alphabetical order of name (for pick lists)."""
        return sorted(self._kommuner.values(), key=lambda k: danish_sort_key(k.name))

    # ---- occupations

    def occupation(self, code: object) -> Occupation | None:
        return self._occupations.get(str(code or "").replace(" ", ""))

    def occupations(self) -> list[Occupation]:
        return list(self._occupations.values())

    def occupation_ancestors(self, code: object) -> list[Occupation]:
        """The known groups above ``code``, from the major group down to the nearest one.

        Works for national 5-6 digit codes too (they are not in the table, but their prefixes
        are), which is what matching needs to compare codes at each level.
        """
        text = str(code or "").replace(" ", "")
        return [o for n in range(1, len(text)) if (o := self._occupations.get(text[:n]))]

    def search_occupations(self, text: str, limit: int = 20) -> list[Occupation]:
        """Occupations for a search box: a digit string matches code prefixes; words match
        the start of title words in Danish or English, æøå folded ("svejs" finds "svejser")."""
        query = (text or "").strip()
        if not query or limit <= 0:
            return []
        digits = query.replace(" ", "")
        if digits.isdigit():
            return [o for c, o in self._occupations.items() if c.startswith(digits)][:limit]
        tokens = search_tokens(query)
        if not tokens:
            return []
        hits: list[tuple[int, int, str, Occupation]] = []
        for code, occupation in self._occupations.items():
            for words in self._occupation_words[code]:
                if words and all(any(w.startswith(t) for w in words) for t in tokens):
                    # Titles that start with the query first, then the specific unit groups
                    # a consultant actually picks, then code order for stability.
                    starts = 0 if words[0].startswith(tokens[0]) else 1
                    hits.append((starts, -occupation.level, code, occupation))
                    break
        hits.sort(key=lambda h: h[:3])
        return [h[3] for h in hits[:limit]]

    # ---- industries

    def industry(self, code: object) -> Industry | None:
        """A NACE/DB07 group by "01.11", "0111", "01" or section letter "A"."""
        text = str(code or "").strip().upper().replace(" ", "")
        return self._industries.get(text) or self._industry_digits.get(text.replace(".", ""))

    def industries(self) -> list[Industry]:
        return list(self._industries.values())

    def industry_section(self, code: object) -> Industry | None:
        """The section (level 1) of any industry code, incl. 6-digit DB07 codes like "011100"
        (DB07's last two digits are Danish subdivisions of the 4-digit class)."""
        text = str(code or "").strip().upper().replace(" ", "").replace(".", "")
        found = self.industry(text)
        if found is None and text.isdigit():
            found = next((i for n in (4, 3, 2) if (i := self._industry_digits.get(text[:n]))), None)
        if found is None:
            return None
        return self._industries.get(found.section)


@cache
def default_reference_data() -> ReferenceData:
    """The shipped tables, loaded once per process."""
    return ReferenceData.from_directory()
