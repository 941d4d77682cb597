"""Cooperation agreements (samarbejdsaftale, partnerskabsaftale, jobserviceaftale).

An agreement records how a company and the jobcenter work together: its type, period, content,
what the company commits to (e.g. four internship places a year) and who signed. An agreement
is current while today lies in its period; the company list's "cooperation agreement" filter
uses exactly that rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from ..domain.dates import format_date
from ..domain.errors import NotFoundError, ValidationError
from ..persistence.orm import Agreement
from .companies import CompanyService, check_version
from .context import ServiceContext

TYPES = ("samarbejdsaftale", "partnerskabsaftale", "jobserviceaftale")
TYPE_NAMES = {
    "samarbejdsaftale": ("Samarbejdsaftale", "Cooperation agreement"),
    "partnerskabsaftale": ("Partnerskabsaftale", "Partnership agreement"),
    "jobserviceaftale": ("Jobserviceaftale", "Job-service agreement"),
}


@dataclass(frozen=True)
class AgreementInput:
    type: str
    start: date
    end: date | None = None
    content: str = ""
    commitments: str = ""
    internship_places_per_year: int | None = None
    signed_by: str = ""


@dataclass(frozen=True)
class AgreementDTO:
    id: str
    version: int
    company_id: str
    type: str
    start: date
    end: date | None
    content: str
    commitments: str
    internship_places_per_year: int | None
    signed_by: str

    def is_current(self, today: date) -> bool:
        return self.start <= today and (self.end is None or self.end >= today)

    def as_input(self) -> AgreementInput:
        return AgreementInput(self.type, self.start, self.end, self.content, self.commitments,
                              self.internship_places_per_year, self.signed_by)


def type_name(code: str, language: str = "da") -> str:
    names = TYPE_NAMES.get(code)
    return (names[1] if language == "en" else names[0]) if names else code


class AgreementService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._companies = CompanyService(ctx)

    def list(self, company_id: str) -> list[AgreementDTO]:
        """The company's agreements, the newest start first."""
        with self.ctx.uow() as uow:
            rows = uow.session.scalars(
                select(Agreement)
                .where(Agreement.company_id == company_id, Agreement.deleted_at.is_(None))
                .order_by(Agreement.start.desc(), Agreement.id)
            ).all()
            return [_dto(a) for a in rows]

    def validate(self, data: AgreementInput) -> dict:
        if data.type not in TYPES:
            raise ValidationError("Vælg aftaletype.", "Choose the agreement type.", field="type")
        if not isinstance(data.start, date):
            raise ValidationError("Startdato skal udfyldes.", "Start date is required.",
                                  field="start")
        if data.end is not None and data.end < data.start:
            raise ValidationError(
                f"Slutdatoen {format_date(data.end)} ligger før startdatoen "
                f"{format_date(data.start)}.",
                "The end date is before the start date.", field="end",
            )
        places = data.internship_places_per_year
        if places is not None and not 0 <= places <= 1000:
            raise ValidationError("Antal praktikpladser skal være mellem 0 og 1000.",
                                  "Internship places must be between 0 and 1000.",
                                  field="internship_places_per_year")
        signed_by = " ".join(data.signed_by.split())
        if len(signed_by) > 200:
            raise ValidationError("Navnet er for langt (højst 200 tegn).", "The name is too long.",
                                  field="signed_by")
        return {
            "type": data.type, "start": data.start, "end": data.end,
            "content": data.content.strip(), "commitments": data.commitments.strip(),
            "internship_places_per_year": places, "signed_by": signed_by,
        }

    def create(self, company_id: str, data: AgreementInput) -> AgreementDTO:
        cleaned = self.validate(data)
        with self.ctx.uow() as uow:
            self._companies.load_for_update(uow.session, company_id)
            agreement = Agreement(company_id=company_id, **cleaned)
            uow.session.add(agreement)
            uow.commit()
            return _dto(agreement)

    def update(self, agreement_id: str, base_version: int, data: AgreementInput) -> AgreementDTO:
        cleaned = self.validate(data)
        with self.ctx.uow() as uow:
            agreement = self._load(uow.session, agreement_id)
            check_version(agreement.version, base_version, "aftalen", "the agreement")
            for column, value in cleaned.items():
                setattr(agreement, column, value)
            uow.commit()
            return _dto(agreement)

    def delete(self, agreement_id: str, base_version: int) -> None:
        with self.ctx.uow() as uow:
            agreement = self._load(uow.session, agreement_id)
            check_version(agreement.version, base_version, "aftalen", "the agreement")
            agreement.deleted_at = datetime.now(UTC)
            uow.commit()

    def _load(self, session, agreement_id: str) -> Agreement:  # noqa: ANN001
        agreement = session.get(Agreement, agreement_id)
        if agreement is None or agreement.deleted_at is not None:
            raise NotFoundError("Aftalen findes ikke (længere).", "The agreement no longer exists.")
        return agreement


def _dto(a: Agreement) -> AgreementDTO:
    return AgreementDTO(
        id=a.id, version=a.version, company_id=a.company_id, type=a.type, start=a.start,
        end=a.end, content=a.content, commitments=a.commitments,
        internship_places_per_year=a.internship_places_per_year, signed_by=a.signed_by,
    )
