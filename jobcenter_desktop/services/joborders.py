"""Job orders (jobordrer): list, read, create, edit, status changes and the mediation log.

Every status change and every step of mediation (candidate proposed or rejected, interview,
hire, note) is appended to the mediation log (``MediationEvent``), so the history of a job
order can always be told, not only its current state. Open job orders whose deadline passed
are moved to ``expired`` when the app starts. Proposing a named candidate needs that
candidate's recorded consent (DOMAIN.md §6).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func, or_, select

from ..domain.errors import ConflictError, NotFoundError, ValidationError
from ..domain.text import index_text
from ..persistence.orm import (
    Candidate,
    Company,
    Consent,
    JobOrder,
    JobOrderRequirement,
    MediationEvent,
    User,
    Workplace,
    new_id,
    search_rowid_for,
)
from ..persistence.search import search_condition
from .context import ServiceContext
from .lists import ListQuery, fetch_ids, in_requested_order, raw_id_column

STATUSES = ("open", "in_progress", "paused", "filled", "expired")
OPEN_STATUSES = ("open", "in_progress", "paused")
# Allowed transitions (DOMAIN.md 2.2); any open state may also expire or be filled.
TRANSITIONS = {
    "open": {"in_progress", "paused", "filled", "expired"},
    "in_progress": {"paused", "filled", "expired", "open"},
    "paused": {"in_progress", "open", "expired", "filled"},
    "filled": {"open"},
    "expired": {"open"},
}
REQUIREMENT_KINDS = ("skill", "certificate", "licence", "language")
MEDIATION_KINDS = ("candidate_proposed", "candidate_rejected", "interview", "hired", "note")
# Kinds that name a candidate and therefore need the candidate.
_CANDIDATE_KINDS = ("candidate_proposed", "candidate_rejected", "interview", "hired")
# A named proposal discloses the citizen to the employer: it needs one of these consents.
_PROPOSAL_CONSENTS = ("named_proposal", "share_profile")
STATUS_NAMES = {
    "open": ("Åben", "Open"),
    "in_progress": ("I gang", "In progress"),
    "paused": ("Sat på pause", "Paused"),
    "filled": ("Besat", "Filled"),
    "expired": ("Udløbet", "Expired"),
}


@dataclass(frozen=True)
class JobOrderRow:
    id: str
    title: str
    company_id: str
    company_name: str
    disco_code: str
    positions: int
    postcode: str
    deadline: date | None
    status: str


@dataclass(frozen=True)
class RequirementInput:
    kind: str
    value: str
    level: str = ""
    hard: bool = False


@dataclass(frozen=True)
class JobOrderInput:
    """What a user types in the job-order form."""

    title: str
    disco_code: str = ""
    positions: int = 1
    hours_per_week: float | None = None
    location_postcode: str = ""
    start_date: date | None = None
    deadline: date | None = None
    description: str = ""
    schemes_allowed: tuple[str, ...] = ()
    requirements: tuple[RequirementInput, ...] = ()
    workplace_id: str | None = None
    consultant_id: str | None = None


@dataclass(frozen=True)
class MediationEventDTO:
    id: str
    at: datetime
    by: str
    kind: str
    candidate_id: str | None
    candidate_label: str
    old_status: str | None
    new_status: str | None
    reason: str


@dataclass(frozen=True)
class JobOrderDetail:
    id: str
    version: int
    company_id: str
    company_name: str
    title: str
    disco_code: str
    positions: int
    hours_per_week: float | None
    location_postcode: str
    start_date: date | None
    deadline: date | None
    description: str
    schemes_allowed: tuple[str, ...]
    status: str
    consultant_id: str | None
    workplace_id: str | None
    requirements: tuple[RequirementInput, ...]
    events: tuple[MediationEventDTO, ...] = field(default_factory=tuple)
    hired: int = 0

    def as_input(self) -> JobOrderInput:
        return JobOrderInput(
            title=self.title, disco_code=self.disco_code, positions=self.positions,
            hours_per_week=self.hours_per_week, location_postcode=self.location_postcode,
            start_date=self.start_date, deadline=self.deadline, description=self.description,
            schemes_allowed=self.schemes_allowed, requirements=self.requirements,
            workplace_id=self.workplace_id, consultant_id=self.consultant_id,
        )


def status_name(code: str, language: str = "da") -> str:
    names = STATUS_NAMES.get(code)
    return (names[1] if language == "en" else names[0]) if names else code


_SORTS = {
    "title": JobOrder.title,
    "deadline": JobOrder.deadline,
    "status": JobOrder.status,
    "company": Company.sort_key,
    "disco": JobOrder.disco_code,
}


class JobOrderService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ lists
    def list_ids(self, query: ListQuery) -> list[str]:
        conditions = [JobOrder.deleted_at.is_(None), Company.deleted_at.is_(None)]
        match = search_condition("job_order", query.search, self.ctx.dialect)
        if match is not None:
            conditions.append(match)
        f = query.filters
        if f.get("status"):
            statuses = f["status"] if isinstance(f["status"], (list, tuple)) else [f["status"]]
            conditions.append(JobOrder.status.in_(statuses))
        if f.get("company_id"):
            conditions.append(JobOrder.company_id == f["company_id"])
        order = _SORTS.get(query.sort, JobOrder.deadline)
        order = order.desc() if query.descending else order.asc()
        stmt = (
            select(raw_id_column(JobOrder.id, self.ctx.dialect))
            .join(Company, Company.id == JobOrder.company_id)
            .where(*conditions)
            .order_by(order, JobOrder.id)
        )
        if query.limit:
            stmt = stmt.limit(query.limit)
        with self.ctx.uow() as uow:
            return fetch_ids(uow.session, stmt)

    def rows(self, ids: list[str]) -> list[JobOrderRow]:
        if not ids:
            return []
        stmt = (
            select(JobOrder, Company.name)
            .join(Company, Company.id == JobOrder.company_id)
            .where(JobOrder.id.in_(ids))
        )
        with self.ctx.uow() as uow:
            result = [_row(j, name) for j, name in uow.session.execute(stmt)]
        return in_requested_order(ids, result, lambda r: r.id)

    def for_company(self, company_id: str) -> list[JobOrderRow]:
        """All the company's job orders: open ones first, by deadline; then the closed."""
        closed = JobOrder.status.in_(("filled", "expired"))
        stmt = (
            select(JobOrder, Company.name)
            .join(Company, Company.id == JobOrder.company_id)
            .where(JobOrder.company_id == company_id, JobOrder.deleted_at.is_(None))
            .order_by(closed, JobOrder.deadline.is_(None), JobOrder.deadline, JobOrder.title,
                      JobOrder.id)
        )
        with self.ctx.uow() as uow:
            return [_row(j, name) for j, name in uow.session.execute(stmt)]

    # ------------------------------------------------------------------ one job order
    def get(self, job_order_id: str) -> JobOrderDetail:
        with self.ctx.uow() as uow:
            s = uow.session
            job = self._load(s, job_order_id)
            company = s.scalar(select(Company.name).where(Company.id == job.company_id)) or ""
            events = [
                MediationEventDTO(
                    id=e.id, at=e.at, by=user or "", kind=e.kind, candidate_id=e.candidate_id,
                    candidate_label=label or "", old_status=e.old_status,
                    new_status=e.new_status, reason=e.reason,
                )
                for e, user, label in s.execute(
                    select(MediationEvent, User.name, Candidate.label)
                    .outerjoin(User, User.id == MediationEvent.by_user_id)
                    .outerjoin(Candidate, Candidate.id == MediationEvent.candidate_id)
                    .where(MediationEvent.job_order_id == job.id)
                    .order_by(MediationEvent.at.desc(), MediationEvent.id)
                )
            ]
            return JobOrderDetail(
                id=job.id, version=job.version, company_id=job.company_id, company_name=company,
                title=job.title, disco_code=job.disco_code or "", positions=job.positions,
                hours_per_week=job.hours_per_week, location_postcode=job.location_postcode or "",
                start_date=job.start_date, deadline=job.deadline, description=job.description,
                schemes_allowed=tuple(job.schemes_allowed or ()), status=job.status,
                consultant_id=job.consultant_id, workplace_id=job.workplace_id,
                requirements=tuple(
                    RequirementInput(r.kind, r.value, r.level or "", r.hard)
                    for r in job.requirements
                ),
                events=tuple(events),
                hired=sum(1 for e in events if e.kind == "hired"),
            )

    def _load(self, session, job_order_id: str) -> JobOrder:  # noqa: ANN001
        job = session.get(JobOrder, job_order_id)
        if job is None or job.deleted_at is not None:
            raise NotFoundError("Jobordren findes ikke (længere).", "The job order does not exist.")
        return job

    def validate(self, data: JobOrderInput, *, today: date | None = None,
                 check_deadline: bool = True) -> dict:
        """Check a form; returns the cleaned column values (requirements under that key)."""
        ref = self.ctx.reference()
        title = " ".join(data.title.split())
        if not title:
            raise ValidationError("Stillingsbetegnelse skal udfyldes.", "Job title is required.",
                                  field="title")
        if len(title) > 300:
            raise ValidationError("Titlen er for lang (højst 300 tegn).", "The title is too long.",
                                  field="title")
        disco = data.disco_code.replace(" ", "") or None
        if disco and ref.occupation(disco) is None:
            raise ValidationError(f"DISCO-kode {disco} findes ikke. Søg stillingen frem i listen.",
                                  f"DISCO code {disco} does not exist.", field="disco_code")
        if not isinstance(data.positions, int) or not 1 <= data.positions <= 10_000:
            raise ValidationError("Antal stillinger skal være et helt tal fra 1 til 10.000.",
                                  "Positions must be a whole number from 1 to 10,000.",
                                  field="positions")
        hours = data.hours_per_week
        if hours is not None and not 1 <= hours <= 60:
            raise ValidationError("Timer pr. uge skal være mellem 1 og 60.",
                                  "Hours per week must be between 1 and 60.",
                                  field="hours_per_week")
        postcode = None
        if data.location_postcode.strip():
            try:
                postcode = ref.require_postcode(data.location_postcode).postnr
            except ValidationError as exc:
                raise ValidationError(exc.da, exc.en, field="location_postcode") from None
        today = today or datetime.now(UTC).date()
        if check_deadline and data.deadline is not None and data.deadline < today:
            raise ValidationError("Fristen ligger i fortiden.", "The deadline is in the past.",
                                  field="deadline")
        known = {s.code for s in self.ctx.rulebook().schemes_on(today, new_cases=False)}
        for code in data.schemes_allowed:
            if code not in known:
                raise ValidationError(f"Ordningen «{code}» kendes ikke.",
                                      f"Unknown scheme '{code}'.", field="schemes_allowed")
        requirements = []
        seen: set[tuple[str, str]] = set()
        for r in data.requirements:
            value = " ".join(r.value.split())
            if not value:
                continue
            if r.kind not in REQUIREMENT_KINDS:
                raise ValidationError(f"Ukendt kravtype «{r.kind}».", f"Unknown requirement '{r.kind}'.",
                                      field="requirements")
            if len(value) > 200:
                raise ValidationError("Et krav er for langt (højst 200 tegn).",
                                      "A requirement is too long.", field="requirements")
            if r.kind == "licence":
                value = value.upper().replace(" ", "")
            key = (r.kind, value.casefold())
            if key in seen:
                continue
            seen.add(key)
            requirements.append(RequirementInput(r.kind, value, " ".join(r.level.split())[:30],
                                                 bool(r.hard)))
        return {
            "title": title,
            "disco_code": disco,
            "positions": data.positions,
            "hours_per_week": hours,
            "location_postcode": postcode,
            "start_date": data.start_date,
            "deadline": data.deadline,
            "description": data.description.strip(),
            "schemes_allowed": list(dict.fromkeys(data.schemes_allowed)),
            "workplace_id": data.workplace_id or None,
            "consultant_id": data.consultant_id or None,
            "requirements": requirements,
        }

    def create(self, company_id: str, data: JobOrderInput) -> JobOrderDetail:
        cleaned = self.validate(data)
        requirements = cleaned.pop("requirements")
        with self.ctx.uow() as uow:
            s = uow.session
            company = s.get(Company, company_id)
            if company is None or company.deleted_at is not None:
                raise NotFoundError("Virksomheden findes ikke (længere).",
                                    "The company no longer exists.")
            self._check_workplace(s, company_id, cleaned["workplace_id"])
            job = JobOrder(company_id=company_id, status="open", **cleaned)
            job.id = new_id()
            job.search_rowid = search_rowid_for(job.id)
            job.consultant_id = job.consultant_id or self.ctx.actor.user_id
            job.location_postcode = job.location_postcode or company.postcode
            job.search_text = self._index_text(job)
            job.requirements = [_requirement(r) for r in requirements]
            s.add(job)
            s.add(MediationEvent(job_order_id=job.id, by_user_id=self.ctx.actor.user_id,
                                 kind="status_change", old_status=None, new_status="open",
                                 reason="Jobordre oprettet"))
            uow.commit()
            job_id = job.id
        return self.get(job_id)

    def update(self, job_order_id: str, base_version: int, data: JobOrderInput) -> JobOrderDetail:
        with self.ctx.uow() as uow:
            s = uow.session
            job = self._load(s, job_order_id)
            if job.version != base_version:
                raise ConflictError(
                    "En anden bruger har ændret jobordren, mens du redigerede. Genindlæs og prøv igen.",
                    "Another user changed the job order while you were editing.",
                )
            # An old deadline may stay as it is; a changed one must not lie in the past.
            cleaned = self.validate(data, check_deadline=data.deadline != job.deadline)
            requirements = cleaned.pop("requirements")
            self._check_workplace(s, job.company_id, cleaned["workplace_id"])
            for column, value in cleaned.items():
                setattr(job, column, value)
            job.search_text = self._index_text(job)
            job.requirements = [_requirement(r) for r in requirements]
            uow.commit()
        return self.get(job_order_id)

    def delete(self, job_order_id: str, base_version: int) -> None:
        with self.ctx.uow() as uow:
            job = self._load(uow.session, job_order_id)
            if job.version != base_version:
                raise ConflictError(
                    "Jobordren er ændret af en anden bruger; genindlæs før sletning.",
                    "The job order was changed by another user; reload before deleting.",
                )
            job.deleted_at = datetime.now(UTC)
            uow.commit()

    def _check_workplace(self, session, company_id: str, workplace_id: str | None) -> None:  # noqa: ANN001
        if not workplace_id:
            return
        owner = session.scalar(select(Workplace.company_id).where(
            Workplace.id == workplace_id, Workplace.deleted_at.is_(None)))
        if owner is None or str(owner) != str(company_id):
            raise ValidationError("P-enheden hører ikke til virksomheden.",
                                  "The production unit does not belong to the company.",
                                  field="workplace_id")

    def _index_text(self, job: JobOrder) -> str:
        occupation = self.ctx.reference().occupation(job.disco_code) if job.disco_code else None
        return index_text(job.title, job.disco_code, occupation.title if occupation else None)

    # ------------------------------------------------------------------ status and mediation
    def change_status(self, job_order_id: str, new_status: str, reason: str = "") -> None:
        with self.ctx.uow() as uow:
            job = uow.session.get(JobOrder, job_order_id)
            if job is None or job.deleted_at is not None:
                raise NotFoundError("Jobordren findes ikke.", "The job order does not exist.")
            if new_status not in TRANSITIONS.get(job.status, set()):
                raise ValidationError(
                    f"En jobordre kan ikke gå fra «{status_name(job.status)}» til "
                    f"«{status_name(new_status)}».",
                    f"A job order cannot go from '{job.status}' to '{new_status}'.",
                    field="status",
                )
            if new_status == "open" and job.deadline is not None and \
                    job.deadline < datetime.now(UTC).date():
                raise ValidationError(
                    "Fristen er overskredet. Ret fristen, før jobordren genåbnes.",
                    "The deadline has passed. Change it before reopening the job order.",
                    field="deadline",
                )
            self._set_status(uow.session, job, new_status, reason.strip()[:1000])
            uow.commit()

    def _set_status(self, session, job: JobOrder, new_status: str, reason: str) -> None:  # noqa: ANN001
        session.add(
            MediationEvent(
                job_order_id=job.id,
                by_user_id=self.ctx.actor.user_id,
                kind="status_change",
                old_status=job.status,
                new_status=new_status,
                reason=reason,
            )
        )
        job.status = new_status

    def record_mediation(self, job_order_id: str, kind: str, *, candidate_id: str | None = None,
                         reason: str = "") -> JobOrderDetail:
        """Append a mediation step: a candidate proposed, rejected, at interview or hired, or a
        note. A proposal needs the candidate's consent; when as many candidates are hired as
        the order has positions, the order becomes filled."""
        if kind not in MEDIATION_KINDS:
            raise ValidationError("Ukendt type af formidlingsskridt.", "Unknown mediation step.",
                                  field="kind")
        reason = reason.strip()
        if kind in _CANDIDATE_KINDS and not candidate_id:
            raise ValidationError("Vælg kandidaten.", "Choose the candidate.", field="candidate_id")
        if kind == "note" and not reason:
            raise ValidationError("Skriv noten.", "Write the note.", field="reason")
        today = datetime.now(UTC).date()
        with self.ctx.uow() as uow:
            s = uow.session
            job = self._load(s, job_order_id)
            if kind != "note" and job.status not in OPEN_STATUSES:
                raise ValidationError(
                    f"Jobordren er {status_name(job.status).lower()}; genåbn den først.",
                    f"The job order is {job.status}; reopen it first.", field="status",
                )
            if candidate_id:
                candidate = s.get(Candidate, candidate_id)
                if candidate is None or candidate.deleted_at is not None or \
                        candidate.erased_at is not None:
                    raise NotFoundError("Kandidaten findes ikke (længere).",
                                        "The candidate no longer exists.")
                if kind == "candidate_proposed" and not self._has_consent(s, candidate_id, today):
                    raise ValidationError(
                        f"{candidate.label} har ikke givet samtykke til at blive foreslået med "
                        "navn. Registrér samtykket, eller brug en anonym profil.",
                        f"{candidate.label} has not consented to a named proposal.",
                        field="candidate_id",
                    )
                uow.log("update", "mediation_event", entity_id=job.id, person_id=candidate_id,
                        detail=kind)
            s.add(MediationEvent(job_order_id=job.id, by_user_id=self.ctx.actor.user_id,
                                 kind=kind, candidate_id=candidate_id or None,
                                 reason=reason[:1000]))
            if kind == "hired":
                s.flush()
                hired = s.scalar(select(func.count()).select_from(MediationEvent).where(
                    MediationEvent.job_order_id == job.id, MediationEvent.kind == "hired")) or 0
                if hired >= job.positions and job.status != "filled":
                    self._set_status(s, job, "filled", "Alle stillinger er besat")
                elif job.status == "open":
                    self._set_status(s, job, "in_progress", "Kandidat ansat")
            elif kind in ("candidate_proposed", "interview") and job.status == "open":
                self._set_status(s, job, "in_progress", "Formidling i gang")
            uow.commit()
        return self.get(job_order_id)

    @staticmethod
    def _has_consent(session, candidate_id: str, today: date) -> bool:  # noqa: ANN001
        return bool(session.scalar(
            select(func.count()).select_from(Consent).where(
                Consent.candidate_id == candidate_id,
                Consent.purpose.in_(_PROPOSAL_CONSENTS),
                Consent.withdrawn_at.is_(None),
                or_(Consent.expires_at.is_(None), Consent.expires_at >= today),
            )
        ))

    def expire_overdue(self, today: date | None = None) -> int:
        """Move open job orders whose deadline has passed to ``expired`` (run on start)."""
        today = today or datetime.now(UTC).date()
        with self.ctx.uow() as uow:
            overdue = uow.session.scalars(
                select(JobOrder).where(
                    JobOrder.deleted_at.is_(None),
                    JobOrder.status.in_(OPEN_STATUSES),
                    JobOrder.deadline < today,
                )
            ).all()
            for job in overdue:
                self._set_status(uow.session, job, "expired", "Fristen er overskredet")
            uow.commit()
            return len(overdue)

    def count_by_status(self) -> dict[str, int]:
        with self.ctx.uow() as uow:
            rows = uow.session.execute(
                select(JobOrder.status, func.count())
                .where(JobOrder.deleted_at.is_(None))
                .group_by(JobOrder.status)
            )
            return {status: n for status, n in rows}


def _row(j: JobOrder, company_name: str) -> JobOrderRow:
    return JobOrderRow(
        id=j.id,
        title=j.title,
        company_id=j.company_id,
        company_name=company_name,
        disco_code=j.disco_code or "",
        positions=j.positions,
        postcode=j.location_postcode or "",
        deadline=j.deadline,
        status=j.status,
    )


def _requirement(r: RequirementInput) -> JobOrderRequirement:
    return JobOrderRequirement(id=new_id(), kind=r.kind, value=r.value, level=r.level or None,
                               hard=r.hard)
