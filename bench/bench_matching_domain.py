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
from math import asin, sin, sqrt
from pathlib import Path

from jobcenter_desktop.domain.geo import EARTH_RADIUS_KM, to_rad_point
from jobcenter_desktop.domain.matching import (
    CandidateProfile,
    CompanyHistory,
    Experience,
    JobProfile,
    LanguageRequirement,
    MatchWeights,
    ProfilePool,
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


def measure(
    fn: Callable[[int], object], base: Callable[[int], object], runs: int
) -> tuple[list[float], list[float], list[float]]:
    """Wall times of ``fn``, CPU times of ``fn`` and wall times of its baseline, in ms.

    Interleaved run by run, so ``fn`` and the baseline see the same machine load; the CPU
    time shows what the code costs when the host is busy with other work.
    """
    fn(0)  # warm-up: fills caches the way a running app would have them
    base(0)
    wall, cpu, base_wall = [], [], []
    for i in range(runs):
        start = time.perf_counter()
        base(i)
        middle, cpu_start = time.perf_counter(), time.process_time()
        fn(i)
        end, cpu_end = time.perf_counter(), time.process_time()
        base_wall.append((middle - start) * 1000.0)
        wall.append((end - middle) * 1000.0)
        cpu.append((cpu_end - cpu_start) * 1000.0)
    return wall, cpu, base_wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=20_000)
    args, _ = parser.parse_known_args(argv)  # run_all.py may pass options meant for others

    rng = random.Random(args.seed)
    codes, points = _load_codes(rng), _load_points(rng)
    t0 = time.perf_counter()
    candidates = make_candidates(args.candidates, rng, codes, points)
    jobs = make_jobs(args.jobs, rng, codes, points)
    print(
        f"generated {len(candidates):,} candidates and {len(jobs):,} jobs "
        f"in {time.perf_counter() - t0:.1f} s (seed {args.seed})"
    )
    t0 = time.perf_counter()
    candidate_pool = ProfilePool(candidates)
    t1 = time.perf_counter()
    job_pool = ProfilePool(jobs)
    t2 = time.perf_counter()
    print(
        f"ProfilePool build: candidates {t1 - t0:.2f} s, jobs {t2 - t1:.2f} s (once per data change)"
    )

    weights = MatchWeights()
    probe_jobs = rng.sample(jobs, args.runs)
    probe_cands = rng.sample(candidates, args.runs)
    cand_points = [to_rad_point(c.lat, c.lon) for c in candidates]
    job_points = [to_rad_point(j.lat, j.lon) for j in jobs]

    def here(p: JobProfile | CandidateProfile) -> tuple[float, float, float]:
        return to_rad_point(p.lat, p.lon)

    n_c, n_j = f"{len(candidates):,} candidates", f"{len(jobs):,} jobs"
    cases = [
        (
            f"rank(job, {n_c}, top=20), list",
            lambda i: rank(probe_jobs[i], candidates, weights, ON_DATE, top=20),
            "c",
        ),
        (
            f"rank(job, {n_c}, top=20), ProfilePool",
            lambda i: rank(probe_jobs[i], candidate_pool, weights, ON_DATE, top=20),
            "c",
        ),
        (
            f"rank_jobs(candidate, {n_j}, top=20), list",
            lambda i: rank_jobs(probe_cands[i], jobs, weights, ON_DATE, top=20),
            "j",
        ),
        (
            f"rank_jobs(candidate, {n_j}, top=20), ProfilePool",
            lambda i: rank_jobs(probe_cands[i], job_pool, weights, ON_DATE, top=20),
            "j",
        ),
    ]
    baselines = {
        "c": lambda i: haversine_baseline(cand_points, here(probe_jobs[i])),
        "j": lambda i: haversine_baseline(job_points, here(probe_cands[i])),
    }
    rows = [(name, *measure(fn, baselines[side], args.runs)) for name, fn, side in cases]

    print(f"{'measure':54} {'p95 ms':>7} {'median':>7} {'cpu p95':>7} {'base p95':>8} {'ratio':>6}")
    for name, wall, cpu, base in rows:
        t95, b95 = p95(wall), p95(base)
        print(
            f"{name:54} {t95:7.1f} {statistics.median(wall):7.1f} {p95(cpu):7.1f} "
            f"{b95:8.1f} {t95 / b95:6.2f}"
        )
    print(
        f"runs: {args.runs}, a different job/candidate each run; ratio = p95 / p95 of a bare "
        "haversine loop over the same number of items, interleaved with it in this process"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
