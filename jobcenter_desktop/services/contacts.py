"""Contact persons, the contact log and follow-ups (kontaktpersoner, kontaktlog, opfølgninger).

Owns the company consultant's daily record: who at the company, every contact with it, and
the dated next steps. Logging a contact keeps the company up to date: its last contact time,
its status (a prospect or dormant company becomes active once contacted) and its responsible
consultant (the one who logs the first contact, if nobody is responsible yet).
"Mine opfølgninger" lists the open follow-ups due for the logged-in consultant across all
companies, and can be exported to an iCalendar (.ics) file.

Contact persons are personal data (DOMAIN.md §6): exports write an access-log row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import case, func, select, update

from ..domain import values
from ..domain.dates import COPENHAGEN
from ..domain.errors import NotFoundError, ValidationError
from ..fileio.export import CalendarEvent, event_uid, write_ics
from ..persistence.orm import (
    Company,
    ContactLogEntry,
    ContactPerson,
    FollowUp,
    JobOrder,
    User,
)
from .companies import CompanyService, check_version
from .context import ServiceContext

CHANNELS = ("visit", "phone", "email", "meeting", "jobnet")
PREFERRED_CHANNELS = ("", "phone", "email", "visit", "meeting")
# A contact makes a company active again; a closed company stays closed (a contact about a
# closed company is history, not a new relationship).
_REACTIVATED = ("prospect", "dormant")


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    preferred_channel: str = ""
    is_employee_rep: bool = False
    active: bool = True


@dataclass(frozen=True)
class ContactDTO:
    id: str
    version: int
    company_id: str
    name: str
    role: str
    phone: str
    email: str
    preferred_channel: str
    is_employee_rep: bool
    active: bool

    def as_input(self) -> ContactInput:
        return ContactInput(self.name, self.role, self.phone, self.email, self.preferred_channel,
                            self.is_employee_rep, self.active)


@dataclass(frozen=True)
class LogInput:
    """One contact with the company, as the consultant records it.

    ``follow_up_due`` with ``follow_up_text`` also creates a follow-up for ``follow_up_to``
    (default: the consultant who logs).
    """

    channel: str
    summary: str
    at: datetime | None = None
    contact_person_id: str | None = None
    outcome: str = ""
    job_order_id: str | None = None
    consultant_id: str | None = None
    follow_up_due: date | None = None
    follow_up_text: str = ""
    follow_up_to: str | None = None


@dataclass(frozen=True)
class LogEntryDTO:
    id: str
    at: datetime
    channel: str
    consultant_id: str | None
    consultant: str
    contact_person_id: str | None
    contact_person: str
    summary: str
    outcome: str
    job_order_id: str | None
    job_order: str
    follow_up_due: date | None


@dataclass(frozen=True)
class FollowUpInput:
    due: date
    text: str
    assigned_to_id: str | None = None
    job_order_id: str | None = None
    contact_log_entry_id: str | None = None


@dataclass(frozen=True)
class FollowUpDTO:
    id: str
    version: int
    company_id: str
    company_name: str
    due: date
    text: str
    assigned_to_id: str | None
    assigned_to: str
    job_order_id: str | None
    done_at: datetime | None
    modified_at: datetime

    def is_overdue(self, today: date) -> bool:
        return self.done_at is None and self.due < today


class ContactService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._companies = CompanyService(ctx)

    # ------------------------------------------------------------------ contact persons
    def list_contacts(self, company_id: str, *, include_inactive: bool = True) -> list[ContactDTO]:
        conditions = [ContactPerson.company_id == company_id, ContactPerson.deleted_at.is_(None)]
        if not include_inactive:
            conditions.append(ContactPerson.active.is_(True))
        with self.ctx.uow() as uow:
            rows = uow.session.scalars(
                select(ContactPerson).where(*conditions)
                .order_by(ContactPerson.active.desc(), ContactPerson.name, ContactPerson.id)
            ).all()
            return [_contact(c) for c in rows]

    def _validate_contact(self, data: ContactInput) -> dict:
        name = " ".join(data.name.split())
        if not name:
            raise ValidationError("Navn skal udfyldes.", "Name is required.", field="name")
        if len(name) > 200:
            raise ValidationError("Navnet er for langt (højst 200 tegn).", "The name is too long.",
                                  field="name")
        if data.preferred_channel not in PREFERRED_CHANNELS:
            raise ValidationError("Ukendt foretrukken kanal.", "Unknown preferred channel.",
                                  field="preferred_channel")
        return {
            "name": name,
            "role": " ".join(data.role.split())[:100],
            "phone": values.normalize_phone(data.phone),
            "email": values.normalize_email(data.email),
            "preferred_channel": data.preferred_channel,
            "is_employee_rep": bool(data.is_employee_rep),
            "active": bool(data.active),
        }

    def add_contact(self, company_id: str, data: ContactInput) -> ContactDTO:
        cleaned = self._validate_contact(data)
        with self.ctx.uow() as uow:
            s = uow.session
            self._companies.load_for_update(s, company_id)
            contact = ContactPerson(company_id=company_id, **cleaned)
            s.add(contact)
            self._companies.reindex(company_id, session=s)
            uow.commit()
            return _contact(contact)

    def update_contact(self, contact_id: str, base_version: int, data: ContactInput) -> ContactDTO:
        cleaned = self._validate_contact(data)
        with self.ctx.uow() as uow:
            s = uow.session
            contact = self._load_contact(s, contact_id)
            check_version(contact.version, base_version, "kontaktpersonen", "the contact person")
            for column, value in cleaned.items():
                setattr(contact, column, value)
            self._companies.reindex(contact.company_id, session=s)
            uow.commit()
            return _contact(contact)

    def delete_contact(self, contact_id: str, base_version: int) -> None:
        """Remove a contact person (tombstone). Log entries keep their history."""
        with self.ctx.uow() as uow:
            s = uow.session
            contact = self._load_contact(s, contact_id)
            check_version(contact.version, base_version, "kontaktpersonen", "the contact person")
            contact.deleted_at = datetime.now(UTC)
            self._companies.reindex(contact.company_id, session=s)
            uow.commit()

    def _load_contact(self, session, contact_id: str) -> ContactPerson:  # noqa: ANN001
        contact = session.get(ContactPerson, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFoundError("Kontaktpersonen findes ikke (længere).",
                                "The contact person no longer exists.")
        return contact

    # ------------------------------------------------------------------ contact log
    def contact_log(self, company_id: str, limit: int | None = None) -> list[LogEntryDTO]:
        """The company's contact log, newest first."""
        stmt = (
            select(ContactLogEntry, User.name, ContactPerson.name, JobOrder.title)
            .outerjoin(User, User.id == ContactLogEntry.consultant_id)
            .outerjoin(ContactPerson, ContactPerson.id == ContactLogEntry.contact_person_id)
            .outerjoin(JobOrder, JobOrder.id == ContactLogEntry.job_order_id)
            .where(ContactLogEntry.company_id == company_id, ContactLogEntry.deleted_at.is_(None))
            .order_by(ContactLogEntry.at.desc(), ContactLogEntry.id)
        )
        if limit:
            stmt = stmt.limit(limit)
        with self.ctx.uow() as uow:
            s = uow.session
            entries = s.execute(stmt).all()
            follow = {}
            if entries:
                follow = dict(
                    s.execute(
                        select(FollowUp.contact_log_entry_id, func.min(FollowUp.due))
                        .where(
                            FollowUp.contact_log_entry_id.in_([e.id for e, *_ in entries]),
                            FollowUp.deleted_at.is_(None),
                        )
                        .group_by(FollowUp.contact_log_entry_id)
                    ).all()
                )
            return [
                LogEntryDTO(
                    id=e.id, at=e.at, channel=e.channel, consultant_id=e.consultant_id,
                    consultant=consultant or "", contact_person_id=e.contact_person_id,
                    contact_person=person or "", summary=e.summary, outcome=e.outcome,
                    job_order_id=e.job_order_id, job_order=title or "",
                    follow_up_due=follow.get(e.id),
                )
                for e, consultant, person, title in entries
            ]

    def log_contact(self, company_id: str, data: LogInput) -> LogEntryDTO:
        """Record a contact; keeps the company's last contact, status and consultant current,
        and creates the follow-up when one is given."""
        if data.channel not in CHANNELS:
            raise ValidationError("Vælg en kanal (besøg, telefon, e-mail, møde eller Jobnet).",
                                  "Choose a channel.", field="channel")
        summary = data.summary.strip()
        if not summary:
            raise ValidationError("Skriv et kort resumé af kontakten.",
                                  "Write a short summary of the contact.", field="summary")
        now = datetime.now(UTC)
        at = data.at or now
        if at.tzinfo is None:
            at = at.replace(tzinfo=COPENHAGEN)
        if at > now + timedelta(minutes=5):
            raise ValidationError("En kontakt kan ikke logges i fremtiden.",
                                  "A contact cannot be logged in the future.", field="at")
        follow_text = data.follow_up_text.strip()
        if data.follow_up_due is not None and not follow_text:
            raise ValidationError("Skriv hvad opfølgningen går ud på.",
                                  "Describe the follow-up.", field="follow_up_text")
        if follow_text and data.follow_up_due is None:
            raise ValidationError("Vælg en dato for opfølgningen.", "Choose a follow-up date.",
                                  field="follow_up_due")
        consultant = data.consultant_id or self.ctx.actor.user_id
        with self.ctx.uow() as uow:
            s = uow.session
            company = self._companies.load_for_update(s, company_id)
            self._check_belongs(s, company_id, data.contact_person_id, data.job_order_id)
            entry = ContactLogEntry(
                company_id=company_id, contact_person_id=data.contact_person_id or None,
                at=at, channel=data.channel, consultant_id=consultant, summary=summary,
                outcome=data.outcome.strip()[:300], job_order_id=data.job_order_id or None,
            )
            s.add(entry)
            s.flush()
            if data.follow_up_due is not None:
                s.add(FollowUp(
                    company_id=company_id, contact_log_entry_id=entry.id,
                    job_order_id=data.job_order_id or None,
                    assigned_to_id=data.follow_up_to or consultant,
                    due=data.follow_up_due, text=follow_text[:500],
                ))
            changed = False
            if company.status in _REACTIVATED:
                company.status = "active"
                changed = True
            if company.responsible_consultant_id is None and consultant:
                company.responsible_consultant_id = consultant
                changed = True
            if changed:
                s.flush()
            # The last contact is derived from the log: kept without bumping the version so a
            # colleague's open edit of the master data is not turned into a conflict.
            if company.last_contact_at is None or _aware(company.last_contact_at) < at:
                s.execute(
                    update(Company).where(Company.id == company_id)
                    .values(last_contact_at=at).execution_options(synchronize_session=False)
                )
            uow.commit()
        return next(e for e in self.contact_log(company_id) if e.id == entry.id)

    def _check_belongs(self, session, company_id: str, contact_id: str | None,  # noqa: ANN001
                       job_order_id: str | None) -> None:
        if contact_id:
            owner = session.scalar(select(ContactPerson.company_id).where(
                ContactPerson.id == contact_id, ContactPerson.deleted_at.is_(None)))
            if owner is None or str(owner) != str(company_id):
                raise ValidationError("Kontaktpersonen hører ikke til virksomheden.",
                                      "The contact person does not belong to the company.",
                                      field="contact_person_id")
        if job_order_id:
            owner = session.scalar(select(JobOrder.company_id).where(
                JobOrder.id == job_order_id, JobOrder.deleted_at.is_(None)))
            if owner is None or str(owner) != str(company_id):
                raise ValidationError("Jobordren hører ikke til virksomheden.",
                                      "The job order does not belong to the company.",
                                      field="job_order_id")

    # ------------------------------------------------------------------ follow-ups
    def follow_ups(self, company_id: str, *, include_done: bool = True) -> list[FollowUpDTO]:
        conditions = [FollowUp.company_id == company_id, FollowUp.deleted_at.is_(None)]
        if not include_done:
            conditions.append(FollowUp.done_at.is_(None))
        return self._follow_ups(conditions, order=(FollowUp.done_at.is_not(None), FollowUp.due))

    def my_follow_ups(self, *, days_ahead: int | None = 14, today: date | None = None,
                      user_id: str | None = None) -> list[FollowUpDTO]:
        """Mine opfølgninger: open follow-ups assigned to the logged-in consultant that are
        overdue or due within ``days_ahead`` days (None: every open one), oldest first."""
        user = user_id or self.ctx.actor.user_id
        if user is None:
            return []
        today = today or datetime.now(COPENHAGEN).date()
        conditions = [
            FollowUp.assigned_to_id == user,
            FollowUp.deleted_at.is_(None),
            FollowUp.done_at.is_(None),
            Company.deleted_at.is_(None),
        ]
        if days_ahead is not None:
            conditions.append(FollowUp.due <= today + timedelta(days=days_ahead))
        return self._follow_ups(conditions, order=(FollowUp.due,))

    def count_my_due(self, today: date | None = None) -> tuple[int, int]:
        """(due today or overdue, of which overdue) for the logged-in consultant."""
        today = today or datetime.now(COPENHAGEN).date()
        user = self.ctx.actor.user_id
        if user is None:
            return 0, 0
        with self.ctx.uow() as uow:
            total, overdue = uow.session.execute(
                select(func.count(), func.sum(case((FollowUp.due < today, 1), else_=0)))
                .select_from(FollowUp)
                .join(Company, Company.id == FollowUp.company_id)
                .where(FollowUp.assigned_to_id == user, FollowUp.deleted_at.is_(None),
                       FollowUp.done_at.is_(None), Company.deleted_at.is_(None),
                       FollowUp.due <= today)
            ).one()
        return int(total or 0), int(overdue or 0)

    def _follow_ups(self, conditions: list, order: tuple) -> list[FollowUpDTO]:
        stmt = (
            select(FollowUp, Company.name, User.name)
            .join(Company, Company.id == FollowUp.company_id)
            .outerjoin(User, User.id == FollowUp.assigned_to_id)
            .where(*conditions)
            .order_by(*order, Company.sort_key, FollowUp.id)
        )
        with self.ctx.uow() as uow:
            return [
                FollowUpDTO(
                    id=f.id, version=f.version, company_id=f.company_id, company_name=company,
                    due=f.due, text=f.text, assigned_to_id=f.assigned_to_id,
                    assigned_to=user or "", job_order_id=f.job_order_id, done_at=f.done_at,
                    modified_at=f.modified_at,
                )
                for f, company, user in uow.session.execute(stmt)
            ]

    def add_follow_up(self, company_id: str, data: FollowUpInput) -> FollowUpDTO:
        text = self._validate_follow_up(data)
        with self.ctx.uow() as uow:
            s = uow.session
            self._companies.load_for_update(s, company_id)
            self._check_belongs(s, company_id, None, data.job_order_id)
            follow = FollowUp(
                company_id=company_id, due=data.due, text=text,
                assigned_to_id=data.assigned_to_id or self.ctx.actor.user_id,
                job_order_id=data.job_order_id or None,
                contact_log_entry_id=data.contact_log_entry_id or None,
            )
            s.add(follow)
            uow.commit()
            follow_id = follow.id
        return self._one(follow_id)

    def update_follow_up(self, follow_up_id: str, base_version: int,
                         data: FollowUpInput) -> FollowUpDTO:
        text = self._validate_follow_up(data)
        with self.ctx.uow() as uow:
            follow = self._load_follow_up(uow.session, follow_up_id)
            check_version(follow.version, base_version, "opfølgningen", "the follow-up")
            self._check_belongs(uow.session, follow.company_id, None, data.job_order_id)
            follow.due = data.due
            follow.text = text
            follow.assigned_to_id = data.assigned_to_id or follow.assigned_to_id
            follow.job_order_id = data.job_order_id or None
            uow.commit()
        return self._one(follow_up_id)

    def set_follow_up_done(self, follow_up_id: str, done: bool = True) -> FollowUpDTO:
        with self.ctx.uow() as uow:
            follow = self._load_follow_up(uow.session, follow_up_id)
            follow.done_at = datetime.now(UTC) if done else None
            uow.commit()
        return self._one(follow_up_id)

    def delete_follow_up(self, follow_up_id: str) -> None:
        with self.ctx.uow() as uow:
            follow = self._load_follow_up(uow.session, follow_up_id)
            follow.deleted_at = datetime.now(UTC)
            uow.commit()

    def _validate_follow_up(self, data: FollowUpInput) -> str:
        if not isinstance(data.due, date):
            raise ValidationError("Vælg en dato for opfølgningen.", "Choose a due date.",
                                  field="due")
        text = " ".join(data.text.split())
        if not text:
            raise ValidationError("Skriv hvad opfølgningen går ud på.", "Describe the follow-up.",
                                  field="text")
        if len(text) > 500:
            raise ValidationError("Teksten er for lang (højst 500 tegn).", "The text is too long.",
                                  field="text")
        return text

    def _load_follow_up(self, session, follow_up_id: str) -> FollowUp:  # noqa: ANN001
        follow = session.get(FollowUp, follow_up_id)
        if follow is None or follow.deleted_at is not None:
            raise NotFoundError("Opfølgningen findes ikke (længere).",
                                "The follow-up no longer exists.")
        return follow

    def _one(self, follow_up_id: str) -> FollowUpDTO:
        found = self._follow_ups([FollowUp.id == follow_up_id], order=(FollowUp.due,))
        if not found:
            raise NotFoundError("Opfølgningen findes ikke (længere).",
                                "The follow-up no longer exists.")
        return found[0]

    # ------------------------------------------------------------------ calendar export
    def export_follow_ups_ics(self, path: str | Path, *, days_ahead: int | None = None,
                              now: datetime | None = None) -> int:
        """Write the logged-in consultant's open follow-ups to an .ics calendar file.

        Each follow-up keeps its UID across exports, so importing the file again updates the
        calendar entries instead of duplicating them. Returns the number of entries.
        """
        items = self.my_follow_ups(days_ahead=days_ahead)
        events = [
            CalendarEvent(
                uid=event_uid("follow_up", f.id),
                summary=f"{f.text} – {f.company_name}",
                due=f.due,
                description=f"Opfølgning hos {f.company_name}.\n{f.text}",
                sequence=0,
                last_modified=f.modified_at,
            )
            for f in items
        ]
        count = write_ics(path, events, calendar_name=f"Opfølgninger – {self.ctx.actor.name}",
                          now=now)
        with self.ctx.uow() as uow:
            uow.log("export", "follow_up", criterion=f"mine opfølgninger → {Path(path).name}",
                    detail=f"{count} opfølgninger")
            uow.commit()
        return count


def _contact(c: ContactPerson) -> ContactDTO:
    return ContactDTO(
        id=c.id, version=c.version, company_id=c.company_id, name=c.name, role=c.role,
        phone=c.phone, email=c.email, preferred_channel=c.preferred_channel,
        is_employee_rep=c.is_employee_rep, active=c.active,
    )


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
