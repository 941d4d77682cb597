"""Name search behind one method: FTS5 on SQLite, a GIN tsvector index on PostgreSQL.

Both treat what the user typed as folded word prefixes that must all match ("han sø" finds
"Hansen & Søn"). Callers get a SQL condition to combine with their own filters and order.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, bindparam, func, literal_column, select, text

from ..domain.text import query_tokens
from .orm import SEARCHABLE


def search_condition(table: str, typed: str | None, dialect: str) -> ColumnElement[bool] | None:
    """A WHERE condition matching rows of ``table`` whose index text has every typed prefix.

    Returns None when nothing searchable was typed (the caller then lists everything).
    """
    tokens = query_tokens(typed)
    if not tokens:
        return None
    entity = SEARCHABLE[table]
    if dialect == "sqlite":
        fts_query = " ".join(f"{t}*" for t in tokens)
        matching = select(literal_column("rowid")).select_from(text(f"{table}_fts")).where(
            text(f"{table}_fts MATCH :fts_query").bindparams(
                bindparam("fts_query", fts_query, unique=True)
            )
        )
        return entity.search_rowid.in_(matching)
    ts_query = " & ".join(f"{t}:*" for t in tokens)
    return func.to_tsvector(literal_column("'simple'"), entity.search_text).op("@@")(
        func.to_tsquery(literal_column("'simple'"), bindparam("ts_query", ts_query, unique=True))
    )
