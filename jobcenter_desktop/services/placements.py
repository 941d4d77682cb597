"""Placements (ordinary jobs, praktik, løntilskud, fleksjob, IGU …): list and pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ..persistence.orm import Candidate, Company, Placement
from .context import ServiceContext
from .lists import ListQuery, fetch_ids, in_requested_order, raw_id_column

STATUSES = ("planned", "active", "completed", "stopped_early", "cancelled")


@dataclass(frozen=True)
class PlacementRow:
    id: str
    candidate_label: str
    candidate_name: str
    company_name: str
    scheme_code: str
    start: date
    planned_end: date | None
    status: str
    outcome: str


class PlacementService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_ids(self, query: ListQuery) -> list[str]:
        conditions = [Placement.deleted_at.is_(None)]
        if query.filters.get("status"):
            conditions.append(Placement.status == query.filters["status"])
        if query.filters.get("company_id"):
            conditions.append(Placement.company_id == query.filters["company_id"])
        if query.filters.get("candidate_id"):
            conditions.append(Placement.candidate_id == query.filters["candidate_id"])
        order = Placement.start.desc() if query.descending else Placement.start.asc()
        stmt = (
            select(raw_id_column(Placement.id, self.ctx.dialect))
            .where(*conditions)
            .order_by(order, Placement.id)
        )
        if query.limit:
            stmt = stmt.limit(query.limit)
        with self.ctx.uow() as uow:
            return fetch_ids(uow.session, stmt)

    def rows(self, ids: list[str]) -> list[PlacementRow]:
        if not ids:
            return []
        stmt = (
            select(Placement, Candidate.label, Candidate.name, Company.name)
            .join(Candidate, Candidate.id == Placement.candidate_id)
            .join(Company, Company.id == Placement.company_id)
            .where(Placement.id.in_(ids))
        )
        with self.ctx.uow() as uow:
            result = [
                PlacementRow(
                    id=p.id,
                    candidate_label=label,
                    candidate_name=cname,
                    company_name=company,
                    scheme_code=p.scheme_code,
                    start=p.start,
                    planned_end=p.planned_end,
                    status=p.status,
                    outcome=p.outcome or "",
                )
                for p, label, cname, company in uow.session.execute(stmt)
            ]
        return in_requested_order(ids, result, lambda r: r.id)

    def pipeline(self) -> dict[str, int]:
        """Number of placements per status, for the pipeline view."""
        with self.ctx.uow() as uow:
            rows = uow.session.execute(
                select(Placement.status, func.count())
                .where(Placement.deleted_at.is_(None))
                .group_by(Placement.status)
            )
            counts = dict.fromkeys(STATUSES, 0)
            counts.update({status: n for status, n in rows})
            return counts
