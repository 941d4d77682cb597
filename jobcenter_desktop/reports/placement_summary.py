"""Placement summary (forløbsresumé): parties, scheme, dates, purpose, checks and signatures.

Printed for the citizen, the company and the jobcenter to sign. The compliance section lists
what was checked (ratio rule, net additional employment, waiting period …) with the source of
each rule and whether that rule has been verified; like the app, it records inputs and
statements and does not pretend to be a legal verdict. The employee representative
(tillidsrepræsentant) gets a signature line only when the service says the placement needs one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from ..domain.dates import format_date
from .base import ReportContext, ReportRenderer
from .blocks import (
    bullet_list,
    data_table,
    heading,
    joined,
    key_value_table,
    markup,
    para,
    section,
    signature_block,
)
from .styles import AMBER, GREEN, RED, WARNING, style

CheckStatus = Literal["ok", "failed", "unknown"]


@dataclass(frozen=True)
class ComplianceCheck:
    """One rule check. ``verified`` is False for rule rows still marked "verify"."""

    status: CheckStatus
    text: str
    source: str = ""
    verified: bool = True


@dataclass(frozen=True)
class FollowUp:
    due: date | None
    text: str
    responsible: str = ""


@dataclass(frozen=True)
class Supervisor:
    """The company's supervisor (or mentor) for the placement."""

    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PlacementSummary:
    """Everything on the summary. ``scheme`` is display text ("Virksomhedspraktik")."""

    citizen_name: str
    company_name: str
    scheme: str
    start: date | None
    company_cvr: str = ""
    workplace_name: str = ""
    workplace_address: str = ""
    p_number: str = ""
    planned_end: date | None = None
    actual_end: date | None = None
    hours_per_week: float | None = None
    status: str = ""
    purpose: str = ""
    learning_goals: Sequence[str] = ()
    supervisor: Supervisor | None = None
    mentor: str = ""
    compliance_checks: Sequence[ComplianceCheck] = ()
    employee_rep_statement: str = ""
    follow_up_plan: Sequence[FollowUp] = ()
    needs_employee_rep: bool = False


LABELS = {
    "da": {
        "title": "Resumé af forløb",
        "confidential": "Fortroligt – indeholder personoplysninger",
        "parties": "Parter",
        "citizen": "Borger",
        "company": "Virksomhed",
        "cvr": "CVR-nummer",
        "workplace": "Arbejdssted",
        "p_number": "P-nummer",
        "scheme_period": "Ordning og periode",
        "scheme": "Ordning",
        "start": "Start",
        "planned_end": "Planlagt slut",
        "actual_end": "Faktisk slut",
        "hours": "Timer pr. uge",
        "status": "Status",
        "purpose": "Formål og læringsmål",
        "no_purpose": "Intet formål beskrevet",
        "learning_goals": "Læringsmål",
        "supervisor": "Vejleder og mentor",
        "supervisor_name": "Vejleder",
        "role": "Rolle",
        "phone": "Telefon",
        "email": "E-mail",
        "mentor": "Mentor",
        "checks": "Kontrol af regler",
        "no_checks": "Ingen kontroller registreret",
        "check_result": "Resultat",
        "check": "Kontrol",
        "source": "Kilde",
        "rule": "Regel",
        "verified": "Verificeret",
        "not_verified": "⚠ Ikke verificeret",
        "checks_note": "Kontrollen samler oplysninger og udtalelser. Den er ikke en juridisk "
        "afgørelse. ✓ opfyldt · ✗ ikke opfyldt · ? ukendt",
        "rep_statement": "Udtalelse fra tillidsrepræsentant",
        "no_rep_statement": "Udtalelse ikke indhentet",
        "follow_up": "Opfølgningsplan",
        "no_follow_up": "Ingen opfølgning planlagt",
        "date": "Dato",
        "activity": "Aktivitet",
        "responsible": "Ansvarlig",
        "signatures": "Underskrifter",
        "sign_citizen": "borger",
        "sign_company": "virksomhed",
        "sign_employee_rep": "tillidsrepræsentant",
    },
    "en": {
        "title": "Placement summary",
        "confidential": "Confidential – contains personal data",
        "parties": "Parties",
        "citizen": "Citizen",
        "company": "Company",
        "cvr": "CVR number",
        "workplace": "Workplace",
        "p_number": "P-number",
        "scheme_period": "Scheme and period",
        "scheme": "Scheme",
        "start": "Start",
        "planned_end": "Planned end",
        "actual_end": "Actual end",
        "hours": "Hours per week",
        "status": "Status",
        "purpose": "Purpose and learning goals",
        "no_purpose": "No purpose described",
        "learning_goals": "Learning goals",
        "supervisor": "Supervisor and mentor",
        "supervisor_name": "Supervisor",
        "role": "Role",
        "phone": "Phone",
        "email": "E-mail",
        "mentor": "Mentor",
        "checks": "Rule checks",
        "no_checks": "No checks registered",
        "check_result": "Result",
        "check": "Check",
        "source": "Source",
        "rule": "Rule",
        "verified": "Verified",
        "not_verified": "⚠ Not verified",
        "checks_note": "The checks collect facts and statements. They are not a legal "
        "decision. ✓ met · ✗ not met · ? unknown",
        "rep_statement": "Statement from the employee representative",
        "no_rep_statement": "Statement not obtained",
        "follow_up": "Follow-up plan",
        "no_follow_up": "No follow-up planned",
        "date": "Date",
        "activity": "Activity",
        "responsible": "Responsible",
        "signatures": "Signatures",
        "sign_citizen": "citizen",
        "sign_company": "company",
        "sign_employee_rep": "employee representative",
    },
}

# Glyphs DejaVu Sans has (U+2713, U+2717); colour carries the meaning too, for colour printers.
_CHECK_GLYPHS = {"ok": ("✓", GREEN), "failed": ("✗", RED), "unknown": ("?", AMBER)}


class PlacementSummaryRenderer(ReportRenderer[PlacementSummary]):
    """Renders a ``PlacementSummary`` to PDF bytes."""

    labels = LABELS

    def confidentiality_note(self) -> str | None:
        return self.t("confidential")

    def build_story(self, data: PlacementSummary) -> list[Flowable]:
        story: list[Flowable] = [
            para(self.t("title"), "Title"),
            para(joined([data.scheme, data.company_name], " · "), "Subtitle"),
        ]
        story += section(self.t("parties"), [self._parties(data)], "")
        story += section(self.t("scheme_period"), [self._period(data)], "")
        story += self._purpose(data)
        story += section(self.t("supervisor"), [self._supervisor(data)], "")
        story += self._checks(data.compliance_checks)
        if data.needs_employee_rep:
            statement = (
                [para(data.employee_rep_statement, "Body")] if data.employee_rep_statement else []
            )
            story += section(self.t("rep_statement"), statement, self.t("no_rep_statement"))
        story += self._follow_up(data.follow_up_plan)
        # The heading travels with the lines: signatures split from their heading look unfinished.
        story += [KeepTogether([heading(self.t("signatures")), self._signatures(data)])]
        return story

    def _parties(self, data: PlacementSummary) -> Flowable:
        workplace = joined([data.workplace_name, data.workplace_address])
        pairs = [
            (self.t("citizen"), data.citizen_name),
            (self.t("company"), data.company_name),
            (self.t("cvr"), data.company_cvr),
            (self.t("workplace"), workplace),
            (self.t("p_number"), data.p_number),
        ]
        return key_value_table(pairs, self.content_width)

    def _period(self, data: PlacementSummary) -> Flowable:
        pairs = [
            (self.t("scheme"), data.scheme),
            (self.t("status"), self.code_label("status", data.status)),
            (self.t("start"), format_date(data.start)),
            (self.t("planned_end"), format_date(data.planned_end)),
            (self.t("hours"), self.number(data.hours_per_week)),
            (self.t("actual_end"), format_date(data.actual_end)),
        ]
        return key_value_table(pairs, self.content_width)

    def _purpose(self, data: PlacementSummary) -> list[Flowable]:
        content: list[Flowable] = []
        if data.purpose:
            content.append(para(data.purpose, "Body"))
        goals = bullet_list(data.learning_goals)
        if goals:
            content.append(para(self.t("learning_goals"), "Subheading"))
            content.extend(goals)
        return section(self.t("purpose"), content, self.t("no_purpose"))

    def _supervisor(self, data: PlacementSummary) -> Flowable:
        supervisor = data.supervisor or Supervisor(name="")
        pairs = [
            (self.t("supervisor_name"), supervisor.name),
            (self.t("role"), supervisor.role),
            (self.t("phone"), supervisor.phone),
            (self.t("email"), supervisor.email),
            (self.t("mentor"), data.mentor),
        ]
        return key_value_table(pairs, self.content_width)

    def _checks(self, checks: Sequence[ComplianceCheck]) -> list[Flowable]:
        content: list[Flowable] = []
        if checks:
            rows = [
                [
                    self._glyph(c.status),
                    c.text,
                    c.source,
                    self.t("verified") if c.verified else self._unverified(),
                ]
                for c in checks
            ]
            headers = [self.t(k) for k in ("check_result", "check", "source", "rule")]
            content.append(data_table(headers, rows, [10, 48, 26, 16], self.content_width))
            content.append(para(self.t("checks_note"), "Small"))
        return section(self.t("checks"), content, self.t("no_checks"))

    def _glyph(self, status: str) -> Paragraph:
        glyph, colour = _CHECK_GLYPHS.get(status, _CHECK_GLYPHS["unknown"])
        return Paragraph(
            f'<font color="{colour.hexval()}" size="12"><b>{glyph}</b></font>',
            style("CellCenter"),
        )

    def _unverified(self) -> Paragraph:
        return Paragraph(
            f'<font color="{WARNING.hexval()}">{markup(self.t("not_verified"))}</font>',
            style("Cell"),
        )

    def _follow_up(self, plan: Sequence[FollowUp]) -> list[Flowable]:
        content: list[Flowable] = []
        if plan:
            rows = [[format_date(f.due), f.text, f.responsible] for f in plan]
            headers = [self.t(k) for k in ("date", "activity", "responsible")]
            content.append(data_table(headers, rows, [14, 62, 24], self.content_width))
        return section(self.t("follow_up"), content, self.t("no_follow_up"))

    def _signatures(self, data: PlacementSummary) -> Flowable:
        captions = [
            f"{self.t('sign_citizen')} ({data.citizen_name})",
            f"{self.t('sign_company')} ({data.company_name})",
            self.context.jobcenter_name,
        ]
        if data.needs_employee_rep:
            captions.append(self.t("sign_employee_rep"))
        return signature_block(captions, self.content_width, self.t("sign_date"))


def render_placement_summary(data: PlacementSummary, context: ReportContext) -> bytes:
    """PDF bytes for one placement summary."""
    return PlacementSummaryRenderer(context).render(data)


__all__ = [
    "ComplianceCheck",
    "FollowUp",
    "PlacementSummary",
    "PlacementSummaryRenderer",
    "Supervisor",
    "render_placement_summary",
]
