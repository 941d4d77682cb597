"""Company register (virksomhedsregister): list, search, read, create, edit, delete.

Validation happens here before anything is written: CVR by modulus 11, P-numbers as 10 digits,
postcode against the reference table (town filled in), phone normalised, e-mail syntax. Edits
carry the version the user started from; if someone else saved in between, a
``ConflictError`` lists what changed.

The search text of a company also holds its P-numbers and the names of its contact persons,
so typing a contact's name finds the company. It is derived data: it is refreshed with a plain
UPDATE that does not bump the row version, so adding a contact never turns a colleague's open
edit of the master data into a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, bindparam, exists, func, or_, select, update

from ..domain import values
from ..domain.errors import ConflictError, NotFoundError, ValidationError
from ..domain.text import company_name_key, danish_sort_key, index_text, query_tokens
from ..persistence.orm import (
    Agreement,
    AppSetting,
    Candidate,
    Company,
    ContactPerson,
    JobOrder,
    Placement,
    User,
    Workplace,
    new_id,
    search_rowid_for,
)
from ..persistence.search import search_condition
from .candidates import active_consent_condition
from .context import ServiceContext
from .lists import ListQuery, fetch_ids, in_requested_order, raw_id_column
from .reference import kommune_for_postcode

OPEN_JOB_ORDER_STATUSES = ("open", "in_progress", "paused")
SECTORS = ("private", "public")
STATUSES = ("prospect", "active", "dormant", "closed")
# CVR employment intervals (DOMAIN.md 1.1; bands to be verified against the CVR).
EMPLOYEE_BANDS = ("1", "2-4", "5-9", "10-19", "20-49", "50-99", "100-199", "200-499", "500-999", "1000+")
# Bump when the words that go into a company's search text change; the next start re-indexes.
SEARCH_INDEX_VERSION = 2
_INDEX_SETTING = "search_index_version.company"
# Fields compared when an edit meets a newer stored version.
_CONFLICT_FIELDS = ("cvr", "name", "address", "postcode", "industry_code", "employee_band",
                    "sector", "status", "phone", "email", "website", "notes",
                    "responsible_consultant_id", "p_numbers")


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
    """What a user types in the company form.

    ``p_numbers=None`` leaves the company's production units as they are; a tuple replaces
    them (units no longer listed are tombstoned, never hard-deleted: placements point at them).
    """

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
    p_numbers: tuple[str, ...] | None = None


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
    responsible_consultant_name: str = ""
    last_contact_at: datetime | None = None
    created_at: datetime | None = None

    def as_input(self) -> CompanyInput:
        names = {f.name for f in fields(CompanyInput)}
        return CompanyInput(**{k: v for k, v in asdict(self).items() if k in names})


@dataclass(frozen=True)
class CompanyPlacement:
    """A placement at the company as the company view shows it."""

    id: str
    candidate_id: str
    candidate_label: str
    candidate_name: str
    has_share_consent: bool
    scheme_code: str
    start: date
    planned_end: date | None
    actual_end: date | None
    status: str
    outcome: str


@dataclass(frozen=True)
class Consultant:
    id: str
    name: str
    initials: str


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
        """Ids of the live companies matching the search and filters, in the chosen order.

        Typed words match the start of any word of the name, CVR, town, postcode, P-numbers
        and contact names (full-text index). A single typed character works like a phone
        book instead: names starting with that letter, or CVR numbers starting with that
        digit. Matching one letter anywhere would list most of the register and tell the
        user nothing, and it is the one query the full-text index cannot answer quickly.
        """
        conditions = [Company.deleted_at.is_(None)]
        tokens = query_tokens(query.search)
        if len(tokens) == 1 and len(tokens[0]) == 1:
            first, after = tokens[0], chr(ord(tokens[0]) + 1)
            column = Company.cvr if first.isdigit() else Company.sort_key
            conditions.extend((column >= first, column < after))
        else:
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
            return fetch_ids(uow.session, stmt)

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

    def find_by_cvr(self, cvr: str) -> str | None:
        """The id of the live company with this CVR number, if any."""
        with self.ctx.uow() as uow:
            found = uow.session.scalar(
                select(Company.id).where(Company.cvr == cvr, Company.deleted_at.is_(None)).limit(1)
            )
            return str(found) if found else None

    def consultants(self) -> list[Consultant]:
        """Active staff, for the "responsible consultant" filter and pickers."""
        with self.ctx.uow() as uow:
            users = uow.session.scalars(
                select(User).where(User.deleted_at.is_(None), User.active.is_(True))
            ).all()
            return sorted(
                (Consultant(u.id, u.name, u.initials) for u in users),
                key=lambda c: danish_sort_key(c.name),
            )

    # ------------------------------------------------------------------ one company
    def get(self, company_id: str) -> CompanyDetail:
        with self.ctx.uow() as uow:
            return self._detail(uow.session, self._load(uow.session, company_id))

    def _load(self, session, company_id: str) -> Company:  # noqa: ANN001
        company = session.get(Company, company_id)
        if company is None or company.deleted_at is not None:
            raise NotFoundError("Virksomheden findes ikke (længere).", "The company no longer exists.")
        return company

    def load_for_update(self, session, company_id: str) -> Company:  # noqa: ANN001
        """The live company row, for other services of this area that change it."""
        return self._load(session, company_id)

    def _detail(self, session, c: Company) -> CompanyDetail:  # noqa: ANN001
        p_numbers = tuple(
            session.scalars(
                select(Workplace.p_number)
                .where(Workplace.company_id == c.id, Workplace.deleted_at.is_(None))
                .order_by(Workplace.p_number)
            )
        )
        consultant = (
            session.scalar(select(User.name).where(User.id == c.responsible_consultant_id))
            if c.responsible_consultant_id else None
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
            responsible_consultant_name=consultant or "",
            last_contact_at=c.last_contact_at,
            created_at=c.created_at,
        )

    def validate(self, data: CompanyInput) -> dict:
        """Check a form; returns the cleaned column values or raises ``ValidationError``.

        P-numbers are returned under ``"p_numbers"`` (None = unchanged); they are not a column.
        """
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
            found = industry_lookup(ref, industry_code)
            if found is None:
                raise ValidationError(
                    f"Branchekode «{industry_code}» findes ikke i DB07.",
                    f"Industry code '{industry_code}' is not in DB07.",
                    field="industry_code",
                )
            industry_code, section = found
        if data.sector not in SECTORS:
            raise ValidationError("Sektor skal være privat eller offentlig.", "Sector must be private or public.", field="sector")
        if data.status not in STATUSES:
            raise ValidationError("Ukendt status.", "Unknown status.", field="status")
        if data.employee_band and data.employee_band not in EMPLOYEE_BANDS:
            raise ValidationError("Ukendt størrelsesinterval.", "Unknown employee band.", field="employee_band")
        p_numbers = None
        if data.p_numbers is not None:
            p_numbers = []
            for raw in data.p_numbers:
                if not str(raw).strip():
                    continue
                try:
                    number = values.normalize_p_number(raw)
                except ValidationError as exc:
                    raise ValidationError(exc.da, exc.en, field="p_numbers") from None
                if number not in p_numbers:
                    p_numbers.append(number)
            p_numbers = tuple(p_numbers)
        phone = _field(values.normalize_phone, data.phone, "phone")
        email = _field(values.normalize_email, data.email, "email")
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
            "phone": phone,
            "email": email,
            "website": data.website.strip()[:300],
            "notes": data.notes,
            "responsible_consultant_id": data.responsible_consultant_id or None,
            "p_numbers": p_numbers,
        }

    def create(self, data: CompanyInput) -> CompanyDetail:
        cleaned = self.validate(data)
        p_numbers = cleaned.pop("p_numbers")
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
            company.id = new_id()
            company.search_rowid = search_rowid_for(company.id)
            if not company.responsible_consultant_id:
                company.responsible_consultant_id = self.ctx.actor.user_id
            s.add(company)
            if p_numbers:
                self._set_p_numbers(s, company, p_numbers)
            company.search_text = self._index_text(s, company, p_numbers=p_numbers or ())
            uow.commit()
            return self._detail(s, company)

    def update(self, company_id: str, base: CompanyDetail, data: CompanyInput) -> CompanyDetail:
        """Save the user's edit. ``base`` is what the user loaded; a newer store version is a
        conflict listing the fields another user changed, never a silent overwrite."""
        cleaned = self.validate(data)
        p_numbers = cleaned.pop("p_numbers")
        with self.ctx.uow() as uow:
            s = uow.session
            company = self._load(s, company_id)
            if company.version != base.version:
                current = self._detail(s, company)
                changes = {
                    f: (getattr(base, f), getattr(current, f))
                    for f in _CONFLICT_FIELDS
                    if getattr(base, f) != getattr(current, f)
                }
                raise ConflictError(
                    "En anden bruger har ændret virksomheden, mens du redigerede.",
                    "Another user changed the company while you were editing.",
                    changes=changes,
                )
            if cleaned["cvr"] != company.cvr:
                clash = s.scalar(
                    select(Company.name).where(
                        Company.cvr == cleaned["cvr"], Company.deleted_at.is_(None),
                        Company.id != company.id,
                    )
                )
                if clash:
                    raise ValidationError(
                        f"CVR {cleaned['cvr']} er allerede registreret ({clash}).",
                        f"CVR {cleaned['cvr']} is already registered ({clash}).",
                        field="cvr",
                    )
            with s.no_autoflush:
                for column, value in cleaned.items():
                    setattr(company, column, value)
                if p_numbers is not None:
                    self._set_p_numbers(s, company, p_numbers)
                company.search_text = self._index_text(s, company, p_numbers=p_numbers)
            uow.commit()
            return self._detail(s, company)

    def _set_p_numbers(self, session, company: Company, p_numbers: tuple[str, ...]) -> None:  # noqa: ANN001
        """Make the company's live production units exactly ``p_numbers``."""
        with session.no_autoflush:
            if p_numbers:
                taken = session.execute(
                    select(Workplace.p_number, Company.name)
                    .join(Company, Company.id == Workplace.company_id)
                    .where(
                        Workplace.p_number.in_(p_numbers),
                        Workplace.deleted_at.is_(None),
                        Workplace.company_id != company.id,
                        Company.deleted_at.is_(None),
                    )
                ).first()
                if taken:
                    raise ValidationError(
                        f"P-nummer {taken[0]} hører allerede til {taken[1]}.",
                        f"P-number {taken[0]} already belongs to {taken[1]}.",
                        field="p_numbers",
                    )
            current = {
                w.p_number: w
                for w in session.scalars(
                    select(Workplace).where(
                        Workplace.company_id == company.id, Workplace.deleted_at.is_(None)
                    )
                )
            } if company.id else {}
        now = datetime.now(UTC)
        for number, workplace in current.items():
            if number not in p_numbers:
                workplace.deleted_at = now
        for number in p_numbers:
            if number not in current:
                session.add(
                    Workplace(
                        id=new_id(), company_id=company.id, p_number=number, name=company.name,
                        address=company.address, postcode=company.postcode,
                        industry_code=company.industry_code,
                    )
                )

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

    # ------------------------------------------------------------------ placements
    def placements(self, company_id: str, *, log_view: bool = True) -> list[CompanyPlacement]:
        """Placements at the company, newest first. Citizens are personal data: each one
        shown is written to the access log as viewed (callers that log their own use, such
        as a print, pass ``log_view=False``)."""
        today = datetime.now(UTC).date()
        stmt = (
            select(Placement, Candidate.label, Candidate.name, active_consent_condition(today))
            .join(Candidate, Candidate.id == Placement.candidate_id)
            .where(Placement.company_id == company_id, Placement.deleted_at.is_(None))
            .order_by(Placement.start.desc(), Placement.id)
        )
        with self.ctx.uow() as uow:
            rows = [
                CompanyPlacement(
                    id=p.id, candidate_id=p.candidate_id, candidate_label=label,
                    candidate_name=name, has_share_consent=bool(consent),
                    scheme_code=p.scheme_code, start=p.start, planned_end=p.planned_end,
                    actual_end=p.actual_end, status=p.status, outcome=p.outcome or "",
                )
                for p, label, name, consent in uow.session.execute(stmt)
            ]
            if log_view and rows:
                for person in dict.fromkeys(r.candidate_id for r in rows):
                    uow.log("view", "placement", person_id=person,
                            detail=f"virksomhed {company_id}")
                uow.commit()
        return rows

    # ------------------------------------------------------------------ search text
    def _index_text(self, session, company: Company,  # noqa: ANN001
                    p_numbers: tuple[str, ...] | None = None) -> str:
        """Search text of ``company``; ``p_numbers`` overrides the stored ones (mid-edit)."""
        # No autoflush: a flush here would write the edit half-done and bump the version twice.
        with session.no_autoflush:
            extra = self._related_search_words(session, company, with_p_numbers=p_numbers is None)
        return index_text(company.name, company.cvr, company.town, company.postcode,
                          *(p_numbers or ()), *extra)

    def _related_search_words(self, session, company: Company,  # noqa: ANN001
                              with_p_numbers: bool = True) -> list[str]:
        extra: list[str] = []
        if company.id and with_p_numbers:
            extra += list(
                session.scalars(
                    select(Workplace.p_number).where(
                        Workplace.company_id == company.id, Workplace.deleted_at.is_(None)
                    )
                )
            )
        if company.id:
            extra += list(
                session.scalars(
                    select(ContactPerson.name).where(
                        and_(ContactPerson.company_id == company.id, ContactPerson.deleted_at.is_(None))
                    )
                )
            )
        return extra

    def reindex(self, company_id: str, session=None) -> None:  # noqa: ANN001
        """Refresh the search text after contacts or P-numbers changed.

        Pass ``session`` to do it inside the caller's unit of work (after its flush). The
        update does not bump the version: the search text is derived, not edited.
        """
        if session is not None:
            session.flush()
            self._reindex_in(session, company_id)
            return
        with self.ctx.uow() as uow:
            self._load(uow.session, company_id)
            self._reindex_in(uow.session, company_id)
            uow.commit()

    def _reindex_in(self, session, company_id: str) -> None:  # noqa: ANN001
        company = session.get(Company, company_id)
        if company is None:
            return
        text = self._index_text(session, company)
        session.execute(
            update(Company).where(Company.id == company_id).values(search_text=text)
            .execution_options(synchronize_session=False)
        )
        session.expire(company, ["search_text"])

    def reindex_all(self, batch: int = 5000) -> int:
        """Rebuild every company's search text (name, CVR, town, postcode, P-numbers and
        contact names) in batches; returns the number of companies."""
        with self.ctx.uow() as uow:
            s = uow.session
            ids = [str(i) for i in s.scalars(select(Company.id).where(Company.deleted_at.is_(None)))]
            for start in range(0, len(ids), batch):
                self.reindex_ids(s, ids[start:start + batch])
            uow.commit()
        return len(ids)

    def reindex_ids(self, session, ids: list[str]) -> None:  # noqa: ANN001
        """Rebuild the search text of the companies ``ids`` inside the caller's transaction
        (no version bump: the text is derived)."""
        for start in range(0, len(ids), 2000):
            chunk = ids[start:start + 2000]
            words: dict[str, list[str]] = defaultdict(list)
            for cid, p in session.execute(
                select(Workplace.company_id, Workplace.p_number)
                .where(Workplace.company_id.in_(chunk), Workplace.deleted_at.is_(None))
                .order_by(Workplace.p_number)
            ):
                words[str(cid)].append(p)
            for cid, name in session.execute(
                select(ContactPerson.company_id, ContactPerson.name)
                .where(ContactPerson.company_id.in_(chunk), ContactPerson.deleted_at.is_(None))
            ):
                words[str(cid)].append(name)
            params = [
                {"b_id": cid, "b_text": index_text(name, cvr, town, pc, *words.get(str(cid), ()))}
                for cid, name, cvr, town, pc in session.execute(
                    select(Company.id, Company.name, Company.cvr, Company.town, Company.postcode)
                    .where(Company.id.in_(chunk))
                )
            ]
            if params:
                table = Company.__table__
                session.connection().execute(
                    update(table).where(table.c.id == bindparam("b_id"))
                    .values(search_text=bindparam("b_text")),
                    params,
                )

    def search_index_current(self) -> bool:
        """True when every company's search text has the current set of words."""
        with self.ctx.uow() as uow:
            setting = uow.session.get(AppSetting, _INDEX_SETTING)
            if setting is not None and setting.value == SEARCH_INDEX_VERSION:
                return True
            empty = not uow.session.scalar(select(func.count()).select_from(Company))
        if empty:  # nothing to upgrade: every company will be written in the current form
            self.mark_search_index_current()
        return empty

    def reindex_batch(self, after: str | None = None, limit: int = 2000) -> str | None:
        """Re-index the next ``limit`` companies by id after ``after``; returns the last id
        done, or None when all are done (and the index is then marked current). Small
        batches let a big store upgrade on the DB worker between the user's own queries."""
        with self.ctx.uow() as uow:
            stmt = select(raw_id_column(Company.id, self.ctx.dialect)).order_by(Company.id).limit(limit)
            if after is not None:
                stmt = stmt.where(Company.id > after)
            ids = fetch_ids(uow.session, stmt)
            if ids:
                self.reindex_ids(uow.session, ids)
                uow.commit()
        if len(ids) < limit:
            self.mark_search_index_current()
            return None
        return ids[-1]

    def ensure_search_index(self) -> int:
        """Re-index all companies once when the indexed words changed since the store was
        last indexed (or rows were written by bulk tools). Returns how many were re-indexed."""
        if self.search_index_current():
            return 0
        count = self.reindex_all()
        self.mark_search_index_current()
        return count

    def mark_search_index_current(self) -> None:
        """Record that every company's search text is in the current form."""
        with self.ctx.uow() as uow:
            setting = uow.session.get(AppSetting, _INDEX_SETTING)
            if setting is None:
                uow.session.add(AppSetting(key=_INDEX_SETTING, value=SEARCH_INDEX_VERSION))
            else:
                setting.value = SEARCH_INDEX_VERSION
            uow.commit()


def industry_lookup(ref, code: str) -> tuple[str, str] | None:  # noqa: ANN001
    """(code to store, section letter) for an industry code typed or imported.

    NACE-style codes ("43.32", "4332", "43") are stored as the reference table writes them;
    a 6-digit DB07 code ("433200", whose last two digits are a Danish subdivision) is kept
    as typed when its 4-digit class exists.
    """
    text = str(code or "").strip().upper().replace(" ", "")
    found = ref.industry(text)
    if found is not None:
        return found.code, found.section
    digits = text.replace(".", "")
    if len(digits) == 6 and digits.isdigit():
        group = ref.industry(digits[:4])
        if group is not None:
            return digits, group.section
    return None


def industry_title(ref, code: str | None) -> str:  # noqa: ANN001
    """"43.32 Tømrer- og bygningssnedkervirksomhed" for display; the code alone if unknown."""
    if not code:
        return ""
    found = ref.industry(code) or (ref.industry(code[:4]) if len(code) == 6 else None)
    return f"{code} {found.title}" if found else code


def check_version(current: int, base: int, what_da: str, what_en: str) -> None:
    """Optimistic locking for the company's child records (contacts, agreements …)."""
    if current != base:
        raise ConflictError(
            f"En anden bruger har ændret {what_da}, mens du redigerede. Genindlæs og prøv igen.",
            f"Another user changed {what_en} while you were editing. Reload and try again.",
        )


def _field(normalise, raw: str, field: str) -> str:  # noqa: ANN001
    """Run a value normaliser and name the form field in its error."""
    try:
        return normalise(raw)
    except ValidationError as exc:
        raise ValidationError(exc.da, exc.en, field=field) from None
