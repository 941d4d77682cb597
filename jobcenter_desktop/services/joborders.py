"""Job orders (jobordrer): list and read; status changes always go to the mediation log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from ..domain.errors import NotFoundError, ValidationError
from ..persistence.orm import Company, JobOrder, MediationEvent
from ..persistence.search import search_condition
from .context import ServiceContext
from .lists import ListQuery, in_requested_order, raw_id_column

STATUSES = ("open", "in_progress", "paused", "filled", "expired")
# Allowed transitions (DOMAIN.md 2.2); any open state may also expire or be filled.
TRANSITIONS = {
    "open": {"in_progress", "paused", "filled", "expired"},
    "in_progress": {"paused", "filled", "expired", "open"},
    "paused": {"in_progress", "open", "expired", "filled"},
    "filled": {"open"},
    "expired": {"open"},
}


@dataclass(frozen=True)
class JobOrderRow:
    id: str
    title: str
    company_id: str
    company_name: str
    disco_code: str
    positions: int
    postcode: str
    deadline: date | None
    status: str


_SORTS = {
    "title": JobOrder.title,
    "deadline": JobOrder.deadline,
    "status": JobOrder.status,
    "company": Company.sort_key,
    "disco": JobOrder.disco_code,
}


class JobOrderService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_ids(self, query: ListQuery) -> list[str]:
        conditions = [JobOrder.deleted_at.is_(None)]
        match = search_condition("job_order", query.search, self.ctx.dialect)
        if match is not None:
            conditions.append(match)
        f = query.filters
        if f.get("status"):
            statuses = f["status"] if isinstance(f["status"], (list, tuple)) else [f["status"]]
            conditions.append(JobOrder.status.in_(statuses))
        if f.get("company_id"):
            conditions.append(JobOrder.company_id == f["company_id"])
        order = _SORTS.get(query.sort, JobOrder.deadline)
        order = order.desc() if query.descending else order.asc()
        stmt = (
            select(raw_id_column(JobOrder.id, self.ctx.dialect))
            .join(Company, Company.id == JobOrder.company_id)
            .where(*conditions)
            .order_by(order, JobOrder.id)
        )
        if query.limit:
            stmt = stmt.limit(query.limit)
        with self.ctx.uow() as uow:
            return list(uow.session.scalars(stmt))

    def rows(self, ids: list[str]) -> list[JobOrderRow]:
        if not ids:
            return []
        stmt = (
            select(JobOrder, Company.name)
            .join(Company, Company.id == JobOrder.company_id)
            .where(JobOrder.id.in_(ids))
        )
        with self.ctx.uow() as uow:
            result = [
                JobOrderRow(
                    id=j.id,
                    title=j.title,
                    company_id=j.company_id,
                    company_name=name,
                    disco_code=j.disco_code or "",
                    positions=j.positions,
                    postcode=j.location_postcode or "",
                    deadline=j.deadline,
                    status=j.status,
                )
                for j, name in uow.session.execute(stmt)
            ]
        return in_requested_order(ids, result, lambda r: r.id)

    def change_status(self, job_order_id: str, new_status: str, reason: str = "") -> None:
        with self.ctx.uow() as uow:
            job = uow.session.get(JobOrder, job_order_id)
            if job is None or job.deleted_at is not None:
                raise NotFoundError("Jobordren findes ikke.", "The job order does not exist.")
            if new_status not in TRANSITIONS.get(job.status, set()):
                raise ValidationError(
                    f"En jobordre kan ikke gå fra «{job.status}» til «{new_status}».",
                    f"A job order cannot go from '{job.status}' to '{new_status}'.",
                    field="status",
                )
            uow.session.add(
                MediationEvent(
                    job_order_id=job.id,
                    by_user_id=self.ctx.actor.user_id,
                    kind="status_change",
                    old_status=job.status,
                    new_status=new_status,
                    reason=reason,
                )
            )
            job.status = new_status
            uow.commit()

    def expire_overdue(self, today: date | None = None) -> int:
        """Move open job orders whose deadline has passed to ``expired`` (run on start)."""
        today = today or datetime.now(UTC).date()
        with self.ctx.uow() as uow:
            overdue = uow.session.scalars(
                select(JobOrder).where(
                    JobOrder.deleted_at.is_(None),
                    JobOrder.status.in_(("open", "in_progress", "paused")),
                    JobOrder.deadline < today,
                )
            ).all()
            for job in overdue:
                uow.session.add(
                    MediationEvent(
                        job_order_id=job.id,
                        by_user_id=self.ctx.actor.user_id,
                        kind="status_change",
                        old_status=job.status,
                        new_status="expired",
                        reason="Fristen er overskredet",
                    )
                )
                job.status = "expired"
            uow.commit()
            return len(overdue)

    def count_by_status(self) -> dict[str, int]:
        with self.ctx.uow() as uow:
            rows = uow.session.execute(
                select(JobOrder.status, func.count())
                .where(JobOrder.deleted_at.is_(None))
                .group_by(JobOrder.status)
            )
            return {status: n for status, n in rows}
