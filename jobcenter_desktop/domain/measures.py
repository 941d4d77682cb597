"""Catalogue of live CRM measures (målinger) a strategy-map indicator can be bound to.

An indicator with ``source = "computed"`` names one of these by ``measure_key``. This module
owns only the catalogue (what each measure means, its unit and default direction) and the pure
arithmetic the queries share (shares, medians, rates). The SQL that feeds the arithmetic lives
in the persistence layer and is written against the definitions below, so the definitions are
precise about numerator, denominator and the moment a value is taken.

A measure that can be split (``placements_started`` by scheme) is bound as ``key:parameter``,
for example ``placements_started:loentilskud``; :func:`parse_measure_key` checks such keys.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import ValidationError

# Values a measure is taken over. A "flow" counts what happened inside the period; a
# "snapshot" is read at the last day of the period (overdue follow-ups cannot be summed
# over months without counting the same follow-up many times).
FLOW = "flow"
SNAPSHOT = "snapshot"

_PARAMETER = re.compile(r"^[a-z0-9_]{1,40}$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Measure:
    """One live measure from the CRM data (e.g. company contacts per period)."""

    key: str
    name_da: str
    name_en: str
    unit: str  # "count", "%", "days" or "per consultant"
    direction: str  # default for new indicators: "higher" or "lower" is better
    kind: str  # FLOW or SNAPSHOT
    basis: str  # the entities it is computed from, for the engineer writing the query
    description_da: str
    description_en: str
    parameter: str | None = None  # name of the optional split, e.g. "scheme"
    window_months: int | None = None  # rolling window ending at the period's last day

    def name(self, language: str = "da") -> str:
        return self.name_en if language == "en" else self.name_da

    def description(self, language: str = "da") -> str:
        return self.description_en if language == "en" else self.description_da


_CATALOGUE: tuple[Measure, ...] = (
    Measure(
        key="company_contacts",
        name_da="Virksomhedskontakter",
        name_en="Company contacts",
        unit="count",
        direction="higher",
        kind=FLOW,
        basis="ContactLogEntry.at",
        description_da="Antal registrerede kontakter (besøg, telefon, e-mail, møde) i perioden.",
        description_en="Number of logged contacts (visit, phone, e-mail, meeting) in the period.",
    ),
    Measure(
        key="company_visits",
        name_da="Besøgte virksomheder",
        name_en="Companies visited",
        unit="count",
        direction="higher",
        kind=FLOW,
        basis="ContactLogEntry where channel = visit",
        description_da="Antal forskellige virksomheder med mindst ét besøg i perioden.",
        description_en="Number of distinct companies with at least one visit in the period.",
    ),
    Measure(
        key="companies_contacted_12m_share",
        name_da="Andel virksomheder kontaktet de seneste 12 måneder",
        name_en="Share of companies contacted in the last 12 months",
        unit="%",
        direction="higher",
        kind=SNAPSHOT,
        basis="ContactLogEntry ÷ Company (status not closed)",
        description_da=(
            "Egen tilnærmelse til samarbejdsgraden: virksomheder med mindst én kontakt i de 12 "
            "måneder frem til periodens sidste dag ÷ virksomheder i registret. Ikke det "
            "officielle tal fra jobindsats.dk."
        ),
        description_en=(
            "Own approximation of the cooperation rate: companies with at least one contact in "
            "the 12 months up to the period's last day ÷ companies in the register. Not the "
            "official jobindsats.dk figure."
        ),
        window_months=12,
    ),
    Measure(
        key="cooperation_rate_own",
        name_da="Samarbejdsgrad, egen beregning",
        name_en="Cooperation rate, own calculation",
        unit="%",
        direction="higher",
        kind=FLOW,
        basis="Placement (counted schemes) ÷ Company with ≥ 1 employee",
        description_da=(
            "Virksomheder i kommunen med mindst ét forløb af de tællende typer i perioden ÷ "
            "virksomheder med mindst én ansat. Beskriver det, der er registreret i appen."
        ),
        description_en=(
            "Companies in the municipality with at least one placement of the counted kinds in "
            "the period ÷ companies with at least one employee. Describes what the app holds."
        ),
    ),
    Measure(
        key="job_orders_received",
        name_da="Modtagne jobordrer",
        name_en="Job orders received",
        unit="count",
        direction="higher",
        kind=FLOW,
        basis="JobOrder created",
        description_da="Antal jobordrer oprettet i perioden.",
        description_en="Number of job orders created in the period.",
    ),
    Measure(
        key="job_orders_filled",
        name_da="Besatte jobordrer",
        name_en="Job orders filled",
        unit="count",
        direction="higher",
        kind=FLOW,
        basis="MediationEvent status_change to filled",
        description_da="Antal jobordrer, der fik status besat i perioden.",
        description_en="Number of job orders that reached status filled in the period.",
    ),
    Measure(
        key="job_orders_filled_before_deadline_share",
        name_da="Andel jobordrer besat inden fristen",
        name_en="Share of job orders filled before the deadline",
        unit="%",
        direction="higher",
        kind=FLOW,
        basis="MediationEvent status history, JobOrder.deadline",
        description_da=(
            "Af de jobordrer, der blev afsluttet (besat eller udløbet) i perioden: andelen, der "
            "blev besat senest på fristen."
        ),
        description_en=(
            "Of the job orders closed (filled or expired) in the period: the share filled on or "
            "before the deadline."
        ),
    ),
    Measure(
        key="days_to_first_proposal",
        name_da="Dage til første kandidatforslag (median)",
        name_en="Days to first candidate proposal (median)",
        unit="days",
        direction="lower",
        kind=FLOW,
        basis="JobOrder created → first MediationEvent candidate_proposed",
        description_da=(
            "Median af kalenderdage fra jobordren blev oprettet til første kandidatforslag, for "
            "forslag givet i perioden."
        ),
        description_en=(
            "Median calendar days from job order creation to the first candidate proposal, for "
            "proposals made in the period."
        ),
    ),
    Measure(
        key="placements_started",
        name_da="Påbegyndte forløb",
        name_en="Placements started",
        unit="count",
        direction="higher",
        kind=FLOW,
        basis="Placement.start (optionally one scheme_code)",
        description_da="Antal forløb (praktik, løntilskud, job …) med start i perioden.",
        description_en=(
            "Number of placements (internship, wage subsidy, job …) starting in the period."
        ),
        parameter="scheme",
    ),
    Measure(
        key="placements_ordinary_job_share",
        name_da="Andel afsluttede forløb der ender i ordinært job",
        name_en="Share of ended placements ending in an ordinary job",
        unit="%",
        direction="higher",
        kind=FLOW,
        basis="Placement.actual_end, Placement.outcome",
        description_da=(
            "Forløb afsluttet i perioden med udfald ordinært job (samme eller anden virksomhed) ÷ "
            "alle forløb afsluttet i perioden. Forløb uden registreret udfald tæller med i "
            "nævneren, så manglende registrering ikke pynter på tallet."
        ),
        description_en=(
            "Placements ended in the period with an ordinary-job outcome (same or other company) "
            "÷ all placements ended in the period. Placements without a recorded outcome stay in "
            "the denominator so missing records do not flatter the figure."
        ),
    ),
    Measure(
        key="overdue_followups",
        name_da="Overskredne opfølgninger",
        name_en="Overdue follow-ups",
        unit="count",
        direction="lower",
        kind=SNAPSHOT,
        basis="ContactLogEntry.follow_up_date, follow_up_done_at",
        description_da="Opfølgninger med dato før periodens sidste dag, som ikke var udført da.",
        description_en="Follow-ups dated before the period's last day and not done by then.",
    ),
    Measure(
        key="companies_with_active_agreement",
        name_da="Virksomheder med aktiv aftale",
        name_en="Companies with an active agreement",
        unit="count",
        direction="higher",
        kind=SNAPSHOT,
        basis="Agreement.start/end",
        description_da=(
            "Forskellige virksomheder med en aftale, der gælder på periodens sidste dag."
        ),
        description_en="Distinct companies with an agreement in force on the period's last day.",
    ),
    Measure(
        key="visits_per_consultant",
        name_da="Besøg pr. konsulent",
        name_en="Visits per consultant",
        unit="per consultant",
        direction="higher",
        kind=FLOW,
        basis="ContactLogEntry where channel = visit, grouped by consultant_id",
        description_da=(
            "Besøg i perioden ÷ konsulenter med mindst én registreret kontakt i perioden (så "
            "fravær og deltid ikke trækker gennemsnittet ned)."
        ),
        description_en=(
            "Visits in the period ÷ consultants with at least one logged contact in the period "
            "(so absence and part-time do not drag the average down)."
        ),
    ),
)

MEASURES: dict[str, Measure] = {m.key: m for m in _CATALOGUE}


def all_measures() -> tuple[Measure, ...]:
    """The catalogue in display order."""
    return _CATALOGUE


def get_measure(key: str) -> Measure:
    """The measure for a plain key (without ``:parameter``); ``ValidationError`` if unknown."""
    measure = MEASURES.get(key)
    if measure is None:
        raise ValidationError(
            f"Ukendt måling «{key}».", f"Unknown measure '{key}'.", field="measure_key"
        )
    return measure


def parse_measure_key(measure_key: str) -> tuple[Measure, str | None]:
    """Split ``key`` or ``key:parameter`` and check it against the catalogue."""
    key, sep, parameter = str(measure_key).strip().partition(":")
    measure = get_measure(key)
    if not sep:
        return measure, None
    if measure.parameter is None:
        raise ValidationError(
            f"Målingen «{key}» kan ikke opdeles (fik «{measure_key}»).",
            f"Measure '{key}' cannot be split (got '{measure_key}').",
            field="measure_key",
        )
    if not _PARAMETER.match(parameter):
        raise ValidationError(
            f"«{parameter}» er ikke en gyldig {measure.parameter}-kode for «{key}».",
            f"'{parameter}' is not a valid {measure.parameter} code for '{key}'.",
            field="measure_key",
        )
    return measure, parameter


# --- arithmetic shared by the queries ---------------------------------------------------------
# Every helper returns None instead of 0 when there is nothing to compute from: an indicator
# with no data must show grey, not red.


def share(numerator: float, denominator: float) -> float | None:
    """``numerator ÷ denominator`` in per cent (0–100); None when the denominator is 0."""
    if denominator < 0 or numerator < 0:
        raise ValueError("share() takes counts, not negative numbers")
    if denominator == 0:
        return None
    return 100.0 * numerator / denominator


def median(values: Iterable[float]) -> float | None:
    """Median of the values (mean of the middle two for an even count); None when empty.

    Medians, not means, for waiting times: one job order left open for months would otherwise
    dominate a month's figure.
    """
    numbers = [float(v) for v in values if v is not None]
    if any(not math.isfinite(v) for v in numbers):
        raise ValueError("median() takes finite numbers")
    return statistics.median(numbers) if numbers else None


def rate(total: float, per: float) -> float | None:
    """``total ÷ per`` (e.g. visits per consultant); None when ``per`` is 0."""
    if per == 0:
        return None
    return total / per


def count_distinct(keys: Iterable[object]) -> int:
    """Number of distinct non-None keys (companies, consultants …)."""
    return len({k for k in keys if k is not None})


def days_between(start: date, end: date) -> int:
    """Calendar days from ``start`` to ``end`` (0 on the same day)."""
    return (end - start).days


def window_start(last_day: date, months: int) -> date:
    """First day of a rolling window of ``months`` months ending on ``last_day``.

    ``window_start(2019-03-31, 12)`` is 2018-04-01, so a window ending on a month end (which
    is where periods end) covers exactly twelve whole months.
    """
    if months < 1:
        raise ValueError("months must be at least 1")
    index = last_day.year * 12 + last_day.month - 1 - months
    year, month0 = divmod(index, 12)
    first = date(year, month0 + 1, 1)
    # Clamp the day (31 March minus one month is 28/29 February), then step one day on.
    next_first = date(year + (month0 + 1) // 12, (month0 + 1) % 12 + 1, 1)
    last_of_month = (next_first - first).days
    return first.replace(day=min(last_day.day, last_of_month)) + timedelta(days=1)
