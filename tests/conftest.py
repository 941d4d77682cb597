"""Shared fixtures: stores on SQLite and on the real PostgreSQL server, and services on them.

Every PostgreSQL test gets a database of its own (created from ``template0`` and dropped
afterwards), so tests never see each other's data. The server is the local one CI starts:
127.0.0.1:5432, user postgres (``JOBCENTER_TEST_PG`` overrides the admin URL).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ADMIN_URL = os.environ.get(
    "JOBCENTER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Per-user files (settings, logs, CPR key) never touch the developer's real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("JOBCENTER_HOME", str(home))
    monkeypatch.delenv("JOBCENTER_DB", raising=False)
    monkeypatch.delenv("JOBCENTER_CPR_KEY", raising=False)
    return home


def _pg_available() -> bool:
    try:
        engine = create_engine(PG_ADMIN_URL)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:  # noqa: BLE001
        return False


_PG_OK: bool | None = None


def pg_url() -> Iterator[str]:
    global _PG_OK
    if _PG_OK is None:
        _PG_OK = _pg_available()
    if not _PG_OK:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL at 127.0.0.1:5432 is required in CI but does not answer")
        pytest.skip("PostgreSQL is not running")
    name = f"jc_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\''))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
    else:
        yield from pg_url()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite3'}"


@pytest.fixture
def vault():
    from jobcenter_desktop.services.cpr_vault import CprVault

    return CprVault.ephemeral()


@pytest.fixture
def services(store_url: str, vault):  # noqa: ANN001, ANN201
    from jobcenter_desktop.services.bootstrap import open_store

    s = open_store(store_url, vault=vault, username="tester", jobcenter_name="Testkommune")
    yield s
    s.close()


@pytest.fixture
def sqlite_services(sqlite_url: str, vault):  # noqa: ANN001, ANN201
    from jobcenter_desktop.services.bootstrap import open_store

    s = open_store(sqlite_url, vault=vault, username="tester", jobcenter_name="Testkommune")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo store built once per session; GUI tests copy it."""
    from jobcenter_desktop.services.bootstrap import open_store
    from jobcenter_desktop.services.cpr_vault import CprVault
    from jobcenter_desktop.services.demo import DemoSize, seed_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    key = tmp_path_factory.mktemp("demokey") / "cpr.key"
    s = open_store(path, vault=CprVault.from_key_file(key), username="tester")
    seed_demo(s.ctx, DemoSize(companies=120, candidates=400, seed=7))
    s.close()
    (path.parent / "cpr.key").write_bytes(key.read_bytes())
    return path
