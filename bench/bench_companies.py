"""Companies tab benchmarks (issue 4), each printed with a raw baseline measured in the same run.

1. Search as you type over 100k companies: p95 of ``CompanyService.list_ids`` for every prefix
   of typical words (names, towns, contact persons, P-number and CVR digits) vs the raw FTS5
   prefix query.                                            target: p95 < 50 ms and ≤ 3×
2. Duplicate check while typing a new company (CVR, name, postcode, name edits) vs 100k:
   p95 of ``DuplicateService.check`` vs the plain indexed look-ups.   target: p95 < 50 ms
3. Duplicate scan of the whole register (100k).             target: < 30 s
4. Import of 100k rows including validation (CSV, cp1252, ";"), all-or-nothing into an empty
   store, vs parsing the same file with ``csv`` and a bare ``executemany`` of its cells.
                                                            target: ≥ 30 000 rows/s
5. Company visit handout PDF from the store vs rendering the same content without the store.
                                                            target: < 0.5 s

The 100k store is generated once with the demo generator and cached in
``$JC_BENCH_COMPANIES_DIR`` (default /tmp/jc_bench_companies). Run:
``.venv/bin/python bench/bench_companies.py``.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BENCH_DIR = Path(os.environ.get("JC_BENCH_COMPANIES_DIR", "/tmp/jc_bench_companies"))
COMPANIES = 100_000
IMPORT_ROWS = 100_000


def vault():  # noqa: ANN201
    from jobcenter_desktop.services.cpr_vault import CprVault

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    return CprVault.from_key_file(BENCH_DIR / "cpr.key")


def store() -> Path:
    """The 100k-company demo store, built on first use and kept for later runs."""
    from jobcenter_desktop.services.bootstrap import open_store
    from jobcenter_desktop.services.demo import DemoSize, seed_demo

    path = BENCH_DIR / f"companies_{COMPANIES}.sqlite3"
    done = path.with_suffix(".done")
    if path.exists() and done.exists():
        return path
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    print(f"building {path} (once) …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    services = open_store(path, vault=vault(), username="bench")
    seed_demo(services.ctx, DemoSize(companies=COMPANIES, candidates=0, seed=11))
    services.companies.ensure_search_index()  # contact names and P-numbers into the index
    services.close()
    db = sqlite3.connect(path)
    db.execute("ANALYZE")
    db.commit()
    db.close()
    done.write_text("ok")
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return path


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def report(name: str, ours: float, raw: float | None = None, target: str = "",
           unit: str = "ms") -> None:
    if unit == "rows/s":
        figure = f"{ours:10,.0f} rows/s"
        ratio = f"   {ours / raw:5.2f}× raw ({raw:,.0f} rows/s)" if raw else ""
    else:
        figure = ms(ours)
        ratio = f"   ratio {ours / raw:5.2f}× raw ({ms(raw).strip()})" if raw else ""
    print(f"{name:<62} {figure}{ratio}   {target}", flush=True)


def open_services(path: Path):  # noqa: ANN201
    from jobcenter_desktop.services.bootstrap import open_store

    return open_store(path, vault=vault(), username="bench")


# --------------------------------------------------------------------------- 1 search


def search(path: Path) -> None:
    from jobcenter_desktop.domain.text import query_tokens
    from jobcenter_desktop.services.lists import ListQuery

    services = open_services(path)
    db = sqlite3.connect(path)
    person = db.execute("SELECT name FROM contact_person LIMIT 1 OFFSET 777").fetchone()[0]
    p_number = db.execute("SELECT p_number FROM workplace LIMIT 1 OFFSET 4242").fetchone()[0]
    words = ["hansen", "søndergaard", "vvs", "kolding", "bæk smedje", "nordisk", "østergaard",
             "frisør", "jensen tømrer", "middelfart", person.lower(), p_number[:6]]
    typed = [w[:n] for w in words for n in range(1, len(w) + 1) if w[:n].strip()]
    ours, raw = [], []
    for _ in range(3):
        for text in typed:
            start = time.perf_counter()
            services.companies.list_ids(ListQuery(search=text))
            ours.append(time.perf_counter() - start)
            fts = " ".join(f"{t}*" for t in query_tokens(text))
            start = time.perf_counter()
            db.execute("SELECT rowid FROM company_fts WHERE company_fts MATCH ?", (fts,)).fetchall()
            raw.append(time.perf_counter() - start)
    db.close()
    services.close()
    report(f"1. search as you type, p95 of {len(ours)} queries", p95(ours), p95(raw),
           "target < 50 ms and ≤ 3×")


# --------------------------------------------------------------------------- 2 duplicate check


def duplicate_check(path: Path) -> None:
    from jobcenter_desktop.domain.text import company_name_key
    from jobcenter_desktop.services.duplicates import DuplicateService

    services = open_services(path)
    check = DuplicateService(services.ctx).check
    db = sqlite3.connect(path)
    samples = db.execute("SELECT cvr, name, postcode FROM company ORDER BY random() LIMIT 12").fetchall()
    ours, raw, cold = [], [], []
    for cvr, name, postcode in samples:
        typo = name.replace("sen", "son", 1) if "sen" in name else name + "s"
        steps: list[tuple[str, str, str]] = []
        steps += [(cvr[:n], "", "") for n in range(1, 9)]                 # CVR
        steps += [(cvr, typo[:n], "") for n in range(1, len(typo) + 1)]   # name
        steps += [(cvr, typo, postcode[:n]) for n in range(1, 5)]          # postcode
        steps += [(cvr, typo[:-n], postcode) for n in range(1, 4)]         # name edits
        steps += [(cvr, typo, postcode)]
        first_fuzzy = True
        for c, n, p in steps:
            start = time.perf_counter()
            check(cvr=c, name=n, postcode=p)
            elapsed = time.perf_counter() - start
            ours.append(elapsed)
            if first_fuzzy and len(p) == 4:
                cold.append(elapsed)
                first_fuzzy = False
            start = time.perf_counter()
            if len(c) == 8:
                db.execute("SELECT id FROM company WHERE cvr = ? AND deleted_at IS NULL", (c,)).fetchall()
            key = company_name_key(n)
            if len(key) >= 3:
                db.execute("SELECT id FROM company WHERE name_key = ? AND deleted_at IS NULL LIMIT 20",
                           (key,)).fetchall()
            raw.append(time.perf_counter() - start)
    db.close()
    services.close()
    report(f"2. duplicate check while typing, p95 of {len(ours)} keystrokes", p95(ours), p95(raw),
           "target < 50 ms")
    report("   first fuzzy check in a postcode (reads the block), median",
           statistics.median(cold))


# --------------------------------------------------------------------------- 3 scan


def duplicate_scan(path: Path) -> None:
    from jobcenter_desktop.services.duplicates import DuplicateService

    services = open_services(path)
    start = time.perf_counter()
    groups = DuplicateService(services.ctx).scan()
    elapsed = time.perf_counter() - start
    services.close()
    members = sum(len(g.members) for g in groups)
    report(f"3. duplicate scan of {COMPANIES:,} companies ({len(groups):,} groups, "
           f"{members:,} companies)", elapsed, None, "target < 30 s")


# --------------------------------------------------------------------------- 4 import

def _phone_prefixes() -> list[str]:
    """4-digit starts of Danish numbers the phone check accepts: the file should import
    whole, since a rejected row is cheaper than an imported one and would flatter the rate."""
    import phonenumbers

    return [p for p in (f"{n:04d}" for n in range(2000, 10000, 7))
            if phonenumbers.is_valid_number(phonenumbers.parse(p + "1234", "DK"))]


def import_file(folder: Path, rows: int, *, full: bool) -> Path:
    from jobcenter_desktop.services.demo import FIRST_NAMES, LAST_NAMES, TRADES, valid_cvr

    path = folder / f"virksomheder_{'fuld' if full else 'enkel'}_{rows}_v2.csv"
    if path.exists():
        return path
    rng = random.Random(9)
    prefixes = _phone_prefixes()
    seen: set[str] = set()
    headers = ["CVR-nr.", "Firmanavn", "Adresse", "Postnr.", "Tlf.", "E-mail", "Branchekode",
               "Antal ansatte"]
    if full:
        headers += ["Kontaktperson", "P-nummer"]
    postcodes = [f"{p:04d}" for p in (7000, 7100, 6000, 5500, 7080, 7120, 6040, 7300, 8700, 8000,
                                      2630, 5000, 9000, 1050, 4000, 6700)]
    with path.open("w", encoding="cp1252", errors="replace", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(headers)
        for i in range(rows):
            cvr = valid_cvr(rng)
            while cvr in seen:
                cvr = valid_cvr(rng)
            seen.add(cvr)
            trade = rng.choice(TRADES)
            row = [cvr, f"{rng.choice(LAST_NAMES)} {trade[0]} {i} ApS",
                   f"Søndergade {rng.randint(1, 99)}", rng.choice(postcodes),
                   rng.choice(prefixes) + f"{rng.randint(0, 9999):04d}", f"info{i}@firma.dk",
                   trade[1], rng.choice(("1", "2-4", "5-9", "10-19", "20-49"))]
            if full:
                row += [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", f"{1_000_000_000 + i}"]
            writer.writerow(row)
    return path


def raw_import(path: Path, db_path: Path) -> float:
    """Rows per second of the least any import must do: parse the file, insert the cells."""
    start = time.perf_counter()
    with path.open(encoding="cp1252", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        headers = next(reader)
        rows = list(reader)
    db = sqlite3.connect(db_path)
    columns = ", ".join(f"c{i}" for i in range(len(headers)))
    db.execute(f"CREATE TABLE raw ({columns})")
    db.executemany(f"INSERT INTO raw VALUES ({', '.join('?' * len(headers))})", rows)
    db.commit()
    db.close()
    return len(rows) / (time.perf_counter() - start)


def import_rows() -> None:
    from jobcenter_desktop.services.bootstrap import open_store
    from jobcenter_desktop.services.company_import import CompanyImportService

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.sqlite3"
        open_store(empty, vault=vault(), username="bench").close()
        for full in (False, True):
            path = import_file(BENCH_DIR, IMPORT_ROWS, full=full)
            target = Path(tmp) / f"store_{full}.sqlite3"
            shutil.copy(empty, target)
            services = open_store(target, vault=vault(), username="bench")
            start = time.perf_counter()
            outcome = CompanyImportService(services.ctx).run(path, "companies")
            elapsed = time.perf_counter() - start
            services.close()
            rate = outcome.report.rows / elapsed
            raw = raw_import(path, Path(tmp) / f"raw_{full}.sqlite3")
            what = ("CVR, name, address, postcode, phone, e-mail, DB07, size"
                    + (" + contact, P-number" if full else ""))
            report(f"4. import {IMPORT_ROWS:,} rows ({what})", rate, raw, "target ≥ 30 000 rows/s",
                   unit="rows/s")
            print(f"   {elapsed:.1f} s; {outcome.report.imported:,} created, "
                  f"{len(outcome.report.rejected_rows):,} rejected", flush=True)


# --------------------------------------------------------------------------- 5 handout


def handout(path: Path) -> None:
    from jobcenter_desktop.reports.base import ReportContext
    from jobcenter_desktop.reports.visit_handout import render_visit_handout
    from jobcenter_desktop.services.visit_handout import VisitHandoutService

    services = open_services(path)
    db = sqlite3.connect(path)
    # The company with the longest contact log, so the handout is as full as they get.
    company_hex = db.execute(
        "SELECT company_id FROM contact_log_entry GROUP BY company_id ORDER BY count(*) DESC "
        "LIMIT 1").fetchone()[0]
    db.close()
    company_id = str(uuid.UUID(company_hex))
    handouts = VisitHandoutService(services.ctx)
    data = handouts.build(company_id)
    context = ReportContext(jobcenter_name="Jobcenter Bench", printed_by="bench",
                            printed_at=date.today())
    handouts.render(company_id)  # warm-up (fonts)
    ours, raw = [], []
    for _ in range(7):
        start = time.perf_counter()
        handouts.render(company_id)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        render_visit_handout(data, context)
        raw.append(time.perf_counter() - start)
    services.close()
    report("5. visit handout PDF from the store, median of 7", statistics.median(ours),
           statistics.median(raw), "target < 0.5 s")


def main() -> None:
    path = store()
    search(path)
    duplicate_check(path)
    duplicate_scan(path)
    import_rows()
    handout(path)


if __name__ == "__main__":
    main()
