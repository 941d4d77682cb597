"""Unit of work: one SQLAlchemy session per user action, with stamping and the audit log.

Every flush stamps created/modified user and time on synchronisable rows and writes an
``AccessLog`` row for each create, update and (soft) delete, in the same transaction as the
change itself: a change without its log row cannot be committed. Services add the rows for
reads of personal data (view, search, print, export, CPR reveal) with :meth:`UnitOfWork.log`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..domain.errors import ConflictError, UserError
from .orm import AccessLog, Tracked


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a unit of work runs."""

    user_id: str | None
    username: str
    name: str = ""
    role: str = "consultant"


SYSTEM = Actor(user_id=None, username="system", name="System", role="admin")

# Tables whose rows are about a citizen: their log rows carry the person id.
_PERSON_TABLES = {"candidate": "id", "placement": "candidate_id"}


def _person_id(obj: Any) -> str | None:
    column = _PERSON_TABLES.get(getattr(obj, "__tablename__", ""))
    return getattr(obj, column, None) if column else None


@event.listens_for(Session, "before_flush")
def _stamp_and_audit(session: Session, _flush_context: Any, _instances: Any) -> None:
    actor: Actor | None = session.info.get("actor")
    if actor is None:
        return
    now = datetime.now(UTC)
    for obj in list(session.new):
        if isinstance(obj, Tracked):
            obj.created_at = obj.created_at or now
            obj.modified_at = now
            obj.created_by_id = actor.user_id
            obj.modified_by_id = actor.user_id
            if obj.id is None:
                from .orm import new_id

                obj.id = new_id()
            _add_log(session, actor, "create", obj)
    for obj in list(session.dirty):
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            obj.modified_at = now
            obj.modified_by_id = actor.user_id
            history = inspect(obj).attrs.deleted_at.history
            deleted = bool(history.added and history.added[0] is not None)
            _add_log(session, actor, "delete" if deleted else "update", obj)
    for obj in list(session.deleted):
        if isinstance(obj, Tracked):
            _add_log(session, actor, "delete", obj)


def _add_log(session: Session, actor: Actor, action: str, obj: Tracked) -> None:
    session.add(
        AccessLog(
            user_id=actor.user_id,
            username=actor.username,
            action=action,
            entity=obj.__tablename__,
            entity_id=obj.id,
            person_id=_person_id(obj),
        )
    )


class UnitOfWork:
    """``with uow_factory(actor) as uow: ...; uow.commit()``. Without commit, nothing is kept."""

    def __init__(self, session_factory: sessionmaker[Session], actor: Actor) -> None:
        self._session_factory = session_factory
        self.actor = actor
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.session.info["actor"] = self.actor
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if exc_type is not None:
                self.session.rollback()
        finally:
            self.session.close()

    def log(
        self,
        action: str,
        entity: str,
        *,
        entity_id: str | None = None,
        person_id: str | None = None,
        criterion: str | None = None,
        detail: str | None = None,
    ) -> None:
        """Record a use of data (view, search, print, export, reveal_cpr …)."""
        self.session.add(
            AccessLog(
                user_id=self.actor.user_id,
                username=self.actor.username,
                action=action,
                entity=entity,
                entity_id=entity_id,
                person_id=person_id,
                search_criterion=(criterion or None) and criterion[:500],
                detail=(detail or None) and detail[:1000],
            )
        )

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError:
            raise _conflict() from None

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError:
            self.session.rollback()
            raise _conflict() from None
        except IntegrityError as exc:
            self.session.rollback()
            raise UserError(
                "Ændringen kunne ikke gemmes, fordi den strider mod databasens regler "
                f"({_short(exc)}).",
                f"The change could not be saved because it breaks a database rule ({_short(exc)}).",
            ) from exc
        except OperationalError as exc:
            self.session.rollback()
            if "locked" in str(exc).lower():
                raise UserError(
                    "Databasen er optaget af en anden bruger. Prøv igen om lidt.",
                    "The database is busy with another user. Try again in a moment.",
                ) from exc
            raise


def _conflict() -> ConflictError:
    return ConflictError(
        "En anden bruger har ændret posten, mens du redigerede. Genindlæs og prøv igen.",
        "Another user changed the record while you were editing. Reload and try again.",
    )


def _short(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)).splitlines()[0]
    return text[:160]


class UnitOfWorkFactory:
    """Creates units of work on one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def __call__(self, actor: Actor) -> UnitOfWork:
        return UnitOfWork(self._sessions, actor)
