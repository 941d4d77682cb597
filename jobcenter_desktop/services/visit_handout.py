"""The company visit handout (besøgsark): gathers what a visit needs from the store, renders
the PDF with ``reports.visit_handout`` and logs the print.

What goes on paper is decided here, not in the renderer: citizens in placements appear by
their anonymised label ("K-4821") unless that citizen has an active consent to share the
profile with employers, and never with CPR, target group, benefit or restrictions (DOMAIN.md
§6). Every citizen named or labelled on the handout gets a "print" row in the access log.
The "matching candidates" section is left out (None) until matching supplies it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ..domain.dates import COPENHAGEN
from ..domain.errors import UserError
from ..reports.base import ReportContext
from ..reports.visit_handout import (
    CompanyMasterData,
    VisitAgreement,
    VisitContact,
    VisitHandout,
    VisitJobOrder,
    VisitLogEntry,
    VisitPlacement,
    render_visit_handout,
)
from .agreements import AgreementService, type_name
from .companies import OPEN_JOB_ORDER_STATUSES, CompanyService, industry_title
from .contacts import ContactService
from .context import ServiceContext
from .joborders import JobOrderService

RECENT_LOG_ENTRIES = 8
RECENT_PLACEMENTS = 15
_CHANNELS = {"jobnet": ("Jobnet", "Jobnet")}
_PLACEMENT_STATUSES_SHOWN = ("planned", "active", "completed", "stopped_early")


@dataclass(frozen=True)
class HandoutResult:
    pdf: bytes
    company_name: str


class VisitHandoutService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._companies = CompanyService(ctx)
        self._contacts = ContactService(ctx)
        self._agreements = AgreementService(ctx)
        self._jobs = JobOrderService(ctx)

    def build(self, company_id: str, *, visit_date: date | None = None, purpose: str = "",
              language: str = "da") -> VisitHandout:
        """The handout's content for ``company_id`` (no logging; see ``render``)."""
        return self._build(company_id, visit_date, purpose, language)[0]

    def _build(self, company_id: str, visit_date: date | None, purpose: str,
               language: str) -> tuple[VisitHandout, list[str]]:
        ref = self.ctx.reference()
        rules = self.ctx.rulebook()
        detail = self._companies.get(company_id)
        today = datetime.now(COPENHAGEN).date()
        master = CompanyMasterData(
            name=detail.name,
            cvr=detail.cvr,
            p_numbers=detail.p_numbers,
            address=detail.address,
            postcode=detail.postcode,
            town=detail.town,
            industry=industry_title(ref, detail.industry_code),
            size_band=(f"{detail.employee_band} ansatte" if language != "en"
                       else f"{detail.employee_band} employees") if detail.employee_band else "",
            responsible_consultant=detail.responsible_consultant_name,
        )
        contacts = [
            VisitContact(c.name, c.role, c.phone, c.email, c.is_employee_rep)
            for c in self._contacts.list_contacts(company_id, include_inactive=False)
        ]
        log = [
            VisitLogEntry(
                at=e.at,
                channel=_channel(e.channel, language),
                consultant=e.consultant,
                summary=e.summary,
                outcome=e.outcome,
                follow_up=e.follow_up_due,
            )
            for e in self._contacts.contact_log(company_id, limit=RECENT_LOG_ENTRIES)
        ]
        jobs = []
        for row in self._jobs.for_company(company_id):
            if row.status not in OPEN_JOB_ORDER_STATUSES:
                continue
            job = self._jobs.get(row.id)
            schemes = ", ".join(
                (s.name(language) if (s := rules.scheme(code)) else code)
                for code in job.schemes_allowed
            )
            jobs.append(VisitJobOrder(job.title, job.positions, job.hours_per_week, job.deadline,
                                      job.status, schemes))
        placements = []
        shown = [p for p in self._companies.placements(company_id, log_view=False)
                 if p.status in _PLACEMENT_STATUSES_SHOWN][:RECENT_PLACEMENTS]
        for p in shown:
            scheme = rules.scheme(p.scheme_code)
            placements.append(VisitPlacement(
                candidate=p.candidate_name if p.has_share_consent else p.candidate_label,
                scheme=scheme.name(language) if scheme else p.scheme_code,
                start=p.start,
                end=p.actual_end or p.planned_end,
                status=p.status,
            ))
        agreements = [
            VisitAgreement(type_name(a.type, language), a.start, a.end,
                           _agreement_text(a.content, a.commitments, a.internship_places_per_year,
                                           language))
            for a in self._agreements.list(company_id)
            if a.end is None or a.end >= today
        ]
        handout = VisitHandout(
            company=master, visit_date=visit_date, purpose=purpose.strip(), contacts=contacts,
            contact_log=log, job_orders=jobs, placements=placements, agreements=agreements,
            matching_candidates=None,
        )
        return handout, list(dict.fromkeys(p.candidate_id for p in shown))

    def render(self, company_id: str, *, visit_date: date | None = None, purpose: str = "",
               language: str = "da", logo_path: str | Path | None = None) -> HandoutResult:
        """PDF bytes of the handout; writes the print to the access log."""
        data, people = self._build(company_id, visit_date, purpose, language)
        context = ReportContext(
            jobcenter_name=self.ctx.jobcenter_name,
            logo_path=logo_path or None,
            printed_by=self.ctx.actor.name or self.ctx.actor.username,
            printed_at=datetime.now(UTC),
            language=language,
        )
        pdf = render_visit_handout(data, context)
        with self.ctx.uow() as uow:
            uow.log("print", "company", entity_id=company_id, detail="besøgsark")
            for person in people:
                uow.log("print", "placement", person_id=person,
                        detail=f"besøgsark for virksomhed {company_id}")
            uow.commit()
        return HandoutResult(pdf=pdf, company_name=data.company.name)

    def write(self, company_id: str, out: str | Path, **kwargs) -> HandoutResult:  # noqa: ANN003
        """Render and save to ``out`` (replaced only when the PDF is complete)."""
        result = self.render(company_id, **kwargs)
        save_file(out, result.pdf)
        return result


def save_file(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (private file: it may name people)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"«{target.name}» kunne ikke gemmes: {exc.strerror or exc}.",
                        f"'{target.name}' could not be saved: {exc.strerror or exc}.") from None


def _channel(code: str, language: str) -> str:
    names = _CHANNELS.get(code)
    if names:
        return names[1] if language == "en" else names[0]
    return code  # visit/phone/email/meeting: the renderer has labels for these codes


def _agreement_text(content: str, commitments: str, places: int | None, language: str) -> str:
    parts = [content.strip()]
    if commitments.strip():
        parts.append(("Commitments: " if language == "en" else "Tilsagn: ") + commitments.strip())
    if places:
        parts.append(f"{places} internship places a year" if language == "en"
                     else f"{places} praktikpladser om året")
    return "\n".join(p for p in parts if p)
