"""Company visit handout (virksomhedsbesøg): what a consultant takes to a visit, on paper.

Master data, contacts, recent contact log, open job orders, placements, agreements and, when
the service supplies them, anonymised candidates who match the company's needs. Candidates in
placements arrive as display text only: the service decides, from recorded consent, whether
that is a name or an anonymised label, so this module cannot leak what it was never given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from ..domain.dates import format_date
from .base import ReportContext, ReportRenderer
from .blocks import (
    Labelled,
    data_table,
    heading,
    joined,
    key_value_table,
    markup,
    para,
    period_text,
    rich,
    section,
)
from .styles import RULE


@dataclass(frozen=True)
class CompanyMasterData:
    """Stamdata. ``industry`` and ``size_band`` are display text ("493100 Rutebuskørsel")."""

    name: str
    cvr: str
    p_numbers: Sequence[str] = ()
    address: str = ""
    postcode: str = ""
    town: str = ""
    industry: str = ""
    size_band: str = ""
    responsible_consultant: str = ""


@dataclass(frozen=True)
class VisitContact:
    """Kontaktperson at the company; ``is_employee_rep`` marks the tillidsrepræsentant."""

    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    is_employee_rep: bool = False


@dataclass(frozen=True)
class VisitLogEntry:
    """One contact-log line. ``channel`` is a code (visit/phone/email/meeting) or free text."""

    at: date | datetime
    channel: str
    consultant: str = ""
    summary: str = ""
    outcome: str = ""
    follow_up: date | None = None


@dataclass(frozen=True)
class VisitJobOrder:
    """Open job order (jobordre). ``status`` is the stored code (open, in_progress, paused …)."""

    title: str
    positions: int = 1
    hours_per_week: float | None = None
    deadline: date | None = None
    status: str = "open"
    schemes: str = ""


@dataclass(frozen=True)
class VisitPlacement:
    """Placement at the company. ``candidate`` is the text to print: a label, or a name only
    when the service has checked consent."""

    candidate: str
    scheme: str
    start: date | None = None
    end: date | None = None
    status: str = ""


@dataclass(frozen=True)
class VisitAgreement:
    """Samarbejds- or partnerskabsaftale. ``kind`` is a code or display text."""

    kind: str
    start: date | None = None
    end: date | None = None
    content: str = ""


@dataclass(frozen=True)
class MatchingCandidate:
    """Anonymised candidate who fits the company; never a name."""

    label: str
    occupations: str
    skills: str = ""
    area: str = ""
    available_from: date | None = None


@dataclass(frozen=True)
class VisitHandout:
    """Everything printed on the handout. ``matching_candidates=None`` omits that section."""

    company: CompanyMasterData
    visit_date: date | None = None
    purpose: str = ""
    contacts: Sequence[VisitContact] = ()
    contact_log: Sequence[VisitLogEntry] = ()
    job_orders: Sequence[VisitJobOrder] = ()
    placements: Sequence[VisitPlacement] = ()
    agreements: Sequence[VisitAgreement] = ()
    matching_candidates: Sequence[MatchingCandidate] | None = None


LABELS = {
    "da": {
        "title": "Virksomhedsbesøg",
        "visit_on": "Besøg {date}",
        "purpose": "Formål",
        "master": "Stamdata",
        "cvr": "CVR-nummer",
        "p_numbers": "P-numre",
        "address": "Adresse",
        "postcode_town": "Postnr. og by",
        "industry": "Branche",
        "size": "Antal ansatte",
        "consultant": "Ansvarlig konsulent",
        "contacts": "Kontaktpersoner",
        "no_contacts": "Ingen kontakter registreret",
        "name": "Navn",
        "role": "Rolle",
        "phone": "Telefon",
        "email": "E-mail",
        "rep": "TR",
        "rep_note": "TR = tillidsrepræsentant",
        "log": "Seneste kontakter",
        "no_log": "Ingen kontakter i loggen",
        "date": "Dato",
        "channel": "Kanal",
        "by": "Konsulent",
        "summary": "Resumé",
        "follow_up": "Opfølgning",
        "outcome": "Resultat",
        "job_orders": "Åbne jobordrer",
        "no_job_orders": "Ingen åbne jobordrer",
        "job_title": "Stilling",
        "positions": "Antal",
        "hours": "Timer/uge",
        "deadline": "Frist",
        "status": "Status",
        "schemes": "Ordninger",
        "placements": "Forløb på virksomheden",
        "no_placements": "Ingen forløb registreret",
        "candidate": "Kandidat",
        "scheme": "Ordning",
        "period": "Periode",
        "agreements": "Aftaler",
        "no_agreements": "Ingen aftaler registreret",
        "kind": "Type",
        "content": "Indhold",
        "matching": "Kandidater der matcher",
        "no_matching": "Ingen kandidater matcher lige nu",
        "occupations": "Stillingsønsker",
        "skills": "Kompetencer",
        "area": "Område",
        "available": "Ledig fra",
        "notes": "Noter fra besøget",
        "kind.samarbejdsaftale": "Samarbejdsaftale",
        "kind.partnerskabsaftale": "Partnerskabsaftale",
    },
    "en": {
        "title": "Company visit",
        "visit_on": "Visit {date}",
        "purpose": "Purpose",
        "master": "Company details",
        "cvr": "CVR number",
        "p_numbers": "P-numbers",
        "address": "Address",
        "postcode_town": "Postcode and town",
        "industry": "Industry",
        "size": "Employees",
        "consultant": "Responsible consultant",
        "contacts": "Contact persons",
        "no_contacts": "No contacts registered",
        "name": "Name",
        "role": "Role",
        "phone": "Phone",
        "email": "E-mail",
        "rep": "ER",
        "rep_note": "ER = employee representative",
        "log": "Recent contacts",
        "no_log": "No contacts in the log",
        "date": "Date",
        "channel": "Channel",
        "by": "Consultant",
        "summary": "Summary",
        "follow_up": "Follow-up",
        "outcome": "Outcome",
        "job_orders": "Open job orders",
        "no_job_orders": "No open job orders",
        "job_title": "Position",
        "positions": "Count",
        "hours": "Hours/week",
        "deadline": "Deadline",
        "status": "Status",
        "schemes": "Schemes",
        "placements": "Placements at the company",
        "no_placements": "No placements registered",
        "candidate": "Candidate",
        "scheme": "Scheme",
        "period": "Period",
        "agreements": "Agreements",
        "no_agreements": "No agreements registered",
        "kind": "Type",
        "content": "Content",
        "matching": "Matching candidates",
        "no_matching": "No candidates match at the moment",
        "occupations": "Desired occupations",
        "skills": "Skills",
        "area": "Area",
        "available": "Available from",
        "notes": "Notes from the visit",
        "kind.samarbejdsaftale": "Cooperation agreement",
        "kind.partnerskabsaftale": "Partnership agreement",
    },
}


class VisitHandoutRenderer(ReportRenderer[VisitHandout]):
    """Renders a ``VisitHandout`` to PDF bytes."""

    labels = LABELS

    def document_title(self, data: VisitHandout) -> str:
        return f"{self.t('title')} – {data.company.name}"

    def build_story(self, data: VisitHandout) -> list[Flowable]:
        story: list[Flowable] = [para(data.company.name, "Title")]
        subtitle = []
        if data.visit_date:
            subtitle.append(markup(self.t("visit_on", date=format_date(data.visit_date))))
        if data.purpose:
            subtitle.append(f"<b>{markup(self.t('purpose'))}:</b> {markup(data.purpose)}")
        if subtitle:
            story.append(rich(" · ".join(subtitle), "Subtitle"))
        story += self._master(data.company)
        story += self._contacts(data.contacts)
        story += self._log(data.contact_log)
        story += self._job_orders(data.job_orders)
        story += self._placements(data.placements)
        story += self._agreements(data.agreements)
        if data.matching_candidates is not None:
            story += self._matching(data.matching_candidates)
        story += self._notes()
        return story

    def _master(self, company: CompanyMasterData) -> list[Flowable]:
        pairs = [
            (self.t("cvr"), company.cvr),
            (self.t("p_numbers"), joined(company.p_numbers)),
            (self.t("address"), company.address),
            (self.t("postcode_town"), joined([company.postcode, company.town], " ")),
            (self.t("industry"), company.industry),
            (self.t("size"), company.size_band),
            (self.t("consultant"), company.responsible_consultant),
        ]
        return section(self.t("master"), [key_value_table(pairs, self.content_width)], "")

    def _contacts(self, contacts: Sequence[VisitContact]) -> list[Flowable]:
        content: list[Flowable] = []
        if contacts:
            rows = [
                [c.name, c.role, c.phone, c.email, "✓" if c.is_employee_rep else ""]
                for c in contacts
            ]
            headers = [self.t(k) for k in ("name", "role", "phone", "email", "rep")]
            content.append(data_table(headers, rows, [24, 20, 15, 34, 7], self.content_width))
            if any(c.is_employee_rep for c in contacts):
                content.append(para(self.t("rep_note"), "Small"))
        return section(self.t("contacts"), content, self.t("no_contacts"))

    def _log(self, entries: Sequence[VisitLogEntry]) -> list[Flowable]:
        content: list[Flowable] = []
        if entries:
            rows = [
                [
                    format_date(e.at),
                    self.code_label("channel", e.channel),
                    e.consultant,
                    [e.summary, Labelled(self.t("outcome"), e.outcome)] if e.outcome else e.summary,
                    format_date(e.follow_up),
                ]
                for e in entries
            ]
            headers = [self.t(k) for k in ("date", "channel", "by", "summary", "follow_up")]
            content.append(data_table(headers, rows, [12, 10, 16, 49, 13], self.content_width))
        return section(self.t("log"), content, self.t("no_log"))

    def _job_orders(self, orders: Sequence[VisitJobOrder]) -> list[Flowable]:
        content: list[Flowable] = []
        if orders:
            rows = [
                [
                    o.title,
                    self.number(o.positions),
                    self.number(o.hours_per_week),
                    format_date(o.deadline),
                    self.code_label("status", o.status),
                    o.schemes,
                ]
                for o in orders
            ]
            keys = ("job_title", "positions", "hours", "deadline", "status", "schemes")
            headers = [self.t(k) for k in keys]
            content.append(data_table(headers, rows, [32, 8, 10, 13, 13, 24], self.content_width))
        return section(self.t("job_orders"), content, self.t("no_job_orders"))

    def _placements(self, placements: Sequence[VisitPlacement]) -> list[Flowable]:
        content: list[Flowable] = []
        if placements:
            rows = [
                [
                    p.candidate,
                    p.scheme,
                    period_text(p.start, p.end),
                    self.code_label("status", p.status),
                ]
                for p in placements
            ]
            headers = [self.t(k) for k in ("candidate", "scheme", "period", "status")]
            content.append(data_table(headers, rows, [28, 30, 25, 17], self.content_width))
        return section(self.t("placements"), content, self.t("no_placements"))

    def _agreements(self, agreements: Sequence[VisitAgreement]) -> list[Flowable]:
        content: list[Flowable] = []
        if agreements:
            rows = [
                [self.code_label("kind", a.kind), period_text(a.start, a.end), a.content]
                for a in agreements
            ]
            headers = [self.t(k) for k in ("kind", "period", "content")]
            content.append(data_table(headers, rows, [22, 23, 55], self.content_width))
        return section(self.t("agreements"), content, self.t("no_agreements"))

    def _matching(self, candidates: Sequence[MatchingCandidate]) -> list[Flowable]:
        content: list[Flowable] = []
        if candidates:
            rows = [
                [c.label, c.occupations, c.skills, c.area, format_date(c.available_from)]
                for c in candidates
            ]
            keys = ("candidate", "occupations", "skills", "area", "available")
            headers = [self.t(k) for k in keys]
            content.append(data_table(headers, rows, [14, 26, 30, 17, 13], self.content_width))
        return section(self.t("matching"), content, self.t("no_matching"))

    def _notes(self) -> list[Flowable]:
        # Ruled lines for handwriting: the handout is used with a pen during the visit.
        lines = Table(
            [[""] for _ in range(6)],
            colWidths=[self.content_width],
            rowHeights=[8 * mm] * 6,
            style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]),
        )
        # Kept whole: notes lines split over two pages look like a layout fault.
        return [CondPageBreak(20 * mm), KeepTogether([heading(self.t("notes")), lines])]


def render_visit_handout(data: VisitHandout, context: ReportContext) -> bytes:
    """PDF bytes for one company visit handout."""
    return VisitHandoutRenderer(context).render(data)


__all__ = [
    "CompanyMasterData",
    "MatchingCandidate",
    "VisitAgreement",
    "VisitContact",
    "VisitHandout",
    "VisitHandoutRenderer",
    "VisitJobOrder",
    "VisitLogEntry",
    "VisitPlacement",
    "render_visit_handout",
]
