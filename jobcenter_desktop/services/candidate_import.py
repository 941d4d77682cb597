"""Import of citizens (borgere) from the CSV/XLSX files jobcenters keep on the side.

The file layer (``fileio``) reads the file, maps its columns and validates each row; this
module adds what needs the store and the dated rules:

* **Target groups from messy text.** "kontanthjaelp jobparat", "Dagpenge", "KH - aktivitetsparat"
  or a typo such as "Sygedagpenke" become the canonical code valid on the import date
  (``TargetGroupMatcher``); text it cannot place, or that is ambiguous, rejects the row with
  a reason that quotes the text, so the report says exactly what could not be mapped. Where the
  text names a group that has ended by the import date (e.g. "Dagpenge" in 2027), the dated
  ``target_group_map`` of the rule tables gives the group it counts as then.
* **Existing citizens are updated, not duplicated**: same CPR number (by its keyed hash), or
  same name with the same phone number or e-mail. Only the columns the file has are changed,
  and an empty cell never blanks a stored value, so an import cannot lose data.
* **All or nothing.** Valid rows are written in one transaction; a cancel, a broken file or a
  database error leaves the store exactly as it was. ``strict`` refuses the whole file when
  any row is rejected. ``dry_run`` does everything except the commit.

The report is ``fileio.ImportReport``: ``{"rows", "imported", "updated", "rejected":
[{"row", "field", "reason"}], "duplicate_groups"}`` with row numbers as in the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import select

from ..domain.errors import UserError, ValidationError
from ..domain.rules import RuleBook
from ..domain.text import danish_sort_key, fold
from ..domain.values import cpr_birth_date
from ..fileio import (
    ImportReport,
    RowError,
    RowValidator,
    find_duplicate_groups,
    map_columns,
    open_table,
)
from ..fileio.mapping import fields as catalogue_fields
from ..persistence.orm import Candidate, User, new_id, search_rowid_for
from .candidates import LANGUAGE_LEVELS, CandidateInput, CandidateService
from .context import ServiceContext

KIND = "candidates"
PREVIEW_ROWS = 30
_CHUNK = 500

# Words for the benefit part and the readiness part of a target group. A group code of this
# app is BENEFIT or BENEFIT_READINESS (KH_JP, UH_AP ...); the words are folded (æ→ae, ø→oe).
BENEFIT_WORDS: dict[str, tuple[str, ...]] = {
    "DP": ("dp", "dagpenge", "dagpengemodtager", "adagpenge", "arbejdsloeshedsdagpenge",
           "forsikret", "forsikrede"),
    "KH": ("kh", "kontanthjaelp", "kontanthjaelpsmodtager", "kontant"),
    "UH": ("uh", "uddannelseshjaelp", "uddannelseshjaelpsmodtager", "udd"),
    "SDP": ("sdp", "sygedagpenge", "sygedagpengemodtager", "sygemeldt", "sygemelding"),
    "JAF": ("jaf", "jobafklaring", "jobafklaringsforloeb"),
    "RF": ("rf", "ressourceforloeb"),
    "FJV": ("fjv", "fleksjob", "ledighedsydelse", "fleksjobber", "fleksjobvisiteret"),
    "REV": ("rev", "revalidering", "revalideringsforloeb", "revalidend"),
    "FP": ("fp", "foertidspension", "foertidspensionist"),
    "INT": ("int", "integration", "integrationsprogram", "selvforsoergelses", "hjemrejseprogram",
            "hjemrejseydelse", "introduktionsprogram", "overgangsydelse", "integrationsydelse"),
    "U18": ("u18",),
    "SF": ("sf", "selvforsoergende"),
}
READINESS_WORDS: dict[str, tuple[str, ...]] = {
    "JP": ("jp", "jobparat", "jobparate"),
    "AP": ("ap", "aktivitetsparat", "aktivitetsparate"),
    "UP": ("up", "uddannelsesparat", "uddannelsesparate"),
}
_READINESS_OF_PART = {"JP": "jobparat", "AP": "aktivitetsparat", "UP": "uddannelsesparat"}
_PART_OF_READINESS = {v: k for k, v in _READINESS_OF_PART.items()}
_PHRASES = {"under 18": "U18", "unge under 18": "U18"}
_FILE_READINESS = {"job_ready": "jobparat", "activity_ready": "aktivitetsparat",
                   "education_ready": "uddannelsesparat"}
# Service field -> the import catalogue's field, so reasons point at the file's column.
_FIELD_OF = {"target_group_code": "target_group", "responsible_consultant_id": "consultant",
             "work_restrictions": None}
_LEVEL_WORDS = {
    "grundlaeggende": "grundlæggende", "basis": "grundlæggende", "begynder": "grundlæggende",
    "lidt": "grundlæggende", "basic": "grundlæggende", "a1": "grundlæggende", "a2": "grundlæggende",
    "godt": "godt", "god": "godt", "middel": "godt", "good": "godt", "b1": "godt", "b2": "godt",
    "flydende": "flydende", "fluent": "flydende", "c1": "flydende", "c2": "flydende",
    "modersmaal": "modersmål", "native": "modersmål", "modersmal": "modersmål",
}
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_FUZZY_WORD = 85.0
_FUZZY_NAME = 88.0


# --------------------------------------------------------------------------- target groups


@dataclass(frozen=True)
class GroupMatch:
    """Result of reading a target-group text. ``code`` None means it could not be mapped."""

    code: str | None
    how: str  # code / name / words / fuzzy / mapped / none / ambiguous / not_in_force
    reason: str = ""
    readiness: str = ""  # implied by the text (KH_JP → jobparat), "" if none
    verified: bool = True


class TargetGroupMatcher:
    """Reads free-text target groups into the codes valid on ``day``.

    Tries, in order: a code written in the text ("KH_JP", "kh-jp"); a group's name; the
    benefit and readiness words ("kontanthjælp jobparat", "KH - aktivitetsparat"), combined by
    the code convention BENEFIT_READINESS; a fuzzy match of the whole text against the names.
    Single words are matched with rapidfuzz too, so typos still find their word. The codes and
    names come from the rule tables, so a new table (the 2027 groups) is read without a release.
    """

    def __init__(self, rulebook: RuleBook, day: date) -> None:
        self.rules = rulebook
        self.day = day
        self.groups = {g.code: g for g in rulebook.target_groups}
        self._code_tokens = sorted(
            ((tuple(_tokens(code)), code) for code in self.groups), key=lambda t: -len(t[0]))
        names: dict[str, str] = {}
        for g in self.groups.values():
            for name in (g.name_da, g.name_en):
                for variant in (name, re.sub(r"\([^)]*\)", " ", name)):
                    key = " ".join(_tokens(variant))
                    if key:
                        names.setdefault(key, g.code)
        self._names = names
        self._name_keys = list(names)
        self._words: dict[str, tuple[str, str]] = {}
        for part, words in BENEFIT_WORDS.items():
            for w in words:
                self._words[w] = ("benefit", part)
        for part, words in READINESS_WORDS.items():
            for w in words:
                self._words[w] = ("readiness", part)
        self._long_words = [w for w in self._words if len(w) >= 5]
        self._cache: dict[tuple[str, str], GroupMatch] = {}

    def match(self, text: str, readiness: str = "") -> GroupMatch:
        key = (text, readiness)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._match(text, readiness)
        return found

    def _match(self, text: str, readiness: str) -> GroupMatch:
        tokens = _tokens(text)
        if not tokens:
            return GroupMatch(None, "none", "Målgruppen er tom.")
        # Each way of reading the text may name a group that is not in force on the import
        # date ("Dagpenge" is also the 2027 code DAGPENGE); the first reading valid that day
        # wins, and if none is, the first reading explains why.
        first_failure: GroupMatch | None = None
        for code, how, implied in self._readings(text, tokens, readiness):
            if code is None:  # an ambiguous text: ask for the missing part
                return GroupMatch(None, "ambiguous", how)
            match = self._dated(code, how, text)
            if match.code is not None:
                return _with_readiness(match, implied) if implied else match
            first_failure = first_failure or match
        return first_failure or GroupMatch(None, "none",
                                           f"Målgruppen «{_clip(text)}» kan ikke genkendes.")

    def _readings(self, text: str, tokens: list[str], readiness: str):  # noqa: ANN202
        """(code, how, implied readiness) in order of trust; (None, reason, "") when the text
        names a benefit with several groups and no readiness."""
        # 1. A code written out.
        for code_tokens, code in self._code_tokens:
            n = len(code_tokens)
            if any(tuple(tokens[i:i + n]) == code_tokens for i in range(len(tokens) - n + 1)):
                yield code, "code", ""
        joined = " ".join(tokens)
        # 2. A group's name.
        if joined in self._names:
            yield self._names[joined], "name", ""
        # 3. Benefit and readiness words.
        benefit, ready = self._parts(tokens, joined)
        if benefit:
            part = ready or _PART_OF_READINESS.get(readiness, "")
            if part and f"{benefit}_{part}" in self.groups:
                yield f"{benefit}_{part}", "words", _READINESS_OF_PART[part]
            elif benefit in self.groups:
                yield benefit, "words", ""
            else:
                options = sorted(c for c in self.groups if c.startswith(benefit + "_"))
                if options:
                    yield None, (f"Målgruppen «{_clip(text)}» er tvetydig: angiv også "
                                 f"parathed (mulige: {', '.join(options)})."), ""
        # 4. Fuzzy match of the whole text against the names.
        hit = process.extractOne(joined, self._name_keys, scorer=fuzz.token_sort_ratio,
                                 score_cutoff=_FUZZY_NAME)
        if hit is not None:
            yield self._names[hit[0]], "fuzzy", ""

    def _parts(self, tokens: list[str], joined: str) -> tuple[str, str]:
        benefit = ready = ""
        for phrase, part in _PHRASES.items():
            if phrase in joined:
                benefit = part
        for token in tokens:
            kind_part = self._words.get(token)
            if kind_part is None and len(token) >= 5:
                hit = process.extractOne(token, self._long_words, scorer=fuzz.ratio,
                                         score_cutoff=_FUZZY_WORD)
                kind_part = self._words[hit[0]] if hit else None
            if kind_part is None:
                continue
            kind, part = kind_part
            if kind == "benefit" and not benefit:
                benefit = part
            elif kind == "readiness" and not ready:
                ready = part
        return benefit, ready

    def _dated(self, code: str, how: str, text: str) -> GroupMatch:
        """``code`` as it stands on the import date: in force, mapped to its successor, or
        refused (historic groups stay readable, but a citizen is not placed in one now)."""
        group = self.rules.target_group(code, self.day)
        if group is not None:
            return GroupMatch(code, how, verified=group.verified)
        mapped = self.rules.map_target_group(code, self.day)
        successor = self.rules.target_group(mapped, self.day) if mapped != code else None
        if successor is not None:
            mapping = self.rules.mapping_for(code, self.day)
            return GroupMatch(mapped, "mapped", verified=bool(
                successor.verified and (mapping is None or mapping.verified)))
        return GroupMatch(
            None, "not_in_force",
            f"Målgruppen «{_clip(text)}» ({code}) gælder ikke pr. "
            f"{self.day:%d-%m-%Y}, og der er ingen afløser i målgruppetabellen.")


def _with_readiness(match: GroupMatch, readiness: str) -> GroupMatch:
    return GroupMatch(match.code, match.how, match.reason, readiness, match.verified)


def _tokens(text: str) -> list[str]:
    return [t for t in _NON_ALNUM.split(fold(text)) if t]


def _clip(text: str, n: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --------------------------------------------------------------------------- import


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Importen blev afbrudt. Intet er gemt.",
                         "The import was cancelled. Nothing was saved.")


@dataclass
class ImportPreview:
    """What the mapping and preview pages of the wizard show before anything is imported."""

    headers: list[str]
    mapping: dict[int, str]
    how: dict[int, str]
    unmapped: list[tuple[int, str, str]]
    missing_required: list[str]
    sample: list[list[str | None]]
    sample_rows: list[int]
    encoding: str | None
    delimiter: str | None
    format: str
    header_row: int


@dataclass
class ImportResult:
    report: ImportReport
    dry_run: bool
    committed: bool
    unmapped_target_groups: dict[str, int] = field(default_factory=dict)
    mapped_target_groups: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return self.report.to_dict()


@dataclass
class _Planned:
    row: int
    data: CandidateInput
    cleaned: dict
    fields: frozenset[str]
    existing_id: str | None = None


def field_choices(language: str = "da") -> list[tuple[str, str]]:
    """(field name, label) of the candidate catalogue, for the mapping page."""
    return [(spec.name, spec.label(language)) for spec in catalogue_fields(KIND)]


class CandidateImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.candidates = CandidateService(ctx)

    # ------------------------------------------------------------------ preview
    def preview(self, path: str | Path, mapping: Mapping[int, str | None] | None = None) -> ImportPreview:
        """Headers, the automatic (or given) column mapping and the first rows of a file."""
        with open_table(path) as reader:
            result = map_columns(reader.headers, KIND, user_mapping=_user_mapping(mapping))
            sample, numbers = [], []
            for row in reader:
                sample.append(row.values)
                numbers.append(row.row_number)
                if len(sample) >= PREVIEW_ROWS:
                    break
            return ImportPreview(
                headers=list(reader.headers), mapping=dict(result.fields), how=dict(result.how),
                unmapped=[(c.index, c.header, c.reason) for c in result.unmapped],
                missing_required=list(result.missing_required), sample=sample,
                sample_rows=numbers, encoding=reader.encoding, delimiter=reader.delimiter,
                format=reader.format, header_row=reader.header_row,
            )

    # ------------------------------------------------------------------ run
    def run(
        self,
        path: str | Path,
        *,
        mapping: Mapping[int, str] | None = None,
        dry_run: bool = False,
        strict: bool = False,
        target_group_date: date | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Validate and import ``path``. ``mapping`` (column index -> field) overrides the
        automatic mapping. Raises ``UserError`` for a file that cannot be read at all."""
        day = target_group_date or datetime.now(UTC).date()
        progress = progress or (lambda _done, _total: None)
        cancelled = cancelled or (lambda: False)
        ref = self.ctx.reference()
        matcher = TargetGroupMatcher(self.ctx.rulebook(), day)
        consultants = self._consultant_lookup()
        report = ImportReport()
        unmapped_groups: dict[str, int] = {}
        mapped_groups: dict[str, str] = {}
        records: list[dict] = []
        with open_table(path) as reader:
            columns = dict(mapping) if mapping is not None else map_columns(reader.headers, KIND).fields
            validator = RowValidator(
                KIND, columns,
                postcode_exists=lambda p: ref.postcode(p) is not None,
                town_for=ref.town_for,
                disco_exists=lambda c: ref.occupation(c) is not None,
            )
            group_column = next((i for i, f in columns.items() if f == "target_group"), None)
            order = {name: i for i, name in columns.items()}
            for row in reader:
                report.rows += 1
                record, errors = validator(row)
                if record is not None:
                    errors = self._enrich(record, matcher, consultants, unmapped_groups,
                                          mapped_groups)
                elif group_column is not None and row.values[group_column] and not any(
                        e.field == "target_group" for e in errors):
                    # The row is rejected anyway; still say whether its group could be read,
                    # so one pass over the report shows every unmappable target group.
                    errors = errors + self._group_errors(
                        row.row_number, row.values[group_column], matcher, unmapped_groups)
                    errors.sort(key=lambda e: order.get(e.field, len(order)))
                if errors:
                    report.rejected.extend(errors)
                else:
                    records.append(record)
                if report.rows % _CHUNK == 0:
                    if cancelled():
                        raise ImportCancelled()
                    progress(report.rows, 0)
        present = frozenset(columns.values())
        report.duplicate_groups = find_duplicate_groups(records, KIND)
        records = self._drop_file_duplicates(records, report)
        planned: list[_Planned] = []
        for record in records:
            item = self._plan(record, present, day, report)
            if item is not None:
                planned.append(item)
        if cancelled():
            raise ImportCancelled()
        report.rejected.sort(key=lambda e: e.row)  # stable: a row's reasons keep column order
        self._match_existing(planned)
        if strict and report.rejected:
            return ImportResult(report, dry_run, False, unmapped_groups, mapped_groups)
        committed = self._write(planned, report, dry_run, Path(path).name, progress, cancelled)
        return ImportResult(report, dry_run, committed, unmapped_groups, mapped_groups)

    # ------------------------------------------------------------------ steps
    def _enrich(self, record: dict, matcher: TargetGroupMatcher, consultants: dict[str, str],
                unmapped: dict[str, int], mapped: dict[str, str]) -> list[RowError]:
        """Store-aware conversions of one validated record; errors reject the row."""
        row = record["_row"]
        errors: list[RowError] = []
        readiness = _FILE_READINESS.get(record.get("readiness") or "", "")
        record["readiness"] = readiness
        text = record.get("target_group")
        if text:
            match = matcher.match(text, readiness)
            if match.code is None:
                errors += self._group_errors(row, text, matcher, unmapped, readiness)
            else:
                mapped[text] = match.code
                record["target_group"] = match.code
                if not readiness and match.readiness:
                    record["readiness"] = match.readiness
        consultant = record.get("consultant")
        if consultant:
            user_id = consultants.get(fold(consultant))
            if user_id is None:
                errors.append(RowError(row, "consultant",
                                       f"Konsulenten «{_clip(consultant)}» findes ikke som bruger."))
            record["consultant"] = user_id
        languages = []
        for item in record.get("languages") or []:
            language, level, bad = _language(item)
            if bad:
                errors.append(RowError(row, "languages", bad))
            languages.append((language, level))
        record["languages"] = languages
        return errors

    @staticmethod
    def _group_errors(row: int, text: str, matcher: TargetGroupMatcher,
                      unmapped: dict[str, int], readiness: str = "") -> list[RowError]:
        match = matcher.match(text, readiness)
        if match.code is not None:
            return []
        unmapped[text] = unmapped.get(text, 0) + 1
        return [RowError(row, "target_group", match.reason)]

    def _drop_file_duplicates(self, records: list[dict], report: ImportReport) -> list[dict]:
        """Within one file, the first row of a duplicate group is imported; the others are
        rejected with a pointer to it (importing them would create the person twice)."""
        later: dict[int, int] = {}
        for group in report.duplicate_groups:
            for row in group[1:]:
                later[row] = group[0]
        for row, first in later.items():
            report.rejected.append(RowError(
                row, None, f"Samme borger som række {first} (samme CPR-nummer, eller samme navn "
                "og telefon/e-mail); kun den første række importeres."))
        return [r for r in records if r["_row"] not in later]

    def _plan(self, record: dict, present: frozenset[str], day: date,
              report: ImportReport) -> _Planned | None:
        data = CandidateInput(
            name=record.get("name") or "",
            cpr=record.get("cpr") or "",
            phone=record.get("phone") or "",
            email=record.get("email") or "",
            address=record.get("address") or "",
            postcode=record.get("postcode") or "",
            readiness=record.get("readiness") or "",
            target_group_code=record.get("target_group") or "",
            target_group_from=day,
            desired_occupations=tuple(record.get("desired_occupations") or ()),
            skills=tuple(record.get("skills") or ()),
            certificates=tuple(record.get("certificates") or ()),
            driving_licences=tuple(record.get("driving_licences") or ()),
            languages=tuple(record.get("languages") or ()),
            max_commute_km=record.get("max_commute_km"),
            hours_wanted=record.get("hours_wanted"),
            available_from=record.get("available_from"),
            responsible_consultant_id=record.get("consultant"),
        )
        try:
            cleaned = self.candidates.validate(data)
        except ValidationError as exc:
            name = _FIELD_OF.get(exc.field or "", exc.field)
            report.rejected.append(RowError(record["_row"], name, exc.da))
            return None
        # A field counts as given only where the row has a value: blanks never erase.
        given = frozenset(k for k in present if record.get(k) not in (None, "", [], ()))
        if "postcode_town" in present and record.get("postcode"):
            given |= {"postcode"}
        if {"first_name", "last_name"} & present:
            given |= {"name"}
        return _Planned(record["_row"], data, cleaned, given)

    def _match_existing(self, planned: list[_Planned]) -> None:
        """Find stored citizens the rows describe: same CPR, else same name + phone/e-mail."""
        vault = self.ctx.vault
        with self.ctx.uow() as uow:
            s = uow.session
            by_lookup: dict[str, _Planned] = {}
            for item in planned:
                if item.data.cpr:
                    by_lookup[vault.lookup(item.data.cpr)] = item
            keys = list(by_lookup)
            for i in range(0, len(keys), _CHUNK):
                chunk = keys[i:i + _CHUNK]
                for cid, lookup in s.execute(
                    select(Candidate.id, Candidate.cpr_lookup).where(
                        Candidate.cpr_lookup.in_(chunk), Candidate.deleted_at.is_(None),
                        Candidate.erased_at.is_(None))
                ):
                    by_lookup[lookup].existing_id = cid
            rest = [p for p in planned if p.existing_id is None
                    and (p.data.phone or p.data.email)]
            by_key: dict[str, list[_Planned]] = {}
            for item in rest:
                by_key.setdefault(danish_sort_key(" ".join(item.data.name.split()))[:400], []).append(item)
            sort_keys = list(by_key)
            for i in range(0, len(sort_keys), _CHUNK):
                chunk = sort_keys[i:i + _CHUNK]
                for cid, key, phone, email, cpr in s.execute(
                    select(Candidate.id, Candidate.sort_key, Candidate.phone, Candidate.email,
                           Candidate.cpr_lookup).where(
                        Candidate.sort_key.in_(chunk), Candidate.deleted_at.is_(None),
                        Candidate.erased_at.is_(None))
                ):
                    for item in by_key.get(key, []):
                        if item.data.cpr and cpr:
                            continue  # both have CPR numbers, and they differ: two people
                        phone_ok = item.data.phone and _same_phone(item.data.phone, phone)
                        email_ok = item.data.email and item.data.email.casefold() == (email or "").casefold()
                        if phone_ok or email_ok:
                            item.existing_id = cid

    def _write(self, planned: list[_Planned], report: ImportReport, dry_run: bool, file_name: str,
               progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bool:
        service = self.candidates
        total = len(planned)
        creates = [p for p in planned if p.existing_id is None]
        updates = [p for p in planned if p.existing_id is not None]
        with self.ctx.uow() as uow:
            s = uow.session
            labels = service.new_labels(s, len(creates))
            done = 0
            for item, label in zip(creates, labels, strict=True):
                cleaned = dict(item.cleaned)
                cpr = cleaned.pop("cpr")
                cand = Candidate(**cleaned)
                cand.id = new_id()
                cand.search_rowid = search_rowid_for(cand.id)
                cand.label = label
                cand.target_groups = []
                if cpr:
                    cand.cpr_encrypted = self.ctx.vault.encrypt(cpr)
                    cand.cpr_lookup = self.ctx.vault.lookup(cpr)
                    cand.birth_year = cpr_birth_date(cpr).year
                service._apply_lists(cand, item.data)
                cand.search_text = service._index_text(cand)
                s.add(cand)
                done += 1
                if done % _CHUNK == 0:
                    uow.flush()
                    if cancelled():
                        raise ImportCancelled()
                    progress(done, total)
            for i in range(0, len(updates), _CHUNK):
                chunk = updates[i:i + _CHUNK]
                stored = {c.id: c for c in s.scalars(
                    select(Candidate).where(Candidate.id.in_([p.existing_id for p in chunk])))}
                for item in chunk:
                    self._update(s, stored[item.existing_id], item)
                    done += 1
                uow.flush()
                if cancelled():
                    raise ImportCancelled()
                progress(done, total)
            report.imported = len(creates)
            report.updated = len(updates)
            if dry_run:
                s.rollback()
                return False
            uow.log("create", "candidate_import",
                    detail=f"import af {file_name}: {report.rows} rækker, {report.imported} nye, "
                    f"{report.updated} opdateret, {len(report.rejected_rows)} afvist")
            uow.commit()
            progress(total, total)
            return True

    def _update(self, session, cand: Candidate, item: _Planned) -> None:  # noqa: ANN001
        """Overwrite only what the row gives; lists given replace the stored list."""
        service = self.candidates
        given = item.fields
        data = item.data
        cleaned = item.cleaned
        with session.no_autoflush:
            simple = {"name": ("name", "sort_key"), "phone": ("phone",), "email": ("email",),
                      "address": ("address",), "readiness": ("readiness",),
                      "max_commute_km": ("max_commute_km",), "hours_wanted": ("hours_wanted",),
                      "available_from": ("available_from",),
                      "consultant": ("responsible_consultant_id",),
                      "postcode": ("postcode", "town", "kommune_code")}
            for name, columns in simple.items():
                if name in given:
                    for column in columns:
                        setattr(cand, column, cleaned[column])
            if "readiness" not in given and data.readiness and not cand.readiness:
                cand.readiness = data.readiness
            if "cpr" in given and not cand.cpr_encrypted and cleaned["cpr"]:
                service._set_cpr(session, cand, cleaned["cpr"])
            current = CandidateInput(
                name=cand.name,
                desired_occupations=tuple(o.disco_code for o in cand.occupations),
                skills=tuple(t.tag for t in cand.tags if t.kind == "skill"),
                certificates=tuple(t.tag for t in cand.tags if t.kind == "certificate"),
                driving_licences=tuple(x.code for x in cand.licences),
                languages=tuple((x.language, x.level) for x in cand.languages),
                experiences=(),
            )
            lists = {
                "desired_occupations": data.desired_occupations if "desired_occupations" in given
                else current.desired_occupations,
                "skills": data.skills if "skills" in given else current.skills,
                "certificates": data.certificates if "certificates" in given else current.certificates,
                "driving_licences": data.driving_licences if "driving_licences" in given
                else current.driving_licences,
                "languages": data.languages if "languages" in given else current.languages,
            }
            merged = CandidateInput(
                name=cand.name, target_group_code=data.target_group_code if "target_group" in given else "",
                target_group_from=data.target_group_from,
                experiences=tuple(_experience_inputs(cand)), **lists)
            service._apply_lists(cand, merged)
            cand.search_text = service._index_text(cand)
            cand.modified_at = datetime.now(UTC)

    def _consultant_lookup(self) -> dict[str, str]:
        """Folded initials, user name and full name -> user id (unique ones only)."""
        seen: dict[str, set[str]] = {}
        with self.ctx.uow() as uow:
            for uid, username, name, initials in uow.session.execute(
                select(User.id, User.username, User.name, User.initials).where(
                    User.deleted_at.is_(None))
            ):
                for key in (username, name, initials):
                    if key:
                        seen.setdefault(fold(key), set()).add(uid)
        return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _experience_inputs(cand: Candidate) -> list:
    from .candidates import ExperienceInput

    return [ExperienceInput(e.employer, e.disco_code or "", e.years, e.description)
            for e in cand.experiences]


def _same_phone(a: str, b: str | None) -> bool:
    da = "".join(c for c in a if c.isdigit())[-8:]
    db = "".join(c for c in (b or "") if c.isdigit())[-8:]
    return bool(da) and da == db


def _language(item: str) -> tuple[str, str, str]:
    """"Dansk (flydende)", "engelsk - godt", "tysk: B1", "polsk" -> (language, level, error)."""
    text = " ".join(item.split())
    m = re.match(r"^(.*?)\s*(?:\(([^)]*)\)|[-:–]\s*(.+)|\s+(\S+))?$", text)
    language, level_text = text, ""
    if m:
        level_text = (m[2] or m[3] or m[4] or "").strip()
        language = m[1].strip() if level_text else text
    level = ""
    if level_text:
        level = _LEVEL_WORDS.get(_NON_ALNUM.sub("", fold(level_text)), "")
        if not level:
            if m and m[4]:  # "polsk modersmål" vs a two-word language name: keep it whole
                return text.lower(), "", ""
            known = ", ".join(LANGUAGE_LEVELS)
            return language.lower(), "", (
                f"Sprogniveauet «{_clip(level_text, 30)}» for {language} er ukendt (kendte: {known}).")
    return language.lower(), level, ""


def _user_mapping(mapping: Mapping[int, str | None] | None) -> dict | None:
    return dict(mapping) if mapping else None


def report_json(result: ImportResult) -> dict:
    """The ``--report FILE.json`` content (the shared import report format)."""
    return result.report.to_dict()


__all__ = [
    "BENEFIT_WORDS",
    "READINESS_WORDS",
    "CandidateImportService",
    "GroupMatch",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "TargetGroupMatcher",
    "field_choices",
    "report_json",
]
