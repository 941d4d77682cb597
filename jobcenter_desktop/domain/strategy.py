"""Strategy map (strategikort): the plain model that is saved and that a Qt scene mirrors.

This module owns the map's entities (focus areas, goals and sub-goals, cause → effect links,
indicators with targets and measurements, milestones, initiatives with tasks, working groups,
ambassadors and the revision history), the rules that keep a map sound, and what is computed
from it: traffic lights, goal status, the status for management, warnings and a tidy layout.

Design (after orange-canvas-core's scheme model, without Qt):

- Entities are frozen dataclasses. The only way to change a map is through ``StrategyMap``'s
  methods, because that is where rules are checked, revisions recorded and listeners told.
- Every mutating method is a transaction: it either completes, or raises ``UserError`` with a
  Danish and English message and leaves the map exactly as it was. An undo command can call
  any method and trust that a refused edit left no trace.
- Listeners (``subscribe``) receive ``MapEvent`` objects after a change has succeeded, which
  is what the graphics scene needs to mirror the model.
- Changes to goal texts, targets, amber limits, measurements and other tracked fields append
  a ``Revision`` (who, when, why), so sub-goal history and "as of" views can be shown.
"""

from __future__ import annotations

import copy
import functools
import math
import re
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, ParamSpec, TypeVar

from . import measures
from .dates import format_date, parse_date, utcnow
from .errors import NotFoundError, UserError, ValidationError

VISION_ID = "vision"
"""Id of the map's single vision node; links may end there, never start there."""

DEFAULT_MIN_PER_SECTION = 2  # Roskilde's rule; stored per map as data, this is only the default

Number = int | float
Scalar = str | int | float | bool | None

_MAX_TEXT = 2000
_MAX_SHORT = 200
_MAX_ID = 64
# No indicator counts beyond this; larger values are typing slips or hostile files, and they
# would lose precision in a float column.
_MAX_NUMBER = 10**15
_ID_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f]")
_GENERATED_ID = re.compile(r"^[0-9a-f]{32}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# Colour-blind-safe defaults (Okabe–Ito) so new lanes stay tellable apart in print.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


class MapStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"


class Direction(StrEnum):
    """Which way an indicator should move."""

    HIGHER = "higher"
    LOWER = "lower"


class IndicatorSource(StrEnum):
    MANUAL = "manual"  # typed in by a user
    COMPUTED = "computed"  # a live CRM measure, named by ``measure_key``
    IMPORT = "import"  # read from a file, e.g. jobindsats.dk


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class MilestoneStatus(StrEnum):
    PLANNED = "planned"
    REACHED = "reached"
    MISSED = "missed"


class InitiativeStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    STOPPED = "stopped"


class Light(StrEnum):
    """Traffic light (trafiklys). ``None`` stands for grey: nothing to judge."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Light.GREEN: 0, Light.AMBER: 1, Light.RED: 2}
_PERIOD_DA = {PeriodKind.MONTH: "måned", PeriodKind.QUARTER: "kvartal", PeriodKind.YEAR: "år"}

_LABELS_DA = {
    MapStatus: "status",
    Direction: "retning",
    IndicatorSource: "kilde",
    PeriodKind: "periode",
    MilestoneStatus: "status",
    InitiativeStatus: "status",
}


# --- periods ----------------------------------------------------------------------------------

_MONTHS_DA = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def period_start(day: date, kind: PeriodKind | str) -> date:
    """First day of the month, quarter or year that ``day`` falls in."""
    kind = PeriodKind(kind)
    if isinstance(day, datetime):
        day = day.date()
    if kind is PeriodKind.MONTH:
        return day.replace(day=1)
    if kind is PeriodKind.QUARTER:
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


def next_period_start(day: date, kind: PeriodKind | str) -> date:
    """First day of the period after the one ``day`` falls in."""
    kind = PeriodKind(kind)
    start = period_start(day, kind)
    months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[kind]
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_end(day: date, kind: PeriodKind | str) -> date:
    """Last day of the period ``day`` falls in."""
    return next_period_start(day, kind) - timedelta(days=1)


def is_period_start(day: date, kind: PeriodKind | str) -> bool:
    return period_start(day, kind) == day


def periods_in_span(start: date, end: date, kind: PeriodKind | str) -> list[date]:
    """Start dates of every period that overlaps ``start``..``end`` (both inclusive)."""
    if end < start:
        return []
    result = []
    current = period_start(start, kind)
    while current <= end:
        result.append(current)
        current = next_period_start(current, kind)
    return result


def period_label(start: date, kind: PeriodKind | str, language: str = "da") -> str:
    """Short label: "marts 2019" / "1. kvt. 2019" / "2019" (English: "March 2019", "Q1 2019")."""
    kind = PeriodKind(kind)
    start = period_start(start, kind)
    if kind is PeriodKind.MONTH:
        names = _MONTHS_EN if language == "en" else _MONTHS_DA
        return f"{names[start.month - 1]} {start.year}"
    if kind is PeriodKind.QUARTER:
        quarter = (start.month - 1) // 3 + 1
        return f"Q{quarter} {start.year}" if language == "en" else f"{quarter}. kvt. {start.year}"
    return str(start.year)


def period_field(name: str, start: date) -> str:
    """Revision field name for a per-period value, e.g. ``"target:2019-01-01"``."""
    return f"{name}:{start.isoformat()}"


# --- entities ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class MapHeader:
    """The map's own fields (everything but its id and its contents)."""

    title: str
    vision_text: str = ""
    vision_year: int | None = None
    baseline_text: str = ""  # status "A", where the journey starts
    owner: str = ""
    status: MapStatus = MapStatus.DRAFT
    span_start: date | None = None
    span_end: date | None = None
    description: str = ""  # free notes; templates mark their texts as examples here


@dataclass(frozen=True, slots=True, kw_only=True)
class FocusArea:
    """Focus area (fokusområde / perspektiv): one lane of the map."""

    id: str
    name: str
    order: int = 0
    colour: str = _PALETTE[0]


@dataclass(frozen=True, slots=True, kw_only=True)
class Goal:
    """Goal (mål) in a lane; with ``parent_goal_id`` it is a sub-goal (delmål)."""

    id: str
    focus_area_id: str
    text: str
    parent_goal_id: str | None = None
    owner: str = ""
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """Cause → effect arrow; ``to_id`` may be ``VISION_ID``."""

    id: str
    from_id: str
    to_id: str
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Indicator:
    """Indicator (indikator / nøgletal) on a goal."""

    id: str
    goal_id: str
    name: str
    unit: str = ""
    direction: Direction = Direction.HIGHER
    source: IndicatorSource = IndicatorSource.MANUAL
    measure_key: str | None = None  # only for computed indicators; see ``measures``
    period: PeriodKind = PeriodKind.QUARTER
    baseline: Number | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class IndicatorTarget:
    """Target (måltal) and amber limit, valid from ``period_start`` until the next target."""

    indicator_id: str
    period_start: date
    target: Number
    amber_limit: Number


@dataclass(frozen=True, slots=True, kw_only=True)
class Measurement:
    """The indicator's value for one period (one per period)."""

    indicator_id: str
    period_start: date
    value: Number
    entered_by: str = ""
    source_note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Milestone:
    """Milestone (milepæl): a dated checkpoint, optionally tied to a goal."""

    id: str
    text: str
    due: date
    goal_id: str | None = None
    status: MilestoneStatus = MilestoneStatus.PLANNED
    reached_on: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Task:
    """One line of an action plan (handleplan)."""

    title: str
    owner: str = ""
    due: date | None = None
    done: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Initiative:
    """Initiative (indsats): concrete work meant to move one or more goals."""

    id: str
    title: str
    goal_ids: tuple[str, ...] = ()
    working_group_id: str | None = None
    start: date | None = None
    end: date | None = None
    status: InitiativeStatus = InitiativeStatus.PLANNED
    tasks: tuple[Task, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkingGroup:
    """Working group (arbejdsgruppe) that writes and carries out an action plan."""

    id: str
    name: str
    chair: str = ""
    members: tuple[str, ...] = ()  # user ids or names


@dataclass(frozen=True, slots=True, kw_only=True)
class Ambassador:
    """Ambassador (ambassadør): carries the strategy into a section (afsnit)."""

    user: str
    section: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Revision:
    """One recorded change of a tracked field. Values are JSON scalars (dates as ISO text).

    ``node_id`` may name a node that was later removed: history outlives the node.
    """

    node_id: str
    field: str
    old: Scalar
    new: Scalar
    at: datetime
    by: str
    reason: str = ""


# --- results handed to the UI -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MapEvent:
    """A change that has happened. ``action``: added / removed / changed / reset.

    ``kind`` names the entity (goal, link, focus_area, indicator, target, measurement,
    milestone, initiative, working_group, ambassador, revision, map); ``key`` is its id, or
    ``(indicator_id, period_start)`` for targets and measurements, or the user for ambassadors.
    """

    action: str
    kind: str
    key: object


@dataclass(frozen=True, slots=True)
class IndicatorRemoval:
    """What ``remove_indicator`` took away; give it to ``restore_indicator`` to undo."""

    indicator: Indicator
    targets: tuple[IndicatorTarget, ...]
    measurements: tuple[Measurement, ...]


@dataclass(frozen=True, slots=True)
class GoalRemoval:
    """What ``remove_goal`` took away or changed; give it to ``restore_goal`` to undo."""

    goal: Goal
    links: tuple[Link, ...]
    indicators: tuple[IndicatorRemoval, ...]
    milestones: tuple[Milestone, ...]  # as they were, still pointing at the goal
    initiatives: tuple[Initiative, ...]  # as they were, still listing the goal


@dataclass(frozen=True, slots=True)
class StatusRow:
    """One indicator in the status for management (status for ledelsen)."""

    light: Light | None
    focus_area_id: str
    focus_area_name: str
    goal_id: str
    goal_text: str
    indicator_id: str
    indicator_name: str
    unit: str
    direction: Direction
    period_kind: PeriodKind
    period_start: date | None
    value: Number | None
    target: Number | None
    amber_limit: Number | None


@dataclass(frozen=True, slots=True)
class StatusSummary:
    """Red and amber indicators, worst first, with counts over all indicators."""

    rows: tuple[StatusRow, ...]
    green: int
    amber: int
    red: int
    grey: int


@dataclass(frozen=True, slots=True)
class AmbassadorWarning:
    section: str
    count: int
    minimum: int


@dataclass(frozen=True, slots=True)
class MapWarning:
    """Something the editor should point out; ``code`` is stable, messages are for people."""

    code: str
    node_id: str | None
    da: str
    en: str

    def message(self, language: str = "da") -> str:
        return self.en if language == "en" else self.da


@dataclass(frozen=True, slots=True, kw_only=True)
class LayoutParams:
    """Card and gap sizes for ``tidy_layout`` in scene units (the scene's pixels)."""

    orientation: str = "columns"  # lanes as columns (left → right) or "rows" (top → bottom)
    card_width: float = 220.0
    card_height: float = 90.0
    gap: float = 30.0  # between cards along a lane
    lane_gap: float = 40.0  # between lanes
    lane_padding: float = 20.0
    indent: float = 24.0  # per sub-goal level, across the lane
    vision_height: float = 80.0


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.x + other.width
            and other.x < self.x + self.width
            and self.y < other.y + other.height
            and other.y < self.y + self.height
        )


@dataclass(frozen=True, slots=True)
class Layout:
    """Result of ``compute_layout``/``tidy_layout``: card, lane and vision boxes."""

    cards: dict[str, Box]
    lanes: dict[str, Box]
    vision: Box
    previous: dict[str, tuple[float, float]] = field(default_factory=dict)


# --- value checks -----------------------------------------------------------------------------


def _invalid(da: str, en: str, field_name: str | None = None) -> ValidationError:
    return ValidationError(da, en, field=field_name)


def _text(
    value: object,
    field_name: str,
    what_da: str,
    what_en: str,
    *,
    required: bool = True,
    max_len: int = _MAX_TEXT,
) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _invalid(f"{what_da} skal være tekst.", f"{what_en} must be text.", field_name)
    cleaned = value.strip()
    if required and not cleaned:
        raise _invalid(f"{what_da} mangler.", f"{what_en} is missing.", field_name)
    if len(cleaned) > max_len:
        raise _invalid(
            f"{what_da} er for lang (højst {max_len} tegn).",
            f"{what_en} is too long (at most {max_len} characters).",
            field_name,
        )
    return cleaned


def _number(value: object, field_name: str, what_da: str, what_en: str) -> Number:
    # bool is an int subclass; True as a target is a bug, not the number 1.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(f"{what_da} skal være et tal.", f"{what_en} must be a number.", field_name)
    # Compare before isfinite(): a 400-digit int overflows the float conversion.
    if not -_MAX_NUMBER <= value <= _MAX_NUMBER or not math.isfinite(value):
        raise _invalid(
            f"{what_da} skal være et endeligt tal under en billiard.",
            f"{what_en} must be a finite number below 10^15.",
            field_name,
        )
    return value


def _optional_number(value: object, field_name: str, what_da: str, what_en: str) -> Number | None:
    return None if value is None else _number(value, field_name, what_da, what_en)


def _date(value: object, field_name: str) -> date:
    parsed = _optional_date(value, field_name)
    if parsed is None:
        raise _invalid("Datoen mangler.", "The date is missing.", field_name)
    return parsed


def _optional_date(value: object, field_name: str) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise _invalid("Ugyldig dato.", "Invalid date.", field_name)
    return parse_date(value, field=field_name)


_E = TypeVar("_E", bound=StrEnum)


def _enum(cls: type[_E], value: object, field_name: str) -> _E:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        what = _LABELS_DA.get(cls, field_name)
        raise _invalid(
            f"Ugyldig {what} «{value}» (tilladt: {allowed}).",
            f"Invalid {field_name} '{value}' (allowed: {allowed}).",
            field_name,
        ) from None


def _fmt_number(value: Number | None, language: str = "da") -> str:
    if value is None:
        return "–"
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if language == "da" else text


def _rev_value(value: object) -> Scalar:
    """A field value as stored in a revision: JSON scalars only, dates as ISO text."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def light_for(
    value: Number, target: Number, amber_limit: Number, direction: Direction | str
) -> Light:
    """Traffic light for one value (DOMAIN 5.1): the boundaries count to the better colour."""
    if Direction(direction) is Direction.HIGHER:
        if value >= target:
            return Light.GREEN
        return Light.AMBER if value >= amber_limit else Light.RED
    if value <= target:
        return Light.GREEN
    return Light.AMBER if value <= amber_limit else Light.RED


def worst(lights: Iterable[Light | None]) -> Light | None:
    """The worst colour among the lights; grey (None) only when none has a colour."""
    coloured = [light for light in lights if light is not None]
    return max(coloured, key=lambda light: light.severity) if coloured else None


def parent_first_order(goals: Iterable[Goal]) -> tuple[list[Goal], list[str] | None]:
    """Goals ordered so every parent comes before its sub-goals, otherwise in input order.

    Loaders use this to add goals in a valid order; input that is already parent-first comes
    back unchanged, so a saved map loads in the order it was saved. When parents form a loop,
    returns the goals that could be ordered and the loop's path (``["A", "B", "A"]``). Parents
    missing from the input are the caller's business (they count as already placed).
    """
    items = list(goals)
    known = {g.id for g in items}
    placed: set[str] = set()
    ordered: list[Goal] = []
    waiting: dict[str, list[Goal]] = {}  # parent id -> sub-goals seen before the parent

    def place(goal: Goal) -> None:
        stack = [goal]
        while stack:
            current = stack.pop()
            ordered.append(current)
            placed.add(current.id)
            stack.extend(reversed(waiting.pop(current.id, [])))

    for goal in items:
        parent = goal.parent_goal_id
        if parent is None or parent in placed or parent not in known:
            place(goal)
        else:
            waiting.setdefault(parent, []).append(goal)
    if len(ordered) < len(items):
        parent_of = {g.id: g.parent_goal_id for g in items}
        first = next(g for g in items if g.id not in placed)
        return ordered, _loop_in(parent_of, first.id)
    return ordered, None


def path_text(labels: Iterable[str], *, keep: int = 4) -> str:
    """``"A → B → C"``; a long path keeps its ends (``"A → B → … → Y → Z"``) to stay readable."""
    steps = list(labels)
    if len(steps) > 2 * keep + 1:
        steps = [*steps[:keep], "…", *steps[-keep:]]
    return " → ".join(steps)


def _loop_in(parent_of: Mapping[str, str | None], start: str) -> list[str]:
    """Follow parents from ``start`` until a node repeats; return the loop as a closed path."""
    seen: list[str] = []
    node: str | None = start
    while node is not None and node not in seen:
        seen.append(node)
        node = parent_of.get(node)
    if node is None:
        return []
    loop = seen[seen.index(node) :]
    return [*loop, node]


# --- the map ----------------------------------------------------------------------------------

_P = ParamSpec("_P")
_R = TypeVar("_R")
_V = TypeVar("_V")

# Danish needs the article and the negative to agree with the noun: (has a, has a, has no, has no).
_TARGET_WORDS = ("et mål", "a target", "intet mål", "no target")
_MEASUREMENT_WORDS = ("en måling", "a measurement", "ingen måling", "no measurement")


def _mutator(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run a method as one transaction: all of it, or (on any exception) none of it."""

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        self = args[0]
        with self._transaction():  # type: ignore[attr-defined]
            return method(*args, **kwargs)

    return wrapper


@dataclass
class _State:
    """Everything a map holds, in one place so a transaction can save and restore it."""

    header: MapHeader
    min_per_section: int = DEFAULT_MIN_PER_SECTION
    areas: dict[str, FocusArea] = field(default_factory=dict)
    goals: dict[str, Goal] = field(default_factory=dict)
    links: dict[str, Link] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    targets: dict[tuple[str, date], IndicatorTarget] = field(default_factory=dict)
    measurements: dict[tuple[str, date], Measurement] = field(default_factory=dict)
    milestones: dict[str, Milestone] = field(default_factory=dict)
    initiatives: dict[str, Initiative] = field(default_factory=dict)
    groups: dict[str, WorkingGroup] = field(default_factory=dict)
    ambassadors: list[Ambassador] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)

    def copy(self) -> _State:
        # Entities are frozen, so copying the containers is a full copy.
        return _State(**{f.name: copy.copy(getattr(self, f.name)) for f in fields(self)})


def _header_property(name: str) -> property:
    return property(lambda self: getattr(self._s.header, name), doc=f"The map's {name}.")


# Fields whose changes are recorded as revisions (the story of the map). Positions, colours,
# notes and task ticks are left out: they are layout or bookkeeping, not strategy.
_TRACKED_HEADER = frozenset(
    {
        "title",
        "vision_text",
        "vision_year",
        "baseline_text",
        "owner",
        "status",
        "span_start",
        "span_end",
    }
)
_TRACKED_GOAL = frozenset({"text", "owner", "focus_area_id", "parent_goal_id"})
_TRACKED_INDICATOR = frozenset(
    {"goal_id", "name", "unit", "direction", "source", "measure_key", "period", "baseline"}
)
_TRACKED_MILESTONE = frozenset({"text", "due", "goal_id", "status", "reached_on"})
_TRACKED_INITIATIVE = frozenset({"title", "start", "end", "status", "working_group_id"})


class StrategyMap:
    """A strategy map and the operations that keep it sound. See the module docstring."""

    title = _header_property("title")
    vision_text = _header_property("vision_text")
    vision_year = _header_property("vision_year")
    baseline_text = _header_property("baseline_text")
    owner = _header_property("owner")
    status = _header_property("status")
    span_start = _header_property("span_start")
    span_end = _header_property("span_end")
    description = _header_property("description")

    def __init__(
        self,
        *,
        title: str,
        id: str | None = None,
        vision_text: str = "",
        vision_year: int | None = None,
        baseline_text: str = "",
        owner: str = "",
        status: MapStatus | str = MapStatus.DRAFT,
        span_start: date | str | None = None,
        span_end: date | str | None = None,
        description: str = "",
        min_per_section: int = DEFAULT_MIN_PER_SECTION,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.id = _checked_id(id) if id is not None else uuid.uuid4().hex
        self._clock = clock or utcnow
        self._listeners: list[Callable[[MapEvent], None]] = []
        self._pending: list[MapEvent] | None = None
        header = self._checked_header(
            MapHeader(title="", status=MapStatus.DRAFT),
            dict(
                title=title,
                vision_text=vision_text,
                vision_year=vision_year,
                baseline_text=baseline_text,
                owner=owner,
                status=status,
                span_start=span_start,
                span_end=span_end,
                description=description,
            ),
        )
        self._s = _State(header=header, min_per_section=_checked_minimum(min_per_section))

    # --- plumbing -----------------------------------------------------------------------------

    def __repr__(self) -> str:
        return f"StrategyMap(id={self.id!r}, title={self.title!r}, goals={len(self._s.goals)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StrategyMap):
            return NotImplemented
        return self.id == other.id and self._s == other._s

    __hash__ = None  # type: ignore[assignment]  # mutable

    def copy(self) -> StrategyMap:
        """An independent copy with the same id and contents (listeners are not copied)."""
        clone = StrategyMap.__new__(StrategyMap)
        clone.id = self.id
        clone._clock = self._clock
        clone._listeners = []
        clone._pending = None
        clone._s = self._s.copy()
        return clone

    def snapshot(self) -> object:
        """Opaque copy of the contents, for an undo command around a compound edit."""
        return self._s.copy()

    @_mutator
    def restore(self, snapshot: object) -> None:
        """Put back contents taken by ``snapshot()``; listeners get one ``reset`` event."""
        if not isinstance(snapshot, _State):
            raise TypeError("restore() takes what snapshot() returned")
        self._s = snapshot.copy()
        self._emit("reset", "map", self.id)

    def subscribe(self, listener: Callable[[MapEvent], None]) -> Callable[[], None]:
        """Call ``listener`` after every successful change; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._pending is not None:  # nested call: the outer transaction decides
            yield
            return
        saved = self._s.copy()
        self._pending = []
        try:
            yield
        except BaseException:
            self._s = saved
            self._pending = None
            raise
        events, self._pending = self._pending, None
        for event in events:
            for listener in list(self._listeners):
                listener(event)

    def _emit(self, action: str, kind: str, key: object) -> None:
        assert self._pending is not None, "changes happen inside a transaction"
        self._pending.append(MapEvent(action, kind, key))

    def _put(
        self, table: dict[str, _V], kind: str, key: str, item: _V, action: str = "changed"
    ) -> _V:
        table[key] = item
        self._emit(action, kind, key)
        return item

    def _drop(self, table: dict[str, _V], kind: str, key: str) -> _V:
        item = table.pop(key)
        self._emit("removed", kind, key)
        return item

    def _record(
        self,
        node_id: str,
        field_name: str,
        old: object,
        new: object,
        *,
        by: str,
        reason: str,
        at: datetime | None,
    ) -> None:
        old_value, new_value = _rev_value(old), _rev_value(new)
        if old_value == new_value:
            return
        who = _text(by, "by", "Hvem der ændrer", "Who makes the change", max_len=_MAX_SHORT)
        why = _text(reason, "reason", "Begrundelsen", "The reason", required=False)
        when = _utc(at or self._clock())
        self._s.revisions.append(
            Revision(
                node_id=node_id,
                field=field_name,
                old=old_value,
                new=new_value,
                at=when,
                by=who,
                reason=why,
            )
        )
        self._emit("added", "revision", node_id)

    def _record_changes(
        self,
        node_id: str,
        old: object,
        new: object,
        tracked: Iterable[str],
        *,
        by: str,
        reason: str,
        at: datetime | None,
    ) -> None:
        for name in sorted(tracked):
            self._record(
                node_id, name, getattr(old, name), getattr(new, name), by=by, reason=reason, at=at
            )

    def _new_id(self, given: str | None) -> str:
        if given is None:
            return uuid.uuid4().hex
        node_id = _checked_id(given)
        if node_id == VISION_ID:
            raise _invalid(
                f"«{VISION_ID}» er forbeholdt visionen.",
                f"'{VISION_ID}' is reserved for the vision.",
                "id",
            )
        if self._id_in_use(node_id):
            raise _invalid(
                f"Id'et «{node_id}» er allerede brugt i kortet.",
                f"The id '{node_id}' is already used in the map.",
                "id",
            )
        return node_id

    def _id_in_use(self, node_id: str) -> bool:
        s = self._s
        # One id space per map so a revision's node_id is never ambiguous.
        return node_id == self.id or any(
            node_id in table
            for table in (
                s.areas,
                s.goals,
                s.links,
                s.indicators,
                s.milestones,
                s.initiatives,
                s.groups,
            )
        )

    # --- reading ------------------------------------------------------------------------------

    @property
    def header(self) -> MapHeader:
        return self._s.header

    @property
    def min_per_section(self) -> int:
        return self._s.min_per_section

    @property
    def focus_areas(self) -> tuple[FocusArea, ...]:
        """Lanes in display order."""
        return tuple(sorted(self._s.areas.values(), key=_area_key))

    @property
    def goals(self) -> tuple[Goal, ...]:
        return tuple(self._s.goals.values())

    @property
    def links(self) -> tuple[Link, ...]:
        return tuple(self._s.links.values())

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(self._s.indicators.values())

    @property
    def milestones(self) -> tuple[Milestone, ...]:
        return tuple(sorted(self._s.milestones.values(), key=lambda m: (m.due, m.id)))

    @property
    def initiatives(self) -> tuple[Initiative, ...]:
        return tuple(self._s.initiatives.values())

    @property
    def working_groups(self) -> tuple[WorkingGroup, ...]:
        return tuple(self._s.groups.values())

    @property
    def ambassadors(self) -> tuple[Ambassador, ...]:
        return tuple(self._s.ambassadors)

    @property
    def revisions(self) -> tuple[Revision, ...]:
        """All revisions, oldest first."""
        return tuple(self._s.revisions)

    def focus_area(self, area_id: str) -> FocusArea:
        return _get(self._s.areas, area_id, "fokusområde", "focus area")

    def goal(self, goal_id: str) -> Goal:
        return _get(self._s.goals, goal_id, "mål", "goal")

    def link(self, link_id: str) -> Link:
        return _get(self._s.links, link_id, "pil", "link")

    def indicator(self, indicator_id: str) -> Indicator:
        return _get(self._s.indicators, indicator_id, "indikator", "indicator")

    def milestone(self, milestone_id: str) -> Milestone:
        return _get(self._s.milestones, milestone_id, "milepæl", "milestone")

    def initiative(self, initiative_id: str) -> Initiative:
        return _get(self._s.initiatives, initiative_id, "indsats", "initiative")

    def working_group(self, group_id: str) -> WorkingGroup:
        return _get(self._s.groups, group_id, "arbejdsgruppe", "working group")

    def goals_in(self, area_id: str) -> tuple[Goal, ...]:
        return tuple(g for g in self._s.goals.values() if g.focus_area_id == area_id)

    def sub_goals(self, goal_id: str) -> tuple[Goal, ...]:
        return tuple(g for g in self._s.goals.values() if g.parent_goal_id == goal_id)

    def indicators_of(self, goal_id: str) -> tuple[Indicator, ...]:
        return tuple(i for i in self._s.indicators.values() if i.goal_id == goal_id)

    def links_from(self, node_id: str) -> tuple[Link, ...]:
        return tuple(link for link in self._s.links.values() if link.from_id == node_id)

    def links_to(self, node_id: str) -> tuple[Link, ...]:
        return tuple(link for link in self._s.links.values() if link.to_id == node_id)

    def targets(self, indicator_id: str) -> tuple[IndicatorTarget, ...]:
        """The indicator's targets, oldest period first."""
        found = [t for (i, _), t in self._s.targets.items() if i == indicator_id]
        return tuple(sorted(found, key=lambda t: t.period_start))

    def measurements(self, indicator_id: str) -> tuple[Measurement, ...]:
        """The indicator's measurements, oldest period first."""
        found = [m for (i, _), m in self._s.measurements.items() if i == indicator_id]
        return tuple(sorted(found, key=lambda m: m.period_start))

    def measurement(self, indicator_id: str, period: date) -> Measurement | None:
        ind = self.indicator(indicator_id)
        return self._s.measurements.get((ind.id, period_start(period, ind.period)))

    def target_for(self, indicator_id: str, period: date) -> IndicatorTarget | None:
        """The target in force for ``period``: the latest one starting on or before it."""
        ind = self.indicator(indicator_id)
        start = period_start(period, ind.period)
        best: IndicatorTarget | None = None
        for (i, begins), target in self._s.targets.items():
            if i == ind.id and begins <= start and (best is None or begins > best.period_start):
                best = target
        return best

    def latest_measurement(self, indicator_id: str) -> Measurement | None:
        found = self.measurements(indicator_id)
        return found[-1] if found else None

    def history(self, node_id: str, field_name: str | None = None) -> tuple[Revision, ...]:
        """Revisions of one node (optionally one field), oldest first."""
        return tuple(
            r
            for r in self._s.revisions
            if r.node_id == node_id and (field_name is None or r.field == field_name)
        )

    def value_as_of(self, node_id: str, field_name: str, when: datetime, current: Scalar) -> Scalar:
        """What ``field_name`` held at ``when``, given its ``current`` value (revision-form).

        Walks the revisions newer than ``when`` backwards, so a printed "as of" map shows the
        texts and targets that were in force then.
        """
        value = current
        for rev in reversed(self.history(node_id, field_name)):
            if rev.at > when:
                value = rev.old
        return value

    def node_label(self, node_id: str) -> str:
        """How a node is named in messages: its id when people chose it (VK1), else its text."""
        if node_id == VISION_ID:
            return "vision"
        goal = self._s.goals.get(node_id)
        if goal is None or not _GENERATED_ID.match(node_id):
            return node_id
        text = goal.text if len(goal.text) <= 30 else goal.text[:29] + "…"
        return f"«{text}»"

    # --- map header ---------------------------------------------------------------------------

    @_mutator
    def update_map(
        self, *, by: str, reason: str = "", at: datetime | None = None, **changes: Any
    ) -> MapHeader:
        """Change header fields (title, vision_text, vision_year, baseline_text, owner, status,
        span_start, span_end, description). Shrinking the span is refused while targets or
        measurements would fall outside it."""
        old = self._s.header
        new = self._checked_header(old, changes)
        if (new.span_start, new.span_end) != (old.span_start, old.span_end):
            self._s.header = new
            for t in self._s.targets.values():
                self._check_in_span(self._s.indicators[t.indicator_id], t.period_start, "target")
            for m in self._s.measurements.values():
                self._check_in_span(
                    self._s.indicators[m.indicator_id], m.period_start, "measurement"
                )
        self._s.header = new
        for name in sorted(_TRACKED_HEADER):
            node = VISION_ID if name.startswith("vision") else self.id
            self._record(
                node, name, getattr(old, name), getattr(new, name), by=by, reason=reason, at=at
            )
        self._emit("changed", "map", self.id)
        return new

    @_mutator
    def set_min_per_section(
        self, minimum: int, *, by: str, reason: str = "", at: datetime | None = None
    ) -> None:
        """The ambassador rule: at least ``minimum`` ambassadors per section (0 turns it off)."""
        new = _checked_minimum(minimum)
        self._record(
            self.id, "min_per_section", self._s.min_per_section, new, by=by, reason=reason, at=at
        )
        self._s.min_per_section = new
        self._emit("changed", "map", self.id)

    def _checked_header(self, old: MapHeader, changes: Mapping[str, Any]) -> MapHeader:
        _check_fields(changes, {f.name for f in fields(MapHeader)})
        new = replace(old, **changes)
        year = new.vision_year
        if year is not None and (
            isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200
        ):
            raise _invalid(
                "Visionens år skal være et årstal (fx 2030).",
                "The vision year must be a year (e.g. 2030).",
                "vision_year",
            )
        new = replace(
            new,
            title=_text(new.title, "title", "Titlen", "The title", max_len=_MAX_SHORT),
            vision_text=_text(
                new.vision_text, "vision_text", "Visionen", "The vision", required=False
            ),
            baseline_text=_text(
                new.baseline_text, "baseline_text", "Udgangspunktet", "The baseline", required=False
            ),
            owner=_text(
                new.owner, "owner", "Ejeren", "The owner", required=False, max_len=_MAX_SHORT
            ),
            description=_text(
                new.description,
                "description",
                "Beskrivelsen",
                "The description",
                required=False,
                max_len=20 * _MAX_TEXT,
            ),
            status=_enum(MapStatus, new.status, "status"),
            span_start=_optional_date(new.span_start, "span_start"),
            span_end=_optional_date(new.span_end, "span_end"),
        )
        if new.span_start and new.span_end and new.span_end < new.span_start:
            raise _invalid(
                f"Kortets periode slutter ({format_date(new.span_end)}) før den begynder "
                f"({format_date(new.span_start)}).",
                f"The map's span ends ({format_date(new.span_end)}) before it starts "
                f"({format_date(new.span_start)}).",
                "span_end",
            )
        return new

    # --- focus areas --------------------------------------------------------------------------

    @_mutator
    def add_focus_area(
        self,
        *,
        name: str,
        order: int | None = None,
        colour: str | None = None,
        id: str | None = None,
    ) -> FocusArea:
        """Add a lane; without ``order`` it goes last, without ``colour`` it gets the next one."""
        if order is None:
            order = max((a.order for a in self._s.areas.values()), default=0) + 1
        if colour is None:
            colour = _PALETTE[len(self._s.areas) % len(_PALETTE)]
        area = FocusArea(id=self._new_id(id), name=name, order=order, colour=colour)
        area = self._checked_area(area)
        return self._put(self._s.areas, "focus_area", area.id, area, "added")

    @_mutator
    def update_focus_area(self, area_id: str, **changes: Any) -> FocusArea:
        """Change ``name``, ``order`` or ``colour`` of a lane."""
        _check_fields(changes, {"name", "order", "colour"})
        area = self._checked_area(replace(self.focus_area(area_id), **changes))
        return self._put(self._s.areas, "focus_area", area_id, area)

    @_mutator
    def remove_focus_area(self, area_id: str) -> FocusArea:
        """Remove an empty lane (goals must be moved or removed first)."""
        area = self.focus_area(area_id)
        in_lane = self.goals_in(area_id)
        if in_lane:
            names = ", ".join(self.node_label(g.id) for g in in_lane[:5])
            raise UserError(
                f"Fokusområdet «{area.name}» har stadig mål ({names}); flyt eller slet dem først.",
                f"Focus area '{area.name}' still has goals ({names}); move or remove them first.",
                field="focus_area_id",
            )
        del self._s.areas[area_id]
        self._emit("removed", "focus_area", area_id)
        return area

    def _checked_area(self, area: FocusArea) -> FocusArea:
        name = _text(area.name, "name", "Navnet", "The name", max_len=_MAX_SHORT)
        if isinstance(area.order, bool) or not isinstance(area.order, int):
            raise _invalid(
                "Rækkefølgen skal være et heltal.", "The order must be an integer.", "order"
            )
        if not isinstance(area.colour, str) or not _COLOUR.match(area.colour):
            raise _invalid(
                f"Farven «{area.colour}» skal skrives #RRGGBB.",
                f"The colour '{area.colour}' must be written #RRGGBB.",
                "colour",
            )
        for other in self._s.areas.values():
            if other.id != area.id and other.name.casefold() == name.casefold():
                raise _invalid(
                    f"Der er allerede et fokusområde med navnet «{name}».",
                    f"There is already a focus area named '{name}'.",
                    "name",
                )
        return replace(area, name=name, colour=area.colour.upper())

    # --- goals --------------------------------------------------------------------------------

    @_mutator
    def add_goal(
        self,
        *,
        text: str,
        focus_area_id: str | None = None,
        parent_goal_id: str | None = None,
        owner: str = "",
        x: float = 0.0,
        y: float = 0.0,
        id: str | None = None,
    ) -> Goal:
        """Add a goal to a lane, or a sub-goal (which lives in its parent's lane)."""
        if focus_area_id is None and parent_goal_id is not None:
            focus_area_id = self.goal(parent_goal_id).focus_area_id
        if focus_area_id is None:
            raise _invalid(
                "Vælg et fokusområde til målet.",
                "Choose a focus area for the goal.",
                "focus_area_id",
            )
        goal = Goal(
            id=self._new_id(id),
            focus_area_id=focus_area_id,
            text=text,
            parent_goal_id=parent_goal_id,
            owner=owner,
            x=x,
            y=y,
        )
        goal = self._checked_goal(goal)
        return self._put(self._s.goals, "goal", goal.id, goal, "added")

    @_mutator
    def update_goal(
        self,
        goal_id: str,
        *,
        by: str,
        reason: str = "",
        at: datetime | None = None,
        **changes: Any,
    ) -> Goal:
        """Change ``text``, ``owner``, ``focus_area_id``, ``parent_goal_id``, ``x`` or ``y``.

        A new parent without a new lane moves the goal into the parent's lane; moving a goal
        to another lane takes its sub-goals along. Tracked fields are recorded as revisions.
        """
        _check_fields(changes, {"text", "owner", "focus_area_id", "parent_goal_id", "x", "y"})
        old = self.goal(goal_id)
        if changes.get("parent_goal_id") is not None and "focus_area_id" not in changes:
            changes["focus_area_id"] = self.goal(changes["parent_goal_id"]).focus_area_id
        new = self._checked_goal(replace(old, **changes))
        self._s.goals[goal_id] = new
        self._record_changes(goal_id, old, new, _TRACKED_GOAL, by=by, reason=reason, at=at)
        self._emit("changed", "goal", goal_id)
        if new.focus_area_id != old.focus_area_id:
            for child_id in self._descendants(goal_id):
                child = self._s.goals[child_id]
                self._s.goals[child_id] = replace(child, focus_area_id=new.focus_area_id)
                self._record(
                    child_id,
                    "focus_area_id",
                    child.focus_area_id,
                    new.focus_area_id,
                    by=by,
                    reason=reason,
                    at=at,
                )
                self._emit("changed", "goal", child_id)
        return new

    @_mutator
    def move_goals(
        self, positions: Mapping[str, tuple[float, float]]
    ) -> dict[str, tuple[float, float]]:
        """Set x/y of several goals; returns their previous positions (for undo).

        Positions are layout, not strategy, so no revision is recorded.
        """
        previous: dict[str, tuple[float, float]] = {}
        for goal_id, (x, y) in positions.items():
            goal = self.goal(goal_id)
            x = float(_number(x, "x", "Placeringen", "The position"))
            y = float(_number(y, "y", "Placeringen", "The position"))
            previous[goal_id] = (goal.x, goal.y)
            if (goal.x, goal.y) != (x, y):
                self._s.goals[goal_id] = replace(goal, x=x, y=y)
                self._emit("changed", "goal", goal_id)
        return previous

    @_mutator
    def remove_goal(self, goal_id: str) -> GoalRemoval:
        """Remove a goal with its links and indicators; milestones and initiatives let go of it.

        Refused while the goal has sub-goals, so a click never deletes a whole branch.
        """
        goal = self.goal(goal_id)
        children = self.sub_goals(goal_id)
        if children:
            names = ", ".join(self.node_label(c.id) for c in children[:5])
            raise UserError(
                f"Målet har delmål ({names}); slet eller flyt dem først.",
                f"The goal has sub-goals ({names}); remove or move them first.",
                field="parent_goal_id",
            )
        links = tuple(
            link for link in self._s.links.values() if goal_id in (link.from_id, link.to_id)
        )
        indicators = tuple(self.remove_indicator(i.id) for i in self.indicators_of(goal_id))
        for link in links:
            del self._s.links[link.id]
            self._emit("removed", "link", link.id)
        milestones = tuple(m for m in self._s.milestones.values() if m.goal_id == goal_id)
        for m in milestones:
            self._s.milestones[m.id] = replace(m, goal_id=None)
            self._emit("changed", "milestone", m.id)
        initiatives = tuple(i for i in self._s.initiatives.values() if goal_id in i.goal_ids)
        for ini in initiatives:
            kept = tuple(g for g in ini.goal_ids if g != goal_id)
            self._s.initiatives[ini.id] = replace(ini, goal_ids=kept)
            self._emit("changed", "initiative", ini.id)
        del self._s.goals[goal_id]
        self._emit("removed", "goal", goal_id)
        return GoalRemoval(goal, links, indicators, milestones, initiatives)

    @_mutator
    def restore_goal(self, removal: GoalRemoval) -> Goal:
        """Undo ``remove_goal``: the goal, its links and indicators come back as they were."""
        goal = removal.goal
        self._new_id(goal.id)
        goal = self._checked_goal(goal)
        self._s.goals[goal.id] = goal
        self._emit("added", "goal", goal.id)
        for link in removal.links:
            self.add_link(link.from_id, link.to_id, note=link.note, id=link.id)
        for ind in removal.indicators:
            self.restore_indicator(ind)
        for m in removal.milestones:
            self.milestone(m.id)  # still there?
            self._s.milestones[m.id] = m
            self._emit("changed", "milestone", m.id)
        for ini in removal.initiatives:
            self.initiative(ini.id)
            self._s.initiatives[ini.id] = replace(
                self._s.initiatives[ini.id], goal_ids=ini.goal_ids
            )
            self._emit("changed", "initiative", ini.id)
        return goal

    def _checked_goal(self, goal: Goal) -> Goal:
        text = _text(goal.text, "text", "Målets tekst", "The goal's text")
        owner = _text(
            goal.owner, "owner", "Ejeren", "The owner", required=False, max_len=_MAX_SHORT
        )
        if goal.focus_area_id not in self._s.areas:
            raise _invalid(
                f"Ukendt fokusområde «{goal.focus_area_id}».",
                f"Unknown focus area '{goal.focus_area_id}'.",
                "focus_area_id",
            )
        x = float(_number(goal.x, "x", "Placeringen", "The position"))
        y = float(_number(goal.y, "y", "Placeringen", "The position"))
        parent_id = goal.parent_goal_id
        if parent_id is not None:
            parent = self._s.goals.get(parent_id)
            if parent is None:
                raise _invalid(
                    f"Ukendt overordnet mål «{parent_id}».",
                    f"Unknown parent goal '{parent_id}'.",
                    "parent_goal_id",
                )
            if parent_id == goal.id or parent_id in self._descendants(goal.id):
                parent_of = {g.id: g.parent_goal_id for g in self._s.goals.values()}
                parent_of[goal.id] = parent_id
                path = path_text(self.node_label(n) for n in _loop_in(parent_of, goal.id))
                raise _invalid(
                    f"Et mål kan ikke være delmål af sig selv eller sine egne delmål ({path}).",
                    f"A goal cannot be a sub-goal of itself or of its own sub-goals ({path}).",
                    "parent_goal_id",
                )
            if parent.focus_area_id != goal.focus_area_id:
                raise _invalid(
                    "Et delmål ligger i samme fokusområde som det mål, det hører under.",
                    "A sub-goal lives in the same focus area as the goal it belongs to.",
                    "focus_area_id",
                )
        return replace(goal, text=text, owner=owner, x=x, y=y)

    def _descendants(self, goal_id: str) -> list[str]:
        found: list[str] = []
        queue = deque([goal_id])
        while queue:
            current = queue.popleft()
            for g in self._s.goals.values():
                if g.parent_goal_id == current and g.id not in found and g.id != goal_id:
                    found.append(g.id)
                    queue.append(g.id)
        return found

    # --- links --------------------------------------------------------------------------------

    def check_link(self, from_id: str, to_id: str) -> None:
        """Raise ``UserError`` if an arrow ``from_id`` → ``to_id`` may not be drawn.

        The editor can call this while the user drags, to show where an arrow may end.
        """
        if from_id == VISION_ID:
            raise _invalid(
                "Visionen er kortets top; en pil kan ikke starte i visionen.",
                "The vision is the top of the map; an arrow cannot start there.",
                "from_id",
            )
        for end, node_id in (("from_id", from_id), ("to_id", to_id)):
            if node_id != VISION_ID and node_id not in self._s.goals:
                raise _invalid(f"Ukendt mål «{node_id}».", f"Unknown goal '{node_id}'.", end)
        if from_id == to_id:
            raise _invalid(
                f"En pil kan ikke gå fra {self.node_label(from_id)} til sig selv.",
                f"An arrow cannot go from {self.node_label(from_id)} to itself.",
                "to_id",
            )
        for link in self._s.links.values():
            if (link.from_id, link.to_id) == (from_id, to_id):
                raise _invalid(
                    f"Der er allerede en pil fra {self.node_label(from_id)} til "
                    f"{self.node_label(to_id)}.",
                    f"There is already an arrow from {self.node_label(from_id)} to "
                    f"{self.node_label(to_id)}.",
                    "to_id",
                )
        back = self._path(to_id, from_id)
        if back:
            path = path_text(self.node_label(n) for n in [from_id, *back])
            raise _invalid(
                f"Pilen ville lukke en løkke: {path}. Årsag og virkning skal gå én vej, mod "
                "visionen.",
                f"The arrow would close a loop: {path}. Cause and effect must run one way, "
                "towards the vision.",
                "to_id",
            )

    @_mutator
    def add_link(self, from_id: str, to_id: str, *, note: str = "", id: str | None = None) -> Link:
        """Draw a cause → effect arrow. Refuses self-links, duplicates and loops."""
        self.check_link(from_id, to_id)
        link = Link(
            id=self._new_id(id),
            from_id=from_id,
            to_id=to_id,
            note=_text(note, "note", "Noten", "The note", required=False),
        )
        return self._put(self._s.links, "link", link.id, link, "added")

    @_mutator
    def update_link(self, link_id: str, *, note: str) -> Link:
        link = replace(
            self.link(link_id), note=_text(note, "note", "Noten", "The note", required=False)
        )
        return self._put(self._s.links, "link", link_id, link)

    @_mutator
    def remove_link(self, link_id: str) -> Link:
        self.link(link_id)  # unknown ids raise NotFoundError
        return self._drop(self._s.links, "link", link_id)

    def _path(self, start: str, goal: str) -> list[str]:
        """Shortest path ``start`` → … → ``goal`` along links ([] if none). Deterministic."""
        if start == goal:
            return [start]
        outgoing: dict[str, list[str]] = {}
        for link in self._s.links.values():
            outgoing.setdefault(link.from_id, []).append(link.to_id)
        came_from: dict[str, str] = {start: start}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for nxt in sorted(outgoing.get(node, ())):
                if nxt in came_from:
                    continue
                came_from[nxt] = node
                if nxt == goal:
                    path = [goal]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return path[::-1]
                queue.append(nxt)
        return []

    def goals_without_path_to_vision(self) -> tuple[str, ...]:
        """Goals from which no arrow chain reaches the vision.

        A sub-goal counts as reaching the vision through its parent: it is a step of that goal.
        """
        reaches = {VISION_ID}
        incoming: dict[str, list[str]] = {}
        for link in self._s.links.values():
            incoming.setdefault(link.to_id, []).append(link.from_id)
        for g in self._s.goals.values():
            if g.parent_goal_id is not None:
                incoming.setdefault(g.parent_goal_id, []).append(g.id)
        queue = deque([VISION_ID])
        while queue:
            for earlier in incoming.get(queue.popleft(), ()):
                if earlier not in reaches:
                    reaches.add(earlier)
                    queue.append(earlier)
        return tuple(g for g in self._s.goals if g not in reaches)

    # --- indicators, targets, measurements ----------------------------------------------------

    @_mutator
    def add_indicator(
        self,
        *,
        goal_id: str,
        name: str,
        unit: str = "",
        direction: Direction | str | None = None,
        source: IndicatorSource | str = IndicatorSource.MANUAL,
        measure_key: str | None = None,
        period: PeriodKind | str = PeriodKind.QUARTER,
        baseline: Number | None = None,
        id: str | None = None,
    ) -> Indicator:
        """Add an indicator to a goal. A computed one without ``direction`` takes the measure's."""
        if direction is None:
            direction = Direction.HIGHER
            if measure_key is not None and source == IndicatorSource.COMPUTED:
                direction = Direction(measures.parse_measure_key(measure_key)[0].direction)
        ind = Indicator(
            id=self._new_id(id),
            goal_id=goal_id,
            name=name,
            unit=unit,
            direction=direction,
            source=source,
            measure_key=measure_key,
            period=period,
            baseline=baseline,
        )
        ind = self._checked_indicator(ind)
        return self._put(self._s.indicators, "indicator", ind.id, ind, "added")

    @_mutator
    def update_indicator(
        self,
        indicator_id: str,
        *,
        by: str,
        reason: str = "",
        at: datetime | None = None,
        **changes: Any,
    ) -> Indicator:
        """Change any indicator field but its id. Existing targets must fit a new direction and
        existing targets and measurements a new period kind; otherwise the change is refused."""
        _check_fields(changes, {f.name for f in fields(Indicator)} - {"id"})
        old = self.indicator(indicator_id)
        new = self._checked_indicator(replace(old, **changes))
        for t in self.targets(indicator_id):
            self._check_target_order(new, t.target, t.amber_limit)
        if new.period is not old.period:
            dated = [t.period_start for t in self.targets(indicator_id)]
            dated += [m.period_start for m in self.measurements(indicator_id)]
            for day in dated:
                if not is_period_start(day, new.period):
                    raise _invalid(
                        f"Indikatoren kan ikke skifte til perioden {_PERIOD_DA[new.period]}: "
                        f"{format_date(day)} er ikke første dag i et {_PERIOD_DA[new.period]}.",
                        f"The indicator cannot switch to {new.period.value}s: "
                        f"{format_date(day)} is not the first day of a {new.period.value}.",
                        "period",
                    )
        self._s.indicators[indicator_id] = new
        self._record_changes(
            indicator_id, old, new, _TRACKED_INDICATOR, by=by, reason=reason, at=at
        )
        self._emit("changed", "indicator", indicator_id)
        return new

    @_mutator
    def remove_indicator(self, indicator_id: str) -> IndicatorRemoval:
        """Remove an indicator with its targets and measurements."""
        ind = self.indicator(indicator_id)
        targets, values = self.targets(indicator_id), self.measurements(indicator_id)
        for t in targets:
            del self._s.targets[(indicator_id, t.period_start)]
        for m in values:
            del self._s.measurements[(indicator_id, m.period_start)]
        del self._s.indicators[indicator_id]
        self._emit("removed", "indicator", indicator_id)
        return IndicatorRemoval(ind, targets, values)

    @_mutator
    def restore_indicator(self, removal: IndicatorRemoval) -> Indicator:
        """Undo ``remove_indicator``."""
        ind = removal.indicator
        self._new_id(ind.id)
        ind = self._checked_indicator(ind)
        self._s.indicators[ind.id] = ind
        for t in removal.targets:
            self._s.targets[(ind.id, t.period_start)] = t
        for m in removal.measurements:
            self._s.measurements[(ind.id, m.period_start)] = m
        self._emit("added", "indicator", ind.id)
        return ind

    @_mutator
    def set_target(
        self,
        indicator_id: str,
        period: date | str,
        *,
        target: Number,
        amber_limit: Number,
        by: str,
        reason: str = "",
        at: datetime | None = None,
    ) -> IndicatorTarget:
        """Set the target and amber limit in force from ``period`` (any day in it).

        Higher is better: amber limit ≤ target. Lower is better: amber limit ≥ target.
        Replacing a target records a revision for each value that changes.
        """
        ind, start = self._period_of(indicator_id, period)
        value = _number(target, "target", "Målet", "The target")
        amber = _number(amber_limit, "amber_limit", "Gul-grænsen", "The amber limit")
        self._check_target_order(ind, value, amber)
        self._check_in_span(ind, start, "target")
        new = IndicatorTarget(
            indicator_id=ind.id, period_start=start, target=value, amber_limit=amber
        )
        old = self._s.targets.get((ind.id, start))
        self._s.targets[(ind.id, start)] = new
        if old is not None:
            for name in ("target", "amber_limit"):
                self._record(
                    ind.id,
                    period_field(name, start),
                    getattr(old, name),
                    getattr(new, name),
                    by=by,
                    reason=reason,
                    at=at,
                )
        self._emit("changed" if old else "added", "target", (ind.id, start))
        return new

    @_mutator
    def remove_target(
        self,
        indicator_id: str,
        period: date | str,
        *,
        by: str,
        reason: str = "",
        at: datetime | None = None,
    ) -> IndicatorTarget:
        ind, start, old = self._pop_period(self._s.targets, indicator_id, period, _TARGET_WORDS)
        for name in ("target", "amber_limit"):
            self._record(
                ind.id,
                period_field(name, start),
                getattr(old, name),
                None,
                by=by,
                reason=reason,
                at=at,
            )
        self._emit("removed", "target", (ind.id, start))
        return old

    @_mutator
    def add_measurement(
        self,
        indicator_id: str,
        period: date | str,
        value: Number,
        *,
        entered_by: str,
        source_note: str = "",
        reason: str = "",
        at: datetime | None = None,
    ) -> Measurement:
        """Record the value for the period containing ``period``.

        One value per period: a new value replaces the old one, and the old value is kept as
        a revision. Periods that do not overlap the map's span are refused.
        """
        ind, start = self._period_of(indicator_id, period)
        self._check_in_span(ind, start, "measurement")
        new = Measurement(
            indicator_id=ind.id,
            period_start=start,
            value=_number(value, "value", "Værdien", "The value"),
            entered_by=_text(
                entered_by, "entered_by", "Hvem der indtaster", "Who enters it", max_len=_MAX_SHORT
            ),
            source_note=_text(
                source_note, "source_note", "Kildenoten", "The source note", required=False
            ),
        )
        old = self._s.measurements.get((ind.id, start))
        if old == new:
            return old
        self._s.measurements[(ind.id, start)] = new
        if old is not None:
            self._record(
                ind.id,
                period_field("measurement", start),
                old.value,
                new.value,
                by=new.entered_by,
                reason=reason,
                at=at,
            )
        self._emit("changed" if old else "added", "measurement", (ind.id, start))
        return new

    @_mutator
    def remove_measurement(
        self,
        indicator_id: str,
        period: date | str,
        *,
        by: str,
        reason: str = "",
        at: datetime | None = None,
    ) -> Measurement:
        ind, start, old = self._pop_period(
            self._s.measurements, indicator_id, period, _MEASUREMENT_WORDS
        )
        self._record(
            ind.id, period_field("measurement", start), old.value, None, by=by, reason=reason, at=at
        )
        self._emit("removed", "measurement", (ind.id, start))
        return old

    def _checked_indicator(self, ind: Indicator) -> Indicator:
        if ind.goal_id not in self._s.goals:
            raise _invalid(
                f"Ukendt mål «{ind.goal_id}».", f"Unknown goal '{ind.goal_id}'.", "goal_id"
            )
        source = _enum(IndicatorSource, ind.source, "source")
        key = ind.measure_key
        if source is IndicatorSource.COMPUTED:
            if not key:
                raise _invalid(
                    "En beregnet indikator skal bindes til en måling.",
                    "A computed indicator must be bound to a measure.",
                    "measure_key",
                )
            measures.parse_measure_key(key)
        elif key is not None:
            raise _invalid(
                "Kun beregnede indikatorer bindes til en måling.",
                "Only computed indicators are bound to a measure.",
                "measure_key",
            )
        return replace(
            ind,
            name=_text(
                ind.name, "name", "Indikatorens navn", "The indicator's name", max_len=_MAX_SHORT
            ),
            unit=_text(ind.unit, "unit", "Enheden", "The unit", required=False, max_len=40),
            direction=_enum(Direction, ind.direction, "direction"),
            source=source,
            measure_key=key.strip() if key else None,
            period=_enum(PeriodKind, ind.period, "period"),
            baseline=_optional_number(ind.baseline, "baseline", "Udgangspunktet", "The baseline"),
        )

    @staticmethod
    def _check_target_order(ind: Indicator, target: Number, amber: Number) -> None:
        t_da, a_da = _fmt_number(target), _fmt_number(amber)
        t_en, a_en = _fmt_number(target, "en"), _fmt_number(amber, "en")
        if ind.direction is Direction.HIGHER and amber > target:
            raise _invalid(
                f"For «{ind.name}» er højere bedre, så gul-grænsen ({a_da}) må ikke ligge over "
                f"målet ({t_da}).",
                f"For '{ind.name}' higher is better, so the amber limit ({a_en}) cannot be above "
                f"the target ({t_en}).",
                "amber_limit",
            )
        if ind.direction is Direction.LOWER and amber < target:
            raise _invalid(
                f"For «{ind.name}» er lavere bedre, så gul-grænsen ({a_da}) må ikke ligge under "
                f"målet ({t_da}).",
                f"For '{ind.name}' lower is better, so the amber limit ({a_en}) cannot be below "
                f"the target ({t_en}).",
                "amber_limit",
            )

    def _check_in_span(self, ind: Indicator, start: date, what: str) -> None:
        first, last = self._s.header.span_start, self._s.header.span_end
        end = period_end(start, ind.period)
        if (first is None or end >= first) and (last is None or start <= last):
            return
        what_da = "Målet" if what == "target" else "Målingen"
        what_en = "The target" if what == "target" else "The measurement"
        span = f"{format_date(first) or '…'} – {format_date(last) or '…'}"
        raise _invalid(
            f"{what_da} for «{ind.name}» gælder {period_label(start, ind.period)}, som ligger "
            f"uden for kortets periode ({span}).",
            f"{what_en} for '{ind.name}' is for {period_label(start, ind.period, 'en')}, which is "
            f"outside the map's span ({span}).",
            "period_start",
        )

    # --- milestones ---------------------------------------------------------------------------

    @_mutator
    def add_milestone(
        self,
        *,
        text: str,
        due: date | str,
        goal_id: str | None = None,
        status: MilestoneStatus | str = MilestoneStatus.PLANNED,
        reached_on: date | str | None = None,
        id: str | None = None,
    ) -> Milestone:
        milestone = self._checked_milestone(
            Milestone(
                id=self._new_id(id),
                text=text,
                due=due,
                goal_id=goal_id,
                status=status,
                reached_on=reached_on,
            )
        )
        return self._put(self._s.milestones, "milestone", milestone.id, milestone, "added")

    @_mutator
    def update_milestone(
        self,
        milestone_id: str,
        *,
        by: str,
        reason: str = "",
        at: datetime | None = None,
        **changes: Any,
    ) -> Milestone:
        """Change ``text``, ``due``, ``goal_id``, ``status`` or ``reached_on``."""
        _check_fields(changes, {"text", "due", "goal_id", "status", "reached_on"})
        old = self.milestone(milestone_id)
        new = self._checked_milestone(replace(old, **changes))
        self._s.milestones[milestone_id] = new
        self._record_changes(
            milestone_id, old, new, _TRACKED_MILESTONE, by=by, reason=reason, at=at
        )
        self._emit("changed", "milestone", milestone_id)
        return new

    @_mutator
    def remove_milestone(self, milestone_id: str) -> Milestone:
        self.milestone(milestone_id)  # unknown ids raise NotFoundError
        return self._drop(self._s.milestones, "milestone", milestone_id)

    def _checked_milestone(self, m: Milestone) -> Milestone:
        status = _enum(MilestoneStatus, m.status, "status")
        reached_on = _optional_date(m.reached_on, "reached_on")
        if status is MilestoneStatus.REACHED and reached_on is None:
            raise _invalid(
                "Angiv hvornår milepælen blev nået.",
                "Say when the milestone was reached.",
                "reached_on",
            )
        if status is not MilestoneStatus.REACHED and reached_on is not None:
            raise _invalid(
                "Kun en nået milepæl har en dato for, hvornår den blev nået.",
                "Only a reached milestone has a date it was reached.",
                "reached_on",
            )
        if m.goal_id is not None and m.goal_id not in self._s.goals:
            raise _invalid(f"Ukendt mål «{m.goal_id}».", f"Unknown goal '{m.goal_id}'.", "goal_id")
        return replace(
            m,
            text=_text(m.text, "text", "Milepælens tekst", "The milestone's text"),
            due=_date(m.due, "due"),
            status=status,
            reached_on=reached_on,
        )

    def milestone_light(
        self, milestone: Milestone | str, today: date, *, warn_days: int = 30
    ) -> Light | None:
        """Green if reached on time, amber if reached late or due within ``warn_days``,
        red if missed or past due; None for planned milestones further away."""
        m = self.milestone(milestone) if isinstance(milestone, str) else milestone
        if m.status is MilestoneStatus.REACHED:
            return Light.GREEN if m.reached_on and m.reached_on <= m.due else Light.AMBER
        if m.status is MilestoneStatus.MISSED or today > m.due:
            return Light.RED
        return Light.AMBER if (m.due - today).days <= warn_days else None

    # --- working groups and initiatives -------------------------------------------------------

    @_mutator
    def add_working_group(
        self, *, name: str, chair: str = "", members: Iterable[str] = (), id: str | None = None
    ) -> WorkingGroup:
        group = self._checked_group(
            WorkingGroup(id=self._new_id(id), name=name, chair=chair, members=tuple(members))
        )
        return self._put(self._s.groups, "working_group", group.id, group, "added")

    @_mutator
    def update_working_group(self, group_id: str, **changes: Any) -> WorkingGroup:
        """Change ``name``, ``chair`` or ``members``."""
        _check_fields(changes, {"name", "chair", "members"})
        if "members" in changes:
            changes["members"] = tuple(changes["members"])
        group = self._checked_group(replace(self.working_group(group_id), **changes))
        return self._put(self._s.groups, "working_group", group_id, group)

    @_mutator
    def remove_working_group(self, group_id: str) -> WorkingGroup:
        """Remove a group that no initiative belongs to."""
        group = self.working_group(group_id)
        owned = [i.title for i in self._s.initiatives.values() if i.working_group_id == group_id]
        if owned:
            names = ", ".join(f"«{t}»" for t in owned[:5])
            raise UserError(
                f"Arbejdsgruppen «{group.name}» ejer stadig indsatser ({names}).",
                f"Working group '{group.name}' still owns initiatives ({names}).",
                field="working_group_id",
            )
        del self._s.groups[group_id]
        self._emit("removed", "working_group", group_id)
        return group

    def _checked_group(self, group: WorkingGroup) -> WorkingGroup:
        name = _text(group.name, "name", "Gruppens navn", "The group's name", max_len=_MAX_SHORT)
        for other in self._s.groups.values():
            if other.id != group.id and other.name.casefold() == name.casefold():
                raise _invalid(
                    f"Der er allerede en arbejdsgruppe med navnet «{name}».",
                    f"There is already a working group named '{name}'.",
                    "name",
                )
        members: list[str] = []
        for raw in group.members:
            member = _text(raw, "members", "Et medlem", "A member", max_len=_MAX_SHORT)
            if member in members:
                raise _invalid(
                    f"«{member}» står to gange blandt medlemmerne.",
                    f"'{member}' is listed twice among the members.",
                    "members",
                )
            members.append(member)
        return replace(
            group,
            name=name,
            members=tuple(members),
            chair=_text(
                group.chair, "chair", "Formanden", "The chair", required=False, max_len=_MAX_SHORT
            ),
        )

    @_mutator
    def add_initiative(
        self,
        *,
        title: str,
        goal_ids: Iterable[str] = (),
        working_group_id: str | None = None,
        start: date | str | None = None,
        end: date | str | None = None,
        status: InitiativeStatus | str = InitiativeStatus.PLANNED,
        tasks: Iterable[Task] = (),
        id: str | None = None,
    ) -> Initiative:
        ini = self._checked_initiative(
            Initiative(
                id=self._new_id(id),
                title=title,
                goal_ids=tuple(goal_ids),
                working_group_id=working_group_id,
                start=start,
                end=end,
                status=status,
                tasks=tuple(tasks),
            )
        )
        return self._put(self._s.initiatives, "initiative", ini.id, ini, "added")

    @_mutator
    def update_initiative(
        self,
        initiative_id: str,
        *,
        by: str,
        reason: str = "",
        at: datetime | None = None,
        **changes: Any,
    ) -> Initiative:
        """Change ``title``, ``goal_ids``, ``working_group_id``, ``start``, ``end``, ``status``
        or ``tasks``."""
        _check_fields(
            changes, {"title", "goal_ids", "working_group_id", "start", "end", "status", "tasks"}
        )
        for name in ("goal_ids", "tasks"):
            if name in changes:
                changes[name] = tuple(changes[name])
        old = self.initiative(initiative_id)
        new = self._checked_initiative(replace(old, **changes))
        self._s.initiatives[initiative_id] = new
        self._record_changes(
            initiative_id, old, new, _TRACKED_INITIATIVE, by=by, reason=reason, at=at
        )
        self._emit("changed", "initiative", initiative_id)
        return new

    @_mutator
    def remove_initiative(self, initiative_id: str) -> Initiative:
        self.initiative(initiative_id)  # unknown ids raise NotFoundError
        return self._drop(self._s.initiatives, "initiative", initiative_id)

    @_mutator
    def add_task(
        self,
        initiative_id: str,
        *,
        title: str,
        owner: str = "",
        due: date | str | None = None,
        done: bool = False,
    ) -> Task:
        """Append a task to an initiative's action plan."""
        ini = self.initiative(initiative_id)
        task = Task(title=title, owner=owner, due=due, done=done)
        new = self._checked_initiative(replace(ini, tasks=(*ini.tasks, task)))
        self._s.initiatives[initiative_id] = new
        self._emit("changed", "initiative", initiative_id)
        return new.tasks[-1]

    @_mutator
    def update_task(self, initiative_id: str, index: int, **changes: Any) -> Task:
        """Change ``title``, ``owner``, ``due`` or ``done`` of the task at ``index``."""
        _check_fields(changes, {"title", "owner", "due", "done"})
        ini = self.initiative(initiative_id)
        tasks = list(ini.tasks)
        index = _task_index(tasks, index)
        tasks[index] = replace(tasks[index], **changes)
        new = self._checked_initiative(replace(ini, tasks=tuple(tasks)))
        self._s.initiatives[initiative_id] = new
        self._emit("changed", "initiative", initiative_id)
        return new.tasks[index]

    @_mutator
    def remove_task(self, initiative_id: str, index: int) -> Task:
        ini = self.initiative(initiative_id)
        tasks = list(ini.tasks)
        removed = tasks.pop(_task_index(tasks, index))
        self._s.initiatives[initiative_id] = replace(ini, tasks=tuple(tasks))
        self._emit("changed", "initiative", initiative_id)
        return removed

    def _checked_initiative(self, ini: Initiative) -> Initiative:
        title = _text(
            ini.title, "title", "Indsatsens titel", "The initiative's title", max_len=_MAX_SHORT
        )
        for goal_id in ini.goal_ids:
            if goal_id not in self._s.goals:
                raise _invalid(f"Ukendt mål «{goal_id}».", f"Unknown goal '{goal_id}'.", "goal_ids")
        if len(set(ini.goal_ids)) != len(ini.goal_ids):
            raise _invalid(
                "Et mål står to gange i indsatsen.",
                "A goal is listed twice in the initiative.",
                "goal_ids",
            )
        if ini.working_group_id is not None and ini.working_group_id not in self._s.groups:
            raise _invalid(
                f"Ukendt arbejdsgruppe «{ini.working_group_id}».",
                f"Unknown working group '{ini.working_group_id}'.",
                "working_group_id",
            )
        start = _optional_date(ini.start, "start")
        end = _optional_date(ini.end, "end")
        if start and end and end < start:
            raise _invalid(
                f"Indsatsen slutter ({format_date(end)}) før den begynder ({format_date(start)}).",
                f"The initiative ends ({format_date(end)}) before it starts "
                f"({format_date(start)}).",
                "end",
            )
        tasks = []
        for task in ini.tasks:
            if not isinstance(task, Task):
                raise TypeError("tasks must be Task objects")
            if not isinstance(task.done, bool):
                raise _invalid(
                    "«Udført» skal være ja eller nej.", "'Done' must be yes or no.", "done"
                )
            tasks.append(
                replace(
                    task,
                    title=_text(
                        task.title,
                        "title",
                        "Opgavens titel",
                        "The task's title",
                        max_len=_MAX_SHORT,
                    ),
                    owner=_text(
                        task.owner,
                        "owner",
                        "Ansvarlig",
                        "The owner",
                        required=False,
                        max_len=_MAX_SHORT,
                    ),
                    due=_optional_date(task.due, "due"),
                )
            )
        return replace(
            ini,
            title=title,
            start=start,
            end=end,
            tasks=tuple(tasks),
            status=_enum(InitiativeStatus, ini.status, "status"),
        )

    # --- ambassadors --------------------------------------------------------------------------

    @_mutator
    def add_ambassador(self, user: str, section: str) -> Ambassador:
        """Name ``user`` ambassador for ``section``; a person is ambassador for one section."""
        amb = Ambassador(
            user=_text(user, "user", "Medarbejderen", "The employee", max_len=_MAX_SHORT),
            section=_text(section, "section", "Afsnittet", "The section", max_len=_MAX_SHORT),
        )
        for other in self._s.ambassadors:
            if other.user == amb.user:
                raise _invalid(
                    f"«{amb.user}» er allerede ambassadør for {other.section}.",
                    f"'{amb.user}' is already an ambassador for {other.section}.",
                    "user",
                )
        self._s.ambassadors.append(amb)
        self._emit("added", "ambassador", amb.user)
        return amb

    @_mutator
    def remove_ambassador(self, user: str) -> Ambassador:
        for index, amb in enumerate(self._s.ambassadors):
            if amb.user == user:
                del self._s.ambassadors[index]
                self._emit("removed", "ambassador", user)
                return amb
        raise NotFoundError(
            f"«{user}» er ikke ambassadør.", f"'{user}' is not an ambassador.", field="user"
        )

    def ambassador_warnings(self, sections: Iterable[str] = ()) -> tuple[AmbassadorWarning, ...]:
        """Sections with fewer ambassadors than the minimum, sorted by section name.

        Pass every section of the organisation in ``sections`` to also catch sections with no
        ambassador at all; the map itself only knows sections that have one.
        """
        minimum = self._s.min_per_section
        counts: dict[str, int] = dict.fromkeys(sections, 0)
        for amb in self._s.ambassadors:
            counts[amb.section] = counts.get(amb.section, 0) + 1
        return tuple(
            AmbassadorWarning(section, count, minimum)
            for section, count in sorted(counts.items(), key=lambda kv: kv[0].casefold())
            if count < minimum
        )

    # --- revisions from storage ---------------------------------------------------------------

    @_mutator
    def append_revision(self, revision: Revision) -> None:
        """For loaders (file, database): append a revision read from storage as it is."""
        if not isinstance(revision, Revision):
            raise TypeError("append_revision() takes a Revision")
        if not isinstance(revision.at, datetime):
            raise _invalid("En revision skal have et tidspunkt.", "A revision needs a time.", "at")
        for name in ("old", "new"):
            value = getattr(revision, name)
            # NaN and infinity are not JSON numbers; a revision must stay exportable.
            finite = not isinstance(value, float) or math.isfinite(value)
            if not finite or (
                value is not None and not isinstance(value, str | int | float | bool)
            ):
                raise _invalid(
                    "En revisions værdi skal være tekst eller et tal.",
                    "A revision value must be text or a number.",
                    name,
                )
        self._s.revisions.append(
            replace(
                revision,
                node_id=_checked_id(revision.node_id),
                at=_utc(revision.at),
                field=_text(revision.field, "field", "Feltet", "The field", max_len=_MAX_SHORT),
                by=_text(
                    revision.by, "by", "Hvem der ændrede", "Who changed it", max_len=_MAX_SHORT
                ),
                reason=_text(
                    revision.reason, "reason", "Begrundelsen", "The reason", required=False
                ),
            )
        )
        self._emit("added", "revision", revision.node_id)

    # --- status -------------------------------------------------------------------------------

    def traffic_light(self, indicator: Indicator | str, period: date) -> Light | None:
        """Colour of ``indicator`` for the period containing ``period``.

        None (grey) when the period has no measurement or no target is in force.
        """
        ind = self.indicator(indicator if isinstance(indicator, str) else indicator.id)
        measured = self.measurement(ind.id, period)
        target = self.target_for(ind.id, period)
        if measured is None or target is None:
            return None
        return light_for(measured.value, target.target, target.amber_limit, ind.direction)

    def latest_light(self, indicator: Indicator | str) -> Light | None:
        """Colour of the indicator's most recent measurement."""
        ind_id = indicator if isinstance(indicator, str) else indicator.id
        latest = self.latest_measurement(ind_id)
        return None if latest is None else self.traffic_light(ind_id, latest.period_start)

    def goal_status(self, goal: Goal | str, *, include_sub_goals: bool = False) -> Light | None:
        """The worst latest colour among the goal's indicators (and its sub-goals' if asked)."""
        goal_id = goal if isinstance(goal, str) else goal.id
        self.goal(goal_id)
        goal_ids = [goal_id, *(self._descendants(goal_id) if include_sub_goals else ())]
        return worst(
            self.latest_light(ind.id) for gid in goal_ids for ind in self.indicators_of(gid)
        )

    def red_amber_summary(self) -> StatusSummary:
        """Status for management (status for ledelsen): red and amber indicators, worst first,
        then by lane and goal, with colour counts over every indicator."""
        lane_index = {a.id: n for n, a in enumerate(self.focus_areas)}
        counts = dict.fromkeys(("green", "amber", "red", "grey"), 0)
        rows: list[StatusRow] = []
        for ind in self._s.indicators.values():
            light = self.latest_light(ind.id)
            counts[light.value if light else "grey"] += 1
            if light not in (Light.RED, Light.AMBER):
                continue
            goal = self._s.goals[ind.goal_id]
            area = self._s.areas[goal.focus_area_id]
            latest = self.latest_measurement(ind.id)
            assert latest is not None  # a coloured light needs a value
            target = self.target_for(ind.id, latest.period_start)
            rows.append(
                StatusRow(
                    light=light,
                    focus_area_id=area.id,
                    focus_area_name=area.name,
                    goal_id=goal.id,
                    goal_text=goal.text,
                    indicator_id=ind.id,
                    indicator_name=ind.name,
                    unit=ind.unit,
                    direction=ind.direction,
                    period_kind=ind.period,
                    period_start=latest.period_start,
                    value=latest.value,
                    target=target.target if target else None,
                    amber_limit=target.amber_limit if target else None,
                )
            )
        rows.sort(
            key=lambda r: (
                -r.light.severity if r.light else 0,
                lane_index[r.focus_area_id],
                r.goal_text.casefold(),
                r.indicator_name.casefold(),
                r.indicator_id,
            )
        )
        return StatusSummary(
            tuple(rows), counts["green"], counts["amber"], counts["red"], counts["grey"]
        )

    def warnings(
        self, today: date | None = None, sections: Iterable[str] = ()
    ) -> tuple[MapWarning, ...]:
        """What the editor should point out (DOMAIN 5.1). Overdue milestones need ``today``."""
        found: list[MapWarning] = []
        for goal in self._s.goals.values():
            label = self.node_label(goal.id)
            # A goal measured through its sub-goals is fine; a bare goal is wishful thinking.
            if not self.indicators_of(goal.id) and not self.sub_goals(goal.id):
                found.append(
                    MapWarning(
                        "goal_without_indicator",
                        goal.id,
                        f"Målet {label} har ingen indikator.",
                        f"Goal {label} has no indicator.",
                    )
                )
            if not goal.owner:
                found.append(
                    MapWarning(
                        "goal_without_owner",
                        goal.id,
                        f"Målet {label} har ingen ejer.",
                        f"Goal {label} has no owner.",
                    )
                )
        for goal_id in self.goals_without_path_to_vision():
            label = self.node_label(goal_id)
            found.append(
                MapWarning(
                    "no_path_to_vision",
                    goal_id,
                    f"Der går ingen pile fra {label} til visionen.",
                    f"No arrows lead from {label} to the vision.",
                )
            )
        for ini in self._s.initiatives.values():
            if ini.working_group_id is None:
                found.append(
                    MapWarning(
                        "initiative_without_group",
                        ini.id,
                        f"Indsatsen «{ini.title}» har ingen arbejdsgruppe.",
                        f"Initiative '{ini.title}' has no working group.",
                    )
                )
        if today is not None:
            for m in self.milestones:
                if m.status is MilestoneStatus.PLANNED and m.due < today:
                    found.append(
                        MapWarning(
                            "milestone_overdue",
                            m.id,
                            f"Milepælen «{m.text}» skulle være nået {format_date(m.due)}.",
                            f"Milestone '{m.text}' was due {format_date(m.due)}.",
                        )
                    )
        for w in self.ambassador_warnings(sections):
            found.append(
                MapWarning(
                    "ambassadors_below_minimum",
                    None,
                    f"Afsnittet {w.section} har {w.count} ambassadør(er); reglen er mindst "
                    f"{w.minimum}.",
                    f"Section {w.section} has {w.count} ambassador(s); the rule is at least "
                    f"{w.minimum}.",
                )
            )
        return tuple(found)

    # --- layout -------------------------------------------------------------------------------

    def compute_layout(self, params: LayoutParams | None = None) -> Layout:
        """Where ``tidy_layout`` would put every card, lane and the vision; changes nothing.

        Lanes follow the focus-area order. Inside a lane, goals further along the cause →
        effect chain come nearer the vision (columns: higher up; rows: further right), each
        sub-goal right after its parent and indented. The result depends only on the map's
        contents, never on current positions or insertion order.
        """
        p = params or LayoutParams()
        if p.orientation not in ("columns", "rows"):
            raise ValueError("orientation must be 'columns' or 'rows'")
        rank = self._ranks()
        areas = self.focus_areas
        lanes_seq = {a.id: self._lane_sequence(a.id, rank) for a in areas}
        depth_max = max((d for seq in lanes_seq.values() for _, d in seq), default=0)
        slots = max((len(seq) for seq in lanes_seq.values()), default=0)
        across = 2 * p.lane_padding + depth_max * p.indent  # lane size across the flow, minus card
        columns = p.orientation == "columns"
        card_along = p.card_height if columns else p.card_width
        lane_along = 2 * p.lane_padding + slots * card_along + max(slots - 1, 0) * p.gap
        lane_across = across + (p.card_width if columns else p.card_height)
        total_across = len(areas) * lane_across + max(len(areas) - 1, 0) * p.lane_gap
        top = p.vision_height + p.lane_gap
        cards: dict[str, Box] = {}
        lanes: dict[str, Box] = {}
        for n, area in enumerate(areas):
            offset = n * (lane_across + p.lane_gap)
            seq = lanes_seq[area.id] if columns else lanes_seq[area.id][::-1]
            if columns:
                lanes[area.id] = Box(offset, top, lane_across, lane_along)
            else:
                lanes[area.id] = Box(0.0, top + offset, lane_along, lane_across)
            for slot, (goal_id, depth) in enumerate(seq):
                along = p.lane_padding + slot * (card_along + p.gap)
                indent = p.lane_padding + depth * p.indent
                if columns:
                    cards[goal_id] = Box(offset + indent, top + along, p.card_width, p.card_height)
                else:
                    cards[goal_id] = Box(along, top + offset + indent, p.card_width, p.card_height)
        width = total_across if columns else lane_along
        vision = Box(0.0, 0.0, max(width, p.card_width), p.vision_height)
        return Layout(cards, lanes, vision)

    @_mutator
    def tidy_layout(self, params: LayoutParams | None = None) -> Layout:
        """Apply ``compute_layout`` to the goals; ``Layout.previous`` holds the old positions."""
        layout = self.compute_layout(params)
        previous = self.move_goals({gid: (box.x, box.y) for gid, box in layout.cards.items()})
        return replace(layout, previous=previous)

    def _ranks(self) -> dict[str, int]:
        """Longest chain of goal → goal arrows leading into each goal (0 for pure causes)."""
        incoming: dict[str, list[str]] = {g: [] for g in self._s.goals}
        outgoing: dict[str, list[str]] = {g: [] for g in self._s.goals}
        for link in self._s.links.values():
            if link.to_id != VISION_ID:
                incoming[link.to_id].append(link.from_id)
                outgoing[link.from_id].append(link.to_id)
        rank = dict.fromkeys(self._s.goals, 0)
        waiting = {g: len(v) for g, v in incoming.items()}
        queue = deque(sorted(g for g, n in waiting.items() if n == 0))
        while queue:  # Kahn's algorithm; links are acyclic by construction
            node = queue.popleft()
            for nxt in sorted(outgoing[node]):
                rank[nxt] = max(rank[nxt], rank[node] + 1)
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    queue.append(nxt)
        return rank

    def _lane_sequence(self, area_id: str, rank: Mapping[str, int]) -> list[tuple[str, int]]:
        """Goals of one lane in layout order (nearest the vision first) with sub-goal depth."""
        in_lane = self.goals_in(area_id)
        children: dict[str | None, list[Goal]] = {}
        for g in in_lane:
            children.setdefault(g.parent_goal_id, []).append(g)

        def key(g: Goal) -> tuple[int, str, str]:
            return (-rank[g.id], g.text.casefold(), g.id)

        result: list[tuple[str, int]] = []

        def visit(g: Goal, depth: int) -> None:
            result.append((g.id, depth))
            for child in sorted(children.get(g.id, ()), key=key):
                visit(child, depth + 1)

        for root in sorted(children.get(None, ()), key=key):
            visit(root, 0)
        return result

    # --- building from storage ----------------------------------------------------------------

    @classmethod
    def from_parts(
        cls,
        *,
        id: str,
        header: MapHeader,
        min_per_section: int = DEFAULT_MIN_PER_SECTION,
        focus_areas: Iterable[FocusArea] = (),
        goals: Iterable[Goal] = (),
        links: Iterable[Link] = (),
        indicators: Iterable[Indicator] = (),
        targets: Iterable[IndicatorTarget] = (),
        measurements: Iterable[Measurement] = (),
        milestones: Iterable[Milestone] = (),
        working_groups: Iterable[WorkingGroup] = (),
        initiatives: Iterable[Initiative] = (),
        ambassadors: Iterable[Ambassador] = (),
        revisions: Iterable[Revision] = (),
        clock: Callable[[], datetime] | None = None,
    ) -> StrategyMap:
        """Build a map from stored entities (e.g. database rows), checking every rule.

        Raises ``UserError`` for the first problem and never returns a half-built map.
        """
        m = cls(
            id=id,
            clock=clock,
            min_per_section=min_per_section,
            **{f.name: getattr(header, f.name) for f in fields(MapHeader)},
        )
        for a in focus_areas:
            m.add_focus_area(name=a.name, order=a.order, colour=a.colour, id=a.id)
        for g in working_groups:
            m.add_working_group(name=g.name, chair=g.chair, members=g.members, id=g.id)
        ordered, loop = parent_first_order(goals)
        if loop:
            path = path_text(loop)
            raise _invalid(
                f"Delmål danner en løkke: {path}.",
                f"Sub-goals form a loop: {path}.",
                "parent_goal_id",
            )
        for g in ordered:
            m.add_goal(
                text=g.text,
                focus_area_id=g.focus_area_id,
                parent_goal_id=g.parent_goal_id,
                owner=g.owner,
                x=g.x,
                y=g.y,
                id=g.id,
            )
        for link in links:
            m.add_link(link.from_id, link.to_id, note=link.note, id=link.id)
        for i in indicators:
            m.add_indicator(
                goal_id=i.goal_id,
                name=i.name,
                unit=i.unit,
                direction=i.direction,
                source=i.source,
                measure_key=i.measure_key,
                period=i.period,
                baseline=i.baseline,
                id=i.id,
            )
        for t in targets:
            m.load_target(t)
        for v in measurements:
            m.load_measurement(v)
        for ms in milestones:
            m.add_milestone(
                text=ms.text,
                due=ms.due,
                goal_id=ms.goal_id,
                status=ms.status,
                reached_on=ms.reached_on,
                id=ms.id,
            )
        for ini in initiatives:
            m.add_initiative(
                title=ini.title,
                goal_ids=ini.goal_ids,
                working_group_id=ini.working_group_id,
                start=ini.start,
                end=ini.end,
                status=ini.status,
                tasks=ini.tasks,
                id=ini.id,
            )
        for amb in ambassadors:
            m.add_ambassador(amb.user, amb.section)
        for rev in revisions:
            m.append_revision(rev)
        return m

    @_mutator
    def load_target(self, t: IndicatorTarget) -> IndicatorTarget:
        """For loaders: add a stored target; its period must start exactly and be free."""
        self._check_new_period(t.indicator_id, t.period_start, self._s.targets, _TARGET_WORDS)
        return self.set_target(
            t.indicator_id, t.period_start, target=t.target, amber_limit=t.amber_limit, by="load"
        )

    @_mutator
    def load_measurement(self, v: Measurement) -> Measurement:
        """For loaders: add a stored measurement; its period must start exactly and be free."""
        self._check_new_period(
            v.indicator_id, v.period_start, self._s.measurements, _MEASUREMENT_WORDS
        )
        return self.add_measurement(
            v.indicator_id,
            v.period_start,
            v.value,
            entered_by=v.entered_by,
            source_note=v.source_note,
        )

    def _check_new_period(
        self,
        indicator_id: str,
        start: date,
        table: Mapping[tuple[str, date], object],
        words: tuple[str, str, str, str],
    ) -> None:
        ind = self.indicator(indicator_id)
        if not isinstance(start, date) or not is_period_start(start, ind.period):
            kind_da = _PERIOD_DA[ind.period]
            raise _invalid(
                f"{start} er ikke første dag i et {kind_da}.",
                f"{start} is not the first day of a {ind.period.value}.",
                "period_start",
            )
        if (ind.id, start) in table:
            raise _invalid(
                f"«{ind.name}» har allerede {words[0]} for {period_label(start, ind.period)}.",
                f"'{ind.name}' already has {words[1]} for {period_label(start, ind.period, 'en')}.",
                "period_start",
            )

    def _period_of(self, indicator_id: str, period: date | str) -> tuple[Indicator, date]:
        """The indicator and the start of the period that ``period`` (any day in it) falls in."""
        ind = self.indicator(indicator_id)
        return ind, period_start(_date(period, "period_start"), ind.period)

    def _pop_period(
        self,
        table: dict[tuple[str, date], _V],
        indicator_id: str,
        period: date | str,
        words: tuple[str, str, str, str],
    ) -> tuple[Indicator, date, _V]:
        """Remove and return the per-period value (target or measurement) of one period."""
        ind, start = self._period_of(indicator_id, period)
        old = table.pop((ind.id, start), None)
        if old is None:
            raise NotFoundError(
                f"«{ind.name}» har {words[2]} for {period_label(start, ind.period)}.",
                f"'{ind.name}' has {words[3]} for {period_label(start, ind.period, 'en')}.",
                field="period_start",
            )
        return ind, start, old


# --- module helpers ---------------------------------------------------------------------------


def _area_key(area: FocusArea) -> tuple[int, str, str]:
    return (area.order, area.name.casefold(), area.id)


def _get(table: Mapping[str, _R], key: str, what_da: str, what_en: str) -> _R:
    try:
        return table[key]
    except (KeyError, TypeError):
        raise NotFoundError(f"Ukendt {what_da} «{key}».", f"Unknown {what_en} '{key}'.") from None


def _checked_id(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _invalid("Id skal være en ikke-tom tekst.", "An id must be non-empty text.", "id")
    node_id = value.strip()
    if len(node_id) > _MAX_ID or _ID_FORBIDDEN.search(node_id):
        raise _invalid(
            f"Id'et «{node_id[:_MAX_ID]}» er for langt eller indeholder kontroltegn.",
            f"The id '{node_id[:_MAX_ID]}' is too long or contains control characters.",
            "id",
        )
    return node_id


def _utc(moment: datetime) -> datetime:
    """Revisions are kept in UTC (naive times are taken to be UTC, as SQLite returns them)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _checked_minimum(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise _invalid(
            "Mindste antal ambassadører pr. afsnit skal være et heltal mellem 0 og 100.",
            "The minimum number of ambassadors per section must be a whole number from 0 to 100.",
            "min_per_section",
        )
    return value


def _check_fields(changes: Mapping[str, Any], allowed: Iterable[str]) -> None:
    unknown = set(changes) - set(allowed)
    if unknown:
        # A wrong keyword is a programming error, not something a user can cause.
        raise TypeError(f"unknown field(s): {', '.join(sorted(unknown))}")


def _task_index(tasks: list[Task], index: int) -> int:
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(tasks):
        raise NotFoundError(
            f"Der er ingen opgave nr. {index}.", f"There is no task {index}.", field="tasks"
        )
    return index


__all__ = [
    "VISION_ID",
    "DEFAULT_MIN_PER_SECTION",
    "MapStatus",
    "Direction",
    "IndicatorSource",
    "PeriodKind",
    "MilestoneStatus",
    "InitiativeStatus",
    "Light",
    "MapHeader",
    "FocusArea",
    "Goal",
    "Link",
    "Indicator",
    "IndicatorTarget",
    "Measurement",
    "Milestone",
    "Task",
    "Initiative",
    "WorkingGroup",
    "Ambassador",
    "Revision",
    "MapEvent",
    "IndicatorRemoval",
    "GoalRemoval",
    "StatusRow",
    "StatusSummary",
    "AmbassadorWarning",
    "MapWarning",
    "LayoutParams",
    "Box",
    "Layout",
    "StrategyMap",
    "period_start",
    "next_period_start",
    "period_end",
    "is_period_start",
    "periods_in_span",
    "period_label",
    "period_field",
    "light_for",
    "worst",
    "parent_first_order",
    "path_text",
    "UserError",
]
