"""Strategy map poster (strategikort): the map as vector drawing, then the follow-up pages.

Page 1 is landscape (A3 for the staff-room wall, A4 for a handout) and is drawn directly on the
canvas: title, vision box, one lane per focus area, goal cards at the positions the user gave
them in the editor, and cause → effect arrows. Positions come in the editor's abstract scene
space (y grows downward, as in Qt) and are scaled uniformly to fit the page, so the printed map
looks like the one on screen. The following pages are A4 portrait: indicators with small line
charts, milestones, action plans per working group and ambassadors per section.

Traffic-light colours arrive computed (the rule lives in the domain); only the milestone
warning (overdue, due soon) is derived here, from dates the report already has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from ..domain.dates import format_date
from .base import ReportContext, ReportRenderer
from .blocks import (
    clean,
    data_table,
    fit_line,
    joined,
    markup,
    para,
    period_text,
    section,
    subheading,
    traffic_dot,
)
from .fonts import CONDENSED, SANS, SANS_BOLD
from .styles import (
    ACCENT,
    GREEN,
    GREY,
    INK,
    MUTED,
    TRAFFIC_LIGHT_COLOURS,
    WARNING,
    style,
)

VISION_ID = "vision"
"""``PosterLink.target_id`` that points at the vision box."""

TrafficLight = Literal["green", "amber", "red", "none"]


@dataclass(frozen=True)
class PosterLane:
    """Focus area (fokusområde). ``colour`` is "#RRGGBB"; empty picks one from the palette."""

    id: str
    name: str
    colour: str = ""


@dataclass(frozen=True)
class PosterGoal:
    """Goal or sub-goal card at scene position ``x``, ``y`` (top-left corner, y downward)."""

    id: str
    lane_id: str
    text: str
    x: float
    y: float
    width: float = 200.0
    height: float = 100.0
    traffic_light: TrafficLight = "none"
    current_value: float | None = None
    target: float | None = None
    unit: str = ""
    is_subgoal: bool = False


@dataclass(frozen=True)
class PosterLink:
    """Cause → effect arrow between goal ids; ``target_id`` may be ``VISION_ID``."""

    source_id: str
    target_id: str


@dataclass(frozen=True)
class IndicatorPeriod:
    """One period's measurement and target, e.g. ``("2026-Q1", 305, 320)``."""

    label: str
    value: float | None = None
    target: float | None = None


@dataclass(frozen=True)
class PosterIndicator:
    """Indicator (nøgletal). ``direction`` is "higher" or "lower" (is better)."""

    name: str
    unit: str = ""
    direction: Literal["higher", "lower"] = "higher"
    goal: str = ""
    periods: Sequence[IndicatorPeriod] = ()
    traffic_light: TrafficLight = "none"


@dataclass(frozen=True)
class PosterMilestone:
    """Milestone (milepæl). ``status`` is "planned", "reached" or "missed"."""

    text: str
    due: date | None
    status: str = "planned"
    reached_on: date | None = None


@dataclass(frozen=True)
class PosterTask:
    text: str
    owner: str = ""
    due: date | None = None
    done: bool = False


@dataclass(frozen=True)
class PosterInitiative:
    """Initiative (indsats) in an action plan; ``status`` is a code or display text."""

    title: str
    owner_group: str = ""
    start: date | None = None
    end: date | None = None
    status: str = ""
    tasks: Sequence[PosterTask] = ()


@dataclass(frozen=True)
class WorkingGroupPlan:
    """A working group's action plan (handleplan)."""

    name: str
    chair: str = ""
    initiatives: Sequence[PosterInitiative] = ()


@dataclass(frozen=True)
class AmbassadorSection:
    section: str
    ambassadors: Sequence[str] = ()


@dataclass(frozen=True)
class StrategyPoster:
    """The map plus follow-up material. A follow-up section that is None is left out; an
    empty list prints its heading with an empty-state line.

    ``lane_orientation`` says how the editor lays out lanes: "columns" (side by side, the
    usual) or "rows" (stacked). ``as_of`` defaults to the print date.
    """

    title: str
    vision_text: str
    vision_year: int | None = None
    lanes: Sequence[PosterLane] = ()
    goals: Sequence[PosterGoal] = ()
    links: Sequence[PosterLink] = ()
    indicators: Sequence[PosterIndicator] | None = None
    milestones: Sequence[PosterMilestone] | None = None
    action_plans: Sequence[WorkingGroupPlan] | None = None
    ambassadors: Sequence[AmbassadorSection] | None = None
    min_ambassadors_per_section: int = 2
    milestone_warning_days: int = 30
    lane_orientation: Literal["columns", "rows"] = "columns"
    as_of: date | None = None


LABELS = {
    "da": {
        "title": "Strategikort",
        "vision": "Vision",
        "vision_year": "Vision {year}",
        "status_as_of": "Status pr. {date}",
        "legend_green": "På mål",
        "legend_amber": "Tæt på mål",
        "legend_red": "Bagud",
        "legend_none": "Ingen måling",
        "legend_arrow": "fører til",
        "current_target": "{value} / mål {target}",
        "indicators": "Indikatorer",
        "no_indicators": "Ingen indikatorer registreret",
        "indicator": "Indikator",
        "unit": "Enhed",
        "direction": "Retning",
        "values": "Måling / mål pr. periode",
        "trend": "Udvikling",
        "light": "Status",
        "higher": "↑ Højere er bedre",
        "lower": "↓ Lavere er bedre",
        "chart_legend": "Linje: måling · stiplet: mål",
        "milestones": "Milepæle",
        "no_milestones": "Ingen milepæle registreret",
        "milestone": "Milepæl",
        "due": "Frist",
        "status": "Status",
        "reached_on": "Nået",
        "milestone.planned": "Planlagt",
        "milestone.reached": "Nået",
        "milestone.missed": "Ikke nået",
        "milestone.overdue": "Overskredet",
        "milestone.due_soon": "Frist snart",
        "action_plans": "Handleplaner",
        "no_action_plans": "Ingen handleplaner registreret",
        "group_heading": "Arbejdsgruppe: {name}",
        "chair": "formand: {chair}",
        "no_initiatives": "Ingen indsatser registreret",
        "initiative": "Indsats",
        "owner_group": "Ejer",
        "period": "Periode",
        "tasks": "Opgaver",
        "ambassadors": "Ambassadører",
        "no_ambassadors": "Ingen ambassadører registreret",
        "section": "Afsnit",
        "count": "Antal",
        "too_few": "⚠ Færre end {min}",
        "too_few_summary": "⚠ {count} afsnit har færre end {min} ambassadører.",
    },
    "en": {
        "title": "Strategy map",
        "vision": "Vision",
        "vision_year": "Vision {year}",
        "status_as_of": "Status as of {date}",
        "legend_green": "On target",
        "legend_amber": "Close to target",
        "legend_red": "Behind",
        "legend_none": "No measurement",
        "legend_arrow": "leads to",
        "current_target": "{value} / target {target}",
        "indicators": "Indicators",
        "no_indicators": "No indicators registered",
        "indicator": "Indicator",
        "unit": "Unit",
        "direction": "Direction",
        "values": "Value / target per period",
        "trend": "Trend",
        "light": "Status",
        "higher": "↑ Higher is better",
        "lower": "↓ Lower is better",
        "chart_legend": "Line: value · dashed: target",
        "milestones": "Milestones",
        "no_milestones": "No milestones registered",
        "milestone": "Milestone",
        "due": "Due",
        "status": "Status",
        "reached_on": "Reached",
        "milestone.planned": "Planned",
        "milestone.reached": "Reached",
        "milestone.missed": "Missed",
        "milestone.overdue": "Overdue",
        "milestone.due_soon": "Due soon",
        "action_plans": "Action plans",
        "no_action_plans": "No action plans registered",
        "group_heading": "Working group: {name}",
        "chair": "chair: {chair}",
        "no_initiatives": "No initiatives registered",
        "initiative": "Initiative",
        "owner_group": "Owner",
        "period": "Period",
        "tasks": "Tasks",
        "ambassadors": "Ambassadors",
        "no_ambassadors": "No ambassadors registered",
        "section": "Section",
        "count": "Count",
        "too_few": "⚠ Fewer than {min}",
        "too_few_summary": "⚠ {count} section(s) have fewer than {min} ambassadors.",
    },
}

PAPER_SIZES = {"A3": A3, "A4": A4}

# Lane colours when the map has none stored: distinct in colour and in greyscale lightness.
_LANE_PALETTE = ("#1d4e89", "#2e7d32", "#8e3b8f", "#c05600", "#00798c", "#6d4c41")


def _lane_colour(value: str, index: int) -> colors.Color:
    try:
        return colors.HexColor(value) if value else colors.HexColor(_LANE_PALETTE[index % 6])
    except (ValueError, TypeError):
        return colors.HexColor(_LANE_PALETTE[index % len(_LANE_PALETTE)])


def _tint(colour: colors.Color, amount: float) -> colors.Color:
    """``colour`` mixed with white; ``amount`` 1.0 is white."""
    return colors.Color(
        colour.red + (1 - colour.red) * amount,
        colour.green + (1 - colour.green) * amount,
        colour.blue + (1 - colour.blue) * amount,
    )


Rect = tuple[float, float, float, float]  # x, y (bottom), width, height in page points


class _FittedText:
    """Paragraph sized to fit a box: the largest font size that fits, then an ellipsis.

    Styles are cached per size because a map with dozens of cards tries the same few sizes.
    """

    def __init__(self, font: str, colour: colors.Color) -> None:
        self.font = font
        self.colour = colour
        self._styles: dict[float, ParagraphStyle] = {}

    def _style(self, size: float) -> ParagraphStyle:
        cached = self._styles.get(size)
        if cached is None:
            cached = ParagraphStyle(
                f"fit-{self.font}-{size}",
                fontName=self.font,
                fontSize=size,
                leading=size * 1.17,
                textColor=self.colour,
                splitLongWords=1,
            )
            self._styles[size] = cached
        return cached

    def make(
        self, text: str, width: float, height: float, max_size: float, min_size: float
    ) -> Paragraph | None:
        escaped = markup(text)
        size = max_size
        while size >= min_size:
            paragraph = Paragraph(escaped, self._style(size))
            if paragraph.wrap(width, height)[1] <= height:
                return paragraph
            size = round(size - 0.5, 1)
        return self._truncated(clean(text), width, height, min_size)

    def _truncated(self, text: str, width: float, height: float, size: float) -> Paragraph | None:
        style_ = self._style(size)
        if style_.leading > height:
            return None
        words = text.split(" ")
        low, high = 0, len(words)
        best = None
        # Binary search on the number of words kept, so long texts stay cheap to fit.
        while low < high:
            mid = (low + high + 1) // 2
            candidate = Paragraph(markup(" ".join(words[:mid])) + "…", style_)
            if candidate.wrap(width, height)[1] <= height:
                low, best = mid, candidate
            else:
                high = mid - 1
        return best


class _StrategyMap(Flowable):
    """The whole first page body: title, vision, lanes, cards, arrows and legend."""

    def __init__(self, renderer: StrategyPosterRenderer, data: StrategyPoster) -> None:
        super().__init__()
        self.renderer = renderer
        self.data = data
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, availHeight - 0.5
        return self.width, self.height

    def draw(self) -> None:
        _MapPainter(self.canv, self.renderer, self.data, self.width, self.height).paint()


class _MapPainter:
    """Draws the map on the canvas inside a ``width`` × ``height`` box at the origin."""

    def __init__(
        self,
        canv,
        renderer: StrategyPosterRenderer,
        data: StrategyPoster,
        width: float,
        height: float,
    ) -> None:
        self.c = canv
        self.r = renderer
        self.data = data
        self.w = width
        self.h = height
        # Sizes are designed for A3; an A4 poster scales everything by about 0.7.
        self.k = width / (landscape(A3)[0] - 2 * renderer.margin)
        self.lane_colours = {
            lane.id: _lane_colour(lane.colour, i) for i, lane in enumerate(data.lanes)
        }
        self.card_text = _FittedText(CONDENSED, INK)
        self.vision_text = _FittedText(SANS_BOLD, colors.white)

    # -- layout ---------------------------------------------------------------------------

    def paint(self) -> None:
        k = self.k
        title_h = 26 * k
        legend_h = 20 * k
        self._title(self.h - 18 * k)
        vision_rect = self._vision(self.h - title_h)
        map_top = vision_rect[1] - 30 * k
        map_rect = (0.0, legend_h + 6 * k, self.w, map_top - legend_h - 6 * k)
        cards = self._place_cards(map_rect)
        self._lanes(map_rect, cards)
        self._arrows(cards, vision_rect)
        for goal in self.data.goals:
            if goal.id in cards:
                self._card(goal, cards[goal.id])
        self._legend(legend_h)

    def _title(self, baseline: float) -> None:
        c, k = self.c, self.k
        as_of = self.data.as_of or self.r.context.printed_at
        status = self.r.t("status_as_of", date=format_date(as_of))
        c.setFont(SANS, 9 * k)
        c.setFillColor(MUTED)
        c.drawRightString(self.w, baseline, status)
        status_w = c.stringWidth(status, SANS, 9 * k)
        c.setFont(SANS_BOLD, 18 * k)
        c.setFillColor(INK)
        c.drawString(
            0, baseline, fit_line(clean(self.data.title), SANS_BOLD, 18 * k, self.w - status_w - 12)
        )

    def _vision(self, top: float) -> Rect:
        c, k = self.c, self.k
        width, height = self.w * 0.5, 50 * k
        x, y = (self.w - width) / 2, top - height
        c.setFillColor(ACCENT)
        c.setStrokeColor(ACCENT)
        c.roundRect(x, y, width, height, 6 * k, stroke=0, fill=1)
        caption = (
            self.r.t("vision_year", year=self.data.vision_year)
            if self.data.vision_year
            else self.r.t("vision")
        )
        c.setFillColor(_tint(ACCENT, 0.7))
        c.setFont(SANS, 8 * k)
        c.drawString(x + 8 * k, y + height - 11 * k, caption.upper())
        box_w, box_h = width - 16 * k, height - 18 * k
        paragraph = self.vision_text.make(self.data.vision_text, box_w, box_h, 15 * k, 6)
        if paragraph is not None:
            _, used = paragraph.wrap(box_w, box_h)
            paragraph.drawOn(c, x + 8 * k, y + 5 * k + (box_h - used) / 2)
        return x, y, width, height

    def _place_cards(self, area: Rect) -> dict[str, Rect]:
        """Scene rectangles → page rectangles, one uniform scale, centred in ``area``."""
        goals = self.data.goals
        if not goals:
            return {}
        k = self.k
        lane_label_h = 16 * k
        ax, ay, aw, ah = area
        ah -= lane_label_h
        min_x = min(g.x for g in goals)
        min_y = min(g.y for g in goals)
        max_x = max(g.x + max(g.width, 1) for g in goals)
        max_y = max(g.y + max(g.height, 1) for g in goals)
        scene_w, scene_h = max(max_x - min_x, 1.0), max(max_y - min_y, 1.0)
        pad = 10 * k
        # Capped so a map with two goals does not print poster-sized cards.
        scale = min((aw - 2 * pad) / scene_w, (ah - 2 * pad) / scene_h, 1.6 * k)
        offset_x = ax + (aw - scene_w * scale) / 2
        top = ay + ah - (ah - scene_h * scale) / 2
        cards: dict[str, Rect] = {}
        for g in goals:
            w, h = max(g.width, 1) * scale, max(g.height, 1) * scale
            x = offset_x + (g.x - min_x) * scale
            y = top - (g.y - min_y) * scale - h
            cards[g.id] = (x, y, w, h)
        return cards

    def _lanes(self, area: Rect, cards: dict[str, Rect]) -> None:
        """Lane bands behind the cards, spanning the map and split between neighbours.

        Lanes have no geometry of their own in the data, so each band covers its goals'
        extent along the lane axis and meets the next band halfway between them.
        """
        c, k = self.c, self.k
        columns = self.data.lane_orientation != "rows"
        ax, ay, aw, ah = area
        extents = []
        for lane in self.data.lanes:
            rects = [cards[g.id] for g in self.data.goals if g.lane_id == lane.id and g.id in cards]
            if not rects:
                continue
            if columns:
                low, high = min(r[0] for r in rects), max(r[0] + r[2] for r in rects)
            else:
                low, high = min(r[1] for r in rects), max(r[1] + r[3] for r in rects)
            extents.append(((low + high) / 2, low, high, lane))
        # Columns run left to right; rows run top to bottom (page y decreases downward).
        extents.sort(key=lambda e: e[0], reverse=not columns)
        if not extents:
            return
        inner = []
        for before, after in zip(extents, extents[1:], strict=False):
            if columns:
                inner.append((before[2] + after[1]) / 2)
            else:
                inner.append((before[1] + after[2]) / 2)
        # The outer lanes get the same margin around their cards as the inner ones, so the
        # bands look even instead of the first and last swallowing the page edges.
        margins = [abs(b - e[2 if columns else 1]) for b, e in zip(inner, extents, strict=False)]
        pad = sorted(margins)[len(margins) // 2] if margins else 12 * k
        pad = max(pad, 8 * k)
        if columns:
            start = max(ax, extents[0][1] - pad)
            end = min(ax + aw, extents[-1][2] + pad)
        else:
            start = min(ay + ah, extents[0][2] + pad)
            end = max(ay, extents[-1][1] - pad)
        bounds = [start, *inner, end]
        for index, (_, _, _, lane) in enumerate(extents):
            colour = self.lane_colours[lane.id]
            c.setFillColor(_tint(colour, 0.9))
            c.setStrokeColor(_tint(colour, 0.6))
            c.setLineWidth(0.6)
            if columns:
                x0, x1 = bounds[index], bounds[index + 1]
                gap = 2 * k
                c.rect(x0 + gap, ay, x1 - x0 - 2 * gap, ah, stroke=1, fill=1)
                label_w = x1 - x0 - 2 * gap - 8 * k
                label_x, label_y = x0 + gap + 4 * k, ay + ah - 11 * k
            else:
                y_top, y_bottom = bounds[index], bounds[index + 1]
                gap = 2 * k
                c.rect(ax, y_bottom + gap, aw, y_top - y_bottom - 2 * gap, stroke=1, fill=1)
                label_w = aw * 0.4
                label_x, label_y = ax + 4 * k, y_top - gap - 11 * k
            c.setFillColor(colour)
            c.setFont(SANS_BOLD, 10 * k)
            c.drawString(label_x, label_y, fit_line(clean(lane.name), SANS_BOLD, 10 * k, label_w))

    def _arrows(self, cards: dict[str, Rect], vision: Rect) -> None:
        c, k = self.c, self.k
        c.setStrokeColor(MUTED)
        c.setFillColor(MUTED)
        c.setLineWidth(1.1 * k)
        obstacles = {**cards, VISION_ID: vision}
        # Bends scale with the cards: on a crowded map a 45-point detour crosses whole lanes.
        heights = sorted(rect[3] for rect in cards.values()) or [0.0]
        step = max(6.0, min(45 * k, heights[len(heights) // 2] * 0.6))
        for link in self.data.links:
            source = cards.get(link.source_id)
            target = obstacles.get(link.target_id)
            if source is None or target is None or link.source_id == link.target_id:
                continue  # links to deleted goals are dropped, not drawn into the void
            others = [
                rect
                for key, rect in obstacles.items()
                if key not in (link.source_id, link.target_id)
            ]
            route = _route(source, target, others, step)
            if route is None:
                continue
            start, control, end = route
            # Quadratic curve written as the cubic the PDF canvas draws.
            c1 = (
                start[0] + 2 / 3 * (control[0] - start[0]),
                start[1] + 2 / 3 * (control[1] - start[1]),
            )
            c2 = (end[0] + 2 / 3 * (control[0] - end[0]), end[1] + 2 / 3 * (control[1] - end[1]))
            c.bezier(*start, *c1, *c2, *end)
            _arrowhead(c, *control, *end, 7 * k)

    def _card(self, goal: PosterGoal, rect: Rect) -> None:
        c, k = self.c, self.k
        x, y, w, h = rect
        colour = self.lane_colours.get(goal.lane_id, GREY)
        radius = min(4 * k, h / 4, w / 4)
        c.setFillColor(colors.white)
        c.setStrokeColor(colour)
        c.setLineWidth(1.2 * k)
        if goal.is_subgoal:
            c.setDash(3 * k, 2 * k)
        c.roundRect(x, y, w, h, radius, stroke=1, fill=1)
        c.setDash()
        stripe = min(4 * k, w / 8)
        c.setFillColor(colour)
        c.rect(x + 0.6 * k, y + radius, stripe, max(h - 2 * radius, 0), stroke=0, fill=1)
        pad = 4 * k
        status_size = max(8.5 * k, 5.5)
        status_h = status_size + 4 * k
        text_x = x + stripe + pad + 0.6 * k
        text_w = w - (text_x - x) - pad
        text_h = h - 2 * pad - status_h
        if text_w < 12 or text_h < 6:
            return  # too small to hold text legibly; the coloured box still shows the goal
        paragraph = self.card_text.make(goal.text, text_w, text_h, min(13 * k, text_h / 2.5), 5)
        if paragraph is not None:
            _, used = paragraph.wrap(text_w, text_h)
            paragraph.drawOn(c, text_x, y + h - pad - used)
        self._status_line(goal, text_x, y + pad, text_w, status_size)

    def _status_line(self, goal: PosterGoal, x: float, y: float, width: float, size: float) -> None:
        c = self.c
        radius = size * 0.42
        fill = TRAFFIC_LIGHT_COLOURS.get(goal.traffic_light)
        c.setLineWidth(0.8)
        c.setStrokeColor(fill or GREY)
        c.setFillColor(fill or colors.white)
        c.circle(x + radius, y + radius, radius, stroke=1, fill=1)
        if goal.current_value is None and goal.target is None:
            return
        value = self.r.number(goal.current_value) or "–"
        target = self.r.number(goal.target) or "–"
        text = self.r.t("current_target", value=value, target=target)
        if goal.unit:
            text = f"{text} {clean(goal.unit)}"
        c.setFillColor(MUTED)
        c.setFont(CONDENSED, size)
        text_x = x + 2 * radius + 3
        c.drawString(
            text_x, y + radius - size * 0.35, fit_line(text, CONDENSED, size, x + width - text_x)
        )

    def _legend(self, height: float) -> None:
        c, k = self.c, self.k
        size = 8 * k
        y = height / 2 - size / 2
        x = 0.0
        c.setFont(CONDENSED, size)
        for i, lane in enumerate(self.data.lanes):
            if x > self.w * 0.55:
                break  # lanes beyond this are named on the map itself
            colour = self.lane_colours.get(lane.id, _lane_colour("", i))
            c.setFillColor(colour)
            c.rect(x, y - 1 * k, 10 * k, size, stroke=0, fill=1)
            name = fit_line(clean(lane.name), CONDENSED, size, 150 * k)
            c.setFillColor(INK)
            c.drawString(x + 13 * k, y, name)
            x += 13 * k + c.stringWidth(name, CONDENSED, size) + 14 * k
        entries = [
            ("green", self.r.t("legend_green")),
            ("amber", self.r.t("legend_amber")),
            ("red", self.r.t("legend_red")),
            ("none", self.r.t("legend_none")),
        ]
        widths = [c.stringWidth(text, CONDENSED, size) + 26 * k for _, text in entries]
        arrow_text = self.r.t("legend_arrow")
        total = sum(widths) + 24 * k + c.stringWidth(arrow_text, CONDENSED, size)
        x = max(x, self.w - total)
        for (key, text), width in zip(entries, widths, strict=True):
            fill = TRAFFIC_LIGHT_COLOURS.get(key)
            c.setStrokeColor(fill or GREY)
            c.setFillColor(fill or colors.white)
            c.circle(x + 4 * k, y + size * 0.35, 3.5 * k, stroke=1, fill=1)
            c.setFillColor(INK)
            c.drawString(x + 11 * k, y, text)
            x += width
        c.setStrokeColor(MUTED)
        c.setFillColor(MUTED)
        c.setLineWidth(1.1 * k)
        c.line(x, y + size * 0.35, x + 18 * k, y + size * 0.35)
        _arrowhead(c, x, y + size * 0.35, x + 18 * k, y + size * 0.35, 6 * k)
        c.setFillColor(INK)
        c.drawString(x + 22 * k, y, arrow_text)


def _centre(rect: Rect) -> tuple[float, float]:
    return rect[0] + rect[2] / 2, rect[1] + rect[3] / 2


def _border_towards(rect: Rect, toward: tuple[float, float]) -> tuple[float, float] | None:
    """Where the ray from the rectangle's centre toward ``toward`` leaves the rectangle."""
    cx, cy = _centre(rect)
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return None
    tx = (rect[2] / 2) / abs(dx) if dx else float("inf")
    ty = (rect[3] / 2) / abs(dy) if dy else float("inf")
    t = min(tx, ty)
    if t >= 1:
        return None  # ``toward`` lies inside the rectangle
    return cx + dx * t, cy + dy * t


def _overlapping(
    rects: Sequence[Rect], x0: float, y0: float, x1: float, y1: float, margin: float = 2.0
) -> list[Rect]:
    """The boxes (grown by ``margin``, as in ``_inside``) that overlap the box x0,y0–x1,y1."""
    return [
        r for r in rects
        if r[0] - margin <= x1 and x0 <= r[0] + r[2] + margin
        and r[1] - margin <= y1 and y0 <= r[1] + r[3] + margin
    ]


def _route(
    source: Rect, target: Rect, obstacles: Sequence[Rect], step: float
) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]] | None:
    """Start, control point and end of an arrow that avoids other boxes where it can.

    A straight arrow that passes under another card reads as if it started there, so the
    route bends sideways (a quadratic curve) in growing steps until it clears every other
    box; if nothing clears, the route crossing the fewest boxes wins.
    """
    (sx, sy), (tx, ty) = _centre(source), _centre(target)
    dx, dy = tx - sx, ty - sy
    length = (dx * dx + dy * dy) ** 0.5
    if length == 0:
        return None
    nx, ny = -dy / length, dx / length  # unit normal to the centre line
    best = None
    best_hits = None
    for offset in (0, 1, -1, 2, -2, 3, -3):
        control = ((sx + tx) / 2 + nx * step * offset, (sy + ty) / 2 + ny * step * offset)
        start = _border_towards(source, control)
        end = _border_towards(target, control)
        if start is None or end is None:
            continue
        # The curve stays inside the triangle start–control–end, so only boxes overlapping
        # that triangle's bounding box can be hit: on a 200-card map that is a handful.
        xs = (start[0], control[0], end[0])
        ys = (start[1], control[1], end[1])
        near = _overlapping(obstacles, min(xs), min(ys), max(xs), max(ys))
        hits = 0
        if near:
            points = [
                ((1 - t) ** 2 * start[0] + 2 * (1 - t) * t * control[0] + t * t * end[0],
                 (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * control[1] + t * t * end[1])
                for t in (i / 24 for i in range(1, 24))
            ]
            for rx, ry, rw, rh in near:  # same test as _inside, inlined: this loop is hot
                x0, y0, x1, y1 = rx - 2.0, ry - 2.0, rx + rw + 2.0, ry + rh + 2.0
                hits += sum(1 for px, py in points if x0 <= px <= x1 and y0 <= py <= y1)
                if best_hits is not None and hits >= best_hits:
                    break  # cannot beat the best route found so far
        if best_hits is None or hits < best_hits:
            best, best_hits = (start, control, end), hits
        if hits == 0:
            break
    return best


def _arrowhead(c, x0: float, y0: float, x1: float, y1: float, size: float) -> None:
    """Filled triangle with its tip at (x1, y1), pointing along the segment."""
    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    if length == 0:
        return
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    base_x, base_y = x1 - ux * size, y1 - uy * size
    half = size * 0.45
    path = c.beginPath()
    path.moveTo(x1, y1)
    path.lineTo(base_x - uy * half, base_y + ux * half)
    path.lineTo(base_x + uy * half, base_y - ux * half)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def _sparkline(periods: Sequence[IndicatorPeriod], width: float, height: float) -> Drawing | None:
    """Small line chart: measured values as a line with dots, targets as a dashed line."""
    values = [p.value for p in periods]
    targets = [p.target for p in periods]
    numbers = [v for v in values + targets if v is not None]
    if not numbers:
        return None
    drawing = Drawing(width, height)
    low, high = min(numbers), max(numbers)
    if high == low:
        low, high = low - 1, high + 1
    # Headroom so the lowest value does not sit on the axis line.
    margin = (high - low) * 0.1
    low, high = low - margin, high + margin
    left, right, bottom, top = 2.0, width - 3.0, 9.0, height - 3.0
    count = len(periods)
    step = (right - left) / (count - 1) if count > 1 else 0.0

    def point(index: int, value: float) -> tuple[float, float]:
        x = left + index * step if count > 1 else (left + right) / 2
        return x, bottom + (value - low) / (high - low) * (top - bottom)

    drawing.add(Line(left, bottom - 1, right, bottom - 1, strokeColor=GREY, strokeWidth=0.4))
    for series, colour, dashed in ((targets, GREEN, True), (values, ACCENT, False)):
        run: list[float] = []
        # A missing period breaks the line instead of joining across it.
        for index, value in enumerate([*series, None]):
            if value is not None:
                run.extend(point(index, value))
                continue
            if len(run) >= 4:
                drawing.add(
                    PolyLine(
                        run,
                        strokeColor=colour,
                        strokeWidth=1.0,
                        strokeDashArray=[2, 1.5] if dashed else None,
                    )
                )
            run = []
        if not dashed:
            for index, value in enumerate(series):
                if value is not None:
                    cx, cy = point(index, value)
                    drawing.add(Circle(cx, cy, 1.3, fillColor=colour, strokeColor=colour))
    for index in (0, count - 1) if count > 1 else (0,):
        anchor = "start" if index == 0 and count > 1 else "end" if count > 1 else "middle"
        x = left if anchor == "start" else right if anchor == "end" else width / 2
        drawing.add(
            String(
                x,
                0.5,
                clean(periods[index].label)[:12],
                fontName=CONDENSED,
                fontSize=5.5,
                fillColor=MUTED,
                textAnchor=anchor,
            )
        )
    return drawing


class StrategyPosterRenderer(ReportRenderer[StrategyPoster]):
    """Renders a ``StrategyPoster``; ``paper`` ("A3" or "A4") sets the landscape map page."""

    labels = LABELS

    def __init__(self, context: ReportContext, *, paper: str = "A3") -> None:
        super().__init__(context)
        key = paper.upper()
        if key not in PAPER_SIZES:
            raise ValueError(f"paper must be A3 or A4, not {paper!r}")
        self.paper = key
        self.poster_size = landscape(PAPER_SIZES[key])

    def document_title(self, data: StrategyPoster) -> str:
        return clean(data.title) or self.t("title")

    def page_templates(self) -> list[PageTemplate]:
        return [
            self.page_template("poster", self.poster_size),
            self.page_template("appendix", self.pagesize),
        ]

    def build_story(self, data: StrategyPoster) -> list[Flowable]:
        story: list[Flowable] = [_StrategyMap(self, data)]
        appendix: list[Flowable] = []
        if data.indicators is not None:
            appendix += self._indicators(data.indicators)
        if data.milestones is not None:
            appendix += self._milestones(data)
        if data.action_plans is not None:
            appendix += self._action_plans(data.action_plans)
        if data.ambassadors is not None:
            appendix += self._ambassadors(data)
        if appendix:
            story += [NextPageTemplate("appendix"), PageBreak(), *appendix]
        return story

    def _as_of(self, data: StrategyPoster) -> date:
        if data.as_of:
            return data.as_of
        printed = self.context.printed_at
        return printed.date() if isinstance(printed, datetime) else printed

    def _indicators(self, indicators: Sequence[PosterIndicator]) -> list[Flowable]:
        content: list[Flowable] = []
        if indicators:
            widths = [27, 8, 13, 22, 22, 8]
            chart_w = self.content_width * widths[4] / sum(widths) - 6
            rows = []
            for ind in indicators:
                name: list = [ind.name]
                if ind.goal:
                    name.append(para(ind.goal, "CellMuted"))
                periods = [
                    f"{p.label}: {self.number(p.value) or '–'} / {self.number(p.target) or '–'}"
                    for p in ind.periods
                ]
                chart = _sparkline(ind.periods, chart_w, 34)
                rows.append(
                    [
                        name,
                        ind.unit,
                        self.t(ind.direction if ind.direction in ("higher", "lower") else "higher"),
                        "\n".join(periods),
                        chart if chart is not None else "–",
                        traffic_dot(ind.traffic_light, 9),
                    ]
                )
            keys = ("indicator", "unit", "direction", "values", "trend", "light")
            headers = [self.t(key) for key in keys]
            content.append(data_table(headers, rows, widths, self.content_width))
            content.append(para(self.t("chart_legend"), "Small"))
        return section(self.t("indicators"), content, self.t("no_indicators"))

    def _milestones(self, data: StrategyPoster) -> list[Flowable]:
        content: list[Flowable] = []
        if data.milestones:
            as_of = self._as_of(data)
            rows = []
            for m in data.milestones:
                light, label = self._milestone_state(m, as_of, data.milestone_warning_days)
                rows.append(
                    [
                        m.text,
                        format_date(m.due),
                        self._dot_label(light, label),
                        format_date(m.reached_on),
                    ]
                )
            headers = [self.t(key) for key in ("milestone", "due", "status", "reached_on")]
            content.append(data_table(headers, rows, [55, 14, 18, 13], self.content_width))
        return section(self.t("milestones"), content, self.t("no_milestones"))

    def _milestone_state(
        self, milestone: PosterMilestone, as_of: date, warning_days: int
    ) -> tuple[str, str]:
        """Traffic light and label: reached → green, missed or overdue → red, near → amber."""
        status = milestone.status
        if status == "reached":
            return "green", self.code_label("milestone", status)
        if status == "missed":
            return "red", self.code_label("milestone", status)
        if milestone.due is not None:
            days_left = (milestone.due - as_of).days
            if days_left < 0:
                return "red", self.t("milestone.overdue")
            if days_left <= warning_days:
                return "amber", self.t("milestone.due_soon")
        return "none", self.code_label("milestone", status)

    def _dot_label(self, light: str, label: str) -> Paragraph:
        colour = TRAFFIC_LIGHT_COLOURS.get(light)
        dot = f'<font color="{colour.hexval()}">●</font>' if colour else "○"
        return Paragraph(f"{dot} {markup(label)}", style("Cell"))

    def _action_plans(self, plans: Sequence[WorkingGroupPlan]) -> list[Flowable]:
        content: list[Flowable] = []
        for plan in plans:
            title = self.t("group_heading", name=clean(plan.name))
            if plan.chair:
                title += f" ({self.t('chair', chair=clean(plan.chair))})"
            content.append(subheading(title))
            if not plan.initiatives:
                content.append(para(self.t("no_initiatives"), "Empty"))
                continue
            rows = []
            for initiative in plan.initiatives:
                tasks = [
                    joined(
                        [
                            f"{'☑' if task.done else '☐'} {clean(task.text)}",
                            task.owner,
                            format_date(task.due),
                        ],
                        " · ",
                    )
                    for task in initiative.tasks
                ]
                rows.append(
                    [
                        initiative.title,
                        initiative.owner_group or plan.name,
                        period_text(initiative.start, initiative.end),
                        self.code_label("status", initiative.status),
                        tasks or "–",
                    ]
                )
            keys = ("initiative", "owner_group", "period", "status", "tasks")
            headers = [self.t(key) for key in keys]
            content.append(data_table(headers, rows, [25, 15, 17, 11, 32], self.content_width))
        return section(self.t("action_plans"), content, self.t("no_action_plans"))

    def _ambassadors(self, data: StrategyPoster) -> list[Flowable]:
        content: list[Flowable] = []
        sections = data.ambassadors or ()
        minimum = data.min_ambassadors_per_section
        if sections:
            short = [s for s in sections if len(s.ambassadors) < minimum]
            if short:
                content.append(
                    para(self.t("too_few_summary", count=len(short), min=minimum), "Warning")
                )
            rows = []
            highlight = []
            for index, s in enumerate(sections, start=1):
                count_text = str(len(s.ambassadors))
                if len(s.ambassadors) < minimum:
                    highlight.append(("BACKGROUND", (0, index), (-1, index), _tint(WARNING, 0.88)))
                    count_cell: object = Paragraph(
                        f'<font color="{WARNING.hexval()}"><b>{count_text} – '
                        f"{markup(self.t('too_few', min=minimum))}</b></font>",
                        style("Cell"),
                    )
                else:
                    count_cell = count_text
                rows.append([s.section, joined(s.ambassadors), count_cell])
            headers = [self.t(key) for key in ("section", "ambassadors", "count")]
            content.append(
                data_table(headers, rows, [25, 52, 23], self.content_width, extra_styles=highlight)
            )
        return section(self.t("ambassadors"), content, self.t("no_ambassadors"))


def render_strategy_poster(
    data: StrategyPoster, context: ReportContext, *, paper: str = "A3"
) -> bytes:
    """PDF bytes: landscape map page on ``paper`` (A3 or A4), then A4 follow-up pages."""
    return StrategyPosterRenderer(context, paper=paper).render(data)


__all__ = [
    "VISION_ID",
    "AmbassadorSection",
    "IndicatorPeriod",
    "PosterGoal",
    "PosterIndicator",
    "PosterInitiative",
    "PosterLane",
    "PosterLink",
    "PosterMilestone",
    "PosterTask",
    "StrategyPoster",
    "StrategyPosterRenderer",
    "WorkingGroupPlan",
    "render_strategy_poster",
]
