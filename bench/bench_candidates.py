"""Candidates (issue 5) at 1M citizens, each figure against a raw baseline from the same run.

Store: ``demo_1000_1000000_11`` (1 000 companies, 1 000 000 candidates), built once by
``services.demo.seed_demo`` and cached in $JC_BENCH_DIR (default /tmp/jc_bench).

1. Open list: the service's id query + first page of rows, vs the same id query in plain
   sqlite3.                                                 target: < 1 s
2. Search as you type: p95 over what consultants type (names, name prefixes, towns,
   postcodes, DISCO codes) vs the same plan in plain sqlite3.  target: p95 < 100 ms
3. Filter skill + driving licence + kommune: p95 over random combinations vs the same SQL in
   plain sqlite3.                                          target: p95 < 200 ms
4. Client summary PDF of a citizen with placements, store to bytes.   target: < 0.5 s
5. Batch of 100 anonymised profiles (store → one PDF) vs raw ReportLab printing the same text
   on as many pages.                                       target: ≥ 50 % of the raw page rate
6. The other filters, as shipped and with the indexes proposed to the lead (created for the
   measurement and dropped again, so the cached store keeps the shipped schema). Skip with
   ``--no-proposed``.

Run: ``.venv/bin/python bench/bench_candidates.py``.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stores  # noqa: E402
from _stores import median, p95, report  # noqa: E402

COMPANIES, CANDIDATES = 1000, 1_000_000
SKILLS = ("kundeservice", "lagerstyring", "excel", "rengøring", "pladearbejde", "tig-svejsning",
          "kassearbejde", "madlavning", "montage", "salg", "truckcertifikat", "hygiejnebevis")
LICENCES = ("B", "BE", "C", "CE", "D", "C1")
# The proposed indexes (see the final report of issue 5): name, table, columns.
PROPOSED = (
    ("ix_prop_candidate_kommune_live", "candidate",
     "kommune_code, deleted_at, erased_at, sort_key, id"),
    ("ix_prop_candidate_readiness_live", "candidate",
     "readiness, deleted_at, erased_at, sort_key, id"),
    ("ix_prop_candidate_consultant_live", "candidate",
     "responsible_consultant_id, deleted_at, erased_at, sort_key, id"),
    ("ix_prop_candidate_occupation_code", "candidate_occupation", "disco_code, candidate_id"),
    ("ix_prop_target_group_period_code", "target_group_period",
     "target_group_code, candidate_id, valid_from, valid_to"),
    ("ix_prop_candidate_language", "candidate_language", "language, candidate_id"),
)
failures = 0


def check(ok: bool) -> str:
    global failures
    failures += not ok
    return "OK" if ok else "FAIL"


def timed(fn, runs: int = 1) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def raw_sql(services, query) -> tuple[str, tuple]:  # noqa: ANN001
    """The service's own statement as plain SQL + parameters, for the raw baseline."""
    from sqlalchemy.dialects import sqlite

    stmt, _criterion, fts = services.candidates.id_statement(query)
    compiled = stmt.compile(dialect=sqlite.dialect(paramstyle="qmark"))
    sql = str(compiled)
    if fts:
        sql = sql.replace("\nFROM candidate \n", "\nFROM candidate INDEXED BY ix_candidate_live_search \n")
    processors = compiled._bind_processors  # the type conversions SQLAlchemy would apply
    values = compiled.params
    params = tuple(processors[name](values[name]) if name in processors else values[name]
                   for name in compiled.positiontup)
    params = tuple(p.isoformat() if isinstance(p, date) else p for p in params)
    return sql, params


def pair(services, raw: sqlite3.Connection, queries, label: str, target_ms: float,  # noqa: ANN001
         target_text: str, split: int | None = None) -> None:
    """p95 of the service against the same SQL in plain sqlite3. With ``split``, also the
    p95 of queries with fewer / more hits than ``split`` (names vs whole towns)."""
    ours, base = [], []
    counts: list[int] = []
    for q in queries:
        sql, params = raw_sql(services, q)
        base += timed(lambda sql=sql, params=params: raw.execute(sql, params).fetchall())
        ours += timed(lambda q=q, counts=counts: counts.append(len(services.candidates.list_ids(q))))
    p = p95(ours)
    report(f"{label} p95 ({len(queries)} queries, median {int(statistics.median(counts))} hits)",
           p, p95(base), f"{target_text}  {check(p * 1000 < target_ms)}")
    if split:
        for name, keep in ((f"fewer than {split} hits", lambda n: n < split),
                           (f"{split} hits or more", lambda n: n >= split)):
            mine = [t for t, n in zip(ours, counts, strict=True) if keep(n)]
            theirs = [t for t, n in zip(base, counts, strict=True) if keep(n)]
            if mine:
                report(f"   {name}: {len(mine)} queries", p95(mine), p95(theirs), "(p95)")


def search_queries(raw: sqlite3.Connection, rng: random.Random) -> list:
    from jobcenter_desktop.services.lists import ListQuery

    names = [r[0] for r in raw.execute(
        "SELECT name FROM candidate WHERE rowid IN (SELECT abs(random()) % 1000000 + 1 "
        "FROM candidate LIMIT 60)")]
    typed: list[str] = []
    for name in names[:20]:
        typed.append(name)                                   # the whole name
    for name in names[20:35]:
        parts = name.split()
        typed.append(f"{parts[-1]} {parts[0][:1]}")          # last name + first initial
    for name in names[35:50]:
        parts = name.split()
        typed.append(f"{parts[0][:4]} {parts[-1][:4]}")      # prefixes of both
    typed += ["fredericia", "kolding", "7100", "6000", "vejle", "7212", "5120", "middelfart"]
    rng.shuffle(typed)
    return [ListQuery(search=t) for t in typed]


def filter_queries(raw: sqlite3.Connection, rng: random.Random) -> list:
    from jobcenter_desktop.services.lists import ListQuery

    kommuner = [r[0] for r in raw.execute(
        "SELECT kommune_code FROM candidate WHERE rowid % 997 = 0 AND kommune_code IS NOT NULL")]
    return [ListQuery(filters={"skill": rng.choice(SKILLS), "licence": rng.choice(LICENCES),
                               "kommune_code": rng.choice(kommuner)}) for _ in range(30)]


def single_filters(services) -> list:  # noqa: ANN001
    from jobcenter_desktop.services.lists import ListQuery

    consultant = services.candidates.consultants()[0].id
    return [
        ("kommune (Fredericia)", ListQuery(filters={"kommune_code": "607"})),
        ("readiness (aktivitetsparat)", ListQuery(filters={"readiness": "aktivitetsparat"})),
        ("consultant", ListQuery(filters={"consultant_id": consultant})),
        ("target group (SDP)", ListQuery(filters={"target_group": "SDP"})),
        ("occupation branch 72", ListQuery(filters={"occupation": "72"})),
        ("language (engelsk)", ListQuery(filters={"language": "engelsk"})),
        ("skill (excel)", ListQuery(filters={"skill": "excel"})),
        ("licence (CE)", ListQuery(filters={"licence": "CE"})),
        ("skill + licence + kommune", ListQuery(filters={"skill": "excel", "licence": "CE",
                                                         "kommune_code": "607"})),
        ("kommune + readiness + target group", ListQuery(filters={
            "kommune_code": "607", "readiness": "jobparat", "target_group": "DP"})),
    ]


def measure_singles(services, raw: sqlite3.Connection, title: str, runs: int = 2) -> None:  # noqa: ANN001
    print(f"-- {title}", flush=True)
    for label, q in single_filters(services):
        sql, params = raw_sql(services, q)
        base = min(timed(lambda sql=sql, params=params: raw.execute(sql, params).fetchall(), runs))
        count: list = []
        ours = min(timed(lambda q=q, count=count: count.append(len(services.candidates.list_ids(q))),
                         runs))
        report(f"   {label} ({count[-1]} hits)", ours, base)


def main() -> int:
    from jobcenter_desktop.services.bootstrap import open_store
    from jobcenter_desktop.services.candidate_reports import CandidateReportService
    from jobcenter_desktop.services.lists import ListQuery

    path = _stores.store(COMPANIES, CANDIDATES)
    services = open_store(path, vault=_stores.vault(), username="bench")
    raw = sqlite3.connect(path)
    rng = random.Random(5)
    print(f"store {path.name}: {services.candidates.count()} live candidates", flush=True)

    # 1. open list
    ours, base = [], []
    for _ in range(5):
        base += timed(lambda: raw.execute(
            "SELECT id FROM candidate WHERE deleted_at IS NULL AND erased_at IS NULL "
            "ORDER BY sort_key, id").fetchall())

        def open_list() -> None:
            ids = services.candidates.list_ids(ListQuery())
            services.candidates.rows(ids[:100])

        ours += timed(open_list)
    report("1. open list: 1M ids + first page (median of 5)", median(ours), median(base),
           f"target < 1 s  {check(median(ours) < 1.0)}")

    # 2. search as you type
    pair(services, raw, search_queries(raw, rng), "2. search as you type", 100, "target < 100 ms",
         split=50_000)

    # 3. skill + licence + kommune
    pair(services, raw, filter_queries(raw, rng), "3. skill + licence + kommune", 200,
         "target < 200 ms")

    # 4. client summary
    reports = CandidateReportService(services.ctx)
    with_placement = raw.execute(
        "SELECT candidate_id FROM placement ORDER BY candidate_id LIMIT 1").fetchone()[0]
    cid = services.candidates.resolve(with_placement)
    reports.client_summary(cid)  # warm-up: fonts registered once per process, as in the app
    ours = timed(lambda: reports.client_summary(cid), 7)
    report("4. client summary PDF, store → bytes (median of 7)", median(ours), None,
           f"target < 0.5 s  {check(median(ours) < 0.5)}")

    # 5. batch of 100 anonymised profiles vs raw ReportLab
    from bench_reports import page_count, raw_baseline
    from pypdf import PdfReader

    ids = services.candidates.list_ids(ListQuery(limit=100))
    batch = reports.anonymised_profiles(ids).data
    first = PdfReader(__import__("io").BytesIO(batch)).pages[0].extract_text()
    lines = [line for line in first.splitlines() if line.strip()]
    make_raw = raw_baseline(lines, len(ids))
    raw_pdf = make_raw()
    raw_times, batch_times = [], []
    for _ in range(5):  # alternate, so machine load hits both alike
        raw_times += timed(make_raw)
        batch_times += timed(lambda: reports.anonymised_profiles(ids))
    raw_rate = page_count(raw_pdf) / median(raw_times)
    batch_rate = page_count(batch) / median(batch_times)
    ratio = batch_rate / raw_rate
    print(f"{'5. 100 anonymised profiles, store → one PDF':<58} {median(batch_times):8.3f} s   "
          f"{batch_rate:6.1f} pages/s vs raw {raw_rate:6.1f} pages/s = {ratio:4.0%}   "
          f"target ≥ 50 %  {check(ratio >= 0.5)}", flush=True)

    # 6. the other filters, shipped and with the proposed indexes
    if "--no-proposed" not in sys.argv:
        measure_singles(services, raw, "6a. filters with the shipped indexes")
        started = time.perf_counter()
        for name, table, columns in PROPOSED:
            raw.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")
        raw.execute("ANALYZE")
        raw.commit()
        print(f"   (proposed indexes built in {time.perf_counter() - started:.1f} s)")
        try:
            services.candidates._indexed = None  # the service reads the schema again
            measure_singles(services, raw, "6b. filters with the proposed indexes")
            pair(services, raw, filter_queries(raw, random.Random(5)),
                 "6c. skill + licence + kommune, proposed indexes", 200, "target < 200 ms")
        finally:
            for name, _table, _columns in PROPOSED:
                raw.execute(f"DROP INDEX IF EXISTS {name}")
            raw.execute("ANALYZE")
            raw.commit()
    services.close()
    raw.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
