"""A citizen's rights over their data: access (export everything held) and erasure.

Right of access (GDPR art. 15, DOMAIN.md 6): ``export`` returns every stored field about the
person, their lists, target-group history, consents, placements and mediation events, plus the
access-log entries about them (when and what was done; staff names are left out, as
Datatilsynet's practice allows). The export itself is logged first, so it lists itself.

Erasure (GDPR art. 17, limited for a public authority by record-keeping rules): ``erase``
removes the personal fields and free texts and keeps what retention allows: the pseudonym
label, the placements' statistical fields (scheme, dates, status, outcome, target group at
start) and the consent records as proof of what was disclosed when. The access log is
append-only and stays. One ``erase`` log row records who did it, when and why.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.errors import NotFoundError, UserError, ValidationError
from ..domain.text import danish_sort_key
from ..domain.values import format_cpr
from ..persistence.orm import (
    AccessLog,
    Candidate,
    Company,
    JobOrder,
    MediationEvent,
    Placement,
    User,
)
from .consents import PURPOSES
from .context import ServiceContext

ERASED_NAME = "Slettet borger"
EXPORT_FORMAT = "jobcenter-desktop/indsigt/1"

ACTION_TEXT = {
    "view": "Profilen blev vist",
    "search": "Søgning",
    "create": "Oprettet",
    "update": "Ændret",
    "delete": "Slettet",
    "print": "Udskrevet",
    "export": "Udtrukket (eksport)",
    "reveal_cpr": "CPR-nummeret blev vist",
    "erase": "Personoplysninger slettet",
}
# Placement fields that are free text about the person; cleared on erasure.
_PLACEMENT_FREE_TEXT = ("purpose", "stop_reason", "mentor")


@dataclass(frozen=True)
class ErasureResult:
    candidate_id: str
    label: str
    removed: tuple[str, ...]
    kept: tuple[str, ...]


def _iso(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_private_file(path: str | Path, data: bytes) -> None:
    """Write ``data`` whole or not at all (temporary file, then rename), readable by the owner
    only: exports, reports and PDFs with personal data pass through here."""
    target = Path(path)
    if target.is_dir():
        raise ValidationError(f"{target} er en mappe; angiv et filnavn.",
                              f"{target} is a folder; give a file name.", field="out")
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror or exc}",
                        f"Could not write {target}: {exc.strerror or exc}") from exc


class PersonDataService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ access
    def export(self, candidate_id: str) -> dict:
        """Everything held about one citizen, as JSON-ready data. Logged as ``export``."""
        ref = self.ctx.reference()
        rules = self.ctx.rulebook()
        with self.ctx.uow() as uow:
            s = uow.session
            cand = s.get(Candidate, candidate_id)
            if cand is None or cand.deleted_at is not None:
                raise NotFoundError("Borgeren findes ikke.", "The citizen does not exist.")
            uow.log("export", "candidate", entity_id=cand.id, person_id=cand.id,
                    detail="indsigt (art. 15): alle oplysninger og logposter")
            uow.flush()
            consultant = s.scalar(select(User.name).where(User.id == cand.responsible_consultant_id)) \
                if cand.responsible_consultant_id else None
            kommune = ref.kommune(cand.kommune_code) if cand.kommune_code else None
            person = {
                "label": cand.label,
                "name": cand.name,
                "cpr": format_cpr(self.ctx.vault.decrypt(cand.cpr_encrypted)) if cand.cpr_encrypted else None,
                "birth_year": cand.birth_year,
                "phone": cand.phone,
                "email": cand.email,
                "address": cand.address,
                "postcode": cand.postcode,
                "town": cand.town,
                "kommune": kommune.name if kommune else cand.kommune_code,
                "readiness": cand.readiness,
                "education": cand.education,
                "max_commute_km": cand.max_commute_km,
                "max_commute_minutes": cand.max_commute_minutes,
                "hours_wanted": cand.hours_wanted,
                "available_from": _iso(cand.available_from),
                "work_restrictions": cand.work_restrictions,
                "single_parent": cand.single_parent,
                "has_qualifying_education": cand.has_qualifying_education,
                "benefit_since": _iso(cand.benefit_since),
                "responsible_consultant": consultant,
                "created_at": _iso(cand.created_at),
                "modified_at": _iso(cand.modified_at),
                "erased_at": _iso(cand.erased_at),
            }
            target_groups = []
            for p in cand.target_groups:
                group = rules.target_group(p.target_group_code, p.valid_from) or rules.target_group(
                    p.target_group_code)
                target_groups.append({
                    "code": p.target_group_code, "name": group.name_da if group else None,
                    "valid_from": _iso(p.valid_from), "valid_to": _iso(p.valid_to),
                })
            placements = [
                {
                    "company": company, "scheme": p.scheme_code,
                    "target_group_at_start": p.target_group_code, "start": _iso(p.start),
                    "planned_end": _iso(p.planned_end), "actual_end": _iso(p.actual_end),
                    "hours_per_week": p.hours_per_week, "status": p.status, "outcome": p.outcome,
                    "purpose": p.purpose, "stop_reason": p.stop_reason, "mentor": p.mentor,
                    "follow_up_dates": p.follow_up_dates or [],
                }
                for p, company in s.execute(
                    select(Placement, Company.name)
                    .join(Company, Company.id == Placement.company_id)
                    .where(Placement.candidate_id == cand.id, Placement.deleted_at.is_(None))
                    .order_by(Placement.start)
                )
            ]
            mediation = [
                {"at": _iso(e.at), "kind": e.kind, "job_order": title, "company": company,
                 "reason": e.reason}
                for e, title, company in s.execute(
                    select(MediationEvent, JobOrder.title, Company.name)
                    .join(JobOrder, JobOrder.id == MediationEvent.job_order_id)
                    .join(Company, Company.id == JobOrder.company_id)
                    .where(MediationEvent.candidate_id == cand.id)
                    .order_by(MediationEvent.at)
                )
            ]
            log = [
                {"at": _iso(r.at), "action": r.action,
                 "action_text": ACTION_TEXT.get(r.action, r.action), "what": r.entity,
                 "detail": r.detail}
                for r in s.scalars(
                    select(AccessLog).where(AccessLog.person_id == cand.id)
                    .order_by(AccessLog.at, AccessLog.id)
                )
            ]
            data = {
                "format": EXPORT_FORMAT,
                "exported_at": _iso(datetime.now(UTC)),
                "controller": self.ctx.jobcenter_name,
                "person": person,
                "desired_occupations": [
                    {"rank": o.rank, "disco_code": o.disco_code,
                     "title": (ref.occupation(o.disco_code).title if ref.occupation(o.disco_code) else None)}
                    for o in cand.occupations
                ],
                "experience": [
                    {"employer": e.employer, "disco_code": e.disco_code, "years": e.years,
                     "description": e.description}
                    for e in cand.experiences
                ],
                "skills": sorted(t.tag for t in cand.tags if t.kind == "skill"),
                "certificates": sorted(t.tag for t in cand.tags if t.kind == "certificate"),
                "driving_licences": sorted(x.code for x in cand.licences),
                "languages": [{"language": x.language, "level": x.level} for x in cand.languages],
                "target_groups": target_groups,
                "consents": [
                    {"purpose": c.purpose, "purpose_text": PURPOSES.get(c.purpose, (c.purpose,))[0],
                     "given_at": _iso(c.given_at), "channel": c.channel,
                     "expires_at": _iso(c.expires_at), "withdrawn_at": _iso(c.withdrawn_at),
                     "note": c.note}
                    for c in sorted(cand.consents, key=lambda c: c.given_at)
                ],
                "placements": placements,
                "mediation_events": mediation,
                "access_log": log,
            }
            uow.commit()
            return data

    def write_export(self, candidate_id: str, path: str | Path) -> int:
        """Write the export as UTF-8 JSON, atomically and readable by the owner only.
        Returns the number of access-log entries included."""
        data = self.export(candidate_id)
        write_private_file(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        return len(data["access_log"])

    # ------------------------------------------------------------------ erasure
    def erase(self, candidate_id: str, *, reason: str) -> ErasureResult:
        """Remove the citizen's personal data, keeping only what retention allows."""
        self.ctx.require_role("leader")
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError("Angiv hvorfor oplysningerne slettes (fx anmodning fra borgeren).",
                                  "State why the data is erased (e.g. the citizen's request).",
                                  field="reason")
        with self.ctx.uow() as uow:
            s = uow.session
            cand = s.get(Candidate, candidate_id)
            if cand is None or cand.deleted_at is not None:
                raise NotFoundError("Borgeren findes ikke.", "The citizen does not exist.")
            if cand.erased_at is not None:
                raise ValidationError("Borgerens oplysninger er allerede slettet.",
                                      "The citizen's data has already been erased.")
            now = datetime.now(UTC)
            with s.no_autoflush:
                cand.name = ERASED_NAME
                cand.sort_key = danish_sort_key(ERASED_NAME)
                cand.cpr_encrypted = cand.cpr_lookup = None
                cand.birth_year = None
                cand.phone = cand.email = cand.address = cand.town = ""
                cand.postcode = cand.kommune_code = None
                cand.readiness = None
                cand.education = cand.work_restrictions = ""
                cand.max_commute_km = cand.max_commute_minutes = None
                cand.hours_wanted = None
                cand.available_from = cand.benefit_since = None
                cand.single_parent = cand.has_qualifying_education = None
                cand.search_text = ""
                cand.occupations = []
                cand.experiences = []
                cand.tags = []
                cand.licences = []
                cand.languages = []
                cand.target_groups = []
                cand.erased_at = now
                for consent in cand.consents:
                    consent.note = ""
                for placement in s.scalars(select(Placement).where(Placement.candidate_id == cand.id)):
                    for name in _PLACEMENT_FREE_TEXT:
                        setattr(placement, name, "")
            uow.log("erase", "candidate", entity_id=cand.id, person_id=cand.id,
                    detail=f"sletning af personoplysninger: {reason}"[:1000])
            uow.commit()
            return ErasureResult(
                candidate_id=cand.id,
                label=cand.label,
                removed=("navn", "CPR-nummer", "kontaktoplysninger", "adresse og postnummer",
                         "fødselsår", "parathed", "målgruppehistorik", "ønsker, erfaring, "
                         "uddannelse, kompetencer, certifikater, kørekort, sprog",
                         "hensyn", "fritekst på forløb og samtykker"),
                kept=("pseudonym " + cand.label, "forløb til statistik (ordning, datoer, status, "
                      "resultat, målgruppe ved start)", "samtykkers formål og datoer", "adgangslog"),
            )
