"""Compliance check before a placement (kontrol før virksomhedsbesøget) and the VITAS sheet.

This module owns the use of the dated rules for one placement at one workplace:

* scheme eligibility for the citizen's target group on the planned start date, the waiting
  period and the duration cap (``domain.eligibility.check_scheme_eligibility``);
* the ratio rule (rimelighedskrav) at the P-number, counting the placements already registered
  there in the schemes the rules say count, at the busiest moment of the planned period;
* the net-additional-employment record (merbeskæftigelse) for løntilskud: the headcount history
  of the whole CVR number, whether the post fell vacant recently, and the employer's written
  confirmation with who and when; like the domain, it records and never issues a verdict;
* whether the employee representative's statement is recorded where the rules say the ratio
  rule or the net-additional test apply;
* the data sheet the official application (VITAS) asks for, with what is still missing.

Every check comes back as a ``CheckItem`` (✓ ok, ✗ fail, ? unknown, i info) with its rule text,
source and verified flag. No rule value lives here: durations, waiting periods, ratios and which
schemes they apply to are read from the ``RuleBook`` on the start date.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from ..domain import eligibility as el
from ..domain.dates import format_date
from ..domain.errors import NotFoundError, ValidationError
from ..domain.rules import RuleBook, normalize_sector
from ..domain.values import mask_cpr
from ..persistence.orm import (
    Candidate,
    Company,
    ContactPerson,
    HeadcountRecord,
    Placement,
    TargetGroupPeriod,
    Workplace,
)
from .context import ServiceContext

# Hours of one full-time post, used only to turn weekly staff hours into full-time equivalents
# when no headcount is recorded. The executive order's divisor is not verified (DOMAIN.md 3.5),
# so every check that uses it says so and is marked unverified.
FULL_TIME_HOURS = 37.0

# App scheme codes that name the employer's sector (DOMAIN.md 3.4): a løntilskud code must fit
# the company's sector, because pay and subsidy rules differ.
SCHEME_SECTOR = {"LT_PRIV": "private", "LT_OFF": "public"}

# Placements that still occupy a place at the workplace (cancelled ones never started).
_COUNTED_STATUSES = ("planned", "active", "completed", "stopped_early")

MARKS = {el.OK: "✓", el.FAIL: "✗", el.UNKNOWN: "?", el.INFO: "i"}
_PDF_STATUS = {el.OK: "ok", el.FAIL: "failed", el.UNKNOWN: "unknown"}


@dataclass(frozen=True)
class CheckItem:
    """One check as the UI, the PDF and the stored snapshot show it."""

    key: str
    status: str  # ok / fail / unknown / info
    text_da: str
    text_en: str
    source: str = ""
    verified: bool = True

    @property
    def mark(self) -> str:
        return MARKS.get(self.status, "?")

    @property
    def failed(self) -> bool:
        return self.status == el.FAIL

    def text(self, language: str = "da") -> str:
        return self.text_en if language == "en" else self.text_da

    def pdf_status(self) -> str:
        return _PDF_STATUS.get(self.status, "unknown")

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "status": self.status, "text_da": self.text_da,
                "text_en": self.text_en, "source": self.source, "verified": self.verified}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckItem:
        return cls(str(data.get("key", "")), str(data.get("status", el.UNKNOWN)),
                   str(data.get("text_da", "")), str(data.get("text_en", "")),
                   str(data.get("source", "")), bool(data.get("verified", True)))

    @classmethod
    def of(cls, check: el.Check) -> CheckItem:
        return cls(check.key, check.status, check.text_da, check.text_en, check.source,
                   check.verified)


@dataclass(frozen=True)
class SchemeEligibility:
    """Can the citizen start the scheme on the date, for how long at most, and why."""

    scheme_code: str
    scheme_name: str
    target_group_code: str | None
    target_group_name: str
    start: date
    status: str  # eligible / not_eligible / unknown
    max_duration_da: str
    max_duration_en: str
    last_day: date | None
    checks: tuple[CheckItem, ...]
    unlimited: bool = False

    @property
    def mark(self) -> str:
        return {"eligible": "✓", "not_eligible": "✗"}.get(self.status, "?")

    @property
    def reasons_da(self) -> tuple[str, ...]:
        """Failing checks first, then the unknown ones (what stands in the way)."""
        return tuple(c.text_da for c in self.checks if c.status == el.FAIL) + tuple(
            c.text_da for c in self.checks if c.status == el.UNKNOWN)

    def _duration_da(self) -> str:
        if self.unlimited:
            return "ingen fast længste varighed"
        return f"højst {self.max_duration_da}" if self.max_duration_da else "kan bevilges"

    def short_da(self) -> str:
        """For a column where the scheme is already named: "✓ højst 6 måneder" or the reason."""
        if self.status == "eligible":
            return f"✓ {self._duration_da()}"
        reasons = self.reasons_da
        return f"{self.mark} {reasons[0] if reasons else 'ukendt'}"

    def summary_da(self) -> str:
        """One line: "✓ Løntilskud, privat …: højst 6 måneder" or the first reason."""
        if self.status == "eligible":
            return f"✓ {self.scheme_name}: {self._duration_da()}"
        reasons = self.reasons_da
        return f"{self.mark} {self.scheme_name}: {reasons[0] if reasons else 'ukendt'}"


@dataclass(frozen=True)
class PersonFacts:
    """What the waiting-period and eligibility rules need to know about the citizen."""

    target_group_code: str | None
    months_on_benefit: int | None
    age: int | None
    has_qualifying_education: bool | None
    single_parent: bool | None


@dataclass(frozen=True)
class RatioInfo:
    workplace_id: str | None
    p_number: str
    ordinary_fte: float | None
    fte_source_da: str
    already_placed: int | None
    allowed: int | None
    counted: tuple[str, ...] = ()  # "K-1234 VP 01-03-2026–28-03-2026" of the placements counted


@dataclass(frozen=True)
class NetAdditionalInfo:
    average_fte: float | None
    months_with_data: int
    lookback_months: int
    fte_after_hire: float | None
    recent_vacancy: bool | None
    employer_confirmed: bool | None
    confirmed_by: str
    confirmed_on: date | None
    statement: str
    monthly: tuple[tuple[date, float], ...] = ()


@dataclass(frozen=True)
class PlacementDraft:
    """The placement being checked: what the form holds, before or after it is saved."""

    candidate_id: str
    company_id: str
    scheme_code: str
    start: date
    planned_end: date | None = None
    workplace_id: str | None = None
    target_group_code: str | None = None  # None: the citizen's group on the start date
    hours_per_week: float | None = None
    rep_statement_by: str = ""
    rep_statement_at: date | None = None
    rep_statement_text: str = ""
    net_expansion_confirmed_by: str = ""
    net_expansion_confirmed_at: date | None = None
    net_expansion_text: str = ""
    recent_vacancy: bool | None = None


@dataclass(frozen=True)
class ComplianceReport:
    """All checks for one placement draft; ``has_failure`` decides "planned only"."""

    scheme_code: str
    scheme_name: str
    sector: str | None
    target_group_code: str | None
    start: date
    planned_end: date | None
    eligibility: SchemeEligibility
    checks: tuple[CheckItem, ...]
    ratio: RatioInfo | None
    net_additional: NetAdditionalInfo | None
    needs_employee_rep: bool
    evaluated_at: datetime
    rules_day: date = field(default_factory=lambda: datetime.now(UTC).date())

    @property
    def failed(self) -> tuple[CheckItem, ...]:
        return tuple(c for c in self.checks if c.status == el.FAIL)

    @property
    def unknown(self) -> tuple[CheckItem, ...]:
        return tuple(c for c in self.checks if c.status == el.UNKNOWN)

    @property
    def has_failure(self) -> bool:
        return bool(self.failed)

    @property
    def verified(self) -> bool:
        return all(c.verified for c in self.checks)

    def to_snapshot(self, inputs: dict[str, Any] | None = None) -> dict[str, Any]:
        """JSON form stored on the placement (``compliance_snapshot``)."""
        return {
            "evaluated_at": self.evaluated_at.isoformat(),
            "scheme_code": self.scheme_code,
            "target_group_code": self.target_group_code,
            "start": self.start.isoformat(),
            "planned_end": self.planned_end.isoformat() if self.planned_end else None,
            "has_failure": self.has_failure,
            "needs_employee_rep": self.needs_employee_rep,
            "checks": [c.to_dict() for c in self.checks],
            "inputs": dict(inputs or {}),
        }


@dataclass(frozen=True)
class VitasRow:
    label: str
    value: str
    missing: bool = False
    note: str = ""


@dataclass(frozen=True)
class VitasSection:
    title: str
    rows: tuple[VitasRow, ...]


@dataclass(frozen=True)
class VitasSheet:
    """The data the official application (VITAS) asks for, grouped as the form groups it."""

    title: str
    sections: tuple[VitasSection, ...]

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(f"{s.title}: {r.label}" for s in self.sections for r in s.rows if r.missing)

    def as_text(self) -> str:
        """Plain text for the clipboard (the consultant pastes it into notes or the form)."""
        lines = [self.title, ""]
        for section in self.sections:
            lines.append(section.title)
            for row in section.rows:
                value = row.value if not row.missing else "MANGLER"
                lines.append(f"  {row.label}: {value}" + (f" ({row.note})" if row.note else ""))
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------- pure helpers


def months_on_benefit(since: date | None, day: date) -> int | None:
    """Whole months from ``since`` to ``day`` (15 Jan → 14 Jul is 5, → 15 Jul is 6)."""
    if since is None:
        return None
    if since > day:
        return 0
    months = (day.year - since.year) * 12 + day.month - since.month
    if day.day < since.day:
        months -= 1
    return max(0, months)


def age_for_rule(birth_year: int | None, day: date, over_limit: int | None) -> int | None:
    """An age that gives the right answer to "older than ``over_limit``?" on ``day``.

    Only the birth year is stored, so the age is one of two values; when they fall on both
    sides of the limit, the answer is unknown (None) rather than a guess.
    """
    if birth_year is None or birth_year > day.year:
        return None
    older, younger = day.year - birth_year, day.year - birth_year - 1
    if over_limit is None:
        return None
    if younger > over_limit or older <= over_limit:
        return younger if younger > over_limit else older
    return None


def max_concurrent(intervals: Iterable[tuple[date, date | None]], start: date,
                   end: date | None) -> int:
    """Largest number of ``intervals`` running on one day within ``start``–``end``.

    An interval is (first day, last day or None = still running); both ends count.
    """
    far = date.max
    last = end or far
    events: list[tuple[date, int]] = []
    for a, b in intervals:
        b = b or far
        if b < start or a > last:
            continue
        lo, hi = max(a, start), min(b, last)
        events.append((lo, 1))
        if hi < far:
            events.append((date.fromordinal(hi.toordinal() + 1), -1))
    best = current = 0
    for _, step in sorted(events, key=lambda e: (e[0], e[1])):
        current += step
        best = max(best, current)
    return best


def monthly_cvr_fte(records: Iterable[tuple[str, date, float]]) -> dict[date, float]:
    """Ordinary staff of the whole legal unit per month: each workplace's records in a month are
    averaged, then the workplaces are added up (the test is on the CVR number, DOMAIN.md 3.5)."""
    per_place: dict[tuple[str, date], list[float]] = {}
    for workplace_id, as_of, fte in records:
        month = date(as_of.year, as_of.month, 1)
        per_place.setdefault((workplace_id, month), []).append(float(fte))
    total: dict[date, float] = {}
    for (_, month), values in per_place.items():
        total[month] = total.get(month, 0.0) + sum(values) / len(values)
    return total


def _num(value: float) -> str:
    return (str(int(value)) if float(value).is_integer() else f"{value:.1f}").replace(".", ",")


# --------------------------------------------------------------------------- the service


class ComplianceService:
    """Checks a placement draft against the dated rules and gathers the VITAS data."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ public
    def check(self, draft: PlacementDraft, *, exclude_placement_id: str | None = None) -> ComplianceReport:
        with self.ctx.uow() as uow:
            report = self.evaluate(uow.session, draft, exclude_placement_id=exclude_placement_id)
            uow.log("view", "placement_check", entity_id=exclude_placement_id,
                    person_id=draft.candidate_id, detail=f"{draft.scheme_code} {draft.start}")
            uow.commit()
        return report

    def eligibility_for(self, candidate_ids: Sequence[str], scheme_code: str, start: date,
                        sector: str | None, end: date | None = None) -> dict[str, SchemeEligibility]:
        """Eligibility of many citizens for one scheme on one date (for ranked match rows)."""
        with self.ctx.uow() as uow:
            facts = self.person_facts(uow.session, candidate_ids, start, scheme_code, sector)
        return {cid: self.scheme_eligibility(scheme_code, f, sector, start, end)
                for cid, f in facts.items()}

    def schemes_for(self, candidate_id: str, start: date, sector: str | None,
                    scheme_codes: Sequence[str] | None = None) -> list[SchemeEligibility]:
        """Eligibility for every scheme offered (or ``scheme_codes``), none silently dropped."""
        rulebook = self.ctx.rulebook()
        codes = list(scheme_codes or [s.code for s in rulebook.schemes_on(start, new_cases=False)])
        out = []
        with self.ctx.uow() as uow:
            for code in codes:
                facts = self.person_facts(uow.session, [candidate_id], start, code, sector)
                fact = facts.get(str(candidate_id)) or next(iter(facts.values()), None)
                if fact is None:
                    raise NotFoundError("Borgeren findes ikke (længere).",
                                        "The citizen no longer exists.")
                out.append(self.scheme_eligibility(code, fact, sector, start, None))
        return out

    # ------------------------------------------------------------------ building blocks
    def person_facts(self, session, candidate_ids: Sequence[str], day: date,  # noqa: ANN001
                     scheme_code: str, sector: str | None) -> dict[str, PersonFacts]:
        ids = [str(i) for i in candidate_ids]
        if not ids:
            return {}
        rows = session.execute(
            select(Candidate.id, Candidate.benefit_since, Candidate.birth_year,
                   Candidate.has_qualifying_education, Candidate.single_parent)
            .where(Candidate.id.in_(ids), Candidate.deleted_at.is_(None),
                   Candidate.erased_at.is_(None))
        ).all()
        groups = self.target_groups_on(session, ids, day)
        limit_rule = self.ctx.rulebook().rule(scheme_code, None, sector, "waiting_exempt_over_age", day)
        out = {}
        for cid, since, birth_year, education, single in rows:
            group = groups.get(str(cid))
            rule = self.ctx.rulebook().rule(scheme_code, group, sector, "waiting_exempt_over_age", day) \
                or limit_rule
            over = rule.as_int() if rule is not None else None
            out[str(cid)] = PersonFacts(
                target_group_code=group,
                months_on_benefit=months_on_benefit(since, day),
                age=age_for_rule(birth_year, day, over),
                has_qualifying_education=education,
                single_parent=single,
            )
        return out

    @staticmethod
    def target_groups_on(session, candidate_ids: Sequence[str], day: date) -> dict[str, str]:  # noqa: ANN001
        rows = session.execute(
            select(TargetGroupPeriod.candidate_id, TargetGroupPeriod.target_group_code)
            .where(TargetGroupPeriod.candidate_id.in_([str(i) for i in candidate_ids]),
                   TargetGroupPeriod.valid_from <= day,
                   (TargetGroupPeriod.valid_to.is_(None)) | (TargetGroupPeriod.valid_to >= day))
            .order_by(TargetGroupPeriod.valid_from)
        ).all()
        return {str(cid): code for cid, code in rows}  # the latest period wins

    def scheme_eligibility(self, scheme_code: str, facts: PersonFacts, sector: str | None,
                           start: date, end: date | None) -> SchemeEligibility:
        rulebook = self.ctx.rulebook()
        result = el.check_scheme_eligibility(
            rulebook, scheme_code, facts.target_group_code, sector, start, end,
            months_on_benefit=facts.months_on_benefit, age=facts.age,
            has_qualifying_education=facts.has_qualifying_education,
            single_parent=facts.single_parent,
        )
        scheme = rulebook.scheme(scheme_code, start) or rulebook.scheme(scheme_code)
        group = rulebook.target_group(facts.target_group_code) if facts.target_group_code else None
        cap = result.max_duration
        return SchemeEligibility(
            scheme_code=scheme_code,
            scheme_name=scheme.name_da if scheme else scheme_code,
            target_group_code=facts.target_group_code,
            target_group_name=group.name_da if group else "",
            start=start,
            status=result.status,
            max_duration_da=cap.label("da") if cap else "",
            max_duration_en=cap.label("en") if cap else "",
            last_day=cap.last_day(start) if cap else None,
            checks=tuple(CheckItem.of(c) for c in result.checks),
            unlimited=bool(cap and cap.unlimited),
        )

    # ------------------------------------------------------------------ the full check
    def evaluate(self, session, draft: PlacementDraft, *,  # noqa: ANN001, C901
                 exclude_placement_id: str | None = None) -> ComplianceReport:
        rulebook = self.ctx.rulebook()
        if draft.planned_end is not None and draft.planned_end < draft.start:
            raise ValidationError(
                f"Planlagt slut {format_date(draft.planned_end)} ligger før start "
                f"{format_date(draft.start)}.",
                "The planned end is before the start.", field="planned_end")
        company = session.get(Company, draft.company_id)
        if company is None or company.deleted_at is not None:
            raise NotFoundError("Virksomheden findes ikke (længere).", "The company no longer exists.")
        sector = normalize_sector(company.sector) if company.sector else None
        workplace = session.get(Workplace, draft.workplace_id) if draft.workplace_id else None
        if workplace is not None and (workplace.deleted_at is not None
                                      or str(workplace.company_id) != str(company.id)):
            raise ValidationError("P-enheden hører ikke til virksomheden.",
                                  "The production unit does not belong to the company.",
                                  field="workplace_id")
        facts = self.person_facts(session, [draft.candidate_id], draft.start, draft.scheme_code,
                                  sector).get(str(draft.candidate_id))
        if facts is None:
            raise NotFoundError("Borgeren findes ikke (længere).", "The citizen no longer exists.")
        if draft.target_group_code:
            facts = PersonFacts(draft.target_group_code, facts.months_on_benefit, facts.age,
                                facts.has_qualifying_education, facts.single_parent)
        eligibility = self.scheme_eligibility(draft.scheme_code, facts, sector, draft.start,
                                              draft.planned_end)
        checks: list[CheckItem] = [c for c in eligibility.checks if c.key not in (
            "ratio_rule_applies", "net_additional_applies")]
        sector_check = self._sector_check(draft.scheme_code, sector, company.name)
        if sector_check is not None:
            checks.insert(3 if len(checks) >= 3 else len(checks), sector_check)

        day = draft.start
        ratio_rule = rulebook.rule(draft.scheme_code, facts.target_group_code, sector,
                                   "ratio_rule_applies", day)
        net_rule = rulebook.rule(draft.scheme_code, facts.target_group_code, sector,
                                 "net_additional_applies", day)
        ratio_info = None
        if ratio_rule is not None and ratio_rule.as_bool():
            ratio_info, ratio_check = self._ratio(session, rulebook, draft, workplace,
                                                  exclude_placement_id)
            checks.append(ratio_check)
        net_info = None
        if net_rule is not None and net_rule.as_bool():
            net_info, net_checks = self._net_additional(session, rulebook, draft, company, sector)
            checks.extend(net_checks)
        needs_rep = bool((ratio_rule and ratio_rule.as_bool()) or (net_rule and net_rule.as_bool()))
        if needs_rep:
            checks.append(self._rep_check(session, draft, company.id, ratio_rule or net_rule))
        overlap = self._overlap_check(session, draft, exclude_placement_id)
        if overlap is not None:
            checks.append(overlap)
        scheme = rulebook.scheme(draft.scheme_code, day) or rulebook.scheme(draft.scheme_code)
        return ComplianceReport(
            scheme_code=draft.scheme_code,
            scheme_name=scheme.name_da if scheme else draft.scheme_code,
            sector=sector,
            target_group_code=facts.target_group_code,
            start=draft.start,
            planned_end=draft.planned_end,
            eligibility=eligibility,
            checks=tuple(checks),
            ratio=ratio_info,
            net_additional=net_info,
            needs_employee_rep=needs_rep,
            evaluated_at=datetime.now(UTC),
            rules_day=day,
        )

    @staticmethod
    def _sector_check(scheme_code: str, sector: str | None, company_name: str) -> CheckItem | None:
        wanted = SCHEME_SECTOR.get(scheme_code)
        if wanted is None:
            return None
        names = {"private": ("privat", "private"), "public": ("offentlig", "public")}
        if sector is None:
            return CheckItem("scheme_sector", el.UNKNOWN,
                             f"Ukendt om {company_name} er en privat eller offentlig arbejdsgiver.",
                             f"Unknown whether {company_name} is a private or public employer.",
                             "LAB §§66–69: løntilskud har forskellige regler for private og "
                             "offentlige arbejdsgivere", True)
        ok = sector == wanted
        other = next(code for code, s in SCHEME_SECTOR.items() if s == sector) \
            if sector in SCHEME_SECTOR.values() else ""
        da = (f"Ordningen passer til en {names[wanted][0]} arbejdsgiver, og {company_name} er "
              f"{names[sector][0]}." if ok else
              f"Ordningen er for {names[wanted][0]}e arbejdsgivere, men {company_name} er "
              f"{names[sector][0]}; vælg {other}.")
        en = (f"The scheme fits a {names[wanted][1]} employer." if ok else
              f"The scheme is for {names[wanted][1]} employers, but {company_name} is "
              f"{names[sector][1]}; choose {other}.")
        return CheckItem("scheme_sector", el.OK if ok else el.FAIL, da, en,
                         "LAB §§66–69: løntilskud har forskellige regler for private og "
                         "offentlige arbejdsgivere", True)

    # ---- ratio rule
    def _ratio(self, session, rulebook: RuleBook, draft: PlacementDraft,  # noqa: ANN001
               workplace: Workplace | None, exclude_id: str | None) -> tuple[RatioInfo, CheckItem]:
        day = draft.start
        if workplace is None:
            check = el.check_ratio_rule(rulebook, day, None, None)
            return (RatioInfo(None, "", None, "", None, None),
                    CheckItem("ratio_rule", el.UNKNOWN,
                              "Rimelighedskrav: vælg arbejdsstedet (P-nummer), så antallet af "
                              "ordinært ansatte og allerede placerede kan tælles.",
                              "Ratio rule: choose the workplace (P-number) so staff and people "
                              "already placed can be counted.", check.source, check.verified))
        fte, fte_source, fte_verified = self._ordinary_fte(session, workplace, day)
        counted_schemes = [s.code for s in rulebook.schemes
                           if (r := rulebook.rule(s.code, None, None, "ratio_rule_applies", day))
                           is not None and r.as_bool()]
        stmt = (
            select(Placement.id, Placement.start, Placement.actual_end, Placement.planned_end,
                   Placement.scheme_code, Candidate.label)
            .join(Candidate, Candidate.id == Placement.candidate_id)
            .where(Placement.workplace_id == workplace.id, Placement.deleted_at.is_(None),
                   Placement.status.in_(_COUNTED_STATUSES),
                   Placement.scheme_code.in_(counted_schemes))
        )
        if exclude_id:
            stmt = stmt.where(Placement.id != exclude_id)
        others = [(r.start, r.actual_end or r.planned_end, f"{r.label} {r.scheme_code} "
                   f"{format_date(r.start)}–{format_date(r.actual_end or r.planned_end)}")
                  for r in session.execute(stmt)]
        end = draft.planned_end
        overlapping = [label for a, b, label in others
                       if not ((b is not None and b < draft.start) or (end is not None and a > end))]
        placed = max_concurrent(((a, b) for a, b, _ in others), draft.start, end)
        check = CheckItem.of(el.check_ratio_rule(rulebook, day, fte, placed))
        text_da = f"{check.text_da} Arbejdssted P-nr. {workplace.p_number}; {fte_source}."
        text_en = f"{check.text_en} Workplace P-no. {workplace.p_number}."
        if overlapping:
            text_da += f" Talt med: {', '.join(overlapping[:6])}" + ("…" if len(overlapping) > 6 else "")
        allowed = el.ratio_rule_max_placed(rulebook, day, fte) if fte is not None else None
        check = CheckItem(check.key, check.status, text_da, text_en, check.source,
                          check.verified and fte_verified)
        return RatioInfo(workplace.id, workplace.p_number, fte, fte_source, placed, allowed,
                         tuple(overlapping)), check

    @staticmethod
    def _ordinary_fte(session, workplace: Workplace, day: date) -> tuple[float | None, str, bool]:  # noqa: ANN001
        row = session.execute(
            select(HeadcountRecord.ordinary_fte, HeadcountRecord.as_of)
            .where(HeadcountRecord.workplace_id == workplace.id,
                   HeadcountRecord.deleted_at.is_(None), HeadcountRecord.as_of <= day)
            .order_by(HeadcountRecord.as_of.desc()).limit(1)
        ).first()
        if row is not None:
            return float(row.ordinary_fte), f"ordinært ansatte opgjort {format_date(row.as_of)}", True
        hours = workplace.ordinary_staff_hours_per_week
        if hours is not None and hours >= 0:
            fte = round(hours / FULL_TIME_HOURS, 2)
            when = f" pr. {format_date(workplace.staff_as_of)}" if workplace.staff_as_of else ""
            return fte, (f"beregnet af {_num(hours)} timer om ugen{when} ÷ "
                         f"{_num(FULL_TIME_HOURS)} timer (fuldtidsdivisor ikke verificeret)"), False
        return None, "ingen opgørelse af ordinært ansatte", True

    # ---- net additional employment
    def _net_additional(self, session, rulebook: RuleBook, draft: PlacementDraft,  # noqa: ANN001
                        company: Company, sector: str | None) -> tuple[NetAdditionalInfo, list[CheckItem]]:
        day = draft.start
        lookback = rulebook.rule("*", None, sector, "net_additional_lookback_months", day)
        months = lookback.as_int() if lookback is not None else 12
        first = date(day.year - (1 + months // 12), day.month, 1)
        records = session.execute(
            select(HeadcountRecord.workplace_id, HeadcountRecord.as_of, HeadcountRecord.ordinary_fte)
            .join(Workplace, Workplace.id == HeadcountRecord.workplace_id)
            .where(Workplace.company_id == company.id, Workplace.deleted_at.is_(None),
                   HeadcountRecord.deleted_at.is_(None), HeadcountRecord.as_of >= first,
                   HeadcountRecord.as_of <= day)
        ).all()
        monthly = monthly_cvr_fte((str(w), a, f) for w, a, f in records)
        latest: dict[str, tuple[date, float]] = {}
        for w, a, f in records:
            if str(w) not in latest or a >= latest[str(w)][0]:
                latest[str(w)] = (a, float(f))
        after = None
        if latest:
            hire = 1.0 if not draft.hours_per_week else min(1.0, draft.hours_per_week / FULL_TIME_HOURS)
            after = round(sum(f for _, f in latest.values()) + hire, 2)
        confirmed = bool(draft.net_expansion_confirmed_by.strip()) or draft.net_expansion_confirmed_at is not None
        try:
            record = el.check_net_additional(
                rulebook, day, fte_history=sorted(monthly.items()), fte_after_hire=after,
                recent_vacancy=draft.recent_vacancy,
                employer_confirmed=True if confirmed else None,
                confirmed_by=draft.net_expansion_confirmed_by.strip() or None,
                confirmed_on=draft.net_expansion_confirmed_at, sector=sector)
        except NotFoundError as exc:
            item = CheckItem("net_average", el.UNKNOWN, f"Ukendt: {exc.da}", f"Unknown: {exc.en}")
            return NetAdditionalInfo(None, 0, months, after, draft.recent_vacancy, None,
                                     draft.net_expansion_confirmed_by, draft.net_expansion_confirmed_at,
                                     draft.net_expansion_text), [item]
        info = NetAdditionalInfo(
            average_fte=record.average_fte, months_with_data=record.months_with_data,
            lookback_months=record.lookback_months, fte_after_hire=after,
            recent_vacancy=draft.recent_vacancy, employer_confirmed=record.employer_confirmed,
            confirmed_by=draft.net_expansion_confirmed_by, confirmed_on=draft.net_expansion_confirmed_at,
            statement=draft.net_expansion_text, monthly=record.monthly_fte)
        return info, [CheckItem.of(c) for c in record.checks]

    # ---- employee representative, overlapping placements
    @staticmethod
    def _rep_check(session, draft: PlacementDraft, company_id: str, rule) -> CheckItem:  # noqa: ANN001
        source = ("Høring af medarbejderrepræsentant om rimelighedskrav og merbeskæftigelse "
                  "(statens HR-vejledning; omfang for private arbejdsgivere ikke verificeret)")
        if draft.rep_statement_by.strip() and draft.rep_statement_at:
            return CheckItem(
                "employee_rep", el.OK,
                f"Udtalelse fra medarbejderrepræsentant registreret ({draft.rep_statement_by.strip()}, "
                f"{format_date(draft.rep_statement_at)}).",
                f"Statement from the employee representative recorded ({draft.rep_statement_by.strip()}, "
                f"{format_date(draft.rep_statement_at)}).", source, False)
        reps = session.scalar(
            select(func.count()).select_from(ContactPerson).where(
                ContactPerson.company_id == company_id, ContactPerson.deleted_at.is_(None),
                ContactPerson.is_employee_rep.is_(True), ContactPerson.active.is_(True))) or 0
        where = (f" Virksomheden har {reps} registreret tillidsrepræsentant" + ("er" if reps > 1 else "")
                 + ".") if reps else " Ingen tillidsrepræsentant er registreret hos virksomheden."
        return CheckItem(
            "employee_rep", el.UNKNOWN,
            "Ukendt: udtalelse fra medarbejderrepræsentant (hvem og hvornår) er ikke registreret." + where,
            "Unknown: no statement from the employee representative (who and when) is recorded.",
            source, False)

    @staticmethod
    def _overlap_check(session, draft: PlacementDraft, exclude_id: str | None) -> CheckItem | None:  # noqa: ANN001
        stmt = (
            select(Placement.scheme_code, Placement.start, Placement.planned_end, Placement.actual_end,
                   Company.name)
            .join(Company, Company.id == Placement.company_id)
            .where(Placement.candidate_id == draft.candidate_id, Placement.deleted_at.is_(None),
                   Placement.status.in_(("planned", "active")))
        )
        if exclude_id:
            stmt = stmt.where(Placement.id != exclude_id)
        clashes = []
        for scheme, start, planned_end, actual_end, name in session.execute(stmt):
            end = actual_end or planned_end
            if (end is None or end >= draft.start) and (draft.planned_end is None or start <= draft.planned_end):
                clashes.append(f"{scheme} hos {name} fra {format_date(start)}")
        if not clashes:
            return None
        return CheckItem("overlap", el.INFO,
                         "Borgeren har et andet planlagt eller aktivt forløb i perioden: "
                         + "; ".join(clashes[:3]) + ".",
                         "The citizen has another planned or active placement in the period.")

    # ------------------------------------------------------------------ VITAS sheet
    def vitas_sheet(self, session, draft: PlacementDraft, report: ComplianceReport, *,  # noqa: ANN001, C901
                    purpose: str = "", supervisor_contact_id: str | None = None,
                    mentor: str = "") -> VitasSheet:
        company = session.get(Company, draft.company_id)
        candidate = session.get(Candidate, draft.candidate_id)
        workplace = session.get(Workplace, draft.workplace_id) if draft.workplace_id else None
        supervisor = session.get(ContactPerson, supervisor_contact_id) if supervisor_contact_id else None
        ref = self.ctx.reference()
        industry = ref.industry(company.industry_code) if company.industry_code else None
        rulebook = self.ctx.rulebook()
        group = rulebook.target_group(report.target_group_code) if report.target_group_code else None

        def row(label: str, value: Any, note: str = "") -> VitasRow:
            text = "" if value is None else str(value).strip()
            return VitasRow(label, text, not text, note)

        cpr = ""
        if candidate.cpr_encrypted:
            try:
                cpr = mask_cpr(self.ctx.vault.decrypt(candidate.cpr_encrypted))
            except Exception:  # noqa: BLE001 - a key problem must not hide the rest of the sheet
                cpr = "(kan ikke læses med denne nøgle)"
        sector_da = {"private": "privat", "public": "offentlig"}.get(report.sector or "", "")
        sections = [
            VitasSection("Arbejdsgiver", (
                row("CVR-nummer", company.cvr),
                row("Navn", company.name),
                row("Adresse", " ".join(x for x in (company.address, company.postcode or "", company.town) if x)),
                row("P-nummer (arbejdssted)", workplace.p_number if workplace else ""),
                row("Arbejdsstedets adresse", " ".join(x for x in (
                    workplace.address, workplace.postcode or "") if x) if workplace else ""),
                row("Branchekode (DB07)", f"{company.industry_code} {industry.title if industry else ''}".strip()
                    if company.industry_code else ""),
                row("Sektor", sector_da),
                row("Kontaktperson / vejleder", supervisor.name if supervisor else ""),
                row("Kontaktpersonens telefon", supervisor.phone if supervisor else ""),
                row("Kontaktpersonens e-mail", supervisor.email if supervisor else ""),
            )),
            VitasSection("Borger", (
                row("Navn", candidate.name),
                row("CPR-nummer", cpr, "vises maskeret; fuldt nummer under Kandidater (logges)"),
                row("Målgruppe på startdato", f"{group.name_da} ({report.target_group_code})" if group
                    else report.target_group_code or ""),
            )),
            VitasSection("Tilbud", (
                row("Ordning", report.scheme_name),
                row("Startdato", format_date(draft.start)),
                row("Slutdato", format_date(draft.planned_end) if draft.planned_end else ""),
                row("Længste varighed efter reglerne", report.eligibility.max_duration_da),
                row("Timer pr. uge", _num(draft.hours_per_week) if draft.hours_per_week else ""),
                row("Formål / arbejdsopgaver", purpose),
                row("Mentor", mentor, "kun hvis der bevilges mentor"),
            )),
        ]
        if report.ratio is not None:
            r = report.ratio
            sections.append(VitasSection("Rimelighedskrav", (
                row("Ordinært ansatte (fuldtid)", _num(r.ordinary_fte) if r.ordinary_fte is not None else "",
                    r.fte_source_da),
                row("Allerede i praktik/løntilskud på P-nummeret", "" if r.already_placed is None
                    else str(r.already_placed)),
                row("Højst tilladt", "" if r.allowed is None else str(r.allowed)),
            )))
        if report.net_additional is not None:
            n = report.net_additional
            vacancy = {True: "ja", False: "nej", None: ""}[n.recent_vacancy]
            sections.append(VitasSection("Merbeskæftigelse (løntilskud)", (
                row("Gns. ordinært ansatte, seneste 12 mdr. (CVR)", "" if n.average_fte is None
                    else _num(round(n.average_fte, 1)),
                    f"{n.months_with_data} af {n.lookback_months} måneder opgjort"),
                row("Ordinært ansatte efter ansættelsen", "" if n.fte_after_hire is None
                    else _num(n.fte_after_hire)),
                row("Stillingen ledig pga. afsked/opsigelse inden for 3 mdr.", vacancy),
                row("Arbejdsgiverens erklæring: hvem", n.confirmed_by),
                row("Arbejdsgiverens erklæring: dato", format_date(n.confirmed_on) if n.confirmed_on else ""),
                row("Løn pr. time og overenskomst", "", "oplyses af arbejdsgiveren i ansøgningen"),
            )))
        if report.needs_employee_rep:
            sections.append(VitasSection("Medarbejderrepræsentant", (
                row("Udtalelse givet af", draft.rep_statement_by),
                row("Dato", format_date(draft.rep_statement_at) if draft.rep_statement_at else ""),
                row("Udtalelse", draft.rep_statement_text),
            )))
        return VitasSheet(f"Oplysninger til ansøgning (VITAS) – {report.scheme_name}", tuple(sections))


def required_number(value: Any, field_name: str, *, low: float, high: float, da: str) -> float | None:
    """A number typed in a form, or None when empty; a clear message when out of range."""
    if value is None or value == "":
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        raise ValidationError(f"{da} skal være et tal.", f"{field_name} must be a number.",
                              field=field_name) from None
    if math.isnan(number) or not low <= number <= high:
        raise ValidationError(f"{da} skal være mellem {_num(low)} og {_num(high)}.",
                              f"{field_name} must be between {low:g} and {high:g}.",
                              field=field_name)
    return number
