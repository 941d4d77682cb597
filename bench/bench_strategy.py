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

from _stores import BENCH_DIR, report, vault  # noqa: E402

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
        # Contacts are logged as they happen, so the table is (roughly) in time order.
        moments = sorted(moment() for _ in range(contacts))
        for at in moments:
            rows.append(stamp({"company_id": rng.choice(company_ids), "at": at,
                               "channel": rng.choice(channels), "consultant_id": rng.choice(user_ids),
                               "summary": "", "outcome": ""}))
            if len(rows) == 50_000:
                conn.execute(insert(orm.ContactLogEntry), rows)
                rows = []
                print(".", end="", file=sys.stderr, flush=True)
        if rows:
            conn.execute(insert(orm.ContactLogEntry), rows)
        jobs, events = [], []
        for created in sorted(moment() for _ in range(companies // 3)):
            job = stamp({"company_id": rng.choice(company_ids), "title": "Lagermedarbejder",
                         "deadline": (created + timedelta(days=rng.randint(5, 60))).date(),
                         "status": "open", "search_text": "lager"}, created)
            job["search_rowid"] = orm.search_rowid_for(job["id"])
            jobs.append(job)
            if rng.random() < 0.7:
                events.append({"id": orm.new_id(), "job_order_id": job["id"], "kind": "candidate_proposed",
                               "old_status": None, "new_status": None, "reason": "",
                               "at": created + timedelta(days=rng.randint(0, 20), hours=1)})
            if rng.random() < 0.6:
                status = "filled" if rng.random() < 0.7 else "expired"
                job["status"] = status
                events.append({"id": orm.new_id(), "job_order_id": job["id"], "kind": "status_change",
                               "old_status": "open", "new_status": status, "reason": "",
                               "at": created + timedelta(days=rng.randint(1, 90), hours=2)})
        conn.execute(insert(orm.JobOrder), jobs)
        conn.execute(insert(orm.MediationEvent), sorted(events, key=lambda e: e["at"]))
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


# ---------------------------------------------------------------------- a big map


def big_map(goals: int = 200, links: int = 400, seed: int = 3):  # noqa: ANN201
    """A map with ``goals`` goals in six lanes, ``links`` acyclic arrows (some to the
    vision), one indicator per goal with targets and eight quarters of measurements."""
    from jobcenter_desktop.domain.strategy import VISION_ID, StrategyMap

    rng = random.Random(seed)
    m = StrategyMap(title="Stort strategikort – belastningstest", vision_text="Lokal vækst og jobskabelse",
                    vision_year=2027, span_start=date(2025, 1, 1), span_end=date(2027, 12, 31))
    lanes = [m.add_focus_area(name=f"Fokusområde {n + 1} – æøå").id for n in range(6)]
    ids = []
    for n in range(goals):
        goal = m.add_goal(text=f"Mål nr. {n + 1}: flere virksomheder får hurtig og præcis service",
                          focus_area_id=lanes[n % len(lanes)], owner="leder, Jobservice")
        ids.append(goal.id)
        ind = m.add_indicator(goal_id=goal.id, name=f"Indikator {n + 1}", unit="antal",
                              period="quarter")
        m.set_target(ind.id, date(2025, 1, 1), target=100, amber_limit=80, by="bench")
        for q in range(8):
            m.add_measurement(ind.id, date(2025 + q // 4, 3 * (q % 4) + 1, 1),
                              rng.randint(60, 120), entered_by="bench")
    made = 0
    pairs = set()
    while made < links:
        a, b = sorted(rng.sample(range(goals), 2))
        to = VISION_ID if made % 10 == 0 else ids[b]
        if (a, to) in pairs:
            continue
        pairs.add((a, to))
        # lower index → higher index (or the vision): acyclic by construction
        m.add_link(ids[a], to)
        made += 1
    m.tidy_layout()
    return m


# ---------------------------------------------------------------------- benchmarks


def bench_open_and_paint(runs: int = 5) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

    from jobcenter_desktop.ui.strategy_map.scene import StrategyScene
    from jobcenter_desktop.ui.strategy_map.view import MapView

    app = QApplication.instance() or QApplication([])
    m = big_map()
    ours, raw = [], []
    for _ in range(runs):
        started = time.perf_counter()
        scene = StrategyScene()
        view = MapView(scene)
        view.resize(1400, 860)
        scene.set_map(m)
        view.fit()
        view.grab()  # paints every visible item
        ours.append(time.perf_counter() - started)
        assert len(scene.cards) == 200 and len(scene.arrows) == 400
        view.deleteLater()
        scene.deleteLater()
        app.processEvents()
        started = time.perf_counter()
        bare = QGraphicsScene()
        plain = QGraphicsView(bare)
        plain.resize(1400, 860)
        for goal in m.goals:
            bare.addRect(QRectF(goal.x, goal.y, 220, 90), QPen(QColor("#333333")),
                         QBrush(QColor("#ffffff")))
        for n in range(400):
            g = m.goals[n % 200]
            bare.addRect(QRectF(g.x + 100, g.y - 20, 20, 20), QPen(QColor("#333333")))
        plain.fitInView(bare.itemsBoundingRect())
        plain.grab()
        raw.append(time.perf_counter() - started)
        plain.deleteLater()
        bare.deleteLater()
        app.processEvents()
    report("map 200 goals / 400 links: open (model → scene) + paint",
           statistics.median(ours), statistics.median(raw), "target < 300 ms")


def bench_indicators(runs: int = 3) -> None:
    from jobcenter_desktop.domain import measures
    from jobcenter_desktop.domain.strategy import IndicatorSource, StrategyMap
    from jobcenter_desktop.services.bootstrap import open_store
    from jobcenter_desktop.services.indicators import IndicatorService

    path = crm_store()
    services = open_store(path, vault=vault(), username="bench")
    m = StrategyMap(title="Alle målinger", span_start=date(2024, 1, 1), span_end=date(2026, 12, 31))
    area = m.add_focus_area(name="Virksomhedskontakten")
    goal = m.add_goal(text="Alle live indikatorer", focus_area_id=area.id)
    keys = [x.key for x in measures.all_measures()] + ["placements_started:praktik"]
    for key in keys:
        m.add_indicator(goal_id=goal.id, name=key, source=IndicatorSource.COMPUTED,
                        measure_key=key, period="quarter")
    m.add_indicator(goal_id=goal.id, name="kontakter pr. måned", source=IndicatorSource.COMPUTED,
                    measure_key="company_contacts", period="month")
    from jobcenter_desktop.domain import strategy_io

    templates = [strategy_io.load_template(name, start_year=2024)
                 for name in ("company_service", "recruitment_channel")]
    service = IndicatorService(services.ctx)
    today = date(2026, 11, 25)
    service.compute_for_map(m, today=today)  # warm the page cache, as a second open would
    for label, maps in ((f"recompute all {len(keys) + 1} live indicators (every measure)", [m]),
                        ("recompute the two template maps' live indicators", templates)):
        ours, raw = [], []
        for _ in range(runs):
            started = time.perf_counter()
            values = [v for each in maps for v in service.compute_for_map(each, today=today)]
            ours.append(time.perf_counter() - started)
            conn = sqlite3.connect(path)
            started = time.perf_counter()
            conn.execute("SELECT strftime('%Y-%m', at), count(*) FROM contact_log_entry "
                         "GROUP BY 1").fetchall()
            raw.append(time.perf_counter() - started)
            conn.close()
        report(f"{label}: {len(values)} values, 100k co./1M contacts",
               statistics.median(ours), statistics.median(raw), "target < 2 s")
    services.close()


def bench_poster(runs: int = 3) -> None:
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfgen.canvas import Canvas

    from jobcenter_desktop.domain import strategy_io
    from jobcenter_desktop.reports.base import ReportContext
    from jobcenter_desktop.reports.strategy_poster import render_strategy_poster
    from jobcenter_desktop.services.strategy import poster_data

    context = ReportContext(jobcenter_name="Jobcenter Fredericia", printed_by="Bench",
                            printed_at=date(2026, 11, 25))
    template = strategy_io.load_template("company_service", start_year=2025)
    for name, m in (("poster PDF, template map (A3 + briefing)", template),
                    ("poster PDF, 200-goal map (A3 + briefing)", big_map())):
        ours, raw = [], []
        for _ in range(runs):
            started = time.perf_counter()
            pdf = render_strategy_poster(poster_data(m), context, paper="A3")
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            buffer = __import__("io").BytesIO()
            canvas = Canvas(buffer, pagesize=landscape(A3))
            for goal in m.goals:
                canvas.rect(goal.x / 3, goal.y / 3, 70, 30)
                canvas.drawString(goal.x / 3 + 2, goal.y / 3 + 2, goal.text[:20])
            canvas.save()
            raw.append(time.perf_counter() - started)
        report(f"{name} ({len(pdf) // 1024} kB)", statistics.median(ours),
               statistics.median(raw), "target < 1 s")


def main() -> int:
    print("Strategy map benchmarks (median of runs; raw baseline measured in the same run)")
    bench_open_and_paint()
    bench_poster()
    bench_indicators()
    return 0


if __name__ == "__main__":
    sys.exit(main())
