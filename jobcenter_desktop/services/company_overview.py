"""Everything the company view shows about one company, read in one call.

The Companies tab asks for this when a company is selected or something about it changed:
master data, contact persons, the contact log, job orders, placements, agreements and
follow-ups. Placements name citizens, so reading them writes view rows to the access log.
"""

from __future__ import annotations

from dataclasses import dataclass

from .agreements import AgreementDTO, AgreementService
from .companies import CompanyDetail, CompanyPlacement, CompanyService
from .contacts import ContactDTO, ContactService, FollowUpDTO, LogEntryDTO
from .context import ServiceContext
from .joborders import JobOrderRow, JobOrderService


@dataclass(frozen=True)
class CompanyOverview:
    detail: CompanyDetail
    contacts: tuple[ContactDTO, ...]
    log: tuple[LogEntryDTO, ...]
    job_orders: tuple[JobOrderRow, ...]
    placements: tuple[CompanyPlacement, ...]
    agreements: tuple[AgreementDTO, ...]
    follow_ups: tuple[FollowUpDTO, ...]

    @property
    def id(self) -> str:
        return self.detail.id


class CompanyOverviewService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.companies = CompanyService(ctx)
        self.contacts = ContactService(ctx)
        self.agreements = AgreementService(ctx)
        self.job_orders = JobOrderService(ctx)

    def get(self, company_id: str) -> CompanyOverview:
        detail = self.companies.get(company_id)
        return CompanyOverview(
            detail=detail,
            contacts=tuple(self.contacts.list_contacts(detail.id)),
            log=tuple(self.contacts.contact_log(detail.id)),
            job_orders=tuple(self.job_orders.for_company(detail.id)),
            placements=tuple(self.companies.placements(detail.id)),
            agreements=tuple(self.agreements.list(detail.id)),
            follow_ups=tuple(self.contacts.follow_ups(detail.id)),
        )
