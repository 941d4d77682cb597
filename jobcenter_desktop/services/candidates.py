"""Candidates (borgere): list, search, profile, CPR protection.

Personal data: every search logs its criterion, every profile view logs the person, and the
CPR number is only ever returned masked, except by :meth:`CandidateService.reveal_cpr`, which
logs the reveal. CPR search matches the exact full number only, through a keyed hash.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import exists, func, select

from ..domain import values
from ..domain.errors import NotFoundError, ValidationError
from ..domain.text import danish_sort_key, fold, index_text
from ..persistence.orm import (
    Candidate,
    CandidateLanguage,
    CandidateLicence,
    CandidateOccupation,
    CandidateTag,
    Consent,
    TargetGroupPeriod,
    User,
    new_id,
    search_rowid_for,
)
from ..persistence.search import search_condition
from .context import ServiceContext
from .lists import ListQuery, in_requested_order, raw_id_column
from .reference import kommune_for_postcode

READINESS = ("jobparat", "aktivitetsparat", "uddannelsesparat")
_CPR_TYPED = re.compile(r"^\s*\d{6}-?\d{4}\s*$")


@dataclass(frozen=True)
class CandidateRow:
    id: str
    label: str
    name: str
    postcode: str
    town: str
    readiness: str
    target_group: str
    desired_occupation: str
    available_from: date | None
    consultant: str
    has_consent: bool


@dataclass(frozen=True)
class CandidateInput:
    name: str
    cpr: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""
    readiness: str = ""
    target_group_code: str = ""
    target_group_from: date | None = None
    desired_occupations: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    certificates: tuple[str, ...] = ()
    driving_licences: tuple[str, ...] = ()
    languages: tuple[tuple[str, str], ...] = ()
    max_commute_km: int | None = None
    hours_wanted: float | None = None
    available_from: date | None = None
    work_restrictions: str = ""
    education: str = ""
    responsible_consultant_id: str | None = None


@dataclass(frozen=True)
class CandidateDetail:
    id: str
    version: int
    label: str
    name: str
    cpr_masked: str
    has_cpr: bool
    phone: str
    email: str
    address: str
    postcode: str
    town: str
    readiness: str
    target_group_code: str
    desired_occupations: tuple[str, ...]
    skills: tuple[str, ...]
    certificates: tuple[str, ...]
    driving_licences: tuple[str, ...]
    languages: tuple[tuple[str, str], ...]
    max_commute_km: int | None
    hours_wanted: float | None
    available_from: date | None
    work_restrictions: str
    education: str
    responsible_consultant_id: str | None
    consent_active: bool
    consents: tuple = field(default_factory=tuple)


def active_consent_condition(today: date | None = None):  # noqa: ANN201
    today = today or datetime.now(UTC).date()
    return exists().where(
        Consent.candidate_id == Candidate.id,
        Consent.purpose == "share_profile",
        Consent.withdrawn_at.is_(None),
        (Consent.expires_at.is_(None)) | (Consent.expires_at >= today),
    )


_SORTS = {
    "name": Candidate.sort_key,
    "postcode": Candidate.postcode,
    "available_from": Candidate.available_from,
    "readiness": Candidate.readiness,
    "label": Candidate.label,
}


class CandidateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ lists
    def list_ids(self, query: ListQuery) -> list[str]:
        conditions = [Candidate.deleted_at.is_(None), Candidate.erased_at.is_(None)]
        typed = query.search.strip()
        criterion = typed
        if typed and _CPR_TYPED.match(typed):
            # A full CPR number is looked up exactly and never put in the log in clear.
            try:
                cpr = values.normalize_cpr(typed)
            except ValidationError:
                cpr = None
            criterion = f"CPR {values.mask_cpr(cpr or typed.replace('-', ''))}"
            conditions.append(Candidate.cpr_lookup == (self.ctx.vault.lookup(cpr) if cpr else "-"))
        else:
            match = search_condition("candidate", typed, self.ctx.dialect)
            if match is not None:
                conditions.append(match)
        conditions.extend(self._filters(query.filters))
        order = _SORTS.get(query.sort, Candidate.sort_key)
        order = order.desc() if query.descending else order.asc()
        stmt = (
            select(raw_id_column(Candidate.id, self.ctx.dialect))
            .where(*conditions)
            .order_by(order, Candidate.id)
        )
        if query.limit:
            stmt = stmt.limit(query.limit)
        with self.ctx.uow() as uow:
            ids = list(uow.session.scalars(stmt))
            if criterion or query.filters:
                filters = ", ".join(f"{k}={v}" for k, v in sorted(query.filters.items()) if v)
                uow.log("search", "candidate", criterion="; ".join(x for x in (criterion, filters) if x))
                uow.commit()
        return ids

    def _filters(self, f: dict) -> list:
        out = []
        today = datetime.now(UTC).date()
        if f.get("readiness"):
            out.append(Candidate.readiness == f["readiness"])
        if f.get("kommune_code"):
            out.append(Candidate.kommune_code == f["kommune_code"])
        if f.get("consultant_id"):
            out.append(Candidate.responsible_consultant_id == f["consultant_id"])
        if f.get("available_by"):
            out.append(
                (Candidate.available_from.is_(None)) | (Candidate.available_from <= f["available_by"])
            )
        if f.get("target_group"):
            out.append(
                exists().where(
                    TargetGroupPeriod.candidate_id == Candidate.id,
                    TargetGroupPeriod.target_group_code == f["target_group"],
                    TargetGroupPeriod.valid_from <= today,
                    (TargetGroupPeriod.valid_to.is_(None)) | (TargetGroupPeriod.valid_to >= today),
                )
            )
        if f.get("occupation"):
            # A DISCO prefix selects the whole branch of the hierarchy (7 → all crafts).
            out.append(
                exists().where(
                    CandidateOccupation.candidate_id == Candidate.id,
                    CandidateOccupation.disco_code.startswith(str(f["occupation"])),
                )
            )
        if f.get("skill"):
            out.append(
                exists().where(
                    CandidateTag.candidate_id == Candidate.id, CandidateTag.folded == fold(f["skill"])
                )
            )
        if f.get("licence"):
            out.append(
                exists().where(
                    CandidateLicence.candidate_id == Candidate.id,
                    CandidateLicence.code == str(f["licence"]).upper(),
                )
            )
        if f.get("language"):
            out.append(
                exists().where(
                    CandidateLanguage.candidate_id == Candidate.id,
                    func.lower(CandidateLanguage.language) == str(f["language"]).lower(),
                )
            )
        return out

    def rows(self, ids: list[str]) -> list[CandidateRow]:
        if not ids:
            return []
        today = datetime.now(UTC).date()
        group = (
            select(TargetGroupPeriod.target_group_code)
            .where(
                TargetGroupPeriod.candidate_id == Candidate.id,
                TargetGroupPeriod.valid_from <= today,
                (TargetGroupPeriod.valid_to.is_(None)) | (TargetGroupPeriod.valid_to >= today),
            )
            .order_by(TargetGroupPeriod.valid_from.desc())
            .limit(1)
            .scalar_subquery()
        )
        wish = (
            select(CandidateOccupation.disco_code)
            .where(CandidateOccupation.candidate_id == Candidate.id)
            .order_by(CandidateOccupation.rank)
            .limit(1)
            .scalar_subquery()
        )
        stmt = (
            select(Candidate, User.initials, group, wish, active_consent_condition(today))
            .outerjoin(User, User.id == Candidate.responsible_consultant_id)
            .where(Candidate.id.in_(ids))
        )
        with self.ctx.uow() as uow:
            result = [
                CandidateRow(
                    id=c.id,
                    label=c.label,
                    name=c.name,
                    postcode=c.postcode or "",
                    town=c.town,
                    readiness=c.readiness or "",
                    target_group=tg or "",
                    desired_occupation=occ or "",
                    available_from=c.available_from,
                    consultant=initials or "",
                    has_consent=bool(consent),
                )
                for c, initials, tg, occ, consent in uow.session.execute(stmt)
            ]
        return in_requested_order(ids, result, lambda r: r.id)

    def count(self) -> int:
        with self.ctx.uow() as uow:
            return uow.session.scalar(
                select(func.count()).select_from(Candidate).where(Candidate.deleted_at.is_(None))
            ) or 0

    # ------------------------------------------------------------------ one candidate
    def _load(self, session, candidate_id: str) -> Candidate:  # noqa: ANN001
        cand = session.get(Candidate, candidate_id)
        if cand is None or cand.deleted_at is not None or cand.erased_at is not None:
            raise NotFoundError("Borgeren findes ikke (længere).", "The citizen no longer exists.")
        return cand

    def get(self, candidate_id: str) -> CandidateDetail:
        with self.ctx.uow() as uow:
            cand = self._load(uow.session, candidate_id)
            detail = self._detail(cand)
            uow.log("view", "candidate", entity_id=cand.id, person_id=cand.id)
            uow.commit()
            return detail

    def _detail(self, c: Candidate) -> CandidateDetail:
        today = datetime.now(UTC).date()
        current_group = ""
        for period in c.target_groups:
            if period.valid_from <= today and (period.valid_to is None or period.valid_to >= today):
                current_group = period.target_group_code
        consent_active = any(
            k.purpose == "share_profile"
            and k.withdrawn_at is None
            and (k.expires_at is None or k.expires_at >= today)
            for k in c.consents
        )
        return CandidateDetail(
            id=c.id,
            version=c.version,
            label=c.label,
            name=c.name,
            cpr_masked=values.mask_cpr(self._cpr(c)) if c.cpr_encrypted else "",
            has_cpr=bool(c.cpr_encrypted),
            phone=c.phone,
            email=c.email,
            address=c.address,
            postcode=c.postcode or "",
            town=c.town,
            readiness=c.readiness or "",
            target_group_code=current_group,
            desired_occupations=tuple(o.disco_code for o in c.occupations),
            skills=tuple(t.tag for t in c.tags if t.kind == "skill"),
            certificates=tuple(t.tag for t in c.tags if t.kind == "certificate"),
            driving_licences=tuple(sorted(x.code for x in c.licences)),
            languages=tuple((x.language, x.level) for x in c.languages),
            max_commute_km=c.max_commute_km,
            hours_wanted=c.hours_wanted,
            available_from=c.available_from,
            work_restrictions=c.work_restrictions,
            education=c.education,
            responsible_consultant_id=c.responsible_consultant_id,
            consent_active=consent_active,
        )

    def _cpr(self, c: Candidate) -> str:
        return self.ctx.vault.decrypt(c.cpr_encrypted) if c.cpr_encrypted else ""

    def reveal_cpr(self, candidate_id: str) -> str:
        """The full CPR number, formatted DDMMYY-XXXX. Writes a ``reveal_cpr`` log row."""
        with self.ctx.uow() as uow:
            cand = self._load(uow.session, candidate_id)
            if not cand.cpr_encrypted:
                return ""
            cpr = self._cpr(cand)
            uow.log("reveal_cpr", "candidate", entity_id=cand.id, person_id=cand.id)
            uow.commit()
            return values.format_cpr(cpr)

    def validate(self, data: CandidateInput) -> dict:
        name = " ".join(data.name.split())
        if not name:
            raise ValidationError("Navn skal udfyldes.", "Name is required.", field="name")
        cleaned: dict = {
            "name": name[:200],
            "sort_key": danish_sort_key(name)[:400],
            "phone": values.normalize_phone(data.phone),
            "email": values.normalize_email(data.email),
            "address": data.address.strip()[:300],
            "work_restrictions": data.work_restrictions.strip()[:1000],
            "education": data.education.strip(),
            "max_commute_km": data.max_commute_km,
            "hours_wanted": data.hours_wanted,
            "available_from": data.available_from,
            "responsible_consultant_id": data.responsible_consultant_id or None,
        }
        if data.readiness and data.readiness not in READINESS:
            raise ValidationError("Ukendt parathed.", "Unknown readiness.", field="readiness")
        cleaned["readiness"] = data.readiness or None
        cleaned["cpr"] = values.normalize_cpr(data.cpr) if data.cpr.strip() else None
        ref = self.ctx.reference()
        cleaned["postcode"] = cleaned["town"] = cleaned["kommune_code"] = None
        if data.postcode.strip():
            pc = ref.require_postcode(data.postcode)
            cleaned.update(postcode=pc.postnr, town=pc.town, kommune_code=kommune_for_postcode(ref, pc))
        cleaned["town"] = cleaned["town"] or ""
        for code in data.desired_occupations:
            if ref.occupation(code) is None:
                raise ValidationError(
                    f"Stillingskode {code} findes ikke i DISCO-08.",
                    f"Occupation code {code} is not in DISCO-08.",
                    field="desired_occupations",
                )
        if data.target_group_code:
            group = self.ctx.rulebook().target_group(data.target_group_code)
            if group is None:
                raise ValidationError(
                    f"Ukendt målgruppe «{data.target_group_code}».",
                    f"Unknown target group '{data.target_group_code}'.",
                    field="target_group_code",
                )
        if data.max_commute_km is not None and not 0 <= data.max_commute_km <= 500:
            raise ValidationError("Maks. transport skal være 0–500 km.", "Max commute must be 0–500 km.", field="max_commute_km")
        if data.hours_wanted is not None and not 0 < data.hours_wanted <= 60:
            raise ValidationError("Timer pr. uge skal være 1–60.", "Hours per week must be 1–60.", field="hours_wanted")
        return cleaned

    def create(self, data: CandidateInput) -> CandidateDetail:
        cleaned = self.validate(data)
        cpr = cleaned.pop("cpr")
        with self.ctx.uow() as uow:
            s = uow.session
            cand = Candidate(**cleaned)
            cand.id = new_id()
            cand.search_rowid = search_rowid_for(cand.id)
            cand.label = self._new_label(s)
            if cpr:
                self._set_cpr(s, cand, cpr)
            self._apply_lists(cand, data)
            cand.search_text = self._index_text(cand)
            s.add(cand)
            uow.commit()
            return self._detail(cand)

    def _set_cpr(self, session, cand: Candidate, cpr: str) -> None:  # noqa: ANN001
        lookup = self.ctx.vault.lookup(cpr)
        clash = session.scalar(
            select(Candidate.id).where(
                Candidate.cpr_lookup == lookup, Candidate.deleted_at.is_(None), Candidate.id != cand.id
            )
        )
        if clash:
            raise ValidationError(
                "Der findes allerede en borger med dette CPR-nummer.",
                "A citizen with this CPR number already exists.",
                field="cpr",
            )
        cand.cpr_encrypted = self.ctx.vault.encrypt(cpr)
        cand.cpr_lookup = lookup
        cand.birth_year = values.cpr_birth_date(cpr).year

    def _apply_lists(self, cand: Candidate, data: CandidateInput) -> None:
        cand.occupations = [
            CandidateOccupation(disco_code=code, rank=i + 1)
            for i, code in enumerate(dict.fromkeys(data.desired_occupations))
        ]
        tags = [("skill", t) for t in data.skills] + [("certificate", t) for t in data.certificates]
        seen: set[tuple[str, str]] = set()
        cand.tags = []
        for kind, tag in tags:
            tag = " ".join(tag.split())
            if tag and (kind, fold(tag)) not in seen:
                seen.add((kind, fold(tag)))
                cand.tags.append(CandidateTag(kind=kind, tag=tag[:200], folded=fold(tag)[:200]))
        cand.licences = [CandidateLicence(code=c.upper()) for c in dict.fromkeys(data.driving_licences)]
        cand.languages = [CandidateLanguage(language=lang, level=lvl) for lang, lvl in data.languages]
        if data.target_group_code:
            start = data.target_group_from or datetime.now(UTC).date()
            current = [p for p in cand.target_groups if p.valid_to is None]
            if not current or current[-1].target_group_code != data.target_group_code:
                for period in current:
                    period.valid_to = start
                cand.target_groups.append(
                    TargetGroupPeriod(target_group_code=data.target_group_code, valid_from=start)
                )

    def _index_text(self, cand: Candidate) -> str:
        phone_digits = "".join(ch for ch in cand.phone if ch.isdigit())
        return index_text(
            cand.name,
            cand.email,
            phone_digits[-8:] if phone_digits else "",
            cand.postcode,
            cand.town,
            *(o.disco_code for o in cand.occupations),
            *(self._occupation_title(o.disco_code) for o in cand.occupations),
        )

    def _occupation_title(self, code: str) -> str:
        occ = self.ctx.reference().occupation(code)
        return occ.title if occ else ""

    def _new_label(self, session) -> str:  # noqa: ANN001
        rng = random.SystemRandom()
        for _ in range(20):
            label = f"K-{rng.randrange(1000, 999999):d}"
            if not session.scalar(select(Candidate.id).where(Candidate.label == label)):
                return label
        return f"K-{new_id()[:8]}"
