"""Exporting the company register (or the current search and filters) to XLSX or CSV.

The columns carry the Danish header names the company import recognises, so an exported file
can be edited in Excel and imported again. Cells a spreadsheet would run as formulas
("=", "+", "-", "@" first) are neutralised by ``fileio.export``; postcodes and CVR numbers stay
text with their leading zeros. Contact persons are personal data: the export is logged with
the search and filters used.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, select

from ..domain.errors import UserError
from ..fileio.export import write_csv, write_xlsx
from ..persistence.orm import Company, ContactPerson, JobOrder, User, Workplace
from .companies import OPEN_JOB_ORDER_STATUSES, CompanyService, industry_title
from .context import ServiceContext
from .lists import ListQuery

FORMATS = ("xlsx", "csv")
HEADERS = (
    "CVR-nummer", "Virksomhedsnavn", "Adresse", "Postnummer", "By", "Kommune", "Branchekode",
    "Branche", "Antal ansatte", "Sektor", "Status", "Telefon", "E-mail", "Hjemmeside",
    "P-nummer", "Øvrige P-numre", "Kontaktperson", "Kontaktpersons stilling", "Kontakttelefon", "Kontakt-e-mail",
    "Ansvarlig konsulent", "Åbne jobordrer", "Seneste kontakt", "Noter",
)
_STATUS = {"prospect": "Emne", "active": "Aktiv", "dormant": "Hvilende", "closed": "Lukket"}
_SECTOR = {"private": "Privat", "public": "Offentlig"}
_BATCH = 2000


class CompanyExportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._companies = CompanyService(ctx)

    def export(self, path: str | Path, fmt: str | None = None,
               query: ListQuery | None = None) -> int:
        """Write the companies of ``query`` (default: all) to ``path``; returns the count.

        ``fmt`` is "xlsx" or "csv"; by default it follows the file extension.
        """
        path = Path(path)
        fmt = (fmt or path.suffix.lstrip(".")).lower()
        if fmt not in FORMATS:
            raise UserError("Vælg formatet xlsx eller csv.", "Choose the format xlsx or csv.")
        query = query or ListQuery()
        ids = self._companies.list_ids(ListQuery(search=query.search, filters=query.filters,
                                                 sort=query.sort, descending=query.descending))
        rows = self._rows(ids)
        if fmt == "xlsx":
            count = write_xlsx(path, HEADERS, rows, sheet_title="Virksomheder")
        else:
            count = write_csv(path, HEADERS, rows)
        criterion = " ".join(
            part for part in (
                f"søgning «{query.search}»" if query.search else "",
                f"filtre {query.filters}" if query.filters else "",
            ) if part
        ) or "alle virksomheder"
        with self.ctx.uow() as uow:
            uow.log("export", "company", criterion=f"{criterion} → {path.name}",
                    detail=f"{count} virksomheder ({fmt})")
            uow.commit()
        return count

    def _rows(self, ids: list[str]) -> Iterator[list[object]]:
        ref = self.ctx.reference()
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start:start + _BATCH]
            with self.ctx.uow() as uow:
                s = uow.session
                p_numbers: dict[str, list[str]] = defaultdict(list)
                for cid, p in s.execute(
                    select(Workplace.company_id, Workplace.p_number)
                    .where(Workplace.company_id.in_(chunk), Workplace.deleted_at.is_(None))
                    .order_by(Workplace.p_number)
                ):
                    p_numbers[str(cid)].append(p)
                first_contact: dict[str, ContactPerson] = {}
                for c in s.scalars(
                    select(ContactPerson)
                    .where(ContactPerson.company_id.in_(chunk), ContactPerson.deleted_at.is_(None),
                           ContactPerson.active.is_(True))
                    .order_by(ContactPerson.name, ContactPerson.id)
                ):
                    first_contact.setdefault(str(c.company_id), c)
                open_jobs = dict(s.execute(
                    select(JobOrder.company_id, func.count())
                    .where(JobOrder.company_id.in_(chunk), JobOrder.deleted_at.is_(None),
                           JobOrder.status.in_(OPEN_JOB_ORDER_STATUSES))
                    .group_by(JobOrder.company_id)
                ).all())
                open_jobs = {str(k): v for k, v in open_jobs.items()}
                by_id = {
                    str(c.id): (c, consultant)
                    for c, consultant in s.execute(
                        select(Company, User.name)
                        .outerjoin(User, User.id == Company.responsible_consultant_id)
                        .where(Company.id.in_(chunk))
                    )
                }
            for raw in chunk:
                key = _key(raw, by_id)
                if key is None:
                    continue
                company, consultant = by_id[key]
                kommune = ref.kommune(company.kommune_code) if company.kommune_code else None
                industry = industry_title(ref, company.industry_code)
                contact = first_contact.get(key)
                yield [
                    company.cvr, company.name, company.address, company.postcode or "",
                    company.town, kommune.name if kommune else "", company.industry_code or "",
                    industry.partition(" ")[2], company.employee_band or "",
                    _SECTOR.get(company.sector, company.sector),
                    _STATUS.get(company.status, company.status), phone_text(company.phone),
                    company.email,
                    company.website, (p_numbers.get(key) or [""])[0],
                    ", ".join(p_numbers.get(key, [])[1:]),
                    contact.name if contact else "", contact.role if contact else "",
                    phone_text(contact.phone) if contact else "",
                    contact.email if contact else "",
                    consultant or "", open_jobs.get(key, 0), company.last_contact_at,
                    company.notes,
                ]


def phone_text(phone: str) -> str:
    """A stored phone number as a Danish spreadsheet user writes it: "20 30 40 50" for Danish
    numbers, "0046 8 123 456" for foreign ones. A leading "+" would be taken for a formula and
    neutralised with an apostrophe; the import reads both forms back to the stored one."""
    if phone.startswith("+45 "):
        return phone[4:]
    if phone.startswith("+"):
        return "00" + phone[1:]
    return phone


def _key(raw: str, by_id: dict) -> str | None:
    if raw in by_id:
        return raw
    from .lists import canonical

    text = canonical(raw)
    return text if text in by_id else None
