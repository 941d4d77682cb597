"""Benchmark stores: demo jobcenters of a given size, built once and cached on disk.

Building 100k companies or 1M candidates takes minutes, so the SQLite files are kept in
``$JC_BENCH_DIR`` (default /tmp/jc_bench) keyed by size and seed and reused by later runs.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BENCH_DIR = Path(os.environ.get("JC_BENCH_DIR", "/tmp/jc_bench"))


def store(companies: int, candidates: int, seed: int = 11) -> Path:
    """Path of a demo store of this size, building it on first use."""
    from jobcenter_desktop.services.bootstrap import open_store
    from jobcenter_desktop.services.demo import DemoSize, seed_demo

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"demo_{companies}_{candidates}_{seed}.sqlite3"
    done = path.with_suffix(".done")
    if path.exists() and done.exists():
        ensure_indexes(path)
        return path
    for stale in (path, path.with_suffix(".sqlite3-wal"), path.with_suffix(".sqlite3-shm")):
        stale.unlink(missing_ok=True)
    print(f"building {path.name} (once) …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    services = open_store(path, vault=vault(), username="bench")
    seed_demo(services.ctx, DemoSize(companies=companies, candidates=candidates, seed=seed))
    with services.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    services.close()
    done.write_text("ok")
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def vault():  # noqa: ANN201
    from jobcenter_desktop.services.cpr_vault import CprVault

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    return CprVault.from_key_file(BENCH_DIR / "cpr.key")


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def report(name: str, ours: float, raw: float | None = None, target: str = "") -> None:
    ratio = f"   ratio {ours / raw:5.2f}× raw ({ms(raw).strip()})" if raw else ""
    print(f"{name:<58} {ms(ours)}{ratio}   {target}", flush=True)


def ensure_indexes(path: Path) -> None:
    """Create any index the current schema has that an older cached store lacks."""
    from jobcenter_desktop.persistence.engine import create_store_engine
    from jobcenter_desktop.persistence.orm import Base

    engine = create_store_engine(path)
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            for index in table.indexes:
                index.create(conn, checkfirst=True)
    engine.dispose()
