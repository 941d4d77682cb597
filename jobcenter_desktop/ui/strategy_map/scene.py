"""The strategy map as a QGraphicsScene that mirrors the plain domain model.

The model (``domain.strategy.StrategyMap``), not the scene, is what is edited and saved. The
scene subscribes to the model's events and keeps one item per lane, goal and link in step
with it: a changed goal moves or repaints its card, a removed link drops its arrow, a
``reset`` (undo of a compound edit) rebuilds everything. Gestures go the other way as
signals — a finished drag (``cards_moved``), an arrow dragged from one card to another
(``link_requested``), an in-place text edit (``text_edited``) — and the editor turns them into
undo commands. The scene never changes the model itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from ...domain.errors import UserError
from ...domain.strategy import VISION_ID, LayoutParams, MapEvent, worst
from ...domain.strategy import StrategyMap as DomainMap
from ...services.strategy import IndicatorFacts, headline, indicator_facts
from .items import (
    CARD_HEIGHT,
    CARD_WIDTH,
    LIGHT_COLOURS,
    ArrowItem,
    ConnectLine,
    GoalCard,
    InlineEditor,
    LaneItem,
    ObstacleGrid,
    VisionItem,
)

LANE_PADDING = 20.0
LANE_HEADER = 34.0
VISION_HEIGHT = LayoutParams().vision_height
VISION_GAP = 40.0
OK_COLOUR = QColor("#2e7d32")
REFUSED_COLOUR = QColor("#c62828")
_LIGHT_NAMES = {"green": "grøn", "amber": "gul", "red": "rød"}


def fmt_number(value: float | int | None, language: str = "da") -> str:
    """12.345,5 in Danish, 12,345.5 in English; whole numbers without decimals."""
    if value is None:
        return "–"
    if float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if language == "da":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def value_text(facts: list[IndicatorFacts], language: str = "da") -> str:
    """"305 / mål 320 antal" for the goal's headline indicator ("" if it has none)."""
    shown = headline(facts)
    if shown is None or (shown.latest is None and shown.target is None):
        return ""
    word = "target" if language == "en" else "mål"
    value = fmt_number(shown.latest.value if shown.latest else None, language)
    target = shown.target
    text = f"{value} / {word} {fmt_number(target.target, language)}" if target else value
    return f"{text} {shown.indicator.unit}".strip()


class StrategyScene(QGraphicsScene):
    cards_moved = Signal(object)  # {goal_id: (x, y)} after a drag
    link_requested = Signal(str, str)  # from, to (to may be "vision")
    text_edited = Signal(str, str)  # goal id, new text
    goal_activated = Signal(str)  # double click

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.model: DomainMap | None = None
        self.language = "da"
        self.cards: dict[str, GoalCard] = {}
        self.arrows: dict[str, ArrowItem] = {}
        self.lanes: dict[str, LaneItem] = {}
        self.vision = VisionItem()
        self._unsubscribe = None
        self._owner_of_indicator: dict[str, str] = {}
        self._facts: dict[str, IndicatorFacts] = {}  # per indicator, dropped when it changes
        self._dirty_goals: set[str] = set()
        self._frame_dirty = False
        self._syncing = False
        self._connect: ConnectLine | None = None
        self._connect_target = None
        self._editor: InlineEditor | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self.on_flush_timer_timeout)

    # ------------------------------------------------------------------ model
    def set_map(self, m: DomainMap | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.model = m
        if m is not None:
            self._unsubscribe = m.subscribe(self.on_model_event)
        self.rebuild()

    def rebuild(self) -> None:
        selected = set(self.selected_goal_ids())
        self._editor = None
        self._connect = None
        self.clear()
        self.cards, self.arrows, self.lanes = {}, {}, {}
        self.vision = VisionItem()
        self._dirty_goals.clear()
        self._frame_dirty = False
        m = self.model
        if m is None:
            return
        self._owner_of_indicator = {i.id: i.goal_id for i in m.indicators}
        self._facts = {}
        self.addItem(self.vision)
        self.vision.set_content(m.vision_text, m.vision_year)
        for area in m.focus_areas:
            lane = LaneItem(area.id, area.name, QColor(area.colour))
            self.lanes[area.id] = lane
            self.addItem(lane)
        self._syncing = True
        try:
            for goal in m.goals:
                self._add_card(goal.id)
        finally:
            self._syncing = False
        self._layout_frame()
        for link in m.links:
            self._add_arrow(link.id, route=False)
        self.route_all()
        for goal_id in selected & set(self.cards):
            self.cards[goal_id].setSelected(True)

    def on_model_event(self, event: MapEvent) -> None:
        m = self.model
        if m is None:
            return
        kind, action, key = event.kind, event.action, event.key
        if action == "reset":
            self.rebuild()
        elif kind == "goal":
            if action == "added":
                self._add_card(key)
                self._request_frame()
            elif action == "removed":
                card = self.cards.pop(key, None)
                if card is not None:
                    self.removeItem(card)
                self._request_frame()
            else:
                self._sync_card(key)
                self._request_frame()  # the goal may have changed lane
        elif kind == "link":
            if action == "added":
                self._add_arrow(key)
            elif action == "removed":
                arrow = self.arrows.pop(key, None)
                if arrow is not None:
                    self.removeItem(arrow)
            elif key in self.arrows:
                self.arrows[key].set_note(m.link(key).note)
        elif kind == "indicator":
            self._facts.pop(key, None)
            old_owner = self._owner_of_indicator.get(key)
            if action != "removed":
                self._owner_of_indicator[key] = m.indicator(key).goal_id
                self._mark_dirty(self._owner_of_indicator[key])
            else:
                self._owner_of_indicator.pop(key, None)
            self._mark_dirty(old_owner)
        elif kind in ("target", "measurement"):
            self._facts.pop(key[0], None)
            self._mark_dirty(self._owner_of_indicator.get(key[0]))
        elif kind == "focus_area":
            self._sync_lanes()
        elif kind == "map":
            self.vision.set_content(m.vision_text, m.vision_year)

    def _mark_dirty(self, goal_id: str | None) -> None:
        if goal_id is None:
            self._dirty_goals.update(self.cards)
        else:
            self._dirty_goals.add(goal_id)
        self._flush_timer.start()

    def _request_frame(self) -> None:
        self._frame_dirty = True
        self._flush_timer.start()

    def on_flush_timer_timeout(self) -> None:
        self.flush()

    def flush(self) -> None:
        """Apply coalesced updates: cards whose indicators changed (a recompute changes
        hundreds of measurements) and the lanes around moved cards (tidy moves them all)."""
        dirty, self._dirty_goals = self._dirty_goals, set()
        for goal_id in dirty:
            if goal_id in self.cards:
                self._sync_content(goal_id)
        if self._frame_dirty:
            self._frame_dirty = False
            self._layout_frame()
            self.route_all()

    # ------------------------------------------------------------------ items from the model
    def _add_card(self, goal_id: str) -> None:
        card = GoalCard(goal_id)
        self.cards[goal_id] = card
        self.addItem(card)
        self._sync_card(goal_id)

    def _sync_card(self, goal_id: str) -> None:
        m = self.model
        card = self.cards.get(goal_id)
        if m is None or card is None:
            return
        goal = m.goal(goal_id)
        if (card.pos().x(), card.pos().y()) != (goal.x, goal.y):
            was, self._syncing = self._syncing, True
            try:
                card.setPos(goal.x, goal.y)
            finally:
                self._syncing = was
            self._request_frame()  # re-routes every arrow around the card's new place
        self._sync_content(goal_id)

    def facts_of(self, goal_id: str) -> list[IndicatorFacts]:
        """The goal's indicators as cards show them (cached until an indicator changes)."""
        m = self.model
        found = []
        for ind_id, owner in self._owner_of_indicator.items():
            if owner != goal_id:
                continue
            facts = self._facts.get(ind_id)
            if facts is None:
                facts = self._facts[ind_id] = indicator_facts(m, m.indicator(ind_id))
            found.append(facts)
        return found

    def _sync_content(self, goal_id: str) -> None:
        m = self.model
        card = self.cards[goal_id]
        goal = m.goal(goal_id)
        area = m.focus_area(goal.focus_area_id)
        facts = self.facts_of(goal_id)
        card.area_id = goal.focus_area_id
        card.set_content(
            text=goal.text,
            owner=goal.owner,
            value_text=value_text(facts, self.language),
            light=worst(f.light for f in facts),
            colour=QColor(area.colour),
            sub_goal=goal.parent_goal_id is not None,
            tooltip=self._tooltip(goal, facts),
        )

    def _tooltip(self, goal, facts: list[IndicatorFacts]) -> str:  # noqa: ANN001
        """The goal's text and every indicator with its colour: "details on hover"."""
        lines = [f"<b>{_esc(goal.text)}</b>"]
        if goal.owner:
            lines.append(f"<i>{_esc(goal.owner)}</i>")
        for f in facts:
            colour = LIGHT_COLOURS.get(f.light, LIGHT_COLOURS[None]).name()
            value = fmt_number(f.latest.value if f.latest else None, self.language)
            goal_value = f" / {fmt_number(f.target.target, self.language)}" if f.target else ""
            lines.append(f"<span style='color:{colour}'>●</span> {_esc(f.indicator.name)}: "
                         f"{value}{goal_value} {_esc(f.indicator.unit)}")
        return "<br>".join(lines)

    def _add_arrow(self, link_id: str, *, route: bool = True) -> None:
        m = self.model
        link = m.link(link_id)
        source = self.cards.get(link.from_id)
        target = self.vision if link.to_id == VISION_ID else self.cards.get(link.to_id)
        if source is None or target is None:
            return
        arrow = ArrowItem(link.id, source, target, link.note)
        self.arrows[link.id] = arrow
        self.addItem(arrow)
        if route:
            self._route(arrow)

    def _grid(self) -> ObstacleGrid:
        """Cards, and the lane headers (an arrow across a lane's name hides it)."""
        rects = {gid: c.scene_card_rect() for gid, c in self.cards.items()}
        rects.update({f"lane:{aid}": lane.header_rect() for aid, lane in self.lanes.items()})
        return ObstacleGrid(rects)

    def _route(self, arrow: ArrowItem) -> None:
        """Re-route one arrow around the cards it is not attached to."""
        arrow.update_path(self._grid())

    def route_all(self) -> None:
        grid = self._grid()
        for arrow in self.arrows.values():
            arrow.update_path(grid)

    def _arrows_of(self, goal_id: str) -> list[ArrowItem]:
        return [a for a in self.arrows.values()
                if a.source.goal_id == goal_id or getattr(a.target, "goal_id", None) == goal_id]

    def _sync_lanes(self) -> None:
        m = self.model
        present = {a.id for a in m.focus_areas}
        for area_id in list(self.lanes):
            if area_id not in present:
                self.removeItem(self.lanes.pop(area_id))
        for area in m.focus_areas:
            lane = self.lanes.get(area.id)
            if lane is None:
                lane = LaneItem(area.id, area.name, QColor(area.colour))
                self.lanes[area.id] = lane
                self.addItem(lane)
            else:
                lane.set_area(area.name, QColor(area.colour))
        for goal_id in self.cards:
            self._sync_content(goal_id)
        self._request_frame()

    def _layout_frame(self) -> None:
        """Lanes around their cards (one common top and bottom) and the vision above them.

        Cards sit where the user put them; a lane grows to hold its cards, and an empty lane
        keeps the slot ``compute_layout`` gives it.
        """
        m = self.model
        if m is None:
            return
        layout = m.compute_layout()
        boxes: dict[str, QRectF] = {}
        for area in m.focus_areas:
            rects = [self.cards[g.id].scene_card_rect() for g in m.goals_in(area.id)
                     if g.id in self.cards]
            if rects:
                box = rects[0]
                for r in rects[1:]:
                    box = box.united(r)
                box = box.adjusted(-LANE_PADDING, -LANE_PADDING - LANE_HEADER, LANE_PADDING,
                                   LANE_PADDING)
            else:
                b = layout.lanes[area.id]
                box = QRectF(b.x, b.y, b.width, b.height)
            boxes[area.id] = box
        if boxes:
            top = min(b.top() for b in boxes.values())
            bottom = max(b.bottom() for b in boxes.values())
            left = min(b.left() for b in boxes.values())
            right = max(b.right() for b in boxes.values())
        else:
            top, bottom, left, right = VISION_HEIGHT + VISION_GAP, VISION_HEIGHT + 200, 0, 600
        for area_id, box in boxes.items():
            self.lanes[area_id].setRect(QRectF(box.left(), top, box.width(), bottom - top))
        self.vision.setRect(QRectF(left, top - VISION_GAP - VISION_HEIGHT, max(right - left, 300),
                                   VISION_HEIGHT))

    # ------------------------------------------------------------------ reading the scene
    def selected_goal_ids(self) -> list[str]:
        return [i.goal_id for i in self.selectedItems() if isinstance(i, GoalCard)]

    def selected_link_ids(self) -> list[str]:
        return [i.link_id for i in self.selectedItems() if isinstance(i, ArrowItem)]

    def cards_in_order(self) -> list[GoalCard]:
        """Cards in reading order: lane by lane, top to bottom (keyboard navigation)."""
        if self.model is None:
            return []
        lane_index = {a.id: n for n, a in enumerate(self.model.focus_areas)}
        goals = sorted(self.model.goals, key=lambda g: (lane_index.get(g.focus_area_id, 0),
                                                        g.y, g.x, g.id))
        return [self.cards[g.id] for g in goals if g.id in self.cards]

    def select_only(self, goal_id: str) -> None:
        self.clearSelection()
        card = self.cards.get(goal_id)
        if card is not None:
            card.setSelected(True)
            card.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ gestures
    def card_moved(self, card: GoalCard) -> None:
        """A card's position changed (drag in progress or sync): keep its arrows attached."""
        if self._syncing:
            return
        for arrow in self._arrows_of(card.goal_id):
            arrow.update_path()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.model is not None:
            for item in self.items(event.scenePos()):
                if isinstance(item, GoalCard) and item.on_handle(item.mapFromScene(event.scenePos())):
                    self._connect = ConnectLine(item)
                    self.addItem(self._connect)
                    self._connect.follow(event.scenePos())
                    event.accept()
                    return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._connect is not None:
            self._connect.follow(event.scenePos())
            self._set_connect_target(self._node_at(event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._connect is not None:
            source = self._connect.source.goal_id
            target = self._node_at(event.scenePos())
            self.removeItem(self._connect)
            self._connect = None
            self._set_connect_target(None)
            if target is not None:
                self.link_requested.emit(source, target.node_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._report_moves()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        for item in self.items(event.scenePos()):
            if isinstance(item, GoalCard):
                self.start_inline_edit(item.goal_id)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def _report_moves(self) -> None:
        m = self.model
        if m is None:
            return
        moved = {}
        for goal_id, card in self.cards.items():
            goal = m.goal(goal_id)
            if (card.pos().x(), card.pos().y()) != (goal.x, goal.y):
                moved[goal_id] = (float(round(card.pos().x())), float(round(card.pos().y())))
        if moved:
            self.cards_moved.emit(moved)

    def _node_at(self, point: QPointF):  # noqa: ANN202
        source = self._connect.source if self._connect is not None else None
        for item in self.items(point):
            if isinstance(item, GoalCard) and item is not source:
                return item
            if isinstance(item, VisionItem):
                return item
        return None

    def _set_connect_target(self, target) -> None:  # noqa: ANN001
        if target is self._connect_target:
            return
        if self._connect_target is not None:
            self._connect_target.highlight = None
            self._connect_target.update()
        self._connect_target = target
        if target is not None and self._connect is not None and self.model is not None:
            try:
                self.model.check_link(self._connect.source.goal_id, target.node_id)
                target.highlight = OK_COLOUR
                target.setToolTip("")
            except UserError as exc:
                target.highlight = REFUSED_COLOUR
                target.setToolTip(exc.message(self.language))
            target.update()

    # ------------------------------------------------------------------ in-place editing
    def start_inline_edit(self, goal_id: str) -> None:
        card = self.cards.get(goal_id)
        if card is None or self._editor is not None:
            return
        self._editor = InlineEditor(card, self._inline_done)
        self.addItem(self._editor)
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self._editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self._editor.setTextCursor(cursor)

    @property
    def inline_editor(self) -> InlineEditor | None:
        return self._editor

    def _inline_done(self, editor: InlineEditor, text: str | None) -> None:
        goal_id = editor.card.goal_id
        self._editor = None
        # Removing the editor inside its own focus-out handler would crash: defer it.
        QTimer.singleShot(0, lambda: editor.scene() is self and self.removeItem(editor))
        if text is not None and self.model is not None and goal_id in self.cards:
            if text != self.model.goal(goal_id).text:
                self.text_edited.emit(goal_id, text)
            self.select_only(goal_id)

    def items_bounding_rect(self) -> QRectF:
        rect = self.itemsBoundingRect()
        return rect if not rect.isEmpty() else QRectF(0, 0, CARD_WIDTH * 4, CARD_HEIGHT * 4)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
