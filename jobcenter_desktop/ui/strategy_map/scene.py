"""The strategy map drawn as a QGraphicsScene that mirrors the plain domain model.

The model, not the scene, is what is saved. ``StrategyScene.set_map`` rebuilds the items from
the model: lanes per focus area, the vision on top, a card per goal with its traffic light and
latest value against target, and arrows for cause → effect links.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
)

from ...domain.strategy import LayoutParams, Light
from ...domain.strategy import StrategyMap as DomainMap

LIGHT_COLOURS = {
    Light.GREEN: QColor("#2e7d32"),
    Light.AMBER: QColor("#f9a825"),
    Light.RED: QColor("#c62828"),
    None: QColor("#9e9e9e"),
}
VISION_ID = "vision"


class GoalCard(QGraphicsRectItem):
    def __init__(self, goal_id: str, rect: QRectF, text: str, detail: str, light: Light | None,
                 lane_colour: QColor) -> None:
        super().__init__(rect)
        self.goal_id = goal_id
        self.setBrush(QBrush(QColor("#ffffff")))
        self.setPen(QPen(lane_colour.darker(130), 1.5))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setToolTip(text)
        title = QGraphicsTextItem(self)
        title.setTextWidth(rect.width() - 30)
        title.setPlainText(text)
        font = QFont()
        font.setPointSizeF(9)
        title.setFont(font)
        title.setPos(rect.x() + 4, rect.y() + 2)
        self.title_item = title
        if detail:
            sub = QGraphicsTextItem(self)
            sub.setPlainText(detail)
            small = QFont()
            small.setPointSizeF(8)
            sub.setFont(small)
            sub.setDefaultTextColor(QColor("#444444"))
            sub.setPos(rect.x() + 4, rect.bottom() - 22)
        dot = QGraphicsRectItem(QRectF(rect.right() - 20, rect.y() + 6, 14, 14), self)
        dot.setBrush(QBrush(LIGHT_COLOURS.get(light, LIGHT_COLOURS[None])))
        dot.setPen(QPen(Qt.PenStyle.NoPen))
        self.light = light


class StrategyScene(QGraphicsScene):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.cards: dict[str, GoalCard] = {}
        self.language = "da"

    def set_map(self, m: DomainMap | None) -> None:
        self.clear()
        self.cards = {}
        if m is None:
            return
        layout = m.compute_layout(LayoutParams())
        colours = {}
        for n, area in enumerate(m.focus_areas):
            colour = QColor(area.colour) if area.colour else QColor.fromHsv((n * 67) % 360, 40, 245)
            colours[area.id] = colour
            box = layout.lanes[area.id]
            lane = self.addRect(QRectF(box.x, box.y, box.width, box.height),
                                QPen(colour.darker(115)), QBrush(colour.lighter(108)))
            lane.setZValue(-10)
            label = self.addText(area.name)
            bold = QFont()
            bold.setBold(True)
            label.setFont(bold)
            label.setPos(box.x + 6, box.y - 24)
        v = layout.vision
        vision = self.addRect(QRectF(v.x, v.y, v.width, v.height), QPen(QColor("#1a237e"), 2),
                              QBrush(QColor("#e8eaf6")))
        vision.setZValue(-5)
        year = f" ({m.vision_year})" if m.vision_year else ""
        vision_text = self.addText(f"{m.vision_text}{year}")
        big = QFont()
        big.setPointSizeF(13)
        big.setBold(True)
        vision_text.setFont(big)
        vision_text.setTextWidth(v.width - 20)
        vision_text.setPos(v.x + 10, v.y + 10)
        p = LayoutParams()
        for goal in m.goals:
            rect = QRectF(goal.x, goal.y, p.card_width, p.card_height)
            light = m.goal_status(goal.id)
            detail = self._value_text(m, goal.id)
            card = GoalCard(goal.id, rect, goal.text, detail, light,
                            colours.get(goal.focus_area_id, QColor("#cccccc")))
            self.addItem(card)
            self.cards[goal.id] = card
        vision_rect = QRectF(v.x, v.y, v.width, v.height)
        for link in m.links:
            source = self.cards.get(link.from_id)
            target_rect = vision_rect if link.to_id == VISION_ID else (
                self.cards[link.to_id].rect() if link.to_id in self.cards else None)
            if source is None or target_rect is None:
                continue
            self.addItem(Arrow(source.rect(), target_rect, to_vision=link.to_id == VISION_ID))

    def _value_text(self, m: DomainMap, goal_id: str) -> str:
        for indicator in m.indicators:
            if indicator.goal_id != goal_id:
                continue
            latest = m.latest_measurement(indicator.id)
            if latest is None:
                continue
            target = m.target_for(indicator.id, latest.period_start)
            value = f"{latest.value:g}{indicator.unit if indicator.unit == '%' else ''}"
            if target is not None:
                return f"{value} / {target.target:g}"
            return value
        return ""


class Arrow(QGraphicsPathItem):
    """Cause → effect: from the edge of one card to the edge of the next, with a head."""

    def __init__(self, source: QRectF, target: QRectF, *, to_vision: bool = False) -> None:
        super().__init__()
        start = source.center()
        end = QPointF(start.x(), target.bottom()) if to_vision else target.center()
        start = _edge_point(source, end)
        if not to_vision:
            end = _edge_point(target, start)
        path = QPainterPath(start)
        path.lineTo(end)
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        size = 9.0
        head = QPolygonF([
            end,
            QPointF(end.x() - size * math.cos(angle - 0.4), end.y() - size * math.sin(angle - 0.4)),
            QPointF(end.x() - size * math.cos(angle + 0.4), end.y() - size * math.sin(angle + 0.4)),
        ])
        path.addPolygon(head)
        path.closeSubpath()
        self.setPath(path)
        pen = QPen(QColor("#37474f"), 1.6)
        self.setPen(pen)
        self.setBrush(QBrush(QColor("#37474f")))
        self.setZValue(-1)


def _edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the rectangle's centre toward a point leaves the rectangle."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    sx = (rect.width() / 2) / abs(dx) if dx else math.inf
    sy = (rect.height() / 2) / abs(dy) if dy else math.inf
    s = min(sx, sy)
    return QPointF(c.x() + dx * s, c.y() + dy * s)
