"""Matching benchmarks (issue 6), each against a raw baseline measured in the same run.

1. Job order → 100k citizens, top 20 explained: p95 of ``MatchingService.match_job_order`` vs the
   bare SQL prefilter fetch (every citizen sharing the job's DISCO minor group, with postcode,
   coordinates and commute; no scoring, no reading of profiles).        target: p95 < 100 ms
2. Citizen → 20k open job orders, top 20 explained: p95 of ``match_candidate`` (job orders) vs
   the bare fetch of the open job orders in the citizen's minor groups. target: p95 < 100 ms
   Also with companies without a job order (informational).
3. Placement summary PDF: ``PlacementService.summary_pdf`` (reads the placement, checks the
   rules, renders) vs rendering the same summary alone.                 target: < 0.5 s
With ``--big``: job order → 1M citizens on the cached 1M store, to show how it scales.

The 100k store (``_stores.store(20_000, 100_000)``) is copied to a temporary directory first,
because the benchmark adds open job orders (bulk inserts) until there are 20 000, writes a
placement and logs searches; the cached store stays as it was.

Run: ``.venv/bin/python bench/bench_matching.py [--runs 60] [--big]``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stores  # noqa: E402
from _stores import median, p95, report  # noqa: E402

OPEN_TARGET = 20_000


def _add_open_job_orders(path: Path, wanted: int, seed: int = 6) -> int:
    """Bulk-insert open job orders (with requirements) until ``wanted`` are open."""
    from sqlalchemy import create_engine, func, insert, select

    from jobcenter_desktop.domain.text import index_text
    from jobcenter_desktop.persistence.orm import (
        Company,
        JobOrder,
        JobOrderRequirement,
        Workplace,
        new_id,
        search_rowid_for,
    )
    from jobcenter_desktop.services.demo import CERTIFICATES, SKILLS, TRADES

    engine = create_engine(f"sqlite:///{path}")
    rng = random.Random(seed)
    today = datetime.now(UTC).date()
    with engine.begin() as conn:
        have = conn.execute(select(func.count()).select_from(JobOrder).where(
            JobOrder.status.in_(("open", "in_progress")), JobOrder.deleted_at.is_(None))).scalar_one()
        missing = max(0, wanted - have)
        companies = conn.execute(select(Company.id, Company.postcode, Workplace.id)
                                 .join(Workplace, Workplace.company_id == Company.id)).all()
        jobs, reqs = [], []
        for _ in range(missing):
            cid, postcode, wid = rng.choice(companies)
            trade = rng.choice(TRADES)
            jid = new_id()
            deadline = today + timedelta(days=rng.randint(5, 90))
            jobs.append({"id": jid, "company_id": cid, "workplace_id": wid, "title": trade[3],
                         "disco_code": trade[2], "positions": 1, "location_postcode": postcode,
                         "hours_per_week": float(rng.choice((37, 37, 30, 25, 15))),
                         "start_date": deadline + timedelta(days=14), "deadline": deadline,
                         "description": "", "schemes_allowed": ["ORD", "VP", "LT_PRIV"],
                         "status": "open", "search_rowid": search_rowid_for(jid),
                         "search_text": index_text(trade[3], trade[2])})
            if rng.random() < 0.6:
                reqs.append({"id": new_id(), "job_order_id": jid, "kind": "certificate",
                             "value": rng.choice(CERTIFICATES), "level": None,
                             "hard": rng.random() < 0.5})
            if rng.random() < 0.5:
                reqs.append({"id": new_id(), "job_order_id": jid, "kind": "licence",
                             "value": rng.choice(("B", "C", "CE")), "level": None,
                             "hard": rng.random() < 0.6})
            reqs.append({"id": new_id(), "job_order_id": jid, "kind": "skill",
                         "value": rng.choice(SKILLS), "level": None, "hard": False})
            reqs.append({"id": new_id(), "job_order_id": jid, "kind": "language", "value": "dansk",
                         "level": "godt", "hard": rng.random() < 0.3})
        for i in range(0, len(jobs), 5000):
            conn.execute(insert(JobOrder), jobs[i:i + 5000])
        for i in range(0, len(reqs), 5000):
            conn.execute(insert(JobOrderRequirement), reqs[i:i + 5000])
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    return missing


def _timed(fn, runs: list) -> list[float]:  # noqa: ANN001
    out = []
    for item in runs:
        started = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - started)
    return out


def _raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA cache_size=-65536")  # as the app's engine
    return conn


RAW_CANDIDATES = """
SELECT o.candidate_id, c.postcode, c.max_commute_km, p.lat, p.lon
FROM candidate_occupation o JOIN candidate c ON c.id = o.candidate_id
LEFT JOIN ref_postcode p ON p.postnr = c.postcode
WHERE o.disco_code >= ? AND o.disco_code < ? AND c.deleted_at IS NULL AND c.erased_at IS NULL
"""

RAW_JOBS = """
SELECT j.id, j.disco_code, coalesce(j.location_postcode, c.postcode), j.hours_per_week
FROM job_order j JOIN company c ON c.id = j.company_id
WHERE j.status IN ('open', 'in_progress') AND j.deleted_at IS NULL AND ({ranges})
"""


def bench_job_to_candidates(services, path: Path, runs: int, label: str) -> None:  # noqa: ANN001
    from jobcenter_desktop.services.lists import ListQuery
    from jobcenter_desktop.services.matching import MatchingService, entity_id

    matching = MatchingService(services.ctx)
    ids = services.job_orders.list_ids(ListQuery(filters={"status": ["open", "in_progress"]}))
    rng = random.Random(11)
    sample = [entity_id(i) for i in rng.sample(ids, min(runs, len(ids)))]
    codes = {}
    with services.ctx.uow() as uow:
        from jobcenter_desktop.persistence.orm import JobOrder

        for jid in sample:
            codes[jid] = uow.session.get(JobOrder, jid).disco_code or ""
    raw = _raw_connection(path)

    def raw_fetch(jid: str) -> None:
        prefix = codes[jid][:3]
        raw.execute(RAW_CANDIDATES, (prefix, prefix + ":")).fetchall()

    stats = {"prefiltered": [], "scored": []}

    def ours(jid: str) -> None:
        result = matching.match_job_order(jid, top=20)
        stats["prefiltered"].append(result.prefiltered)
        stats["scored"].append(result.scored)

    ours(sample[0])
    raw_fetch(sample[0])  # warm both
    raw_times = _timed(raw_fetch, sample)
    our_times = _timed(ours, sample)
    report(f"job order → {label} citizens, top 20, median", median(our_times), median(raw_times))
    report(f"job order → {label} citizens, top 20, p95", p95(our_times), p95(raw_times),
           "target p95 < 100 ms")
    print(f"    rows per search from the prefilter: median {median(stats['prefiltered']):.0f}; "
          f"profiles read and scored: median {median(stats['scored']):.0f} "
          f"(the raw fetch returns every citizen of the minor group)")


def bench_candidate_to_jobs(services, path: Path, runs: int) -> None:  # noqa: ANN001
    from jobcenter_desktop.services.lists import ListQuery
    from jobcenter_desktop.services.matching import MatchingService, entity_id

    matching = MatchingService(services.ctx)
    ids = services.candidates.list_ids(ListQuery())
    rng = random.Random(12)
    sample = [entity_id(i) for i in rng.sample(ids, min(runs, len(ids)))]
    prefixes = {}
    with services.ctx.uow() as uow:
        found = matching._candidate_profiles(uow.session, sample)
        for cid in sample:
            p = found[cid][0]
            prefixes[cid] = sorted({c[:3] for c in (*p.desired_occupations,
                                                    *(e.disco_code for e in p.experience))})
    raw = _raw_connection(path)

    def raw_fetch(cid: str) -> None:
        ranges = " OR ".join("(j.disco_code >= ? AND j.disco_code < ?)" for _ in prefixes[cid]) or "0"
        params = [x for p in prefixes[cid] for x in (p, p + ":")]
        raw.execute(RAW_JOBS.format(ranges=ranges), params).fetchall()

    raw_fetch(sample[0])
    matching.match_candidate(sample[0], kinds=("job_order",))
    raw_times = _timed(raw_fetch, sample)
    jobs_only = _timed(lambda c: matching.match_candidate(c, top=20, kinds=("job_order",)), sample)
    both = _timed(lambda c: matching.match_candidate(c, top=20), sample)
    report("citizen → 20k open job orders, top 20, median", median(jobs_only), median(raw_times))
    report("citizen → 20k open job orders, top 20, p95", p95(jobs_only), p95(raw_times),
           "target p95 < 100 ms")
    report("citizen → job orders + companies, top 20 each, p95", p95(both), p95(raw_times))


def bench_placement_pdf(services, runs: int) -> None:  # noqa: ANN001
    from sqlalchemy import select

    from jobcenter_desktop.persistence.orm import Candidate, JobOrder, Workplace
    from jobcenter_desktop.reports.base import ReportContext
    from jobcenter_desktop.reports.placement_summary import render_placement_summary
    from jobcenter_desktop.services.placements import FollowUpItem, PlacementInput, PlacementService

    placements = PlacementService(services.ctx)
    with services.ctx.uow() as uow:
        s = uow.session
        job = s.scalars(select(JobOrder).where(JobOrder.status == "open",
                                               JobOrder.workplace_id.isnot(None)).limit(1)).one()
        cand = s.scalar(select(Candidate.id).limit(1))
        wid = s.scalar(select(Workplace.id).where(Workplace.id == job.workplace_id))
        company_id = job.company_id
    start = date(2026, 3, 2)
    detail = placements.create(PlacementInput(
        candidate_id=str(cand), company_id=str(company_id), workplace_id=str(wid), job_order_id=str(job.id),
        scheme_code="LT_PRIV", start=start, planned_end=date(2026, 8, 31), hours_per_week=37,
        purpose="Oplæring og vej mod ordinært job.", learning_goals=("Faglige opgaver", "Sikkerhed"),
        follow_ups=(FollowUpItem(date(2026, 3, 16), "Opfølgning på virksomheden"),)))
    summary = placements.summary(detail.id)
    context = ReportContext(jobcenter_name="Jobcenter Bench", printed_by="bench",
                            printed_at=datetime.now(UTC))
    render_placement_summary(summary, context)
    placements.summary_pdf(detail.id)
    raw_times = _timed(lambda _: render_placement_summary(summary, context), range(runs))
    our_times = _timed(lambda _: placements.summary_pdf(detail.id), range(runs))
    report("placement summary PDF (check + render), median", median(our_times), median(raw_times))
    report("placement summary PDF (check + render), max", max(our_times), max(raw_times),
           "target < 0.5 s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--big", action="store_true", help="also job order → 1M citizens")
    args, _ = parser.parse_known_args()

    from jobcenter_desktop.services.bootstrap import open_store

    cached = _stores.store(20_000, 100_000)
    with tempfile.TemporaryDirectory(prefix="jc_bench_matching_") as tmp:
        path = Path(tmp) / "store.sqlite3"
        shutil.copy(cached, path)
        added = _add_open_job_orders(path, OPEN_TARGET)
        print(f"store: 20k companies, 100k citizens, {OPEN_TARGET} open job orders "
              f"({added} added for the benchmark)", flush=True)
        services = open_store(path, vault=_stores.vault(), username="bench")
        try:
            bench_job_to_candidates(services, path, args.runs, "100k")
            bench_candidate_to_jobs(services, path, args.runs)
            bench_placement_pdf(services, max(5, args.runs // 4))
        finally:
            services.close()
    if args.big:
        big = _stores.store(1000, 1_000_000)
        with tempfile.TemporaryDirectory(prefix="jc_bench_matching_big_") as tmp:
            path = Path(tmp) / "store.sqlite3"
            shutil.copy(big, path)
            services = open_store(path, vault=_stores.vault(), username="bench")
            try:
                bench_job_to_candidates(services, path, max(10, args.runs // 3), "1M")
            finally:
                services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
