"""Schema upgrades with Alembic: run on every start, refuse a schema newer than this app."""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ..domain.errors import UserError


def migrations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "db"
    return Path(__file__).resolve().parents[2] / "db"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> None:
    """Raise a clear error when the store was written by a newer version of the app."""
    current = current_revision(engine)
    if current is None:
        return
    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise UserError(
            f"Databasen har skemaversion {current}, som er nyere end denne version af "
            "Jobcenter Desktop. Opdatér programmet, før du åbner denne database.",
            f"The database has schema version {current}, which is newer than this version of "
            "Jobcenter Desktop. Update the application before opening this database.",
        )


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the newest revision. Returns True when anything was applied."""
    check_not_newer(engine)
    before = current_revision(engine)
    if before == head_revision():
        return False
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
