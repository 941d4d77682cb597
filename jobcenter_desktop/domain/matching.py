"""Explained two-way matching of job orders (jobordrer) and candidates (borgere).

This module owns the matching maths of DOMAIN.md section 4: the profiles both sides are
reduced to, the weights, the explained score of one pair, and ranking in both directions
(job → candidates, candidate → jobs). It knows nothing about the database or the UI; the
service layer builds the profiles, resolves postcodes to coordinates (``geo.PostcodeLocator``)
and stores ``MatchResult.to_dict()`` with the ``MediationEvent`` when a candidate is proposed.

Principles, from DOMAIN.md 4.1–4.3:

* Hard requirements filter, soft ones rank, and every factor is shown. A hard failure sets
  ``MatchResult.excluded`` and is listed in ``hard_failures``; it is *not* folded into the
  score, so an excluded candidate's score still says how well the rest fits (useful when the
  consultant considers upskilling, opkvalificering).
* Unknown data (no DISCO code, no coordinates, no dates or hours) gives that factor 0 points,
  an "ukendt" text, and an entry in ``missing_info``; the pair still matches on what is known.
* Profiles carry no age, sex, origin or other protected ground, so nothing can rank on them.
* A candidate without consent is matched internally but never proposed by name
  (``may_propose_by_name``).

Both profiles precompute their matching form once, at construction (folded tags, licence
closure, DISCO prefix keys, coordinates in radians), so scoring a pair is set and dict
look-ups. Ranking keeps the best N in a heap and skips a pair as soon as its best possible
score cannot reach them. A ``ProfilePool`` (profiles indexed once by DISCO prefix, place and
hard requirement) lets ranking skip most pairs without reading them; ``candidate_prefilter``
and ``job_prefilter`` describe the same cheap cuts for a SQL layer.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain, count
from math import floor, inf, isfinite, nan
from typing import Any

from .dates import format_date
from .errors import ValidationError
from .geo import (
    EARTH_RADIUS_KM,
    LatLon,
    RadPoint,
    bounding_box,
    check_coordinates,
    clean_postcode,
    haversine_rad_km,
    no_location_reason,
    to_rad_point,
)
from .text import fold

# ---------------------------------------------------------------------------------------------
# Reference tables (data, not logic)
# ---------------------------------------------------------------------------------------------

# Language levels from lowest to highest. The app stores the Danish names; English names and
# CEFR levels are accepted on input because imported CVs use them.
LANGUAGE_LEVELS: tuple[str, ...] = ("grundlæggende", "godt", "flydende", "modersmål")
LANGUAGE_LEVELS_EN: tuple[str, ...] = ("basic", "good", "fluent", "native")
_LEVEL_ALIASES: dict[str, int] = {
    alias: rank
    for rank, aliases in (
        (1, ("basis", "begynder", "a1", "a2")),
        (2, ("middel", "b1", "b2")),
        (3, ("c1", "c2")),
    )
    for alias in aliases
}

# Driving-licence categories and the categories each one directly includes, so a job asking
# for B is met by a candidate holding CE. From the EU licence directive (2006/126/EC art. 4
# equivalences) and the Danish rule that C1, C, D1 and D require B first. The conditional
# rules (CE covers DE only for D holders; B covers tractors and small mopeds) are left out on
# purpose: a missed implication shows a licence as missing, which a consultant can overrule,
# while a wrong one would hide a real gap. Kode 95 (driver CPC) is a separate qualification:
# any code not listed here only covers itself. Transitive closure is computed below.
LICENCE_INCLUDES: Mapping[str, tuple[str, ...]] = {
    "AM": (),
    "A1": (),
    "A2": ("A1",),
    "A": ("A2",),
    "B": (),
    "BE": ("B",),
    "C1": ("B",),
    "C1E": ("C1", "BE"),
    "C": ("C1",),
    "CE": ("C", "C1E"),
    "D1": ("B",),
    "D1E": ("D1", "BE"),
    "D": ("D1",),
    "DE": ("D", "D1E"),
}

# Part keys, in the order they are shown and summed.
PART_KEYS: tuple[str, ...] = (
    "occupation",
    "skills",
    "licence",
    "language",
    "distance",
    "availability",
    "company",
)
PART_TITLES: Mapping[str, tuple[str, str]] = {
    "occupation": ("Fag", "Occupation"),
    "skills": ("Kompetencer og certifikater", "Skills and certificates"),
    "licence": ("Kørekort", "Driving licence"),
    "language": ("Sprog", "Language"),
    "distance": ("Afstand", "Distance"),
    "availability": ("Tilgængelighed", "Availability"),
    "company": ("Virksomhedens historik", "Company history"),
}

# Occupation similarity. A level is the length of the common DISCO prefix; ``EXACT`` means
# the whole code is equal (a 6-digit national code equal to the job's scores above a mere
# shared unit group). A match at a shorter prefix is worth much less because the skills of
# a minor group already differ a lot (721 holds welders and sheet-metal workers).
EXACT = 99
LEVEL_FACTORS: Mapping[int, float] = {EXACT: 1.0, 5: 0.95, 4: 0.9, 3: 0.6, 2: 0.35, 1: 0.15}
_LEVEL_TEXT: Mapping[int, tuple[str, str]] = {
    EXACT: ("samme kode som jobbet", "same code as the job"),
    5: ("5 cifre fælles med jobbet", "5 digits in common with the job"),
    4: ("samme enhedsgruppe (4 cifre)", "same unit group (4 digits)"),
    3: ("samme mindre gruppe (3 cifre)", "same minor group (3 digits)"),
    2: ("samme undergruppe (2 cifre)", "same sub-major group (2 digits)"),
    1: ("samme hovedgruppe (1 ciffer)", "same major group (1 digit)"),
}
# The citizen's wishes come first (DOMAIN.md 4.1): every ranked wish counts more than any
# past experience, and an earlier wish more than a later one.
DESIRED_RANK_FACTORS: tuple[float, ...] = (1.0, 0.9, 0.8, 0.75)  # last value: rank 4 and on
EXPERIENCE_BASE = 0.5
EXPERIENCE_PER_YEAR = 0.05
EXPERIENCE_YEARS_CAP = 4.0  # so experience tops out at 0.7, below the lowest wish

# Each missing requirement removes a fixed share of its part. A fixed share (rather than
# "matched / required") is what keeps the score monotone: adding a requirement to a job can
# only add a miss, never make the candidate look better.
SKILL_PENALTY = 0.25
LICENCE_PENALTY = 0.5
LANGUAGE_PENALTY = 0.5  # a language held below the required level counts as half a miss

# Distance: without a stated maximum the closeness scale uses this reference. Within the
# maximum, points fall linearly from full at 0 km to half at the maximum, so someone who said
# "up to 25 km" still earns something at 24 km.
DEFAULT_COMMUTE_KM = 30.0

# Availability "far apart" (DOMAIN.md 4.1: soft, hard if far apart): available more than this
# many days after the start is a hard failure; up to it, points fall linearly.
AVAILABILITY_HARD_GAP_DAYS = 90

# Company history (job side only, so it reorders jobs for a candidate, not candidates).
COMPANY_HIRES_CAP = 3
COMPANY_RECENT_CONTACT_DAYS = 90
COMPANY_OLD_CONTACT_DAYS = 365

_MARK_OK, _MARK_PARTIAL, _MARK_BAD, _MARK_UNKNOWN = "✓", "≈", "✗", "?"
_SEP = " · "
# Keeps the pruning bound safely above a total that float summation order nudged up.
_EPS = 1e-9


def _close_licences(table: Mapping[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    closure: dict[str, frozenset[str]] = {}

    def visit(code: str, path: tuple[str, ...]) -> frozenset[str]:
        if code in closure:
            return closure[code]
        if code in path:
            raise ValueError(f"cycle in LICENCE_INCLUDES at {code}")
        found = {code}
        for sub in table.get(code, ()):
            found |= visit(sub, (*path, code))
        closure[code] = frozenset(found)
        return closure[code]

    for code in table:
        visit(code, ())
    return closure


LICENCE_CLOSURE: Mapping[str, frozenset[str]] = _close_licences(LICENCE_INCLUDES)

# Tags repeat across 100 000 profiles (a controlled list in practice), so folding is cached.
_fold_tag = lru_cache(maxsize=16384)(fold)


def normalize_licence(code: str) -> str:
    """Licence category as stored: upper case, no spaces ("c1 e" → "C1E")."""
    return "".join(str(code).split()).upper()


def implied_licences(held: Iterable[str]) -> frozenset[str]:
    """Every category the held licences allow (CE → CE, C, C1E, C1, BE, B)."""
    out: set[str] = set()
    for raw in held:
        code = normalize_licence(raw)
        if code:
            out |= LICENCE_CLOSURE.get(code, frozenset((code,)))
    return frozenset(out)


def licences_implying(code: str) -> frozenset[str]:
    """Every category that satisfies a requirement for ``code`` (B → B, BE, C1, C, CE, …).

    For SQL: "candidate holds any of these" replaces a closure the database cannot compute.
    """
    wanted = normalize_licence(code)
    return frozenset(c for c, covers in LICENCE_CLOSURE.items() if wanted in covers) | {wanted}


_LEVEL_RANKS: dict[str, int] = {
    **{fold(name): i for i, name in enumerate(LANGUAGE_LEVELS, start=1)},
    **{fold(name): i for i, name in enumerate(LANGUAGE_LEVELS_EN, start=1)},
    **_LEVEL_ALIASES,
}


def language_level_rank(level: str) -> int:
    """Position on ``LANGUAGE_LEVELS`` (1 = grundlæggende … 4 = modersmål)."""
    key = _fold_tag(str(level))
    rank = _LEVEL_RANKS.get(key)
    if rank is None:
        raise ValidationError(
            f"Ukendt sprogniveau «{level}». Brug: {', '.join(LANGUAGE_LEVELS)}.",
            f"Unknown language level '{level}'. Use: {', '.join(LANGUAGE_LEVELS_EN)}.",
            field="language_level",
        )
    return rank


def _clean_disco(code: object, field_name: str) -> str | None:
    text = str(code).strip() if code is not None else ""
    if not text:
        return None
    if not (text.isdigit() and 1 <= len(text) <= 6):
        raise ValidationError(
            f"DISCO-kode «{text}» skal være 1–6 cifre.",
            f"DISCO code '{text}' must be 1–6 digits.",
            field=field_name,
        )
    return text


def _check_non_negative(value: float | None, field_name: str, *, positive: bool = False) -> None:
    if value is None:
        return
    bad = not isfinite(value) or value < 0 or (positive and value == 0)
    if bad:
        rule_da, rule_en = (
            ("større end 0", "above 0") if positive else ("0 eller mere", "0 or more")
        )
        raise ValidationError(
            f"{field_name} skal være {rule_da} (fik {value}).",
            f"{field_name} must be {rule_en} (got {value}).",
            field=field_name,
        )


def _point(lat: float | None, lon: float | None, field_name: str) -> RadPoint | None:
    if lat is None and lon is None:
        return None
    if lat is None or lon is None:
        raise ValidationError(
            "Angiv både bredde- og længdegrad, eller ingen af dem.",
            "Give both latitude and longitude, or neither.",
            field=field_name,
        )
    return to_rad_point(*check_coordinates(lat, lon, field=field_name))


def _north_km(point: RadPoint | None) -> float:
    # Distance north of the equator along a meridian. NaN when unknown: every comparison with
    # NaN is False, so the ranking loop's band test lets unknown locations through unchecked.
    return nan if point is None else point[0] * EARTH_RADIUS_KM


def _set_hidden(obj: object, **values: Any) -> None:
    # Frozen dataclasses: the precomputed matching form is written once, here, and never again.
    for name, value in values.items():
        object.__setattr__(obj, name, value)


def _hidden() -> Any:
    return field(init=False, repr=False, compare=False)


# ---------------------------------------------------------------------------------------------
# Input profiles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Requirement:
    """A required skill, certificate or driving licence; ``hard`` ones filter, soft ones rank."""

    name: str
    hard: bool = False


@dataclass(frozen=True, slots=True)
class LanguageRequirement:
    """A required language at a minimum level on ``LANGUAGE_LEVELS``."""

    language: str
    min_level: str
    hard: bool = False

    def __post_init__(self) -> None:
        language_level_rank(self.min_level)  # reject a typo when the job is built, not later


@dataclass(frozen=True, slots=True)
class CompanyHistory:
    """What the jobcenter knows of the company behind a job order (virksomhedens historik)."""

    placements_before: int = 0
    placements_ending_in_job: int = 0
    has_active_agreement: bool = False
    days_since_last_contact: int | None = None

    def __post_init__(self) -> None:
        _check_non_negative(self.placements_before, "placements_before")
        _check_non_negative(self.placements_ending_in_job, "placements_ending_in_job")
        _check_non_negative(self.days_since_last_contact, "days_since_last_contact")

    def fraction(self) -> float:
        """Share of the company part earned: hires after placements, agreement, recent contact."""
        hires = min(self.placements_ending_in_job, COMPANY_HIRES_CAP) / COMPANY_HIRES_CAP
        days = self.days_since_last_contact
        if days is None or days > COMPANY_OLD_CONTACT_DAYS:
            contact = 0.0
        else:
            contact = 1.0 if days <= COMPANY_RECENT_CONTACT_DAYS else 0.5
        return 0.5 * hires + 0.3 * self.has_active_agreement + 0.2 * contact


@dataclass(frozen=True, slots=True)
class Experience:
    """Past work in a DISCO-08 occupation."""

    disco_code: str
    years: float = 0.0


@dataclass(frozen=True, slots=True)
class _Req:
    """A job requirement in matching form: the key compared, what is shown, hard or soft."""

    key: str
    label: str
    hard: bool
    level: int = 0  # languages only


def _requirements(items: Iterable[Requirement | str], field_name: str) -> tuple[Requirement, ...]:
    out = []
    for item in items:
        req = Requirement(item) if isinstance(item, str) else item
        if not isinstance(req, Requirement) or not str(req.name).strip():
            raise ValidationError(
                f"Ugyldigt krav i {field_name}: {item!r}.",
                f"Invalid requirement in {field_name}: {item!r}.",
                field=field_name,
            )
        out.append(req)
    return tuple(out)


@dataclass(frozen=True, slots=True, kw_only=True)
class JobProfile:
    """A job order (jobordre) reduced to what matching needs.

    ``skills`` and ``certificates`` may be given as plain strings (soft) or ``Requirement``.
    ``lat``/``lon`` are the resolved coordinates of ``postcode`` (None when unknown).
    """

    id: int
    company_id: int
    title: str = ""
    disco_code: str | None = None
    postcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    hours_per_week: float | None = None
    start_date: date | None = None
    skills: tuple[Requirement, ...] = ()
    certificates: tuple[Requirement, ...] = ()
    driving_licences: tuple[Requirement, ...] = ()
    languages: tuple[LanguageRequirement, ...] = ()
    history: CompanyHistory = field(default_factory=CompanyHistory)

    _occ_keys: tuple[tuple[str, float, int], ...] = _hidden()
    _major: str | None = _hidden()
    _reqs: tuple[_Req, ...] = _hidden()
    _req_all: frozenset[str] = _hidden()
    _req_hard: frozenset[str] = _hidden()
    _lics: tuple[_Req, ...] = _hidden()
    _lic_all: frozenset[str] = _hidden()
    _lic_hard: frozenset[str] = _hidden()
    _langs: tuple[_Req, ...] = _hidden()
    _point: RadPoint | None = _hidden()
    _ykm: float = _hidden()
    _start_ord: int | None = _hidden()
    _company: float = _hidden()

    def __post_init__(self) -> None:
        disco = _clean_disco(self.disco_code, "disco_code")
        point = _point(self.lat, self.lon, "job")
        _check_non_negative(self.hours_per_week, "hours_per_week", positive=True)
        skills = _requirements(self.skills, "skills")
        certs = _requirements(self.certificates, "certificates")
        licences = _requirements(self.driving_licences, "driving_licences")
        languages = tuple(self.languages)
        reqs = tuple(_Req(_fold_tag(r.name), r.name.strip(), r.hard) for r in (*skills, *certs))
        lics = tuple(
            _Req(normalize_licence(r.name), normalize_licence(r.name), r.hard) for r in licences
        )
        langs = tuple(
            _Req(
                _fold_tag(r.language), r.language.strip(), r.hard, language_level_rank(r.min_level)
            )
            for r in languages
        )
        _set_hidden(
            self,
            disco_code=disco,
            postcode=clean_postcode(self.postcode),
            skills=skills,
            certificates=certs,
            driving_licences=licences,
            languages=languages,
            _occ_keys=_job_occupation_keys(disco),
            _major=disco[0] if disco else None,
            _reqs=reqs,
            _req_all=frozenset(r.key for r in reqs),
            _req_hard=frozenset(r.key for r in reqs if r.hard),
            _lics=lics,
            _lic_all=frozenset(r.key for r in lics),
            _lic_hard=frozenset(r.key for r in lics if r.hard),
            _langs=langs,
            _point=point,
            _ykm=_north_km(point),
            _start_ord=self.start_date.toordinal() if self.start_date else None,
            _company=self.history.fraction(),
        )

    def __hash__(self) -> int:
        return hash((JobProfile, self.id))


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateProfile:
    """A citizen (borger) reduced to what matching needs; ``label`` is what lists show.

    ``desired_occupations`` are DISCO codes, first wish first. ``experience`` takes
    ``Experience`` or ``(disco_code, years)`` pairs. ``languages`` maps language → level on
    ``LANGUAGE_LEVELS``. ``max_commute_km`` None means no stated limit.
    """

    id: int
    label: str = ""
    postcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    desired_occupations: tuple[str, ...] = ()
    experience: tuple[Experience, ...] = ()
    skills: frozenset[str] = frozenset()
    certificates: frozenset[str] = frozenset()
    driving_licences: frozenset[str] = frozenset()
    languages: Mapping[str, str] = field(default_factory=dict)
    max_commute_km: float | None = None
    hours_wanted: float | None = None
    available_from: date | None = None
    has_consent_to_share: bool = False

    _occ: dict[str, float] = _hidden()
    _tags: frozenset[str] = _hidden()
    _lic: frozenset[str] = _hidden()
    _lang: dict[str, int] = _hidden()
    _point: RadPoint | None = _hidden()
    _ykm: float = _hidden()
    _limit: float = _hidden()
    _avail_ord: int | None = _hidden()

    def __post_init__(self) -> None:
        desired = tuple(
            code
            for code in (_clean_disco(c, "desired_occupations") for c in self.desired_occupations)
            if code
        )
        experience = tuple(
            e if isinstance(e, Experience) else Experience(*e) for e in self.experience
        )
        for e in experience:
            _check_non_negative(e.years, "experience.years")
        _check_non_negative(self.max_commute_km, "max_commute_km")
        _check_non_negative(self.hours_wanted, "hours_wanted", positive=True)
        skills, certs = frozenset(self.skills), frozenset(self.certificates)
        licences = frozenset(normalize_licence(c) for c in self.driving_licences if str(c).strip())
        languages = dict(self.languages)
        point = _point(self.lat, self.lon, "candidate")
        _set_hidden(
            self,
            postcode=clean_postcode(self.postcode),
            desired_occupations=desired,
            experience=experience,
            skills=skills,
            certificates=certs,
            driving_licences=licences,
            languages=languages,
            _occ=_candidate_occupation_map(desired, experience),
            # A certificate typed in the skills list (or the reverse) still counts: the job
            # side compares one folded set against both.
            _tags=frozenset(_fold_tag(t) for t in skills | certs),
            _lic=implied_licences(licences),
            _lang={_fold_tag(k): language_level_rank(v) for k, v in languages.items()},
            _point=point,
            _ykm=_north_km(point),
            _limit=inf if self.max_commute_km is None else float(self.max_commute_km),
            _avail_ord=self.available_from.toordinal() if self.available_from else None,
        )

    def __hash__(self) -> int:
        # ``languages`` is a dict, so the generated field hash would fail; id is the identity.
        return hash((CandidateProfile, self.id))


def _job_occupation_keys(code: str | None) -> tuple[tuple[str, float, int], ...]:
    # (key, level factor, level), shortest prefix first and the whole code ("$") last, so a
    # look-up can stop at the first prefix the candidate does not share.
    if not code:
        return ()
    keys = [(code[:n], LEVEL_FACTORS[n], n) for n in range(1, min(len(code), 5) + 1)]
    keys.append((code + "$", LEVEL_FACTORS[EXACT], EXACT))
    return tuple(keys)


def _desired_factor(index: int) -> float:
    return DESIRED_RANK_FACTORS[min(index, len(DESIRED_RANK_FACTORS) - 1)]


def _experience_factor(years: float) -> float:
    return EXPERIENCE_BASE + EXPERIENCE_PER_YEAR * min(years, EXPERIENCE_YEARS_CAP)


def _occupation_sources(
    desired: Sequence[str], experience: Sequence[Experience]
) -> list[tuple[str, float, str, str]]:
    """(code, source factor, Danish label, English label) for every wish and experience."""
    out = [
        (code, _desired_factor(i), f"ønske nr. {i + 1}", f"wish no. {i + 1}")
        for i, code in enumerate(desired)
    ]
    for e in experience:
        code = _clean_disco(e.disco_code, "experience")
        if code:
            years = f"{e.years:g}"
            out.append(
                (
                    code,
                    _experience_factor(e.years),
                    f"erfaring {years} år",
                    f"{years} years' experience",
                )
            )
    return out


def _candidate_occupation_map(
    desired: Sequence[str], experience: Sequence[Experience]
) -> dict[str, float]:
    # Every prefix of every code (and the whole code marked with "$") → the best source
    # factor reaching it. Scoring then needs at most six dict look-ups, whatever the number
    # of wishes and jobs held.
    out: dict[str, float] = {}
    for code, factor, _, _ in _occupation_sources(desired, experience):
        for key in (code + "$", *(code[:n] for n in range(1, len(code) + 1))):
            if out.get(key, 0.0) < factor:
                out[key] = factor
    return out


# ---------------------------------------------------------------------------------------------
# Weights and results
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MatchWeights:
    """Points per factor (settings: ``matching.weights``). Defaults sum to 100.

    occupation 35 — the job's DISCO code against wishes and experience (the citizen's wishes
        first, DOMAIN.md 4.1), so it is the largest share;
    skills 20 — required skills and certificates;
    licence 10, language 10 — usually hard when they matter, so they mostly filter;
    distance 15 — closeness within the candidate's maximum commute;
    availability 5 — start date and hours;
    company 5 — earlier placements ending in a job, agreement, recent contact.

    Weights need not sum to 100: they are scaled so a score is always 0–100.
    """

    occupation: float = 35.0
    skills: float = 20.0
    licence: float = 10.0
    language: float = 10.0
    distance: float = 15.0
    availability: float = 5.0
    company: float = 5.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValidationError(
                    f"Vægten for {f.name} skal være et tal.",
                    f"The weight for {f.name} must be a number.",
                    field=f.name,
                )
            _check_non_negative(value, f.name)
        if sum(self.to_dict().values()) <= 0:
            raise ValidationError(
                "Mindst én vægt skal være større end 0.",
                "At least one weight must be above 0.",
                field="weights",
            )

    def to_dict(self) -> dict[str, float]:
        return {key: float(getattr(self, key)) for key in PART_KEYS}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> MatchWeights:
        """Weights from settings; keys left out keep their default, unknown keys are refused."""
        data = dict(data or {})
        unknown = sorted(set(data) - set(PART_KEYS))
        if unknown:
            raise ValidationError(
                f"Ukendte vægte: {', '.join(unknown)}.",
                f"Unknown weights: {', '.join(unknown)}.",
                field="weights",
            )
        values: dict[str, float] = {}
        for key, raw in data.items():
            try:
                values[key] = float(str(raw).replace(",", ".")) if isinstance(raw, str) else raw
            except ValueError:
                raise ValidationError(
                    f"Vægten for {key} skal være et tal (fik «{raw}»).",
                    f"The weight for {key} must be a number (got '{raw}').",
                    field=key,
                ) from None
        return cls(**values)

    def max_points(self) -> tuple[float, ...]:
        """Maximum points per part in ``PART_KEYS`` order, scaled to sum to 100."""
        raw = [float(getattr(self, key)) for key in PART_KEYS]
        total = sum(raw)
        return tuple(100.0 * w / total for w in raw)


DEFAULT_WEIGHTS = MatchWeights()


@dataclass(frozen=True, slots=True)
class Part:
    """One factor's contribution: ``ok`` is True (met), False (not met) or None (unknown/info)."""

    points: float
    max_points: float
    ok: bool | None
    text_da: str
    text_en: str


@dataclass(frozen=True, slots=True)
class MatchResult:
    """The explained score of one job × candidate pair.

    ``hard_failures`` (Danish, e.g. "mangler kørekort C") make the pair ``excluded``;
    ``missing`` lists required skills, certificates, licences and languages not held, hard or
    soft; ``missing_info`` lists data that was unknown and scored 0.
    """

    job_id: int
    candidate_id: int
    score: int
    parts: Mapping[str, Part]
    excluded: bool
    hard_failures: tuple[str, ...]
    missing: tuple[str, ...]
    missing_info: tuple[str, ...]
    distance_km: float | None
    may_propose_by_name: bool
    explanation_da: str
    explanation_en: str

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-safe form for ``MediationEvent.score_breakdown``."""
        return {
            "job_id": self.job_id,
            "candidate_id": self.candidate_id,
            "score": self.score,
            "excluded": self.excluded,
            "hard_failures": list(self.hard_failures),
            "missing": list(self.missing),
            "missing_info": list(self.missing_info),
            "distance_km": None if self.distance_km is None else round(self.distance_km, 1),
            "may_propose_by_name": self.may_propose_by_name,
            "explanation_da": self.explanation_da,
            "explanation_en": self.explanation_en,
            "parts": {
                key: {
                    "points": round(p.points, 2),
                    "max_points": round(p.max_points, 2),
                    "ok": p.ok,
                    "text_da": p.text_da,
                    "text_en": p.text_en,
                }
                for key, p in self.parts.items()
            },
        }


# ---------------------------------------------------------------------------------------------
# The numbers (lean: used for every pair while ranking)
# ---------------------------------------------------------------------------------------------


def _occupation_fraction(keys: tuple[tuple[str, float, int], ...], occ: dict[str, float]) -> float:
    best = 0.0
    for key, level_factor, _ in keys:
        source = occ.get(key)
        if source is None:
            break  # the candidate map holds every prefix, so no longer key can match either
        if source * level_factor > best:
            best = source * level_factor
    return best


def _distance_km(job: JobProfile, cand: CandidateProfile) -> float | None:
    p, q = job._point, cand._point
    return None if p is None or q is None else haversine_rad_km(p, q)


def _distance_fraction(km: float | None, limit: float | None) -> float:
    if km is None or (limit is not None and km > limit):
        return 0.0
    reference = max(DEFAULT_COMMUTE_KM if limit is None else limit, 1.0)
    return max(0.0, 1.0 - km / (2.0 * reference))


def _start_ord(job: JobProfile, on_ord: int) -> int:
    # A start date already passed means "as soon as possible", i.e. the day of matching.
    start = job._start_ord
    return on_ord if start is None or start < on_ord else start


def _availability_fraction(job: JobProfile, cand: CandidateProfile, on_ord: int) -> float:
    avail = cand._avail_ord
    if avail is None:
        date_part = 0.0
    else:
        late = avail - _start_ord(job, on_ord)
        date_part = 1.0 if late <= 0 else max(0.0, 1.0 - late / AVAILABILITY_HARD_GAP_DAYS)
    a, b = job.hours_per_week, cand.hours_wanted
    hours_part = 0.0 if a is None or b is None else min(a, b) / max(a, b)
    return 0.5 * date_part + 0.5 * hours_part


def _language_misses(job: JobProfile, cand: CandidateProfile) -> float:
    misses = 0.0
    held = cand._lang
    for req in job._langs:
        level = held.get(req.key, 0)
        if level < req.level:
            misses += 1.0 if level == 0 else 0.5
    return misses


def _fractions(
    job: JobProfile, cand: CandidateProfile, on_ord: int, km: float | None, occupation: float
) -> tuple[float, ...]:
    """Fraction earned of each part, in ``PART_KEYS`` order.

    ``km`` and ``occupation`` come in computed, because ranking needs them earlier to prune.
    """
    skills = max(0.0, 1.0 - SKILL_PENALTY * len(job._req_all - cand._tags)) if job._req_all else 1.0
    licence = (
        max(0.0, 1.0 - LICENCE_PENALTY * len(job._lic_all - cand._lic)) if job._lic_all else 1.0
    )
    language = max(0.0, 1.0 - LANGUAGE_PENALTY * _language_misses(job, cand)) if job._langs else 1.0
    return (
        occupation,
        skills,
        licence,
        language,
        _distance_fraction(km, cand.max_commute_km),
        _availability_fraction(job, cand, on_ord),
        job._company,
    )


def _total(fractions: tuple[float, ...], max_points: tuple[float, ...]) -> float:
    total = 0.0
    for f, m in zip(fractions, max_points, strict=True):
        total += f * m
    return total


def _to_score(total: float) -> int:
    # Half-up rounding (not banker's), so the pruning bound and the score round alike.
    return min(100, max(0, int(total + 0.5)))


def _is_excluded(job: JobProfile, cand: CandidateProfile, km: float | None, on_ord: int) -> bool:
    if job._req_hard and not job._req_hard <= cand._tags:
        return True
    if job._lic_hard and not job._lic_hard <= cand._lic:
        return True
    for req in job._langs:
        if req.hard and cand._lang.get(req.key, 0) < req.level:
            return True
    limit = cand.max_commute_km
    if km is not None and limit is not None and km > limit:
        return True
    avail = cand._avail_ord
    return avail is not None and avail - _start_ord(job, on_ord) > AVAILABILITY_HARD_GAP_DAYS


# ---------------------------------------------------------------------------------------------
# The explanation (only for pairs that are shown)
# ---------------------------------------------------------------------------------------------


def _common_level(a: str, b: str) -> int:
    if a == b:
        return EXACT
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return min(n, 5)


@dataclass
class _Explainer:
    """Collects the texts of one pair while the parts are explained."""

    job: JobProfile
    cand: CandidateProfile
    hard: list[tuple[str, str]] = field(default_factory=list)  # (da, en), also listed first
    items: list[tuple[str, str]] = field(default_factory=list)  # one-liner items, da/en
    missing: list[str] = field(default_factory=list)
    missing_info: list[str] = field(default_factory=list)

    def occupation(self, fraction: float) -> tuple[bool | None, str, str]:
        job_code = self.job.disco_code
        sources = _occupation_sources(self.cand.desired_occupations, self.cand.experience)
        if not job_code or not sources:
            if not job_code:
                self.missing_info.append("jobbet har ingen DISCO-kode")
                da, en = "ukendt: jobbet har ingen DISCO-kode", "unknown: the job has no DISCO code"
            else:
                self.missing_info.append("borgeren har ingen ønskede fag eller erfaring")
                da, en = (
                    "ukendt: ingen ønskede fag eller erfaring registreret",
                    "unknown: no desired occupations or experience recorded",
                )
            self.items.append(
                (f"{_MARK_UNKNOWN} fag ukendt", f"{_MARK_UNKNOWN} occupation unknown")
            )
            return None, da, en
        best = max(
            sources, key=lambda s: s[1] * LEVEL_FACTORS.get(_common_level(s[0], job_code), 0.0)
        )
        level = _common_level(best[0], job_code)
        if fraction <= 0.0:
            self.items.append(
                (f"{_MARK_BAD} intet match med {job_code}", f"{_MARK_BAD} no match with {job_code}")
            )
            return False, f"intet fælles med {job_code}", f"nothing in common with {job_code}"
        level_da, level_en = _LEVEL_TEXT[level]
        if level >= 4:
            title = f" {self.job.title.strip()}" if level == EXACT and self.job.title else ""
            self.items.append((f"{_MARK_OK} {best[0]}{title}", f"{_MARK_OK} {best[0]}{title}"))
        else:
            self.items.append(
                (
                    f"{_MARK_PARTIAL} {best[0]} ~ {job_code}",
                    f"{_MARK_PARTIAL} {best[0]} ~ {job_code}",
                )
            )
        return (
            level >= 4,
            f"{best[2]}: {best[0]} ({level_da})",
            f"{best[3]}: {best[0]} ({level_en})",
        )

    def requirements(
        self, reqs: Sequence[_Req], held: frozenset[str], label: str, label_en: str
    ) -> tuple[bool, str, str]:
        """Skills/certificates (``label`` "") or licences (``label`` "kørekort ")."""
        if not reqs:
            return True, "ingen krav", "no requirements"
        has_da, has_en, lacks_da, lacks_en = [], [], [], []
        for req in reqs:
            name_da, name_en = f"{label}{req.label}", f"{label_en}{req.label}"
            if req.key in held:
                has_da.append(name_da)
                has_en.append(name_en)
                self.items.append((f"{_MARK_OK} {name_da}", f"{_MARK_OK} {name_en}"))
                continue
            lacks_da.append(f"{name_da} ({'krav' if req.hard else 'ønske'})")
            lacks_en.append(f"{name_en} ({'required' if req.hard else 'wish'})")
            self.missing.append(name_da)
            self._miss(f"mangler {name_da}", f"missing {name_en}", req.hard)
        da = f"har {len(has_da)} af {len(reqs)}"
        en = f"has {len(has_en)} of {len(reqs)}"
        if has_da:
            da += f": {', '.join(has_da)}"
            en += f": {', '.join(has_en)}"
        if lacks_da:
            da += f"; mangler: {', '.join(lacks_da)}"
            en += f"; missing: {', '.join(lacks_en)}"
        return not lacks_da, da, en

    def languages(self) -> tuple[bool, str, str]:
        if not self.job._langs:
            return True, "ingen krav", "no requirements"
        notes_da, notes_en = [], []
        for req in self.job._langs:
            need_da, need_en = LANGUAGE_LEVELS[req.level - 1], LANGUAGE_LEVELS_EN[req.level - 1]
            level = self.cand._lang.get(req.key, 0)
            if level >= req.level:
                have = LANGUAGE_LEVELS[level - 1]
                notes_da.append(f"{req.label} ({have})")
                notes_en.append(f"{req.label} ({LANGUAGE_LEVELS_EN[level - 1]})")
                self.items.append((f"{_MARK_OK} {req.label}", f"{_MARK_OK} {req.label}"))
                continue
            self.missing.append(f"{req.label} (mindst {need_da})")
            if level == 0:
                da = f"mangler {req.label} (mindst {need_da})"
                en = f"missing {req.label} (at least {need_en})"
            else:
                da = f"{req.label} på niveau {LANGUAGE_LEVELS[level - 1]}, kræver {need_da}"
                en = f"{req.label} at level {LANGUAGE_LEVELS_EN[level - 1]}, needs {need_en}"
            notes_da.append(da + (" (krav)" if req.hard else " (ønske)"))
            notes_en.append(en + (" (required)" if req.hard else " (wish)"))
            self._miss(da, en, req.hard)
        ok = all(self.cand._lang.get(r.key, 0) >= r.level for r in self.job._langs)
        return ok, "; ".join(notes_da), "; ".join(notes_en)

    def distance(self, km: float | None) -> tuple[bool | None, str, str]:
        limit = self.cand.max_commute_km
        if km is None:
            reasons_da, reasons_en = [], []
            for side_da, side_en, profile in (
                ("job", "job", self.job),
                ("borger", "candidate", self.cand),
            ):
                if profile._point is None:
                    da, en = no_location_reason(profile.postcode)
                    reasons_da.append(f"{side_da}: {da}")
                    reasons_en.append(f"{side_en}: {en}")
            self.missing_info.extend(reasons_da)
            self.items.append(
                (f"{_MARK_UNKNOWN} afstand ukendt", f"{_MARK_UNKNOWN} distance unknown")
            )
            return None, "ukendt: " + "; ".join(reasons_da), "unknown: " + "; ".join(reasons_en)
        shown = f"{km:.0f} km"
        if limit is not None and km > limit:
            da, en = f"{shown} – over maks. {limit:g} km", f"{shown} – beyond max {limit:g} km"
            self.hard.append((da, en))
            return False, da, en
        self.items.append((shown, shown))
        if limit is None:
            return True, f"{shown} (ingen grænse angivet)", f"{shown} (no limit given)"
        return True, f"{shown} (maks. {limit:g} km)", f"{shown} (max {limit:g} km)"

    def availability(self, on_ord: int) -> tuple[bool | None, str, str]:
        job, cand = self.job, self.cand
        start = date.fromordinal(_start_ord(job, on_ord))
        date_ok: bool | None = None
        if cand.available_from is None:
            self.missing_info.append("ledig fra-dato mangler")
            when_da, when_en = "ledig fra: ukendt", "available from: unknown"
        else:
            late = (cand.available_from - start).days
            date_ok = late <= 0
            when_da = f"ledig fra {format_date(cand.available_from)}, start {format_date(start)}"
            when_en = (
                f"available from {format_date(cand.available_from)}, start {format_date(start)}"
            )
            if late > AVAILABILITY_HARD_GAP_DAYS:
                self.hard.append(
                    (
                        f"først ledig {format_date(cand.available_from)}",
                        f"not available until {format_date(cand.available_from)}",
                    )
                )
            elif late > 0:
                self.items.append(
                    (
                        f"{_MARK_BAD} ledig fra {format_date(cand.available_from)}",
                        f"{_MARK_BAD} available from {format_date(cand.available_from)}",
                    )
                )
        a, b = job.hours_per_week, cand.hours_wanted
        if a is None or b is None:
            self.missing_info.append("timetal mangler" + (" (job)" if a is None else " (borger)"))
            hours_da, hours_en, hours_ok = "timer: ukendt", "hours: unknown", None
        else:
            hours_da, hours_en = (
                f"ønsker {b:g} t, jobbet har {a:g} t",
                f"wants {b:g} h, job has {a:g} h",
            )
            hours_ok = min(a, b) / max(a, b) >= 0.75
        known = [x for x in (date_ok, hours_ok) if x is not None]
        ok = all(known) if known else None
        return ok, f"{when_da}; {hours_da}", f"{when_en}; {hours_en}"

    def company(self) -> tuple[bool | None, str, str]:
        h = self.job.history
        da, en = [], []
        if h.placements_before:
            da.append(
                f"{h.placements_before} tidligere forløb, {h.placements_ending_in_job} "
                "endte i ordinært job"
            )
            en.append(
                f"{h.placements_before} earlier placements, {h.placements_ending_in_job} "
                "ended in an ordinary job"
            )
        if h.has_active_agreement:
            da.append("aftale i kraft")
            en.append("agreement in force")
        if h.days_since_last_contact is not None:
            da.append(f"sidste kontakt for {h.days_since_last_contact} dage siden")
            en.append(f"last contact {h.days_since_last_contact} days ago")
        if not da:
            return None, "ingen historik", "no history"
        return (True if self.job._company > 0 else None), "; ".join(da), "; ".join(en)

    def _miss(self, da: str, en: str, hard: bool) -> None:
        if hard:
            self.hard.append((da, en))
        else:
            self.items.append((f"{_MARK_BAD} {da}", f"{_MARK_BAD} {en}"))


def score(
    job: JobProfile,
    candidate: CandidateProfile,
    weights: MatchWeights | None,
    on_date: date,
) -> MatchResult:
    """Explained score of one pair, as of ``on_date`` (which replaces a start date passed)."""
    weights = weights or DEFAULT_WEIGHTS
    max_points = weights.max_points()
    on_ord = on_date.toordinal()
    km = _distance_km(job, candidate)
    fractions = _fractions(
        job, candidate, on_ord, km, _occupation_fraction(job._occ_keys, candidate._occ)
    )
    ex = _Explainer(job, candidate)
    explained = {
        "occupation": ex.occupation(fractions[0]),
        "skills": ex.requirements(job._reqs, candidate._tags, "", ""),
        "licence": ex.requirements(job._lics, candidate._lic, "kørekort ", "licence "),
        "language": ex.languages(),
        "distance": ex.distance(km),
        "availability": ex.availability(on_ord),
        "company": ex.company(),
    }
    parts = {
        key: Part(f * m, m, *explained[key])
        for key, f, m in zip(PART_KEYS, fractions, max_points, strict=True)
    }
    # Hard failures first and plainly (DOMAIN.md 4.3), then the factors in their order.
    line = [(f"{_MARK_BAD} {da}", f"{_MARK_BAD} {en}") for da, en in ex.hard] + ex.items
    return MatchResult(
        job_id=job.id,
        candidate_id=candidate.id,
        score=_to_score(_total(fractions, max_points)),
        parts=parts,
        excluded=bool(ex.hard),
        hard_failures=tuple(da for da, _ in ex.hard),
        missing=tuple(ex.missing),
        missing_info=tuple(ex.missing_info),
        distance_km=km,
        may_propose_by_name=candidate.has_consent_to_share,
        explanation_da=_SEP.join(da for da, _ in line),
        explanation_en=_SEP.join(en for _, en in line),
    )


# ---------------------------------------------------------------------------------------------
# Ranking
# ---------------------------------------------------------------------------------------------


class _Kept:
    """Heap entry ordered worst-first, so ``heap[0]`` is the one to drop next."""

    __slots__ = ("key", "job", "cand")

    def __init__(self, key: tuple, job: JobProfile, cand: CandidateProfile) -> None:
        self.key = key  # (excluded, -score, distance, id): smaller is better
        self.job = job
        self.cand = cand

    def __lt__(self, other: _Kept) -> bool:
        return other.key < self.key


class _TopN:
    """The best ``top`` pairs seen so far, and the cut a newcomer has to pass.

    The ranking loops look only at occupation and company before calling ``offer``; a pair
    whose best possible score (those points plus everything still open) rounds below the
    worst score kept is skipped without further work. ``int(bound + 0.5) < floor`` is the
    same as ``bound < floor - 0.5``, so each test is one float comparison against ``cut``.
    """

    def __init__(
        self,
        weights: MatchWeights | None,
        on_date: date,
        top: int | None,
        min_score: int,
        max_distance_km: float | None,
        include_excluded: bool,
    ) -> None:
        if top is not None and top < 0:
            raise ValidationError(
                "Antal skal være 0 eller mere.", "Top must be 0 or more.", field="top"
            )
        self.weights = weights or DEFAULT_WEIGHTS
        self.on_date = on_date
        self.on_ord = on_date.toordinal()
        self.top = top
        self.min_score = min_score
        self.max_km = inf if max_distance_km is None else max_distance_km
        self.filter_hard = not include_excluded
        mp = self.max_points = self.weights.max_points()
        self.w_occ, self.w_dist, self.w_comp = mp[0], mp[4], mp[6]
        # Points still open after occupation + company (stage A) and after distance (stage B).
        self.open_a = mp[1] + mp[2] + mp[3] + mp[4] + mp[5] + _EPS
        self.open_b = mp[1] + mp[2] + mp[3] + mp[5] + _EPS
        self.cut = min_score - 0.5 - self.open_a
        self._cut_b = min_score - 0.5 - self.open_b
        self.kept: list[_Kept] = []

    def offer(
        self, job: JobProfile, cand: CandidateProfile, item_id: Any, occupation: float, known: float
    ) -> float:
        """Score a pair that passed the cheap tests; return the (possibly raised) cut."""
        km = _distance_km(job, cand)
        if km is not None and (km > self.max_km or (self.filter_hard and km > cand._limit)):
            return self.cut
        if known + _distance_fraction(km, cand.max_commute_km) * self.w_dist < self._cut_b:
            return self.cut
        fractions = _fractions(job, cand, self.on_ord, km, occupation)
        result_score = _to_score(_total(fractions, self.max_points))
        if result_score < self.min_score:
            return self.cut
        excluded = _is_excluded(job, cand, km, self.on_ord)
        if excluded and self.filter_hard:
            return self.cut
        entry = _Kept((excluded, -result_score, inf if km is None else km, item_id), job, cand)
        heap, top = self.kept, self.top
        if top is None:
            heap.append(entry)  # everything is kept: sorted once at the end
        elif len(heap) < top:
            heapq.heappush(heap, entry)
        elif entry.key < heap[0].key:
            heapq.heapreplace(heap, entry)
        else:
            return self.cut
        if top is not None and len(heap) == top and not heap[0].key[0]:
            # Full of included pairs: a newcomer must at least tie the worst score kept (a
            # tie can still win on distance or id).
            floor = max(self.min_score, -heap[0].key[1])
            self.cut = floor - 0.5 - self.open_a
            self._cut_b = floor - 0.5 - self.open_b
        return self.cut

    def results(self) -> list[MatchResult]:
        kept = sorted(self.kept, key=lambda k: k.key)
        return [score(k.job, k.cand, self.weights, self.on_date) for k in kept]


def _scan_candidates(job: JobProfile, candidates: Iterable[CandidateProfile], best: _TopN) -> None:
    # The job side is fixed: hoisted into locals, because this loop runs once per candidate
    # and attribute look-ups are most of its cost.
    keys, major, y_km = job._occ_keys, job._major, job._ykm
    hard_tags, hard_lics = job._req_hard, job._lic_hard
    w_occ, company = best.w_occ, job._company * best.w_comp
    filter_hard, cut = best.filter_hard, best.cut
    for cand in candidates:
        # The north-south gap alone is a lower bound of the distance, so this drops most
        # candidates beyond their commute before any trigonometry, and it is tested first
        # because it reads the profile only (no dict or set behind it).
        if filter_hard and abs(cand._ykm - y_km) > cand._limit:
            continue
        occ_map = cand._occ
        # Not sharing even the major group is the common case and costs one look-up.
        occupation = _occupation_fraction(keys, occ_map) if major in occ_map else 0.0
        known = occupation * w_occ + company
        if known < cut:
            continue
        if filter_hard and (
            (hard_tags and not hard_tags <= cand._tags)
            or (hard_lics and not hard_lics <= cand._lic)
        ):
            continue
        cut = best.offer(job, cand, cand.id, occupation, known)


def _scan_jobs(candidate: CandidateProfile, jobs: Iterable[JobProfile], best: _TopN) -> None:
    # Mirror of ``_scan_candidates`` with the candidate side hoisted instead.
    occ_map, y_km, limit = candidate._occ, candidate._ykm, candidate._limit
    tags, lics = candidate._tags, candidate._lic
    w_occ, w_comp = best.w_occ, best.w_comp
    filter_hard, cut = best.filter_hard, best.cut
    band = filter_hard and limit != inf
    for job in jobs:
        if band and abs(y_km - job._ykm) > limit:
            continue
        occupation = _occupation_fraction(job._occ_keys, occ_map) if job._major in occ_map else 0.0
        known = occupation * w_occ + job._company * w_comp
        if known < cut:
            continue
        if filter_hard and (
            (job._req_hard and not job._req_hard <= tags)
            or (job._lic_hard and not job._lic_hard <= lics)
        ):
            continue
        cut = best.offer(job, candidate, job.id, occupation, known)


# DISCO prefixes shorter than this are shared by too many profiles to be worth an index entry
# (a major group holds a tenth of everyone); pairs matching only there are found by the scan.
_INDEXED_MIN_LEVEL = 3
# The most occupation a pair can earn from prefixes that are not indexed.
_UNINDEXED_OCCUPATION = (
    max(f for level, f in LEVEL_FACTORS.items() if level < _INDEXED_MIN_LEVEL)
    * DESIRED_RANK_FACTORS[0]
)


def _indexed_key(key: str) -> bool:
    return key.endswith("$") or len(key) >= _INDEXED_MIN_LEVEL


# Candidates' stated maximum commutes are grouped under these caps, so the spatial look-up can
# use a radius that fits each group instead of the largest commute anyone stated.
_COMMUTE_CAPS_KM: tuple[float, ...] = (5, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200, 300, 500)


def _commute_band(limit: float) -> tuple[float, float]:
    """(cap, scale): the band's largest maximum commute, and the largest distance scale
    ``_distance_fraction`` can use for its members (30 km without a stated maximum)."""
    if limit == inf:
        return inf, DEFAULT_COMMUTE_KM
    cap = next((c for c in _COMMUTE_CAPS_KM if limit <= c), inf)
    return cap, max(cap, 1.0)


def _distance_reach(scale: float, slack: float, w_dist: float) -> float:
    # Past this distance the distance part cannot make up ``slack``: the fraction is
    # 1 - km / (2 * scale) and a pair needs at least 1 - slack / w_dist of it.
    if w_dist <= 0 or slack >= w_dist or scale == inf:
        return inf
    return 2.0 * scale * max(slack, 0.0) / w_dist


_EMPTY = array("l")


class _Grid:
    """Positions of located profiles by latitude/longitude cell (about 11 × 12 km here).

    Every cell of every grid of a pool has its own number, written into the pool's
    ``cell_of`` (position → cell number), so a posting list can be cut to the cells in reach
    without reading a single profile.
    """

    __slots__ = ("cells",)
    LAT_STEP, LON_STEP = 0.1, 0.2

    def __init__(
        self, entries: Iterable[tuple[float, float, int]], numbers: Iterator[int], cell_of: array
    ) -> None:
        grouped: dict[tuple[int, int], list[int]] = {}
        for lat, lon, pos in entries:
            key = (floor(lat / self.LAT_STEP), floor(lon / self.LON_STEP))
            grouped.setdefault(key, []).append(pos)
        self.cells: dict[tuple[int, int], tuple[int, array]] = {}
        for key, positions in grouped.items():
            number = next(numbers)
            self.cells[key] = (number, array("l", positions))
            for pos in positions:
                cell_of[pos] = number

    def near(self, point: LatLon | None, radius_km: float) -> list[tuple[int, array]]:
        """Cells that may hold a profile within ``radius_km`` (every cell when unbounded)."""
        if point is None or radius_km == inf:
            return list(self.cells.values())
        min_lat, min_lon, max_lat, max_lon = bounding_box(point[0], point[1], radius_km)
        rows = range(floor(min_lat / self.LAT_STEP), floor(max_lat / self.LAT_STEP) + 1)
        cols = range(floor(min_lon / self.LON_STEP), floor(max_lon / self.LON_STEP) + 1)
        if len(rows) * len(cols) > len(self.cells):
            return list(self.cells.values())
        return [c for c in (self.cells.get((i, j)) for i in rows for j in cols) if c is not None]


class ProfilePool:
    """Profiles of one kind prepared once for many rankings (the matching tab's working set).

    Pass a pool of candidates to ``rank`` or a pool of job orders to ``rank_jobs`` instead of
    a plain list: the result is the same, but ranking no longer touches every profile.

    * An index from DISCO keys (3+ digit prefixes and whole codes) lets ranking visit the
      pairs with most occupation points first and stop once nobody left can reach the top N.
    * The rest is read only where it can matter: within commuting reach (a grid by
      coordinates, per band of stated maximum commute) or, for candidates and a job with hard
      skills, certificates or licences, among those holding the rarest of them, whichever is
      fewer. These are the same cuts ``candidate_prefilter`` offers a SQL layer.

    A pool never changes; build a new one when the profiles change.
    """

    __slots__ = ("items", "kind", "_index", "_grids", "_cell_of", "_unlocated", "_postings")

    def __init__(self, profiles: Iterable[JobProfile | CandidateProfile]) -> None:
        items = tuple(profiles)
        kinds = {type(p) for p in items}
        if len(kinds) > 1 or not kinds <= {JobProfile, CandidateProfile}:
            raise TypeError("a ProfilePool holds only JobProfile or only CandidateProfile items")
        self.items = items
        self.kind: type = kinds.pop() if kinds else CandidateProfile
        groups: dict[str, dict[float, list[int]]] = {}
        located: dict[tuple[float, float], list[tuple[float, float, int]]] = {}
        unlocated: list[int] = []
        postings: dict[str, list[int]] = {}
        for pos, p in enumerate(items):
            if isinstance(p, JobProfile):
                entries = [(k, f) for k, f, level in p._occ_keys if level >= _INDEXED_MIN_LEVEL]
                band = (inf, inf)  # jobs state no commute; the candidate's applies
            else:
                entries = [(k, f) for k, f in p._occ.items() if _indexed_key(k)]
                band = _commute_band(p._limit)
                for key in (*(f"t:{t}" for t in p._tags), *(f"l:{c}" for c in p._lic)):
                    postings.setdefault(key, []).append(pos)
            for key, factor in entries:
                groups.setdefault(key, {}).setdefault(factor, []).append(pos)
            if p._point is None:
                unlocated.append(pos)
            else:
                located.setdefault(band, []).append((float(p.lat), float(p.lon), pos))
        # key -> ((factor, positions), ...), highest factor first.
        self._index = {
            key: tuple((f, array("l", by_factor[f])) for f in sorted(by_factor, reverse=True))
            for key, by_factor in groups.items()
        }
        numbers = count()
        self._cell_of = array("l", [-1]) * len(items)  # -1: no coordinates
        self._grids = tuple(
            (band, _Grid(located[band], numbers, self._cell_of)) for band in sorted(located)
        )
        self._unlocated = array("l", unlocated)
        self._postings = {key: array("l", positions) for key, positions in postings.items()}

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[JobProfile | CandidateProfile]:
        return iter(self.items)

    def _check_kind(self, kind: type) -> None:
        if self.items and self.kind is not kind:
            raise TypeError(f"expected a pool of {kind.__name__}, got {self.kind.__name__}")

    def _take(self, positions: Iterable[int], seen: bytearray) -> Iterator[Any]:
        items = self.items
        for pos in positions:
            if not seen[pos]:
                seen[pos] = 1
                yield items[pos]

    def _rest(
        self, point: LatLon | None, radius: Callable[[float, float], float], required: Sequence[str]
    ) -> Iterable[int]:
        """Positions that may still matter once the indexed ones are done."""
        cells = [cell for band, grid in self._grids for cell in grid.near(point, radius(*band))]
        if required:
            # Everyone eligible holds every hard requirement, so the rarest one's posting list
            # is complete. Cut it to the cells in reach (and the profiles without coordinates)
            # by cell number: that reads no profile (about 0.1 µs a position against about
            # 1 µs a scanned profile), so it pays even for a list several times longer.
            rarest = min((self._postings.get(key, _EMPTY) for key in required), key=len)
            in_reach = sum(len(positions) for _, positions in cells) + len(self._unlocated)
            if len(rarest) < 4 * in_reach:
                wanted = {number for number, _ in cells}
                wanted.add(-1)
                cell_of = self._cell_of
                return [pos for pos in rarest if cell_of[pos] in wanted]
        return chain(chain.from_iterable(positions for _, positions in cells), self._unlocated)

    def _visit(
        self,
        best: _TopN,
        scan: Callable[[Iterable[Any]], None],
        query: Iterable[tuple[str, float]],
        company_points: float,
        point: LatLon | None,
        radius: Callable[[float, float, float], float],
        required: Sequence[str] = (),
    ) -> None:
        """Rank the pool's pairs with one fixed profile into ``best``.

        ``radius(cap, scale, slack)`` is how far a profile of a commute band can lie and
        still count, where ``slack`` is how many points the distance part may fall short.
        """
        # Stage 1: indexed pairs, in falling order of the occupation they at least earn.
        groups = sorted(
            (
                (query_factor * factor, positions)
                for key, query_factor in query
                for factor, positions in self._index.get(key, ())
            ),
            key=lambda g: -g[0],
        )
        seen = bytearray(len(self.items))
        reached = 0.0
        for value, positions in groups:
            if value * best.w_occ + company_points < best.cut:
                reached = value  # nobody unseen earns more occupation from an indexed key
                break
            scan(self._take(positions, seen))
        # Stage 2: the rest, unless even the best of them cannot reach the top.
        slack = max(reached, _UNINDEXED_OCCUPATION) * best.w_occ + company_points - best.cut
        if slack >= 0:
            rest = self._rest(
                point,
                lambda cap, scale: radius(cap, scale, slack),
                required if best.filter_hard else (),
            )
            scan(self._take(rest, seen))


def _located(profile: JobProfile | CandidateProfile) -> LatLon | None:
    if profile._point is None or profile.lat is None or profile.lon is None:
        return None
    return float(profile.lat), float(profile.lon)


def _run(
    best: _TopN,
    items: Iterable[Any] | ProfilePool,
    kind: type,
    scan: Callable[[Iterable[Any]], None],
    **visit: Any,
) -> list[MatchResult]:
    # Shared tail of ``rank`` and ``rank_jobs``: a plain iterable is scanned as it comes, a
    # pool is visited through its indexes.
    if best.top == 0:
        return []
    if isinstance(items, ProfilePool):
        items._check_kind(kind)
        items._visit(best, scan, **visit)
    else:
        scan(items)
    return best.results()


def rank(
    job: JobProfile,
    candidates: Iterable[CandidateProfile] | ProfilePool,
    weights: MatchWeights | None,
    on_date: date,
    *,
    top: int | None = 20,
    min_score: int = 0,
    max_distance_km: float | None = None,
    include_excluded: bool = False,
) -> list[MatchResult]:
    """The best ``top`` candidates for a job (``top=None``: all), explained.

    Order: not excluded first, then score (high first), distance (near first, unknown last),
    candidate id (ids must be unique). ``max_distance_km`` drops pairs known to be farther;
    pairs of unknown distance stay in (their distance part scores 0). Excluded pairs are left
    out unless ``include_excluded``; then they follow all included ones. ``candidates`` may be
    a ``ProfilePool`` of candidates, which gives the same result faster.
    """
    best = _TopN(weights, on_date, top, min_score, max_distance_km, include_excluded)
    return _run(
        best,
        candidates,
        CandidateProfile,
        lambda items: _scan_candidates(job, items, best),
        query=[(k, f) for k, f, level in job._occ_keys if level >= _INDEXED_MIN_LEVEL],
        company_points=job._company * best.w_comp,
        point=_located(job),
        radius=lambda cap, scale, slack: min(
            min(best.max_km, cap) if best.filter_hard else best.max_km,
            _distance_reach(scale, slack, best.w_dist),
        ),
        required=[*(f"t:{t}" for t in job._req_hard), *(f"l:{c}" for c in job._lic_hard)],
    )


def rank_jobs(
    candidate: CandidateProfile,
    jobs: Iterable[JobProfile] | ProfilePool,
    weights: MatchWeights | None,
    on_date: date,
    *,
    top: int | None = 20,
    min_score: int = 0,
    max_distance_km: float | None = None,
    include_excluded: bool = False,
) -> list[MatchResult]:
    """The best ``top`` job orders for a candidate; same rules and order as ``rank``.

    ``jobs`` may be a ``ProfilePool`` of job orders.
    """
    best = _TopN(weights, on_date, top, min_score, max_distance_km, include_excluded)
    return _run(
        best,
        jobs,
        JobProfile,
        lambda items: _scan_jobs(candidate, items, best),
        query=[(k, f) for k, f in candidate._occ.items() if _indexed_key(k)],
        company_points=best.w_comp,  # varies per job; its maximum bounds them all
        point=_located(candidate),
        radius=lambda _cap, _scale, slack: min(
            min(best.max_km, candidate._limit) if best.filter_hard else best.max_km,
            _distance_reach(_commute_band(candidate._limit)[1], slack, best.w_dist),
        ),
    )


# ---------------------------------------------------------------------------------------------
# Prefilter hints for the SQL layer
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CandidatePrefilter:
    """Cheap conditions for fetching the candidates of one job before ``rank``.

    Safe to apply as exclusions (``rank`` with ``include_excluded=False`` would drop the rest):
      * ``hard_licences_any_of`` — per hard licence, the candidate holds one of the set;
      * ``hard_tags`` — folded hard skills/certificates, each among the candidate's folded
        skills or certificates;
      * ``hard_languages`` — (folded language, minimum rank on ``LANGUAGE_LEVELS``);
      * ``available_by`` — ``available_from`` is empty or on/before it.
    Relevance only (never exclude on it, or unknown data is lost): ``disco_prefixes`` — a
    candidate sharing none of them in wishes or experience gets no occupation points; order
    or limit by it. ``box(km)`` is a bounding box around the job for a radius filter.
    """

    disco_prefixes: tuple[str, ...]
    hard_licences_any_of: tuple[frozenset[str], ...]
    hard_tags: frozenset[str]
    hard_languages: tuple[tuple[str, int], ...]
    available_by: date
    point: LatLon | None

    def box(self, radius_km: float) -> tuple[float, float, float, float] | None:
        """``(min_lat, min_lon, max_lat, max_lon)`` around the job, or None if not located."""
        if self.point is None:
            return None
        return bounding_box(self.point[0], self.point[1], radius_km)


@dataclass(frozen=True, slots=True)
class JobPrefilter:
    """Cheap conditions for fetching the job orders of one candidate before ``rank_jobs``.

    Safe exclusions: a job's hard licences must lie in ``licences``, its hard skills and
    certificates (folded) in ``tags``, its hard languages at or below ``languages``; and the
    job must be within ``max_commute_km`` (use ``box()``). ``disco_prefixes`` is relevance only.
    """

    disco_prefixes: frozenset[str]
    licences: frozenset[str]
    tags: frozenset[str]
    languages: Mapping[str, int]
    max_commute_km: float | None
    point: LatLon | None

    def box(self, radius_km: float | None = None) -> tuple[float, float, float, float] | None:
        """Bounding box of ``radius_km`` (default: the candidate's maximum commute)."""
        radius = self.max_commute_km if radius_km is None else radius_km
        if self.point is None or radius is None:
            return None
        return bounding_box(self.point[0], self.point[1], radius)


def candidate_prefilter(job: JobProfile, on_date: date) -> CandidatePrefilter:
    """The hint for fetching candidates for ``job`` (see ``CandidatePrefilter``)."""
    start = date.fromordinal(_start_ord(job, on_date.toordinal()))
    return CandidatePrefilter(
        disco_prefixes=tuple(key for key, _, level in reversed(job._occ_keys) if level != EXACT),
        hard_licences_any_of=tuple(licences_implying(code) for code in sorted(job._lic_hard)),
        hard_tags=job._req_hard,
        hard_languages=tuple((r.key, r.level) for r in job._langs if r.hard),
        available_by=start + timedelta(days=AVAILABILITY_HARD_GAP_DAYS),
        point=_located(job),
    )


def job_prefilter(candidate: CandidateProfile) -> JobPrefilter:
    """The hint for fetching job orders for ``candidate`` (see ``JobPrefilter``)."""
    return JobPrefilter(
        disco_prefixes=frozenset(k for k in candidate._occ if not k.endswith("$")),
        licences=candidate._lic,
        tags=candidate._tags,
        languages=dict(candidate._lang),
        max_commute_km=candidate.max_commute_km,
        point=_located(candidate),
    )
