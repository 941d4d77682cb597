"""Importing companies and job orders from CSV/XLSX files, all or nothing.

The file is read and every row validated first (``fileio``: encodings, delimiters, header row,
column mapping with Danish header names, per-field rules). Then each valid row is decided
against the file itself and the register:

companies
  * a CVR already registered updates that company (fields the file leaves empty stay as they
    are; notes are appended, never replaced); a new CVR creates a company with status
    "prospect" (emne) until a contact is logged;
  * a later row with the same CVR and the same name adds its P-number and contact person to
    the company of the first row (counted as an update); with another name it is rejected;
  * a row whose name (duplicate key: "A/S" = "AS", "&" = "og", case and æ/ae folded) and
    postcode equal another row's or a registered company's, but whose CVR differs, is
    rejected: the same name in the same postcode under two CVR numbers is almost always a typo,
    and the user must decide which is right;
  * a P-number that belongs to another company is rejected.
job orders
  * linked to their company by CVR; an unknown CVR rejects the row;
  * a job order with the same company, title, workplace postcode and start date as a live one
    in the register updates it; the same in a later row of the file rejects that row.

Nothing is half-imported: the rows are written in one transaction, and a failure or a cancel
rolls all of it back. ``dry_run`` decides everything and writes nothing. ``strict`` writes
only if no row was rejected. The report has exactly the shape of ``ImportReport.to_dict()``:
``{"rows", "imported", "updated", "rejected": [{"row", "field", "reason"}],
"duplicate_groups": [[row, …]]}`` with row numbers as in the file (header = row 1).

Bulk writes go through Core inserts (the row-at-a-time ORM would make a 100 000-row file take
minutes); they stamp the same created/modified fields and write the same access-log rows the
unit of work writes for single edits.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import bindparam, insert, select, update

from ..domain import text as domain_text
from ..domain.errors import UserError
from ..fileio import (
    ColumnMapping,
    ImportReport,
    RowError,
    RowValidator,
    SourceRow,
    find_duplicate_groups,
    map_columns,
    read_table,
)
from ..fileio.mapping import field_spec
from ..fileio.validate import fast_fold
from ..persistence.orm import (
    AccessLog,
    Company,
    ContactPerson,
    JobOrder,
    JobOrderRequirement,
    MediationEvent,
    User,
    Workplace,
    search_rowid_for,
)
from .companies import EMPLOYEE_BANDS, CompanyService, industry_lookup
from .context import ServiceContext
from .reference import kommune_for_postcode

KINDS = ("companies", "job_orders")
_CHUNK = 2000  # ids per IN (...) list: far below SQLite's and PostgreSQL's parameter limits
_PROGRESS_EVERY = 1000
_CANCEL_EVERY = 500
PREVIEW_ROWS = 200


class ImportCancelled(UserError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Importen blev afbrudt. Intet er gemt.",
                         "The import was cancelled. Nothing was saved.")


@dataclass
class ImportPreview:
    """What the wizard shows before importing: the file's shape and the proposed mapping."""

    kind: str
    file_name: str
    headers: list[str]
    mapping: ColumnMapping
    sample: list[SourceRow]
    row_count: int
    encoding: str | None
    delimiter: str | None
    header_row: int
    sheet: str | None
    format: str


@dataclass
class ImportOutcome:
    report: ImportReport
    dry_run: bool = False
    written: bool = False
    cancelled: bool = False
    file_name: str = ""
    mapping: dict[int, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return self.report.to_dict()


Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


# ---------------------------------------------------------------------------- fast text
# The domain's text functions cost 15-90 µs a call; a 100 000-row import calls them several
# times per row. These give identical results (checked by the tests) via per-character tables
# for Latin-1 text, which is nearly all Danish data, and defer to the domain otherwise.


def _sort_table() -> dict[int, str]:
    table = {}
    for i in range(256):
        out = []
        for ch in chr(i).casefold():
            mapped = domain_text._SORT.get(ch)
            if mapped is None:
                base = unicodedata.normalize("NFKD", ch)
                mapped = "".join(b for b in base if not unicodedata.combining(b))
            out.append(mapped)
        table[i] = "".join(out)
    return table


_SORT_TABLE = _sort_table()
_NON_WORD = re.compile(r"[^0-9a-z]+")
_TOKEN_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")


def _token_table(variant: bool) -> dict[int, str]:
    """Per Latin-1 character: its folded image (``domain.text.fold``; for ``variant`` first
    spelled the plain-ASCII way, ø→o) with every non-token character turned into a space.

    ``index_text`` folds and then splits on non-token characters; both steps work character
    by character on Latin-1 text, so one ``str.translate`` and ``str.split`` do the same.
    """
    table = {}
    for i in range(256):
        c = chr(i)
        if variant:
            c = c.casefold().translate(domain_text._ASCII_VARIANT)
        image = domain_text.fold(f"a{c}a")[1:-1]  # sentinels keep a folded space
        table[i] = "".join(ch if ch in _TOKEN_CHARS else " " for ch in image)
    return table


_TOKENS = _token_table(False)
_TOKENS_ASCII = _token_table(True)


def fast_sort_key(text: str | None) -> str:
    """``domain.text.danish_sort_key`` for Latin-1 text via one ``str.translate``."""
    if not text:
        return ""
    if max(text) <= "\xff":
        return text.translate(_SORT_TABLE)
    return domain_text.danish_sort_key(text)


def fast_name_key(name: str | None) -> str:
    """``domain.text.company_name_key`` with the folding done by table."""
    if not name:
        return ""
    if max(name) > "\xff":
        return domain_text.company_name_key(name)
    folded = fast_fold(name).replace("&", " og ").replace("+", " og ")
    folded = domain_text._LEGAL_FORMS.sub(" ", folded)
    return " ".join(t for t in _NON_WORD.split(folded) if t)


def fast_index_text(*values: object) -> str:
    """``domain.text.index_text`` with folding and tokenising done by table."""
    tokens: dict[str, None] = {}
    for value in values:
        if value is None or value == "":
            continue
        text = str(value)
        if max(text) > "\xff":
            return domain_text.index_text(*values)
        tokens.update(dict.fromkeys(text.translate(_TOKENS).split()))
        if not text.isascii():
            tokens.update(dict.fromkeys(text.translate(_TOKENS_ASCII).split()))
    return " ".join(tokens)


def new_ids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, like ``orm.new_id`` but ten times faster
    in bulk: one call for the randomness, string slicing for the layout."""
    raw = os.urandom(16 * count).hex()
    out = []
    for i in range(0, 32 * count, 32):
        h = raw[i:i + 32]
        variant = "89ab"[int(h[16], 16) & 3]
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:]}")
    return out


class _Ids:
    """Hands out pre-generated ids (thread-safe enough: ``list.pop`` is atomic)."""

    def __init__(self) -> None:
        self._pool: list[str] = []

    def __call__(self) -> str:
        try:
            return self._pool.pop()
        except IndexError:
            self._pool = new_ids(4096)
            return self._pool.pop()


_next_id = _Ids()

# ---------------------------------------------------------------------------- helpers

_BAND_WORDS = re.compile(r"(ansatte|medarbejdere|personer|employees|stk\.?|ca\.?)", re.I)
_BAND_RANGE = re.compile(r"^(\d+)-(\d+)$")
_BAND_LOWER = {int(b.split("-")[0].rstrip("+")): b for b in EMPLOYEE_BANDS}


def employee_band(text: str) -> str:
    """An employee interval as the CVR writes it: "10-19", "10 – 19 ansatte", "12" → "10-19",
    "1000+" / "1000 og flere" → "1000+". Raises ``ValueError`` with a Danish reason."""
    raw = _BAND_WORDS.sub("", text).replace("–", "-").replace("—", "-").replace(" ", "").lower()
    raw = raw.replace("ogflere", "+").replace("ellerflere", "+").replace(">", "")
    if raw.endswith(".0"):
        raw = raw[:-2]
    if raw in EMPLOYEE_BANDS:
        return raw
    number = None
    if raw.isdigit():
        number = int(raw)
    elif raw.endswith("+") and raw[:-1].isdigit():
        number = int(raw[:-1])
    else:
        m = _BAND_RANGE.match(raw)
        if m and f"{int(m[1])}-{int(m[2])}" in EMPLOYEE_BANDS:
            return f"{int(m[1])}-{int(m[2])}"
    if number is not None and number >= 1:
        lower = max(k for k in _BAND_LOWER if k <= number)
        return _BAND_LOWER[lower]
    raise ValueError(
        f"Antal ansatte «{text[:40]}» passer ikke til CVR's intervaller "
        f"({', '.join(EMPLOYEE_BANDS)})."
    )


def bulk_insert(session, table, rows: list[dict]) -> None:  # noqa: ANN001
    """INSERT ``rows`` (dicts with the same keys) in one executemany on the raw cursor.

    Values go through each column type's own bind processor, column by column (a value shared
    by every row, such as the import's timestamp, is processed once), so the stored form is
    exactly what the ORM would write; SQLAlchemy's per-row parameter handling, which costs more
    than the insert itself at 100 000 rows, is skipped.
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    columns = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=columns)
    order = list(compiled.positiontup) if compiled.positional else columns
    lists = []
    for name in order:
        values = [r[name] for r in rows]
        process = table.c[name].type._cached_bind_processor(dialect)
        if process is not None:
            first = values[0]
            if values.count(first) == len(values):
                values = [None if first is None else process(first)] * len(values)
            else:
                values = [None if v is None else process(v) for v in values]
        lists.append(values)
    tuples = list(zip(*lists, strict=True))
    params = tuples if compiled.positional else [dict(zip(order, t, strict=True)) for t in tuples]
    conn.exec_driver_sql(str(compiled), params)


class _SearchIndexDeferred:
    """On SQLite, fill the full-text index of newly inserted rows in one statement.

    The FTS5 insert trigger costs ~100 µs per row when it fires row by row inside a bulk
    insert; the same index entries written in one executemany cost a fraction of that. The
    trigger is dropped inside the import's transaction and re-created from its own stored SQL
    before commit, so no other connection ever sees the schema without it, and a rollback
    restores it. Other databases index through their own machinery and are left alone.
    """

    def __init__(self, session, table: str) -> None:  # noqa: ANN001
        self.session = session
        self.table = table
        self.trigger = f"{table}_fts_ai"
        self.sql: str | None = None
        self.entries: list[tuple[int, str]] = []

    def __enter__(self) -> _SearchIndexDeferred:
        conn = self.session.connection()
        if conn.dialect.name == "sqlite":
            self.sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                (self.trigger,),
            ).scalar()
            if self.sql:
                conn.exec_driver_sql(f'DROP TRIGGER "{self.trigger}"')
        return self

    def add(self, rows: Iterable[dict]) -> None:
        """Index ``rows`` (as inserted: with ``search_rowid`` and ``search_text``)."""
        if self.sql:
            self.entries.extend((r["search_rowid"], r["search_text"]) for r in rows)

    def __exit__(self, exc_type, exc, tb) -> None:  # noqa: ANN001
        if not self.sql:
            return
        conn = self.session.connection()
        if exc_type is None and self.entries:
            conn.exec_driver_sql(
                f"INSERT INTO {self.table}_fts(rowid, search_text) VALUES (?, ?)", self.entries)
        conn.exec_driver_sql(self.sql)


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _Ticker:
    """Progress and cancel, checked every few rows (callbacks may cross threads)."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total = max(total, 1)
        self.progress = progress
        self.cancel = cancel

    def tick(self, done: int, *, force: bool = False) -> None:
        if self.cancel is not None and (force or done % _CANCEL_EVERY == 0) and self.cancel():
            raise ImportCancelled()
        if self.progress is not None and (force or done % _PROGRESS_EVERY == 0):
            self.progress(min(done, self.total), self.total)


# ---------------------------------------------------------------------------- service


class CompanyImportService:
    """``preview`` a file, then ``run`` it (optionally as a dry run)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._companies = CompanyService(ctx)

    # ------------------------------------------------------------------ preview
    def preview(self, path: str | Path, kind: str, *,
                user_mapping: dict[int | str, str | None] | None = None,
                sheet: str | int | None = None) -> ImportPreview:
        _check_kind(kind)
        table = read_table(path, sheet=sheet)
        mapping = self._map(table.headers, kind, user_mapping)
        return ImportPreview(
            kind=kind, file_name=Path(path).name, headers=table.headers, mapping=mapping,
            sample=table.rows[:PREVIEW_ROWS], row_count=len(table.rows),
            encoding=table.encoding, delimiter=table.delimiter, header_row=table.header_row,
            sheet=table.sheet, format=table.format,
        )

    @staticmethod
    def _map(headers: list[str], kind: str,
             user_mapping: dict[int | str, str | None] | None) -> ColumnMapping:
        try:
            return map_columns(headers, kind, user_mapping=user_mapping)
        except ValueError as exc:
            raise UserError(f"Kolonnetilknytningen kan ikke bruges: {exc}.",
                            f"The column mapping cannot be used: {exc}.") from None

    # ------------------------------------------------------------------ run
    def run(self, path: str | Path, kind: str, *,
            user_mapping: dict[int | str, str | None] | None = None,
            sheet: str | int | None = None, dry_run: bool = False, strict: bool = False,
            progress: Progress | None = None, cancel: Cancel | None = None) -> ImportOutcome:
        """Import ``path``; see the module docstring. Raises ``ImportCancelled`` on cancel."""
        _check_kind(kind)
        file_name = Path(path).name
        table = read_table(path, sheet=sheet)
        mapping = self._map(table.headers, kind, user_mapping)
        if mapping.missing_required:
            labels = ", ".join(f"«{field_spec(kind, n).label_da}»" for n in mapping.missing_required)
            raise UserError(
                f"Filen mangler en kolonne til {labels}. Vælg kolonnen i kolonnetilknytningen.",
                f"The file has no column for {', '.join(mapping.missing_required)}.",
            )
        rows = table.rows
        ticker = _Ticker(len(rows) * 2, progress, cancel)
        validator = RowValidator(kind, mapping.fields, **self._lookups(kind))
        report = ImportReport(rows=len(rows))
        records: list[dict] = []
        for done, row in enumerate(rows, start=1):
            record, errors = validator(row)
            if record is None:
                report.rejected.extend(errors)
            else:
                records.append(record)
            ticker.tick(done)
        ticker.tick(len(rows), force=True)
        outcome = ImportOutcome(report=report, dry_run=dry_run, file_name=file_name,
                                mapping=dict(mapping.fields))
        with self.ctx.uow() as uow:
            if kind == "companies":
                plan = _CompanyPlan(self, uow.session, records, report, file_name)
            else:
                plan = _JobOrderPlan(self, uow.session, records, report, file_name)
            plan.decide()
            report.rejected.sort(key=lambda e: e.row)
            report.duplicate_groups = find_duplicate_groups(records, kind)
            if dry_run or (strict and report.rejected):
                if strict and report.rejected and not dry_run:
                    report.imported = report.updated = 0
                return outcome
            plan.write(ticker, len(rows))
            uow.log("import", "company" if kind == "companies" else "job_order",
                    criterion=file_name,
                    detail=f"{report.imported} oprettet, {report.updated} opdateret, "
                           f"{len(report.rejected_rows)} rækker afvist af {report.rows}")
            ticker.tick(len(rows) * 2, force=True)
            uow.commit()
        outcome.written = True
        return outcome

    def _lookups(self, kind: str) -> dict:
        ref = self.ctx.reference()

        def postcode_exists(code: str) -> bool:
            return ref.postcode(code) is not None

        lookups: dict = {"postcode_exists": postcode_exists, "town_for": ref.town_for}
        if kind == "companies":
            lookups["industry_exists"] = lambda code: industry_lookup(ref, code) is not None
        else:
            lookups["disco_exists"] = lambda code: ref.occupation(code) is not None
        return lookups

    # ------------------------------------------------------------------ shared by the plans
    def now(self) -> datetime:
        return datetime.now(UTC)

    def stamp(self, now: datetime) -> dict:
        user = self.ctx.actor.user_id
        return {"version": 1, "created_at": now, "created_by_id": user, "modified_at": now,
                "modified_by_id": user}

    def log_rows(self, action: str, entity: str, ids: Iterable[str], now: datetime) -> list[dict]:
        actor = self.ctx.actor
        return [{"id": _next_id(), "at": now, "user_id": actor.user_id, "username": actor.username,
                 "action": action, "entity": entity, "entity_id": i} for i in ids]


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UserError(f"Ukendt importtype «{kind}».", f"Unknown import kind '{kind}'.")


def _reject(report: ImportReport, row: int, field_name: str | None, reason: str) -> None:
    report.rejected.append(RowError(row, field_name, reason))


class _Plan:
    """What a file's valid records become: ``decide`` fills the report, ``write`` stores."""

    def __init__(self, service: CompanyImportService, session, records: list[dict],  # noqa: ANN001
                 report: ImportReport, file_name: str) -> None:
        self.service = service
        self.s = session
        self.records = records
        self.report = report
        self.file_name = file_name
        self.ref = service.ctx.reference()
        self.setup()

    def setup(self) -> None:
        """Per-kind state."""


# ---------------------------------------------------------------------------- companies


class _CompanyPlan(_Plan):
    """Decisions for a companies file, then the writes."""

    def setup(self) -> None:
        self.extra: dict[int, list[dict]] = {}  # first row -> later same-CVR rows
        self.existing: dict[str, object] = {}  # cvr -> register row
        self._kommune: dict[str, str | None] = {}
        self._bands: dict[str, tuple[bool, str]] = {}
        self._industries: dict[str, tuple[str, str] | None] = {}

    # -- deciding
    def decide(self) -> None:
        records = self.records
        for record in records:
            record["_key"] = fast_name_key(record.get("name"))
        self._load_register()
        consultants = self._consultants()
        owner_of_p = self._p_number_owners()
        first_by_cvr: dict[str, dict] = {}
        first_by_name: dict[tuple[str, str], dict] = {}
        p_taken: dict[str, dict] = {}
        for record in records:
            row = record["_row"]
            if not self._complete(record, consultants):
                continue
            cvr = record["cvr"]
            key = record["_key"]
            postcode = record.get("postcode")
            first = first_by_cvr.get(cvr)
            if first is not None:
                if first["_key"] != key:
                    _reject(self.report, row, "cvr",
                            f"Samme CVR-nummer som række {first['_row']}, men et andet navn "
                            f"(«{first['name']}»).")
                    continue
            elif postcode and key:
                other = first_by_name.get((key, postcode))
                if other is not None and other["cvr"] != cvr:
                    _reject(self.report, row, "name",
                            f"Samme navn og postnummer som række {other['_row']}, men et andet "
                            f"CVR-nummer ({other['cvr']}). Ret CVR-nummeret.")
                    continue
                twin = self.lookalike.get((key, postcode))
                if twin is not None and twin.cvr != cvr:
                    _reject(self.report, row, "name",
                            f"Ligner den registrerede virksomhed «{twin.name}» (CVR {twin.cvr}) i "
                            "samme postnummer, men CVR-nummeret er et andet. Ret CVR-nummeret, "
                            "eller ret virksomheden i registret.")
                    continue
            p_number = record.get("p_number")
            if p_number:
                owner = owner_of_p.get(p_number)
                if owner is not None and owner[0] != cvr:
                    _reject(self.report, row, "p_number",
                            f"P-nummer {p_number} hører allerede til {owner[1]} (CVR {owner[0]}).")
                    continue
                earlier = p_taken.get(p_number)
                if earlier is not None and earlier["cvr"] != cvr:
                    _reject(self.report, row, "p_number",
                            f"P-nummer {p_number} står også i række {earlier['_row']} under et "
                            "andet CVR-nummer.")
                    continue
                p_taken[p_number] = record
            if first is not None:
                self.extra.setdefault(first["_row"], []).append(record)
                self.report.updated += 1
                continue
            first_by_cvr[cvr] = record
            if postcode and key:
                first_by_name.setdefault((key, postcode), record)
            if cvr in self.existing:
                self.report.updated += 1
            else:
                self.report.imported += 1
            record["_ok"] = True

    def _complete(self, record: dict, consultants: dict[str, str]) -> bool:
        """Row-level rules beyond the field validators; False when rejected."""
        row = record["_row"]
        ok = True
        if not record.get("cvr"):
            _reject(self.report, row, "cvr", "CVR-nummer mangler.")
            ok = False
        band = record.get("employee_band")
        if band:
            verdict = self._bands.get(band)
            if verdict is None:
                try:
                    verdict = self._bands[band] = (True, employee_band(band))
                except ValueError as exc:
                    verdict = self._bands[band] = (False, str(exc))
            if verdict[0]:
                record["employee_band"] = verdict[1]
            else:
                _reject(self.report, row, "employee_band", verdict[1])
                ok = False
        consultant = record.get("responsible_consultant")
        if consultant:
            user = consultants.get(fast_fold(consultant)) or consultants.get(fast_fold(consultant).upper())
            if user is None:
                _reject(self.report, row, "responsible_consultant",
                        f"Konsulenten «{consultant[:40]}» findes ikke (brug initialer eller "
                        "fulde navn).")
                ok = False
            record["responsible_consultant_id"] = user
        contact_data = any(record.get(k) for k in ("contact_role", "contact_phone", "contact_email"))
        if contact_data and not record.get("contact_name"):
            _reject(self.report, row, "contact_name",
                    "Kontaktpersonens navn mangler (der er telefon, e-mail eller stilling).")
            ok = False
        code = record.get("industry_code")
        if code:
            if code not in self._industries:
                self._industries[code] = industry_lookup(self.ref, code)
            record["_industry"] = self._industries[code]
        return ok

    def _load_register(self) -> None:
        s = self.s
        cvrs = sorted({r["cvr"] for r in self.records if r.get("cvr")})
        keys = sorted({r["_key"] for r in self.records if r["_key"] and r.get("postcode")})
        columns = [c for c in Company.__table__.c]
        for chunk in _chunks(cvrs):
            for row in s.execute(select(*columns).where(
                    Company.__table__.c.cvr.in_(chunk), Company.__table__.c.deleted_at.is_(None))):
                self.existing.setdefault(row.cvr, row)
        wanted = {(r["_key"], r["postcode"]) for r in self.records if r["_key"] and r.get("postcode")}
        self.lookalike: dict[tuple[str, str], object] = {}
        for chunk in _chunks(keys):
            for row in s.execute(
                select(Company.id, Company.name, Company.cvr, Company.name_key, Company.postcode)
                .where(Company.name_key.in_(chunk), Company.deleted_at.is_(None))
            ):
                if (row.name_key, row.postcode) in wanted:
                    self.lookalike.setdefault((row.name_key, row.postcode), row)

    def _p_number_owners(self) -> dict[str, tuple[str, str]]:
        numbers = sorted({r["p_number"] for r in self.records if r.get("p_number")})
        owners: dict[str, tuple[str, str]] = {}
        for chunk in _chunks(numbers):
            for p, cvr, name in self.s.execute(
                select(Workplace.p_number, Company.cvr, Company.name)
                .join(Company, Company.id == Workplace.company_id)
                .where(Workplace.p_number.in_(chunk), Workplace.deleted_at.is_(None),
                       Company.deleted_at.is_(None))
            ):
                owners[p] = (cvr, name)
        return owners

    def _consultants(self) -> dict[str, str]:
        if not any(r.get("responsible_consultant") for r in self.records):
            return {}
        found: dict[str, str] = {}
        for user in self.s.scalars(select(User).where(User.deleted_at.is_(None))):
            for text in (user.name, user.username):
                found.setdefault(fast_fold(text), user.id)
            if user.initials:
                found.setdefault(fast_fold(user.initials).upper(), user.id)
        return found

    def _kommune_of(self, postcode: str | None) -> str | None:
        if not postcode:
            return None
        if postcode not in self._kommune:
            pc = self.ref.postcode(postcode)
            self._kommune[postcode] = kommune_for_postcode(self.ref, pc) if pc else None
        return self._kommune[postcode]

    # -- writing
    def write(self, ticker: _Ticker, offset: int) -> None:
        service = self.service
        now = service.now()
        stamp = service.stamp(now)
        company_rows: list[dict] = []
        workplace_rows: list[dict] = []
        contact_rows: list[dict] = []
        created: list[str] = []
        updated: list[str] = []
        contacts_created: list[str] = []
        updates: list[dict] = []
        existing_contacts = self._existing_contacts()
        contact_updates: list[dict] = []
        done = offset
        for record in self.records:
            if not record.get("_ok"):
                continue
            group = [record, *self.extra.get(record["_row"], [])]
            current = self.existing.get(record["cvr"])
            if current is None:
                values = self._new_company(record, stamp)
                company_id = values["id"]
                words: list[str] = []
                company_rows.append(values)
                created.append(company_id)
            else:
                company_id = str(current.id)
                values = self._updated_company(current, group, now)
                updates.append(values)
                updated.append(company_id)
                words = []
            seen_p: set[str] = set()
            for item in group:
                p = item.get("p_number")
                if p and p not in seen_p:
                    seen_p.add(p)
                    if current is None or p not in self._p_of_existing.get(company_id, ()):
                        workplace_rows.append({
                            "id": _next_id(), "company_id": company_id, "p_number": p,
                            "name": record["name"], "address": record.get("address") or "",
                            "postcode": record.get("postcode"),
                            "industry_code": values.get("industry_code"), **stamp,
                        })
                    words.append(p)
                name = item.get("contact_name")
                if name:
                    known = existing_contacts.get((company_id, fast_fold(name)))
                    if known is not None:
                        contact_updates.append(self._contact_update(known, item, now))
                    else:
                        cid = _next_id()
                        existing_contacts[(company_id, fast_fold(name))] = {"id": cid}
                        contact_rows.append({
                            "id": cid, "company_id": company_id, "name": name,
                            "role": item.get("contact_role") or "",
                            "phone": item.get("contact_phone") or "",
                            "email": item.get("contact_email") or "",
                            "preferred_channel": "", "is_employee_rep": False, "active": True,
                            **stamp,
                        })
                        contacts_created.append(cid)
                    words.append(name)
            if current is None:
                values["search_text"] = fast_index_text(
                    values["name"], values["cvr"], values["town"], values["postcode"], *words)
            done += 1 + len(group) - 1
            ticker.tick(done)
        s = self.s
        with _SearchIndexDeferred(s, "company") as index:
            for chunk in _chunks(company_rows, 20000):
                bulk_insert(s, Company.__table__, list(chunk))
            index.add(company_rows)
        if updates:
            table = Company.__table__
            columns = [k for k in updates[0] if k != "b_id"]
            s.connection().execute(
                update(table).where(table.c.id == bindparam("b_id"))
                .values({c: bindparam(c) for c in columns}),
                updates,
            )
        for chunk in _chunks(workplace_rows, 20000):
            bulk_insert(s, Workplace.__table__, list(chunk))
        for chunk in _chunks(contact_rows, 20000):
            bulk_insert(s, ContactPerson.__table__, list(chunk))
        if contact_updates:
            table = ContactPerson.__table__
            s.connection().execute(
                update(table).where(table.c.id == bindparam("b_id"))
                .values(role=bindparam("role"), phone=bindparam("phone"),
                        email=bindparam("email"), version=bindparam("version"),
                        modified_at=bindparam("modified_at"),
                        modified_by_id=bindparam("modified_by_id")),
                contact_updates,
            )
        logs = (service.log_rows("create", "company", created, now)
                + service.log_rows("update", "company", updated, now)
                + service.log_rows("create", "contact_person", contacts_created, now)
                + service.log_rows("update", "contact_person",
                                   [u["b_id"] for u in contact_updates], now))
        for chunk in _chunks(logs, 20000):
            bulk_insert(s, AccessLog.__table__, list(chunk))
        if updated:
            self.service._companies.reindex_ids(s, updated)

    def _new_company(self, record: dict, stamp: dict) -> dict:
        company_id = _next_id()
        name = record["name"]
        postcode = record.get("postcode")
        industry = record.get("_industry")
        return {
            "id": company_id, "cvr": record["cvr"], "name": name, "name_key": record["_key"],
            "sort_key": fast_sort_key(name)[:400], "address": record.get("address") or "",
            "postcode": postcode, "town": record.get("town") or "",
            "kommune_code": self._kommune_of(postcode),
            "industry_code": industry[0] if industry else None,
            "industry_section": industry[1] if industry else None,
            "employee_band": record.get("employee_band"),
            "sector": record.get("sector") or "private", "status": "prospect",
            "phone": record.get("phone") or "", "email": record.get("email") or "",
            "website": record.get("website") or "", "notes": record.get("notes") or "",
            "responsible_consultant_id": record.get("responsible_consultant_id"),
            "search_rowid": search_rowid_for(company_id), **stamp,
        }

    def _updated_company(self, current, group: list[dict], now: datetime) -> dict:  # noqa: ANN001
        record = group[0]
        values = {c: getattr(current, c) for c in (
            "name", "name_key", "sort_key", "address", "postcode", "town", "kommune_code",
            "industry_code", "industry_section", "employee_band", "sector", "phone", "email",
            "website", "notes", "responsible_consultant_id")}
        if record.get("name"):
            values["name"] = record["name"]
            values["name_key"] = record["_key"]
            values["sort_key"] = fast_sort_key(record["name"])[:400]
        for column in ("address", "employee_band", "sector", "phone", "email", "website",
                       "responsible_consultant_id"):
            if record.get(column):
                values[column] = record[column]
        if record.get("postcode"):
            values["postcode"] = record["postcode"]
            values["town"] = record.get("town") or values["town"]
            values["kommune_code"] = self._kommune_of(record["postcode"])
        elif record.get("town"):
            values["town"] = record["town"]
        industry = record.get("_industry")
        if industry:
            values["industry_code"], values["industry_section"] = industry
        notes = "\n\n".join(n for n in (item.get("notes") for item in group) if n)
        if notes and notes not in (values["notes"] or ""):
            values["notes"] = f"{values['notes'].rstrip()}\n\n{notes}" if values["notes"] else notes
        values.update({"b_id": current.id, "version": current.version + 1, "modified_at": now,
                       "modified_by_id": self.service.ctx.actor.user_id})
        return values

    def _existing_contacts(self) -> dict[tuple[str, str], dict]:
        ids = [str(r.id) for r in self.existing.values()]
        found: dict[tuple[str, str], dict] = {}
        self._p_of_existing: dict[str, set[str]] = {}
        for chunk in _chunks(ids):
            for c in self.s.execute(
                select(ContactPerson.id, ContactPerson.company_id, ContactPerson.name,
                       ContactPerson.role, ContactPerson.phone, ContactPerson.email,
                       ContactPerson.version)
                .where(ContactPerson.company_id.in_(chunk), ContactPerson.deleted_at.is_(None))
            ):
                found[(str(c.company_id), fast_fold(c.name))] = c._asdict()
            for cid, p in self.s.execute(
                select(Workplace.company_id, Workplace.p_number)
                .where(Workplace.company_id.in_(chunk), Workplace.deleted_at.is_(None))
            ):
                self._p_of_existing.setdefault(str(cid), set()).add(p)
        return found

    def _contact_update(self, known: dict, item: dict, now: datetime) -> dict:
        return {
            "b_id": known["id"],
            "role": item.get("contact_role") or known.get("role") or "",
            "phone": item.get("contact_phone") or known.get("phone") or "",
            "email": item.get("contact_email") or known.get("email") or "",
            "version": (known.get("version") or 1) + 1, "modified_at": now,
            "modified_by_id": self.service.ctx.actor.user_id,
        }


# ---------------------------------------------------------------------------- job orders

_REQUIREMENT_FIELDS = (("skills", "skill"), ("certificates", "certificate"),
                       ("driving_licences", "licence"), ("languages", "language"))


class _JobOrderPlan(_Plan):
    """Decisions for a job-orders file, then the writes."""

    def setup(self) -> None:
        self.companies: dict[str, object] = {}
        self.existing: dict[tuple, object] = {}

    def _key(self, company_id: str, record: dict, postcode: str | None) -> tuple:
        return (company_id, fast_fold(record["title"]), postcode, record.get("start_date"))

    def decide(self) -> None:
        cvrs = sorted({r["cvr"] for r in self.records if r.get("cvr")})
        for chunk in _chunks(cvrs):
            for row in self.s.execute(
                select(Company.id, Company.cvr, Company.name, Company.postcode)
                .where(Company.cvr.in_(chunk), Company.deleted_at.is_(None))
            ):
                self.companies.setdefault(row.cvr, row)
        ids = [str(c.id) for c in self.companies.values()]
        for chunk in _chunks(ids):
            for job in self.s.execute(
                select(JobOrder.id, JobOrder.company_id, JobOrder.title, JobOrder.location_postcode,
                       JobOrder.start_date, JobOrder.version, JobOrder.status)
                .where(JobOrder.company_id.in_(chunk), JobOrder.deleted_at.is_(None))
            ):
                key = (str(job.company_id), fast_fold(job.title), job.location_postcode,
                       job.start_date)
                self.existing.setdefault(key, job)
        seen: dict[tuple, int] = {}
        today = datetime.now(UTC).date()
        for record in self.records:
            row = record["_row"]
            company = self.companies.get(record["cvr"])
            if company is None:
                _reject(self.report, row, "cvr",
                        f"Ingen virksomhed med CVR-nummer {record['cvr']} i registret. "
                        "Importér eller opret virksomheden først.")
                continue
            postcode = record.get("location_postcode") or company.postcode
            record["_company"] = company
            record["_postcode"] = postcode
            key = self._key(str(company.id), record, postcode)
            if key in seen:
                _reject(self.report, row, "title",
                        f"Samme jobordre som række {seen[key]} (virksomhed, stilling, "
                        "arbejdssted og startdato).")
                continue
            seen[key] = row
            status = record.get("status") or "open"
            deadline = record.get("deadline")
            if status in ("open", "in_progress", "paused") and deadline and deadline < today:
                status = "expired"
            record["_status"] = status
            record["_existing"] = self.existing.get(key)
            record["_ok"] = True
            if record["_existing"] is not None:
                self.report.updated += 1
            else:
                self.report.imported += 1

    def write(self, ticker: _Ticker, offset: int) -> None:
        service = self.service
        now = service.now()
        stamp = service.stamp(now)
        user = service.ctx.actor.user_id
        jobs: list[dict] = []
        requirements: list[dict] = []
        events: list[dict] = []
        created: list[str] = []
        updates: list[dict] = []
        replaced: list[str] = []
        done = offset
        for record in self.records:
            if not record.get("_ok"):
                continue
            existing = record["_existing"]
            job_id = str(existing.id) if existing is not None else _next_id()
            occupation = self.ref.occupation(record.get("disco_code")) \
                if record.get("disco_code") else None
            search_text = fast_index_text(record["title"], record.get("disco_code"),
                                          occupation.title if occupation else None)
            values = {
                "title": record["title"], "disco_code": record.get("disco_code"),
                "positions": record.get("positions") or 1,
                "hours_per_week": record.get("hours_per_week"),
                "location_postcode": record["_postcode"], "start_date": record.get("start_date"),
                "deadline": record.get("deadline"), "description": record.get("description") or "",
                "status": record["_status"], "search_text": search_text,
            }
            reqs = [
                {"id": _next_id(), "job_order_id": job_id, "kind": kind, "value": value,
                 "level": None, "hard": False}
                for column, kind in _REQUIREMENT_FIELDS for value in record.get(column) or ()
            ]
            if existing is None:
                jobs.append({"id": job_id, "company_id": str(record["_company"].id),
                             "schemes_allowed": [], "consultant_id": user,
                             "search_rowid": search_rowid_for(job_id), **values, **stamp})
                created.append(job_id)
                events.append({"id": _next_id(), "job_order_id": job_id, "at": now,
                               "by_user_id": user, "kind": "status_change", "old_status": None,
                               "new_status": values["status"],
                               "reason": f"Importeret fra {self.file_name}"[:1000]})
                requirements.extend(reqs)
            else:
                if record.get("description") is None:
                    values.pop("description")
                if existing.status != values["status"]:
                    events.append({"id": _next_id(), "job_order_id": job_id, "at": now,
                                   "by_user_id": user, "kind": "status_change",
                                   "old_status": existing.status, "new_status": values["status"],
                                   "reason": f"Opdateret fra {self.file_name}"[:1000]})
                updates.append({"b_id": existing.id, "b_version": existing.version + 1,
                                "b_values": values, "b_now": now})
                if reqs:
                    replaced.append(job_id)
                    requirements.extend(reqs)
            done += 1
            ticker.tick(done)
        s = self.s
        with _SearchIndexDeferred(s, "job_order") as index:
            for chunk in _chunks(jobs, 20000):
                bulk_insert(s, JobOrder.__table__, list(chunk))
            index.add(jobs)
        table = JobOrder.__table__
        for item in updates:
            s.connection().execute(
                update(table).where(table.c.id == item["b_id"])
                .values(version=item["b_version"], modified_at=item["b_now"], modified_by_id=user,
                        **item["b_values"])
            )
        for chunk in _chunks(replaced):
            s.execute(JobOrderRequirement.__table__.delete().where(
                JobOrderRequirement.__table__.c.job_order_id.in_(list(chunk))))
        for chunk in _chunks(requirements, 20000):
            bulk_insert(s, JobOrderRequirement.__table__, list(chunk))
        for chunk in _chunks(events, 20000):
            bulk_insert(s, MediationEvent.__table__, list(chunk))
        logs = (service.log_rows("create", "job_order", created, now)
                + service.log_rows("update", "job_order", [str(u["b_id"]) for u in updates], now))
        for chunk in _chunks(logs, 20000):
            bulk_insert(s, AccessLog.__table__, list(chunk))
