"""Hand-made stores for the matching and placement tests: a few companies, job orders and
citizens written straight to the tables, so each test knows the right answer."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from jobcenter_desktop.domain.text import company_name_key, danish_sort_key, fold, index_text
from jobcenter_desktop.persistence.orm import (
    Agreement,
    Candidate,
    CandidateLanguage,
    CandidateLicence,
    CandidateOccupation,
    CandidateTag,
    Company,
    Consent,
    ContactPerson,
    HeadcountRecord,
    JobOrder,
    JobOrderRequirement,
    Placement,
    TargetGroupPeriod,
    Workplace,
    new_id,
    search_rowid_for,
)
from jobcenter_desktop.services.demo import valid_cvr

TODAY = datetime.now(UTC).date()
_RNG = random.Random(2026)


def company(services, name: str, postcode: str = "7000", *, sector: str = "private",  # noqa: ANN001
            p_number: str = "1000000001", ordinary_fte: float | None = None,
            fte_history: Iterable[tuple[date, float]] = (), agreement: bool = False,
            employee_rep: bool = False) -> tuple[str, str]:
    """(company id, workplace id)."""
    cid, wid = new_id(), new_id()
    with services.ctx.uow() as uow:
        s = uow.session
        s.add(Company(id=cid, cvr=valid_cvr(_RNG), name=name, name_key=company_name_key(name),
                      sort_key=danish_sort_key(name), postcode=postcode, sector=sector,
                      status="active", search_rowid=search_rowid_for(cid),
                      search_text=index_text(name)))
        s.flush()
        s.add(Workplace(id=wid, company_id=cid, p_number=p_number, postcode=postcode, name=f"{name} afd."))
        s.flush()
        if ordinary_fte is not None:
            s.add(HeadcountRecord(workplace_id=wid, as_of=date(2020, 1, 1), ordinary_fte=ordinary_fte))
        for as_of, fte in fte_history:
            s.add(HeadcountRecord(workplace_id=wid, as_of=as_of, ordinary_fte=fte))
        if agreement:
            s.add(Agreement(company_id=cid, type="samarbejdsaftale", start=TODAY - timedelta(days=30)))
        s.add(ContactPerson(company_id=cid, name="Søs Værkfører", role="Værkfører"))
        if employee_rep:
            s.add(ContactPerson(company_id=cid, name="Åse Tillidsrepræsentant", role="TR",
                                is_employee_rep=True))
        uow.commit()
    return cid, wid


def supervisor_of(services, company_id: str) -> str:  # noqa: ANN001
    from sqlalchemy import select

    with services.ctx.uow() as uow:
        return str(uow.session.scalar(select(ContactPerson.id).where(
            ContactPerson.company_id == company_id, ContactPerson.is_employee_rep.is_(False))))


def job_order(services, company_id: str, workplace_id: str | None, *, title: str = "Svejser",  # noqa: ANN001
              disco: str | None = "7212", postcode: str | None = "7000", hours: float | None = 37,
              start: date | None = None, requirements: Iterable[tuple] = (),
              schemes: tuple[str, ...] = ("ORD", "VP", "LT_PRIV"), status: str = "open") -> str:
    """``requirements``: (kind, value, hard[, level])."""
    jid = new_id()
    with services.ctx.uow() as uow:
        s = uow.session
        s.add(JobOrder(id=jid, company_id=company_id, workplace_id=workplace_id, title=title,
                       disco_code=disco, location_postcode=postcode, hours_per_week=hours,
                       start_date=start, deadline=TODAY + timedelta(days=60), status=status,
                       schemes_allowed=list(schemes), search_rowid=search_rowid_for(jid),
                       search_text=index_text(title)))
        s.flush()
        for req in requirements:
            kind, value, hard = req[:3]
            s.add(JobOrderRequirement(job_order_id=jid, kind=kind, value=value, hard=hard,
                                      level=req[3] if len(req) > 3 else None))
        uow.commit()
    return jid


def candidate(services, name: str, *, label: str, postcode: str | None = "7000",  # noqa: ANN001
              wishes: Iterable[str] = ("7212",), skills: Iterable[str] = (),
              certificates: Iterable[str] = (), licences: Iterable[str] = (),
              languages: Iterable[tuple[str, str]] = (("dansk", "modersmål"),),
              commute: int | None = 30, hours: float | None = 37, available: date | None = date(2026, 1, 1),
              consent: str | None = "named_proposal", group: str | None = "DP",
              group_from: date = date(2020, 6, 1), benefit_since: date | None = date(2020, 6, 1),
              birth_year: int | None = 1985, single_parent: bool | None = False,
              qualifying_education: bool | None = True) -> str:
    cid = new_id()
    with services.ctx.uow() as uow:
        s = uow.session
        s.add(Candidate(id=cid, name=name, sort_key=danish_sort_key(name), label=label,
                        postcode=postcode, max_commute_km=commute, hours_wanted=hours,
                        available_from=available, benefit_since=benefit_since, birth_year=birth_year,
                        single_parent=single_parent, has_qualifying_education=qualifying_education,
                        search_rowid=search_rowid_for(cid), search_text=index_text(name, label)))
        s.flush()
        for rank, code in enumerate(wishes, start=1):
            s.add(CandidateOccupation(candidate_id=cid, disco_code=code, rank=rank))
        for kind, tags in (("skill", skills), ("certificate", certificates)):
            for tag in tags:
                s.add(CandidateTag(candidate_id=cid, kind=kind, tag=tag, folded=fold(tag)))
        for code in licences:
            s.add(CandidateLicence(candidate_id=cid, code=code))
        for language, level in languages:
            s.add(CandidateLanguage(candidate_id=cid, language=language, level=level))
        if consent:
            s.add(Consent(candidate_id=cid, purpose=consent, given_at=datetime.now(UTC) - timedelta(days=3),
                          channel="samtale"))
        if group:
            s.add(TargetGroupPeriod(candidate_id=cid, target_group_code=group, valid_from=group_from))
        uow.commit()
    return cid


def placement(services, candidate_id: str, company_id: str, workplace_id: str, *,  # noqa: ANN001
              scheme: str = "VP", start: date, end: date | None, status: str = "active") -> str:
    pid = new_id()
    with services.ctx.uow() as uow:
        uow.session.add(Placement(id=pid, candidate_id=candidate_id, company_id=company_id,
                                  workplace_id=workplace_id, scheme_code=scheme, start=start,
                                  planned_end=end, status=status))
        uow.commit()
    return pid
