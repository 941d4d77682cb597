"""Company register (virksomhedsregister): list, search, read, create, edit, delete.

Validation happens here before anything is written: CVR by modulus 11, postcode against the
reference table (town filled in), phone normalised, e-mail syntax. Edits carry the version the
user started from; if someone else saved in between, a ``ConflictError`` lists what changed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, exists, func, or_, select

from ..domain import values
from ..domain.errors import ConflictError, NotFoundError, ValidationError
from ..domain.text import company_name_key, danish_sort_key, index_text
from ..persistence.orm import (
    Agreement,
    Company,
    ContactPerson,
    JobOrder,
    User,
    Workplace,
    search_rowid_for,
)
from ..persistence.search import search_condition
from .context import ServiceContext
from .lists import ListQuery, in_requested_order, raw_id_column
from .reference import kommune_for_postcode

OPEN_JOB_ORDER_STATUSES = ("open", "in_progress", "paused")
SECTORS = ("private", "public")
STATUSES = ("prospect", "active", "dormant", "closed")
# CVR employment intervals (DOMAIN.md 1.1; bands to be verified against the CVR).
EMPLOYEE_BANDS = ("1", "2-4", "5-9", "10-19", "20-49", "50-99", "100-199", "200-499", "500-999", "1000+")


@dataclass(frozen=True)
class CompanyRow:
    id: str
    name: str
    cvr: str
    postcode: str
    town: str
    industry_code: str
    employee_band: str
    status: str
    consultant: str
    open_job_orders: int
    last_contact_at: datetime | None


@dataclass(frozen=True)
class CompanyInput:
    """What a user types in the company form."""

    cvr: str
    name: str
    address: str = ""
    postcode: str = ""
    industry_code: str = ""
    employee_band: str = ""
    sector: str = "private"
    status: str = "active"
    phone: str = ""
    email: str = ""
    website: str = ""
    notes: str = ""
    responsible_consultant_id: str | None = None


@dataclass(frozen=True)
class CompanyDetail:
    id: str
    version: int
    cvr: str
    name: str
    address: str
    postcode: str
    town: str
    kommune_code: str
    industry_code: str
    employee_band: str
    sector: str
    status: str
    phone: str
    email: str
    website: str
    notes: str
    responsible_consultant_id: str | None
    p_numbers: tuple[str, ...]
    modified_at: datetime

    def as_input(self) -> CompanyInput:
        names = {f.name for f in fields(CompanyInput)}
        return CompanyInput(**{k: v for k, v in asdict(self).items() if k in names})


_SORTS = {
    "name": Company.sort_key,
    "cvr": Company.cvr,
    "postcode": Company.postcode,
    "town": Company.town,
    "last_contact": Company.last_contact_at,
    "status": Company.status,
}


class CompanyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ lists
    def list_ids(self, query: ListQuery) -> list[str]:
        conditions = [Company.deleted_at.is_(None)]
        match = search_condition("company", query.search, self.ctx.dialect)
        if match is not None:
            conditions.append(match)
        conditions.extend(self._filters(query.filters))
        order = _SORTS.get(query.sort, Company.sort_key)
        order = order.desc() if query.descending else order.asc()
        stmt = (
            select(raw_id_column(Company.id, self.ctx.dialect))
            .where(*conditions)
            .order_by(order, Company.id)
        )
        if query.limit:
            stmt = stmt.limit(query.limit)
        with self.ctx.uow() as uow:
            return list(uow.session.scalars(stmt))

    def _filters(self, f: dict) -> list:
        out = []
        if f.get("kommune_code"):
            out.append(Company.kommune_code == f["kommune_code"])
        if f.get("industry_section"):
            out.append(Company.industry_section == f["industry_section"])
        if f.get("employee_band"):
            out.append(Company.employee_band == f["employee_band"])
        if f.get("status"):
            out.append(Company.status == f["status"])
        if f.get("consultant_id"):
            out.append(Company.responsible_consultant_id == f["consultant_id"])
        if f.get("has_open_job_orders"):
            out.append(
                exists().where(
                    JobOrder.company_id == Company.id,
                    JobOrder.deleted_at.is_(None),
                    JobOrder.status.in_(OPEN_JOB_ORDER_STATUSES),
                )
            )
        if f.get("has_agreement"):
            today = datetime.now(UTC).date()
            out.append(
                exists().where(
                    Agreement.company_id == Company.id,
                    Agreement.deleted_at.is_(None),
                    Agreement.start <= today,
                    or_(Agreement.end.is_(None), Agreement.end >= today),
                )
            )
        days = f.get("last_contact_older_than_days")
        if days:
            limit = datetime.now(UTC) - timedelta(days=int(days))
            out.append(or_(Company.last_contact_at.is_(None), Company.last_contact_at < limit))
        return out

    def rows(self, ids: list[str]) -> list[CompanyRow]:
        if not ids:
            return []
        open_orders = (
            select(func.count())
            .where(
                JobOrder.company_id == Company.id,
                JobOrder.deleted_at.is_(None),
                JobOrder.status.in_(OPEN_JOB_ORDER_STATUSES),
            )
            .scalar_subquery()
        )
        stmt = (
            select(Company, User.initials, open_orders)
            .outerjoin(User, User.id == Company.responsible_consultant_id)
            .where(Company.id.in_(ids))
        )
        with self.ctx.uow() as uow:
            result = [
                CompanyRow(
                    id=c.id,
                    name=c.name,
                    cvr=c.cvr,
                    postcode=c.postcode or "",
                    town=c.town,
                    industry_code=c.industry_code or "",
                    employee_band=c.employee_band or "",
                    status=c.status,
                    consultant=initials or "",
                    open_job_orders=int(n or 0),
                    last_contact_at=c.last_contact_at,
                )
                for c, initials, n in uow.session.execute(stmt)
            ]
        return in_requested_order(ids, result, lambda r: r.id)

    def count(self) -> int:
        with self.ctx.uow() as uow:
            return uow.session.scalar(
                select(func.count()).select_from(Company).where(Company.deleted_at.is_(None))
            ) or 0

    # ------------------------------------------------------------------ one company
    def get(self, company_id: str) -> CompanyDetail:
        with self.ctx.uow() as uow:
            return self._detail(uow.session, self._load(uow.session, company_id))

    def _load(self, session, company_id: str) -> Company:  # noqa: ANN001
        company = session.get(Company, company_id)
        if company is None or company.deleted_at is not None:
            raise NotFoundError("Virksomheden findes ikke (længere).", "The company no longer exists.")
        return company

    def _detail(self, session, c: Company) -> CompanyDetail:  # noqa: ANN001
        p_numbers = tuple(
            session.scalars(
                select(Workplace.p_number)
                .where(Workplace.company_id == c.id, Workplace.deleted_at.is_(None))
                .order_by(Workplace.p_number)
            )
        )
        return CompanyDetail(
            id=c.id,
            version=c.version,
            cvr=c.cvr,
            name=c.name,
            address=c.address,
            postcode=c.postcode or "",
            town=c.town,
            kommune_code=c.kommune_code or "",
            industry_code=c.industry_code or "",
            employee_band=c.employee_band or "",
            sector=c.sector,
            status=c.status,
            phone=c.phone,
            email=c.email,
            website=c.website,
            notes=c.notes,
            responsible_consultant_id=c.responsible_consultant_id,
            p_numbers=p_numbers,
            modified_at=c.modified_at,
        )

    def validate(self, data: CompanyInput) -> dict:
        """Check a form; returns the cleaned column values or raises ``ValidationError``."""
        name = " ".join(data.name.split())
        if not name:
            raise ValidationError("Navn skal udfyldes.", "Name is required.", field="name")
        if len(name) > 300:
            raise ValidationError("Navnet er for langt (højst 300 tegn).", "Name is too long.", field="name")
        cvr = values.normalize_cvr(data.cvr)
        ref = self.ctx.reference()
        postcode = town = kommune = None
        if data.postcode.strip():
            pc = ref.require_postcode(data.postcode)
            postcode, town, kommune = pc.postnr, pc.town, kommune_for_postcode(ref, pc)
        industry_code = data.industry_code.strip() or None
        section = None
        if industry_code:
            industry = ref.industry(industry_code)
            if industry is None:
                raise ValidationError(
                    f"Branchekode «{industry_code}» findes ikke i DB07.",
                    f"Industry code '{industry_code}' is not in DB07.",
                    field="industry_code",
                )
            industry_code, section = industry.code, industry.section
        if data.sector not in SECTORS:
            raise ValidationError("Sektor skal være privat eller offentlig.", "Sector must be private or public.", field="sector")
        if data.status not in STATUSES:
            raise ValidationError("Ukendt status.", "Unknown status.", field="status")
        if data.employee_band and data.employee_band not in EMPLOYEE_BANDS:
            raise ValidationError("Ukendt størrelsesinterval.", "Unknown employee band.", field="employee_band")
        return {
            "cvr": cvr,
            "name": name,
            "name_key": company_name_key(name),
            "sort_key": danish_sort_key(name)[:400],
            "address": data.address.strip()[:300],
            "postcode": postcode,
            "town": town or "",
            "kommune_code": kommune,
            "industry_code": industry_code,
            "industry_section": section,
            "employee_band": data.employee_band or None,
            "sector": data.sector,
            "status": data.status,
            "phone": values.normalize_phone(data.phone),
            "email": values.normalize_email(data.email),
            "website": data.website.strip()[:300],
            "notes": data.notes,
            "responsible_consultant_id": data.responsible_consultant_id or None,
        }

    def create(self, data: CompanyInput) -> CompanyDetail:
        cleaned = self.validate(data)
        with self.ctx.uow() as uow:
            s = uow.session
            clash = s.scalar(
                select(Company.name).where(Company.cvr == cleaned["cvr"], Company.deleted_at.is_(None))
            )
            if clash:
                raise ValidationError(
                    f"CVR {cleaned['cvr']} er allerede registreret ({clash}).",
                    f"CVR {cleaned['cvr']} is already registered ({clash}).",
                    field="cvr",
                )
            company = Company(**cleaned)
            from ..persistence.orm import new_id

            company.id = new_id()
            company.search_rowid = search_rowid_for(company.id)
            company.search_text = self._index_text(s, company)
            s.add(company)
            uow.commit()
            return self._detail(s, company)

    def update(self, company_id: str, base: CompanyDetail, data: CompanyInput) -> CompanyDetail:
        """Save the user's edit. ``base`` is what the user loaded; a newer store version is a
        conflict listing the fields another user changed, never a silent overwrite."""
        cleaned = self.validate(data)
        with self.ctx.uow() as uow:
            s = uow.session
            company = self._load(s, company_id)
            if company.version != base.version:
                current = self._detail(s, company)
                changes = {
                    f: (getattr(base, f), getattr(current, f))
                    for f in ("cvr", "name", "address", "postcode", "industry_code", "employee_band",
                              "sector", "status", "phone", "email", "website", "notes",
                              "responsible_consultant_id")
                    if getattr(base, f) != getattr(current, f)
                }
                raise ConflictError(
                    "En anden bruger har ændret virksomheden, mens du redigerede.",
                    "Another user changed the company while you were editing.",
                    changes=changes,
                )
            for column, value in cleaned.items():
                setattr(company, column, value)
            company.search_text = self._index_text(s, company)
            uow.commit()
            return self._detail(s, company)

    def delete(self, company_id: str, base_version: int) -> None:
        with self.ctx.uow() as uow:
            company = self._load(uow.session, company_id)
            if company.version != base_version:
                raise ConflictError(
                    "Virksomheden er ændret af en anden bruger; genindlæs før sletning.",
                    "The company was changed by another user; reload before deleting.",
                )
            company.deleted_at = datetime.now(UTC)
            uow.commit()

    def _index_text(self, session, company: Company) -> str:  # noqa: ANN001
        extra: list[str] = []
        # No autoflush: a flush here would write the edit half-done and bump the version twice.
        with session.no_autoflush:
            extra = self._related_search_words(session, company)
        return index_text(company.name, company.cvr, company.town, company.postcode, *extra)

    def _related_search_words(self, session, company: Company) -> list[str]:  # noqa: ANN001
        extra: list[str] = []
        if company.id:
            extra += list(
                session.scalars(
                    select(Workplace.p_number).where(
                        Workplace.company_id == company.id, Workplace.deleted_at.is_(None)
                    )
                )
            )
            extra += list(
                session.scalars(
                    select(ContactPerson.name).where(
                        and_(ContactPerson.company_id == company.id, ContactPerson.deleted_at.is_(None))
                    )
                )
            )
        return extra

    def reindex(self, company_id: str) -> None:
        """Refresh the search text after contacts or P-numbers changed."""
        with self.ctx.uow() as uow:
            company = self._load(uow.session, company_id)
            company.search_text = self._index_text(uow.session, company)
            uow.commit()
