"""Schema upgrades with Alembic: run on every start, refuse a schema newer than this app.

Starting an up-to-date store never imports Alembic (a third of a second): the store's
revision is read with one query and compared with ``SCHEMA_HEAD``, which a test keeps equal
to the newest migration in ``db/versions``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from ..domain.errors import UserError

SCHEMA_HEAD = "0001"


def migrations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "db"
    return Path(__file__).resolve().parents[2] / "db"


def _config():  # noqa: ANN202
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def _script():  # noqa: ANN202
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """The newest migration according to Alembic (reads db/versions)."""
    return _script().get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:  # no alembic_version table: an empty store
            conn.rollback()
            return None


def check_not_newer(engine: Engine, current: str | None = None) -> None:
    """Raise a clear error when the store was written by a newer version of the app."""
    current = current if current is not None else current_revision(engine)
    if current is None or current == SCHEMA_HEAD:
        return
    known = {rev.revision for rev in _script().walk_revisions()}
    if current not in known:
        raise UserError(
            f"Databasen har skemaversion {current}, som er nyere end denne version af "
            "Jobcenter Desktop. Opdatér programmet, før du åbner denne database.",
            f"The database has schema version {current}, which is newer than this version of "
            "Jobcenter Desktop. Update the application before opening this database.",
        )


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the newest revision. Returns True when anything was applied."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return False
    check_not_newer(engine, current)
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
