"""Candidates (borgere): list, search, profile, CPR protection.

Personal data: every search logs its criterion, every profile view logs the person, and the
CPR number is only ever returned masked, except by :meth:`CandidateService.reveal_cpr`, which
logs the reveal. CPR search matches the exact full number only, through a keyed hash.

The profile holds what matching and placement need and no more (DOMAIN.md 2.3 and 6): work
restrictions are neutral, work-related words, and a text that reads like a diagnosis is
refused with a field message. Target groups are dated data: a group is chosen from the groups
offered on a date, and each change starts a new ``TargetGroupPeriod`` so history stays readable.

Filters are written as ``id IN (subquery)`` on the side tables, so the store can intersect
small id sets from covering indexes instead of probing a million profiles one by one.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, exists, func, literal, literal_column, or_, select

from ..domain import values
from ..domain.errors import ConflictError, NotFoundError, ValidationError
from ..domain.text import danish_sort_key, fold, index_text
from ..persistence.orm import (
    Candidate,
    CandidateExperience,
    CandidateLanguage,
    CandidateLicence,
    CandidateOccupation,
    CandidateTag,
    Consent,
    TargetGroupPeriod,
    User,
    new_id,
    search_rowid_for,
)
from ..persistence.search import search_condition
from .consents import ConsentRecord, consent_records
from .context import ServiceContext
from .lists import ListQuery, fetch_ids, in_requested_order, raw_id_column
from .reference import kommune_for_postcode

READINESS = ("jobparat", "aktivitetsparat", "uddannelsesparat")
# Driving-licence categories (EU directive 2006/126/EC), in the order a form lists them.
DRIVING_LICENCES = ("AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D",
                    "DE")
LANGUAGE_LEVELS = ("grundlæggende", "godt", "flydende", "modersmål")
COMMON_LANGUAGES = ("dansk", "engelsk", "tysk", "svensk", "norsk", "polsk", "arabisk", "tyrkisk",
                    "somali", "ukrainsk", "rumænsk", "litauisk", "fransk", "spansk", "persisk",
                    "tigrinya", "urdu", "vietnamesisk")
# Certificates Danish employers ask for most often (suggested next to the store's own tags).
COMMON_CERTIFICATES = (
    "Truckcertifikat A", "Truckcertifikat B", "Hygiejnebevis", "Førstehjælpsbevis",
    "Kranførercertifikat", "Svejsecertifikat", "ADR-bevis", "Kode 95 (chaufføruddannelse)",
    "Liftcertifikat", "Stilladsmontørkursus", "Teleskoplæsser-certifikat", "Asbestkursus",
    "Vagtkort", "Arbejdsmiljøuddannelse", "Elsikkerhed (L-AUS)", "Fødevarecertifikat",
)

_CPR_TYPED = re.compile(r"^\s*\d{6}-?\d{4}\s*$")
# Words that name a diagnosis or health condition. Restrictions must be written as what the
# work may or may not involve ("ingen tunge løft"), never why (GDPR art. 9, data minimisation).
_HEALTH_WORDS = (
    "diagnos", "depression", "angst", "ptsd", "adhd", "add ", "autis", "asperger", "skizofren",
    "bipolar", "sklerose", "epileps", "diabet", "kraeft", "cancer", "gigt", "migraen",
    "hjerneskade", "psykiatr", "psykisk syg", "medicin", "misbrug", "alkohol", "sygdom",
    "handicap", "fibromyalgi", "whiplash", "parkinson", "demens", "hiv", "gravid",
)
_LIST_LIMIT = 50
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class CandidateRow:
    id: str
    label: str
    name: str
    postcode: str
    town: str
    readiness: str
    target_group: str
    desired_occupation: str
    available_from: date | None
    consultant: str
    has_consent: bool


@dataclass(frozen=True)
class ExperienceInput:
    """Work experience: employer (may be empty), DISCO code, years and a short description."""

    employer: str = ""
    disco_code: str = ""
    years: float | None = None
    description: str = ""


@dataclass(frozen=True)
class TargetGroupHistoryItem:
    code: str
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class CandidateInput:
    """What a form or an import gives to ``create``/``update``.

    ``cpr``: on update, None keeps the stored number and "" removes it; on create None and ""
    both mean "no CPR number".
    """

    name: str
    cpr: str | None = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""
    readiness: str = ""
    target_group_code: str = ""
    target_group_from: date | None = None
    desired_occupations: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    certificates: tuple[str, ...] = ()
    driving_licences: tuple[str, ...] = ()
    languages: tuple[tuple[str, str], ...] = ()
    max_commute_km: int | None = None
    hours_wanted: float | None = None
    available_from: date | None = None
    work_restrictions: str = ""
    education: str = ""
    responsible_consultant_id: str | None = None
    experiences: tuple[ExperienceInput, ...] = ()
    max_commute_minutes: int | None = None


@dataclass(frozen=True)
class CandidateDetail:
    id: str
    version: int
    label: str
    name: str
    cpr_masked: str
    has_cpr: bool
    phone: str
    email: str
    address: str
    postcode: str
    town: str
    readiness: str
    target_group_code: str
    desired_occupations: tuple[str, ...]
    skills: tuple[str, ...]
    certificates: tuple[str, ...]
    driving_licences: tuple[str, ...]
    languages: tuple[tuple[str, str], ...]
    max_commute_km: int | None
    hours_wanted: float | None
    available_from: date | None
    work_restrictions: str
    education: str
    responsible_consultant_id: str | None
    consent_active: bool
    consents: tuple[ConsentRecord, ...] = field(default_factory=tuple)
    experiences: tuple[ExperienceInput, ...] = ()
    max_commute_minutes: int | None = None
    target_group_history: tuple[TargetGroupHistoryItem, ...] = ()
    kommune_code: str | None = None
    birth_year: int | None = None
    consultant_name: str = ""
    modified_at: datetime | None = None

    def as_input(self) -> CandidateInput:
        """The form's starting point for an edit (CPR left unchanged: ``cpr=None``)."""
        return CandidateInput(
            name=self.name, cpr=None, phone=self.phone, email=self.email, address=self.address,
            postcode=self.postcode, readiness=self.readiness,
            target_group_code=self.target_group_code,
            desired_occupations=self.desired_occupations, skills=self.skills,
            certificates=self.certificates, driving_licences=self.driving_licences,
            languages=self.languages, max_commute_km=self.max_commute_km,
            hours_wanted=self.hours_wanted, available_from=self.available_from,
            work_restrictions=self.work_restrictions, education=self.education,
            responsible_consultant_id=self.responsible_consultant_id,
            experiences=self.experiences, max_commute_minutes=self.max_commute_minutes,
        )


@dataclass(frozen=True)
class Consultant:
    id: str
    name: str
    initials: str


def today() -> date:
    return datetime.now(UTC).date()


def active_consent_condition(day: date | None = None, purpose: str = "share_profile"):  # noqa: ANN201
    """SQL condition: the candidate has an active (given, not withdrawn, not expired) consent."""
    day = day or today()
    return exists().where(
        Consent.candidate_id == Candidate.id,
        Consent.purpose == purpose,
        Consent.withdrawn_at.is_(None),
        (Consent.expires_at.is_(None)) | (Consent.expires_at >= day),
    )


def current_group_condition(day: date):  # noqa: ANN201
    return and_(
        TargetGroupPeriod.valid_from <= day,
        or_(TargetGroupPeriod.valid_to.is_(None), TargetGroupPeriod.valid_to >= day),
    )


def disco_prefix_condition(column, prefix: str):  # noqa: ANN001, ANN201
    """``column`` starts with the DISCO ``prefix``, as a range both stores answer from an index
    (a LIKE with a bound pattern is not index-assisted on SQLite)."""
    return and_(column >= prefix, column < prefix + ":")  # ":" sorts right after "9"


def _check_restrictions(text: str) -> None:
    folded = f" {fold(text)} "
    for word in _HEALTH_WORDS:
        if word in folded:
            raise ValidationError(
                "Skriv hensyn i neutrale, arbejdsrelaterede ord (fx «ingen tunge løft», "
                "«ikke natarbejde») – ikke diagnoser eller helbredsoplysninger.",
                "Write restrictions in neutral, work-related words (e.g. 'no heavy lifting') – "
                "no diagnoses or health details.",
                field="work_restrictions",
            )


_SORTS = {
    "name": Candidate.sort_key,
    "postcode": Candidate.postcode,
    "available_from": Candidate.available_from,
    "readiness": Candidate.readiness,
    "label": Candidate.label,
}

# Fields compared when an edit meets a newer stored version (shown in the conflict dialog).
_CONFLICT_FIELDS = ("name", "phone", "email", "address", "postcode", "readiness",
                    "target_group_code", "desired_occupations", "skills", "certificates",
                    "driving_licences", "languages", "max_commute_km", "max_commute_minutes",
                    "hours_wanted", "available_from", "work_restrictions", "education",
                    "responsible_consultant_id", "experiences", "cpr_masked")


class CandidateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._tag_cache: tuple[float, list[str]] | None = None
        self._indexed: frozenset[str] | None = None

    # ------------------------------------------------------------------ lists
    def list_ids(self, query: ListQuery) -> list[str]:
        """Ids of the live candidates matching ``query``, in its order. Logs the criterion."""
        stmt, criterion, fts = self.id_statement(query)
        with self.ctx.uow() as uow:
            if fts and self.ctx.dialect == "sqlite":
                ids = _sqlite_ids_indexed_by(uow.session, stmt, "ix_candidate_live_search")
            else:
                ids = fetch_ids(uow.session, stmt)
            if criterion or query.filters:
                filters = ", ".join(f"{k}={v}" for k, v in sorted(query.filters.items()) if v)
                uow.log("search", "candidate", criterion="; ".join(x for x in (criterion, filters) if x))
                uow.commit()
        return ids

    def id_statement(self, query: ListQuery):  # noqa: ANN201
        """(statement, logged criterion, driven by full-text search) for ``query``.

        How the store reads a million profiles decides the speed, so the shape is chosen
        (SQLite; PostgreSQL's planner weighs the alternatives itself and gets ``EXISTS``):

        * typed text drives the query from the full-text index (the matches are few), and
          the side-table filters are probed per match (``EXISTS``);
        * otherwise the side-table filters become one id list, built by joining the side
          tables' (value, candidate_id) indexes, most selective kind first;
        * a filter on a candidate column that leads an index (kommune, readiness, consultant
          — where the schema has those indexes) then drives the query from that index, in
          name order, probing the list; without one, SQLite chooses between reading the live
          list in name order and looking the listed ids up.
        """
        conditions = [Candidate.deleted_at.is_(None), Candidate.erased_at.is_(None)]
        typed = query.search.strip()
        criterion = typed
        fts = False
        if typed and _CPR_TYPED.match(typed):
            # A full CPR number is looked up exactly and never put in the log in clear.
            try:
                cpr = values.normalize_cpr(typed)
            except ValidationError:
                cpr = None
            criterion = f"CPR {values.mask_cpr(cpr or typed.replace('-', ''))}"
            conditions.append(Candidate.cpr_lookup == (self.ctx.vault.lookup(cpr) if cpr else "-"))
        else:
            match = search_condition("candidate", typed, self.ctx.dialect)
            if match is not None:
                conditions.append(match)
                fts = True
        columns = self._column_filters(query.filters)
        conditions.extend(cond for _name, cond in columns)
        side = self._side_filters(query.filters)
        if side and (fts or self.ctx.dialect != "sqlite"):
            # Few rows to check (or a planner that weighs it): one index probe per row.
            # "SELECT 1": the probe is answered from the (value, candidate_id) index alone.
            conditions.extend(select(literal(1)).where(column == Candidate.id, *where).exists()
                              for column, where in side)
        elif side:
            ids = self._side_list(side)
            if any(name in self._indexed_columns() for name, _cond in columns):
                # Read the column's index in name order and probe the id list; the unary
                # plus keeps SQLite from turning the list into the driving loop instead.
                conditions.append(literal_column("+candidate.id").in_(ids))
            else:
                conditions.append(Candidate.id.in_(ids))
        order = _SORTS.get(query.sort, Candidate.sort_key)
        order = order.desc() if query.descending else order.asc()
        stmt = (
            select(raw_id_column(Candidate.id, self.ctx.dialect))
            .where(*conditions)
            .order_by(order, Candidate.id)
        )
        if query.limit:
            stmt = stmt.limit(query.limit)
        return stmt, criterion, fts

    def _column_filters(self, f: dict) -> list[tuple[str, object]]:
        """(column name, condition) for filters on the candidate row itself."""
        out: list[tuple[str, object]] = []
        if f.get("readiness"):
            out.append(("readiness", Candidate.readiness == f["readiness"]))
        if f.get("kommune_code"):
            out.append(("kommune_code", Candidate.kommune_code == str(f["kommune_code"])))
        if f.get("postcode"):
            out.append(("postcode", Candidate.postcode == str(f["postcode"])))
        if f.get("consultant_id"):
            out.append(("responsible_consultant_id",
                        Candidate.responsible_consultant_id == f["consultant_id"]))
        if f.get("available_by"):
            out.append(("available_from", (Candidate.available_from.is_(None))
                        | (Candidate.available_from <= f["available_by"])))
        if f.get("has_consent") not in (None, ""):
            cond = active_consent_condition(today())
            out.append(("", cond if f["has_consent"] else ~cond))
        return out

    def _side_filters(self, f: dict) -> list[tuple[object, list]]:
        """(candidate_id column, conditions) per filter on a side table, most selective kind
        first (a skill is rarer than a licence, and almost everyone speaks Danish)."""
        out: list[tuple[object, list]] = []
        if f.get("skill"):
            out.append((CandidateTag.candidate_id, [CandidateTag.folded == fold(f["skill"])]))
        if f.get("occupation"):
            # A DISCO prefix selects the whole branch of the hierarchy (7 → all crafts).
            out.append((CandidateOccupation.candidate_id, [
                disco_prefix_condition(CandidateOccupation.disco_code, str(f["occupation"]))]))
        if f.get("target_group"):
            out.append((TargetGroupPeriod.candidate_id, [
                TargetGroupPeriod.target_group_code == f["target_group"],
                current_group_condition(today())]))
        if f.get("licence"):
            out.append((CandidateLicence.candidate_id,
                        [CandidateLicence.code == str(f["licence"]).upper()]))
        if f.get("language"):
            # Languages are stored in lower case, so the comparison can use an index.
            out.append((CandidateLanguage.candidate_id,
                        [CandidateLanguage.language == " ".join(str(f["language"]).split()).lower()]))
        return out

    @staticmethod
    def _side_list(side: list[tuple[object, list]]):  # noqa: ANN205
        """Ids passing every side-table filter: the first (most selective) table drives, the
        others are joined by index seeks on (value, candidate_id)."""
        first, where = side[0]
        stmt = select(first).where(*where)
        for column, more in side[1:]:
            stmt = stmt.join(column.table, and_(column == first, *more))
        return stmt

    def _filters(self, f: dict) -> list:
        """All filter conditions in their simplest form (for callers building their own query)."""
        return [cond for _name, cond in self._column_filters(f)] + [
            Candidate.id.in_(select(column).where(*where)) for column, where in self._side_filters(f)]

    def _indexed_columns(self) -> frozenset[str]:
        """Candidate columns that lead an index after the live-row columns, read once from the
        schema: a filter on one of them can drive the list query in name order."""
        if self._indexed is None:
            from sqlalchemy import inspect as sa_inspect

            leading: set[str] = set()
            with self.ctx.uow() as uow:
                for index in sa_inspect(uow.session.connection()).get_indexes("candidate"):
                    names = [n for n in index.get("column_names") or [] if n]
                    if names and names[0] not in ("deleted_at", "erased_at"):
                        leading.add(names[0])
            self._indexed = frozenset(leading)
        return self._indexed

    def rows(self, ids: list[str]) -> list[CandidateRow]:
        if not ids:
            return []
        day = today()
        group = (
            select(TargetGroupPeriod.target_group_code)
            .where(TargetGroupPeriod.candidate_id == Candidate.id, current_group_condition(day))
            .order_by(TargetGroupPeriod.valid_from.desc())
            .limit(1)
            .scalar_subquery()
        )
        wish = (
            select(CandidateOccupation.disco_code)
            .where(CandidateOccupation.candidate_id == Candidate.id)
            .order_by(CandidateOccupation.rank)
            .limit(1)
            .scalar_subquery()
        )
        stmt = (
            select(Candidate, User.initials, group, wish, active_consent_condition(day))
            .outerjoin(User, User.id == Candidate.responsible_consultant_id)
            .where(Candidate.id.in_(ids))
        )
        with self.ctx.uow() as uow:
            result = [
                CandidateRow(
                    id=c.id,
                    label=c.label,
                    name=c.name,
                    postcode=c.postcode or "",
                    town=c.town,
                    readiness=c.readiness or "",
                    target_group=tg or "",
                    desired_occupation=occ or "",
                    available_from=c.available_from,
                    consultant=initials or "",
                    has_consent=bool(consent),
                )
                for c, initials, tg, occ, consent in uow.session.execute(stmt)
            ]
        return in_requested_order(ids, result, lambda r: r.id)

    def count(self) -> int:
        with self.ctx.uow() as uow:
            return uow.session.scalar(
                select(func.count()).select_from(Candidate).where(
                    Candidate.deleted_at.is_(None), Candidate.erased_at.is_(None))
            ) or 0

    # ------------------------------------------------------------------ pick lists
    def consultants(self) -> list[Consultant]:
        """Active staff for the consultant filter and the profile form."""
        with self.ctx.uow() as uow:
            rows = uow.session.execute(
                select(User.id, User.name, User.initials)
                .where(User.deleted_at.is_(None), User.active.is_(True))
                .order_by(User.name)
            ).all()
        return sorted((Consultant(*r) for r in rows), key=lambda c: danish_sort_key(c.name))

    def tag_suggestions(self, limit: int = 2000) -> list[str]:
        """Distinct skill and certificate tags in the store, plus common Danish certificates.

        Read by hopping through the (folded, candidate_id) index one distinct value at a time
        (a loose index scan), so it costs one index seek per distinct tag, not a pass over
        every candidate's tags. Cached for a minute: tags change slowly.
        """
        import time

        now = time.monotonic()
        if self._tag_cache and now - self._tag_cache[0] < 60:
            return list(self._tag_cache[1])
        tags: dict[str, str] = {fold(t): t for t in COMMON_CERTIFICATES}
        with self.ctx.uow() as uow:
            s = uow.session
            current = s.scalar(select(func.min(CandidateTag.folded)))
            while current is not None and len(tags) < limit:
                shown = s.scalar(select(CandidateTag.tag).where(CandidateTag.folded == current).limit(1))
                tags.setdefault(current, shown or current)
                current = s.scalar(
                    select(func.min(CandidateTag.folded)).where(CandidateTag.folded > current)
                )
        result = sorted(tags.values(), key=lambda t: danish_sort_key(t))
        self._tag_cache = (now, result)
        return result

    def language_suggestions(self) -> list[str]:
        # A sample is enough for suggestions; DISTINCT over every row would read them all.
        sample = select(CandidateLanguage.language).limit(20000).subquery()
        with self.ctx.uow() as uow:
            stored = uow.session.scalars(select(sample.c.language).distinct().limit(200)).all()
        merged = {fold(x): x for x in (*COMMON_LANGUAGES, *stored) if x}
        return sorted(merged.values(), key=danish_sort_key)

    # ------------------------------------------------------------------ one candidate
    def _load(self, session, candidate_id: str) -> Candidate:  # noqa: ANN001
        cand = session.get(Candidate, candidate_id)
        if cand is None or cand.deleted_at is not None or cand.erased_at is not None:
            raise NotFoundError("Borgeren findes ikke (længere).", "The citizen no longer exists.")
        return cand

    def resolve(self, ref: str) -> str:
        """The id of a candidate given by id or by pseudonym label ("K-4821"). Not logged: it
        reveals nothing but that the record exists."""
        ref = (ref or "").strip()
        with self.ctx.uow() as uow:
            s = uow.session
            found = None
            if re.fullmatch(r"[0-9a-fA-F-]{32,36}", ref):
                found = s.scalar(select(Candidate.id).where(Candidate.id == ref))
            if found is None and ref:
                label = ref.upper() if ref.upper().startswith("K-") else f"K-{ref}"
                matches = s.scalars(select(Candidate.id).where(Candidate.label == label).limit(2)).all()
                found = matches[0] if len(matches) == 1 else None
        if found is None:
            raise NotFoundError(f"Ingen borger med id eller nummer «{ref}».",
                                f"No citizen with id or number '{ref}'.", field="candidate")
        return found

    def get(self, candidate_id: str) -> CandidateDetail:
        with self.ctx.uow() as uow:
            cand = self._load(uow.session, candidate_id)
            detail = self._detail(uow.session, cand)
            uow.log("view", "candidate", entity_id=cand.id, person_id=cand.id)
            uow.commit()
            return detail

    def _detail(self, session, c: Candidate) -> CandidateDetail:  # noqa: ANN001
        day = today()
        current_group = ""
        for period in c.target_groups:
            if period.valid_from <= day and (period.valid_to is None or period.valid_to >= day):
                current_group = period.target_group_code
        records = consent_records(c.consents, day)
        consultant = ""
        if c.responsible_consultant_id:
            consultant = session.scalar(
                select(User.name).where(User.id == c.responsible_consultant_id)) or ""
        tags = sorted(c.tags, key=lambda t: t.tag.casefold())
        return CandidateDetail(
            id=c.id,
            version=c.version,
            label=c.label,
            name=c.name,
            cpr_masked=values.mask_cpr(self._cpr(c)) if c.cpr_encrypted else "",
            has_cpr=bool(c.cpr_encrypted),
            phone=c.phone,
            email=c.email,
            address=c.address,
            postcode=c.postcode or "",
            town=c.town,
            readiness=c.readiness or "",
            target_group_code=current_group,
            desired_occupations=tuple(o.disco_code for o in c.occupations),
            skills=tuple(t.tag for t in tags if t.kind == "skill"),
            certificates=tuple(t.tag for t in tags if t.kind == "certificate"),
            driving_licences=tuple(x for x in DRIVING_LICENCES if x in {y.code for y in c.licences}),
            languages=tuple((x.language, x.level) for x in c.languages),
            max_commute_km=c.max_commute_km,
            hours_wanted=c.hours_wanted,
            available_from=c.available_from,
            work_restrictions=c.work_restrictions,
            education=c.education,
            responsible_consultant_id=c.responsible_consultant_id,
            consent_active=any(r.active and r.purpose == "share_profile" for r in records),
            consents=tuple(records),
            experiences=tuple(
                ExperienceInput(e.employer, e.disco_code or "", e.years, e.description)
                for e in c.experiences
            ),
            max_commute_minutes=c.max_commute_minutes,
            target_group_history=tuple(
                TargetGroupHistoryItem(p.target_group_code, p.valid_from, p.valid_to)
                for p in c.target_groups
            ),
            kommune_code=c.kommune_code,
            birth_year=c.birth_year,
            consultant_name=consultant,
            modified_at=c.modified_at,
        )

    def _cpr(self, c: Candidate) -> str:
        return self.ctx.vault.decrypt(c.cpr_encrypted) if c.cpr_encrypted else ""

    def reveal_cpr(self, candidate_id: str) -> str:
        """The full CPR number, formatted DDMMYY-XXXX. Writes a ``reveal_cpr`` log row."""
        with self.ctx.uow() as uow:
            cand = self._load(uow.session, candidate_id)
            if not cand.cpr_encrypted:
                return ""
            cpr = self._cpr(cand)
            uow.log("reveal_cpr", "candidate", entity_id=cand.id, person_id=cand.id)
            uow.commit()
            return values.format_cpr(cpr)

    # ------------------------------------------------------------------ validation
    def validate(self, data: CandidateInput) -> dict:
        name = " ".join(data.name.split())
        if not name:
            raise ValidationError("Navn skal udfyldes.", "Name is required.", field="name")
        if len(name) > 200:
            raise ValidationError("Navnet er for langt (højst 200 tegn).",
                                  "The name is too long (at most 200 characters).", field="name")
        restrictions = data.work_restrictions.strip()
        if len(restrictions) > 1000:
            raise ValidationError("Hensyn må højst fylde 1000 tegn.",
                                  "Restrictions may be at most 1000 characters.",
                                  field="work_restrictions")
        _check_restrictions(restrictions)
        cleaned: dict = {
            "name": name,
            "sort_key": danish_sort_key(name)[:400],
            "phone": values.normalize_phone(data.phone),
            "email": values.normalize_email(data.email),
            "address": data.address.strip()[:300],
            "work_restrictions": restrictions,
            "education": data.education.strip()[:5000],
            "max_commute_km": data.max_commute_km,
            "max_commute_minutes": data.max_commute_minutes,
            "hours_wanted": data.hours_wanted,
            "available_from": data.available_from,
            "responsible_consultant_id": data.responsible_consultant_id or None,
        }
        if data.readiness and data.readiness not in READINESS:
            raise ValidationError("Ukendt parathed.", "Unknown readiness.", field="readiness")
        cleaned["readiness"] = data.readiness or None
        cleaned["cpr"] = values.normalize_cpr(data.cpr) if (data.cpr or "").strip() else (
            None if data.cpr is None else "")
        ref = self.ctx.reference()
        cleaned["postcode"] = cleaned["kommune_code"] = None
        cleaned["town"] = ""
        if data.postcode.strip():
            pc = ref.require_postcode(data.postcode)
            cleaned.update(postcode=pc.postnr, town=pc.town, kommune_code=kommune_for_postcode(ref, pc))
        for code in data.desired_occupations:
            if ref.occupation(code) is None:
                raise ValidationError(
                    f"Stillingskode {code} findes ikke i DISCO-08.",
                    f"Occupation code {code} is not in DISCO-08.",
                    field="desired_occupations",
                )
        for exp in data.experiences:
            if exp.disco_code and ref.occupation(exp.disco_code) is None:
                raise ValidationError(
                    f"Stillingskode {exp.disco_code} i erfaring findes ikke i DISCO-08.",
                    f"Occupation code {exp.disco_code} in experience is not in DISCO-08.",
                    field="experiences",
                )
            if exp.years is not None and not 0 <= exp.years <= 60:
                raise ValidationError("Års erfaring skal være 0–60.",
                                      "Years of experience must be 0–60.", field="experiences")
            if not (exp.employer.strip() or exp.disco_code or exp.description.strip()):
                raise ValidationError("En erfaring skal have arbejdsgiver, stilling eller beskrivelse.",
                                      "An experience needs an employer, occupation or description.",
                                      field="experiences")
        for code in data.driving_licences:
            if code.upper() not in DRIVING_LICENCES:
                raise ValidationError(f"Ukendt kørekortkategori «{code}».",
                                      f"Unknown driving licence category '{code}'.",
                                      field="driving_licences")
        for language, level in data.languages:
            if not language.strip():
                raise ValidationError("Sprog skal have et navn.", "A language needs a name.",
                                      field="languages")
            if level and level not in LANGUAGE_LEVELS:
                raise ValidationError(f"Ukendt sprogniveau «{level}».",
                                      f"Unknown language level '{level}'.", field="languages")
        for name_, items in (("skills", data.skills), ("certificates", data.certificates),
                             ("desired_occupations", data.desired_occupations)):
            if len(items) > _LIST_LIMIT:
                raise ValidationError(f"Højst {_LIST_LIMIT} punkter.",
                                      f"At most {_LIST_LIMIT} items.", field=name_)
        if data.target_group_code:
            rulebook = self.ctx.rulebook()
            group = rulebook.target_group(data.target_group_code)
            if group is None:
                raise ValidationError(
                    f"Ukendt målgruppe «{data.target_group_code}».",
                    f"Unknown target group '{data.target_group_code}'.",
                    field="target_group_code",
                )
        if data.max_commute_km is not None and not 0 <= data.max_commute_km <= 500:
            raise ValidationError("Maks. transport skal være 0–500 km.", "Max commute must be 0–500 km.", field="max_commute_km")
        if data.max_commute_minutes is not None and not 0 <= data.max_commute_minutes <= 300:
            raise ValidationError("Maks. transporttid skal være 0–300 minutter.",
                                  "Max commute time must be 0–300 minutes.",
                                  field="max_commute_minutes")
        if data.hours_wanted is not None and not 0 < data.hours_wanted <= 60:
            raise ValidationError("Timer pr. uge skal være 1–60.", "Hours per week must be 1–60.", field="hours_wanted")
        return cleaned

    def _check_group_on(self, code: str, day: date, changed: bool) -> None:
        """A new group must be open for new citizens on its start date (dated rules)."""
        if not changed or not code:
            return
        group = self.ctx.rulebook().target_group(code, day)
        if group is None or not group.open_for_new(day):
            raise ValidationError(
                f"Målgruppen «{code}» kan ikke vælges pr. {day:%d-%m-%Y}; vælg blandt "
                "målgrupperne for den dato.",
                f"Target group '{code}' cannot be chosen as of {day.isoformat()}; choose one "
                "of the groups for that date.",
                field="target_group_code",
            )

    # ------------------------------------------------------------------ writes
    def create(self, data: CandidateInput) -> CandidateDetail:
        cleaned = self.validate(data)
        cpr = cleaned.pop("cpr")
        self._check_group_on(data.target_group_code, data.target_group_from or today(), True)
        with self.ctx.uow() as uow:
            s = uow.session
            cand = Candidate(**cleaned)
            cand.id = new_id()
            cand.search_rowid = search_rowid_for(cand.id)
            cand.label = self._new_label(s)
            cand.target_groups = []
            if cpr:
                self._set_cpr(s, cand, cpr)
            self._apply_lists(cand, data)
            cand.search_text = self._index_text(cand)
            s.add(cand)
            uow.commit()
            return self._detail(s, cand)

    def update(self, candidate_id: str, base: CandidateDetail, data: CandidateInput) -> CandidateDetail:
        """Save an edit. ``base`` is what the user loaded; a newer stored version is a conflict
        listing what the other user changed, never a silent overwrite. The old values stay in
        the audit trail (an ``update`` row per save)."""
        cleaned = self.validate(data)
        cpr = cleaned.pop("cpr")
        with self.ctx.uow() as uow:
            s = uow.session
            cand = self._load(s, candidate_id)
            if cand.version != base.version:
                current = self._detail(s, cand)
                changes = {f: (getattr(base, f), getattr(current, f)) for f in _CONFLICT_FIELDS
                           if getattr(base, f) != getattr(current, f)}
                raise ConflictError(
                    "En anden bruger har ændret borgerens profil, mens du redigerede.",
                    "Another user changed the citizen's profile while you were editing.",
                    changes=changes,
                )
            current_code = next((p.target_group_code for p in cand.target_groups
                                 if p.valid_to is None), "")
            self._check_group_on(data.target_group_code, data.target_group_from or today(),
                                 data.target_group_code != current_code)
            with s.no_autoflush:
                if cpr is not None:
                    if cpr:
                        self._set_cpr(s, cand, cpr)
                    else:
                        cand.cpr_encrypted = cand.cpr_lookup = None
                        cand.birth_year = None
                for column, value in cleaned.items():
                    setattr(cand, column, value)
                if not data.target_group_code and current_code:
                    # The consultant cleared the group: the open period ends (history stays).
                    self._end_current_group(cand, data.target_group_from or today())
                self._apply_lists(cand, data)
                cand.search_text = self._index_text(cand)
                cand.modified_at = datetime.now(UTC)  # the profile row changes with its lists
            uow.commit()
            return self._detail(s, cand)

    def _set_cpr(self, session, cand: Candidate, cpr: str) -> None:  # noqa: ANN001
        lookup = self.ctx.vault.lookup(cpr)
        with session.no_autoflush:
            clash = session.scalar(
                select(Candidate.id).where(
                    Candidate.cpr_lookup == lookup, Candidate.deleted_at.is_(None),
                    Candidate.erased_at.is_(None), Candidate.id != cand.id
                )
            )
        if clash:
            raise ValidationError(
                "Der findes allerede en borger med dette CPR-nummer.",
                "A citizen with this CPR number already exists.",
                field="cpr",
            )
        if cand.cpr_lookup == lookup:
            return
        cand.cpr_encrypted = self.ctx.vault.encrypt(cpr)
        cand.cpr_lookup = lookup
        cand.birth_year = values.cpr_birth_date(cpr).year

    def _apply_lists(self, cand: Candidate, data: CandidateInput) -> None:
        wanted = list(dict.fromkeys(c.strip() for c in data.desired_occupations if c.strip()))
        if [o.disco_code for o in cand.occupations] != wanted:
            cand.occupations = [CandidateOccupation(disco_code=code, rank=i + 1)
                                for i, code in enumerate(wanted)]
        tags = [("skill", t) for t in data.skills] + [("certificate", t) for t in data.certificates]
        seen: set[tuple[str, str]] = set()
        new_tags: list[tuple[str, str]] = []
        for kind, tag in tags:
            tag = " ".join(tag.split())[:200]
            if tag and (kind, fold(tag)) not in seen:
                seen.add((kind, fold(tag)))
                new_tags.append((kind, tag))
        if sorted((t.kind, t.tag) for t in cand.tags) != sorted(new_tags):
            cand.tags = [CandidateTag(kind=k, tag=t, folded=fold(t)[:200]) for k, t in new_tags]
        licences = list(dict.fromkeys(c.upper() for c in data.driving_licences))
        if sorted(x.code for x in cand.licences) != sorted(licences):
            cand.licences = [CandidateLicence(code=c) for c in licences]
        languages = [(" ".join(lang.split()).lower(), lvl) for lang, lvl in data.languages]
        languages = list(dict.fromkeys(languages))
        if [(x.language, x.level) for x in cand.languages] != languages:
            cand.languages = [CandidateLanguage(language=lang[:50], level=lvl)
                              for lang, lvl in languages]
        experiences = [(e.employer.strip()[:300], e.disco_code or None, e.years or 0.0,
                        e.description.strip()[:1000]) for e in data.experiences]
        if [(e.employer, e.disco_code, e.years, e.description) for e in cand.experiences] != experiences:
            cand.experiences = [CandidateExperience(employer=a, disco_code=b, years=c, description=d)
                                for a, b, c, d in experiences]
        if data.target_group_code:
            start = data.target_group_from or today()
            current = [p for p in cand.target_groups if p.valid_to is None]
            if not current or current[-1].target_group_code != data.target_group_code:
                self._end_current_group(cand, start)
                cand.target_groups.append(
                    TargetGroupPeriod(target_group_code=data.target_group_code, valid_from=start)
                )

    @staticmethod
    def _end_current_group(cand: Candidate, start: date) -> None:
        """End the open target-group period the day before ``start``."""
        for period in [p for p in cand.target_groups if p.valid_to is None]:
            if period.valid_from >= start:
                # A correction on the day the period began replaces it.
                cand.target_groups.remove(period)
            else:
                # valid_to is the last day in force (DOMAIN.md section 3).
                period.valid_to = start - _ONE_DAY

    def _index_text(self, cand: Candidate) -> str:
        phone_digits = "".join(ch for ch in cand.phone if ch.isdigit())
        return index_text(
            cand.name,
            cand.email,
            phone_digits[-8:] if phone_digits else "",
            cand.postcode,
            cand.town,
            *(o.disco_code for o in cand.occupations),
            *(self._occupation_title(o.disco_code) for o in cand.occupations),
        )

    def _occupation_title(self, code: str) -> str:
        occ = self.ctx.reference().occupation(code)
        return occ.title if occ else ""

    def _new_label(self, session) -> str:  # noqa: ANN001
        rng = random.SystemRandom()
        for _ in range(20):
            label = f"K-{rng.randrange(1000, 999999):d}"
            if not session.scalar(select(Candidate.id).where(Candidate.label == label)):
                return label
        return f"K-{new_id()[:8]}"

    def new_labels(self, session, count: int) -> list[str]:  # noqa: ANN001
        """``count`` unused pseudonym labels at once (imports), checked in one query per batch."""
        rng = random.SystemRandom()
        labels: list[str] = []
        taken: set[str] = set()
        while len(labels) < count:
            batch = {f"K-{rng.randrange(1000, 9999999):d}" for _ in range(min(900, count - len(labels)) + 5)}
            batch -= taken
            used = set(session.scalars(select(Candidate.label).where(Candidate.label.in_(batch))))
            for label in sorted(batch - used):
                if len(labels) < count:
                    labels.append(label)
                    taken.add(label)
        return labels


def _sqlite_ids_indexed_by(session, stmt, index: str) -> list[str]:  # noqa: ANN001
    """Run an id query on SQLite with ``candidate INDEXED BY index``.

    SQLite's planner otherwise prefers reading the whole live list in name order and probing
    the full-text matches row by row (a million probes, seconds); read from the matches via
    the covering search index instead, it is a sort of the few matching rows. SQLAlchemy has
    no table hints for SQLite, so the hint is put into the compiled text.
    """
    from sqlalchemy import text
    from sqlalchemy.dialects import sqlite

    compiled = stmt.compile(dialect=sqlite.dialect(paramstyle="named"))
    sql = str(compiled)
    marker = "\nFROM candidate \n"
    if sql.count(marker) != 1:
        return fetch_ids(session, stmt)  # a shape this hint was not written for: no hint
    sql = sql.replace(marker, f"\nFROM candidate INDEXED BY {index} \n")
    result = session.connection().execute(text(sql), compiled.params)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


__all__ = [
    "COMMON_CERTIFICATES",
    "DRIVING_LICENCES",
    "LANGUAGE_LEVELS",
    "READINESS",
    "CandidateDetail",
    "CandidateInput",
    "CandidateRow",
    "CandidateService",
    "Consultant",
    "ExperienceInput",
    "TargetGroupHistoryItem",
    "active_consent_condition",
    "current_group_condition",
    "disco_prefix_condition",
]
