"""Placements (forløb): ordinary jobs, praktik, løntilskud, fleksjob, IGU … from plan to end.

This module owns the placement's life: the list and the pipeline by status, the form's pick
lists, create and edit with the compliance check (``compliance.ComplianceService``), status
changes with their history (``PlacementEvent``), the VITAS data sheet and the placement summary
PDF. The rule the law behind it implies: **a placement that fails a check can be saved only as
"planned"**, with the failed check shown and stored in ``compliance_snapshot``; it cannot become
active until every check passes or is at least unknown.

Status flow (DOMAIN.md 2.3): planned → active → completed / stopped_early (with a reason);
planned → cancelled (before start). Every change is a ``PlacementEvent``.

The summary PDF is signed by the citizen, the company and the jobcenter, so the employer reads
it: checks that would reveal the citizen's target group or benefit (DOMAIN.md 6) are printed in
neutral words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from ..domain import eligibility as el
from ..domain.dates import format_date
from ..domain.errors import ConflictError, NotFoundError, ValidationError
from ..persistence.orm import (
    Candidate,
    Company,
    ContactPerson,
    JobOrder,
    Placement,
    PlacementEvent,
    TargetGroupPeriod,
    User,
    Workplace,
)
from ..reports.base import ReportContext
from ..reports.placement_summary import (
    ComplianceCheck,
    FollowUp,
    PlacementSummary,
    Supervisor,
    render_placement_summary,
)
from .compliance import (
    CheckItem,
    ComplianceReport,
    ComplianceService,
    PlacementDraft,
    VitasSheet,
    required_number,
)
from .context import ServiceContext
from .lists import ListQuery, canonical, fetch_ids, in_requested_order, raw_id_column

STATUSES = ("planned", "active", "completed", "stopped_early", "cancelled")
OPEN_STATUSES = ("planned", "active")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "planned": ("active", "cancelled"),
    "active": ("completed", "stopped_early"),
    "completed": (),
    "stopped_early": (),
    "cancelled": (),
}
STATUS_NAMES = {
    "planned": ("Planlagt", "Planned"),
    "active": ("Aktiv", "Active"),
    "completed": ("Afsluttet", "Completed"),
    "stopped_early": ("Afbrudt", "Stopped early"),
    "cancelled": ("Aflyst", "Cancelled"),
}
OUTCOMES = ("ordinary_job_same_company", "ordinary_job_elsewhere", "education", "new_placement",
            "back_to_benefit", "unknown")
OUTCOME_NAMES = {
    "ordinary_job_same_company": ("Ordinært job i virksomheden", "Ordinary job at the company"),
    "ordinary_job_elsewhere": ("Ordinært job andetsteds", "Ordinary job elsewhere"),
    "education": ("Uddannelse", "Education"),
    "new_placement": ("Nyt forløb", "New placement"),
    "back_to_benefit": ("Tilbage på ydelse", "Back on benefit"),
    "unknown": ("Ukendt", "Unknown"),
}
# Check keys whose text names the citizen's target group or benefit: neutral words in the PDF.
_PERSONAL_CHECKS = ("target_group", "target_group_allowed", "waiting_period")
_GOALS_MARK = "Læringsmål:"


def status_name(code: str, language: str = "da") -> str:
    names = STATUS_NAMES.get(code)
    return (names[1] if language == "en" else names[0]) if names else code


def outcome_name(code: str | None, language: str = "da") -> str:
    names = OUTCOME_NAMES.get(code or "")
    return (names[1] if language == "en" else names[0]) if names else (code or "")


def join_purpose(purpose: str, goals: Sequence[str]) -> str:
    """Purpose text with the learning goals as a list after it (stored in one column)."""
    text = purpose.strip()
    items = [" ".join(g.split()) for g in goals if g and g.strip()]
    if items:
        text = (text + "\n\n" if text else "") + _GOALS_MARK + "\n" + "\n".join(f"- {g}" for g in items)
    return text


def split_purpose(text: str | None) -> tuple[str, tuple[str, ...]]:
    """The inverse of ``join_purpose``; text without the mark is all purpose."""
    text = (text or "").strip()
    head, mark, tail = text.partition(_GOALS_MARK)
    if not mark:
        return text, ()
    goals = tuple(line.strip()[1:].strip() if line.strip().startswith("-") else line.strip()
                  for line in tail.splitlines() if line.strip())
    return head.strip(), goals


@dataclass(frozen=True)
class FollowUpItem:
    """A dated follow-up of the placement (opfølgning)."""

    due: date
    text: str
    responsible: str = ""

    def to_json(self) -> dict[str, str]:
        return {"due": self.due.isoformat(), "text": self.text, "responsible": self.responsible}


def parse_follow_ups(raw: Any) -> tuple[FollowUpItem, ...]:
    """Follow-ups as stored: a list of {due, text, responsible} or of plain ISO dates."""
    out = []
    for item in raw or ():
        try:
            if isinstance(item, dict):
                due = date.fromisoformat(str(item.get("due", "")))
                out.append(FollowUpItem(due, str(item.get("text", "")), str(item.get("responsible", ""))))
            else:
                out.append(FollowUpItem(date.fromisoformat(str(item)), "Opfølgning"))
        except ValueError:
            continue  # a damaged entry is skipped, the rest still shows
    return tuple(sorted(out, key=lambda f: f.due))


@dataclass(frozen=True)
class PlacementRow:
    id: str
    candidate_label: str
    candidate_name: str
    company_name: str
    scheme_code: str
    start: date
    planned_end: date | None
    status: str
    outcome: str
    has_failure: bool = False


@dataclass(frozen=True)
class PlacementInput(PlacementDraft):
    """What the placement form holds: the checked facts (``PlacementDraft``) and the rest."""

    job_order_id: str | None = None
    supervisor_contact_id: str | None = None
    mentor: str = ""
    purpose: str = ""
    learning_goals: tuple[str, ...] = ()
    follow_ups: tuple[FollowUpItem, ...] = ()

    def draft(self) -> PlacementDraft:
        return self


@dataclass(frozen=True)
class PlacementEventDTO:
    at: datetime
    by: str
    old_status: str | None
    new_status: str
    reason: str


@dataclass(frozen=True)
class PlacementDetail:
    id: str
    version: int
    candidate_id: str
    candidate_label: str
    candidate_name: str
    company_id: str
    company_name: str
    company_cvr: str
    workplace_id: str | None
    p_number: str
    job_order_id: str | None
    scheme_code: str
    scheme_name: str
    target_group_code: str | None
    start: date
    planned_end: date | None
    actual_end: date | None
    hours_per_week: float | None
    supervisor_contact_id: str | None
    supervisor_name: str
    mentor: str
    purpose: str
    learning_goals: tuple[str, ...]
    follow_ups: tuple[FollowUpItem, ...]
    status: str
    outcome: str
    stop_reason: str
    rep_statement_by: str
    rep_statement_at: date | None
    rep_statement_text: str
    net_expansion_confirmed_by: str
    net_expansion_confirmed_at: date | None
    net_expansion_text: str
    recent_vacancy: bool | None
    checks: tuple[CheckItem, ...]
    checked_at: datetime | None
    events: tuple[PlacementEventDTO, ...] = field(default_factory=tuple)

    @property
    def has_failure(self) -> bool:
        return any(c.failed for c in self.checks)

    def as_input(self) -> PlacementInput:
        return PlacementInput(
            candidate_id=self.candidate_id, company_id=self.company_id, scheme_code=self.scheme_code,
            start=self.start, planned_end=self.planned_end, workplace_id=self.workplace_id,
            job_order_id=self.job_order_id, target_group_code=self.target_group_code,
            hours_per_week=self.hours_per_week, supervisor_contact_id=self.supervisor_contact_id,
            mentor=self.mentor, purpose=self.purpose, learning_goals=self.learning_goals,
            follow_ups=self.follow_ups, rep_statement_by=self.rep_statement_by,
            rep_statement_at=self.rep_statement_at, rep_statement_text=self.rep_statement_text,
            net_expansion_confirmed_by=self.net_expansion_confirmed_by,
            net_expansion_confirmed_at=self.net_expansion_confirmed_at,
            net_expansion_text=self.net_expansion_text, recent_vacancy=self.recent_vacancy)


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    extra: str = ""


@dataclass(frozen=True)
class FormOptions:
    """Pick lists and defaults for the placement form of one citizen at one company."""

    candidate_label: str
    candidate_name: str
    company_name: str
    sector: str
    workplaces: tuple[Choice, ...]
    contacts: tuple[Choice, ...]
    schemes: tuple[Choice, ...]
    schemes_allowed: tuple[str, ...]
    target_group_code: str | None
    target_groups: tuple[Choice, ...]
    default_workplace_id: str | None
    default_hours: float | None


class PlacementService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.compliance = ComplianceService(ctx)

    # ------------------------------------------------------------------ lists and pipeline
    def list_ids(self, query: ListQuery) -> list[str]:
        conditions = [Placement.deleted_at.is_(None)]
        f = query.filters
        if f.get("status"):
            statuses = f["status"] if isinstance(f["status"], (list, tuple)) else [f["status"]]
            conditions.append(Placement.status.in_(statuses))
        if f.get("company_id"):
            conditions.append(Placement.company_id == f["company_id"])
        if f.get("candidate_id"):
            conditions.append(Placement.candidate_id == f["candidate_id"])
        if f.get("job_order_id"):
            conditions.append(Placement.job_order_id == f["job_order_id"])
        order = Placement.start.desc() if query.descending else Placement.start.asc()
        stmt = (
            select(raw_id_column(Placement.id, self.ctx.dialect))
            .where(*conditions)
            .order_by(order, Placement.id)
        )
        if query.limit:
            stmt = stmt.limit(query.limit)
        with self.ctx.uow() as uow:
            return fetch_ids(uow.session, stmt)

    def rows(self, ids: list[str]) -> list[PlacementRow]:
        if not ids:
            return []
        stmt = (
            select(Placement, Candidate.label, Candidate.name, Company.name)
            .join(Candidate, Candidate.id == Placement.candidate_id)
            .join(Company, Company.id == Placement.company_id)
            .where(Placement.id.in_(ids))
        )
        with self.ctx.uow() as uow:
            result = [
                PlacementRow(
                    id=p.id,
                    candidate_label=label,
                    candidate_name=cname,
                    company_name=company,
                    scheme_code=p.scheme_code,
                    start=p.start,
                    planned_end=p.planned_end,
                    status=p.status,
                    outcome=p.outcome or "",
                    has_failure=bool((p.compliance_snapshot or {}).get("has_failure")),
                )
                for p, label, cname, company in uow.session.execute(stmt)
            ]
        return in_requested_order(ids, result, lambda r: r.id)

    def pipeline(self) -> dict[str, int]:
        """Number of placements per status, for the pipeline view."""
        with self.ctx.uow() as uow:
            rows = uow.session.execute(
                select(Placement.status, func.count())
                .where(Placement.deleted_at.is_(None))
                .group_by(Placement.status)
            )
            counts = dict.fromkeys(STATUSES, 0)
            counts.update({status: n for status, n in rows})
            return counts

    # ------------------------------------------------------------------ the form
    def form_options(self, candidate_id: str, company_id: str, start: date | None = None,
                     job_order_id: str | None = None) -> FormOptions:
        """Pick lists for a placement of the citizen at the company starting ``start``."""
        start = start or self._today()
        rulebook = self.ctx.rulebook()
        with self.ctx.uow() as uow:
            s = uow.session
            cand = self._candidate(s, candidate_id)
            company = self._company(s, company_id)
            workplaces = tuple(
                Choice(str(w.id), f"P-nr. {w.p_number}" + (f" – {w.name}" if w.name else "")
                       + (f", {w.postcode}" if w.postcode else ""))
                for w in s.scalars(select(Workplace).where(
                    Workplace.company_id == company.id, Workplace.deleted_at.is_(None))
                    .order_by(Workplace.p_number)))
            contacts = tuple(
                Choice(str(c.id), c.name + (f" ({c.role})" if c.role else ""),
                       "tr" if c.is_employee_rep else "")
                for c in s.scalars(select(ContactPerson).where(
                    ContactPerson.company_id == company.id, ContactPerson.deleted_at.is_(None),
                    ContactPerson.active.is_(True)).order_by(ContactPerson.name)))
            group = ComplianceService.target_groups_on(s, [cand.id], start).get(str(cand.id))
            job = s.get(JobOrder, job_order_id) if job_order_id else None
            allowed = tuple(job.schemes_allowed or ()) if job is not None else ()
            hours = job.hours_per_week if job is not None and job.hours_per_week else cand.hours_wanted
            default_wp = str(job.workplace_id) if job is not None and job.workplace_id else (
                workplaces[0].id if len(workplaces) == 1 else None)
            uow.log("view", "candidate", person_id=cand.id, detail="forløbsformular")
            uow.commit()
            label, name, company_name, sector = cand.label, cand.name, company.name, company.sector
        schemes = tuple(Choice(sc.code, sc.name_da) for sc in rulebook.schemes_on(start, new_cases=False))
        groups = tuple(Choice(g.code, f"{g.code} – {g.name_da}")
                       for g in rulebook.target_groups_on(start, new_cases=False))
        return FormOptions(label, name, company_name, sector or "", workplaces, contacts, schemes,
                           allowed, group, groups, default_wp, hours)

    def check(self, data: PlacementInput, placement_id: str | None = None) -> ComplianceReport:
        """The compliance check of a form, before it is saved (nothing is written but the log)."""
        data = self.normalized(data)
        self._validate(data)
        return self.compliance.check(data.draft(), exclude_placement_id=_maybe(placement_id))

    def vitas_sheet_for(self, data: PlacementInput, placement_id: str | None = None) -> VitasSheet:
        data = self.normalized(data)
        self._validate(data)
        with self.ctx.uow() as uow:
            s = uow.session
            report = self.compliance.evaluate(s, data.draft(), exclude_placement_id=_maybe(placement_id))
            sheet = self.compliance.vitas_sheet(s, data.draft(), report, purpose=data.purpose,
                                                supervisor_contact_id=data.supervisor_contact_id,
                                                mentor=data.mentor)
            uow.log("view", "placement", entity_id=_maybe(placement_id), person_id=data.candidate_id,
                    detail="VITAS-oplysninger")
            uow.commit()
        return sheet

    def vitas_sheet(self, placement_id: str) -> VitasSheet:
        detail = self.get(placement_id, log_view=False)
        return self.vitas_sheet_for(detail.as_input(), detail.id)

    # ------------------------------------------------------------------ validation
    @staticmethod
    def normalized(data: PlacementInput) -> PlacementInput:
        """The same input with every id in canonical form (lists hand out raw ids)."""
        return replace(
            data, candidate_id=_id(data.candidate_id) if data.candidate_id else "",
            company_id=_id(data.company_id) if data.company_id else "",
            workplace_id=_maybe(data.workplace_id), job_order_id=_maybe(data.job_order_id),
            supervisor_contact_id=_maybe(data.supervisor_contact_id))

    def _validate(self, data: PlacementInput) -> None:
        rulebook = self.ctx.rulebook()
        if not data.candidate_id:
            raise ValidationError("Vælg borgeren.", "Choose the citizen.", field="candidate_id")
        if not data.company_id:
            raise ValidationError("Vælg virksomheden.", "Choose the company.", field="company_id")
        if not isinstance(data.start, date):
            raise ValidationError("Angiv startdato.", "Give the start date.", field="start")
        if rulebook.scheme(data.scheme_code or "") is None:
            raise ValidationError(f"Ordningen «{data.scheme_code}» kendes ikke.",
                                  f"Unknown scheme '{data.scheme_code}'.", field="scheme_code")
        if data.target_group_code and rulebook.target_group(data.target_group_code) is None:
            raise ValidationError(f"Målgruppen «{data.target_group_code}» kendes ikke.",
                                  f"Unknown target group '{data.target_group_code}'.",
                                  field="target_group_code")
        if data.planned_end is not None and data.planned_end < data.start:
            raise ValidationError(
                f"Planlagt slut {format_date(data.planned_end)} ligger før start {format_date(data.start)}.",
                "The planned end is before the start.", field="planned_end")
        required_number(data.hours_per_week, "hours_per_week", low=1, high=60, da="Timer pr. uge")
        if len(data.mentor) > 200:
            raise ValidationError("Mentor: højst 200 tegn.", "Mentor: at most 200 characters.", field="mentor")
        if len(join_purpose(data.purpose, data.learning_goals)) > 8000:
            raise ValidationError("Formål og læringsmål er for lange (højst 8000 tegn).",
                                  "Purpose and learning goals are too long.", field="purpose")
        today = self._today()
        for who, when, fld, what in (
            (data.rep_statement_by, data.rep_statement_at, "rep_statement", "Udtalelsen fra medarbejderrepræsentanten"),
            (data.net_expansion_confirmed_by, data.net_expansion_confirmed_at, "net_expansion",
             "Arbejdsgiverens erklæring om merbeskæftigelse"),
        ):
            if who.strip() and when is None:
                raise ValidationError(f"{what}: angiv datoen.", "Give the date of the statement.",
                                      field=f"{fld}_at")
            if when is not None and not who.strip():
                raise ValidationError(f"{what}: angiv hvem den er fra.", "Give who made the statement.",
                                      field=f"{fld}_by")
            if when is not None and when > today:
                raise ValidationError(f"{what} kan ikke være dateret i fremtiden.",
                                      "A statement cannot be dated in the future.", field=f"{fld}_at")
        for item in data.follow_ups:
            if not isinstance(item.due, date):
                raise ValidationError("En opfølgning mangler dato.", "A follow-up has no date.",
                                      field="follow_ups")
            if len(item.text) > 300:
                raise ValidationError("En opfølgning er for lang (højst 300 tegn).",
                                      "A follow-up is too long.", field="follow_ups")

    def _check_parties(self, s, data: PlacementInput) -> None:  # noqa: ANN001
        self._candidate(s, data.candidate_id)
        company = self._company(s, data.company_id)
        for model, record_id, fld, da, en in (
            (Workplace, data.workplace_id, "workplace_id", "P-enheden hører ikke til virksomheden.",
             "The production unit does not belong to the company."),
            (ContactPerson, data.supervisor_contact_id, "supervisor_contact_id",
             "Vejlederen er ikke kontaktperson hos virksomheden.",
             "The supervisor is not a contact at the company."),
            (JobOrder, data.job_order_id, "job_order_id", "Jobordren hører ikke til virksomheden.",
             "The job order does not belong to the company."),
        ):
            if not record_id:
                continue
            owner = s.scalar(select(model.company_id).where(model.id == record_id,
                                                             model.deleted_at.is_(None)))
            if owner is None or str(owner) != str(company.id):
                raise ValidationError(da, en, field=fld)

    @staticmethod
    def _refuse_active(report: ComplianceReport, what: str) -> None:
        failed = report.failed
        if failed:
            lines = "\n".join(f"✗ {c.text_da}" for c in failed)
            raise ValidationError(
                f"{what} Forløbet bryder en regel og kan kun gemmes som planlagt:\n{lines}",
                f"{what} The placement breaks a rule and can only be saved as planned:\n"
                + "\n".join(f"✗ {c.text_en}" for c in failed), field="status")

    # ------------------------------------------------------------------ create and edit
    def create(self, data: PlacementInput, status: str = "planned", *, reason: str = "") -> PlacementDetail:
        """Save a new placement. ``status`` "active" needs a start date reached and no failed
        check; otherwise the placement is refused, not silently downgraded."""
        if status not in OPEN_STATUSES:
            raise ValidationError("Et nyt forløb er planlagt eller aktivt.",
                                  "A new placement is planned or active.", field="status")
        data = self.normalized(data)
        self._validate(data)
        with self.ctx.uow() as uow:
            s = uow.session
            self._check_parties(s, data)
            report = self.compliance.evaluate(s, data.draft())
            if status == "active":
                if data.start > self._today():
                    raise ValidationError(
                        f"Forløbet starter først {format_date(data.start)}; gem det som planlagt.",
                        "The placement starts later; save it as planned.", field="status")
                self._refuse_active(report, "Kan ikke gemmes som aktivt.")
            p = Placement(status=status)
            self._apply(p, data, report)
            s.add(p)
            s.flush()
            s.add(PlacementEvent(placement_id=p.id, by_user_id=self.ctx.actor.user_id, old_status=None,
                                 new_status=status, reason=(reason.strip() or "Forløb oprettet")[:500]))
            uow.commit()
            placement_id = p.id
        return self.get(placement_id, log_view=False)

    def update(self, placement_id: str, base_version: int, data: PlacementInput) -> PlacementDetail:
        placement_id = _id(placement_id)
        data = self.normalized(data)
        self._validate(data)
        with self.ctx.uow() as uow:
            s = uow.session
            p = self._load(s, placement_id)
            if p.version != base_version:
                raise ConflictError(
                    "En anden bruger har ændret forløbet, mens du redigerede. Genindlæs og prøv igen.",
                    "Another user changed the placement while you were editing.")
            if p.status not in OPEN_STATUSES:
                raise ValidationError(f"Et {status_name(p.status).lower()} forløb kan ikke ændres.",
                                      "A closed placement cannot be changed.", field="status")
            if str(data.candidate_id) != str(p.candidate_id) or str(data.company_id) != str(p.company_id):
                raise ValidationError("Borger og virksomhed kan ikke skiftes på et forløb; opret et nyt.",
                                      "Citizen and company cannot change; create a new placement.",
                                      field="candidate_id")
            self._check_parties(s, data)
            with s.no_autoflush:
                report = self.compliance.evaluate(s, data.draft(), exclude_placement_id=p.id)
            if p.status == "active":
                self._refuse_active(report, "Ændringen kan ikke gemmes på et aktivt forløb.")
            self._apply(p, data, report)
            uow.commit()
        return self.get(placement_id, log_view=False)

    def _apply(self, p: Placement, data: PlacementInput, report: ComplianceReport) -> None:
        p.candidate_id = data.candidate_id
        p.company_id = data.company_id
        p.workplace_id = data.workplace_id or None
        p.job_order_id = data.job_order_id or None
        p.scheme_code = data.scheme_code
        p.target_group_code = data.target_group_code or report.target_group_code
        p.start = data.start
        p.planned_end = data.planned_end
        p.hours_per_week = data.hours_per_week
        p.supervisor_contact_id = data.supervisor_contact_id or None
        p.mentor = data.mentor.strip()
        p.purpose = join_purpose(data.purpose, data.learning_goals)
        p.follow_up_dates = [f.to_json() for f in sorted(data.follow_ups, key=lambda f: f.due)]
        p.rep_statement_by = data.rep_statement_by.strip()[:200]
        p.rep_statement_at = data.rep_statement_at
        p.rep_statement_text = data.rep_statement_text.strip()
        p.net_expansion_confirmed_by = data.net_expansion_confirmed_by.strip()[:200]
        p.net_expansion_confirmed_at = data.net_expansion_confirmed_at
        p.net_expansion_text = data.net_expansion_text.strip()
        p.consultant_id = p.consultant_id or self.ctx.actor.user_id
        p.compliance_snapshot = report.to_snapshot({
            "recent_vacancy": data.recent_vacancy,
            "recorded_by": self.ctx.actor.name or self.ctx.actor.username,
            "recorded_at": datetime.now(UTC).isoformat(),
        })

    # ------------------------------------------------------------------ status
    def change_status(self, placement_id: str, base_version: int, new_status: str, *, reason: str = "",
                      actual_end: date | None = None, outcome: str | None = None) -> PlacementDetail:
        """planned → active (rules checked again) or cancelled (reason); active → completed
        (outcome) or stopped_early (reason and outcome)."""
        placement_id = _id(placement_id)
        reason = reason.strip()
        today = self._today()
        with self.ctx.uow() as uow:
            s = uow.session
            p = self._load(s, placement_id)
            if p.version != base_version:
                raise ConflictError(
                    "En anden bruger har ændret forløbet i mellemtiden. Genindlæs og prøv igen.",
                    "Another user changed the placement meanwhile.")
            if new_status not in TRANSITIONS.get(p.status, ()):
                raise ValidationError(
                    f"Et forløb kan ikke gå fra «{status_name(p.status)}» til «{status_name(new_status)}».",
                    f"A placement cannot go from '{p.status}' to '{new_status}'.", field="status")
            if new_status in ("cancelled", "stopped_early") and not reason:
                raise ValidationError("Skriv årsagen.", "Give the reason.", field="reason")
            if new_status in ("completed", "stopped_early"):
                end = actual_end or (min(today, p.planned_end) if p.planned_end else today)
                if end < p.start:
                    raise ValidationError("Slutdatoen ligger før start.", "The end is before the start.",
                                          field="actual_end")
                if end > today:
                    raise ValidationError("Faktisk slut kan ikke ligge i fremtiden.",
                                          "The actual end cannot be in the future.", field="actual_end")
                if outcome not in OUTCOMES:
                    raise ValidationError("Vælg resultatet af forløbet.", "Choose the outcome.",
                                          field="outcome")
                p.actual_end = end
                p.outcome = outcome
            if new_status == "active":
                if p.start > today:
                    raise ValidationError(f"Forløbet starter først {format_date(p.start)}.",
                                          "The placement has not started yet.", field="status")
                detail = self._detail(s, p)
                with s.no_autoflush:
                    report = self.compliance.evaluate(s, detail.as_input().draft(), exclude_placement_id=p.id)
                p.compliance_snapshot = report.to_snapshot((p.compliance_snapshot or {}).get("inputs"))
                self._refuse_active(report, "Forløbet kan ikke startes.")
            if new_status in ("cancelled", "stopped_early"):
                p.stop_reason = reason[:500]
            s.add(PlacementEvent(placement_id=p.id, by_user_id=self.ctx.actor.user_id,
                                 old_status=p.status, new_status=new_status, reason=reason[:500]))
            p.status = new_status
            uow.commit()
        return self.get(placement_id, log_view=False)

    # ------------------------------------------------------------------ reading
    def get(self, placement_id: str, *, log_view: bool = True) -> PlacementDetail:
        placement_id = _id(placement_id)
        with self.ctx.uow() as uow:
            p = self._load(uow.session, placement_id)
            detail = self._detail(uow.session, p)
            if log_view:
                uow.log("view", "placement", entity_id=p.id, person_id=p.candidate_id)
                uow.commit()
        return detail

    def _detail(self, s, p: Placement) -> PlacementDetail:  # noqa: ANN001
        cand = s.get(Candidate, p.candidate_id)
        company = s.get(Company, p.company_id)
        workplace = s.get(Workplace, p.workplace_id) if p.workplace_id else None
        supervisor = s.get(ContactPerson, p.supervisor_contact_id) if p.supervisor_contact_id else None
        scheme = self.ctx.rulebook().scheme(p.scheme_code, p.start) or self.ctx.rulebook().scheme(p.scheme_code)
        snapshot = p.compliance_snapshot or {}
        purpose, goals = split_purpose(p.purpose)
        events = tuple(
            PlacementEventDTO(e.at, name or "", e.old_status, e.new_status, e.reason)
            for e, name in s.execute(
                select(PlacementEvent, User.name).outerjoin(User, User.id == PlacementEvent.by_user_id)
                .where(PlacementEvent.placement_id == p.id).order_by(PlacementEvent.at, PlacementEvent.id)))
        checked = snapshot.get("evaluated_at")
        try:
            checked_at = datetime.fromisoformat(checked) if checked else None
        except ValueError:
            checked_at = None
        return PlacementDetail(
            id=p.id, version=p.version, candidate_id=p.candidate_id,
            candidate_label=cand.label if cand else "", candidate_name=cand.name if cand else "",
            company_id=p.company_id, company_name=company.name if company else "",
            company_cvr=company.cvr if company else "", workplace_id=p.workplace_id,
            p_number=workplace.p_number if workplace else "", job_order_id=p.job_order_id,
            scheme_code=p.scheme_code, scheme_name=scheme.name_da if scheme else p.scheme_code,
            target_group_code=p.target_group_code, start=p.start, planned_end=p.planned_end,
            actual_end=p.actual_end, hours_per_week=p.hours_per_week,
            supervisor_contact_id=p.supervisor_contact_id,
            supervisor_name=supervisor.name if supervisor else "", mentor=p.mentor or "",
            purpose=purpose, learning_goals=goals, follow_ups=parse_follow_ups(p.follow_up_dates),
            status=p.status, outcome=p.outcome or "", stop_reason=p.stop_reason or "",
            rep_statement_by=p.rep_statement_by or "", rep_statement_at=p.rep_statement_at,
            rep_statement_text=p.rep_statement_text or "",
            net_expansion_confirmed_by=p.net_expansion_confirmed_by or "",
            net_expansion_confirmed_at=p.net_expansion_confirmed_at,
            net_expansion_text=p.net_expansion_text or "",
            recent_vacancy=(snapshot.get("inputs") or {}).get("recent_vacancy"),
            checks=tuple(CheckItem.from_dict(c) for c in snapshot.get("checks") or ()
                         if isinstance(c, dict)),
            checked_at=checked_at, events=events)

    # ------------------------------------------------------------------ summary PDF
    def summary(self, placement_id: str, language: str = "da") -> PlacementSummary:
        """The data of the placement summary. Open placements are checked again on the rules of
        their start date; closed ones show the checks stored when they were last saved."""
        placement_id = _id(placement_id)
        with self.ctx.uow() as uow:
            s = uow.session
            p = self._load(s, placement_id)
            detail = self._detail(s, p)
            company = s.get(Company, p.company_id)
            workplace = s.get(Workplace, p.workplace_id) if p.workplace_id else None
            supervisor = s.get(ContactPerson, p.supervisor_contact_id) if p.supervisor_contact_id else None
            if p.status in OPEN_STATUSES:
                with s.no_autoflush:
                    report = self.compliance.evaluate(s, detail.as_input().draft(), exclude_placement_id=p.id)
                checks, needs_rep = report.checks, report.needs_employee_rep
            else:
                checks = detail.checks
                needs_rep = bool((p.compliance_snapshot or {}).get("needs_employee_rep"))
        return PlacementSummary(
            citizen_name=detail.candidate_name,
            company_name=detail.company_name,
            scheme=detail.scheme_name,
            start=detail.start,
            company_cvr=company.cvr if company else "",
            workplace_name=(workplace.name or f"P-nr. {workplace.p_number}") if workplace else "",
            workplace_address=" ".join(x for x in (workplace.address, workplace.postcode or "") if x)
            if workplace else "",
            p_number=workplace.p_number if workplace else "",
            planned_end=detail.planned_end,
            actual_end=detail.actual_end,
            hours_per_week=detail.hours_per_week,
            status=detail.status,
            purpose=detail.purpose,
            learning_goals=detail.learning_goals,
            supervisor=Supervisor(supervisor.name, supervisor.role, supervisor.phone, supervisor.email)
            if supervisor else None,
            mentor=detail.mentor,
            compliance_checks=tuple(employer_safe_checks(
                checks, language, self._group_texts(p.target_group_code))),
            employee_rep_statement=_statement(detail.rep_statement_text, detail.rep_statement_by,
                                              detail.rep_statement_at),
            follow_up_plan=tuple(FollowUp(f.due, f.text, f.responsible) for f in detail.follow_ups),
            needs_employee_rep=needs_rep,
        )

    def summary_pdf(self, placement_id: str, language: str = "da") -> bytes:
        data = self.summary(placement_id, language)
        context = ReportContext(jobcenter_name=self.ctx.jobcenter_name,
                                printed_by=self.ctx.actor.name or self.ctx.actor.username,
                                printed_at=datetime.now(UTC), language=language)
        pdf = render_placement_summary(data, context)
        with self.ctx.uow() as uow:
            p = self._load(uow.session, _id(placement_id))
            uow.log("print", "placement", entity_id=p.id, person_id=p.candidate_id,
                    detail="resumé af forløb (PDF)")
            uow.commit()
        return pdf

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _today() -> date:
        return datetime.now(UTC).date()

    @staticmethod
    def _load(s, placement_id: str) -> Placement:  # noqa: ANN001
        p = s.get(Placement, placement_id)
        if p is None or p.deleted_at is not None:
            raise NotFoundError("Forløbet findes ikke (længere).", "The placement does not exist.")
        return p

    @staticmethod
    def _candidate(s, candidate_id: str) -> Candidate:  # noqa: ANN001
        cand = s.get(Candidate, _id(candidate_id))
        if cand is None or cand.deleted_at is not None or cand.erased_at is not None:
            raise NotFoundError("Borgeren findes ikke (længere).", "The citizen no longer exists.")
        return cand

    @staticmethod
    def _company(s, company_id: str) -> Company:  # noqa: ANN001
        company = s.get(Company, _id(company_id))
        if company is None or company.deleted_at is not None:
            raise NotFoundError("Virksomheden findes ikke (længere).", "The company no longer exists.")
        return company

    def _group_texts(self, code: str | None) -> tuple[str, ...]:
        group = self.ctx.rulebook().target_group(code) if code else None
        if group is None:
            return (f"({code})",) if code else ()
        return (f"{group.name_da} ({code})", f"{group.name('en')} ({code})", f"({code})")

    def target_group_on(self, candidate_id: str, day: date) -> str | None:
        with self.ctx.uow() as uow:
            return uow.session.scalar(
                select(TargetGroupPeriod.target_group_code)
                .where(TargetGroupPeriod.candidate_id == _id(candidate_id),
                       TargetGroupPeriod.valid_from <= day,
                       (TargetGroupPeriod.valid_to.is_(None)) | (TargetGroupPeriod.valid_to >= day))
                .order_by(TargetGroupPeriod.valid_from.desc()).limit(1))


def employer_safe_checks(checks: Sequence[CheckItem], language: str = "da",
                         group_texts: Sequence[str] = ()) -> list[ComplianceCheck]:
    """Checks for a document the employer reads: no target group, benefit or waiting time.

    The person checks become one neutral line with their worst status; the name of the target
    group is taken out of the other texts; information lines are left out.
    """
    out: list[ComplianceCheck] = []
    personal = [c for c in checks if c.key in _PERSONAL_CHECKS]
    if personal:
        worst = next((st for st in (el.FAIL, el.UNKNOWN) if any(c.status == st for c in personal)), el.OK)
        text = {
            el.OK: ("Borgeren kan få ordningen på startdatoen (målgruppe og eventuel ventetid er "
                    "kontrolleret af jobcentret).",
                    "The citizen may use the scheme on the start date (checked by the jobcenter)."),
            el.FAIL: ("Borgeren opfylder ikke betingelserne for ordningen på startdatoen; jobcentret "
                      "har begrundelsen.",
                      "The citizen does not meet the conditions on the start date; the jobcenter "
                      "holds the reason."),
            el.UNKNOWN: ("Borgerens ret til ordningen er endnu ikke endeligt afklaret af jobcentret.",
                         "The citizen's right to the scheme is not yet settled by the jobcenter."),
        }[worst]
        sources = "; ".join(dict.fromkeys(c.source for c in personal if c.source))
        out.append(ComplianceCheck(_pdf(worst), text[1] if language == "en" else text[0], sources,
                                   all(c.verified for c in personal)))
    neutral = "the citizen's target group" if language == "en" else "borgerens målgruppe"
    for c in checks:
        if c.key in _PERSONAL_CHECKS or c.status == el.INFO:
            continue
        text = c.text(language)
        for name in sorted(group_texts, key=len, reverse=True):
            text = text.replace(name, neutral)
        out.append(ComplianceCheck(_pdf(c.status), text, c.source, c.verified))
    return out


def _pdf(status: str) -> str:
    return {el.OK: "ok", el.FAIL: "failed"}.get(status, "unknown")


def _statement(text: str, by: str, at: date | None) -> str:
    who = ", ".join(x for x in (by, format_date(at) if at else "") if x)
    if not text and not who:
        return ""
    return (text + (f" ({who})" if who else "")).strip()


def _id(value: Any) -> str:
    try:
        return canonical(str(value).strip())
    except (ValueError, AttributeError):
        raise NotFoundError(f"«{value}» er ikke et gyldigt id.", f"'{value}' is not a valid id.") from None


def _maybe(value: Any) -> str | None:
    return _id(value) if value else None

