"""Open a store: engine, schema upgrade, reference data, the acting user, all services."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from ..persistence import migrate
from ..persistence.engine import create_store_engine
from ..persistence.uow import UnitOfWorkFactory
from .candidates import CandidateService
from .companies import CompanyService
from .context import ServiceContext
from .cpr_vault import CprVault
from .joborders import JobOrderService
from .placements import PlacementService
from .reference import seed_reference_tables
from .strategy import StrategyService
from .users import ensure_user, os_username


@dataclass
class Services:
    """Every use case of the app, bound to one store and one acting user."""

    ctx: ServiceContext
    companies: CompanyService = field(init=False)
    candidates: CandidateService = field(init=False)
    job_orders: JobOrderService = field(init=False)
    placements: PlacementService = field(init=False)
    strategy: StrategyService = field(init=False)

    def __post_init__(self) -> None:
        self.companies = CompanyService(self.ctx)
        self.candidates = CandidateService(self.ctx)
        self.job_orders = JobOrderService(self.ctx)
        self.placements = PlacementService(self.ctx)
        self.strategy = StrategyService(self.ctx)

    @property
    def engine(self) -> Engine:
        return self.ctx.uow_factory.engine

    def close(self) -> None:
        if self.engine.dialect.name == "sqlite":
            # Keeps the planner's statistics fresh for the filter indexes (cheap when current).
            # Committed, or its ANALYZE would be rolled back; a busy store just skips it.
            try:
                with self.engine.begin() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except OperationalError as exc:
                logging.getLogger(__name__).info("PRAGMA optimize skipped: %s", exc)
        self.engine.dispose()


def open_store(
    url_or_path: str | Path,
    *,
    vault: CprVault,
    username: str | None = None,
    jobcenter_name: str = "Jobcenter",
    upgrade: bool = True,
) -> Services:
    engine = create_store_engine(url_or_path)
    if upgrade:
        migrate.upgrade(engine)
    else:
        migrate.check_not_newer(engine)
    uow_factory = UnitOfWorkFactory(engine)
    seed_reference_tables(uow_factory)
    actor = ensure_user(uow_factory, username or os_username())
    ctx = ServiceContext(uow_factory=uow_factory, actor=actor, vault=vault,
                         jobcenter_name=jobcenter_name)
    # Reference data and rules are read once here, so the UI's look-ups (postcode → town,
    # DISCO titles, target groups on a date) are in memory and never query from the GUI thread.
    ctx.reference()
    ctx.rulebook()
    return Services(ctx)
