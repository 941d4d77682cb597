"""Citizen brief (borgerresumé): the consultant's one-page summary before a meeting.

An internal document with personal data, so the header carries "Fortroligt – indeholder
personoplysninger" and the CPR number is only ever printed masked (DDMMYY-XXXX), whatever the
service passes in. The citizen's name is in the body, never in the header or PDF metadata:
metadata is indexed by desktop search and mail systems.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable

from ..domain.dates import format_date
from ..domain.values import mask_cpr
from .base import ReportContext, ReportRenderer
from .blocks import (
    clean,
    data_table,
    joined,
    key_value_table,
    markup,
    para,
    period_text,
    rich,
    section,
)


@dataclass(frozen=True)
class ExperienceItem:
    """Work experience: occupation, years (may be fractional) and optional detail."""

    occupation: str
    years: float | None = None
    detail: str = ""


@dataclass(frozen=True)
class EducationItem:
    title: str
    institution: str = ""
    year: int | None = None


@dataclass(frozen=True)
class LanguageSkill:
    """Language and level as display text ("Dansk", "modersmål")."""

    language: str
    level: str = ""


@dataclass(frozen=True)
class CitizenContact:
    """A recent contact with the citizen. ``channel`` is a code or display text."""

    at: date | datetime
    channel: str
    consultant: str = ""
    summary: str = ""


@dataclass(frozen=True)
class CitizenPlacement:
    """Current or previous placement. ``status`` is the stored code (planned, active …)."""

    company: str
    scheme: str
    start: date | None = None
    end: date | None = None
    status: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class NextStep:
    text: str
    due: date | None = None
    responsible: str = ""


@dataclass(frozen=True)
class ClientSummary:
    """Everything on the brief. ``cpr`` may be full or masked; it is printed masked.

    ``restrictions`` must be neutral, work-related wording (no diagnoses): the service owns
    that rule, the report only prints what it gets.
    """

    name: str
    cpr: str | None = None
    phone: str = ""
    email: str = ""
    postcode: str = ""
    town: str = ""
    target_group: str = ""
    readiness: str = ""
    consultant: str = ""
    meeting_date: date | None = None
    desired_occupations: Sequence[str] = ()
    experience: Sequence[ExperienceItem] = ()
    education: Sequence[EducationItem] = ()
    skills: Sequence[str] = ()
    certificates: Sequence[str] = ()
    driving_licences: Sequence[str] = ()
    languages: Sequence[LanguageSkill] = ()
    available_from: date | None = None
    hours_wanted: float | None = None
    max_commute_km: int | None = None
    restrictions: Sequence[str] = ()
    latest_contacts: Sequence[CitizenContact] = ()
    placements: Sequence[CitizenPlacement] = ()
    next_steps: Sequence[NextStep] = ()


LABELS = {
    "da": {
        "title": "Borgerresumé",
        "confidential": "Fortroligt – indeholder personoplysninger",
        "meeting": "Møde {date}",
        "consultant": "Konsulent",
        "profile": "Profil",
        "cpr": "CPR-nummer",
        "phone": "Telefon",
        "email": "E-mail",
        "postcode_town": "Postnr. og by",
        "target_group": "Målgruppe",
        "readiness": "Parathed",
        "available": "Tilgængelig fra",
        "hours": "Timer pr. uge",
        "commute": "Maks. transport",
        "km": "{km} km",
        "by_agreement": "Efter aftale",
        "desired": "Ønskede stillinger",
        "experience": "Erfaring",
        "no_experience": "Ingen erfaring registreret",
        "occupation": "Stilling",
        "years": "År",
        "detail": "Detaljer",
        "education": "Uddannelse",
        "no_education": "Ingen uddannelse registreret",
        "institution": "Sted",
        "year": "År",
        "qualifications": "Ønsker og kvalifikationer",
        "skills": "Kompetencer",
        "certificates": "Certifikater",
        "licences": "Kørekort",
        "languages": "Sprog",
        "restrictions": "Hensyn i arbejdet",
        "no_restrictions": "Ingen hensyn registreret",
        "contacts": "Seneste kontakter",
        "no_contacts": "Ingen kontakter registreret",
        "date": "Dato",
        "channel": "Kanal",
        "summary": "Resumé",
        "placements": "Forløb (aktuelle og tidligere)",
        "no_placements": "Ingen forløb registreret",
        "company": "Virksomhed",
        "scheme": "Ordning",
        "period": "Periode",
        "status": "Status",
        "outcome": "Resultat",
        "next_steps": "Næste skridt",
        "no_next_steps": "Ingen næste skridt aftalt",
        "step": "Aktivitet",
        "due": "Frist",
        "responsible": "Ansvarlig",
        "readiness.jobparat": "Jobparat",
        "readiness.aktivitetsparat": "Aktivitetsparat",
        "readiness.uddannelsesparat": "Uddannelsesparat",
    },
    "en": {
        "title": "Citizen brief",
        "confidential": "Confidential – contains personal data",
        "meeting": "Meeting {date}",
        "consultant": "Consultant",
        "profile": "Profile",
        "cpr": "CPR number",
        "phone": "Phone",
        "email": "E-mail",
        "postcode_town": "Postcode and town",
        "target_group": "Target group",
        "readiness": "Readiness",
        "available": "Available from",
        "hours": "Hours per week",
        "commute": "Max. commute",
        "km": "{km} km",
        "by_agreement": "By arrangement",
        "desired": "Desired occupations",
        "experience": "Experience",
        "no_experience": "No experience registered",
        "occupation": "Occupation",
        "years": "Years",
        "detail": "Details",
        "education": "Education",
        "no_education": "No education registered",
        "institution": "Institution",
        "year": "Year",
        "qualifications": "Wishes and qualifications",
        "skills": "Skills",
        "certificates": "Certificates",
        "licences": "Driving licences",
        "languages": "Languages",
        "restrictions": "Work considerations",
        "no_restrictions": "No considerations registered",
        "contacts": "Latest contacts",
        "no_contacts": "No contacts registered",
        "date": "Date",
        "channel": "Channel",
        "summary": "Summary",
        "placements": "Placements (current and previous)",
        "no_placements": "No placements registered",
        "company": "Company",
        "scheme": "Scheme",
        "period": "Period",
        "status": "Status",
        "outcome": "Outcome",
        "next_steps": "Next steps",
        "no_next_steps": "No next steps agreed",
        "step": "Activity",
        "due": "Due",
        "responsible": "Responsible",
        "readiness.jobparat": "Job-ready",
        "readiness.aktivitetsparat": "Activity-ready",
        "readiness.uddannelsesparat": "Education-ready",
    },
}

_NON_DIGITS = re.compile(r"\D")


def masked_cpr(cpr: str | None) -> str:
    """DDMMYY-XXXX from a full, formatted or already masked CPR number."""
    digits = _NON_DIGITS.sub("", cpr or "")
    return mask_cpr(digits) if len(digits) >= 6 else ""


class ClientSummaryRenderer(ReportRenderer[ClientSummary]):
    """Renders a ``ClientSummary`` to PDF bytes."""

    labels = LABELS

    def confidentiality_note(self) -> str | None:
        return self.t("confidential")

    def build_story(self, data: ClientSummary) -> list[Flowable]:
        story: list[Flowable] = [para(data.name, "Title")]
        subtitle = []
        if data.meeting_date:
            subtitle.append(markup(self.t("meeting", date=format_date(data.meeting_date))))
        if data.consultant:
            subtitle.append(f"{markup(self.t('consultant'))}: {markup(data.consultant)}")
        if subtitle:
            story.append(rich(" · ".join(subtitle), "Subtitle"))
        story += section(self.t("profile"), [self._profile(data)], "")
        story += section(self.t("qualifications"), [self._qualifications(data)], "")
        story += self._experience(data.experience)
        story += self._education(data.education)
        story += self._contacts(data.latest_contacts)
        story += self._placements(data.placements)
        story += self._next_steps(data.next_steps)
        return story

    def _profile(self, data: ClientSummary) -> Flowable:
        pairs = [
            (self.t("cpr"), masked_cpr(data.cpr)),
            (self.t("phone"), data.phone),
            (self.t("email"), data.email),
            (self.t("postcode_town"), joined([data.postcode, data.town], " ")),
            (self.t("target_group"), data.target_group),
            (self.t("readiness"), self.code_label("readiness", data.readiness)),
            (
                self.t("available"),
                format_date(data.available_from) or self.t("by_agreement"),
            ),
            (self.t("hours"), self.number(data.hours_wanted)),
            (
                self.t("commute"),
                self.t("km", km=data.max_commute_km) if data.max_commute_km is not None else "",
            ),
        ]
        return key_value_table(pairs, self.content_width)

    def _qualifications(self, data: ClientSummary) -> Flowable:
        """Wishes, qualifications and restrictions in one block: it keeps the brief to a page."""
        desired = " · ".join(
            f"{rank}. {text}"
            for rank, text in enumerate(
                (t for t in map(clean, data.desired_occupations) if t), start=1
            )
        )
        languages = joined(
            f"{lang.language} ({lang.level})" if lang.level else lang.language
            for lang in data.languages
        )
        restrictions = [f"• {text}" for text in map(clean, data.restrictions) if text]
        pairs = [
            (self.t("desired"), desired),
            (self.t("skills"), joined(data.skills)),
            (self.t("certificates"), joined(data.certificates)),
            (self.t("licences"), joined(data.driving_licences)),
            (self.t("languages"), languages),
            (self.t("restrictions"), restrictions or self.t("no_restrictions")),
        ]
        return key_value_table(pairs, self.content_width, columns=1, key_share=0.2)

    def _experience(self, items: Sequence[ExperienceItem]) -> list[Flowable]:
        content: list[Flowable] = []
        if items:
            rows = [[e.occupation, self.number(e.years), e.detail] for e in items]
            headers = [self.t(k) for k in ("occupation", "years", "detail")]
            content.append(data_table(headers, rows, [38, 8, 54], self.content_width))
        return section(self.t("experience"), content, self.t("no_experience"))

    def _education(self, items: Sequence[EducationItem]) -> list[Flowable]:
        content: list[Flowable] = []
        if items:
            rows = [[e.title, e.institution, e.year or ""] for e in items]
            headers = [self.t(k) for k in ("education", "institution", "year")]
            content.append(data_table(headers, rows, [46, 46, 8], self.content_width))
        return section(self.t("education"), content, self.t("no_education"))

    def _contacts(self, contacts: Sequence[CitizenContact]) -> list[Flowable]:
        content: list[Flowable] = []
        if contacts:
            rows = [
                [
                    format_date(c.at),
                    self.code_label("channel", c.channel),
                    c.consultant,
                    c.summary,
                ]
                for c in contacts
            ]
            headers = [self.t(k) for k in ("date", "channel", "consultant", "summary")]
            content.append(data_table(headers, rows, [12, 10, 18, 60], self.content_width))
        return section(self.t("contacts"), content, self.t("no_contacts"))

    def _placements(self, placements: Sequence[CitizenPlacement]) -> list[Flowable]:
        content: list[Flowable] = []
        if placements:
            rows = [
                [
                    p.company,
                    p.scheme,
                    period_text(p.start, p.end),
                    self.code_label("status", p.status),
                    p.outcome,
                ]
                for p in placements
            ]
            keys = ("company", "scheme", "period", "status", "outcome")
            headers = [self.t(k) for k in keys]
            content.append(data_table(headers, rows, [26, 22, 20, 12, 20], self.content_width))
        return section(self.t("placements"), content, self.t("no_placements"))

    def _next_steps(self, steps: Sequence[NextStep]) -> list[Flowable]:
        content: list[Flowable] = []
        if steps:
            rows = [[s.text, format_date(s.due), s.responsible] for s in steps]
            headers = [self.t(k) for k in ("step", "due", "responsible")]
            content.append(data_table(headers, rows, [62, 13, 25], self.content_width))
        return section(self.t("next_steps"), content, self.t("no_next_steps"))


def render_client_summary(data: ClientSummary, context: ReportContext) -> bytes:
    """PDF bytes for one citizen brief."""
    return ClientSummaryRenderer(context).render(data)


__all__ = [
    "CitizenContact",
    "CitizenPlacement",
    "ClientSummary",
    "ClientSummaryRenderer",
    "EducationItem",
    "ExperienceItem",
    "LanguageSkill",
    "NextStep",
    "render_client_summary",
]
