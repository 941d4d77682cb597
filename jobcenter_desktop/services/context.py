"""What every service needs: units of work for the acting user, reference data, the CPR vault."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..domain.errors import PermissionDeniedError
from ..persistence.uow import Actor, UnitOfWork, UnitOfWorkFactory
from .cpr_vault import CprVault

if TYPE_CHECKING:
    from ..domain.refdata import ReferenceData
    from ..domain.rules import RuleBook

ROLE_RANK = {"consultant": 1, "leader": 2, "admin": 3}


@dataclass
class ServiceContext:
    uow_factory: UnitOfWorkFactory
    actor: Actor
    vault: CprVault
    jobcenter_name: str = "Jobcenter"
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _reference: ReferenceData | None = field(default=None, repr=False)
    _rulebook: RuleBook | None = field(default=None, repr=False)

    @property
    def dialect(self) -> str:
        return self.uow_factory.engine.dialect.name

    def uow(self) -> UnitOfWork:
        return self.uow_factory(self.actor)

    def require_role(self, role: str) -> None:
        if ROLE_RANK.get(self.actor.role, 0) < ROLE_RANK[role]:
            raise PermissionDeniedError(
                f"Din rolle ({self.actor.role}) giver ikke adgang til denne handling.",
                f"Your role ({self.actor.role}) does not allow this action.",
            )

    # Reference data is read once per process and replaced when an admin imports a table.
    def reference(self) -> ReferenceData:
        with self._lock:
            if self._reference is None:
                from .reference import load_reference_data

                self._reference = load_reference_data(self)
            return self._reference

    def rulebook(self) -> RuleBook:
        with self._lock:
            if self._rulebook is None:
                from .reference import load_rulebook

                self._rulebook = load_rulebook(self)
            return self._rulebook

    def invalidate_reference(self) -> None:
        with self._lock:
            self._reference = None
            self._rulebook = None
