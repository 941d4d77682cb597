"""Row validation for imports: a mapped ``SourceRow`` in, a clean record or row errors out.

Owns the per-field rules of an import (identifiers through the domain's ``normalize_*``,
lengths, numbers, dates, code lists), the cross-field rules, the
duplicate detection inside one file, and the ``ImportReport`` an import returns. Whether a
postcode, DISCO code or industry code exists is asked through callables the caller passes,
so this module stays free of the database; they are memoised per validator because files
repeat the same few codes thousands of times.

Records are plain dicts keyed by catalogue field names (``mapping.fields(kind)``), holding only
the fields the file provides, plus ``"_row"``: the file row number, for error reports and
duplicate groups. Reasons are in Danish, ready for the user.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from jobcenter_desktop.domain import text as domain_text
from jobcenter_desktop.domain.dates import parse_date
from jobcenter_desktop.domain.errors import UserError, ValidationError
from jobcenter_desktop.domain.text import company_name_key, fold
from jobcenter_desktop.domain.values import (
    normalize_cpr,
    normalize_cvr,
    normalize_email,
    normalize_p_number,
    normalize_phone,
    normalize_postcode,
)

from .export import FORMULA_TRIGGERS
from .mapping import REQUIRED, field_spec, fields, missing_required
from .tabular import SourceRow

ROW_KEY = "_row"
_INTERNAL_ERROR = "Værdien kunne ikke kontrolleres (intern fejl, skrevet i logfilen)."
_log = logging.getLogger(__name__)

DRIVING_LICENCES = ("AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D",
                    "DE")
JOB_ORDER_STATUSES = ("open", "in_progress", "paused", "filled", "expired")
READINESS = ("job_ready", "activity_ready", "education_ready")
SECTORS = ("private", "public")

# Longest text accepted per field; beyond this a value is a paste accident, not data.
_LIMITS = {
    "name": 200, "first_name": 100, "last_name": 100, "address": 200, "town": 100,
    "employee_band": 50, "website": 200, "contact_name": 200, "contact_role": 100,
    "notes": 10_000, "responsible_consultant": 100, "title": 200, "description": 10_000,
    "target_group": 100, "consultant": 100,
}
_LIST_ITEM_LIMIT = 100
_LIST_MAX_ITEMS = 50

# Excel (and LibreOffice) evaluate a cell starting with "=", and "+", "-", "@" when a function
# call follows; such text in a name or note is an injection attempt, never real data.
_FORMULA = re.compile(r"^(?:=|[+\-@]\s*[A-Za-z_][\w.]*\s*\()")
_RISKY_START = frozenset("'=+-@")
_INT = re.compile(r"^(\d+)(?:[.,]0+)?\s*(?:stk\.?|stillinger|pladser)?$", re.IGNORECASE)
_NUMBER = re.compile(
    r"^(\d+(?:[.,]\d+)?)\s*(?:km|t|h|timer|hours|t/uge|timer/uge|timer pr\.? uge)?\.?$",
    re.IGNORECASE,
)
_CODE_WITH_TEXT = re.compile(r"^([\d.]*\d)(?:(?:\s*[-–:]\s*|\s+)\D.*)?$", re.DOTALL)
_POSTCODE_TOWN = re.compile(r"^(?:DK\s*-\s*)?(\d{3,4})(?:[\s,]+(.*))?$", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*[,;\n]+\s*")
_LICENCE_SPLIT = re.compile(r"[\s,;/]+")
_PHONE_SEPARATORS = str.maketrans("", "", " \u00a0-./()")
# An Excel date serial (days since 1899-12-30) for the years 1954-2119; a plain number in a
# date column is one when the sheet cell was not formatted as a date.
_EXCEL_SERIAL = range(20_000, 80_000)
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL = re.compile(r"^(\d{5})(?:[.,]\d+)?$")

_STATUS_WORDS = {
    "open": ("aaben", "open", "ny", "aktiv", "oprettet"),
    "in_progress": ("igang", "underbehandling", "inprogress", "behandles", "igangvaerende"),
    "paused": ("pause", "paused", "paapause", "satpaapause", "pauseret", "stillethvile"),
    "filled": ("besat", "filled", "udfyldt"),
    "expired": ("udloebet", "expired", "udlobet"),
}
_READINESS_WORDS = {
    "job_ready": ("jobparat", "jobready"),
    "activity_ready": ("aktivitetsparat", "activityready"),
    "education_ready": ("uddannelsesparat", "educationready"),
}
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True, slots=True)
class RowError:
    """Why one row (or one field of it) was rejected. ``field`` is None for the whole row."""

    row: int
    field: str | None
    reason: str

    def to_dict(self) -> dict:
        return {"row": self.row, "field": self.field, "reason": self.reason}


@dataclass(slots=True)
class ImportReport:
    """Outcome of an import, as shown to the user and written to the audit log."""

    rows: int = 0
    imported: int = 0
    updated: int = 0
    rejected: list[RowError] = field(default_factory=list)
    duplicate_groups: list[list[int]] = field(default_factory=list)

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({e.row for e in self.rejected})

    def to_dict(self) -> dict:
        return {
            "rows": self.rows,
            "imported": self.imported,
            "updated": self.updated,
            "rejected": [e.to_dict() for e in self.rejected],
            "duplicate_groups": [list(g) for g in self.duplicate_groups],
        }


class _Reject(Exception):
    """A field value is not acceptable; carries the Danish reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _memo(func: Callable[[str], object] | None) -> Callable[[str], object] | None:
    if func is None:
        return None
    cache: dict[str, object] = {}

    def lookup(key: str) -> object:
        try:
            return cache[key]
        except KeyError:
            result = cache[key] = func(key)
            return result

    return lookup


class _Phone:
    """``normalize_phone`` with a memo per 4-digit prefix of plain Danish numbers.

    phonenumbers costs ~25 µs a call, most of the import budget. For 8-digit Danish numbers
    its validity depends on the leading digits only (at most three in its DK metadata; four are
    used for margin), so the first valid number with a prefix is checked for real and later
    ones reuse the verdict. The shortcut is taken only if the library's formatting of that
    first number equals ours, so a change in its metadata cannot slip through unnoticed.
    Invalid numbers always go through the library, which words the error.
    """

    def __init__(self) -> None:
        self._prefix_ok: dict[str, bool] = {}

    def __call__(self, raw: str) -> str:
        raw = _whole_number(raw)
        digits = raw.translate(_PHONE_SEPARATORS)
        if digits.startswith("+45"):
            digits = digits[3:]
        elif digits.startswith("0045"):
            digits = digits[4:]
        elif len(digits) == 10 and digits.startswith("45") and digits.isdigit():
            # 4522345678: the "+" was lost when Excel stored the number as a number.
            return self._checked("+" + digits, raw)
        if len(digits) == 8 and digits.isdigit():
            ok = self._prefix_ok.get(digits[:4])
            if ok:
                return f"+45 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
            if ok is None:
                formatted = normalize_phone(raw)  # an invalid number raises: prefix stays unknown
                mine = f"+45 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
                self._prefix_ok[digits[:4]] = formatted == mine
                return formatted
        return normalize_phone(raw)

    def _checked(self, repaired: str, raw: str) -> str:
        try:
            return self(repaired)
        except ValidationError:
            return normalize_phone(raw)  # raises, quoting what the user wrote


def _whole_number(value: str) -> str:
    """``"25313763"`` for ``"25313763.0"``: an identifier that went through a float."""
    if value.endswith(".0") and value[:-2].isdigit():
        return value[:-2]
    return value


def _identifier(normalise: Callable[[str], str], *, pad_to: int = 0) -> Callable[[str], str]:
    """A domain ``normalize_*`` that first undoes float artefacts; with ``pad_to`` it also
    restores the leading zero Excel drops from a number (CPR 0101901234 arrives as 101901234)."""

    def convert(value: str) -> str:
        value = _whole_number(value)
        if pad_to and len(value) == pad_to - 1 and value.isdigit():
            value = "0" + value
        return normalise(value)

    return convert


def _text(name: str) -> Callable[[str], str]:
    limit = _LIMITS.get(name, 1000)

    def convert(value: str) -> str:
        # One character test keeps the usual value off the regex path.
        if value[0] in _RISKY_START and _FORMULA.match(value := _unneutralise(value)):
            raise _Reject(
                f"«{_clip(value)}» ligner en regnearksformel og importeres ikke af "
                "sikkerhedshensyn."
            )
        if len(value) > limit:
            raise _Reject(f"Teksten er for lang ({len(value)} tegn, højst {limit}).")
        return value

    return convert


def _unneutralise(value: str) -> str:
    # Our own exports prefix risky cells with "'" (OWASP); reading them back undoes that.
    if value[0] == "'" and value[1:].lstrip(" \u00a0").startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def _clip(value: str, n: int = 40) -> str:
    return value if len(value) <= n else value[: n - 1].rstrip() + "…"


def _postcode(exists: Callable[[str], object] | None) -> Callable[[str], str]:
    # A file has a few hundred distinct postcodes over many thousand rows: remember verdicts.
    verdicts: dict[str, tuple[str, bool]] = {}

    def check(value: str) -> str:
        postcode = normalize_postcode(_unneutralise(value))
        if exists is not None and not exists(postcode):
            raise _Reject(f"Postnummer {postcode} findes ikke.")
        return postcode

    def convert(value: str) -> str:
        verdict = verdicts.get(value)
        if verdict is None:
            try:
                verdict = (check(value), True)
            except _Reject as exc:
                verdict = (exc.reason, False)
            except ValidationError as exc:
                verdict = (exc.da, False)
            if len(verdicts) < 100_000:
                verdicts[value] = verdict
        if verdict[1]:
            return verdict[0]
        raise _Reject(verdict[0])

    return convert


def _code(
    label: str,
    lengths: tuple[int, ...],
    exists: Callable[[str], object] | None,
    *,
    dotted: bool = False,
) -> Callable[[str], str]:
    """A numeric code possibly followed by its title: "7212 Svejser", "62.01.00 Software".

    ``dotted`` codes (DB07) are also written with dots and may have lost a leading zero in
    Excel: agriculture's 011100 arrives as 11100, and no DB07 level has five digits.
    """

    def convert(value: str) -> str:
        m = _CODE_WITH_TEXT.match(value.strip())
        code = m[1] if m else ""
        if code.endswith(".0") and (not dotted or len(code) >= 7):
            code = code[:-2]  # a number that went through a float: 7212.0, 620100.0
        if dotted:
            code = code.replace(".", "")
            if len(code) in (1, 5):
                code = "0" + code
        if not code.isdigit() or len(code) not in lengths:
            allowed = f"{min(lengths)}-{max(lengths)}"
            raise _Reject(f"{label} skal være {allowed} cifre (fik «{_clip(value)}»).")
        if exists is not None and not exists(code):
            raise _Reject(f"{label} {code} findes ikke.")
        return code

    return convert


def _int_range(label: str, low: int, high: int) -> Callable[[str], int]:
    def convert(value: str) -> int:
        m = _INT.match(value.strip())
        if not m or not low <= int(m[1]) <= high:
            raise _Reject(
                f"{label} skal være et helt tal fra {low} til {high} (fik «{_clip(value)}»)."
            )
        return int(m[1])

    return convert


def _number_range(
    label: str, low: float, high: float, *, whole: bool = False
) -> Callable[[str], float | int]:
    def convert(value: str) -> float | int:
        m = _NUMBER.match(value.strip())
        number = float(m[1].replace(",", ".")) if m else None
        if number is None or not low <= number <= high:
            raise _Reject(
                f"{label} skal være et tal fra {low:g} til {high:g} (fik «{_clip(value)}»)."
            )
        return round(number) if whole else number

    return convert


def _date(value: str) -> date:
    serial = _SERIAL.match(value)
    if serial and int(serial[1]) in _EXCEL_SERIAL:
        return _EXCEL_EPOCH + timedelta(days=int(serial[1]))  # a fraction is the time of day
    parsed = parse_date(value)
    assert parsed is not None  # value is never empty here
    return parsed


def _choice(label: str, words: Mapping[str, tuple[str, ...]]) -> Callable[[str], str]:
    lookup = {w: code for code, ws in words.items() for w in (*ws, code.replace("_", ""))}

    def convert(value: str) -> str:
        code = lookup.get(_NON_ALNUM.sub("", fold(value)))
        if code is None:
            raise _Reject(f"{label} «{_clip(value)}» er ukendt.")
        return code

    return convert


def _sector(value: str) -> str:
    key = _NON_ALNUM.sub("", fold(value))
    if key.startswith(("priv", "erhverv")):
        return "private"
    if key.startswith(("offentl", "public", "kommun", "region", "stat")) or key == "off":
        return "public"
    raise _Reject(f"Sektor skal være privat eller offentlig (fik «{_clip(value)}»).")


def _website(value: str) -> str:
    if any(c.isspace() for c in value) or len(value) > _LIMITS["website"]:
        raise _Reject(f"Hjemmesiden «{_clip(value)}» er ikke en gyldig adresse.")
    scheme, sep, _ = value.partition("://")
    if sep and scheme.lower() not in ("http", "https"):
        raise _Reject(f"Hjemmesiden «{_clip(value)}» skal begynde med http:// eller https://.")
    if "." not in value or "@" in value:
        raise _Reject(f"Hjemmesiden «{_clip(value)}» er ikke en gyldig adresse.")
    return value


def _text_list(label: str) -> Callable[[str], list[str]]:
    def convert(value: str) -> list[str]:
        items: list[str] = []
        seen: set[str] = set()
        for item in _LIST_SPLIT.split(value.strip()):
            if not item:
                continue
            if len(item) > _LIST_ITEM_LIMIT:
                raise _Reject(f"{label}: «{_clip(item)}» er for lang (højst {_LIST_ITEM_LIMIT}).")
            if _FORMULA.match(item):
                raise _Reject(f"{label}: «{_clip(item)}» ligner en regnearksformel.")
            key = fast_fold(item)
            if key not in seen:
                seen.add(key)
                items.append(item)
        if len(items) > _LIST_MAX_ITEMS:
            raise _Reject(f"{label}: for mange punkter ({len(items)}, højst {_LIST_MAX_ITEMS}).")
        return items

    return convert


def _licences(value: str) -> list[str]:
    # "B+E" and "B + E" are ways of writing BE; "B, C1 / CE" is a list.
    compact = re.sub(r"\s*\+\s*", "", value.upper())
    result: list[str] = []
    unknown: list[str] = []
    for item in _LICENCE_SPLIT.split(compact):
        if not item:
            continue
        if item not in DRIVING_LICENCES:
            unknown.append(item)
        elif item not in result:
            result.append(item)
    if unknown:
        known = ", ".join(DRIVING_LICENCES)
        raise _Reject(
            f"Ukendt kørekortkategori «{_clip(', '.join(unknown))}» (kendte: {known})."
        )
    return result


def _occupations(exists: Callable[[str], object] | None) -> Callable[[str], list[str]]:
    code = _code("DISCO-koden", (1, 2, 3, 4), exists)

    def convert(value: str) -> list[str]:
        result: list[str] = []
        for item in _LIST_SPLIT.split(value.strip()):
            if item and (c := code(item)) not in result:
                result.append(c)
        return result

    return convert


_LIST_FIELDS = frozenset(
    {"skills", "certificates", "driving_licences", "languages", "desired_occupations"}
)


class RowValidator:
    """Validates the rows of one file for one import kind and one column mapping.

    Build once per import (it precomputes the work per column and memoises the lookups),
    then call it per row: ``record, errors = validator(row)``; ``record`` is None when the
    row has errors.
    """

    def __init__(
        self,
        kind: str,
        mapping: Mapping[int, str],
        *,
        postcode_exists: Callable[[str], bool] | None = None,
        town_for: Callable[[str], str | None] | None = None,
        disco_exists: Callable[[str], bool] | None = None,
        industry_exists: Callable[[str], bool] | None = None,
    ) -> None:
        self.kind = kind
        known = {spec.name for spec in fields(kind)}
        unknown = set(mapping.values()) - known
        if unknown:
            raise ValueError(f"{kind} has no fields {sorted(unknown)}")
        self.mapping = dict(mapping)
        mapped = set(mapping.values())
        missing = missing_required(kind, mapped)
        if missing:
            labels = ", ".join(f"«{field_spec(kind, name).label_da}»" for name in missing)
            raise UserError(
                f"Filen mangler en kolonne til {labels}. Vælg kolonnen i kolonnetilknytningen.",
                f"The file has no column for {', '.join(missing)}. Choose it in the mapping.",
            )
        self._town_for = _memo(town_for)
        self._postcode = _postcode(_memo(postcode_exists))
        converters = self._converters(_memo(disco_exists), _memo(industry_exists))
        self._steps = [
            (idx, name, converters.get(name) or _text(name), name in _LIST_FIELDS)
            for idx, name in sorted(self.mapping.items())
        ]
        self._required = [
            (name, field_spec(kind, name).label_da) for name in REQUIRED[kind]
        ]
        # Which derivations apply is known from the mapping; deciding once keeps rows lean.
        self._split_combined = "postcode_town" in mapped
        self._join_names = bool(mapped & {"first_name", "last_name"})
        self._fill_town = self._town_for is not None and bool(
            mapped & {"postcode", "postcode_town"}
        )

    def _converters(
        self,
        disco_exists: Callable[[str], object] | None,
        industry_exists: Callable[[str], object] | None,
    ) -> dict[str, Callable[[str], object]]:
        phone = _Phone()  # one memo shared by phone and contact_phone
        postcode = self._postcode
        common = {
            "cvr": _identifier(normalize_cvr),
            "phone": phone,
            "email": normalize_email,
            "postcode": postcode,
            "skills": _text_list("Kompetencer"),
            "certificates": _text_list("Certifikater"),
            "languages": _text_list("Sprog"),
            "driving_licences": _licences,
        }
        if self.kind == "companies":
            return common | {
                "p_number": _identifier(normalize_p_number),
                "industry_code": _code("Branchekoden", (2, 3, 4, 6), industry_exists, dotted=True),
                "sector": _sector,
                "website": _website,
                "contact_phone": phone,
                "contact_email": normalize_email,
            }
        if self.kind == "job_orders":
            return common | {
                "disco_code": _code("DISCO-koden", (1, 2, 3, 4), disco_exists),
                "positions": _int_range("Antal stillinger", 1, 10_000),
                "hours_per_week": _number_range("Timer pr. uge", 1, 60),
                "location_postcode": postcode,
                "start_date": _date,
                "deadline": _date,
                "status": _choice("Status", _STATUS_WORDS),
            }
        return common | {
            "cpr": _identifier(normalize_cpr, pad_to=10),
            "readiness": _choice("Parathed", _READINESS_WORDS),
            "desired_occupations": _occupations(disco_exists),
            "max_commute_km": _number_range("Maks. transport (km)", 0, 500, whole=True),
            "hours_wanted": _number_range("Ønskede timer", 1, 60),
            "available_from": _date,
        }

    def __call__(self, row: SourceRow) -> tuple[dict | None, list[RowError]]:
        number = row.row_number
        values = row.values
        record: dict = {ROW_KEY: number}
        errors: list[RowError] = []
        skip: set[int] | tuple[()] = ()
        if row.raw_issues:
            skip = set()
            for issue in row.raw_issues:
                if issue.column is None:
                    errors.append(RowError(number, None, issue.reason))
                elif issue.column in self.mapping:
                    errors.append(RowError(number, self.mapping[issue.column], issue.reason))
                    skip.add(issue.column)
        for idx, name, convert, is_list in self._steps:
            value = values[idx]
            if not value or idx in skip:  # "" as well as None: rows may come from callers too
                record[name] = [] if is_list else None
                continue
            try:
                record[name] = convert(value)
            except _Reject as exc:
                errors.append(RowError(number, name, exc.reason))
            except ValidationError as exc:
                errors.append(RowError(number, name, exc.da))
            except Exception:
                # A checker choking on one odd cell is our bug, but it must not abort an
                # import of 100 000 rows: log it with the traceback and reject just this value.
                _log.exception("checking %s in row %s failed", name, number)
                errors.append(RowError(number, name, _INTERNAL_ERROR))
        if self._split_combined or self._join_names or self._fill_town:
            self._derive(record, errors, number)
        for name, label in self._required:
            if record.get(name) is None and not any(e.field == name for e in errors):
                errors.append(RowError(number, name, f"{label} mangler."))
        if errors:
            return None, errors
        return record, errors

    def _derive(self, record: dict, errors: list[RowError], number: int) -> None:
        if self._split_combined:
            combined = record.pop("postcode_town", None)
            if combined is not None:
                self._split_postcode_town(combined, record, errors, number)
        if self._join_names:
            first = record.pop("first_name", None)
            last = record.pop("last_name", None)
            if record.get("name") is None and (first or last):
                record["name"] = " ".join(p for p in (first, last) if p)
        if self._fill_town and not record.get("town"):
            postcode = record.get("postcode")
            record["town"] = self._town_for(postcode) if postcode else None  # type: ignore[misc]

    def _split_postcode_town(
        self, combined: str, record: dict, errors: list[RowError], number: int
    ) -> None:
        m = _POSTCODE_TOWN.match(combined)
        if not m:
            errors.append(
                RowError(
                    number,
                    "postcode_town",
                    f"«{_clip(combined)}» skal være postnummer og by, fx «8700 Horsens».",
                )
            )
            return
        if record.get("postcode") is None:
            try:
                record["postcode"] = self._postcode(m[1])
            except (_Reject, ValidationError) as exc:
                reason = exc.reason if isinstance(exc, _Reject) else exc.da
                errors.append(RowError(number, "postcode_town", reason))
        if record.get("town") is None and m[2]:
            record["town"] = m[2].strip()


def validate_rows(
    rows: Iterable[SourceRow],
    kind: str,
    mapping: Mapping[int, str],
    **lookups: Callable[[str], object] | None,
) -> tuple[list[dict], list[RowError], int]:
    """Validate all ``rows``: (clean records, errors, number of rows seen).

    ``lookups`` are the keyword arguments of ``RowValidator``.
    """
    validator = RowValidator(kind, mapping, **lookups)
    records: list[dict] = []
    errors: list[RowError] = []
    count = 0
    for row in rows:
        count += 1
        record, row_errors = validator(row)
        if record is None:
            errors.extend(row_errors)
        else:
            records.append(record)
    return records, errors, count


def find_duplicate_groups(records: Iterable[Mapping], kind: str) -> list[list[int]]:
    """Rows of one file that describe the same thing, as sorted lists of row numbers.

    companies: same CVR, or same ``company_name_key`` (legal form, case and æøå spelling
    ignored) and postcode; candidates: same CPR, or same folded name and phone or e-mail;
    job_orders: same CVR, title, workplace postcode and start date.
    Groups are joined transitively: A~B by CVR and B~C by name make one group A, B, C.
    """
    fields(kind)  # raises ValueError for an unknown kind
    records = list(records)
    groups = _Groups(len(records))
    # Keys are strings joined with a separator no value contains: unlike tuples they are not
    # tracked by the garbage collector, which otherwise rescans every row of a big import.
    if kind == "companies":
        for index, record in enumerate(records):
            if record.get("cvr"):
                groups.add("c\0" + record["cvr"], index)
        for index, key in _company_name_keys(records):
            groups.add(key, index)
    elif kind == "candidates":
        for index, record in enumerate(records):
            if record.get("cpr"):
                groups.add("p\0" + record["cpr"], index)
            name = fast_fold(record.get("name"))
            if name and record.get("phone"):
                groups.add(f"t\0{name}\0{record['phone']}", index)
            if name and record.get("email"):
                groups.add(f"e\0{name}\0{record['email'].casefold()}", index)
    else:
        for index, record in enumerate(records):
            if record.get("cvr") and record.get("title"):
                groups.add(
                    f"j\0{record['cvr']}\0{fast_fold(record['title'])}\0"
                    f"{record.get('location_postcode')}\0{record.get('start_date')}",
                    index,
                )
    rows = [record[ROW_KEY] for record in records]
    return sorted(
        (sorted(rows[i] for i in members) for members in groups.components()),
        key=lambda group: group[0],
    )


class _Groups:
    """Union-find over record indexes, joined by shared keys."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))
        self._first: dict[str, int] = {}

    def _root(self, x: int) -> int:
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def add(self, key: str, index: int) -> None:
        other = self._first.setdefault(key, index)
        if other != index:
            self._parent[self._root(index)] = self._root(other)

    def components(self) -> list[list[int]]:
        """Groups of two or more indexes; singletons are skipped without building lists."""
        size = len(self._parent)
        joined = {self._root(i) for i in range(size) if self._parent[i] != i}
        members: dict[int, list[int]] = {}
        for index in range(size):
            root = self._root(index)
            if root in joined:
                members.setdefault(root, []).append(index)
        return list(members.values())


def _company_name_keys(records: list[Mapping]) -> Iterator[tuple[int, str]]:
    """(record index, name key) for the records whose name and postcode another record shares.

    ``company_name_key`` costs ~10 µs, more than validating the row. Records are therefore
    first bucketed by postcode and ``_coarse_name_key``, which is equal whenever the name keys
    are equal; only records that share a bucket need the real key.
    """
    first: dict[str, int] = {}
    shared: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        name, postcode = record.get("name"), record.get("postcode")
        if name and postcode:
            bucket = f"{postcode}\0{_coarse_name_key(name)}"
            if first.setdefault(bucket, index) != index:
                shared.setdefault(bucket, [first[bucket]]).append(index)
    for members in shared.values():
        for index in members:
            key = company_name_key(records[index]["name"])
            if key:
                yield index, f"n\0{key}\0{records[index]['postcode']}"


def _latin1_fold_table() -> dict[int, str]:
    # fold() works character by character for Latin-1 text (no combining marks to compose, no
    # reordering across characters), so each character's image can be taken from fold itself;
    # the sentinels keep a character that folds to a space from being stripped away.
    return {i: fold(f"a{chr(i)}a")[1:-1] for i in range(256)}


_LATIN1_FOLD = _latin1_fold_table()
_BEYOND_LATIN1 = re.compile("[^\x00-\xff]")


def fast_fold(text: str | None) -> str:
    """``domain.text.fold`` with a table lookup for Latin-1 text (almost all Danish data).

    Equal to ``fold`` by construction (and checked exhaustively in the tests); other text
    goes through ``fold`` itself.
    """
    if not text:
        return ""
    if text.isascii():  # O(1): lower() is all fold does to ASCII besides collapsing spaces
        return " ".join(text.lower().split())
    if not _BEYOND_LATIN1.search(text):
        return " ".join(text.translate(_LATIN1_FOLD).split())
    return fold(text)


def _coarse_kept_chars() -> str | None:
    """The characters ``_coarse_name_key`` keeps: digits and letters ``company_name_key``
    never removes.

    ``company_name_key`` drops legal forms and reads "&"/"+" as "og", so letters of those words
    may disappear from a name; any letter in the domain's legal-form pattern, or in "og", is
    therefore ignored. Read from the domain so a new legal form is covered automatically;
    without it there is no shortcut.
    """
    pattern = getattr(domain_text, "_LEGAL_FORMS", None)
    if not isinstance(pattern, re.Pattern):
        return None
    unsafe = set(re.findall("[a-z]", pattern.pattern.lower())) | set("og")
    return "0123456789" + "".join(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in unsafe)


_COARSE_KEEP = _coarse_kept_chars()
_COARSE_DROP = re.compile(f"[^{_COARSE_KEEP}]+") if _COARSE_KEEP else None
# bytes.translate deletes at memory speed; used whenever the folded name is ASCII.
_COARSE_DROP_ASCII = bytes(c for c in range(128) if chr(c) not in (_COARSE_KEEP or ""))


def _coarse_name_key(name: str) -> str:
    if _COARSE_DROP is None:
        return ""
    folded = fast_fold(name)
    if folded.isascii():
        return folded.encode().translate(None, _COARSE_DROP_ASCII).decode()
    return _COARSE_DROP.sub("", folded)
