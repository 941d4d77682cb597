"""Matching in the store (matchning): job order → candidates, candidate → job orders and companies.

This module owns getting the explained top N out of a big store: the domain (``domain.matching``)
scores and explains pairs; this service decides which profiles to read, reads them in bulk,
and proposes candidates to a job order's mediation log.

**How the top N is found without reading everyone.** Reading a full profile costs about
30 µs plus its share of two queries, so 100 000 candidates cannot all be read per search. The
search is exact all the same, in the style of a threshold algorithm:

1. The domain's prefilter hints (``candidate_prefilter``/``job_prefilter``) become SQL: hard
   licences and certificates, the latest possible availability, and a box around the workplace
   that no candidate beyond their own maximum commute can pass. The DISCO prefixes select the
   *stages*: first everyone sharing the job's minor group (3 digits), then 2 digits, then 1, then
   nobody's occupation; a stage is read only while someone in it could still enter the top N.
2. An **upper bound** of the domain score limits what SQL returns at all: the occupation factor
   from the ranked wishes, the required tags and licences held (index probes, before any
   candidate row is read), then a lower bound of the distance from the postcode's coordinates.
   The first stage starts from a guessed N-th score a few points below the best possible; if the
   top N reach it, nobody left out could beat them, else the N-th score found is the next cut.
3. For each row returned, the bound is computed as the domain computes those parts (the
   language part counts as full) and rows are read as full profiles in falling order of it, a
   chunk at a time, ranked by the domain, until no unread row can still beat the N-th result.
   The bound is never below the score: tests check it against the domain on random profiles,
   and the whole search against a brute-force ranking of every profile.

The same scheme runs in the other direction over open job orders, and over companies that took
placements in the candidate's occupations or have an agreement in force (company rows score a
pseudo job built from the company's occupation history; they have no requirements).

Postcode centres outside Danish land (DAWA puts some coastal centres at sea, up to 250 km out;
``resources/data/SOURCES.md``) are replaced by the centre of their kommune's other postcodes,
and the distance is then shown as "ca." (approximate).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Float,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    intersect,
    literal,
    not_,
    or_,
    select,
    union_all,
)

from ..domain import matching as dm
from ..domain.dates import format_date
from ..domain.errors import NotFoundError, ValidationError
from ..domain.geo import EARTH_RADIUS_KM, haversine_rad_km, to_rad_point
from ..domain.refdata import ReferenceData
from ..domain.text import fold
from ..persistence.orm import (
    Agreement,
    Candidate,
    CandidateExperience,
    CandidateLanguage,
    CandidateLicence,
    CandidateOccupation,
    CandidateTag,
    Company,
    JobOrder,
    JobOrderRequirement,
    MediationEvent,
    Placement,
    RefPostcode,
    Workplace,
)
from .candidates import active_consent_condition
from .compliance import ComplianceService, SchemeEligibility
from .context import ServiceContext
from .lists import canonical, raw_id_column

MATCH_STATUSES = ("open", "in_progress")  # job orders a candidate can be matched against
PROPOSAL_CONSENT = "named_proposal"  # consent needed to propose a citizen by name (DOMAIN.md 6)
HIRED_OUTCOME = "ordinary_job_same_company"  # "hired after a placement" for company history
_ENDED = ("completed", "stopped_early")

# Rows read as full profiles per round of the threshold search.
FIRST_CHUNK = 60
LATER_CHUNK = 200
_EPS = 1e-6
_KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180.0
# Danish land (Gedser to Skagen, Blåvandshuk to Christiansø), for spotting postcode centres at
# sea. Wider than the land by a hair so rounding never flags a beach postcode.
_DK_LAND = (54.54, 8.05, 57.76, 15.21)

PART_TITLES_DA = {key: titles[0] for key, titles in dm.PART_TITLES.items()}


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class PartView:
    key: str
    title: str
    points: float
    max_points: float
    ok: bool | None
    text_da: str
    text_en: str

    @property
    def mark(self) -> str:
        return {True: "✓", False: "✗"}.get(self.ok, "?")


@dataclass(frozen=True)
class MatchRow:
    """One ranked result (a candidate, a job order or a company) with its explanation."""

    kind: str  # candidate / job_order / company
    id: str
    label: str  # K-1234 for citizens
    name: str  # citizen name, job title or company name
    company_id: str | None
    company_name: str
    postcode: str
    town: str
    score: int
    excluded: bool
    hard_failures: tuple[str, ...]
    missing: tuple[str, ...]
    missing_info: tuple[str, ...]
    distance_km: float | None
    distance_approx: bool
    explanation_da: str
    explanation_en: str
    parts: tuple[PartView, ...]
    may_propose: bool
    breakdown: dict[str, Any]
    eligibility: SchemeEligibility | None = None
    note: str = ""

    @property
    def title(self) -> str:
        if self.kind == "candidate":
            return f"{self.label} {self.name}".strip()
        if self.kind == "job_order":
            return f"{self.name} – {self.company_name}"
        return self.name

    def distance_text(self) -> str:
        if self.distance_km is None:
            return ""
        return f"{'ca. ' if self.distance_approx else ''}{self.distance_km:.0f} km"

    def to_json(self) -> dict[str, Any]:
        """The CLI's shape: id, score, parts, missing, distance_km (and extras)."""
        return {
            "id": self.id,
            "score": self.score,
            "parts": {p.key: {"points": round(p.points, 2), "max_points": round(p.max_points, 2),
                              "ok": p.ok, "text": p.text_da} for p in self.parts},
            "missing": list(self.missing),
            "distance_km": None if self.distance_km is None else round(self.distance_km, 1),
            "kind": self.kind,
            "label": self.label,
            "name": self.name,
            "company": self.company_name,
            "excluded": self.excluded,
            "hard_failures": list(self.hard_failures),
            "missing_info": list(self.missing_info),
            "distance_approx": self.distance_approx,
            "may_propose": self.may_propose,
            "explanation": self.explanation_da,
        }


@dataclass(frozen=True)
class MatchTarget:
    """The job order or citizen being matched, as the header of the results shows it."""

    kind: str  # job_order / candidate
    id: str
    title: str
    subtitle: str
    disco_code: str
    occupation: str
    postcode: str
    town: str
    location_note: str
    start: date | None
    hours: float | None
    requirements: tuple[str, ...]
    missing_info: tuple[str, ...]
    company_id: str | None = None
    workplace_id: str | None = None
    schemes_allowed: tuple[str, ...] = ()
    sector: str | None = None
    status: str = ""


@dataclass(frozen=True)
class MatchResults:
    target: MatchTarget
    rows: tuple[MatchRow, ...]
    excluded: tuple[MatchRow, ...]
    on_date: date
    prefiltered: int  # rows the SQL prefilter returned
    scored: int  # profiles read and scored by the domain
    notes: tuple[str, ...] = ()
    scheme_code: str | None = None

    @property
    def id(self) -> str:
        """The matched job order or citizen (the tab compares it with its selection)."""
        return self.target.id


@dataclass(frozen=True)
class PairDetail:
    """One job order × candidate pair, for the detail panel and the comparison."""

    row: MatchRow
    schemes: tuple[SchemeEligibility, ...]
    start: date


@dataclass(frozen=True)
class ProposalResult:
    event_id: str
    job_order_id: str
    candidate_id: str
    score: int
    at: datetime


# --------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Place:
    lat: float
    lon: float
    approx: bool


class Places:
    """Postcode → usable centre. Centres at sea fall back to the kommune's other postcodes."""

    def __init__(self, reference: ReferenceData) -> None:
        on_land: dict[str, tuple[float, float]] = {}
        by_kommune: dict[str, list[tuple[float, float]]] = {}
        at_sea: list[Any] = []
        for p in reference.postcodes():
            if p.lat is None or p.lon is None:
                continue
            if _DK_LAND[0] <= p.lat <= _DK_LAND[2] and _DK_LAND[1] <= p.lon <= _DK_LAND[3]:
                on_land[p.postnr] = (p.lat, p.lon)
                for code in p.kommune_codes or ((p.kommune_code,) if p.kommune_code else ()):
                    by_kommune.setdefault(code, []).append((p.lat, p.lon))
            else:
                at_sea.append(p)
        self.places: dict[str, Place] = {k: Place(a, b, False) for k, (a, b) in on_land.items()}
        for p in at_sea:
            points = [pt for code in (p.kommune_codes or ((p.kommune_code,) if p.kommune_code else ()))
                      for pt in by_kommune.get(code, ())]
            if points:
                self.places[p.postnr] = Place(sum(x for x, _ in points) / len(points),
                                              sum(y for _, y in points) / len(points), True)
        self.offshore = tuple(sorted(p.postnr for p in at_sea))
        self.max_abs_lat = max((abs(p.lat) for p in self.places.values()), default=60.0)
        self._distances: dict[tuple[float, float], dict[str, float]] = {}

    def get(self, postcode: str | None) -> Place | None:
        return self.places.get(postcode) if postcode else None

    def distances_from(self, place: Place) -> dict[str, float]:
        """Great-circle km from ``place`` to every usable postcode centre (cached)."""
        key = (place.lat, place.lon)
        found = self._distances.get(key)
        if found is None:
            origin = to_rad_point(place.lat, place.lon)
            found = {pc: haversine_rad_km(origin, to_rad_point(p.lat, p.lon))
                     for pc, p in self.places.items()}
            if len(self._distances) > 256:
                self._distances.clear()
            self._distances[key] = found
        return found


_PLACES: dict[int, Places] = {}


def places_for(reference: ReferenceData) -> Places:
    found = _PLACES.get(id(reference))
    if found is None:
        _PLACES.clear()
        found = _PLACES[id(reference)] = Places(reference)
    return found


# --------------------------------------------------------------------------- the bound


class ScoreBound:
    """Upper bound of the domain score from the few columns the prefilter reads.

    Mirrors the domain's formulas (``domain.matching``, "The numbers") for the parts the columns
    decide and counts every other part as full, so ``value(...) >= score(...).score - 0.5``.
    """

    def __init__(self, weights: dm.MatchWeights, on_date: date) -> None:
        mp = weights.max_points()
        self.w = dict(zip(dm.PART_KEYS, mp, strict=True))
        self.on_ord = on_date.toordinal()

    def start_ord(self, start: date | None) -> int:
        s = start.toordinal() if start else None
        return self.on_ord if s is None or s < self.on_ord else s

    @staticmethod
    def distance_fraction(km: float | None, limit: float | None) -> float:
        if km is None or (limit is not None and km > limit):
            return 0.0
        reference = max(dm.DEFAULT_COMMUTE_KM if limit is None else float(limit), 1.0)
        return max(0.0, 1.0 - km / (2.0 * reference))

    @staticmethod
    def availability_fraction(start_ord: int, available: date | None, job_hours: float | None,
                              wanted: float | None) -> float:
        if available is None:
            date_part = 0.0
        else:
            late = available.toordinal() - start_ord
            date_part = 1.0 if late <= 0 else max(0.0, 1.0 - late / dm.AVAILABILITY_HARD_GAP_DAYS)
        hours = 0.0 if not job_hours or not wanted else min(job_hours, wanted) / max(job_hours, wanted)
        return 0.5 * date_part + 0.5 * hours

    def value(self, *, occupation: float, missing_tags: int, n_tags: int, missing_licences: int,
              n_licences: int, km: float | None, limit: float | None, start_ord: int,
              available: date | None, job_hours: float | None, wanted: float | None,
              company: float) -> float:
        w = self.w
        skills = max(0.0, 1.0 - dm.SKILL_PENALTY * missing_tags) if n_tags else 1.0
        licence = max(0.0, 1.0 - dm.LICENCE_PENALTY * missing_licences) if n_licences else 1.0
        return (w["occupation"] * occupation + w["skills"] * skills + w["licence"] * licence
                + w["language"] + w["distance"] * self.distance_fraction(km, limit)
                + w["availability"] * self.availability_fraction(start_ord, available, job_hours, wanted)
                + w["company"] * company + _EPS)


def best_possible(bound: float) -> int:
    """The highest integer score a pair with this bound can get (the domain rounds half up)."""
    return min(100, int(math.floor(bound + 0.5)))


# --------------------------------------------------------------------------- SQL pieces


def prefix_range(column: Any, prefix: str) -> Any:
    """``column`` starts with ``prefix``: a range both stores answer from an index."""
    return and_(column >= prefix, column < prefix + ":")


def occupation_level_sql(column: Any, job_code: str) -> Any:
    """LEVEL_FACTORS of the common DISCO prefix of ``column`` and ``job_code`` (as the domain)."""
    whens = [(column == job_code, dm.LEVEL_FACTORS[dm.EXACT])]
    for n in range(min(len(job_code), 5), 0, -1):
        whens.append((and_(func.length(column) >= n, func.substr(column, 1, n) == job_code[:n]),
                      dm.LEVEL_FACTORS[n]))
    return case(*whens, else_=0.0)


def desired_rank_sql(rank: Any) -> Any:
    factors = dm.DESIRED_RANK_FACTORS
    whens = [(rank <= 1, factors[0])] + [(rank == i + 1, f) for i, f in enumerate(factors[:-1]) if i]
    return case(*whens, else_=factors[-1])


def experience_sql(years: Any) -> Any:
    capped = case((years > dm.EXPERIENCE_YEARS_CAP, dm.EXPERIENCE_YEARS_CAP), (years < 0, 0.0),
                  else_=years)
    return dm.EXPERIENCE_BASE + dm.EXPERIENCE_PER_YEAR * capped


def normalized_licence_sql(column: Any) -> Any:
    return func.upper(func.replace(column, " ", ""))


def live_candidate() -> Any:
    # One expression over both columns keeps SQLite from driving the join from the
    # (deleted_at, …) index, i.e. from every candidate, instead of from the DISCO range.
    return func.coalesce(Candidate.deleted_at, Candidate.erased_at).is_(None)


def _chunks(items: Sequence[Any], size: int = 900) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _clean_code(code: Any) -> str | None:
    text = str(code or "").strip()
    return text if text.isdigit() and 1 <= len(text) <= 6 else None


def _positive(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def _non_negative(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number >= 0 else None


# --------------------------------------------------------------------------- threshold search


@dataclass
class _Pending:
    """A prefiltered row waiting to be read: its bound, distance and id (the domain's ties)."""

    bound: float
    km: float | None
    id: str
    excluded: bool = False


def threshold_search(
    rows: list[_Pending],
    load: Callable[[list[str]], list[Any]],
    rank_loaded: Callable[[list[Any]], list[dm.MatchResult]],
    top: int,
    min_score: int,
    id_of: Callable[[dm.MatchResult], str],
) -> tuple[list[dm.MatchResult], int]:
    """Read rows in falling order of bound until none can still enter the top ``top``.

    ``load`` turns ids into profiles, ``rank_loaded`` ranks all profiles read so far (the
    domain's order). Returns the results and how many profiles were read.
    """
    rows.sort(key=lambda r: (-r.bound, math.inf if r.km is None else r.km, r.id))
    profiles: list[Any] = []
    results: list[dm.MatchResult] = []
    position = 0
    chunk = FIRST_CHUNK
    while position < len(rows):
        if len(results) >= top and top > 0:
            last = results[top - 1]
            floor_score = last.score
            last_key = (math.inf if last.distance_km is None else last.distance_km, id_of(last))
        else:
            floor_score, last_key = None, None
        wanted: list[str] = []
        while position < len(rows) and len(wanted) < chunk:
            row = rows[position]
            possible = best_possible(row.bound)
            if possible < min_score:
                position = len(rows)
                break
            if floor_score is not None:
                if possible < floor_score:
                    position = len(rows)  # sorted by bound: nobody later can do better
                    break
                if possible == floor_score and (math.inf if row.km is None else row.km, row.id) > last_key:
                    position += 1  # a tie that would sort after the last one kept
                    continue
            wanted.append(row.id)
            position += 1
        if not wanted:
            break
        profiles.extend(load(wanted))
        results = rank_loaded(profiles)
        chunk = LATER_CHUNK
    return results, len(profiles)


# --------------------------------------------------------------------------- the service


class MatchingService:
    """Explained matching both ways, proposals to the mediation log."""

    def __init__(self, ctx: ServiceContext, weights: dm.MatchWeights | None = None) -> None:
        self.ctx = ctx
        self._weights = weights
        self.compliance = ComplianceService(ctx)

    # ------------------------------------------------------------------ settings
    def weights(self) -> tuple[dm.MatchWeights, str]:
        """The weights in use and a note when the settings could not be used."""
        if self._weights is not None:
            return self._weights, ""
        from ..settings import Settings

        raw = Settings().get("match_weights")
        try:
            return dm.MatchWeights.from_dict(raw), ""
        except ValidationError as exc:
            return dm.DEFAULT_WEIGHTS, f"Vægtene i indstillingerne bruges ikke ({exc.da}); standardvægte gælder."

    def places(self) -> Places:
        return places_for(self.ctx.reference())

    @staticmethod
    def today() -> date:
        return datetime.now(UTC).date()

    # ------------------------------------------------------------------ job order → candidates
    def match_job_order(self, job_order_id: str, *, top: int = 20, min_score: int = 0,
                        max_distance_km: float | None = None, include_excluded: bool = False,
                        scheme_code: str | None = None, on_date: date | None = None) -> MatchResults:
        """The ``top`` candidates for a job order, explained; excluded ones on demand."""
        _check_top(top, min_score, max_distance_km)
        job_order_id = entity_id(job_order_id, "job_order")
        on_date = on_date or self.today()
        weights, weight_note = self.weights()
        with self.ctx.uow() as uow:
            s = uow.session
            job, info = self._require_job(s, job_order_id)
            search = _CandidateSearch(self, s, job, weights, on_date, max_distance_km)
            rows, scored = search.run(top, min_score, include_excluded)
            target = self._job_target(job, info)
            uow.log("search", "candidate",
                    criterion=f"matchning mod jobordre «{info['title']}» ({job.id})"[:500],
                    detail=f"top {top}, min. score {min_score}")
            uow.commit()
        notes = [n for n in (weight_note, *search.notes) if n]
        included = tuple(r for r in rows if not r.excluded)
        hard = [f"{'kørekort ' if r in job.driving_licences else ''}{r.name}"
                for r in (*job.skills, *job.certificates, *job.driving_licences) if r.hard]
        hard += [f"{r.language} ({r.min_level})" for r in job.languages if r.hard]
        if not included and hard:
            notes.append("Ingen opfylder de hårde krav (" + ", ".join(hard) + "); vis de udelukkede "
                         "for at se, hvem der er tættest på, fx med opkvalificering.")
        excluded = tuple(r for r in rows if r.excluded)
        if scheme_code:
            start = max(job.start_date or on_date, on_date)
            included = self._with_eligibility(included, scheme_code, start, target.sector)
            excluded = self._with_eligibility(excluded, scheme_code, start, target.sector)
        return MatchResults(target, included, excluded, on_date, search.prefiltered, scored,
                            tuple(notes), scheme_code)

    def _with_eligibility(self, rows: tuple[MatchRow, ...], scheme_code: str, start: date,
                          sector: str | None) -> tuple[MatchRow, ...]:
        if not rows:
            return rows
        found = self.compliance.eligibility_for([r.id for r in rows], scheme_code, start, sector)
        return tuple(replace(r, eligibility=found.get(r.id)) for r in rows)

    # ------------------------------------------------------------------ candidate → jobs, companies
    def match_candidate(self, candidate_id: str, *, top: int = 20, min_score: int = 0,
                        max_distance_km: float | None = None, include_excluded: bool = False,
                        kinds: Sequence[str] = ("job_order", "company"),
                        on_date: date | None = None) -> MatchResults:
        """The best open job orders and companies for a citizen, explained.

        ``top`` applies to each kind: the ``top`` best job orders come first, then the ``top``
        best companies without a job order.
        """
        _check_top(top, min_score, max_distance_km)
        candidate_id = entity_id(candidate_id, "candidate")
        on_date = on_date or self.today()
        weights, weight_note = self.weights()
        with self.ctx.uow() as uow:
            s = uow.session
            cand, info = self._require_candidate(s, candidate_id)
            rows: list[MatchRow] = []
            prefiltered = scored = 0
            notes: list[str] = []
            if "job_order" in kinds:
                search = _JobSearch(self, s, cand, info, weights, on_date, max_distance_km)
                got, n = search.run(top, min_score, include_excluded)
                rows += got
                prefiltered += search.prefiltered
                scored += n
                notes += search.notes
            if "company" in kinds:
                search_c = _CompanySearch(self, s, cand, info, weights, on_date, max_distance_km)
                got, n = search_c.run(top, min_score, include_excluded)
                rows += got
                prefiltered += search_c.prefiltered
                scored += n
                notes += search_c.notes
            uow.log("search", "job_order", person_id=candidate_id,
                    criterion=f"matchning for {info['label']}", detail=f"top {top}, min. score {min_score}")
            uow.commit()
        # Open job orders first (a vacancy to act on), then companies to contact (a lead):
        # each block in the domain's order and cut to ``top``.
        def block(kind: str, excluded: bool) -> list[MatchRow]:
            chosen = [r for r in rows if r.kind == kind and r.excluded == excluded]
            return sorted(chosen, key=lambda r: (-r.score, math.inf if r.distance_km is None
                                                 else r.distance_km, r.id))[:top]
        included = tuple(block("job_order", False) + block("company", False))
        excluded = tuple(block("job_order", True) + block("company", True)) if include_excluded else ()
        target = self._candidate_target(cand, info)
        return MatchResults(target, included, excluded, on_date, prefiltered, scored,
                            tuple(n for n in (weight_note, *notes) if n))

    # ------------------------------------------------------------------ one pair
    def explain_pair(self, job_order_id: str, candidate_id: str, *, on_date: date | None = None,
                     with_schemes: bool = True) -> PairDetail:
        job_order_id = entity_id(job_order_id, "job_order")
        candidate_id = entity_id(candidate_id, "candidate")
        on_date = on_date or self.today()
        weights, _ = self.weights()
        with self.ctx.uow() as uow:
            s = uow.session
            job, jinfo = self._require_job(s, job_order_id)
            cand, cinfo = self._require_candidate(s, candidate_id)
            result = dm.score(job, cand, weights, on_date)
            row = self._candidate_row(result, cand, cinfo)
            uow.log("view", "candidate", person_id=candidate_id,
                    detail=f"matchforklaring mod jobordre {job_order_id}")
            uow.commit()
        schemes: tuple[SchemeEligibility, ...] = ()
        start = max(job.start_date or on_date, on_date)
        if with_schemes:
            codes = list(jinfo["schemes_allowed"]) or None
            schemes = tuple(self.compliance.schemes_for(candidate_id, start, jinfo["sector"], codes))
        return PairDetail(row, schemes, start)

    def compare(self, job_order_id: str, candidate_ids: Sequence[str],
                on_date: date | None = None) -> tuple[PairDetail, ...]:
        """Side-by-side details of two (or more) candidates for the same job order."""
        if len(candidate_ids) < 2:
            raise ValidationError("Vælg to kandidater at sammenligne.", "Choose two candidates.",
                                  field="candidates")
        return tuple(self.explain_pair(job_order_id, cid, on_date=on_date) for cid in candidate_ids)

    def explain_job(self, candidate_id: str, job_order_id: str, on_date: date | None = None) -> PairDetail:
        """The same pair seen from the citizen's side (a job order row)."""
        detail = self.explain_pair(job_order_id, candidate_id, on_date=on_date)
        weights, _ = self.weights()
        with self.ctx.uow() as uow:
            job, jinfo = self._require_job(uow.session, job_order_id)
            cand, cinfo = self._require_candidate(uow.session, candidate_id)
            row = self._job_row(dm.score(job, cand, weights, on_date or self.today()), job, jinfo, cand)
        return PairDetail(row, detail.schemes, detail.start)

    # ------------------------------------------------------------------ proposing
    def propose(self, job_order_id: str, candidate_id: str, *, reason: str = "",
                on_date: date | None = None) -> ProposalResult:
        """Propose a citizen to a job order: the explained score goes into the mediation log.

        Refused, with the reason, when the citizen has no active consent to be proposed by name,
        when the job order is not open, or when the citizen is already proposed and not rejected.
        """
        job_order_id = entity_id(job_order_id, "job_order")
        candidate_id = entity_id(candidate_id, "candidate")
        day = on_date or self.today()
        weights, _ = self.weights()
        with self.ctx.uow() as uow:
            s = uow.session
            job_row = s.get(JobOrder, job_order_id)
            if job_row is None or job_row.deleted_at is not None:
                raise NotFoundError("Jobordren findes ikke (længere).", "The job order does not exist.")
            if job_row.status not in ("open", "in_progress", "paused"):
                raise ValidationError(
                    f"Jobordren er {_JOB_STATUS_DA.get(job_row.status, job_row.status)}; genåbn den, "
                    "før der foreslås kandidater.",
                    f"The job order is {job_row.status}; reopen it before proposing.", field="status")
            cand_row = s.get(Candidate, candidate_id)
            if cand_row is None or cand_row.deleted_at is not None or cand_row.erased_at is not None:
                raise NotFoundError("Borgeren findes ikke (længere).", "The citizen no longer exists.")
            consent = s.scalar(select(Candidate.id).where(
                Candidate.id == candidate_id, active_consent_condition(day, PROPOSAL_CONSENT)))
            if consent is None:
                raise ValidationError(
                    f"{cand_row.label} kan ikke foreslås med navn: der er ikke registreret et "
                    "aktivt samtykke til forslag med navn. Registrér samtykket under Kandidater, "
                    "eller send en anonym profil.",
                    f"{cand_row.label} cannot be proposed by name: no active consent to a named "
                    "proposal is recorded.", field="candidate_id")
            previous = s.execute(
                select(MediationEvent.kind, MediationEvent.at)
                .where(MediationEvent.job_order_id == job_order_id,
                       MediationEvent.candidate_id == candidate_id,
                       MediationEvent.kind.in_(("candidate_proposed", "candidate_rejected")))
                .order_by(MediationEvent.at.desc()).limit(1)
            ).first()
            if previous is not None and previous.kind == "candidate_proposed":
                raise ValidationError(
                    f"{cand_row.label} er allerede foreslået til jobordren "
                    f"({format_date(previous.at)}).",
                    f"{cand_row.label} is already proposed to this job order.", field="candidate_id")
            job, _ = self._require_job(s, job_order_id)
            cand, _ = self._require_candidate(s, candidate_id)
            result = dm.score(job, cand, weights, day)
            event = MediationEvent(job_order_id=job_order_id, by_user_id=self.ctx.actor.user_id,
                                   kind="candidate_proposed", candidate_id=candidate_id,
                                   score=result.score, score_breakdown=result.to_dict(),
                                   reason=(reason.strip() or result.explanation_da)[:1000])
            s.add(event)
            if job_row.status == "open":
                # Same rule as the job-order service: a proposal puts an open order in progress.
                s.add(MediationEvent(job_order_id=job_order_id, by_user_id=self.ctx.actor.user_id,
                                     kind="status_change", old_status="open", new_status="in_progress",
                                     reason="Formidling i gang"))
                job_row.status = "in_progress"
            uow.log("update", "mediation_event", entity_id=job_order_id, person_id=candidate_id,
                    detail=f"candidate_proposed score {result.score}")
            uow.flush()
            out = ProposalResult(event.id, str(job_order_id), str(candidate_id), result.score,
                                 event.at or datetime.now(UTC))
            uow.commit()
        return out

    # ------------------------------------------------------------------ targets
    def _job_target(self, job: dm.JobProfile, info: dict[str, Any]) -> MatchTarget:
        occupation = self.ctx.reference().occupation(job.disco_code) if job.disco_code else None
        reqs = []
        for label, items in (("", job.skills), ("", job.certificates), ("kørekort ", job.driving_licences)):
            reqs += [f"{label}{r.name} ({'krav' if r.hard else 'ønske'})" for r in items]
        reqs += [f"{r.language} mindst {r.min_level} ({'krav' if r.hard else 'ønske'})" for r in job.languages]
        missing = list(info["notes"])
        if not job.disco_code:
            missing.append("ingen DISCO-kode: fag indgår ikke i scoren")
        if job.lat is None:
            missing.append(info["location_note"] or "intet postnummer: afstand kan ikke beregnes")
        if job.hours_per_week is None:
            missing.append("timetal mangler")
        return MatchTarget(
            kind="job_order", id=str(job.id), title=info["title"], subtitle=info["company_name"],
            disco_code=job.disco_code or "", occupation=occupation.title if occupation else "",
            postcode=job.postcode or "", town=info["town"], location_note=info["location_note"],
            start=job.start_date, hours=job.hours_per_week, requirements=tuple(reqs),
            missing_info=tuple(missing), company_id=str(job.company_id),
            workplace_id=info["workplace_id"], schemes_allowed=tuple(info["schemes_allowed"]),
            sector=info["sector"], status=info["status"])

    def _candidate_target(self, cand: dm.CandidateProfile, info: dict[str, Any]) -> MatchTarget:
        ref = self.ctx.reference()
        wishes = [f"{c} {ref.occupation(c).title if ref.occupation(c) else ''}".strip()
                  for c in cand.desired_occupations]
        missing = list(info["notes"])
        if not cand.desired_occupations and not cand.experience:
            missing.append("ingen ønskede fag eller erfaring: fag indgår ikke i scoren")
        if cand.lat is None:
            missing.append(info["location_note"] or "intet postnummer: afstand kan ikke beregnes")
        if cand.available_from is None:
            missing.append("ledig fra-dato mangler")
        if cand.hours_wanted is None:
            missing.append("ønsket timetal mangler")
        held = [*sorted(cand.skills), *sorted(cand.certificates),
                *(f"kørekort {c}" for c in sorted(cand.driving_licences)),
                *(f"{k} ({v})" for k, v in cand.languages.items())]
        return MatchTarget(
            kind="candidate", id=str(cand.id), title=f"{info['label']} {info['name']}",
            subtitle="; ".join(wishes), disco_code=cand.desired_occupations[0] if cand.desired_occupations else "",
            occupation=wishes[0] if wishes else "", postcode=cand.postcode or "", town=info["town"],
            location_note=info["location_note"], start=cand.available_from, hours=cand.hours_wanted,
            requirements=tuple(held), missing_info=tuple(missing))

    # ------------------------------------------------------------------ rows
    def _parts(self, result: dm.MatchResult) -> tuple[PartView, ...]:
        return tuple(PartView(k, PART_TITLES_DA.get(k, k), p.points, p.max_points, p.ok, p.text_da,
                              p.text_en) for k, p in result.parts.items())

    @staticmethod
    def _approx_texts(result: dm.MatchResult, approx: bool) -> tuple[str, str]:
        if not approx or result.distance_km is None:
            return result.explanation_da, result.explanation_en
        shown = f"{result.distance_km:.0f} km"
        return (result.explanation_da.replace(shown, f"ca. {shown}", 1),
                result.explanation_en.replace(shown, f"approx. {shown}", 1))

    def _candidate_row(self, result: dm.MatchResult, cand: dm.CandidateProfile,
                       info: dict[str, Any], job_approx: bool = False) -> MatchRow:
        approx = bool(info["approx"] or job_approx)
        da, en = self._approx_texts(result, approx)
        return MatchRow(
            kind="candidate", id=str(cand.id), label=info["label"], name=info["name"],
            company_id=None, company_name="", postcode=cand.postcode or "", town=info["town"],
            score=result.score, excluded=result.excluded, hard_failures=result.hard_failures,
            missing=result.missing, missing_info=result.missing_info, distance_km=result.distance_km,
            distance_approx=approx and result.distance_km is not None, explanation_da=da,
            explanation_en=en, parts=self._parts(result), may_propose=result.may_propose_by_name,
            breakdown=result.to_dict())

    def _job_row(self, result: dm.MatchResult, job: dm.JobProfile, info: dict[str, Any],
                 cand: dm.CandidateProfile, cand_approx: bool = False) -> MatchRow:
        approx = bool(info["approx"] or cand_approx)
        da, en = self._approx_texts(result, approx)
        return MatchRow(
            kind=info.get("kind", "job_order"), id=str(job.id), label="", name=info["title"],
            company_id=str(job.company_id), company_name=info["company_name"],
            postcode=job.postcode or "", town=info["town"], score=result.score,
            excluded=result.excluded, hard_failures=result.hard_failures, missing=result.missing,
            missing_info=result.missing_info, distance_km=result.distance_km,
            distance_approx=approx and result.distance_km is not None, explanation_da=da,
            explanation_en=en, parts=self._parts(result), may_propose=result.may_propose_by_name,
            breakdown=result.to_dict(), note=info.get("note", ""))

    # ------------------------------------------------------------------ loading profiles
    def _require_job(self, session, job_order_id: str) -> tuple[dm.JobProfile, dict[str, Any]]:  # noqa: ANN001
        found = self._job_profiles(session, [job_order_id])
        if str(job_order_id) not in found:
            raise NotFoundError("Jobordren findes ikke (længere).", "The job order does not exist.")
        return found[str(job_order_id)]

    def _require_candidate(self, session, candidate_id: str) -> tuple[dm.CandidateProfile, dict[str, Any]]:  # noqa: ANN001
        found = self._candidate_profiles(session, [candidate_id])
        if str(candidate_id) not in found:
            raise NotFoundError("Borgeren findes ikke (længere).", "The citizen no longer exists.")
        return found[str(candidate_id)]

    def _locate(self, postcode: str | None) -> tuple[Place | None, str]:
        ref = self.ctx.reference()
        place = self.places().get(postcode)
        if place is not None:
            return place, "beliggenhed er et skøn (kommunens midte)" if place.approx else ""
        if not postcode:
            return None, "postnummer mangler"
        known = ref.postcode(postcode)
        if known is None:
            return None, f"postnummer {postcode} findes ikke"
        return None, f"postnummer {postcode} har ingen koordinater"

    def _candidate_profiles(self, session, ids: Sequence[str], *,  # noqa: ANN001, C901
                            day: date | None = None) -> dict[str, tuple[dm.CandidateProfile, dict[str, Any]]]:
        """Full matching profiles of live candidates, read in bulk with two queries (the
        candidate rows, then every list of every candidate in one union); unknown ids are
        left out. Bad stored values never stop a search: they are skipped and noted."""
        day = day or self.today()
        ids = [str(i) for i in ids]
        base: dict[str, Any] = {}
        wishes: dict[str, list[tuple[float, str]]] = {}
        exps: dict[str, list[dm.Experience]] = {}
        skills: dict[str, set[str]] = {}
        certs: dict[str, set[str]] = {}
        licences: dict[str, set[str]] = {}
        languages: dict[str, dict[str, str]] = {}
        notes: dict[str, list[str]] = {}
        dialect = self.ctx.dialect
        for part in _chunks(ids):
            # Ids come back in the store's raw form and are turned into the canonical one once
            # per candidate, not once per skill, licence or language row.
            raw_of: dict[str, str] = {}
            for r in session.execute(
                select(Candidate.id, raw_id_column(Candidate.id, dialect).label("raw"), Candidate.label,
                       Candidate.name, Candidate.postcode, Candidate.town, Candidate.max_commute_km,
                       Candidate.hours_wanted, Candidate.available_from,
                       active_consent_condition(day, PROPOSAL_CONSENT).label("consent"))
                .where(Candidate.id.in_(part), live_candidate())
            ).all():
                base[str(r.id)] = r
                raw_of[str(r.raw)] = str(r.id)
            for raw, what, a, b, n in session.execute(_profile_lists_sql(part, dialect)).all():
                cid = raw_of.get(str(raw))
                if cid is None:
                    continue
                if what == "o":
                    wishes.setdefault(cid, []).append((n or 0.0, a))
                elif what == "e":
                    clean = _clean_code(a)
                    if clean:
                        exps.setdefault(cid, []).append(dm.Experience(clean, _non_negative(n) or 0.0))
                elif what == "t":
                    if b and b.strip():
                        (certs if a == "certificate" else skills).setdefault(cid, set()).add(b)
                elif what == "l":
                    if a and a.strip():
                        licences.setdefault(cid, set()).add(a)
                elif what == "g":
                    try:
                        dm.language_level_rank(b or "")
                    except ValidationError:
                        notes.setdefault(cid, []).append(
                            f"sproget «{a}» har et ukendt niveau («{b}») og indgår ikke")
                        continue
                    if a and a.strip():
                        languages.setdefault(cid, {})[a.strip()] = b
        out: dict[str, tuple[dm.CandidateProfile, dict[str, Any]]] = {}
        for cid, r in base.items():
            place, location_note = self._locate(r.postcode)
            ranked = [c for _, c in sorted(wishes.get(cid, ()))]
            codes = [c for c in ranked if _clean_code(c)]
            cand_notes = list(notes.get(cid, ()))
            bad = [c for c in ranked if not _clean_code(c)]
            if bad:
                cand_notes.append(f"ugyldige DISCO-koder ignoreret: {', '.join(map(str, bad))}")
            profile = dm.CandidateProfile(
                id=cid, label=f"{r.label} {r.name}", postcode=r.postcode,
                lat=place.lat if place else None, lon=place.lon if place else None,
                desired_occupations=tuple(dict.fromkeys(codes)), experience=tuple(exps.get(cid, ())),
                skills=frozenset(skills.get(cid, ())), certificates=frozenset(certs.get(cid, ())),
                driving_licences=frozenset(licences.get(cid, ())), languages=languages.get(cid, {}),
                max_commute_km=_non_negative(r.max_commute_km), hours_wanted=_positive(r.hours_wanted),
                available_from=r.available_from, has_consent_to_share=bool(r.consent))
            out[cid] = (profile, {"label": r.label, "name": r.name, "town": r.town or "",
                                  "approx": bool(place and place.approx), "location_note": location_note,
                                  "notes": tuple(cand_notes)})
        return out

    def _job_profiles(self, session, ids: Sequence[str], *,  # noqa: ANN001
                      rows: Sequence[Any] | None = None,
                      requirements: dict[str, list[Any]] | None = None,
                      histories: dict[str, dm.CompanyHistory] | None = None,
                      ) -> dict[str, tuple[dm.JobProfile, dict[str, Any]]]:
        """Full matching profiles of job orders (any status), in bulk; data already read may be
        passed in (``rows`` from ``_job_rows_sql``, requirements and histories)."""
        ids = [str(i) for i in ids]
        if rows is None:
            rows = []
            for part in _chunks(ids):
                rows += session.execute(_job_rows_sql(self.ctx.dialect).where(JobOrder.id.in_(part))).all()
        if requirements is None:
            requirements = {}
            for part in _chunks(ids):
                for req in session.execute(_requirements_sql(part, self.ctx.dialect)):
                    requirements.setdefault(_dashed(req.job_order_id), []).append(req)
        if histories is None:
            histories = self._histories(session, {_dashed(r.company_id) for r in rows})
        return {_dashed(r.id): self._job_profile(r, requirements.get(_dashed(r.id), ()), histories)
                for r in rows}

    def _job_profile(self, r: Any, reqs: Iterable[Any],
                     histories: dict[str, dm.CompanyHistory]) -> tuple[dm.JobProfile, dict[str, Any]]:
        postcode = r.location or None
        place, location_note = self._locate(postcode)
        notes: list[str] = []
        groups: dict[str, list[Any]] = {"skill": [], "certificate": [], "licence": [], "language": []}
        for q in reqs:
            value = (q.value or "").strip()
            if not value or q.kind not in groups:
                continue
            if q.kind == "language":
                level = (q.level or "").strip() or dm.LANGUAGE_LEVELS[0]
                try:
                    groups["language"].append(dm.LanguageRequirement(value, level, bool(q.hard)))
                except ValidationError:
                    notes.append(f"sprogkravet «{value}» har et ukendt niveau («{level}») og indgår ikke")
            else:
                groups[q.kind].append(dm.Requirement(value, bool(q.hard)))
        disco = _clean_code(r.disco_code)
        if r.disco_code and not disco:
            notes.append(f"ugyldig DISCO-kode «{r.disco_code}» ignoreret")
        company_id = _dashed(r.company_id)
        profile = dm.JobProfile(
            id=_dashed(r.id), company_id=company_id, title=r.title or "", disco_code=disco,
            postcode=postcode, lat=place.lat if place else None, lon=place.lon if place else None,
            hours_per_week=_positive(r.hours_per_week), start_date=r.start_date,
            skills=tuple(groups["skill"]), certificates=tuple(groups["certificate"]),
            driving_licences=tuple(groups["licence"]), languages=tuple(groups["language"]),
            history=histories.get(company_id, _NO_HISTORY))
        ref = self.ctx.reference()
        pc = ref.postcode(postcode) if postcode else None
        return profile, {
            "title": r.title or "", "company_name": r.company_name or "", "town": pc.town if pc else "",
            "approx": bool(place and place.approx), "location_note": location_note,
            "workplace_id": _dashed(r.workplace_id) if r.workplace_id else None,
            "schemes_allowed": tuple(r.schemes_allowed or ()), "sector": r.sector or None,
            "status": r.status, "notes": tuple(notes), "kind": "job_order",
        }

    def _histories(self, session, company_ids: Iterable[str],  # noqa: ANN001
                   today: date | None = None) -> dict[str, dm.CompanyHistory]:
        """Company history (virksomhedens historik) of many companies, in bulk."""
        today = today or self.today()
        ids = sorted({str(i) for i in company_ids})
        placed: dict[str, tuple[int, int]] = {}
        agreements: set[str] = set()
        contact: dict[str, int | None] = {}
        for part in _chunks(ids):
            for cid, n, hired in session.execute(
                select(Placement.company_id, func.count(),
                       func.sum(case((Placement.outcome == HIRED_OUTCOME, 1), else_=0)))
                .where(Placement.company_id.in_(part), Placement.deleted_at.is_(None),
                       Placement.status.in_(_ENDED))
                .group_by(Placement.company_id)
            ):
                placed[str(cid)] = (int(n or 0), int(hired or 0))
            agreements.update(str(c) for c in session.scalars(
                select(Agreement.company_id).where(
                    Agreement.company_id.in_(part), Agreement.deleted_at.is_(None),
                    Agreement.start <= today, or_(Agreement.end.is_(None), Agreement.end >= today))))
            for cid, last in session.execute(
                select(Company.id, Company.last_contact_at).where(Company.id.in_(part))
            ):
                contact[str(cid)] = None if last is None else max(0, (today - last.date()).days)
        return {
            cid: dm.CompanyHistory(placements_before=placed.get(cid, (0, 0))[0],
                                   placements_ending_in_job=placed.get(cid, (0, 0))[1],
                                   has_active_agreement=cid in agreements,
                                   days_since_last_contact=days)
            for cid, days in contact.items()
        }


_JOB_STATUS_DA = {"filled": "besat", "expired": "udløbet", "paused": "sat på pause"}


def entity_id(value: Any, what: str = "id") -> str:
    """The canonical form of an id typed or passed around (raw hex or dashed); a clear message
    for anything that is not an id at all."""
    try:
        return canonical(str(value).strip())
    except (ValueError, AttributeError):
        raise NotFoundError(f"«{value}» er ikke et gyldigt id.", f"'{value}' is not a valid id.",
                            field=what) from None


def result_order(result: dm.MatchResult, by_job: bool = False) -> tuple:
    """The domain's order of results: included first, score, distance, id."""
    return (result.excluded, -result.score,
            math.inf if result.distance_km is None else result.distance_km,
            result.job_id if by_job else result.candidate_id)


def _check_top(top: int, min_score: int, max_distance_km: float | None) -> None:
    if not isinstance(top, int) or top < 1 or top > 1000:
        raise ValidationError("Antal resultater skal være mellem 1 og 1000.",
                              "Top must be between 1 and 1000.", field="top")
    if not 0 <= min_score <= 100:
        raise ValidationError("Minimumsscore skal være mellem 0 og 100.",
                              "Minimum score must be between 0 and 100.", field="min_score")
    if max_distance_km is not None and (not math.isfinite(max_distance_km) or max_distance_km < 0):
        raise ValidationError("Maksimal afstand skal være 0 km eller mere.",
                              "Maximum distance must be 0 km or more.", field="max_distance_km")


def _profile_lists_sql(ids: Sequence[str], dialect: str) -> Any:
    """Every list of the candidates' profiles in one query: (raw candidate id, what, a, b, number)."""
    text = String(200)

    def raw(column: Any) -> Any:
        return raw_id_column(column, dialect)

    return union_all(
        select(raw(CandidateOccupation.candidate_id), literal("o", text), CandidateOccupation.disco_code,
               literal(None, text), cast(CandidateOccupation.rank, Float))
        .where(CandidateOccupation.candidate_id.in_(ids)),
        select(raw(CandidateExperience.candidate_id), literal("e", text), CandidateExperience.disco_code,
               literal(None, text), cast(CandidateExperience.years, Float))
        .where(CandidateExperience.candidate_id.in_(ids), CandidateExperience.disco_code.isnot(None)),
        select(raw(CandidateTag.candidate_id), literal("t", text), cast(CandidateTag.kind, text),
               cast(CandidateTag.tag, text), literal(None, Float))
        .where(CandidateTag.candidate_id.in_(ids)),
        select(raw(CandidateLicence.candidate_id), literal("l", text), cast(CandidateLicence.code, text),
               literal(None, text), literal(None, Float))
        .where(CandidateLicence.candidate_id.in_(ids)),
        select(raw(CandidateLanguage.candidate_id), literal("g", text), cast(CandidateLanguage.language, text),
               cast(CandidateLanguage.level, text), literal(None, Float))
        .where(CandidateLanguage.candidate_id.in_(ids)),
    )


_fold = lru_cache(maxsize=16384)(fold)  # requirement values repeat across thousands of orders
_NO_HISTORY = dm.CompanyHistory()


def _requirements_sql(ids: Sequence[str], dialect: str) -> Any:
    return (select(raw_id_column(JobOrderRequirement.job_order_id, dialect).label("job_order_id"),
                   JobOrderRequirement.kind, JobOrderRequirement.value, JobOrderRequirement.level,
                   JobOrderRequirement.hard)
            .where(JobOrderRequirement.job_order_id.in_(ids)))


def _dashed(raw: Any) -> str:
    """The canonical id from a raw one: SQLite keeps 32 hex digits, and slicing them is ten
    times cheaper than parsing each id as a UUID (thousands of rows per search)."""
    text = str(raw)
    if len(text) == 32 and "-" not in text:
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}".lower()
    return text.lower()


def _job_rows_sql(dialect: str) -> Any:
    """Columns of a job order its matching profile needs (location: order, workplace, company).
    Ids come raw (see ``_dashed``)."""
    location = func.coalesce(JobOrder.location_postcode, Workplace.postcode, Company.postcode)
    return (
        select(raw_id_column(JobOrder.id, dialect).label("id"), JobOrder.title, JobOrder.disco_code,
               raw_id_column(JobOrder.company_id, dialect).label("company_id"),
               raw_id_column(JobOrder.workplace_id, dialect).label("workplace_id"),
               JobOrder.hours_per_week, JobOrder.start_date,
               JobOrder.schemes_allowed, JobOrder.status, location.label("location"),
               Company.name.label("company_name"), Company.sector)
        .join(Company, Company.id == JobOrder.company_id)
        .outerjoin(Workplace, Workplace.id == JobOrder.workplace_id)
        .where(JobOrder.deleted_at.is_(None), Company.deleted_at.is_(None))
    )


# --------------------------------------------------------------------------- searches


@dataclass
class _Stage:
    """What the candidate search has read so far."""

    pending: list[_Pending] = field(default_factory=list)
    results: list[dm.MatchResult] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def cut(self, top: int) -> float | None:
        return float(self.results[top - 1].score) if len(self.results) >= top else None

    def needs_more(self, best_outside: int, top: int, min_score: int) -> bool:
        """Could anyone not read yet enter the top N?"""
        if best_outside < min_score:
            return False
        return len(self.results) < top or best_outside >= self.results[top - 1].score


class _CandidateSearch:
    """Job order → candidates: tier by DISCO minor group, bound, threshold search.

    A cheap sample (the best-ranked wishes in the tier) gives a provisional N-th score first;
    the tier query then keeps only rows whose SQL-side bound (occupation, a lower bound of the
    distance, required tags and licences held) can still reach it, so a common occupation
    shared by thousands of citizens costs a few hundred rows, not thousands.
    """

    FIRST_GUESS_BELOW = 8  # the first cut: this many points below the best possible score

    def __init__(self, service: MatchingService, session, job: dm.JobProfile,  # noqa: ANN001
                 weights: dm.MatchWeights, on_date: date, max_km: float | None) -> None:
        self.service, self.s, self.job, self.weights = service, session, job, weights
        self.on_date, self.max_km = on_date, max_km
        self.places = service.places()
        self.bound = ScoreBound(weights, on_date)
        self.hints = dm.candidate_prefilter(job, on_date)
        self.place = self.places.get(job.postcode) if job.lat is not None else None
        if self.place is None and job.lat is not None:
            self.place = Place(job.lat, job.lon, False)
        self.km = self.places.distances_from(self.place) if self.place else {}
        self.req_tags = sorted({fold(r.name)[:200] for r in (*job.skills, *job.certificates)})
        self.req_lics = sorted({dm.normalize_licence(r.name) for r in job.driving_licences})
        self.hard_lics = {dm.normalize_licence(r.name) for r in job.driving_licences if r.hard}
        self.company = job.history.fraction()
        self.start_ord = self.bound.start_ord(job.start_date)
        codes = [p for p in self.hints.disco_prefixes if len(p) <= 3]
        self.prefix = codes[0] if codes else None
        self.prefiltered = 0
        self.notes: list[str] = []
        self.cache: dict[str, tuple[dm.CandidateProfile, dict[str, Any]]] = {}
        self._cos = math.cos(math.radians(min(89.0, max(abs(self.place.lat), self.places.max_abs_lat)))) \
            if self.place else 1.0

    # ---- SQL
    def _unknown_place(self) -> Any:
        offshore = self.places.offshore
        return or_(RefPostcode.lat.is_(None), Candidate.postcode.in_(offshore)) if offshore \
            else RefPostcode.lat.is_(None)

    def _km_lower_bound(self) -> Any:
        """A lower bound of the great-circle km to the workplace, from the latitude and the
        longitude gap (a meridian arc is the shortest way between two latitudes)."""
        dlat = func.abs(RefPostcode.lat - self.place.lat) * (_KM_PER_DEGREE * 0.999)
        dlon = func.abs(RefPostcode.lon - self.place.lon) * (_KM_PER_DEGREE * self._cos * 0.98)
        return case((dlat > dlon, dlat), else_=dlon)

    def _hard_conditions(self) -> list[Any]:
        conds = [or_(Candidate.available_from.is_(None),
                     Candidate.available_from <= self.hints.available_by)]
        for allowed in self.hints.hard_licences_any_of:
            conds.append(exists().where(CandidateLicence.candidate_id == Candidate.id,
                                        normalized_licence_sql(CandidateLicence.code).in_(sorted(allowed))))
        for tag in sorted(self.hints.hard_tags):
            conds.append(exists().where(CandidateTag.candidate_id == Candidate.id,
                                        CandidateTag.folded == tag[:200]))
        return conds

    def _box(self) -> Any:
        """No candidate beyond their own commute (or the chosen maximum) gets through."""
        if self.place is None:
            return None
        km = self._km_lower_bound()
        unknown = self._unknown_place()
        conds = [or_(Candidate.max_commute_km.is_(None), unknown, km <= Candidate.max_commute_km)]
        if self.max_km is not None:
            conds.append(or_(unknown, km <= self.max_km))
        return and_(*conds)

    def _tag_count(self, cid: Any = None) -> Any:
        if not self.req_tags:
            return literal(0)
        cid = Candidate.id if cid is None else cid
        return (select(func.count(CandidateTag.folded.distinct()))
                .where(CandidateTag.candidate_id == cid, CandidateTag.folded.in_(self.req_tags))
                .scalar_subquery())

    def _soft_licences_held(self, cid: Any = None) -> Any:
        cid = Candidate.id if cid is None else cid
        held = [case((exists().where(CandidateLicence.candidate_id == cid,
                                     normalized_licence_sql(CandidateLicence.code).in_(
                                         sorted(dm.licences_implying(code)))), 1), else_=0)
                for code in self.req_lics if code not in self.hard_lics]
        return sum(held[1:], held[0]) if held else literal(0)

    def _sql_bound(self, occupation: Any, cheap: bool = False, cid: Any = None) -> Any:
        """The bound in SQL: as ``ScoreBound`` but with a lower bound of the distance and the
        language and availability parts counted as full (``cheap``: skills and licences too).
        With ``cid`` (a candidate id column other than the candidate table's) the distance
        counts as full too, so the bound can be applied before a candidate row is read."""
        w = self.bound.w
        const = w["language"] + w["availability"] + w["company"] * self.company + 1e-6
        n_tags, n_lics = len(self.req_tags), len(self.req_lics)
        if cheap:
            n_tags = n_lics = 0
        if n_tags:
            skills = self._at_least_zero(1.0 - dm.SKILL_PENALTY * (n_tags - self._tag_count(cid)))
        else:
            skills = literal(1.0)
        if cid is not None:
            n_lics = 0  # before the join: licences count as held (cheaper, still a bound)
        if n_lics:
            missing_l = n_lics - len(self.hard_lics) - self._soft_licences_held(cid)
            licence = self._at_least_zero(1.0 - dm.LICENCE_PENALTY * missing_l)
        else:
            licence = literal(1.0)
        if cid is not None:
            distance = literal(1.0)
        elif self.place is None:
            distance = literal(0.0)
        else:
            scale = case((Candidate.max_commute_km.is_(None), dm.DEFAULT_COMMUTE_KM),
                         (Candidate.max_commute_km < 1, 1.0), else_=Candidate.max_commute_km)
            distance = case((self._unknown_place(), 1.0),
                            else_=1.0 - self._km_lower_bound() / (scale * 2.0))
        return (occupation * w["occupation"] + skills * w["skills"] + licence * w["licence"]
                + distance * w["distance"] + const)

    def _at_least_zero(self, value: Any) -> Any:
        return self._greatest(value, 0.0)

    def _greatest(self, value: Any, floor: Any) -> Any:
        # A scalar maximum, not a CASE: a CASE would repeat (and run twice) the subqueries inside.
        if self.service.ctx.dialect == "sqlite":
            return func.max(value, floor)
        return func.greatest(value, floor)

    def _columns(self, occupation: Any) -> list[Any]:
        return [Candidate.id, occupation.label("f"), Candidate.postcode, Candidate.max_commute_km,
                Candidate.available_from, Candidate.hours_wanted, self._tag_count().label("tags"),
                self._soft_licences_held().label("licences")]

    def _tier(self, prefix: str, cut: float | None = None, hard: bool = True) -> Any:
        """Occupation rows (wishes and experience) under ``prefix`` with a bound of the
        candidate's occupation factor: the row's own, or what any other row of theirs, sharing
        fewer digits with the job, could give at most."""
        code = self.job.disco_code or ""
        outside = dm.LEVEL_FACTORS.get(len(prefix) - 1, 0.0)
        occ_f = self._greatest(occupation_level_sql(CandidateOccupation.disco_code, code)
                               * desired_rank_sql(CandidateOccupation.rank), outside)
        exp_f = self._greatest(occupation_level_sql(CandidateExperience.disco_code, code)
                               * experience_sql(CandidateExperience.years), outside)
        occ = select(CandidateOccupation.candidate_id.label("cid"), occ_f.label("f")
                     ).where(prefix_range(CandidateOccupation.disco_code, prefix))
        exp = select(CandidateExperience.candidate_id.label("cid"), exp_f.label("f")
                     ).where(CandidateExperience.disco_code.isnot(None),
                             prefix_range(CandidateExperience.disco_code, prefix))
        if hard:
            # Hard certificates and licences are checked on the occupation row already (index
            # probes), so a citizen without them never costs a candidate-row read.
            occ = occ.where(*self._holds_hard(CandidateOccupation.candidate_id))
            exp = exp.where(*self._holds_hard(CandidateExperience.candidate_id))
        if cut is not None:
            # What the occupation, tag and licence indexes alone decide: most rows of a common
            # occupation stop here, before their candidate row is read.
            occ = occ.where(self._sql_bound(occ_f, cid=CandidateOccupation.candidate_id) >= cut - 0.5)
            exp = exp.where(self._sql_bound(exp_f, cid=CandidateExperience.candidate_id) >= cut - 0.5)
        # Materialised: otherwise SQLite pushes the join into the experience branch and drives it
        # from every candidate row instead of from the (small) experience table.
        return union_all(occ, exp).cte("tier").prefix_with("MATERIALIZED")

    def _tier_sql(self, hard: bool, cut: float | None = None, prefix: str | None = None) -> Any:
        tier = self._tier(prefix or self.prefix, cut if hard else None, hard)
        stmt = (select(*self._columns(tier.c.f)).select_from(tier)
                .join(Candidate, Candidate.id == tier.c.cid)
                .outerjoin(RefPostcode, RefPostcode.postnr == Candidate.postcode)
                .where(live_candidate()))
        return self._filtered(stmt, hard, cut, tier.c.f)

    def _rest_sql(self, hard: bool, cut: float | None, outside: str | None) -> Any:
        """Citizens sharing no digit of the job's code (``outside`` its major group)."""
        stmt = (select(*self._columns(literal(0.0)))
                .select_from(Candidate)
                .outerjoin(RefPostcode, RefPostcode.postnr == Candidate.postcode)
                .where(live_candidate()))
        if outside:
            stmt = stmt.where(
                ~exists().where(CandidateOccupation.candidate_id == Candidate.id,
                                prefix_range(CandidateOccupation.disco_code, outside)),
                ~exists().where(CandidateExperience.candidate_id == Candidate.id,
                                prefix_range(CandidateExperience.disco_code, outside)))
        holders = self._hard_holders() if hard else None
        if holders is not None:
            # Everyone left must hold every hard requirement: start from those who do.
            stmt = stmt.where(Candidate.id.in_(holders))
        return self._filtered(stmt, hard, cut, literal(0.0))

    def _holders_sql(self, holders: Any, outside: str, cut: float | None) -> Any:
        """Citizens holding every hard requirement, with no occupation under ``outside``; their
        occupation factor read from all their wishes and experience."""
        code = self.job.disco_code or ""
        wish = (select(func.max(occupation_level_sql(CandidateOccupation.disco_code, code)
                                * desired_rank_sql(CandidateOccupation.rank)))
                .where(CandidateOccupation.candidate_id == Candidate.id).scalar_subquery())
        worked = (select(func.max(occupation_level_sql(CandidateExperience.disco_code, code)
                                  * experience_sql(CandidateExperience.years)))
                  .where(CandidateExperience.candidate_id == Candidate.id,
                         CandidateExperience.disco_code.isnot(None)).scalar_subquery())
        occupation = self._greatest(func.coalesce(wish, 0.0), func.coalesce(worked, 0.0))
        stmt = (select(*self._columns(occupation)).select_from(Candidate)
                .outerjoin(RefPostcode, RefPostcode.postnr == Candidate.postcode)
                .where(live_candidate(), Candidate.id.in_(holders),
                       ~exists().where(CandidateOccupation.candidate_id == Candidate.id,
                                       prefix_range(CandidateOccupation.disco_code, outside)),
                       ~exists().where(CandidateExperience.candidate_id == Candidate.id,
                                       prefix_range(CandidateExperience.disco_code, outside))))
        return self._filtered(stmt, True, cut, occupation)

    def _holds_hard(self, cid: Any) -> list[Any]:
        conds = [exists().where(CandidateTag.candidate_id == cid, CandidateTag.folded == tag[:200])
                 for tag in sorted(self.hints.hard_tags)]
        conds += [exists().where(CandidateLicence.candidate_id == cid,
                                 normalized_licence_sql(CandidateLicence.code).in_(sorted(allowed)))
                  for allowed in self.hints.hard_licences_any_of]
        return conds

    def _hard_holders(self) -> Any:
        """SQL: the citizens holding every hard certificate, skill and licence (None if the
        job has none)."""
        sets = [select(CandidateTag.candidate_id).where(CandidateTag.folded == tag[:200])
                for tag in sorted(self.hints.hard_tags)]
        sets += [select(CandidateLicence.candidate_id).where(CandidateLicence.code.in_(
                     sorted({*allowed, *(c.lower() for c in allowed)})))
                 for allowed in self.hints.hard_licences_any_of]
        if not sets:
            return None
        return sets[0] if len(sets) == 1 else intersect(*sets)

    def _filtered(self, stmt: Any, hard: bool, cut: float | None, occupation: Any) -> Any:
        hard_conds = self._hard_conditions()
        if hard:
            stmt = stmt.where(*hard_conds)
            box = self._box()
            if box is not None:
                stmt = stmt.where(box)
            if cut is not None:
                # The cheap bound (no subqueries) first, so only rows passing it pay for them.
                stmt = stmt.where(self._sql_bound(occupation, cheap=True) >= cut - 0.5,
                                  self._sql_bound(occupation) >= cut - 0.5)
            return stmt
        stmt = stmt.add_columns(case((and_(*hard_conds), 1), else_=0).label("hard_ok"))
        if self.max_km is not None and self.place is not None:
            # Only the chosen maximum distance limits excluded rows; their own commute is one
            # of the things that may exclude them.
            stmt = stmt.where(or_(self._unknown_place(), self._km_lower_bound() <= self.max_km))
        return stmt

    # ---- rows → pending
    def _pending(self, rows: Iterable[Any], hard: bool) -> tuple[list[_Pending], list[_Pending]]:
        best: dict[str, _Pending] = {}
        n_tags, n_lics = len(self.req_tags), len(self.req_lics)
        n_hard = len(self.hard_lics)
        km_of, max_km, value = self.km, self.max_km, self.bound.value
        job_hours, company, start_ord = self.job.hours_per_week, self.company, self.start_ord
        for r in rows:
            cid = str(r.id)
            km = km_of.get(r.postcode) if r.postcode else None
            limit = r.max_commute_km
            if limit is not None and limit < 0:
                limit = None
            if max_km is not None and km is not None and km > max_km:
                continue
            hard_ok = True if hard else bool(r.hard_ok)
            excluded = (km is not None and limit is not None and km > limit) or not hard_ok
            if hard and excluded:
                continue
            soft_held = int(r.licences or 0)
            bound = value(occupation=float(r.f), missing_tags=n_tags - int(r.tags or 0), n_tags=n_tags,
                          missing_licences=max(0, n_lics - n_hard - soft_held), n_licences=n_lics,
                          km=km, limit=limit, start_ord=start_ord, available=r.available_from,
                          job_hours=job_hours, wanted=_positive(r.hours_wanted), company=company)
            kept = best.get(cid)
            if kept is None or bound > kept.bound:
                best[cid] = _Pending(bound, km, cid, excluded)
        included = [p for p in best.values() if not p.excluded]
        return included, [p for p in best.values() if p.excluded]

    def _load(self, ids: list[str]) -> list[dm.CandidateProfile]:
        missing = [i for i in ids if i not in self.cache]
        if missing:
            self.cache.update(self.service._candidate_profiles(self.s, missing, day=self.on_date))
        return [self.cache[i][0] for i in ids if i in self.cache]

    def _rank(self, top: int, min_score: int, excluded: bool) -> Callable[[list[Any]], list[dm.MatchResult]]:
        def rank(profiles: list[Any]) -> list[dm.MatchResult]:
            if not excluded:
                return dm.rank(self.job, profiles, self.weights, self.on_date, top=top,
                               min_score=min_score, max_distance_km=self.max_km)
            everything = dm.rank(self.job, profiles, self.weights, self.on_date, top=None,
                                 min_score=min_score, max_distance_km=self.max_km, include_excluded=True)
            return [r for r in everything if r.excluded][:top]
        return rank

    def _search(self, pending: list[_Pending], top: int, min_score: int) -> list[dm.MatchResult]:
        results, _ = threshold_search(pending, self._load, self._rank(top, min_score, False),
                                      top, min_score, lambda r: r.candidate_id)
        return results

    # ---- run
    def run(self, top: int, min_score: int, include_excluded: bool) -> tuple[list[MatchRow], int]:
        """Stages from the closest occupation outwards: the minor group (3 digits), then 2 and 1
        digits in common, then no digit. A stage is read only while someone in it could still
        enter the top N; the first one starts from a guessed cut (see ``_read``)."""
        w = self.bound.w
        others = w["company"] * self.company + sum(v for k, v in w.items() if k not in ("occupation", "company"))
        prefixes = [self.prefix[:n] for n in range(len(self.prefix), 0, -1)] if self.prefix else []
        state = _Stage()
        holders = self._hard_holders()
        for i, prefix in enumerate(prefixes):
            self._read(state, True, top, min_score, prefix, guess=i == 0)
            cap = dm.LEVEL_FACTORS.get(len(prefix) - 1, 0.0)  # the best left outside ``prefix``
            if not state.needs_more(best_possible(w["occupation"] * cap + others), top, min_score):
                break
            if holders is not None:
                # Hard requirements: everyone else who holds them, read from the (smaller)
                # lists of holders rather than from ever wider occupation groups.
                rows = self.s.execute(self._holders_sql(holders, prefix, state.cut(top))).all()
                self._take(state, rows, True, top, min_score)
                break
        else:
            if state.needs_more(best_possible(others), top, min_score):
                rows = self.s.execute(self._rest_sql(True, state.cut(top), prefixes[-1] if prefixes
                                                     else None)).all()
                self._take(state, rows, True, top, min_score)
                if prefixes and rows:
                    self.notes.append("Også borgere uden fag i samme hovedgruppe er gennemgået, fordi "
                                      "de bedste med beslægtet fag ikke scorer højt nok.")
        out = [self._row(r) for r in state.results]
        if include_excluded:
            out += [self._row(r) for r in self._excluded(top, min_score, prefixes, others)]
        return out, len(self.cache)

    def _read(self, state: _Stage, hard: bool, top: int, min_score: int, prefix: str,
              guess: bool) -> None:
        """Read one stage. With ``guess`` the first cut is a few points below the best possible
        score; if the top N then reach it, nobody left out can beat them. Otherwise the N-th
        score found (a floor of the true one) is the next cut, which settles it."""
        w = self.bound.w
        ceiling = best_possible(sum(v for k, v in w.items() if k != "company") + w["company"] * self.company)
        cut = float(max(min_score, ceiling - self.FIRST_GUESS_BELOW)) if guess else state.cut(top)
        while True:
            rows = self.s.execute(self._tier_sql(hard, cut, prefix)).all()
            self._take(state, rows, hard, top, min_score)
            if not guess or cut is None or (len(state.results) >= top and state.results[top - 1].score >= cut):
                return
            guess = False
            cut = state.cut(top)
            if cut is None:
                state.seen.clear()  # read the whole stage again, without a cut

    def _take(self, state: _Stage, rows: Sequence[Any], hard: bool, top: int, min_score: int) -> None:
        self.prefiltered += len(rows)
        included, _ = self._pending(rows, hard)
        fresh = [p for p in included if p.id not in state.seen]
        state.seen.update(p.id for p in included)
        kept = {r.candidate_id for r in state.results}
        fresh = [p for p in fresh if p.id not in kept]
        state.pending = [p for p in state.pending if p.id in kept] + fresh
        state.results = self._search(state.pending, top, min_score)

    def _excluded(self, top: int, min_score: int, prefixes: list[str], others: float) -> list[dm.MatchResult]:
        """The best-scoring excluded candidates (a hard requirement not met), stage by stage
        like the included ones, plus any the domain excludes among the profiles already read
        (e.g. a language requirement SQL does not check)."""
        w = self.bound.w
        rank = self._rank(top, min_score, True)
        pending: list[_Pending] = []
        seen: set[str] = set()
        found: list[dm.MatchResult] = []
        stages = [(p, dm.LEVEL_FACTORS.get(len(p) - 1, 0.0)) for p in prefixes] + [(None, None)]
        for prefix, cap in stages:
            if prefix is not None:
                rows = self.s.execute(self._tier_sql(False, None, prefix)).all()
            else:
                rows = self.s.execute(self._rest_sql(False, None, prefixes[-1] if prefixes else None)).all()
            self.prefiltered += len(rows)
            fresh = [p for p in self._pending(rows, False)[1] if p.id not in seen]
            seen.update(p.id for p in fresh)
            kept = {r.candidate_id for r in found}
            pending = [p for p in pending if p.id in kept] + fresh
            found, _ = threshold_search(pending, self._load, rank, top, min_score, lambda r: r.candidate_id)
            if cap is None:
                break
            best_outside = best_possible(w["occupation"] * cap + others)
            if best_outside < min_score or (len(found) >= top and best_outside < found[top - 1].score):
                break
        others_read = [p for cid, (p, _) in self.cache.items() if cid not in seen]
        merged = {r.candidate_id: r for r in [*found, *(rank(others_read) if others_read else [])]}
        return sorted(merged.values(), key=result_order)[:top]

    def _row(self, result: dm.MatchResult) -> MatchRow:
        cand, info = self.cache[str(result.candidate_id)]
        return self.service._candidate_row(result, cand, info,
                                           job_approx=bool(self.place and self.place.approx))


class _JobSearch:
    """Candidate → open job orders: tier by the candidate's DISCO minor groups.

    Tier rows come with their requirements, so their bound is nearly the score; rows outside
    the tier (read only when the tier cannot fill the top N) are limited in SQL to the
    citizen's commute and read their requirements only when loaded.
    """

    def __init__(self, service: MatchingService, session, cand: dm.CandidateProfile,  # noqa: ANN001
                 info: dict[str, Any], weights: dm.MatchWeights, on_date: date, max_km: float | None) -> None:
        self.service, self.s, self.cand, self.info = service, session, cand, info
        self.weights, self.on_date, self.max_km = weights, on_date, max_km
        self.places = service.places()
        self.bound = ScoreBound(weights, on_date)
        self.hints = dm.job_prefilter(cand)
        self.place = Place(cand.lat, cand.lon, bool(info["approx"])) if cand.lat is not None else None
        self.km = self.places.distances_from(self.place) if self.place else {}
        codes = [*cand.desired_occupations, *(e.disco_code for e in cand.experience)]
        self.prefixes = sorted({c[:3] for c in codes if c})
        self.tags = frozenset(fold(t) for t in (*cand.skills, *cand.certificates))
        self.lics = dm.implied_licences(cand.driving_licences)
        self.langs = {fold(k): dm.language_level_rank(v) for k, v in cand.languages.items()}
        self.prefiltered = 0
        self.notes: list[str] = []
        self.data: dict[str, tuple[Any, list[Any] | None]] = {}
        self.histories: dict[str, dm.CompanyHistory] = {}
        self.occ_cache: dict[str | None, float] = {}
        self.profiles: dict[str, tuple[dm.JobProfile, dict[str, Any]]] = {}

    def _occupation(self, code: str | None) -> float:
        found = self.occ_cache.get(code)
        if found is None:
            probe = dm.JobProfile(id="probe", company_id="probe", disco_code=_clean_code(code))
            part = dm.score(probe, self.cand, self.weights, self.on_date).parts["occupation"]
            found = part.points / part.max_points if part.max_points else 0.0
            self.occ_cache[code] = found
        return found

    def _reachable(self, needed_distance: float | None = None) -> Any:
        """SQL: the job lies within the citizen's commute and the chosen maximum (or its place
        is unknown). Exact, because the postcodes in reach are listed from the same centres.

        ``needed_distance``: the share of the distance points a job must earn to still make the
        top N (from the bound), which narrows the reach further.
        """
        limits = [x for x in (self.cand.max_commute_km, self.max_km) if x is not None]
        if needed_distance is not None and needed_distance > 0:
            # The distance part is 1 - km / (2 × scale): it reaches ``needed`` only this close.
            limit = self.cand.max_commute_km
            scale = max(dm.DEFAULT_COMMUTE_KM if limit is None else float(limit), 1.0)
            limits.append(2.0 * scale * (1.0 - min(1.0, needed_distance)))
        if self.place is None or not limits:
            return None
        reach = min(limits)
        near = sorted(pc for pc, km in self.km.items() if km <= reach)
        location = func.coalesce(JobOrder.location_postcode, Workplace.postcode, Company.postcode)
        unknown = sorted(set(self.places.offshore) | {pc for pc in near if self.places.get(pc).approx})
        return or_(location.is_(None), location.in_(near), ~location.in_(sorted(self.places.places)),
                   location.in_(unknown) if unknown else literal(False))

    def _requirements(self, ids: Sequence[str]) -> dict[str, list[Any]]:
        reqs: dict[str, list[Any]] = {i: [] for i in ids}
        for part in _chunks(list(ids)):
            for q in self.s.execute(_requirements_sql(part, self.service.ctx.dialect)).all():
                reqs.setdefault(_dashed(q.job_order_id), []).append(q)
        return reqs

    def _fetch(self, condition: Any, with_requirements: bool,
               needed_distance: float | None = None) -> list[_Pending]:
        stmt = _job_rows_sql(self.service.ctx.dialect).where(JobOrder.status.in_(MATCH_STATUSES), condition)
        reach = self._reachable(needed_distance)
        if reach is not None:
            stmt = stmt.where(reach)
        rows = self.s.execute(stmt).all()
        self.prefiltered += len(rows)
        reqs = self._requirements([_dashed(r.id) for r in rows]) if with_requirements else None
        new_companies = {_dashed(r.company_id) for r in rows} - set(self.histories)
        self.histories.update(self.service._histories(self.s, new_companies))
        return self._pending(rows, reqs)

    def _pending(self, rows: Sequence[Any], reqs: dict[str, list[Any]] | None) -> list[_Pending]:
        out = []
        limit = self.cand.max_commute_km
        fold_ = _fold
        for r in rows:
            jid = _dashed(r.id)
            own = reqs.get(jid, []) if reqs is not None else None
            self.data[jid] = (r, own)
            km = self.km.get(r.location) if (r.location and self.place) else None
            if km is not None and self.max_km is not None and km > self.max_km:
                continue
            start_ord = self.bound.start_ord(r.start_date)
            excluded = (km is not None and limit is not None and km > limit) or (
                self.cand.available_from is not None
                and self.cand.available_from.toordinal() - start_ord > dm.AVAILABILITY_HARD_GAP_DAYS)
            tags: set[str] = set()
            lics: set[str] = set()
            if own is not None:
                for q in own:
                    value = (q.value or "").strip()
                    if not value:
                        continue
                    if q.kind in ("skill", "certificate"):
                        tags.add(fold_(value))
                        excluded = excluded or (q.hard and fold_(value) not in self.tags)
                    elif q.kind == "licence":
                        lics.add(dm.normalize_licence(value))
                        excluded = excluded or (q.hard and dm.normalize_licence(value) not in self.lics)
                excluded = excluded or self._hard_language_fails(own)
            history = self.histories.get(_dashed(r.company_id), _NO_HISTORY)
            bound = self.bound.value(
                occupation=self._occupation(r.disco_code), missing_tags=len(tags - self.tags),
                n_tags=len(tags), missing_licences=len(lics - self.lics), n_licences=len(lics),
                km=km, limit=limit, start_ord=start_ord, available=self.cand.available_from,
                job_hours=_positive(r.hours_per_week), wanted=self.cand.hours_wanted,
                company=history.fraction())
            out.append(_Pending(bound, km, jid, excluded))
        return out

    def _hard_language_fails(self, reqs: Iterable[Any]) -> bool:
        for q in reqs:
            if q.kind == "language" and q.hard and (q.value or "").strip():
                try:
                    need = dm.language_level_rank((q.level or "").strip() or dm.LANGUAGE_LEVELS[0])
                except ValidationError:
                    continue
                if self.langs.get(fold(q.value.strip()), 0) < need:
                    return True
        return False

    def _load(self, ids: list[str]) -> list[dm.JobProfile]:
        lazy = [i for i in ids if i not in self.profiles and self.data[i][1] is None]
        if lazy:
            for jid, reqs in self._requirements(lazy).items():
                self.data[jid] = (self.data[jid][0], reqs)
        for jid in ids:
            if jid not in self.profiles:
                row, reqs = self.data[jid]
                self.profiles[jid] = self.service._job_profile(row, reqs or (), self.histories)
        return [self.profiles[i][0] for i in ids]

    def _rank(self, top: int, min_score: int, excluded: bool) -> Callable[[list[Any]], list[dm.MatchResult]]:
        def rank(profiles: list[Any]) -> list[dm.MatchResult]:
            if not excluded:
                return dm.rank_jobs(self.cand, profiles, self.weights, self.on_date, top=top,
                                    min_score=min_score, max_distance_km=self.max_km)
            everything = dm.rank_jobs(self.cand, profiles, self.weights, self.on_date, top=None,
                                      min_score=min_score, max_distance_km=self.max_km,
                                      include_excluded=True)
            return [r for r in everything if r.excluded][:top]
        return rank

    def run(self, top: int, min_score: int, include_excluded: bool) -> tuple[list[MatchRow], int]:
        """Stages like the candidate search: job orders in the citizen's minor groups, then
        sharing 2 digits, 1 digit, none. Later stages read only job orders near enough to
        still earn the distance points the N-th result leaves them to find."""
        codes = [*self.cand.desired_occupations, *(e.disco_code for e in self.cand.experience)]
        levels = [sorted({c[:n] for c in codes if c}) for n in (3, 2, 1)] if codes else []
        rank = self._rank(top, min_score, False)
        w = self.bound.w
        others = sum(v for k, v in w.items() if k not in ("occupation", "distance"))
        pending: list[_Pending] = []
        results: list[dm.MatchResult] = []
        inside: list[str] = []  # prefixes already read
        for depth, prefixes in enumerate([*levels, []]):
            cap = 1.0 if depth == 0 else dm.LEVEL_FACTORS.get(3 - depth, 0.0)  # best occupation here
            if depth and not (include_excluded or best_possible(w["occupation"] * cap + others + w["distance"])
                              >= max(min_score, results[top - 1].score if len(results) >= top else 0)):
                break
            if depth == len(levels):
                condition = or_(JobOrder.disco_code.is_(None),
                                and_(*(not_(prefix_range(JobOrder.disco_code, p)) for p in inside))) \
                    if inside else literal(True)
            else:
                condition = and_(or_(*(prefix_range(JobOrder.disco_code, p) for p in prefixes)),
                                 *(not_(prefix_range(JobOrder.disco_code, p)) for p in inside))
            needed = None
            if depth and len(results) >= top and not include_excluded and w["distance"]:
                needed = (results[top - 1].score - 0.5 - w["occupation"] * cap - others) / w["distance"]
            more = self._fetch(condition, with_requirements=depth < 2, needed_distance=needed)
            kept = {r.job_id for r in results}
            results, _ = threshold_search([p for p in pending if p.id in kept]
                                          + [p for p in more if not p.excluded], self._load, rank, top,
                                          min_score, lambda r: r.job_id)
            pending += more
            inside = list(prefixes) or inside
        rows = [self._row(r) for r in results]
        if include_excluded:
            known = {p.id for p in pending if p.excluded}
            found, _ = threshold_search([p for p in pending if p.excluded], self._load,
                                        self._rank(top, min_score, True), top, min_score,
                                        lambda r: r.job_id)
            extra_profiles = [p for jid, (p, _) in self.profiles.items() if jid not in known]
            extra = self._rank(top, min_score, True)(extra_profiles) if extra_profiles else []
            merged = {r.job_id: r for r in [*found, *extra]}
            rows += [self._row(r) for r in sorted(merged.values(),
                                                   key=lambda r: result_order(r, by_job=True))[:top]]
        return rows, len(self.profiles)

    def _row(self, result: dm.MatchResult) -> MatchRow:
        job, info = self.profiles[str(result.job_id)]
        return self.service._job_row(result, job, info, self.cand, bool(self.info["approx"]))


class _CompanySearch(_JobSearch):
    """Candidate → companies without a job order: those that took placements in the citizen's
    occupations (by the job order or, without one, by the placed citizen's first wish), that
    posted job orders in them before, or that have an agreement in force. A company row is
    scored as a job in its best-fitting occupation with no requirements and no hours."""

    def _sources(self, with_occupation: bool) -> Any:
        """SQL: (company id, DISCO code or NULL): companies with the citizen's occupations in
        their history, or (``with_occupation`` False) those with an agreement in force."""
        if not with_occupation:
            today = self.on_date
            return (select(Agreement.company_id.label("company_id"), literal(None, String(6)).label("code"))
                    .where(Agreement.deleted_at.is_(None), Agreement.start <= today,
                           or_(Agreement.end.is_(None), Agreement.end >= today))).subquery("sources")
        return union_all(
            select(JobOrder.company_id.label("company_id"), JobOrder.disco_code.label("code"))
            .where(JobOrder.deleted_at.is_(None),
                   or_(*(prefix_range(JobOrder.disco_code, p) for p in self.prefixes))),
            select(Placement.company_id, CandidateOccupation.disco_code)
            .join(CandidateOccupation, and_(CandidateOccupation.candidate_id == Placement.candidate_id,
                                            CandidateOccupation.rank == 1))
            .where(Placement.deleted_at.is_(None), Placement.job_order_id.is_(None),
                   Placement.status != "cancelled",
                   or_(*(prefix_range(CandidateOccupation.disco_code, p) for p in self.prefixes))),
        ).subquery("sources")

    def _companies(self, with_occupation: bool, include_excluded: bool,
                   needed_distance: float | None = None) -> list[_Pending]:
        sources = self._sources(with_occupation)
        dialect = self.service.ctx.dialect
        stmt = (select(raw_id_column(Company.id, dialect).label("id"), Company.name, Company.postcode,
                       Company.sector, Company.status, sources.c.code)
                .join(sources, sources.c.company_id == Company.id)
                .where(Company.deleted_at.is_(None), Company.status != "closed"))
        limits = [x for x in (None if include_excluded else self.cand.max_commute_km, self.max_km)
                  if x is not None]
        if needed_distance is not None and needed_distance > 0:
            limit = self.cand.max_commute_km
            scale = max(dm.DEFAULT_COMMUTE_KM if limit is None else float(limit), 1.0)
            limits.append(2.0 * scale * (1.0 - min(1.0, needed_distance)))
        if self.place is not None and limits:
            near = sorted(pc for pc, km in self.km.items() if km <= min(limits))
            unknown = sorted(set(self.places.offshore) | {pc for pc in near if self.places.get(pc).approx})
            stmt = stmt.where(or_(Company.postcode.is_(None), Company.postcode.in_(near),
                                  ~Company.postcode.in_(sorted(self.places.places)),
                                  Company.postcode.in_(unknown) if unknown else literal(False)))
        codes: dict[str, set[str]] = {}
        companies: dict[str, Any] = {}
        for r in self.s.execute(stmt).all():
            cid = _dashed(r.id)
            if cid in self.data:
                continue  # already read for another reason
            companies[cid] = r
            if r.code:
                codes.setdefault(cid, set()).add(r.code)
        self.prefiltered += len(companies)
        self.histories.update(self.service._histories(self.s, list(companies)))
        pending: list[_Pending] = []
        limit = self.cand.max_commute_km
        for cid, r in companies.items():
            best_code = max(sorted(codes.get(cid, ())) or [None], key=self._occupation)
            km = self.km.get(r.postcode) if (r.postcode and self.place) else None
            if km is not None and self.max_km is not None and km > self.max_km:
                continue
            excluded = km is not None and limit is not None and km > limit
            history = self.histories.get(cid, _NO_HISTORY)
            self.data[cid] = (r, best_code)
            bound = self.bound.value(
                occupation=self._occupation(best_code), missing_tags=0, n_tags=0, missing_licences=0,
                n_licences=0, km=km, limit=limit, start_ord=self.bound.on_ord,
                available=self.cand.available_from, job_hours=None, wanted=self.cand.hours_wanted,
                company=history.fraction())
            pending.append(_Pending(bound, km, cid, excluded))
        return pending

    def run(self, top: int, min_score: int, include_excluded: bool) -> tuple[list[MatchRow], int]:
        """Companies with the citizen's occupations first; those that only have an agreement
        (no occupation points) are read only if they could still reach the top N."""
        rank = self._rank(top, min_score, False)
        pending = self._companies(True, include_excluded) if self.prefixes else []
        results, _ = threshold_search([p for p in pending if not p.excluded], self._load, rank, top,
                                      min_score, lambda r: r.job_id)
        w = self.bound.w
        others = sum(v for k, v in w.items() if k != "occupation")
        if best_possible(others) >= min_score and (include_excluded or len(results) < top
                                                   or best_possible(others) >= results[top - 1].score):
            needed = None
            if len(results) >= top and not include_excluded and w["distance"]:
                needed = (results[top - 1].score - 0.5 - (others - w["distance"])) / w["distance"]
            more = self._companies(False, include_excluded, needed)
            kept = {r.job_id for r in results}
            results, _ = threshold_search([p for p in pending if p.id in kept]
                                          + [p for p in more if not p.excluded], self._load, rank, top,
                                          min_score, lambda r: r.job_id)
            pending += more
        out = [self._row(r) for r in results]
        if include_excluded:
            found, _ = threshold_search([p for p in pending if p.excluded], self._load,
                                        self._rank(top, min_score, True), top, min_score,
                                        lambda r: r.job_id)
            out += [self._row(r) for r in found]
        return out, len(self.profiles)

    def _load(self, ids: list[str]) -> list[dm.JobProfile]:
        ref = self.service.ctx.reference()
        for cid in ids:
            if cid in self.profiles:
                continue
            r, code = self.data[cid]
            place, note = self.service._locate(r.postcode)
            occupation = ref.occupation(code) if code else None
            pc = ref.postcode(r.postcode) if r.postcode else None
            history = self.histories.get(cid, _NO_HISTORY)
            why = []
            if code:
                why.append(f"fag {code}{' ' + occupation.title if occupation else ''} fra tidligere "
                           "jobordrer eller forløb")
            if history.has_active_agreement:
                why.append("samarbejdsaftale i kraft")
            profile = dm.JobProfile(id=cid, company_id=cid,
                                    title=occupation.title if occupation else "", disco_code=code,
                                    postcode=r.postcode, lat=place.lat if place else None,
                                    lon=place.lon if place else None, history=history)
            self.profiles[cid] = (profile, {
                "title": r.name, "company_name": r.name, "town": pc.town if pc else "",
                "approx": bool(place and place.approx), "location_note": note, "workplace_id": None,
                "schemes_allowed": (), "sector": r.sector, "status": r.status, "notes": (),
                "kind": "company",
                "note": ("Relevant virksomhed: " + "; ".join(why)) if why else ""})
        return [self.profiles[i][0] for i in ids]
