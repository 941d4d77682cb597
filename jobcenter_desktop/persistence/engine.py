"""Engine factory: an embedded SQLite file (default) or a shared PostgreSQL store by URL."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ..domain.errors import UserError

ENV_VAR = "JOBCENTER_DB"


def normalize_url(url_or_path: str | os.PathLike[str]) -> str:
    """Turn a ``--db`` value into an SQLAlchemy URL.

    A plain file path means an SQLite file; ``postgresql://`` is given the psycopg 3 driver.
    """
    text = str(url_or_path).strip()
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    if text.startswith(("postgresql://", "postgres://")):
        text = "postgresql+psycopg://" + text.split("://", 1)[1]
    return text


def create_store_engine(url_or_path: str | os.PathLike[str], *, echo: bool = False) -> Engine:
    """Engine with the pragmas this app relies on.

    SQLite: WAL (readers never block the writer), foreign keys on, ``synchronous=NORMAL``
    (safe with WAL: a crash loses at most the last transaction, never corrupts) and a busy
    timeout so a second process waits instead of failing at once.
    """
    url = normalize_url(url_or_path)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UserError(
            f"Ugyldig database-adresse: {url_or_path}", f"Invalid database URL: {url_or_path}"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, echo=echo, pool_pre_ping=True)
    raise UserError(
        f"Databasetypen «{parsed.get_backend_name()}» understøttes ikke (brug SQLite eller "
        "PostgreSQL).",
        f"Database type '{parsed.get_backend_name()}' is not supported (use SQLite or PostgreSQL).",
    )


def _sqlite_on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (see
    # _sqlite_on_begin), so SAVEPOINTs and "BEGIN IMMEDIATE" behave.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _sqlite_on_begin(conn) -> None:  # noqa: ANN001
    # IMMEDIATE takes the write lock at the start. Nearly every unit of work writes (at least
    # its access-log row); a deferred transaction that reads first and then writes fails at
    # once with SQLITE_BUSY_SNAPSHOT when another connection committed in between, because
    # the busy timeout does not apply to that upgrade. Waiting at BEGIN is safe instead.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
