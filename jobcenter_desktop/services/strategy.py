"""Strategy maps in the store.

The domain's plain map model is what is edited and saved. Rows are converted to and from the
map's JSON structure (``strategy_io.map_to_dict`` / ``map_from_dict``), so a map read from the
store passes the same validation as an imported file. Saving replaces the map's child rows in
one transaction and checks the map's version: a map changed by someone else meanwhile is a
conflict, never a silent overwrite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from ..domain import strategy_io
from ..domain.errors import ConflictError, NotFoundError, UserError
from ..domain.strategy import StrategyMap as DomainMap
from ..persistence import orm
from .context import ServiceContext


@dataclass(frozen=True)
class MapSummary:
    id: str
    title: str
    status: str
    vision_year: int | None
    goals: int
    version: int


@dataclass(frozen=True)
class LoadedMap:
    """A map as the editor holds it, with the store version it was read at."""

    map: DomainMap
    version: int


_CHILD_TABLES = (orm.FocusArea, orm.Goal, orm.GoalLink, orm.Indicator, orm.IndicatorTarget,
                 orm.Measurement, orm.Milestone, orm.WorkingGroup, orm.Initiative, orm.Ambassador,
                 orm.StrategyRevision)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class StrategyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_maps(self) -> list[MapSummary]:
        goals = (
            select(func.count()).where(orm.Goal.map_id == orm.StrategyMap.id).scalar_subquery()
        )
        with self.ctx.uow() as uow:
            rows = uow.session.execute(
                select(orm.StrategyMap, goals)
                .where(orm.StrategyMap.deleted_at.is_(None))
                .order_by(orm.StrategyMap.status, orm.StrategyMap.title)
            )
            return [MapSummary(m.id, m.title, m.status, m.vision_year, n, m.version) for m, n in rows]

    # ------------------------------------------------------------------ read
    def load(self, map_id: str) -> LoadedMap:
        with self.ctx.uow() as uow:
            s = uow.session
            header = s.get(orm.StrategyMap, map_id)
            if header is None or header.deleted_at is not None:
                raise NotFoundError("Strategikortet findes ikke.", "The strategy map does not exist.")
            data = self._to_dict(s, header)
            version = header.version
        return LoadedMap(strategy_io.map_from_dict(data), version)

    def _to_dict(self, s, h: orm.StrategyMap) -> dict[str, Any]:  # noqa: ANN001
        def rows(entity: type) -> list:
            return list(s.scalars(select(entity).where(entity.map_id == h.id)))

        targets: dict[str, list] = {}
        for t in sorted(rows(orm.IndicatorTarget), key=lambda t: t.period_start):
            targets.setdefault(t.indicator_key, []).append(
                {"period_start": _iso(t.period_start), "target": t.target, "amber_limit": t.amber_limit})
        values: dict[str, list] = {}
        for v in sorted(rows(orm.Measurement), key=lambda v: v.period_start):
            values.setdefault(v.indicator_key, []).append(
                {"period_start": _iso(v.period_start), "value": v.value, "entered_by": v.entered_by,
                 "source_note": v.source_note})
        by_order = lambda r: r.position  # noqa: E731 - rows keep the model's order
        return {
            "format": strategy_io.FORMAT,
            "version": strategy_io.VERSION,
            "map": {"id": h.id, "title": h.title, "description": h.description,
                    "vision_text": h.vision_text, "vision_year": h.vision_year,
                    "baseline_text": h.baseline_text, "owner": h.owner, "status": h.status,
                    "span_start": _iso(h.span_start), "span_end": _iso(h.span_end)},
            "focus_areas": [{"id": a.key, "name": a.name, "order": a.order, "colour": a.colour}
                            for a in sorted(rows(orm.FocusArea), key=by_order)],
            "goals": [{"id": g.key, "area": g.focus_area_key, "parent": g.parent_goal_key,
                       "text": g.text, "owner": g.owner, "x": g.x, "y": g.y}
                      for g in sorted(rows(orm.Goal), key=by_order)],
            "links": [{"id": k.key, "from": k.from_key, "to": k.to_key, "note": k.note}
                      for k in sorted(rows(orm.GoalLink), key=by_order)],
            "indicators": [{"id": i.key, "goal": i.goal_key, "name": i.name, "unit": i.unit,
                            "direction": i.direction, "source": i.source, "measure_key": i.measure_key,
                            "period": i.period, "baseline": i.baseline,
                            "targets": targets.get(i.key, []), "measurements": values.get(i.key, [])}
                           for i in sorted(rows(orm.Indicator), key=by_order)],
            "milestones": [{"id": m.key, "text": m.text, "due": _iso(m.due), "goal": m.goal_key,
                            "status": m.status, "reached_on": _iso(m.reached_on)}
                           for m in sorted(rows(orm.Milestone), key=by_order)],
            "working_groups": [{"id": g.key, "name": g.name, "chair": g.chair, "members": g.members or []}
                               for g in sorted(rows(orm.WorkingGroup), key=by_order)],
            "initiatives": [{"id": i.key, "title": i.title, "goals": i.goal_keys or [],
                             "working_group": i.working_group_key, "start": _iso(i.start),
                             "end": _iso(i.end), "status": i.status, "tasks": i.tasks or []}
                            for i in sorted(rows(orm.Initiative), key=by_order)],
            "ambassadors": {"min_per_section": h.min_ambassadors_per_section,
                            "people": [{"user": a.user, "section": a.section}
                                       for a in sorted(rows(orm.Ambassador), key=by_order)]},
            "revisions": [{"node": r.node_key, "field": r.field, "old": r.old, "new": r.new,
                           "at": r.at.isoformat(), "by": r.by, "reason": r.reason}
                          for r in sorted(rows(orm.StrategyRevision), key=by_order)],
        }

    # ------------------------------------------------------------------ write
    def create(self, domain_map: DomainMap) -> LoadedMap:
        with self.ctx.uow() as uow:
            header = orm.StrategyMap(id=orm.new_id(), title=domain_map.header.title)
            uow.session.add(header)
            self._write(uow.session, header, domain_map)
            uow.commit()
            map_id = header.id
        return self.load(map_id)

    def save(self, map_id: str, domain_map: DomainMap, base_version: int) -> LoadedMap:
        with self.ctx.uow() as uow:
            header = uow.session.get(orm.StrategyMap, map_id)
            if header is None or header.deleted_at is not None:
                raise NotFoundError("Strategikortet findes ikke.", "The strategy map does not exist.")
            if header.version != base_version:
                raise ConflictError(
                    "En anden bruger har gemt strategikortet, mens du redigerede. Genindlæs kortet.",
                    "Another user saved the strategy map while you were editing. Reload the map.",
                )
            for entity in _CHILD_TABLES:
                uow.session.execute(delete(entity).where(entity.map_id == map_id))
            # The header may be unchanged while goals changed: touching it bumps the map's
            # version, so the next concurrent save is still detected as a conflict.
            header.modified_at = datetime.now(UTC)
            self._write(uow.session, header, domain_map)
            uow.commit()
        return self.load(map_id)

    def _write(self, s, h: orm.StrategyMap, m: DomainMap) -> None:  # noqa: ANN001, C901
        data = strategy_io.map_to_dict(m)
        head = data["map"]
        h.title = head["title"]
        h.description = head["description"] or ""
        h.vision_text = head["vision_text"] or ""
        h.vision_year = head["vision_year"]
        h.baseline_text = head["baseline_text"] or ""
        h.owner = head["owner"] or ""
        h.status = head["status"]
        h.span_start = _day(head["span_start"])
        h.span_end = _day(head["span_end"])
        h.min_ambassadors_per_section = data["ambassadors"]["min_per_section"]
        s.flush()
        add = s.add
        for n, a in enumerate(data["focus_areas"]):
            add(orm.FocusArea(map_id=h.id, key=a["id"], name=a["name"], order=a["order"],
                              colour=a["colour"] or "", position=n))
        for n, g in enumerate(data["goals"]):
            add(orm.Goal(map_id=h.id, key=g["id"], focus_area_key=g["area"], parent_goal_key=g["parent"],
                         text=g["text"], owner=g["owner"] or "", x=g["x"], y=g["y"], position=n))
        for n, k in enumerate(data["links"]):
            add(orm.GoalLink(map_id=h.id, key=k["id"], from_key=k["from"], to_key=k["to"],
                             note=k["note"] or "", position=n))
        for n, i in enumerate(data["indicators"]):
            add(orm.Indicator(map_id=h.id, key=i["id"], goal_key=i["goal"], name=i["name"],
                              unit=i["unit"] or "", direction=i["direction"], source=i["source"],
                              measure_key=i["measure_key"], period=i["period"], baseline=i["baseline"],
                              position=n))
            for t in i["targets"]:
                add(orm.IndicatorTarget(map_id=h.id, indicator_key=i["id"],
                                        period_start=_day(t["period_start"]), target=t["target"],
                                        amber_limit=t["amber_limit"]))
            for v in i["measurements"]:
                add(orm.Measurement(map_id=h.id, indicator_key=i["id"],
                                    period_start=_day(v["period_start"]), value=v["value"],
                                    entered_by=v["entered_by"] or "", source_note=v["source_note"] or ""))
        for n, ms in enumerate(data["milestones"]):
            add(orm.Milestone(map_id=h.id, key=ms["id"], goal_key=ms["goal"], text=ms["text"],
                              due=_day(ms["due"]), status=ms["status"],
                              reached_on=_day(ms["reached_on"]), position=n))
        for n, g in enumerate(data["working_groups"]):
            add(orm.WorkingGroup(map_id=h.id, key=g["id"], name=g["name"], chair=g["chair"] or "",
                                 members=g["members"], position=n))
        for n, i in enumerate(data["initiatives"]):
            add(orm.Initiative(map_id=h.id, key=i["id"], working_group_key=i["working_group"],
                               goal_keys=i["goals"], title=i["title"], start=_day(i["start"]),
                               end=_day(i["end"]), status=i["status"], tasks=i["tasks"], position=n))
        for n, a in enumerate(data["ambassadors"]["people"]):
            add(orm.Ambassador(map_id=h.id, key=f"amb{n}", user=a["user"], section=a["section"],
                               position=n))
        for n, r in enumerate(data["revisions"]):
            add(orm.StrategyRevision(map_id=h.id, node_key=r["node"], field=r["field"], old=r["old"],
                                     new=r["new"], at=datetime.fromisoformat(r["at"]), by=r["by"] or "",
                                     reason=r["reason"] or "", position=n))

    def delete(self, map_id: str, base_version: int) -> None:
        with self.ctx.uow() as uow:
            header = uow.session.get(orm.StrategyMap, map_id)
            if header is None or header.deleted_at is not None:
                raise NotFoundError("Strategikortet findes ikke.", "The strategy map does not exist.")
            if header.version != base_version:
                raise ConflictError("Kortet er ændret af en anden bruger.", "The map was changed by another user.")
            header.deleted_at = datetime.now(UTC)
            uow.commit()

    # ------------------------------------------------------------------ templates and files
    def templates(self) -> list[strategy_io.TemplateInfo]:
        return strategy_io.list_templates()

    def create_from_template(self, name: str, start_year: int | None = None) -> LoadedMap:
        """A new draft map from a shipped template, its dates moved to start in ``start_year``."""
        return self.create(strategy_io.load_template(name, start_year=start_year))

    def seed_from_templates(self) -> int:
        """Both example maps, started last year so they hold measurements up to now."""
        start = date.today().year - 1
        for info in self.templates():
            self.create_from_template(info.name, start_year=start)
        return len(self.templates())

    def import_json(self, path: Path) -> LoadedMap:
        try:
            domain_map = strategy_io.load(path)
        except OSError as exc:
            raise UserError(f"Filen kan ikke læses: {exc}", f"The file cannot be read: {exc}") from None
        return self.create(domain_map)

    def export_json(self, map_id: str, path: Path) -> None:
        strategy_io.save(self.load(map_id).map, path)
