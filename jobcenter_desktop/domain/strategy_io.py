"""JSON import and export of strategy maps, and the bundled strategy-map templates.

The file format is versioned: ``{"format": "jobcenter-strategy-map", "version": 1, ...}``.
Export then import gives back an equal map, and export of that map gives the same text.

Files come from outside (e-mail, shared drives, other municipalities), so reading is strict:
unknown keys, wrong types, duplicate keys, NaN, misaligned periods, unknown references and
loops are all refused. Every problem is a ``ValidationError`` whose message starts with the
path into the JSON (``goals[3].area: Ukendt fokusområde «XX».``), and a broken file never
yields a half-built map: the map is only returned once every part has been added through the
same checked operations the editor uses.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from .errors import NotFoundError, UserError, ValidationError
from .strategy import (
    DEFAULT_MIN_PER_SECTION,
    Goal,
    IndicatorTarget,
    Measurement,
    Revision,
    StrategyMap,
    Task,
    parent_first_order,
    path_text,
)

FORMAT = "jobcenter-strategy-map"
VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024  # a real map is a few hundred kB; more is not a map
# Real maps have tens of goals. The cap keeps a hostile file from making the (quadratic, but
# plenty fast for real maps) rule checks run for minutes.
MAX_ITEMS = 2000
TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "resources" / "strategy_templates"

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TEMPLATE_NAME = re.compile(r"^[a-z0-9_]{1,60}$")
_PERIOD_FIELD = re.compile(r"^(\w+):(\d{4}-\d{2}-\d{2})$")
_DATE_FIELDS = frozenset({"due", "reached_on", "start", "end", "span_start", "span_end"})

# Domain field names → JSON keys, so a domain error lands on the right path.
_JSON_KEY = {
    "focus_area_id": "area",
    "parent_goal_id": "parent",
    "goal_id": "goal",
    "from_id": "from",
    "to_id": "to",
    "working_group_id": "working_group",
    "goal_ids": "goals",
    "node_id": "node",
}


# --- export -----------------------------------------------------------------------------------


def map_to_dict(m: StrategyMap) -> dict[str, Any]:
    """The map as plain JSON data (every key written, ``None`` as null, dates as ISO text)."""
    h = m.header
    return {
        "format": FORMAT,
        "version": VERSION,
        "map": {
            "id": m.id,
            "title": h.title,
            "description": h.description,
            "vision_text": h.vision_text,
            "vision_year": h.vision_year,
            "baseline_text": h.baseline_text,
            "owner": h.owner,
            "status": h.status.value,
            "span_start": _iso(h.span_start),
            "span_end": _iso(h.span_end),
        },
        "focus_areas": [
            {"id": a.id, "name": a.name, "order": a.order, "colour": a.colour}
            for a in m.focus_areas
        ],
        "goals": [
            {
                "id": g.id,
                "area": g.focus_area_id,
                "parent": g.parent_goal_id,
                "text": g.text,
                "owner": g.owner,
                "x": g.x,
                "y": g.y,
            }
            for g in m.goals
        ],
        "links": [
            {"id": link.id, "from": link.from_id, "to": link.to_id, "note": link.note}
            for link in m.links
        ],
        "indicators": [
            {
                "id": i.id,
                "goal": i.goal_id,
                "name": i.name,
                "unit": i.unit,
                "direction": i.direction.value,
                "source": i.source.value,
                "measure_key": i.measure_key,
                "period": i.period.value,
                "baseline": i.baseline,
                "targets": [
                    {
                        "period_start": _iso(t.period_start),
                        "target": t.target,
                        "amber_limit": t.amber_limit,
                    }
                    for t in m.targets(i.id)
                ],
                "measurements": [
                    {
                        "period_start": _iso(v.period_start),
                        "value": v.value,
                        "entered_by": v.entered_by,
                        "source_note": v.source_note,
                    }
                    for v in m.measurements(i.id)
                ],
            }
            for i in m.indicators
        ],
        "milestones": [
            {
                "id": ms.id,
                "text": ms.text,
                "due": _iso(ms.due),
                "goal": ms.goal_id,
                "status": ms.status.value,
                "reached_on": _iso(ms.reached_on),
            }
            for ms in m.milestones
        ],
        "working_groups": [
            {"id": g.id, "name": g.name, "chair": g.chair, "members": list(g.members)}
            for g in m.working_groups
        ],
        "initiatives": [
            {
                "id": i.id,
                "title": i.title,
                "goals": list(i.goal_ids),
                "working_group": i.working_group_id,
                "start": _iso(i.start),
                "end": _iso(i.end),
                "status": i.status.value,
                "tasks": [
                    {"title": t.title, "owner": t.owner, "due": _iso(t.due), "done": t.done}
                    for t in i.tasks
                ],
            }
            for i in m.initiatives
        ],
        "ambassadors": {
            "min_per_section": m.min_per_section,
            "people": [{"user": a.user, "section": a.section} for a in m.ambassadors],
        },
        "revisions": [
            {
                "node": r.node_id,
                "field": r.field,
                "old": r.old,
                "new": r.new,
                "at": r.at.isoformat(),
                "by": r.by,
                "reason": r.reason,
            }
            for r in m.revisions
        ],
    }


def dumps(m: StrategyMap) -> str:
    """The map as JSON text (UTF-8 friendly: æøå stay readable), ending in a newline."""
    return json.dumps(map_to_dict(m), ensure_ascii=False, indent=2) + "\n"


def save(m: StrategyMap, path: str | os.PathLike[str]) -> None:
    """Write the map to ``path`` atomically, so a crash never leaves half a file behind."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".strategy-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(dumps(m))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# --- import -----------------------------------------------------------------------------------


def load(
    path: str | os.PathLike[str], *, clock: Callable[[], datetime] | None = None
) -> StrategyMap:
    """Read a map file. Every problem is a ``UserError`` naming the file or the JSON path."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                f"Filen {file.name} er for stor til at være et strategikort ({size} byte).",
                f"The file {file.name} is too large to be a strategy map ({size} bytes).",
            )
        raw = file.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(
            f"Filen {file} findes ikke.", f"The file {file} does not exist."
        ) from None
    except OSError as exc:
        raise UserError(
            f"Filen {file} kan ikke læses ({exc.strerror}).",
            f"The file {file} cannot be read ({exc.strerror}).",
        ) from None
    return loads(raw, clock=clock)


def loads(text: str | bytes, *, clock: Callable[[], datetime] | None = None) -> StrategyMap:
    """Parse map JSON text; see ``map_from_dict`` for what is checked."""
    if isinstance(text, bytes):
        if len(text) > MAX_FILE_BYTES:
            raise ValidationError(
                "Filen er for stor til at være et strategikort.",
                "The file is too large to be a strategy map.",
            )
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(
                "Filen er ikke tekst i UTF-8.", "The file is not UTF-8 text."
            ) from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"Filen er ikke gyldig JSON (linje {exc.lineno}, kolonne {exc.colno}): {exc.msg}.",
            f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}.",
        ) from None
    except _BadJson as exc:
        raise ValidationError(exc.da, exc.en) from None
    except (RecursionError, ValueError):
        # Absurd nesting or a number with thousands of digits: hostile or broken either way.
        raise ValidationError(
            "Filen er ikke et gyldigt strategikort (for dyb eller for store tal).",
            "The file is not a valid strategy map (nested too deeply or numbers too large).",
        ) from None
    return map_from_dict(data, clock=clock)


class _BadJson(ValueError):
    def __init__(self, da: str, en: str) -> None:
        super().__init__(en)
        self.da, self.en = da, en


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of two equal keys silently; in a hand-edited file that hides a typo.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _BadJson(
                f"Nøglen «{key}» står to gange i samme objekt.",
                f"The key '{key}' appears twice in the same object.",
            )
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    raise _BadJson(
        f"{name} er ikke et tal, der kan bruges i et strategikort.",
        f"{name} is not a number a strategy map can use.",
    )


def map_from_dict(data: object, *, clock: Callable[[], datetime] | None = None) -> StrategyMap:
    """Build a map from parsed JSON, checking structure, types, references and every rule."""
    root = _Obj.of(
        data,
        "",
        required={"format", "version", "map"},
        optional={
            "focus_areas",
            "goals",
            "links",
            "indicators",
            "milestones",
            "working_groups",
            "initiatives",
            "ambassadors",
            "revisions",
        },
    )
    if root.data["format"] != FORMAT:
        root.at("format").fail(
            f"filen er ikke et strategikort (forventede «{FORMAT}»).",
            f"the file is not a strategy map (expected '{FORMAT}').",
        )
    version = root.integer("version")
    if version > VERSION:
        root.at("version").fail(
            f"filen er fra en nyere version ({version}) af programmet; opdatér først.",
            f"the file is from a newer version ({version}) of the program; update first.",
        )
    if version < 1:
        root.at("version").fail(f"ukendt version {version}.", f"unknown version {version}.")

    m = _read_header(root, clock)
    for area in root.items("focus_areas", required={"id", "name"}, optional={"order", "colour"}):
        with _located(area):
            m.add_focus_area(
                id=area.text("id"),
                name=area.text("name"),
                order=area.opt_integer("order"),
                colour=area.opt_text("colour"),
            )
    for group in root.items(
        "working_groups", required={"id", "name"}, optional={"chair", "members"}
    ):
        with _located(group):
            m.add_working_group(
                id=group.text("id"),
                name=group.text("name"),
                chair=group.text("chair", ""),
                members=group.texts("members"),
            )
    _read_goals(root, m)
    for link in root.items("links", required={"from", "to"}, optional={"id", "note"}):
        with _located(link):
            m.add_link(
                link.text("from"),
                link.text("to"),
                note=link.text("note", ""),
                id=link.opt_text("id"),
            )
    _read_indicators(root, m)
    for ms in root.items(
        "milestones", required={"id", "text", "due"}, optional={"goal", "status", "reached_on"}
    ):
        with _located(ms):
            m.add_milestone(
                id=ms.text("id"),
                text=ms.text("text"),
                due=ms.date("due"),
                goal_id=ms.opt_text("goal"),
                status=ms.text("status", "planned"),
                reached_on=ms.opt_date("reached_on"),
            )
    _read_initiatives(root, m)
    _read_ambassadors(root, m)
    for rev in root.items(
        "revisions", required={"node", "field", "at", "by"}, optional={"old", "new", "reason"}
    ):
        with _located(rev):
            m.append_revision(
                Revision(
                    node_id=rev.text("node"),
                    field=rev.text("field"),
                    old=rev.scalar("old"),
                    new=rev.scalar("new"),
                    at=rev.timestamp("at"),
                    by=rev.text("by"),
                    reason=rev.text("reason", ""),
                )
            )
    return m


def _read_header(root: _Obj, clock: Callable[[], datetime] | None) -> StrategyMap:
    head = root.obj(
        "map",
        required={"title"},
        optional={
            "id",
            "description",
            "vision_text",
            "vision_year",
            "baseline_text",
            "owner",
            "status",
            "span_start",
            "span_end",
        },
    )
    ambassadors = root.opt_obj(
        "ambassadors", required=set(), optional={"min_per_section", "people"}
    )
    minimum = None if ambassadors is None else ambassadors.opt_integer("min_per_section")
    with _located(head, *(() if ambassadors is None else (ambassadors,))):
        return StrategyMap(
            id=head.opt_text("id"),
            title=head.text("title"),
            description=head.text("description", ""),
            vision_text=head.text("vision_text", ""),
            vision_year=head.opt_integer("vision_year"),
            baseline_text=head.text("baseline_text", ""),
            owner=head.text("owner", ""),
            status=head.text("status", "draft"),
            span_start=head.opt_date("span_start"),
            span_end=head.opt_date("span_end"),
            min_per_section=DEFAULT_MIN_PER_SECTION if minimum is None else minimum,
            clock=clock,
        )


def _read_goals(root: _Obj, m: StrategyMap) -> None:
    items = root.items(
        "goals", required={"id", "area", "text"}, optional={"parent", "owner", "x", "y"}
    )
    goals: list[Goal] = []
    where: dict[str, _Obj] = {}
    for item in items:
        goal_id = item.text("id")
        if goal_id in where:
            item.at("id").fail(
                f"id'et «{goal_id}» er brugt af flere mål.", f"the id '{goal_id}' is used twice."
            )
        where[goal_id] = item
        goals.append(
            Goal(
                id=goal_id,
                focus_area_id=item.text("area"),
                text=item.text("text"),
                parent_goal_id=item.opt_text("parent"),
                owner=item.text("owner", ""),
                x=item.number("x", 0.0),
                y=item.number("y", 0.0),
            )
        )
    # Sub-goals may come before their parents in a hand-written file; add parents first.
    ordered, loop = parent_first_order(goals)
    if loop:
        path = path_text(loop)
        where[loop[0]].at("parent").fail(
            f"delmål danner en løkke: {path}.", f"sub-goals form a loop: {path}."
        )
    for goal in ordered:
        with _located(where[goal.id]):
            m.add_goal(
                id=goal.id,
                focus_area_id=goal.focus_area_id,
                text=goal.text,
                parent_goal_id=goal.parent_goal_id,
                owner=goal.owner,
                x=goal.x,
                y=goal.y,
            )


def _read_indicators(root: _Obj, m: StrategyMap) -> None:
    for item in root.items(
        "indicators",
        required={"id", "goal", "name"},
        optional={
            "unit",
            "direction",
            "source",
            "measure_key",
            "period",
            "baseline",
            "targets",
            "measurements",
        },
    ):
        with _located(item):
            ind = m.add_indicator(
                id=item.text("id"),
                goal_id=item.text("goal"),
                name=item.text("name"),
                unit=item.text("unit", ""),
                direction=item.opt_text("direction"),
                source=item.text("source", "manual"),
                measure_key=item.opt_text("measure_key"),
                period=item.text("period", "quarter"),
                baseline=item.opt_number("baseline"),
            )
        for t in item.items("targets", required={"period_start", "target", "amber_limit"}):
            with _located(t):
                m.load_target(
                    IndicatorTarget(
                        indicator_id=ind.id,
                        period_start=t.date("period_start"),
                        target=t.number("target"),
                        amber_limit=t.number("amber_limit"),
                    )
                )
        for v in item.items(
            "measurements",
            required={"period_start", "value", "entered_by"},
            optional={"source_note"},
        ):
            with _located(v):
                m.load_measurement(
                    Measurement(
                        indicator_id=ind.id,
                        period_start=v.date("period_start"),
                        value=v.number("value"),
                        entered_by=v.text("entered_by"),
                        source_note=v.text("source_note", ""),
                    )
                )


def _read_initiatives(root: _Obj, m: StrategyMap) -> None:
    for item in root.items(
        "initiatives",
        required={"id", "title"},
        optional={"goals", "working_group", "start", "end", "status", "tasks"},
    ):
        tasks = [
            Task(
                title=t.text("title"),
                owner=t.text("owner", ""),
                due=t.opt_date("due"),
                done=t.boolean("done", False),
            )
            for t in item.items("tasks", required={"title"}, optional={"owner", "due", "done"})
        ]
        with _located(item):
            m.add_initiative(
                id=item.text("id"),
                title=item.text("title"),
                goal_ids=item.texts("goals"),
                working_group_id=item.opt_text("working_group"),
                start=item.opt_date("start"),
                end=item.opt_date("end"),
                status=item.text("status", "planned"),
                tasks=tasks,
            )


def _read_ambassadors(root: _Obj, m: StrategyMap) -> None:
    block = root.opt_obj("ambassadors", required=set(), optional={"min_per_section", "people"})
    if block is None:
        return
    for person in block.items("people", required={"user", "section"}):
        with _located(person):
            m.add_ambassador(person.text("user"), person.text("section"))


@contextmanager
def _located(obj: _Obj, *others: _Obj) -> Iterator[None]:
    """Prefix a domain error with the JSON path of the object (and field) it is about.

    ``others`` are further objects whose keys the same call reads (the header's
    ``min_per_section`` lives under ``ambassadors``).
    """
    try:
        yield
    except UserError as exc:
        if getattr(exc, "located", False):
            raise  # the reader already named the path
        key = _JSON_KEY.get(exc.field or "", exc.field)
        owner = next((o for o in (obj, *others) if key in o.keys), None)
        path = owner.path_of(key) if owner is not None and key else obj.path
        raise _located_error(path, exc.da, exc.en) from None


_MISSING = object()


class _Obj:
    """A JSON object with its path; typed getters raise errors that name the path."""

    def __init__(self, data: dict[str, Any], path: str, keys: frozenset[str]) -> None:
        self.data, self.path, self.keys = data, path, keys

    @classmethod
    def of(
        cls,
        value: object,
        path: str,
        *,
        required: AbstractSet[str],
        optional: AbstractSet[str] = frozenset(),
    ) -> _Obj:
        if not isinstance(value, dict):
            _fail(
                path or "(rod)",
                f"{'' if path else 'filen '}skal være et objekt ({{…}}), ikke {_kind_da(value)}.",
                f"{'' if path else 'the file '}must be an object ({{…}}), not {_kind_en(value)}.",
            )
        for key in value:
            if key not in required and key not in optional:
                _fail(_join(path, key), "ukendt felt.", "unknown field.")
        for key in sorted(required):
            if key not in value:
                _fail(_join(path, key), "feltet mangler.", "the field is missing.")
        return cls(value, path, frozenset(required) | frozenset(optional))

    def path_of(self, key: str) -> str:
        return _join(self.path, key)

    def at(self, key: str) -> _Where:
        return _Where(self.path_of(key))

    def _get(self, key: str, default: object) -> object:
        value = self.data.get(key, _MISSING)
        if value is _MISSING:
            if default is _MISSING:  # pragma: no cover - required keys are checked in of()
                self.at(key).fail("feltet mangler.", "the field is missing.")
            return default
        return value

    def text(self, key: str, default: object = _MISSING) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            self.at(key).fail(
                f"skal være tekst, ikke {_kind_da(value)}.", f"must be text, not {_kind_en(value)}."
            )
        return value

    def opt_text(self, key: str) -> str | None:
        return None if self._get(key, None) is None else self.text(key)

    def texts(self, key: str) -> list[str]:
        value = self._get(key, [])
        if not isinstance(value, list):
            self.at(key).fail(
                f"skal være en liste, ikke {_kind_da(value)}.",
                f"must be a list, not {_kind_en(value)}.",
            )
        for n, item in enumerate(value):
            if not isinstance(item, str):
                _fail(
                    f"{self.path_of(key)}[{n}]",
                    f"skal være tekst, ikke {_kind_da(item)}.",
                    f"must be text, not {_kind_en(item)}.",
                )
        return list(value)

    def number(self, key: str, default: object = _MISSING) -> int | float:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.at(key).fail(
                f"skal være et tal, ikke {_kind_da(value)}.",
                f"must be a number, not {_kind_en(value)}.",
            )
        return value

    def opt_number(self, key: str) -> int | float | None:
        return None if self._get(key, None) is None else self.number(key)

    def integer(self, key: str, default: object = _MISSING) -> int:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.at(key).fail(
                f"skal være et heltal, ikke {_kind_da(value)}.",
                f"must be a whole number, not {_kind_en(value)}.",
            )
        return value

    def opt_integer(self, key: str) -> int | None:
        return None if self._get(key, None) is None else self.integer(key)

    def boolean(self, key: str, default: object = _MISSING) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            self.at(key).fail(
                f"skal være true eller false, ikke {_kind_da(value)}.",
                f"must be true or false, not {_kind_en(value)}.",
            )
        return value

    def date(self, key: str) -> date:
        value = self.text(key)
        if _ISO_DATE.match(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.at(key).fail(
            f"«{value}» er ikke en dato (åååå-mm-dd).", f"'{value}' is not a date (yyyy-mm-dd)."
        )

    def opt_date(self, key: str) -> date | None:
        return None if self._get(key, None) is None else self.date(key)

    def timestamp(self, key: str) -> datetime:
        value = self.text(key)
        try:
            stamp = datetime.fromisoformat(value)
        except ValueError:
            self.at(key).fail(
                f"«{value}» er ikke et tidspunkt (ISO 8601).",
                f"'{value}' is not a timestamp (ISO 8601).",
            )
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)

    def scalar(self, key: str) -> str | int | float | bool | None:
        value = self._get(key, None)
        if value is not None and not isinstance(value, str | int | float | bool):
            self.at(key).fail(
                f"skal være tekst, et tal eller null, ikke {_kind_da(value)}.",
                f"must be text, a number or null, not {_kind_en(value)}.",
            )
        return value

    def obj(
        self, key: str, *, required: AbstractSet[str], optional: AbstractSet[str] = frozenset()
    ) -> _Obj:
        return _Obj.of(
            self._get(key, _MISSING), self.path_of(key), required=required, optional=optional
        )

    def opt_obj(
        self, key: str, *, required: AbstractSet[str], optional: AbstractSet[str] = frozenset()
    ) -> _Obj | None:
        if self._get(key, None) is None:
            return None
        return self.obj(key, required=required, optional=optional)

    def items(
        self, key: str, *, required: AbstractSet[str], optional: AbstractSet[str] = frozenset()
    ) -> list[_Obj]:
        """The objects in list ``key`` (absent means empty), each checked for its keys."""
        value = self._get(key, [])
        if not isinstance(value, list):
            self.at(key).fail(
                f"skal være en liste, ikke {_kind_da(value)}.",
                f"must be a list, not {_kind_en(value)}.",
            )
        base = self.path_of(key)
        if len(value) > MAX_ITEMS:
            _fail(
                base,
                f"for mange elementer ({len(value)}; højst {MAX_ITEMS}).",
                f"too many items ({len(value)}; at most {MAX_ITEMS}).",
            )
        return [
            _Obj.of(item, f"{base}[{n}]", required=required, optional=optional)
            for n, item in enumerate(value)
        ]


@dataclass(frozen=True, slots=True)
class _Where:
    path: str

    def fail(self, da: str, en: str) -> NoReturn:
        _fail(self.path, da, en)


def _fail(path: str, da: str, en: str) -> NoReturn:
    raise _located_error(path, da, en)


def _located_error(path: str, da: str, en: str) -> ValidationError:
    error = ValidationError(f"{path}: {da}", f"{path}: {en}", field=path)
    error.located = True  # type: ignore[attr-defined]
    return error


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind_da(value: object) -> str:
    return _KINDS.get(type(value), ("en ukendt værdi", "an unknown value"))[0]


def _kind_en(value: object) -> str:
    return _KINDS.get(type(value), ("en ukendt værdi", "an unknown value"))[1]


_KINDS: dict[type, tuple[str, str]] = {
    str: ("tekst", "text"),
    int: ("et tal", "a number"),
    float: ("et tal", "a number"),
    bool: ("true/false", "true/false"),
    list: ("en liste", "a list"),
    dict: ("et objekt", "an object"),
    type(None): ("null", "null"),
}


# --- templates --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """A bundled template: ``name`` is the file name without ``.json``."""

    name: str
    title: str
    description: str
    path: Path


def list_templates(directory: str | os.PathLike[str] | None = None) -> list[TemplateInfo]:
    """The templates in ``resources/strategy_templates/`` (or ``directory``), by name."""
    folder = Path(directory) if directory is not None else TEMPLATE_DIR
    found = []
    for path in sorted(folder.glob("*.json")):
        if not _TEMPLATE_NAME.match(path.stem):
            continue
        m = load(path)
        found.append(TemplateInfo(path.stem, m.title, m.description, path))
    return found


def load_template(
    name: str,
    *,
    start_year: int | None = None,
    directory: str | os.PathLike[str] | None = None,
    clock: Callable[[], datetime] | None = None,
) -> StrategyMap:
    """A new draft map from a template, with a fresh map id.

    Templates carry example dates. ``start_year`` moves every date (span, vision year,
    targets, measurements, milestones, initiatives, tasks, revisions) by whole years so the
    span starts in that year; everything else stays as in the template.
    """
    if not isinstance(name, str) or not _TEMPLATE_NAME.match(name):
        # Names come from the UI; refusing anything but plain names keeps paths inside the folder.
        raise ValidationError(
            f"«{name}» er ikke et gyldigt skabelonnavn.",
            f"'{name}' is not a valid template name.",
            field="template",
        )
    folder = Path(directory) if directory is not None else TEMPLATE_DIR
    path = folder / f"{name}.json"
    if not path.is_file():
        raise NotFoundError(
            f"Skabelonen «{name}» findes ikke.",
            f"Template '{name}' does not exist.",
            field="template",
        )
    if start_year is not None and (
        isinstance(start_year, bool)
        or not isinstance(start_year, int)
        or not 1900 <= start_year <= 2200
    ):
        raise ValidationError(
            "Startåret skal være et årstal.",
            "The start year must be a year.",
            field="start_year",
        )
    template = load(path)
    data = map_to_dict(template)
    data["map"]["id"] = uuid.uuid4().hex
    data["map"]["status"] = "draft"
    if start_year is not None:
        first = template.span_start or (
            date(template.vision_year, 1, 1) if template.vision_year else None
        )
        if first is None:
            raise ValidationError(
                "Skabelonen har ingen periode at flytte.",
                "The template has no span to move.",
                field="start_year",
            )
        _shift_years(data, start_year - first.year)
    return map_from_dict(data, clock=clock)


def _shift_years(data: dict[str, Any], years: int) -> None:
    """Move every date in exported map data by ``years`` (in place)."""
    if years == 0:
        return
    head = data["map"]
    if head["vision_year"] is not None:
        head["vision_year"] += years
    _shift_keys(head, ("span_start", "span_end"), years)
    for ind in data["indicators"]:
        for row in (*ind["targets"], *ind["measurements"]):
            _shift_keys(row, ("period_start",), years)
    for ms in data["milestones"]:
        _shift_keys(ms, ("due", "reached_on"), years)
    for ini in data["initiatives"]:
        _shift_keys(ini, ("start", "end"), years)
        for task in ini["tasks"]:
            _shift_keys(task, ("due",), years)
    for rev in data["revisions"]:
        stamp = datetime.fromisoformat(rev["at"])
        rev["at"] = _add_years(stamp, years).isoformat()
        period = _PERIOD_FIELD.match(rev["field"])
        if period:
            rev["field"] = f"{period[1]}:{_shift_iso(period[2], years)}"
        elif rev["field"] in _DATE_FIELDS:
            _shift_keys(rev, ("old", "new"), years)
        elif rev["field"] == "vision_year":
            for key in ("old", "new"):
                if isinstance(rev[key], int):
                    rev[key] += years


def _shift_keys(row: dict[str, Any], keys: tuple[str, ...], years: int) -> None:
    for key in keys:
        if isinstance(row.get(key), str):
            row[key] = _shift_iso(row[key], years)


def _shift_iso(text: str, years: int) -> str:
    return _add_years(date.fromisoformat(text), years).isoformat()


_D = TypeVar("_D", bound=date)


def _add_years(day: _D, years: int) -> _D:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)
