"""Staff users. Until a login screen exists, the operating-system user is the acting user."""

from __future__ import annotations

import getpass

from sqlalchemy import func, select

from ..persistence.orm import User
from ..persistence.uow import SYSTEM, Actor, UnitOfWorkFactory


def os_username() -> str:
    try:
        return getpass.getuser() or "bruger"
    except Exception:  # noqa: BLE001 - no login name in some sandboxes; any name will do
        return "bruger"


def ensure_user(uow_factory: UnitOfWorkFactory, username: str) -> Actor:
    """Map a login name to a user row, creating it on first use.

    The first user of an empty store becomes administrator (someone must be able to manage
    users and reference tables); later new users start as consultants.
    """
    with uow_factory(SYSTEM) as uow:
        user = uow.session.scalar(select(User).where(User.username == username))
        if user is None:
            first = not uow.session.scalar(select(func.count()).select_from(User))
            user = User(
                username=username,
                name=username,
                initials=username[:3].upper(),
                role="admin" if first else "consultant",
            )
            uow.session.add(user)
            uow.commit()
        return Actor(user_id=user.id, username=user.username, name=user.name, role=user.role)
