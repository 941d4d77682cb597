"""The citizen's PDFs: the consultant's brief (borgerresumé) and the anonymised employer profile.

This module decides what leaves the jobcenter, the renderers only draw it:

* The **client summary** is internal by default (CPR masked, target group, readiness,
  restrictions, contacts, placements, next steps). For an employer it needs an active
  ``print_cv`` consent and then drops CPR, target group, readiness, restrictions and the case
  history (DOMAIN.md 6: employer-facing PDFs never hold them); without that consent it is
  refused and the anonymised profile is offered instead.
* The **anonymised profile** never has the name, CPR, address, phone, e-mail, target group,
  readiness or restrictions (its input type has no field for them) and carries only the fields
  the citizen's consent allows (``consents.ConsentStatus.profile_fields``).

Every print writes a ``print`` access-log row per person in the same unit of work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..domain.dates import format_date, parse_date
from ..domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from ..domain.values import mask_cpr
from ..persistence.orm import (
    Candidate,
    Company,
    JobOrder,
    MediationEvent,
    Placement,
    User,
)
from ..reports.anonymised_profile import (
    AnonymisedProfile,
    ProfileExperience,
    ProfileLanguage,
    render_anonymised_profile,
    render_anonymised_profiles,
)
from ..reports.base import ReportContext
from ..reports.blocks import joined, key_value_table, para, section
from ..reports.client_summary import (
    LABELS as SUMMARY_LABELS,
)
from ..reports.client_summary import (
    CitizenContact,
    CitizenPlacement,
    ClientSummary,
    ClientSummaryRenderer,
    EducationItem,
    ExperienceItem,
    LanguageSkill,
    NextStep,
    render_client_summary,
)
from .consents import ConsentStatus, status_of
from .context import ServiceContext
from .lists import key

AUDIENCES = ("internal", "employer")
MAX_BATCH = 500

_EVENT_TEXT = {
    "candidate_proposed": ("Foreslået til «{title}» hos {company}", "Proposed for '{title}' at {company}"),
    "candidate_rejected": ("Ikke gået videre med «{title}» hos {company}",
                           "Not taken further for '{title}' at {company}"),
    "interview": ("Samtale om «{title}» hos {company}", "Interview for '{title}' at {company}"),
    "hired": ("Ansat som «{title}» hos {company}", "Hired as '{title}' at {company}"),
    "note": ("Note om «{title}» hos {company}", "Note on '{title}' at {company}"),
}
_EVENT_CHANNEL = {"da": "Formidling", "en": "Mediation"}
_OUTCOME_TEXT = {
    "ordinary_job_same_company": ("Ordinært job i virksomheden", "Ordinary job at the company"),
    "ordinary_job_elsewhere": ("Ordinært job andetsteds", "Ordinary job elsewhere"),
    "education": ("Uddannelse", "Education"),
    "new_placement": ("Nyt forløb", "New placement"),
    "back_to_benefit": ("Tilbage på ydelse", "Back on benefit"),
    "unknown": ("Ukendt", "Unknown"),
}
_READINESS_TEXT = {"jobparat": "Job-ready", "aktivitetsparat": "Activity-ready",
                   "uddannelsesparat": "Education-ready"}


@dataclass(frozen=True)
class PrintedPdf:
    """PDF bytes and a file name that never holds the name or CPR (only the label)."""

    data: bytes
    file_name: str


def _t(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


class CandidateReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ public API
    def client_summary(self, candidate_id: str, *, audience: str = "internal",
                       meeting_date: date | None = None, language: str = "da") -> PrintedPdf:
        """The one-page brief. ``audience="employer"`` needs a ``print_cv`` consent."""
        if audience not in AUDIENCES:
            raise ValidationError("Ukendt modtager af resuméet.", "Unknown audience.",
                                  field="audience")
        with self.ctx.uow() as uow:
            cand = self._load(uow.session, candidate_id)
            day = self._today()
            status = status_of(cand.consents, day)
            if audience == "employer" and not status.allows("print_cv"):
                raise PermissionDeniedError(
                    "Borgeren har ikke et aktivt samtykke til, at et resumé med navn udleveres "
                    "til arbejdsgivere. Udskriv den anonymiserede profil i stedet.",
                    "The citizen has no active consent to hand a named summary to employers. "
                    "Print the anonymised profile instead.",
                )
            summary = self.build_client_summary(uow.session, cand, language=language,
                                                meeting_date=meeting_date)
            context = self._context(language)
            if audience == "employer":
                pdf = EmployerSummaryRenderer(context).render(employer_version(summary))
            else:
                pdf = render_client_summary(summary, context)
            uow.log("print", "candidate", entity_id=cand.id, person_id=cand.id,
                    detail=f"borgerresumé ({'arbejdsgiver' if audience == 'employer' else 'internt'})")
            uow.commit()
            prefix = "kandidatresume" if audience == "employer" else "borgerresume"
            return PrintedPdf(pdf, f"{prefix}_{cand.label}.pdf")

    def anonymised_profile(self, candidate_id: str, *, language: str = "da") -> PrintedPdf:
        with self.ctx.uow() as uow:
            cand = self._load(uow.session, candidate_id)
            profile = self.build_anonymised_profile(cand, language=language)
            uow.log("print", "candidate", entity_id=cand.id, person_id=cand.id,
                    detail="anonymiseret profil")
            pdf = render_anonymised_profile(profile, self._context(language))
            uow.commit()
            return PrintedPdf(pdf, f"profil_{cand.label}.pdf")

    def anonymised_profiles(self, candidate_ids: Sequence[str], *,
                            language: str = "da") -> PrintedPdf:
        """Several anonymised profiles in one PDF, one per page, in the order given."""
        ids = list(dict.fromkeys(candidate_ids))
        if not ids:
            raise ValidationError("Vælg mindst én borger.", "Choose at least one citizen.")
        if len(ids) > MAX_BATCH:
            raise ValidationError(f"Højst {MAX_BATCH} profiler ad gangen.",
                                  f"At most {MAX_BATCH} profiles at a time.")
        with self.ctx.uow() as uow:
            loaded = uow.session.scalars(
                select(Candidate).where(Candidate.id.in_(ids)).options(*_PROFILE_LOAD)
            ).all()
            by_id = {key(c.id): c for c in loaded if c.deleted_at is None and c.erased_at is None}
            missing = [i for i in ids if key(i) not in by_id]
            if missing:
                raise NotFoundError(f"{len(missing)} af borgerne findes ikke (længere).",
                                    f"{len(missing)} of the citizens no longer exist.")
            profiles = []
            for cid in ids:
                cand = by_id[key(cid)]
                profiles.append(self.build_anonymised_profile(cand, language=language))
                uow.log("print", "candidate", entity_id=cand.id, person_id=cand.id,
                        detail="anonymiseret profil (samlet udskrift)")
            pdf = render_anonymised_profiles(profiles, self._context(language))
            uow.commit()
            return PrintedPdf(pdf, f"profiler_{len(profiles)}.pdf")

    def consent_status(self, candidate_id: str) -> ConsentStatus:
        with self.ctx.uow() as uow:
            cand = self._load(uow.session, candidate_id)
            return status_of(cand.consents, self._today())

    # ------------------------------------------------------------------ building inputs
    def build_client_summary(self, session, cand: Candidate, *, language: str = "da",  # noqa: ANN001
                             meeting_date: date | None = None) -> ClientSummary:
        ref = self.ctx.reference()
        rules = self.ctx.rulebook()
        day = self._today()
        group_text = ""
        current = _current_period(cand, day)
        if current is not None:
            group = rules.target_group(current.target_group_code, day) or rules.target_group(
                current.target_group_code)
            group_text = f"{group.name(language)} ({group.code})" if group else current.target_group_code
        consultant = ""
        if cand.responsible_consultant_id:
            consultant = session.scalar(
                select(User.name).where(User.id == cand.responsible_consultant_id)) or ""
        experience = []
        for e in cand.experiences:
            occ = ref.occupation(e.disco_code) if e.disco_code else None
            title = occ.title_in(language) if occ else (e.description or e.employer)
            detail = "; ".join(x for x in (e.employer, e.description if occ else "") if x)
            experience.append(ExperienceItem(title, e.years or None, detail))
        placements, steps = self._placements_and_steps(session, cand, day, language)
        steps += self._profile_steps(cand, day, language)
        steps.sort(key=lambda s: s.due or date.max)
        return ClientSummary(
            name=cand.name,
            cpr=mask_cpr(self.ctx.vault.decrypt(cand.cpr_encrypted)) if cand.cpr_encrypted else None,
            phone=cand.phone,
            email=cand.email,
            postcode=cand.postcode or "",
            town=cand.town,
            target_group=group_text,
            readiness=cand.readiness or "",
            consultant=consultant,
            meeting_date=meeting_date,
            desired_occupations=[_occupation_text(ref, o.disco_code, language, with_code=True)
                                 for o in cand.occupations],
            experience=experience,
            education=[EducationItem(line) for line in _lines(cand.education)],
            skills=[t.tag for t in cand.tags if t.kind == "skill"],
            certificates=[t.tag for t in cand.tags if t.kind == "certificate"],
            driving_licences=sorted(x.code for x in cand.licences),
            languages=[LanguageSkill(x.language.capitalize(), x.level) for x in cand.languages],
            available_from=cand.available_from,
            hours_wanted=cand.hours_wanted,
            max_commute_km=cand.max_commute_km,
            restrictions=_lines(cand.work_restrictions),
            latest_contacts=self._contacts(session, cand, language),
            placements=placements,
            next_steps=steps[:8],
        )

    def build_anonymised_profile(self, cand: Candidate, *, language: str = "da") -> AnonymisedProfile:
        """The employer profile with exactly the fields the citizen's consent allows."""
        ref = self.ctx.reference()
        day = self._today()
        allowed = status_of(cand.consents, day).profile_fields()
        area = ""
        kommune = ref.kommune(cand.kommune_code) if cand.kommune_code else None
        if "area" in allowed and kommune is not None:
            area = ", ".join(x for x in (kommune.name, kommune.region_name) if x)
        elif "region" in allowed and kommune is not None and kommune.region_name:
            area = kommune.region_name  # a region is too coarse to point to anyone
        age = None
        if "age_band" in allowed and cand.birth_year:
            age = day.year - cand.birth_year
        return AnonymisedProfile(
            label=("Candidate " if language == "en" else "Kandidat ") + cand.label,
            area=area,
            age_band_start=age,
            desired_occupations=[_occupation_text(ref, o.disco_code, language)
                                 for o in cand.occupations] if "desired_occupations" in allowed else (),
            experience=[
                ProfileExperience(_occupation_text(ref, e.disco_code, language), e.years or None)
                for e in cand.experiences if e.disco_code
            ] if "experience" in allowed else (),
            education=_lines(cand.education) if "education" in allowed else (),
            skills=[t.tag for t in cand.tags if t.kind == "skill"] if "skills" in allowed else (),
            certificates=[t.tag for t in cand.tags if t.kind == "certificate"]
            if "certificates" in allowed else (),
            driving_licences=sorted(x.code for x in cand.licences)
            if "driving_licences" in allowed else (),
            languages=[ProfileLanguage(x.language.capitalize(), x.level) for x in cand.languages]
            if "languages" in allowed else (),
            available_from=cand.available_from if "available_from" in allowed else None,
            hours_per_week=cand.hours_wanted if "hours_per_week" in allowed else None,
        )

    # ------------------------------------------------------------------ helpers
    def _today(self) -> date:
        return datetime.now(UTC).date()

    def _context(self, language: str) -> ReportContext:
        return ReportContext(jobcenter_name=self.ctx.jobcenter_name,
                             printed_by=self.ctx.actor.name or self.ctx.actor.username,
                             printed_at=datetime.now(UTC), language=language)

    def _load(self, session, candidate_id: str) -> Candidate:  # noqa: ANN001
        cand = session.scalar(select(Candidate).where(Candidate.id == candidate_id)
                              .options(*_PROFILE_LOAD))
        if cand is None or cand.deleted_at is not None or cand.erased_at is not None:
            raise NotFoundError("Borgeren findes ikke (længere).", "The citizen no longer exists.")
        return cand

    def _contacts(self, session, cand: Candidate, language: str) -> list[CitizenContact]:  # noqa: ANN001
        rows = session.execute(
            select(MediationEvent, JobOrder.title, Company.name, User.name)
            .join(JobOrder, JobOrder.id == MediationEvent.job_order_id)
            .join(Company, Company.id == JobOrder.company_id)
            .outerjoin(User, User.id == MediationEvent.by_user_id)
            .where(MediationEvent.candidate_id == cand.id)
            .order_by(MediationEvent.at.desc())
            .limit(6)
        ).all()
        contacts = []
        for event, title, company, by in rows:
            template = _EVENT_TEXT.get(event.kind)
            text = _t(template, language).format(title=title, company=company) if template else event.kind
            if event.reason:
                text += f": {event.reason}"
            contacts.append(CitizenContact(at=event.at, channel=_EVENT_CHANNEL.get(language, "Formidling"),
                                           consultant=by or "", summary=text))
        return contacts

    def _placements_and_steps(self, session, cand: Candidate, day: date,  # noqa: ANN001
                              language: str) -> tuple[list[CitizenPlacement], list[NextStep]]:
        rules = self.ctx.rulebook()
        rows = session.execute(
            select(Placement, Company.name, User.name)
            .join(Company, Company.id == Placement.company_id)
            .outerjoin(User, User.id == Placement.consultant_id)
            .where(Placement.candidate_id == cand.id, Placement.deleted_at.is_(None))
            .order_by(Placement.start.desc())
            .limit(8)
        ).all()
        placements, steps = [], []
        for p, company, consultant in rows:
            scheme = rules.scheme(p.scheme_code, p.start) or rules.scheme(p.scheme_code)
            scheme_text = scheme.name(language) if scheme else p.scheme_code
            outcome = _t(_OUTCOME_TEXT[p.outcome], language) if p.outcome in _OUTCOME_TEXT else ""
            placements.append(CitizenPlacement(company=company, scheme=scheme_text, start=p.start,
                                               end=p.actual_end or p.planned_end, status=p.status,
                                               outcome=outcome))
            where = f"{scheme_text}, {company}"
            if p.status == "planned" and p.start >= day:
                steps.append(NextStep(("Start: " if language != "en" else "Start: ") + where,
                                      p.start, consultant or ""))
            if p.status == "active":
                for due in _follow_up_dates(p.follow_up_dates):
                    if due >= day:
                        steps.append(NextStep(("Opfølgning: " if language != "en" else "Follow-up: ")
                                              + where, due, consultant or ""))
                if p.planned_end and day <= p.planned_end <= day + timedelta(days=60):
                    steps.append(NextStep(
                        ("Forløbet slutter – aftal næste skridt: " if language != "en"
                         else "Placement ends – agree next step: ") + where,
                        p.planned_end, consultant or ""))
        return placements, steps

    def _profile_steps(self, cand: Candidate, day: date, language: str) -> list[NextStep]:
        steps = []
        rules = self.ctx.rulebook()
        for consent in cand.consents:
            if (consent.withdrawn_at is None and consent.expires_at
                    and day <= consent.expires_at <= day + timedelta(days=30)):
                steps.append(NextStep("Forny samtykke eller lad det udløbe" if language != "en"
                                      else "Renew the consent or let it expire", consent.expires_at))
        current = _current_period(cand, day)
        if current is not None:
            group = rules.target_group(current.target_group_code, day)
            if group and group.valid_to and day <= group.valid_to <= day + timedelta(days=90):
                steps.append(NextStep(
                    f"Målgruppen {group.code} ophører efter {format_date(group.valid_to)}: vælg "
                    "målgruppe efter de nye regler" if language != "en" else
                    f"Target group {group.code} ends after {format_date(group.valid_to)}: choose "
                    "a group under the new rules",
                    group.valid_to))
        if cand.available_from and cand.available_from > day:
            steps.append(NextStep("Borgeren er ledig til job" if language != "en"
                                  else "The citizen is available for work", cand.available_from))
        return steps


class EmployerSummaryRenderer(ClientSummaryRenderer):
    """The summary an employer may receive with the citizen's ``print_cv`` consent.

    Only the parts an employer needs: contact, availability, wishes, qualifications, experience
    and education. The rows for CPR, target group, readiness and restrictions and the case
    history are left out entirely, not printed empty: an empty "Målgruppe" row still tells
    the reader that the person has one.
    """

    labels = {
        "da": {**SUMMARY_LABELS["da"], "title": "Kandidatresumé",
               "confidential": "Fortroligt – udleveret med samtykke"},
        "en": {**SUMMARY_LABELS["en"], "title": "Candidate summary",
               "confidential": "Confidential – shared with consent"},
    }

    def build_story(self, data: ClientSummary):  # noqa: ANN201
        contact = [
            (self.t("phone"), data.phone),
            (self.t("email"), data.email),
            (self.t("postcode_town"), joined([data.postcode, data.town], " ")),
            (self.t("available"), format_date(data.available_from) or self.t("by_agreement")),
            (self.t("hours"), self.number(data.hours_wanted)),
            (self.t("commute"), self.t("km", km=data.max_commute_km)
             if data.max_commute_km is not None else ""),
        ]
        desired = " · ".join(f"{rank}. {text}" for rank, text in
                             enumerate((t for t in data.desired_occupations if t), start=1))
        languages = joined(f"{x.language} ({x.level})" if x.level else x.language
                           for x in data.languages)
        qualifications = [
            (self.t("desired"), desired),
            (self.t("skills"), joined(data.skills)),
            (self.t("certificates"), joined(data.certificates)),
            (self.t("licences"), joined(data.driving_licences)),
            (self.t("languages"), languages),
        ]
        story = [para(data.name, "Title")]
        story += section(self.t("profile"), [key_value_table(contact, self.content_width)], "")
        story += section(self.t("qualifications"), [key_value_table(
            qualifications, self.content_width, columns=1, key_share=0.2)], "")
        story += self._experience(data.experience)
        story += self._education(data.education)
        return story


def employer_version(summary: ClientSummary) -> ClientSummary:
    """What an employer may receive with the citizen's consent: no CPR, target group, benefit,
    readiness, restrictions, and none of the jobcenter's case history."""
    from dataclasses import replace

    return replace(summary, cpr=None, target_group="", readiness="", restrictions=(),
                   latest_contacts=(), placements=(), next_steps=(), meeting_date=None)


def _current_period(cand: Candidate, day: date):  # noqa: ANN202
    current = None
    for period in cand.target_groups:
        if period.valid_from <= day and (period.valid_to is None or period.valid_to >= day):
            current = period
    return current


def _occupation_text(ref, code: str | None, language: str, with_code: bool = False) -> str:  # noqa: ANN001
    occ = ref.occupation(code) if code else None
    if occ is None:
        return code or ""
    title = occ.title_in(language)
    return f"{title} ({code})" if with_code else title


def _lines(text: str | None) -> list[str]:
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def _follow_up_dates(raw: object) -> list[date]:
    """Placement follow-up dates are stored as a JSON list of ISO dates (or {"date": ...})."""
    out: list[date] = []
    for item in raw if isinstance(raw, list) else []:
        value = item.get("date") if isinstance(item, dict) else item
        try:
            parsed = parse_date(value)
        except ValidationError:
            continue
        if parsed:
            out.append(parsed)
    return out


_PROFILE_LOAD = (
    selectinload(Candidate.occupations),
    selectinload(Candidate.experiences),
    selectinload(Candidate.tags),
    selectinload(Candidate.licences),
    selectinload(Candidate.languages),
    selectinload(Candidate.target_groups),
    selectinload(Candidate.consents),
)

__all__ = ["AUDIENCES", "CandidateReportService", "PrintedPdf", "employer_version"]
