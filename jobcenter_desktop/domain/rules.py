"""Dated rule tables: target groups, schemes, scheme parameters and the target-group mapping.

This module owns the value objects for the files in ``resources/rules`` and the ``RuleBook``
that answers "which rule applied on this date?". Laws change at short notice (DOMAIN.md 3), so
no rule lives in code: every value is a row with a validity period, a source and a verified
flag, and an administrator can correct the files without a release.

Date conventions (DOMAIN.md 3): an empty ``valid_from`` means "before the data begins", an
empty ``valid_to`` means "still in force", and ``valid_to`` is the last day in force. For a
target group or scheme being phased out, ``grant_until`` is the last day a new case may start;
cases already running continue until ``valid_to``.

Pure domain code: no Qt, no database.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .dates import format_date, parse_date
from .errors import ValidationError
from .refdata import CsvImportError, CsvRow, CsvRowError, read_csv_table, resources_dir

WILDCARD = "*"
PRIVATE = "private"
PUBLIC = "public"
_SECTOR_ALIASES = {
    "*": WILDCARD,
    "private": PRIVATE,
    "privat": PRIVATE,
    "public": PUBLIC,
    "offentlig": PUBLIC,
}
_TRUE = {"true", "ja", "yes", "1", "sand"}
_FALSE = {"false", "nej", "no", "0", "falsk"}
_CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_PARAM = re.compile(r"^[a-z][a-z0-9_]*$")

DURATION_UNITS = ("days", "weeks", "months", "years")
UNLIMITED = "unlimited"

# Parameters the app itself reads, with the kind of value it expects. Rows for these are checked
# on load so a typo is reported with its row number instead of surfacing in a compliance check.
# Other parameter names are allowed (e.g. subsidy rates an administrator adds for reports).
PARAM_KINDS: dict[str, str] = {
    "eligible": "bool",
    "max_duration": "duration",
    "max_duration_new_graduate": "duration",
    "max_duration_hard_to_place": "duration",
    "extended_max_duration": "duration",
    "further_extension": "duration",
    "extension_allowed": "bool",
    "hard_to_place_extension_allowed": "bool",
    "waiting_months": "int",
    "waiting_exempt_over_age": "int",
    "waiting_exempt_no_qualifying_education": "bool",
    "waiting_exempt_single_parent": "bool",
    "ratio_first_band_per": "positive_int",
    "ratio_first_band_limit": "int",
    "ratio_beyond_per": "positive_int",
    "ratio_minimum": "int",
    "ratio_fte_rounding": "rounding",
    "ratio_rule_applies": "bool",
    "net_additional_lookback_months": "positive_int",
    "net_additional_vacancy_months": "positive_int",
    "net_additional_applies": "bool",
    "net_additional_budget_check": "bool",
}
ROUNDING_MODES = ("floor", "round", "ceil")


def normalize_sector(value: str | None) -> str | None:
    """``private``/``public`` (Danish ``privat``/``offentlig`` accepted); None if not given."""
    if value is None or not str(value).strip():
        return None
    key = str(value).strip().lower()
    if key not in _SECTOR_ALIASES or key == WILDCARD:
        raise ValidationError(
            f"Sektor «{value}» skal være privat eller offentlig.",
            f"Sector '{value}' must be private or public.",
            field="employer_sector",
        )
    return _SECTOR_ALIASES[key]


def parse_bool(text: str) -> bool | None:
    """``true``/``false`` (also ja/nej, 1/0); None if the text is neither."""
    key = text.strip().lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    return None


def _in_period(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or start <= day) and (end is None or day <= end)


# --------------------------------------------------------------------------- value objects


@dataclass(frozen=True, slots=True)
class TargetGroup:
    """A målgruppe. Old codes stay readable after they end, so history shows its own terms."""

    code: str
    name_da: str
    name_en: str
    valid_from: date | None
    grant_until: date | None
    valid_to: date | None
    source: str
    verified: bool

    def in_force(self, day: date) -> bool:
        """Citizens already in the group are still covered on ``day``."""
        return _in_period(day, self.valid_from, self.valid_to)

    def open_for_new(self, day: date) -> bool:
        """A citizen can be put in the group on ``day``."""
        return self.in_force(day) and (self.grant_until is None or day <= self.grant_until)

    def name(self, language: str = "da") -> str:
        return self.name_en if language == "en" and self.name_en else self.name_da


@dataclass(frozen=True, slots=True)
class Scheme:
    """An ordning. ``grant_until`` is the last start date of a new case; ``valid_to`` the last
    day a running case may continue (often open, e.g. jobrotation after its abolition)."""

    code: str
    name_da: str
    name_en: str
    valid_from: date | None
    grant_until: date | None
    valid_to: date | None
    source: str
    verified: bool

    def in_force(self, day: date) -> bool:
        return _in_period(day, self.valid_from, self.valid_to)

    def can_grant(self, day: date) -> bool:
        return self.in_force(day) and (self.grant_until is None or day <= self.grant_until)

    def name(self, language: str = "da") -> str:
        return self.name_en if language == "en" and self.name_en else self.name_da


@dataclass(frozen=True, slots=True)
class SchemeRule:
    """One dated parameter. ``*`` in scheme, target group or sector means "any"."""

    scheme_code: str
    target_group_code: str
    employer_sector: str
    param: str
    value: str
    unit: str
    valid_from: date | None
    valid_to: date | None
    source: str
    verified: bool
    note: str = ""

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.scheme_code, self.target_group_code, self.employer_sector, self.param)

    def in_force(self, day: date) -> bool:
        return _in_period(day, self.valid_from, self.valid_to)


@dataclass(frozen=True, slots=True)
class TargetGroupMapping:
    """Old target group → new one from ``valid_from``, to compare figures across a reform."""

    old_code: str
    new_code: str
    valid_from: date
    source: str
    verified: bool


@dataclass(frozen=True, slots=True)
class RuleValue:
    """The answer to a rule question, with where it came from (shown next to every check)."""

    value: str
    unit: str
    source: str
    verified: bool
    note: str = ""
    rule: SchemeRule | None = field(default=None, compare=False)

    @property
    def is_unlimited(self) -> bool:
        return self.value.strip().lower() == UNLIMITED

    def as_bool(self) -> bool:
        parsed = parse_bool(self.value)
        if parsed is None:
            raise self._kind_error("sand/falsk", "true/false")
        return parsed

    def as_int(self) -> int:
        try:
            return int(self.value.strip())
        except ValueError:
            raise self._kind_error("et helt tal", "a whole number") from None

    def as_float(self) -> float:
        try:
            return float(self.value.strip().replace(",", "."))
        except ValueError:
            raise self._kind_error("et tal", "a number") from None

    def _kind_error(self, what_da: str, what_en: str) -> ValidationError:
        param = self.rule.param if self.rule else "?"
        return ValidationError(
            f"Reglen {param} har værdien «{self.value}», men skal være {what_da}.",
            f"Rule {param} has value '{self.value}' but must be {what_en}.",
            field="scheme_rules",
        )

    def __str__(self) -> str:
        return f"{self.value} {self.unit}".strip()


# --------------------------------------------------------------------------- parsing

_TARGET_GROUP_COLUMNS = (
    "code", "name_da", "name_en", "valid_from", "grant_until", "valid_to", "source", "verified",
)  # fmt: skip
_SCHEME_COLUMNS = _TARGET_GROUP_COLUMNS
_RULE_COLUMNS = (
    "scheme_code", "target_group_code", "employer_sector", "param", "value", "unit",
    "valid_from", "valid_to", "source", "verified", "note",
)  # fmt: skip
_MAP_COLUMNS = ("old_code", "new_code", "valid_from", "source", "verified")

FILE_NAMES = {
    "target_groups": "target_groups.csv",
    "schemes": "schemes.csv",
    "scheme_rules": "scheme_rules.csv",
    "target_group_map": "target_group_map.csv",
}


class _Collector:
    """Gathers row errors from all four tables so the admin sees every problem at once."""

    def __init__(self) -> None:
        self.errors: list[CsvRowError] = []

    def add(self, table: str, row: CsvRow | int, column: str | None, da: str, en: str) -> None:
        row_no = row.row if isinstance(row, CsvRow) else row
        self.errors.append(CsvRowError(row_no, column, da, en, table))

    def read(self, table: str, text: str, columns: Sequence[str]) -> list[CsvRow]:
        # Every column of the format is required: a missing "valid_to" column would otherwise
        # read as "in force for ever", which is the wrong way to fail for legal data.
        try:
            return read_csv_table(text, table=table, required=columns)
        except CsvImportError as exc:
            for e in exc.errors:
                self.errors.append(CsvRowError(e.row, e.column, e.da, e.en, table))
            return []

    def date(self, table: str, row: CsvRow, column: str) -> date | None:
        raw = row.get(column)
        try:
            return parse_date(raw, field=column)
        except ValidationError:
            self.add(
                table,
                row,
                column,
                f"{column} «{raw}» er ikke en gyldig dato (brug åååå-mm-dd).",
                f"{column} '{raw}' is not a valid date (use yyyy-mm-dd).",
            )
            return None

    def flag(self, table: str, row: CsvRow) -> bool:
        raw = row.get("verified")
        if not raw:
            return False  # unverified unless someone says otherwise: the safe default
        parsed = parse_bool(raw)
        if parsed is None:
            self.add(
                table,
                row,
                "verified",
                f"verified «{raw}» skal være true eller false.",
                f"verified '{raw}' must be true or false.",
            )
            return False
        return parsed

    def code(self, table: str, row: CsvRow, column: str) -> str | None:
        raw = row.get(column)
        if not _CODE.match(raw):
            self.add(
                table,
                row,
                column,
                f"{column} «{raw}» skal være store bogstaver, cifre og _ (fx KH_JP).",
                f"{column} '{raw}' must be upper-case letters, digits and _ (e.g. KH_JP).",
            )
            return None
        return raw

    def source(self, table: str, row: CsvRow) -> str:
        if not row.get("source"):
            self.add(
                table,
                row,
                "source",
                "Kilde mangler (lov, paragraf, dato).",
                "Source is missing (law, section, date).",
            )
        return row.get("source")

    def period(
        self, table: str, row: CsvRow, start: date | None, grant: date | None, end: date | None
    ) -> bool:
        ok = True
        if start and end and end < start:
            self.add(
                table,
                row,
                "valid_to",
                f"valid_to ({format_date(end)}) ligger før valid_from ({format_date(start)}).",
                f"valid_to ({format_date(end)}) is before valid_from ({format_date(start)}).",
            )
            ok = False
        if grant and ((start and grant < start) or (end and grant > end)):
            self.add(
                table,
                row,
                "grant_until",
                f"grant_until ({format_date(grant)}) skal ligge mellem valid_from og valid_to.",
                f"grant_until ({format_date(grant)}) must lie between valid_from and valid_to.",
            )
            ok = False
        return ok


def _overlaps(
    a_start: date | None, a_end: date | None, b_start: date | None, b_end: date | None
) -> bool:
    return (a_end is None or b_start is None or b_start <= a_end) and (
        b_end is None or a_start is None or a_start <= b_end
    )


def _check_overlaps(
    collect: _Collector, table: str, items: Sequence[tuple[int, tuple, date | None, date | None]]
) -> None:
    """Two rows with the same key may not be in force on the same day: a lookup would be
    ambiguous. Rows for one key must follow each other in time."""
    by_key: dict[tuple, list[tuple[int, date | None, date | None]]] = {}
    for row_no, key, start, end in items:
        for other_row, o_start, o_end in by_key.get(key, []):
            if _overlaps(o_start, o_end, start, end):
                shown = " / ".join(key)
                collect.add(
                    table,
                    row_no,
                    "valid_from",
                    f"Perioden overlapper række {other_row} med samme nøgle ({shown}).",
                    f"The period overlaps row {other_row} with the same key ({shown}).",
                )
                break
        by_key.setdefault(key, []).append((row_no, start, end))


def _parse_dated_codes(
    collect: _Collector, table: str, text: str, cls: type
) -> list[tuple[int, TargetGroup | Scheme]]:
    out = []
    for row in collect.read(table, text, _TARGET_GROUP_COLUMNS):
        before = len(collect.errors)
        code = collect.code(table, row, "code")
        if not row.get("name_da"):
            collect.add(table, row, "name_da", "Dansk navn mangler.", "Danish name is missing.")
        start = collect.date(table, row, "valid_from")
        grant = collect.date(table, row, "grant_until")
        end = collect.date(table, row, "valid_to")
        source = collect.source(table, row)
        verified = collect.flag(table, row)
        collect.period(table, row, start, grant, end)
        if len(collect.errors) == before and code:
            item = cls(
                code, row.get("name_da"), row.get("name_en"), start, grant, end, source, verified
            )
            out.append((row.row, item))
    _check_overlaps(collect, table, [(n, (i.code,), i.valid_from, i.valid_to) for n, i in out])
    return out


def _check_value(collect: _Collector, table: str, row: CsvRow, param: str, value: str) -> None:
    kind = PARAM_KINDS.get(param)
    unit = row.get("unit")
    problem: tuple[str, str] | None = None
    if kind == "bool" and parse_bool(value) is None:
        problem = ("sand/falsk (true/false)", "true/false")
    elif kind in ("int", "positive_int"):
        if not re.fullmatch(r"\d+", value) or (kind == "positive_int" and int(value) == 0):
            problem = ("et helt tal ≥ 0" if kind == "int" else "et helt tal > 0", "a whole number")
    elif kind == "duration":
        if not (re.fullmatch(r"\d+", value) or value.lower() == UNLIMITED):
            problem = (f"et helt tal eller {UNLIMITED}", f"a whole number or {UNLIMITED}")
        elif unit not in DURATION_UNITS:
            collect.add(
                table,
                row,
                "unit",
                f"Enheden for {param} skal være en af {', '.join(DURATION_UNITS)} (fik «{unit}»).",
                f"The unit of {param} must be one of {', '.join(DURATION_UNITS)} (got '{unit}').",
            )
    elif kind == "rounding" and value not in ROUNDING_MODES:
        problem = (" eller ".join(ROUNDING_MODES), " or ".join(ROUNDING_MODES))
    if problem:
        collect.add(
            table,
            row,
            "value",
            f"{param} har værdien «{value}», men skal være {problem[0]}.",
            f"{param} has value '{value}' but must be {problem[1]}.",
        )


def _parse_rules(
    collect: _Collector, text: str, schemes: set[str], groups: set[str]
) -> list[tuple[int, SchemeRule]]:
    table = FILE_NAMES["scheme_rules"]
    out = []
    for row in collect.read(table, text, _RULE_COLUMNS):
        before = len(collect.errors)
        scheme = row.get("scheme_code")
        if scheme != WILDCARD and scheme not in schemes:
            collect.add(
                table,
                row,
                "scheme_code",
                f"Ukendt ordning «{scheme}» (findes ikke i schemes.csv).",
                f"Unknown scheme '{scheme}' (not in schemes.csv).",
            )
        group = row.get("target_group_code")
        if group != WILDCARD and group not in groups:
            collect.add(
                table,
                row,
                "target_group_code",
                f"Ukendt målgruppe «{group}» (findes ikke i target_groups.csv).",
                f"Unknown target group '{group}' (not in target_groups.csv).",
            )
        sector = _SECTOR_ALIASES.get(row.get("employer_sector").lower())
        if sector is None:
            collect.add(
                table,
                row,
                "employer_sector",
                f"Sektor «{row.get('employer_sector')}» skal være *, private eller public.",
                f"Sector '{row.get('employer_sector')}' must be *, private or public.",
            )
        param = row.get("param")
        if not _PARAM.match(param):
            collect.add(
                table,
                row,
                "param",
                f"Parameternavnet «{param}» skal være små bogstaver, cifre og _.",
                f"Parameter name '{param}' must be lower-case letters, digits and _.",
            )
        value = row.get("value")
        if not value:
            collect.add(table, row, "value", "Værdi mangler.", "Value is missing.")
        else:
            _check_value(collect, table, row, param, value)
        start = collect.date(table, row, "valid_from")
        end = collect.date(table, row, "valid_to")
        source = collect.source(table, row)
        verified = collect.flag(table, row)
        collect.period(table, row, start, None, end)
        if len(collect.errors) == before and sector:
            rule = SchemeRule(
                scheme, group, sector, param, value, row.get("unit"), start, end, source,
                verified, row.get("note"),
            )  # fmt: skip
            out.append((row.row, rule))
    _check_overlaps(collect, table, [(n, r.key, r.valid_from, r.valid_to) for n, r in out])
    return out


def _parse_map(collect: _Collector, text: str, groups: set[str]) -> list[TargetGroupMapping]:
    table = FILE_NAMES["target_group_map"]
    out: list[TargetGroupMapping] = []
    seen: dict[tuple[str, date], int] = {}
    for row in collect.read(table, text, _MAP_COLUMNS):
        before = len(collect.errors)
        old, new = row.get("old_code"), row.get("new_code")
        for column, code in (("old_code", old), ("new_code", new)):
            if code not in groups:
                collect.add(
                    table,
                    row,
                    column,
                    f"Ukendt målgruppe «{code}» (findes ikke i target_groups.csv).",
                    f"Unknown target group '{code}' (not in target_groups.csv).",
                )
        if old == new and old:
            collect.add(
                table,
                row,
                "new_code",
                "En målgruppe kan ikke mappes til sig selv.",
                "Maps to itself.",
            )
        start = collect.date(table, row, "valid_from")
        if start is None and row.get("valid_from") == "":
            collect.add(table, row, "valid_from", "valid_from mangler.", "valid_from is missing.")
        source = collect.source(table, row)
        verified = collect.flag(table, row)
        if len(collect.errors) == before and start is not None:
            if (old, start) in seen:
                collect.add(
                    table,
                    row,
                    "valid_from",
                    f"{old} mappes allerede fra {format_date(start)} i række {seen[(old, start)]}.",
                    f"{old} is already mapped from {format_date(start)} in row "
                    f"{seen[(old, start)]}.",
                )
                continue
            seen[(old, start)] = row.row
            out.append(TargetGroupMapping(old, new, start, source, verified))
    return out


# --------------------------------------------------------------------------- the rule book


class RuleBook:
    """All dated rules, with lookups by date. Immutable once built."""

    def __init__(
        self,
        target_groups: Sequence[TargetGroup] = (),
        schemes: Sequence[Scheme] = (),
        scheme_rules: Sequence[SchemeRule] = (),
        target_group_map: Sequence[TargetGroupMapping] = (),
    ) -> None:
        self.target_groups: tuple[TargetGroup, ...] = tuple(target_groups)
        self.schemes: tuple[Scheme, ...] = tuple(schemes)
        self.scheme_rules: tuple[SchemeRule, ...] = tuple(scheme_rules)
        self.target_group_map: tuple[TargetGroupMapping, ...] = tuple(target_group_map)
        self._groups: dict[str, list[TargetGroup]] = {}
        for g in self.target_groups:
            self._groups.setdefault(g.code, []).append(g)
        self._schemes: dict[str, list[Scheme]] = {}
        for s in self.schemes:
            self._schemes.setdefault(s.code, []).append(s)
        self._rules: dict[tuple[str, str, str, str], list[SchemeRule]] = {}
        self._params: dict[tuple[str, str], list[SchemeRule]] = {}
        for r in self.scheme_rules:
            self._rules.setdefault(r.key, []).append(r)
            self._params.setdefault((r.scheme_code, r.param), []).append(r)
        self._maps: dict[str, list[TargetGroupMapping]] = {}
        for m in sorted(self.target_group_map, key=lambda m: m.valid_from):
            self._maps.setdefault(m.old_code, []).append(m)

    # ---- loading

    @classmethod
    def from_csv_texts(
        cls,
        target_groups: str,
        schemes: str,
        scheme_rules: str = "",
        target_group_map: str = "",
    ) -> RuleBook:
        """Parse and cross-check the four tables. Raises ``CsvImportError`` listing every
        problem as "<file>, række N: …" (the header is row 1)."""
        collect = _Collector()
        groups = _parse_dated_codes(
            collect, FILE_NAMES["target_groups"], target_groups, TargetGroup
        )
        scheme_rows = _parse_dated_codes(collect, FILE_NAMES["schemes"], schemes, Scheme)
        group_codes = {g.code for _, g in groups}
        rules = (
            _parse_rules(collect, scheme_rules, {s.code for _, s in scheme_rows}, group_codes)
            if scheme_rules.strip()
            else []
        )
        mapping = _parse_map(collect, target_group_map, group_codes) if target_group_map else []
        if collect.errors:
            raise CsvImportError("Regeltabeller", collect.errors)
        return cls(
            [g for _, g in groups],
            [s for _, s in scheme_rows],
            [r for _, r in rules],
            mapping,
        )

    @classmethod
    def from_directory(cls, path: Path | str | None = None) -> RuleBook:
        """Load the tables from ``path`` (default ``resources/rules``). target_groups.csv and
        schemes.csv must exist; a missing rules or mapping file counts as empty."""
        folder = Path(path) if path is not None else resources_dir() / "rules"
        texts: dict[str, str] = {}
        for key, name in FILE_NAMES.items():
            file = folder / name
            if file.is_file():
                texts[key] = file.read_text(encoding="utf-8-sig")
            elif key in ("target_groups", "schemes"):
                raise ValidationError(
                    f"Regelfilen {name} mangler i {folder}.",
                    f"Rule file {name} is missing in {folder}.",
                    field=name,
                )
            else:
                texts[key] = ""
        return cls.from_csv_texts(**texts)

    def to_csv_texts(self) -> dict[str, str]:
        """The four tables as CSV text (file name → text), for the admin editor to save."""

        def iso(d: date | None) -> str:
            return d.isoformat() if d else ""

        def flag(b: bool) -> str:
            return "true" if b else "false"

        def dump(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
            return buffer.getvalue()

        def dated(items: Iterable[TargetGroup | Scheme]) -> list[list[str]]:
            return [
                [
                    i.code, i.name_da, i.name_en, iso(i.valid_from), iso(i.grant_until),
                    iso(i.valid_to), i.source, flag(i.verified),
                ]
                for i in items
            ]  # fmt: skip

        return {
            FILE_NAMES["target_groups"]: dump(_TARGET_GROUP_COLUMNS, dated(self.target_groups)),
            FILE_NAMES["schemes"]: dump(_SCHEME_COLUMNS, dated(self.schemes)),
            FILE_NAMES["scheme_rules"]: dump(
                _RULE_COLUMNS,
                (
                    [
                        r.scheme_code,
                        r.target_group_code,
                        r.employer_sector,
                        r.param,
                        r.value,
                        r.unit,
                        iso(r.valid_from),
                        iso(r.valid_to),
                        r.source,
                        flag(r.verified),
                        r.note,
                    ]
                    for r in self.scheme_rules
                ),
            ),  # fmt: skip
            FILE_NAMES["target_group_map"]: dump(
                _MAP_COLUMNS,
                (
                    [m.old_code, m.new_code, iso(m.valid_from), m.source, flag(m.verified)]
                    for m in self.target_group_map
                ),
            ),
        }

    # ---- target groups

    def target_groups_on(self, day: date, *, new_cases: bool = True) -> list[TargetGroup]:
        """The groups to offer on ``day``, in file order. ``new_cases=False`` also returns
        groups closed to new citizens whose running cases continue (e.g. ressourceforløb in
        2026). An empty list means the groups for that date are not loaded yet."""
        test = TargetGroup.open_for_new if new_cases else TargetGroup.in_force
        return [g for g in self.target_groups if test(g, day)]

    def target_group(self, code: str, day: date | None = None) -> TargetGroup | None:
        """The group's row in force on ``day``; without a day, its latest row, so codes that
        have ended stay readable in history."""
        rows = self._groups.get(code, [])
        if day is None:
            return _latest(rows)
        return next((g for g in rows if g.in_force(day)), None)

    def map_target_group(self, old_code: str, day: date) -> str:
        """The code ``old_code`` counts as on ``day`` (for reports across a reform). Follows
        chains of mappings; returns ``old_code`` itself when no mapping applies yet."""
        code, seen = old_code, {old_code}
        while True:
            applicable = [m for m in self._maps.get(code, []) if m.valid_from <= day]
            if not applicable:
                return code
            code = applicable[-1].new_code
            if code in seen:  # a loop in admin data must not hang the app
                return code
            seen.add(code)

    def mapping_for(self, old_code: str, day: date) -> TargetGroupMapping | None:
        """The mapping row used for ``old_code`` on ``day`` (for its source and verified)."""
        applicable = [m for m in self._maps.get(old_code, []) if m.valid_from <= day]
        return applicable[-1] if applicable else None

    # ---- schemes

    def schemes_on(self, day: date, *, new_cases: bool = True) -> list[Scheme]:
        """Schemes that can be granted on ``day`` (``new_cases=False``: also running-only)."""
        test = Scheme.can_grant if new_cases else Scheme.in_force
        return [s for s in self.schemes if test(s, day)]

    def scheme(self, code: str, day: date | None = None) -> Scheme | None:
        rows = self._schemes.get(code, [])
        if day is None:
            return _latest(rows)
        return next((s for s in rows if s.in_force(day)), None)

    def can_grant(self, scheme_code: str, day: date) -> bool:
        """Can a new case of the scheme start on ``day``? False for unknown schemes."""
        found = self.scheme(scheme_code, day)
        return found is not None and found.can_grant(day)

    # ---- parameters

    def rule(
        self,
        scheme_code: str,
        target_group_code: str | None,
        sector: str | None,
        param: str,
        day: date,
    ) -> RuleValue | None:
        """The parameter's value on ``day``, most specific row first: an exact scheme beats
        ``*``, then an exact target group beats ``*``, then an exact sector beats ``*``.
        ``target_group_code``/``sector`` None match only ``*`` rows. None if no row applies."""
        sector_key = normalize_sector(sector) if sector not in (None, WILDCARD) else None
        for s in _with_wildcard(scheme_code):
            for g in _with_wildcard(target_group_code):
                for sec in _with_wildcard(sector_key):
                    for r in self._rules.get((s, g, sec, param), ()):
                        if r.in_force(day):
                            return RuleValue(r.value, r.unit, r.source, r.verified, r.note, r)
        return None

    def has_param(self, scheme_code: str, param: str, day: date) -> bool:
        """Does any row for this exact scheme define ``param`` on ``day`` (any group/sector)?
        Tells "the rule applies but not for this group" apart from "no such rule"."""
        return any(r.in_force(day) for r in self._params.get((scheme_code, param), ()))

    def rules_on(self, day: date, scheme_code: str | None = None) -> list[SchemeRule]:
        """Rows in force on ``day`` (optionally for one scheme plus ``*``), for display."""
        return [
            r
            for r in self.scheme_rules
            if r.in_force(day) and (scheme_code is None or r.scheme_code in (scheme_code, "*"))
        ]


def _with_wildcard(code: str | None) -> tuple[str, ...]:
    return (WILDCARD,) if code in (None, WILDCARD) else (code, WILDCARD)


def _latest(rows: Sequence[TargetGroup | Scheme]) -> TargetGroup | Scheme | None:
    if not rows:
        return None
    return max(rows, key=lambda r: r.valid_from or date.min)
