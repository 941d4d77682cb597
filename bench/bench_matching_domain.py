"""Benchmark of the pure matching domain: ranking 100 000 candidates and 20 000 job orders.

Generates seeded synthetic profiles in memory (DISCO unit groups and postcode centres from
``../shared/data`` when present, invented ones otherwise), then measures over ~30 runs:

* ``rank(job, 100k candidates, top=20)``
* ``rank_jobs(candidate, 20k jobs, top=20)``
* a raw baseline in the same process: a bare Python loop computing only haversine for the
  same number of items. The ratio to it says how much matching costs beyond touching every
  item once, which stays meaningful across machines where absolute times do not.

Run: ``.venv/bin/python bench/bench_matching_domain.py [--runs 30] [--seed 2026]``.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from math import asin, cos, radians, sin, sqrt
from pathlib import Path

from jobcenter_desktop.domain.geo import EARTH_RADIUS_KM
from jobcenter_desktop.domain.matching import (
    CandidateProfile,
    CompanyHistory,
    Experience,
    JobProfile,
    LanguageRequirement,
    MatchWeights,
    Requirement,
    rank,
    rank_jobs,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
ON_DATE = date(2026, 5, 1)
SKILLS = [f"kompetence {i}" for i in range(60)] + [
    "svejsning",
    "lager",
    "rengøring",
    "kundeservice",
]
CERTIFICATES = [
    "truckcertifikat",
    "hygiejnebevis",
    "svejsecertifikat",
    "kranførercertifikat",
    "ADR-bevis",
    "førstehjælp",
]
LICENCES = [(), ("B",), ("B",), ("B",), ("B", "BE"), ("C",), ("CE",), ("D",), ("C1",)]
LANGUAGE_LEVELS = ["grundlæggende", "godt", "flydende", "modersmål"]


def _load_codes(rng: random.Random) -> list[str]:
    path = SHARED / "occupations_disco08.csv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            return [row["code"] for row in csv.DictReader(fh) if row["level"] == "4"]
    return sorted({f"{rng.randrange(1000, 9999)}" for _ in range(436)})


def _load_points(rng: random.Random) -> list[tuple[str, float, float]]:
    path = SHARED / "postcodes.csv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            return [
                (row["postnr"], float(row["latitude"]), float(row["longitude"]))
                for row in csv.DictReader(fh)
                if row["latitude"] and row["longitude"]
            ]
    return [(f"{1000 + i}", rng.uniform(54.6, 57.7), rng.uniform(8.1, 12.7)) for i in range(1000)]


def _near(rng: random.Random, codes: list[str], by_minor: dict[str, list[str]], code: str) -> str:
    # Wishes and experience cluster in one area of work, as real CVs do.
    return rng.choice(by_minor[code[:3]] if rng.random() < 0.6 else codes)


def make_candidates(n: int, rng: random.Random, codes, points) -> list[CandidateProfile]:
    by_minor: dict[str, list[str]] = {}
    for code in codes:
        by_minor.setdefault(code[:3], []).append(code)
    out = []
    for i in range(n):
        postnr, lat, lon = rng.choice(points)
        first = rng.choice(codes)
        desired = [first] + [_near(rng, codes, by_minor, first) for _ in range(rng.randint(0, 2))]
        experience = [
            Experience(_near(rng, codes, by_minor, first), rng.randint(0, 10))
            for _ in range(rng.randint(0, 3))
        ]
        out.append(
            CandidateProfile(
                id=i,
                label=f"Borger {i}",
                postcode=postnr,
                lat=lat + rng.uniform(-0.01, 0.01),
                lon=lon + rng.uniform(-0.01, 0.01),
                desired_occupations=tuple(desired),
                experience=tuple(experience),
                skills=frozenset(rng.sample(SKILLS, rng.randint(1, 8))),
                certificates=frozenset(rng.sample(CERTIFICATES, rng.randint(0, 2))),
                driving_licences=frozenset(rng.choice(LICENCES)),
                languages={
                    "dansk": rng.choice(LANGUAGE_LEVELS),
                    "engelsk": rng.choice(LANGUAGE_LEVELS),
                },
                max_commute_km=rng.choice([None, 10, 20, 30, 40, 60]),
                hours_wanted=rng.choice([None, 15, 25, 30, 37]),
                available_from=ON_DATE + timedelta(days=rng.randint(-60, 120)),
                has_consent_to_share=rng.random() < 0.8,
            )
        )
    return out


def make_jobs(n: int, rng: random.Random, codes, points) -> list[JobProfile]:
    out = []
    for i in range(n):
        postnr, lat, lon = rng.choice(points)
        skills = tuple(
            Requirement(s, hard=rng.random() < 0.2) for s in rng.sample(SKILLS, rng.randint(1, 4))
        )
        certs = tuple(
            Requirement(c, hard=rng.random() < 0.6)
            for c in rng.sample(CERTIFICATES, rng.choice([0, 0, 1]))
        )
        licences = tuple(
            Requirement(code, hard=rng.random() < 0.7)
            for code in (rng.choice(["B", "C", "CE"]),)
            if rng.random() < 0.3
        )
        languages = (
            (LanguageRequirement("dansk", "godt", hard=rng.random() < 0.3),)
            if rng.random() < 0.5
            else ()
        )
        placements = rng.randint(0, 5)
        out.append(
            JobProfile(
                id=i,
                company_id=rng.randint(1, 3000),
                title=f"Job {i}",
                disco_code=rng.choice(codes),
                postcode=postnr,
                lat=lat,
                lon=lon,
                hours_per_week=rng.choice([None, 20, 30, 37]),
                start_date=ON_DATE + timedelta(days=rng.randint(-10, 60)),
                skills=skills,
                certificates=certs,
                driving_licences=licences,
                languages=languages,
                history=CompanyHistory(
                    placements_before=placements,
                    placements_ending_in_job=rng.randint(0, placements),
                    has_active_agreement=rng.random() < 0.3,
                    days_since_last_contact=rng.choice([None, 10, 100, 400]),
                ),
            )
        )
    return out


def haversine_baseline(points: list[tuple[float, float, float]], here: tuple[float, float, float]):
    """The raw floor: one haversine per item, nothing else (same maths as geo.haversine_rad_km)."""
    lat1, lon1, cos1 = here
    best = 0.0
    for lat2, lon2, cos2 in points:
        s_lat = sin((lat2 - lat1) * 0.5)
        s_lon = sin((lon2 - lon1) * 0.5)
        d = 2.0 * EARTH_RADIUS_KM * asin(sqrt(s_lat * s_lat + cos1 * cos2 * s_lon * s_lon))
        if d > best:
            best = d
    return best


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def measure(fn: Callable[[int], object], runs: int) -> list[float]:
    fn(0)  # warm-up: fills caches the way a running app would have them
    times = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000.0)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=20_000)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    codes, points = _load_codes(rng), _load_points(rng)
    t0 = time.perf_counter()
    candidates = make_candidates(args.candidates, rng, codes, points)
    jobs = make_jobs(args.jobs, rng, codes, points)
    print(
        f"generated {len(candidates):,} candidates and {len(jobs):,} jobs "
        f"in {time.perf_counter() - t0:.1f} s (seed {args.seed})"
    )
    weights = MatchWeights()
    probe_jobs = rng.sample(jobs, args.runs + 1)
    probe_cands = rng.sample(candidates, args.runs + 1)
    cand_points = [(radians(c.lat), radians(c.lon), cos(radians(c.lat))) for c in candidates]
    job_points = [(radians(j.lat), radians(j.lon), cos(radians(j.lat))) for j in jobs]

    def here(p) -> tuple[float, float, float]:
        return radians(p.lat), radians(p.lon), cos(radians(p.lat))

    rows = []
    for name, fn, base_fn in (
        (
            f"rank(job, {len(candidates):,} candidates, top=20)",
            lambda i: rank(probe_jobs[i], candidates, weights, ON_DATE, top=20),
            lambda i: haversine_baseline(cand_points, here(probe_jobs[i])),
        ),
        (
            f"rank_jobs(candidate, {len(jobs):,} jobs, top=20)",
            lambda i: rank_jobs(probe_cands[i], jobs, weights, ON_DATE, top=20),
            lambda i: haversine_baseline(job_points, here(probe_cands[i])),
        ),
    ):
        # Interleave is not needed: both are measured back to back in the same warm process.
        times = measure(fn, args.runs)
        base = measure(base_fn, args.runs)
        rows.append(
            (name, p95(times), statistics.median(times), p95(base), statistics.median(base))
        )

    print(f"{'measure':48} {'p95 ms':>8} {'median':>8} {'base p95':>9} {'ratio p95':>9}")
    for name, t95, tmed, b95, _bmed in rows:
        print(f"{name:48} {t95:8.1f} {tmed:8.1f} {b95:9.1f} {t95 / b95:9.2f}")
    print(f"runs: {args.runs}; baseline = bare haversine loop over the same items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
