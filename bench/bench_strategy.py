"""Strategy-map benchmarks (issue 7), each against a raw baseline measured in the same run.

1. A map with 200 goals and 400 links opens (model → scene) and paints, vs a bare
   QGraphicsScene with the same number of plain rectangle items painted the same way.
                                                            target: < 300 ms
2. Recomputing every live indicator of a map (one indicator per measure, monthly and
   quarterly) over 100k companies / 1M contacts, vs a raw
   ``SELECT count(*) … GROUP BY month`` over the contact log.      target: < 2 s
3. Poster PDF (A3 map + briefing pages) of the 200-goal map, vs ReportLab drawing the same
   number of plain rectangles on one page.                        target: < 1 s

The CRM store is generated once with bulk inserts into an SQLite file in $JC_BENCH_DIR
(default /tmp/jc_bench) and reused by later runs.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _stores import BENCH_DIR, ms, report, vault  # noqa: E402

COMPANIES = 100_000
CONTACTS = 1_000_000
FIRST_DAY = date(2024, 1, 1)
LAST_DAY = date(2026, 10, 31)


# ---------------------------------------------------------------------- the CRM store


def crm_store(companies: int = COMPANIES, contacts: int = CONTACTS, seed: int = 5) -> Path:
    """An SQLite store with companies, contacts, job orders, mediation events, placements,
    agreements and follow-ups in realistic proportions, built once with bulk inserts."""
    from sqlalchemy import insert

    from jobcenter_desktop.persistence import orm
    from jobcenter_desktop.services.bootstrap import open_store

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"crm_{companies}_{contacts}_{seed}.sqlite3"
    done = path.with_suffix(".done")
    if path.exists() and done.exists():
        return path
    for stale in (path, path.with_suffix(".sqlite3-wal"), path.with_suffix(".sqlite3-shm")):
        stale.unlink(missing_ok=True)
    print(f"building {path.name} (once) …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    rng = random.Random(seed)
    services = open_store(path, vault=vault(), username="bench")
    span = (LAST_DAY - FIRST_DAY).days
    now = datetime.now(UTC)

    def moment() -> datetime:
        day = FIRST_DAY + timedelta(days=rng.randrange(span))
        return datetime(day.year, day.month, day.day, rng.randrange(6, 18), rng.randrange(60),
                        tzinfo=UTC)

    def stamp(row: dict, created: datetime | None = None) -> dict:
        row.update(id=orm.new_id(), version=1, created_at=created or now, modified_at=now)
        return row

    with services.engine.begin() as conn:
        users = [stamp({"username": f"k{n}", "name": f"Konsulent {n}", "section": "Jobservice"})
                 for n in range(25)]
        conn.execute(insert(orm.User), users)
        user_ids = [u["id"] for u in users]
        company_ids: list[str] = []
        rows = []
        for n in range(companies):
            row = stamp({
                "cvr": f"{10000000 + n}", "name": f"Virksomhed {n} ApS",
                "name_key": f"virksomhed {n}", "sort_key": f"virksomhed {n:06d}",
                "status": rng.choice(("active", "active", "active", "prospect", "dormant", "closed")),
                "employee_band": rng.choice(("", "1", "2-4", "5-9", "10-19", "50-99")),
                "kommune_code": rng.choice(("607", "621", "630")),
                "search_text": f"virksomhed {n}", "sector": "private",
            })
            row["search_rowid"] = orm.search_rowid_for(row["id"])
            company_ids.append(row["id"])
            rows.append(row)
            if len(rows) == 20_000:
                conn.execute(insert(orm.Company), rows)
                rows = []
        if rows:
            conn.execute(insert(orm.Company), rows)
        rows = []
        channels = ("visit", "phone", "phone", "email", "meeting", "jobnet")
        for _ in range(contacts):
            rows.append(stamp({"company_id": rng.choice(company_ids), "at": moment(),
                               "channel": rng.choice(channels), "consultant_id": rng.choice(user_ids),
                               "summary": "", "outcome": ""}))
            if len(rows) == 50_000:
                conn.execute(insert(orm.ContactLogEntry), rows)
                rows = []
                print(".", end="", file=sys.stderr, flush=True)
        if rows:
            conn.execute(insert(orm.ContactLogEntry), rows)
        jobs, events = [], []
        for _ in range(companies // 3):
            created = moment()
            job = stamp({"company_id": rng.choice(company_ids), "title": "Lagermedarbejder",
                         "deadline": (created + timedelta(days=rng.randint(5, 60))).date(),
                         "status": "open", "search_text": "lager"}, created)
            job["search_rowid"] = orm.search_rowid_for(job["id"])
            jobs.append(job)
            if rng.random() < 0.7:
                events.append({"id": orm.new_id(), "job_order_id": job["id"], "kind": "candidate_proposed",
                               "at": created + timedelta(days=rng.randint(0, 20), hours=1), "reason": ""})
            if rng.random() < 0.6:
                status = "filled" if rng.random() < 0.7 else "expired"
                job["status"] = status
                events.append({"id": orm.new_id(), "job_order_id": job["id"], "kind": "status_change",
                               "old_status": "open", "new_status": status, "reason": "",
                               "at": created + timedelta(days=rng.randint(1, 90), hours=2)})
        conn.execute(insert(orm.JobOrder), jobs)
        conn.execute(insert(orm.MediationEvent), events)
        placements, agreements, followups = [], [], []
        schemes = ("ORD", "VP", "VP", "LT_PRIV", "LT_OFF", "FLEX", "MENTOR")
        outcomes = ("ordinary_job_same_company", "ordinary_job_elsewhere", "education",
                    "back_to_benefit", None)
        candidate = stamp({"name": "Bench Borger", "sort_key": "bench", "label": "K-1",
                           "search_text": "bench"})
        candidate["search_rowid"] = orm.search_rowid_for(candidate["id"])
        conn.execute(insert(orm.Candidate), [candidate])
        for _ in range(companies // 5):
            start = moment().date()
            end = start + timedelta(weeks=rng.choice((4, 13, 26)))
            closed = end < LAST_DAY and rng.random() < 0.9
            placements.append(stamp({
                "candidate_id": candidate["id"], "company_id": rng.choice(company_ids),
                "scheme_code": rng.choice(schemes), "start": start, "planned_end": end,
                "actual_end": end if closed else None,
                "status": rng.choice(("completed", "stopped_early")) if closed else "active",
                "outcome": rng.choice(outcomes) if closed else None}))
        for _ in range(companies // 10):
            start = moment().date()
            agreements.append(stamp({"company_id": rng.choice(company_ids), "type": "samarbejdsaftale",
                                     "start": start, "end": start + timedelta(days=rng.choice((365, 730)))}))
        for _ in range(companies):
            due = moment().date()
            is_done = rng.random() < 0.7
            followups.append(stamp({"company_id": rng.choice(company_ids), "due": due,
                                    "text": "Ring op", "assigned_to_id": rng.choice(user_ids),
                                    "done_at": datetime.combine(due + timedelta(days=rng.randint(-3, 30)),
                                                                datetime.min.time(), UTC) if is_done else None}))
        conn.execute(insert(orm.Placement), placements)
        conn.execute(insert(orm.Agreement), agreements)
        conn.execute(insert(orm.FollowUp), followups)
    with services.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    services.close()
    done.write_text("ok")
    print(f"\nbuilt in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path
