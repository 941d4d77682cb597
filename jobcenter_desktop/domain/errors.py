"""Errors a user can cause, with a message in Danish (default) and English.

Services and the domain raise these; the UI and the CLI show ``message()`` to the user
and never a traceback. Programming errors are ordinary exceptions and are logged.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: bad input, a conflict, a missing record."""

    def __init__(self, da: str, en: str | None = None, *, field: str | None = None) -> None:
        super().__init__(da)
        self.da = da
        self.en = en or da
        self.field = field

    def message(self, language: str = "da") -> str:
        return self.en if language == "en" else self.da


class ValidationError(UserError):
    """A field value is not acceptable (``field`` names the field)."""


class NotFoundError(UserError):
    """The record asked for does not exist (or was deleted)."""


class ConflictError(UserError):
    """Another user changed the record since it was read (optimistic locking).

    ``changes`` maps field name to ``(value_the_user_saw, value_now_stored)``.
    """

    def __init__(self, da: str, en: str | None = None, *, changes: dict | None = None) -> None:
        super().__init__(da, en)
        self.changes = changes or {}


class PermissionDeniedError(UserError):
    """The acting user's role does not allow the action."""
