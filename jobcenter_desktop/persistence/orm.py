"""The relational schema: SQLAlchemy 2.0 mapped classes for the whole application.

Entity tables are ready for offline sync: UUID primary keys, a ``version`` column that
SQLAlchemy uses for optimistic locking, created/modified stamps with the acting user, and a
``deleted_at`` tombstone instead of hard deletes. Reference tables (postcodes, occupations,
dated target groups and scheme rules) are loaded from ``resources/`` and can be replaced by an
administrator. The access log is append-only (enforced by triggers in the migration).

Alembic's migration in ``db/versions`` creates exactly this metadata; a test checks they agree.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def search_rowid_for(entity_id: str) -> int:
    """Integer key of a row in the SQLite full-text index, derived from its UUID.

    FTS5 needs integer rowids; SQLite may renumber implicit rowids on VACUUM, so the key is
    a stable 60-bit number taken from the UUID instead.
    """
    return int(str(entity_id).replace("-", "")[:15], 16)


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes stored as UTC on both SQLite and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


UUID = Uuid(as_uuid=False)
# Byte-order collation: sort keys are pre-computed for Danish order (æ, ø, å after z).
SortKey = String(400).with_variant(String(400, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Tracked:
    """Columns every synchronisable entity has."""

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=_utcnow)
    created_by_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=_utcnow)
    modified_by_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy directive
        return {"version_id_col": cls.version}


# --------------------------------------------------------------------------- users and audit


class User(Tracked, Base):
    """A member of staff. Until a login exists, the OS user name maps to ``username``."""

    __tablename__ = "app_user"
    username: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(10), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    section: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20), default="consultant")  # consultant/leader/admin
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)


class AccessLog(Base):
    """Append-only log of every use of personal data and every change (DOMAIN.md section 6)."""

    __tablename__ = "access_log"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    username: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    person_id: Mapped[str | None] = mapped_column(UUID, nullable=True, index=True)
    search_criterion: Mapped[str | None] = mapped_column(String(500), nullable=True)
    detail: Mapped[str | None] = mapped_column(String(1000), nullable=True)


class AppSetting(Base):
    """Settings shared by everyone using the same store (e.g. the jobcenter's name)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


# --------------------------------------------------------------------------- reference data


class RefPostcode(Base):
    __tablename__ = "ref_postcode"
    postnr: Mapped[str] = mapped_column(String(4), primary_key=True)
    town: Mapped[str] = mapped_column(String(100))
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    kommune_code: Mapped[str | None] = mapped_column(String(3), nullable=True)
    kommune_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    region: Mapped[str | None] = mapped_column(String(100), nullable=True)
    kommune_codes: Mapped[str] = mapped_column(String(200), default="")


class RefKommune(Base):
    __tablename__ = "ref_kommune"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    region_code: Mapped[str] = mapped_column(String(4), default="")
    region_name: Mapped[str] = mapped_column(String(100), default="")


class RefOccupation(Base):
    """DISCO-08 / ISCO-08 occupation (levels 1–4; Danish titles may be imported later)."""

    __tablename__ = "ref_occupation"
    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)
    parent: Mapped[str | None] = mapped_column(String(6), nullable=True)
    title_da: Mapped[str] = mapped_column(String(300), default="")
    title_en: Mapped[str] = mapped_column(String(300), default="")


class RefIndustry(Base):
    """DB07 / NACE Rev. 2 industry code (4 levels)."""

    __tablename__ = "ref_industry"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    code_digits: Mapped[str] = mapped_column(String(10), index=True)
    level: Mapped[int] = mapped_column(Integer)
    parent: Mapped[str | None] = mapped_column(String(10), nullable=True)
    section: Mapped[str] = mapped_column(String(1))
    title_da: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300))


class RefTable(Base):
    """Dated rule tables (target groups, schemes, scheme rules, target-group map) as loaded.

    The CSV text is kept whole, so an administrator's corrected table replaces the shipped one
    atomically and the domain ``RuleBook`` is built from exactly what was validated.
    """

    __tablename__ = "ref_table"
    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    content: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(300))  # "shipped" or the imported file name
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow)
    loaded_by: Mapped[str] = mapped_column(String(100), default="")
    row_count: Mapped[int] = mapped_column(Integer, default=0)


# --------------------------------------------------------------------------- companies


class Company(Tracked, Base):
    """Company (virksomhed), keyed by CVR number."""

    __tablename__ = "company"
    cvr: Mapped[str] = mapped_column(String(8), index=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)  # duplicate detection
    sort_key: Mapped[str] = mapped_column(SortKey)
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str | None] = mapped_column(String(4), nullable=True, index=True)
    town: Mapped[str] = mapped_column(String(100), default="")
    kommune_code: Mapped[str | None] = mapped_column(String(3), nullable=True, index=True)
    industry_code: Mapped[str | None] = mapped_column(String(10), nullable=True)
    industry_section: Mapped[str | None] = mapped_column(String(1), nullable=True, index=True)
    employee_band: Mapped[str | None] = mapped_column(String(20), nullable=True)
    sector: Mapped[str] = mapped_column(String(10), default="private")  # private / public
    status: Mapped[str] = mapped_column(String(20), default="active")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    responsible_consultant_id: Mapped[str | None] = mapped_column(
        ForeignKey("app_user.id"), nullable=True, index=True
    )
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    merged_into_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    search_rowid: Mapped[int] = mapped_column(BigInteger, unique=True)

    workplaces: Mapped[list[Workplace]] = relationship(back_populates="company")
    __table_args__ = (
        # Covering indexes: listing live rows in name order and joining search hits are
        # index-only scans (no row lookups), even at 100k companies or 1M candidates.
        Index("ix_company_live_sort", "deleted_at", "sort_key", "id"),
        Index("ix_company_live_search", "search_rowid", "deleted_at", "sort_key", "id"),
    )


class Workplace(Tracked, Base):
    """Production unit (produktionsenhed) with its P-number; ratio rules work per P-number."""

    __tablename__ = "workplace"
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    p_number: Mapped[str] = mapped_column(String(10), index=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str | None] = mapped_column(String(4), nullable=True)
    industry_code: Mapped[str | None] = mapped_column(String(10), nullable=True)
    ordinary_staff_hours_per_week: Mapped[float | None] = mapped_column(Float, nullable=True)
    staff_as_of: Mapped[date | None] = mapped_column(Date, nullable=True)
    company: Mapped[Company] = relationship(back_populates="workplaces")


class HeadcountRecord(Tracked, Base):
    """Ordinary staff at a workplace on a date (for the 12-month average and ratio rule)."""

    __tablename__ = "headcount_record"
    workplace_id: Mapped[str] = mapped_column(ForeignKey("workplace.id"), index=True)
    as_of: Mapped[date] = mapped_column(Date)
    ordinary_fte: Mapped[float] = mapped_column(Float)
    subsidised_fte: Mapped[float] = mapped_column(Float, default=0.0)
    source_note: Mapped[str] = mapped_column(String(300), default="")


class ContactPerson(Tracked, Base):
    __tablename__ = "contact_person"
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    workplace_id: Mapped[str | None] = mapped_column(ForeignKey("workplace.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    preferred_channel: Mapped[str] = mapped_column(String(20), default="")
    is_employee_rep: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ContactLogEntry(Tracked, Base):
    """One contact with a company (visit, phone, e-mail, meeting, Jobnet)."""

    __tablename__ = "contact_log_entry"
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    contact_person_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact_person.id"), nullable=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    channel: Mapped[str] = mapped_column(String(20))  # visit/phone/email/meeting/jobnet
    consultant_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(300), default="")
    job_order_id: Mapped[str | None] = mapped_column(ForeignKey("job_order.id"), nullable=True)
    # Covering index for the live strategy indicators: contacts per period, visits per
    # consultant and companies contacted are computed from this index alone.
    __table_args__ = (
        Index("ix_contact_log_entry_indicators", "at", "deleted_at", "channel", "consultant_id",
              "company_id"),
    )


class FollowUp(Tracked, Base):
    """A dated next step (opfølgning) for a consultant, usually after a contact."""

    __tablename__ = "follow_up"
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    contact_log_entry_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact_log_entry.id"), nullable=True
    )
    job_order_id: Mapped[str | None] = mapped_column(ForeignKey("job_order.id"), nullable=True)
    assigned_to_id: Mapped[str | None] = mapped_column(
        ForeignKey("app_user.id"), nullable=True, index=True
    )
    due: Mapped[date] = mapped_column(Date, index=True)
    text: Mapped[str] = mapped_column(String(500))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Agreement(Tracked, Base):
    """Cooperation agreement (samarbejdsaftale / partnerskabsaftale / jobserviceaftale)."""

    __tablename__ = "agreement"
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    type: Mapped[str] = mapped_column(String(30))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date, nullable=True)
    content: Mapped[str] = mapped_column(Text, default="")
    commitments: Mapped[str] = mapped_column(Text, default="")
    internship_places_per_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    signed_by: Mapped[str] = mapped_column(String(200), default="")


class CompanyNote(Tracked, Base):
    __tablename__ = "company_note"
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)


class CompanyMerge(Base):
    """A merge of duplicate companies, kept so the latest merge can be undone."""

    __tablename__ = "company_merge"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow)
    by_user_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    survivor_id: Mapped[str] = mapped_column(UUID)
    merged_id: Mapped[str] = mapped_column(UUID)
    moved: Mapped[Any] = mapped_column(JSON)  # {"table": [ids moved]} for undo
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


# --------------------------------------------------------------------------- job orders


class JobOrder(Tracked, Base):
    """Job order (jobordre): a vacancy the company asks the jobcenter to help fill."""

    __tablename__ = "job_order"
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    workplace_id: Mapped[str | None] = mapped_column(ForeignKey("workplace.id"), nullable=True)
    title: Mapped[str] = mapped_column(String(300))
    disco_code: Mapped[str | None] = mapped_column(String(6), nullable=True, index=True)
    positions: Mapped[int] = mapped_column(Integer, default=1)
    hours_per_week: Mapped[float | None] = mapped_column(Float, nullable=True)
    location_postcode: Mapped[str | None] = mapped_column(String(4), nullable=True)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    schemes_allowed: Mapped[Any] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    consultant_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    search_rowid: Mapped[int] = mapped_column(BigInteger, unique=True)

    requirements: Mapped[list[JobOrderRequirement]] = relationship(
        cascade="all, delete-orphan", order_by="JobOrderRequirement.kind"
    )


class JobOrderRequirement(Base):
    """A requirement of a job order: skill, certificate, licence or language; hard or soft."""

    __tablename__ = "job_order_requirement"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    job_order_id: Mapped[str] = mapped_column(ForeignKey("job_order.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # skill/certificate/licence/language
    value: Mapped[str] = mapped_column(String(200))
    level: Mapped[str | None] = mapped_column(String(30), nullable=True)
    hard: Mapped[bool] = mapped_column(Boolean, default=False)


class MediationEvent(Base):
    """Append-only mediation log (formidling): status changes, proposals, interviews, hires."""

    __tablename__ = "mediation_event"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    job_order_id: Mapped[str] = mapped_column(ForeignKey("job_order.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow)
    by_user_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    kind: Mapped[str] = mapped_column(String(30))
    candidate_id: Mapped[str | None] = mapped_column(UUID, nullable=True, index=True)
    old_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    new_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    reason: Mapped[str] = mapped_column(String(1000), default="")
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score_breakdown: Mapped[Any | None] = mapped_column(JSON, nullable=True)


# --------------------------------------------------------------------------- candidates


class Candidate(Tracked, Base):
    """Citizen (borger) as a candidate for jobs and schemes. Personal data: see DOMAIN.md §6.

    The CPR number is stored encrypted (``cpr_encrypted``) with a keyed hash
    (``cpr_lookup``) so an exact full-number search works without decrypting the column.
    """

    __tablename__ = "candidate"
    name: Mapped[str] = mapped_column(String(200))
    sort_key: Mapped[str] = mapped_column(SortKey)
    label: Mapped[str] = mapped_column(String(20), index=True)  # anonymised label "K-4821"
    cpr_encrypted: Mapped[str | None] = mapped_column(String(300), nullable=True)
    cpr_lookup: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str | None] = mapped_column(String(4), nullable=True)
    town: Mapped[str] = mapped_column(String(100), default="")
    kommune_code: Mapped[str | None] = mapped_column(String(3), nullable=True)
    readiness: Mapped[str | None] = mapped_column(String(30), nullable=True)
    education: Mapped[str] = mapped_column(Text, default="")
    max_commute_km: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_commute_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    hours_wanted: Mapped[float | None] = mapped_column(Float, nullable=True)
    available_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    work_restrictions: Mapped[str] = mapped_column(String(1000), default="")
    single_parent: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    has_qualifying_education: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    benefit_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    responsible_consultant_id: Mapped[str | None] = mapped_column(
        ForeignKey("app_user.id"), nullable=True
    )
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    search_rowid: Mapped[int] = mapped_column(BigInteger, unique=True)

    occupations: Mapped[list[CandidateOccupation]] = relationship(
        cascade="all, delete-orphan", order_by="CandidateOccupation.rank"
    )
    experiences: Mapped[list[CandidateExperience]] = relationship(cascade="all, delete-orphan")
    tags: Mapped[list[CandidateTag]] = relationship(cascade="all, delete-orphan")
    licences: Mapped[list[CandidateLicence]] = relationship(cascade="all, delete-orphan")
    languages: Mapped[list[CandidateLanguage]] = relationship(cascade="all, delete-orphan")
    target_groups: Mapped[list[TargetGroupPeriod]] = relationship(
        cascade="all, delete-orphan", order_by="TargetGroupPeriod.valid_from"
    )
    consents: Mapped[list[Consent]] = relationship(cascade="all, delete-orphan")
    __table_args__ = (
        Index("ix_candidate_live_sort", "deleted_at", "erased_at", "sort_key", "id"),
        Index("ix_candidate_live_search", "search_rowid", "deleted_at", "erased_at", "sort_key", "id"),
        # Filters read these in name order (1M candidates: kommune 3.1 s → 27 ms).
        Index("ix_candidate_kommune_live", "kommune_code", "deleted_at", "erased_at", "sort_key", "id"),
        Index("ix_candidate_readiness_live", "readiness", "deleted_at", "erased_at", "sort_key", "id"),
        Index("ix_candidate_consultant_live", "responsible_consultant_id", "deleted_at", "erased_at",
              "sort_key", "id"),
    )


class CandidateOccupation(Base):
    """A desired occupation (DISCO-08), ranked: 1 is the citizen's first wish."""

    __tablename__ = "candidate_occupation"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"), index=True)
    disco_code: Mapped[str] = mapped_column(String(6))
    rank: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (Index("ix_candidate_occupation_code", "disco_code", "candidate_id"),)


class CandidateExperience(Base):
    __tablename__ = "candidate_experience"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"), index=True)
    employer: Mapped[str] = mapped_column(String(300), default="")
    disco_code: Mapped[str | None] = mapped_column(String(6), nullable=True)
    years: Mapped[float] = mapped_column(Float, default=0.0)
    __table_args__ = (Index("ix_candidate_experience_disco", "disco_code", "candidate_id"),)
    description: Mapped[str] = mapped_column(String(1000), default="")


class CandidateTag(Base):
    """Skill or certificate as a free tag (folded copy for matching and filters)."""

    __tablename__ = "candidate_tag"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # skill / certificate
    tag: Mapped[str] = mapped_column(String(200))
    folded: Mapped[str] = mapped_column(String(200))
    __table_args__ = (Index("ix_candidate_tag_folded", "folded", "candidate_id"),)


class CandidateLicence(Base):
    __tablename__ = "candidate_licence"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"), index=True)
    code: Mapped[str] = mapped_column(String(5))
    __table_args__ = (Index("ix_candidate_licence_code", "code", "candidate_id"),)


class CandidateLanguage(Base):
    __tablename__ = "candidate_language"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"), index=True)
    language: Mapped[str] = mapped_column(String(50))  # stored in lower case
    level: Mapped[str] = mapped_column(String(30))
    __table_args__ = (Index("ix_candidate_language_language", "language", "candidate_id"),)


class TargetGroupPeriod(Base):
    """The citizen's target group (målgruppe) over time, so "which group on 1 March?" works."""

    __tablename__ = "target_group_period"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"), index=True)
    target_group_code: Mapped[str] = mapped_column(String(20))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    __table_args__ = (
        Index("ix_target_group_period_code", "target_group_code", "candidate_id", "valid_from",
              "valid_to"),
    )


class Consent(Base):
    """Consent to share the profile with employers; withdrawal takes effect at once."""

    __tablename__ = "consent"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(40))  # share_profile / named_proposal / print_cv
    given_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(40), default="")
    expires_at: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    recorded_by_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    withdrawn_by_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    note: Mapped[str] = mapped_column(String(500), default="")


# --------------------------------------------------------------------------- placements


class Placement(Tracked, Base):
    """A citizen placed at a company: ordinary job, praktik, løntilskud, fleksjob, IGU …"""

    __tablename__ = "placement"
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidate.id"), index=True)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    workplace_id: Mapped[str | None] = mapped_column(ForeignKey("workplace.id"), nullable=True)
    job_order_id: Mapped[str | None] = mapped_column(ForeignKey("job_order.id"), nullable=True)
    scheme_code: Mapped[str] = mapped_column(String(20), index=True)
    target_group_code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    start: Mapped[date] = mapped_column(Date, index=True)
    planned_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    actual_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    hours_per_week: Mapped[float | None] = mapped_column(Float, nullable=True)
    supervisor_contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact_person.id"), nullable=True
    )
    mentor: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    outcome: Mapped[str | None] = mapped_column(String(40), nullable=True)
    stop_reason: Mapped[str] = mapped_column(String(500), default="")
    rep_statement_by: Mapped[str] = mapped_column(String(200), default="")
    rep_statement_at: Mapped[date | None] = mapped_column(Date, nullable=True)
    rep_statement_text: Mapped[str] = mapped_column(Text, default="")
    net_expansion_confirmed_by: Mapped[str] = mapped_column(String(200), default="")
    net_expansion_confirmed_at: Mapped[date | None] = mapped_column(Date, nullable=True)
    net_expansion_text: Mapped[str] = mapped_column(Text, default="")
    follow_up_dates: Mapped[Any] = mapped_column(JSON, default=list)
    compliance_snapshot: Mapped[Any | None] = mapped_column(JSON, nullable=True)
    consultant_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)


class PlacementEvent(Base):
    """Append-only status history of a placement."""

    __tablename__ = "placement_event"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    placement_id: Mapped[str] = mapped_column(ForeignKey("placement.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow)
    by_user_id: Mapped[str | None] = mapped_column(UUID, nullable=True)
    old_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    new_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(500), default="")


# --------------------------------------------------------------------------- strategy map
# Nodes inside a map carry a ``key`` (the domain model's id, e.g. "VK1") unique per map, so
# JSON templates and the editor can refer to them; the UUID ``id`` is for sync.


class StrategyMap(Tracked, Base):
    __tablename__ = "strategy_map"
    title: Mapped[str] = mapped_column(String(300))
    vision_text: Mapped[str] = mapped_column(String(500), default="")
    vision_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    baseline_text: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    approved_at: Mapped[date | None] = mapped_column(Date, nullable=True)
    span_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    span_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    min_ambassadors_per_section: Mapped[int] = mapped_column(Integer, default=2)


class _MapChild:
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)  # order in the map model

    @declared_attr
    def map_id(cls) -> Mapped[str]:  # noqa: N805
        return mapped_column(ForeignKey("strategy_map.id", ondelete="CASCADE"), index=True)

    @declared_attr.directive
    def __table_args__(cls) -> tuple:  # noqa: N805
        return (UniqueConstraint("map_id", "key"),)


class FocusArea(_MapChild, Base):
    __tablename__ = "focus_area"
    name: Mapped[str] = mapped_column(String(200))
    order: Mapped[int] = mapped_column(Integer, default=0)
    colour: Mapped[str] = mapped_column(String(20), default="")


class Goal(_MapChild, Base):
    __tablename__ = "goal"
    focus_area_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    parent_goal_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    text: Mapped[str] = mapped_column(String(1000))
    owner: Mapped[str] = mapped_column(String(200), default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)


class GoalLink(_MapChild, Base):
    """Cause → effect between goals (``to_key`` may be "vision")."""

    __tablename__ = "goal_link"
    from_key: Mapped[str] = mapped_column(String(64))
    to_key: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(500), default="")


class Indicator(_MapChild, Base):
    __tablename__ = "indicator"
    goal_key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(30), default="")
    direction: Mapped[str] = mapped_column(String(10), default="higher")
    source: Mapped[str] = mapped_column(String(20), default="manual")
    measure_key: Mapped[str | None] = mapped_column(String(60), nullable=True)
    period: Mapped[str] = mapped_column(String(10), default="year")
    baseline: Mapped[float | None] = mapped_column(Float, nullable=True)


class IndicatorTarget(Base):
    __tablename__ = "indicator_target"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    map_id: Mapped[str] = mapped_column(
        ForeignKey("strategy_map.id", ondelete="CASCADE"), index=True
    )
    indicator_key: Mapped[str] = mapped_column(String(64))
    period_start: Mapped[date] = mapped_column(Date)
    target: Mapped[float] = mapped_column(Float)
    amber_limit: Mapped[float | None] = mapped_column(Float, nullable=True)


class Measurement(Base):
    __tablename__ = "measurement"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    map_id: Mapped[str] = mapped_column(
        ForeignKey("strategy_map.id", ondelete="CASCADE"), index=True
    )
    indicator_key: Mapped[str] = mapped_column(String(64))
    period_start: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    entered_by: Mapped[str] = mapped_column(String(100), default="")
    source_note: Mapped[str] = mapped_column(String(300), default="")


class Milestone(_MapChild, Base):
    __tablename__ = "milestone"
    goal_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    text: Mapped[str] = mapped_column(String(500))
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    reached_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class WorkingGroup(_MapChild, Base):
    __tablename__ = "working_group"
    name: Mapped[str] = mapped_column(String(200))
    chair: Mapped[str] = mapped_column(String(200), default="")
    members: Mapped[Any] = mapped_column(JSON, default=list)


class Initiative(_MapChild, Base):
    """Action-plan item (indsats) owned by a working group, with its tasks."""

    __tablename__ = "initiative"
    working_group_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    goal_keys: Mapped[Any] = mapped_column(JSON, default=list)
    title: Mapped[str] = mapped_column(String(300))
    start: Mapped[date | None] = mapped_column(Date, nullable=True)
    end: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    tasks: Mapped[Any] = mapped_column(JSON, default=list)


class Ambassador(_MapChild, Base):
    __tablename__ = "ambassador"
    user: Mapped[str] = mapped_column(String(200))
    section: Mapped[str] = mapped_column(String(100))


class StrategyRevision(Base):
    """Revision of a goal's text, a target or a threshold: who, when, why."""

    __tablename__ = "strategy_revision"
    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    map_id: Mapped[str] = mapped_column(
        ForeignKey("strategy_map.id", ondelete="CASCADE"), index=True
    )
    node_key: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(60))
    old: Mapped[Any] = mapped_column(JSON, nullable=True)  # text or number, as revised
    new: Mapped[Any] = mapped_column(JSON, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=_utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(String(500), default="")


SEARCHABLE = {"company": Company, "candidate": Candidate, "job_order": JobOrder}
