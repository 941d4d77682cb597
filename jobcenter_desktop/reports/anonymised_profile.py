"""Anonymised candidate profile for employers, one profile per page, singly or in batches.

Privacy is built into the input type: ``AnonymisedProfile`` has no field for name, CPR,
address, phone, e-mail, target group, benefit, readiness or work restrictions, so a service
cannot hand them over by mistake. Two further guards cover what the type cannot: the age is
printed only as a ten-year band (an exact age given by mistake is rounded down to its decade),
and every printed text is scrubbed of anything shaped like a CPR number, e-mail address or
Danish phone number, in case a consultant typed one into a skill or occupation.

A batch (``render_anonymised_profiles``) is one document: fonts, styles and templates are set
up once and each profile only adds flowables, with page numbers counted per profile.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from ..domain.dates import format_date
from .base import ReportContext, ReportRenderer
from .blocks import clean, joined, key_value_table, markup, numbered_list, para, rich, section
from .styles import MUTED


@dataclass(frozen=True)
class ProfileExperience:
    """Occupation and years only: employer names could identify the person."""

    occupation: str
    years: float | None = None


@dataclass(frozen=True)
class ProfileLanguage:
    language: str
    level: str = ""


@dataclass(frozen=True)
class AnonymisedProfile:
    """What an employer may see without the citizen's consent to be named.

    ``label`` is the pseudonym ("Kandidat K-4821"); ``area`` is kommune or region level,
    never an address or postcode; ``age_band_start`` is the first year of a ten-year band.
    """

    label: str
    area: str = ""
    age_band_start: int | None = None
    desired_occupations: Sequence[str] = ()
    experience: Sequence[ProfileExperience] = ()
    education: Sequence[str] = ()
    skills: Sequence[str] = ()
    certificates: Sequence[str] = ()
    driving_licences: Sequence[str] = ()
    languages: Sequence[ProfileLanguage] = ()
    available_from: date | None = None
    hours_per_week: float | None = None


LABELS = {
    "da": {
        "title": "Anonymiseret kandidatprofil",
        "intro": "Profilen er anonymiseret. Kontakt {jobcenter} for at høre mere om kandidaten.",
        "facts": "Overblik",
        "age": "Alder",
        "age_band": "{start}–{end} år",
        "area": "Område",
        "available": "Tilgængelig fra",
        "by_agreement": "Efter aftale",
        "hours": "Timer pr. uge",
        "licences": "Kørekort",
        "desired": "Ønskede stillinger",
        "no_desired": "Ingen stillingsønsker angivet",
        "experience": "Erfaring",
        "no_experience": "Ingen erfaring angivet",
        "years": "{years} år",
        "education": "Uddannelse",
        "no_education": "Ingen uddannelse angivet",
        "qualifications": "Kvalifikationer",
        "skills": "Kompetencer",
        "certificates": "Certifikater",
        "languages": "Sprog",
        "redacted": "[fjernet]",
    },
    "en": {
        "title": "Anonymised candidate profile",
        "intro": "This profile is anonymised. Contact {jobcenter} to learn more about the "
        "candidate.",
        "facts": "Overview",
        "age": "Age",
        "age_band": "{start}–{end} years",
        "area": "Area",
        "available": "Available from",
        "by_agreement": "By arrangement",
        "hours": "Hours per week",
        "licences": "Driving licences",
        "desired": "Desired occupations",
        "no_desired": "No desired occupations given",
        "experience": "Experience",
        "no_experience": "No experience given",
        "years": "{years} years",
        "education": "Education",
        "no_education": "No education given",
        "qualifications": "Qualifications",
        "skills": "Skills",
        "certificates": "Certificates",
        "languages": "Languages",
        "redacted": "[removed]",
    },
}

# Shapes of direct identifiers that must never reach an employer, whatever field they were
# typed into: CPR (DDMMYY-SSSS, with or without dash), e-mail, and Danish phone numbers
# (8 digits, optionally +45/0045, written whole or spaced in pairs or fours). Phone digits
# may only be separated by spaces so that year ranges such as "2010-2014" survive.
_IDENTIFIERS = re.compile(
    r"""
    \b\d{6}[-\s]?\d{4}\b                                     # CPR number
    | [^\s@<>()\[\],;:"]+@[^\s@<>()\[\],;:"]+\.[A-Za-z]{2,}   # e-mail address
    | (?:(?:\+|00)\s?45\s?)?\b(?:\d{8}|\d{4}\s\d{4}|\d{2}(?:\s\d{2}){3})\b  # phone
    """,
    re.VERBOSE,
)


def scrub(text: object, replacement: str) -> str:
    """``text`` with anything shaped like a CPR number, e-mail or phone number replaced."""
    return _IDENTIFIERS.sub(replacement, clean(text))


def age_band(start: int | None) -> tuple[int, int] | None:
    """Ten-year band containing ``start``; an exact age is rounded down to its decade."""
    if start is None or start < 0:
        return None
    low = (start // 10) * 10
    return low, low + 9


class AnonymisedProfileRenderer(ReportRenderer[AnonymisedProfile]):
    """Renders one ``AnonymisedProfile`` (``render``) or many, one per page (``render_batch``)."""

    labels = LABELS

    def item_title(self, data: AnonymisedProfile) -> str | None:
        # A profile that runs onto a second page still says whose profile it is.
        return self._s(data.label)

    def _s(self, text: object) -> str:
        return scrub(text, self.t("redacted"))

    def build_story(self, data: AnonymisedProfile) -> list[Flowable]:
        s = self._s
        story: list[Flowable] = [
            para(s(data.label), "ProfileLabel"),
            para(self.t("intro", jobcenter=self.context.jobcenter_name), "Small"),
        ]
        story += section(self.t("facts"), [self._facts(data)], "")
        story += section(
            self.t("desired"),
            numbered_list((s(o) for o in data.desired_occupations), "Body"),
            self.t("no_desired"),
        )
        experience = [self._experience(e) for e in data.experience if clean(e.occupation)]
        story += section(self.t("experience"), experience, self.t("no_experience"))
        story += section(
            self.t("education"),
            [para(s(joined(data.education, "; ")), "Body")] if joined(data.education) else [],
            self.t("no_education"),
        )
        story += section(self.t("qualifications"), [self._qualifications(data)], "")
        return story

    def _experience(self, item: ProfileExperience) -> Flowable:
        text = markup(self._s(item.occupation))
        if item.years:
            years = markup(self.t("years", years=self.number(item.years)))
            text += f' <font color="{MUTED.hexval()}">· {years}</font>'
        return rich(text, "Body")

    def _facts(self, data: AnonymisedProfile) -> Flowable:
        band = age_band(data.age_band_start)
        pairs = [
            (self.t("age"), self.t("age_band", start=band[0], end=band[1]) if band else ""),
            (self.t("area"), self._s(data.area)),
            (
                self.t("available"),
                format_date(data.available_from) or self.t("by_agreement"),
            ),
            (self.t("hours"), self.number(data.hours_per_week)),
        ]
        return key_value_table(pairs, self.content_width)

    def _qualifications(self, data: AnonymisedProfile) -> Flowable:
        languages = joined(
            f"{lang.language} ({lang.level})" if lang.level else lang.language
            for lang in data.languages
        )
        pairs = [
            (self.t("skills"), self._s(joined(data.skills))),
            (self.t("certificates"), self._s(joined(data.certificates))),
            (self.t("licences"), self._s(joined(data.driving_licences))),
            (self.t("languages"), self._s(languages)),
        ]
        return key_value_table(pairs, self.content_width, columns=1, key_share=0.2)


def render_anonymised_profile(data: AnonymisedProfile, context: ReportContext) -> bytes:
    """PDF bytes for one anonymised profile."""
    return AnonymisedProfileRenderer(context).render(data)


def render_anonymised_profiles(
    profiles: Sequence[AnonymisedProfile], context: ReportContext
) -> bytes:
    """One PDF with each profile on its own page(s), numbered "Side 1 af 1" per profile."""
    return AnonymisedProfileRenderer(context).render_batch(profiles)


__all__ = [
    "AnonymisedProfile",
    "AnonymisedProfileRenderer",
    "ProfileExperience",
    "ProfileLanguage",
    "age_band",
    "render_anonymised_profile",
    "render_anonymised_profiles",
    "scrub",
]
