"""Alembic environment. The app runs it through jobcenter_desktop.persistence.migrate, which
passes an open connection in ``config.attributes["connection"]``; the ``alembic`` command line
works too with ``-x db=URL``."""

from __future__ import annotations

from alembic import context

from jobcenter_desktop.persistence.engine import create_store_engine
from jobcenter_desktop.persistence.orm import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode recreates the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_store_engine(url)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
