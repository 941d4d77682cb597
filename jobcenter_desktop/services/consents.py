"""Consent (samtykke) to show a citizen's profile to employers: give, withdraw, and what it allows.

DOMAIN.md section 6: a named proposal, a printed CV or a profile shown to an employer needs a
recorded consent with date, purpose, channel and expiry; withdrawal takes effect at once and is
recorded (who, when), never deleted. Without consent only the anonymised profile may leave the
jobcenter, and even that carries only the minimal fields listed in ``PROFILE_FIELDS``.

Consent rows are not versioned entities, so this service writes their audit rows itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from ..domain.dates import format_date
from ..domain.errors import NotFoundError, ValidationError
from ..persistence.orm import Candidate, Consent, User
from .context import ServiceContext

# purpose code -> (Danish, English) description, as the citizen is told.
PURPOSES: dict[str, tuple[str, str]] = {
    "share_profile": ("Profilen må vises for arbejdsgivere (uden navn)",
                      "The profile may be shown to employers (without name)"),
    "named_proposal": ("Må foreslås med navn til konkrete job",
                       "May be proposed by name for specific jobs"),
    "print_cv": ("CV/resumé med navn må udleveres til arbejdsgivere",
                 "A CV/summary with name may be handed to employers"),
}
PURPOSE_SHORT: dict[str, tuple[str, str]] = {
    "share_profile": ("Profil uden navn", "Profile without name"),
    "named_proposal": ("Forslag med navn", "Proposal by name"),
    "print_cv": ("CV/resumé med navn", "CV/summary with name"),
}
CHANNELS = ("samtale", "telefon", "digital post", "e-mail", "brev", "jobnet")

# What the anonymised employer profile may contain. Without any consent only the minimum that
# lets an employer see the match; a consent to share the profile adds the fields that, combined,
# could point to a person in a small kommune (age band, area, experience, education).
MINIMAL_PROFILE_FIELDS = frozenset({
    "desired_occupations", "skills", "certificates", "driving_licences", "languages",
    "available_from", "hours_per_week", "region",
})
PROFILE_FIELDS: dict[str, frozenset[str]] = {
    "share_profile": frozenset({"age_band", "area", "experience", "education"}),
}


@dataclass(frozen=True)
class ConsentRecord:
    """One consent as shown in the consent panel and the right-of-access export."""

    id: str
    purpose: str
    given_at: datetime
    channel: str
    expires_at: date | None
    withdrawn_at: datetime | None
    note: str
    active: bool

    @property
    def status(self) -> str:
        """``active``, ``withdrawn`` or ``expired``."""
        if self.withdrawn_at is not None:
            return "withdrawn"
        return "active" if self.active else "expired"

    def purpose_text(self, language: str = "da") -> str:
        da, en = PURPOSES.get(self.purpose, (self.purpose, self.purpose))
        return en if language == "en" else da

    def purpose_short(self, language: str = "da") -> str:
        da, en = PURPOSE_SHORT.get(self.purpose, (self.purpose, self.purpose))
        return en if language == "en" else da


@dataclass(frozen=True)
class ConsentInput:
    purpose: str
    given_on: date
    channel: str
    expires_at: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ConsentStatus:
    """Active consent purposes of one citizen on one day."""

    purposes: frozenset[str]

    def allows(self, purpose: str) -> bool:
        return purpose in self.purposes

    @property
    def may_name_to_employers(self) -> bool:
        return bool(self.purposes & {"named_proposal", "print_cv"})

    def profile_fields(self) -> frozenset[str]:
        fields = set(MINIMAL_PROFILE_FIELDS)
        for purpose in self.purposes:
            fields |= PROFILE_FIELDS.get(purpose, frozenset())
        return frozenset(fields)


def is_active(consent: Consent, day: date) -> bool:
    return consent.withdrawn_at is None and (consent.expires_at is None or consent.expires_at >= day)


def consent_records(rows: Iterable[Consent], day: date) -> list[ConsentRecord]:
    """Records newest first."""
    records = [
        ConsentRecord(
            id=c.id, purpose=c.purpose, given_at=c.given_at, channel=c.channel,
            expires_at=c.expires_at, withdrawn_at=c.withdrawn_at, note=c.note,
            active=is_active(c, day),
        )
        for c in rows
    ]
    return sorted(records, key=lambda r: r.given_at, reverse=True)


def status_of(rows: Iterable[Consent], day: date) -> ConsentStatus:
    return ConsentStatus(frozenset(c.purpose for c in rows if is_active(c, day)))


class ConsentService:
    """Give and withdraw consents; every change is logged against the person."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _candidate(self, session, candidate_id: str) -> Candidate:  # noqa: ANN001
        cand = session.get(Candidate, candidate_id)
        if cand is None or cand.deleted_at is not None or cand.erased_at is not None:
            raise NotFoundError("Borgeren findes ikke (længere).", "The citizen no longer exists.")
        return cand

    def list(self, candidate_id: str) -> list[ConsentRecord]:
        with self.ctx.uow() as uow:
            cand = self._candidate(uow.session, candidate_id)
            return consent_records(cand.consents, datetime.now(UTC).date())

    def status(self, candidate_id: str, day: date | None = None) -> ConsentStatus:
        with self.ctx.uow() as uow:
            cand = self._candidate(uow.session, candidate_id)
            return status_of(cand.consents, day or datetime.now(UTC).date())

    def give(self, candidate_id: str, data: ConsentInput) -> ConsentRecord:
        today = datetime.now(UTC).date()
        if data.purpose not in PURPOSES:
            raise ValidationError("Vælg hvad samtykket gælder.", "Choose what the consent covers.",
                                  field="purpose")
        channel = " ".join(data.channel.split())
        if not channel:
            raise ValidationError("Angiv hvordan samtykket blev givet (fx samtale).",
                                  "State how the consent was given (e.g. meeting).",
                                  field="channel")
        if data.given_on > today:
            raise ValidationError("Samtykket kan ikke være givet i fremtiden.",
                                  "The consent cannot be given in the future.", field="given_on")
        if data.expires_at is not None and data.expires_at < max(data.given_on, today):
            raise ValidationError(
                f"Udløbsdatoen {format_date(data.expires_at)} ligger før i dag eller før "
                "samtykket blev givet.",
                "The expiry date is before today or before the consent was given.",
                field="expires_at",
            )
        with self.ctx.uow() as uow:
            cand = self._candidate(uow.session, candidate_id)
            # The time of day is when it was recorded; the date is what the citizen agreed on.
            now = datetime.now(UTC)
            given_at = now if data.given_on == today else datetime(
                data.given_on.year, data.given_on.month, data.given_on.day, 12, tzinfo=UTC)
            consent = Consent(
                candidate_id=cand.id, purpose=data.purpose, given_at=given_at,
                channel=channel[:40], expires_at=data.expires_at, note=data.note.strip()[:500],
                recorded_by_id=self.ctx.actor.user_id,
            )
            uow.session.add(consent)
            uow.flush()
            uow.log("create", "consent", entity_id=consent.id, person_id=cand.id,
                    detail=f"samtykke givet: {data.purpose}, kanal {channel[:40]}, "
                    f"udløber {format_date(data.expires_at) or 'ikke'}")
            uow.commit()
            return consent_records([consent], today)[0]

    def withdraw(self, consent_id: str, note: str = "") -> ConsentRecord:
        """Withdraw at once: from this moment no employer-facing print may use it."""
        with self.ctx.uow() as uow:
            consent = uow.session.get(Consent, consent_id)
            if consent is None:
                raise NotFoundError("Samtykket findes ikke.", "The consent does not exist.")
            self._candidate(uow.session, consent.candidate_id)
            if consent.withdrawn_at is not None:
                raise ValidationError("Samtykket er allerede trukket tilbage.",
                                      "The consent has already been withdrawn.")
            consent.withdrawn_at = datetime.now(UTC)
            consent.withdrawn_by_id = self.ctx.actor.user_id
            if note.strip():
                consent.note = f"{consent.note} Tilbagetrukket: {note.strip()}".strip()[:500]
            uow.log("update", "consent", entity_id=consent.id, person_id=consent.candidate_id,
                    detail=f"samtykke trukket tilbage: {consent.purpose}")
            uow.commit()
            return consent_records([consent], datetime.now(UTC).date())[0]

    def withdraw_all(self, candidate_id: str, note: str = "") -> int:
        """Withdraw every active consent of a citizen (e.g. the citizen calls and says stop)."""
        with self.ctx.uow() as uow:
            cand = self._candidate(uow.session, candidate_id)
            now = datetime.now(UTC)
            count = 0
            for consent in cand.consents:
                if consent.withdrawn_at is None:
                    consent.withdrawn_at = now
                    consent.withdrawn_by_id = self.ctx.actor.user_id
                    if note.strip():
                        consent.note = f"{consent.note} Tilbagetrukket: {note.strip()}".strip()[:500]
                    uow.log("update", "consent", entity_id=consent.id, person_id=cand.id,
                            detail=f"samtykke trukket tilbage: {consent.purpose}")
                    count += 1
            uow.commit()
            return count

    def recorded_by_names(self, candidate_id: str) -> dict[str, str]:
        """Consent id -> name of the staff member who recorded it (for the consent panel)."""
        with self.ctx.uow() as uow:
            rows = uow.session.execute(
                select(Consent.id, User.name)
                .join(User, User.id == Consent.recorded_by_id)
                .where(Consent.candidate_id == candidate_id)
            ).all()
        return {cid: name for cid, name in rows}
