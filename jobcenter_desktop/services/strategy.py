"""Strategy maps in the store, their files and their printed poster.

The domain's plain map model is what is edited and saved. Rows are converted to and from the
map's JSON structure (``strategy_io.map_to_dict`` / ``map_from_dict``), so a map read from the
store passes the same validation as an imported file. Saving replaces the map's child rows in
one transaction and checks the map's version: a map changed by someone else meanwhile is a
conflict, never a silent overwrite.

The poster (``render_poster``) converts a domain map into the poster renderer's input: the
goals at the positions the editor gave them, traffic lights and latest values, then indicator
history, milestones, action plans per working group and ambassadors per section. Live
indicators are recomputed first (``refresh_indicators``) so a printout is never stale.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from ..domain import strategy_io
from ..domain.dates import utcnow
from ..domain.errors import ConflictError, NotFoundError, UserError, ValidationError
from ..domain.strategy import (
    VISION_ID,
    Indicator,
    IndicatorTarget,
    InitiativeStatus,
    LayoutParams,
    Light,
    Measurement,
    light_for,
    period_label,
    worst,
)
from ..domain.strategy import StrategyMap as DomainMap
from ..persistence import orm
from ..reports import strategy_poster as poster
from ..reports.base import ReportContext
from .context import ServiceContext
from .indicators import IndicatorService, RefreshResult, apply_computed


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
        self.export_map(self.load(map_id).map, path)

    def export_map(self, domain_map: DomainMap, path: Path) -> None:
        """Write a map (e.g. the one open in the editor, saved or not) as a JSON file."""
        try:
            strategy_io.save(domain_map, path)
        except OSError as exc:
            raise UserError(
                f"Filen {path} kan ikke skrives ({exc.strerror or exc}).",
                f"The file {path} cannot be written ({exc.strerror or exc}).",
            ) from None
        with self.ctx.uow() as uow:
            uow.log("export", "strategy_map", entity_id=_log_id(domain_map.id),
                    detail=f"{domain_map.title} → {Path(path).name}")
            uow.commit()

    # ------------------------------------------------------------------ live indicators
    def refresh_indicators(self, domain_map: DomainMap, *, today: date | None = None,
                           kommune_code: str | None = None) -> RefreshResult:
        """Recompute the map's live (computed) indicators from the CRM, in place."""
        values = IndicatorService(self.ctx, kommune_code=kommune_code).compute_for_map(
            domain_map, today=today)
        return apply_computed(domain_map, values)

    # ------------------------------------------------------------------ poster
    def render_poster(self, domain_map: DomainMap, *, paper: str = "A3", briefing: bool = True,
                      language: str = "da", as_of: date | None = None) -> bytes:
        """The map as a landscape poster PDF (A3 or A4), followed by the briefing pages
        (indicators, milestones, action plans, ambassadors) unless ``briefing`` is False."""
        paper = (paper or "A3").upper()
        if paper not in poster.PAPER_SIZES:
            raise ValidationError(
                f"Papirformatet skal være A3 eller A4, ikke «{paper}».",
                f"The paper size must be A3 or A4, not '{paper}'.",
                field="paper",
            )
        data = poster_data(domain_map, briefing=briefing, language=language, as_of=as_of)
        context = ReportContext(jobcenter_name=self.ctx.jobcenter_name,
                                printed_by=self.ctx.actor.name or self.ctx.actor.username,
                                printed_at=utcnow(), language=language)
        pdf = poster.render_strategy_poster(data, context, paper=paper)
        with self.ctx.uow() as uow:
            uow.log("print", "strategy_map", entity_id=_log_id(domain_map.id),
                    detail=f"{domain_map.title} ({paper}{', briefing' if briefing else ''})")
            uow.commit()
        return pdf


# ---------------------------------------------------------------------- poster data

_LIGHT = {Light.GREEN: "green", Light.AMBER: "amber", Light.RED: "red", None: "none"}
_INITIATIVE_STATUS = {
    "da": {InitiativeStatus.STOPPED: "Stoppet"},
    "en": {InitiativeStatus.STOPPED: "Stopped"},
}
_NO_GROUP = {"da": "Uden arbejdsgruppe", "en": "No working group"}
HISTORY_PERIODS = 6  # periods per indicator on the briefing page (the small charts)


def _log_id(map_id: str) -> str | None:
    """The map id as the access log's UUID column takes it (template ids are not UUIDs)."""
    try:
        return str(uuid.UUID(map_id))
    except (ValueError, TypeError):
        return None


@dataclass(frozen=True, slots=True)
class IndicatorFacts:
    """What a card, a table row or the poster shows of one indicator, read in one pass."""

    indicator: Indicator
    measurements: tuple[Measurement, ...]
    latest: Measurement | None
    target: IndicatorTarget | None  # in force for the latest value; else the newest target
    light: Light | None  # traffic light of the latest value (None: grey)


def indicator_facts(m: DomainMap, ind: Indicator) -> IndicatorFacts:
    values = m.measurements(ind.id)
    latest = values[-1] if values else None
    in_force = m.target_for(ind.id, latest.period_start) if latest is not None else None
    light = None
    if latest is not None and in_force is not None:
        light = light_for(latest.value, in_force.target, in_force.amber_limit, ind.direction)
    target = in_force
    if target is None and latest is None:
        targets = m.targets(ind.id)
        target = targets[-1] if targets else None
    return IndicatorFacts(ind, values, latest, target, light)


def headline(facts: Iterable[IndicatorFacts]) -> IndicatorFacts | None:
    """The indicator a goal's card shows: the worst-coloured one with a value, else the
    first with a value, else the first."""
    best = None
    best_rank = None
    for f in facts:
        rank = (f.latest is not None, f.light.severity if f.light else -1)
        if best_rank is None or rank > best_rank:
            best, best_rank = f, rank
    return best


def poster_data(m: DomainMap, *, briefing: bool = True, language: str = "da",
                as_of: date | None = None) -> poster.StrategyPoster:
    """Convert a domain map into the poster renderer's input."""
    params = LayoutParams()
    lanes = [poster.PosterLane(a.id, a.name, a.colour) for a in m.focus_areas]
    facts = {ind.id: indicator_facts(m, ind) for ind in m.indicators}
    by_goal: dict[str, list[IndicatorFacts]] = {}
    for f in facts.values():
        by_goal.setdefault(f.indicator.goal_id, []).append(f)
    goals = []
    for g in m.goals:
        shown = headline(by_goal.get(g.id, ()))
        goals.append(poster.PosterGoal(
            id=g.id, lane_id=g.focus_area_id, text=g.text, x=g.x, y=g.y,
            width=params.card_width, height=params.card_height,
            traffic_light=_LIGHT[worst(f.light for f in by_goal.get(g.id, ()))],
            current_value=shown.latest.value if shown and shown.latest else None,
            target=shown.target.target if shown and shown.target else None,
            unit=shown.indicator.unit if shown else "", is_subgoal=g.parent_goal_id is not None))
    links = [poster.PosterLink(k.from_id, poster.VISION_ID if k.to_id == VISION_ID else k.to_id)
             for k in m.links]
    data = dict(title=m.title, vision_text=m.vision_text, vision_year=m.vision_year,
                lanes=lanes, goals=goals, links=links, as_of=as_of,
                min_ambassadors_per_section=m.min_per_section)
    if not briefing:
        return poster.StrategyPoster(**data)
    lane_order = {a.id: n for n, a in enumerate(m.focus_areas)}
    goal_by_id = {g.id: g for g in m.goals}
    indicators = []
    for ind in sorted(m.indicators, key=lambda i: (
            lane_order.get(goal_by_id[i.goal_id].focus_area_id, 0), goal_by_id[i.goal_id].y,
            i.name.casefold())):
        history = facts[ind.id].measurements[-HISTORY_PERIODS:]
        periods = []
        for v in history:
            target = m.target_for(ind.id, v.period_start)
            periods.append(poster.IndicatorPeriod(
                period_label(v.period_start, ind.period, language), v.value,
                target.target if target else None))
        indicators.append(poster.PosterIndicator(
            name=ind.name, unit=ind.unit, direction=ind.direction.value,
            goal=goal_by_id[ind.goal_id].text, periods=periods,
            traffic_light=_LIGHT[facts[ind.id].light]))
    milestones = [poster.PosterMilestone(ms.text, ms.due, ms.status.value, ms.reached_on)
                  for ms in m.milestones]
    status_text = _INITIATIVE_STATUS.get(language, _INITIATIVE_STATUS["da"])

    def initiative(ini, group_name: str) -> poster.PosterInitiative:  # noqa: ANN001
        return poster.PosterInitiative(
            title=ini.title, owner_group=group_name, start=ini.start, end=ini.end,
            status=status_text.get(ini.status, ini.status.value),
            tasks=[poster.PosterTask(t.title, t.owner, t.due, t.done) for t in ini.tasks])

    plans = []
    for group in m.working_groups:
        owned = sorted((i for i in m.initiatives if i.working_group_id == group.id),
                       key=lambda i: (i.start or date.max, i.title.casefold()))
        plans.append(poster.WorkingGroupPlan(group.name, group.chair,
                                             [initiative(i, group.name) for i in owned]))
    loose = [i for i in m.initiatives if i.working_group_id is None]
    if loose:
        name = _NO_GROUP.get(language, _NO_GROUP["da"])
        plans.append(poster.WorkingGroupPlan(name, "", [initiative(i, "") for i in loose]))
    sections: dict[str, list[str]] = {}
    for amb in m.ambassadors:
        sections.setdefault(amb.section, []).append(amb.user)
    ambassadors = [poster.AmbassadorSection(section, tuple(users))
                   for section, users in sorted(sections.items(), key=lambda kv: kv[0].casefold())]
    return poster.StrategyPoster(**data, indicators=indicators, milestones=milestones,
                                 action_plans=plans, ambassadors=ambassadors)
